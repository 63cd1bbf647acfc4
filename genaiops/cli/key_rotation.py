"""Rotating the home's ledger key (``genaiops audit rotate-key``): a new key signs every entry from the rotation on.

The ledger must verify first (a rotation vouches for the chain it extends). The old key is kept under
``keys/retired/<key id>.key`` (0600, in the home, never in the store) so the entries and anchors it signed still
verify; the new key is written beside it before the rotation entry (kind ``ledger_key_rotated``, signed with the
new key) is committed, and becomes ``keys/ledger.key`` right after: a failed commit leaves the old key in use and
nothing in the ledger, and no step loses the key the ledger now names. The new head is then anchored with the
new key. Other machines that write the same store are refused before they sign until they have the new key
(``runtime.open_store``). The verification rules live in ``genaiops.safety.ledger``.

A crash between staging the new key (``keys/ledger.key.next``) and moving it in leaves the file behind; the next
command that opens the ledger settles it from the ledger (``runtime.finish_key_rotation``: an entry signed with it
means the rotation committed, so it is moved in; none means it did not, so it is removed). The rotation holds
``keys/.rotation.lock`` from staging to moving, so that settling never takes a rotation under way for a crashed one.
"""

from __future__ import annotations

import contextlib
import functools
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from genaiops.errors import SettingsError, StoreError
from genaiops.settings import Settings
from genaiops.store import Store

__all__ = ["KeyRotation", "rotate_ledger_key"]


@dataclass(frozen=True, slots=True)
class KeyRotation:
    retired_key: str
    """The id of the key retired (kept under ``retired``)."""
    key: str
    """The id of the new key (``keys/ledger.key``)."""
    seq: int
    """The rotation's own ledger entry: the first signed with the new key."""
    retired: Path
    key_file: Path


def rotate_ledger_key(settings: Settings, store: Store, *, at: str, by: str, reason: str) -> KeyRotation:
    """Retire the home's ledger key for a new one, recorded as a ledger entry signed with the new key."""
    from genaiops import keys
    from genaiops.graphs.audit import ledger_anchors
    from genaiops.runtime import anchor_ledger, ledger_key
    from genaiops.safety.ledger import ROTATION, entry_hash, key_id, signed_mac, verify_ledger

    home = settings.home
    old = ledger_key(settings, create=False)
    if old is None:
        raise SettingsError(
            f"this home has no ledger key ({keys.key_file(home)}) to rotate: one is made when the first entry is "
            "written; on a machine that writes a shared store, copy keys/ledger.key from one that has it"
        )
    anchors, bad = ledger_anchors(home, store, old)
    report = verify_ledger(
        store.ledger(), store.ledger_head(), key=old, retired=keys.retired_keys(home), anchors=anchors
    )
    if bad or not report.ok:
        problem = bad[0] if bad else f"entry #{report.bad_seq}: {report.problem}"
        raise StoreError(
            f"the ledger does not verify ({problem}); not rotating its key over it: see `genaiops audit verify`"
        )
    new = secrets.token_bytes(32)
    old_id, new_id = key_id(old), key_id(new)
    retired = keys.retire_key(home, old, old_id)
    payload = {"retired_key": old_id, "key": new_id, "by": by, "reason": reason}
    with keys.rotation_lock(home, wait=True):
        staged = _stage(home, new)
        signer, store.signer = store.signer, functools.partial(signed_mac, new)
        try:
            with store.transaction() as tx:
                tx.append_ledger(entry_hash, kind=ROTATION, run_id="", at=at, payload=payload)
        except BaseException:
            store.signer = signer
            with contextlib.suppress(OSError):
                staged.unlink()
            raise
        _promote(staged, keys.key_file(home), new_id)
    head = store.ledger_head()
    anchor_ledger(settings, store, at)
    return KeyRotation(old_id, new_id, head[0] if head else 0, retired, keys.key_file(home))


def _promote(staged: Path, key_file: Path, new_id: str) -> None:
    """The staged key made the ledger's key, once the rotation entry committed."""
    try:
        os.replace(staged, key_file)
    except OSError as exc:
        raise SettingsError(
            f"the ledger's key is now {new_id} but {staged} could not become {key_file}: {exc}; the next genaiops "
            f"command that opens the ledger moves it there (or move it by hand, mode 0600)"
        ) from None


def _stage(home: Path, key: bytes) -> Path:
    """The new key written beside the current one (0600), before the ledger names it."""
    from genaiops import keys

    path = keys.key_file(home).with_name(keys.STAGED_KEY_FILE)
    keys.write_key(path, key, "new ledger key")
    return path
