"""The home's ledger key and anchors, kept under ``GENAIOPS_HOME/keys``: outside the store, so someone who can
write the database can neither forge ledger entries nor hide a rewrite, a truncation or a wipe.

``keys/ledger.key`` (mode 0600, in a 0700 folder) holds 32 random bytes as hex and is created on first use. Back
it up with the home: without it the ledger's MACs cannot be checked. ``keys/anchors/`` holds signed heads of the
ledger (JSON), written by ``genaiops audit anchor`` and after each command that added ledger entries.
``keys/retired/<key id>.key`` (0600) holds each key ``genaiops audit rotate-key`` retired: what checks the
entries and anchors it signed, kept in the home and never in the store. ``keys/ledger.key.next`` is the new key
of a rotation under way (staged before the rotation's ledger entry commits; left behind only by a crash, and
settled from the ledger by ``genaiops.runtime.finish_key_rotation``); ``keys/.rotation.lock`` is held while one
runs. Only files live here; the MAC format is ``genaiops.safety.ledger``'s.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import secrets
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from genaiops.errors import SettingsError

__all__ = [
    "KEY_FILE",
    "STAGED_KEY_FILE",
    "anchor_prefix",
    "key_file",
    "load_key",
    "read_anchors",
    "read_key",
    "replace_key",
    "retire_key",
    "retired_keys",
    "rotation_lock",
    "save_anchor",
    "write_key",
]

KEY_FILE = "ledger.key"
STAGED_KEY_FILE = "ledger.key.next"
"""A rotation's new key, before the rotation's ledger entry commits (see ``genaiops audit rotate-key``)."""
RETIRED = "retired"
_KEEP_ANCHORS = 10


def key_file(home: Path) -> Path:
    return home / "keys" / KEY_FILE


def load_key(home: Path, *, create: bool, name: str = KEY_FILE, what: str = "ledger key") -> bytes | None:
    """The ledger key of ``home`` (or another key kept beside it: ``name`` its file, ``what`` how messages call
    it, e.g. the console's session key); created (0600) when missing and ``create``, else None when missing."""
    path = home / "keys" / name
    if not path.exists():
        if not create:
            return None
        _create_key(path, what)
    return _read_key(path, what)


def _create_key(path: Path, what: str) -> None:
    """Write a new key atomically: concurrent first uses agree on one key (the first link wins)."""
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, tmp = _new_file(path.parent, ".ledger-key-")
        try:
            with os.fdopen(fd, "w", encoding="ascii") as handle:
                handle.write(secrets.token_hex(32) + "\n")
                handle.flush()
                os.fsync(handle.fileno())
            with contextlib.suppress(FileExistsError):
                os.link(tmp, path)
        finally:
            os.unlink(tmp)
    except OSError as exc:
        raise SettingsError(
            f"cannot create the {what} {path}: {exc}; make {path.parent} writable for this user"
        ) from None


def retired_keys(home: Path) -> list[bytes]:
    """The ledger keys this home retired (or was given, copied from the machine that rotated), oldest name first."""
    return [_read_key(path, "retired ledger key") for path in sorted((home / "keys" / RETIRED).glob("*.key"))]


def read_key(path: Path, what: str) -> bytes:
    """The key in ``path`` (0600, 64 hex characters); a ``SettingsError`` naming the file otherwise."""
    return _read_key(path, what)


@contextlib.contextmanager
def rotation_lock(home: Path, *, wait: bool) -> Iterator[bool]:
    """Hold ``keys/.rotation.lock`` (an advisory lock the system drops when its process dies): True when held;
    without ``wait``, False at once when another process holds it (a rotation under way)."""
    import fcntl

    path = home / "keys" / ".rotation.lock"
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o600)
    except OSError as exc:
        raise SettingsError(f"cannot lock {path}: {exc}; make {path.parent} writable") from None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            yield False
            return
        yield True
    finally:
        os.close(fd)


def retire_key(home: Path, key: bytes, name: str) -> Path:
    """Keep ``key`` as ``keys/retired/<name>.key`` (0600): it still checks what it signed."""
    path = home / "keys" / RETIRED / f"{name}.key"
    write_key(path, key, "retired ledger key")
    return path


def replace_key(home: Path, key: bytes) -> Path:
    """Make ``key`` the home's ledger key (``keys/ledger.key``, 0600, replaced atomically)."""
    path = key_file(home)
    write_key(path, key, "ledger key")
    return path


def write_key(path: Path, key: bytes, what: str) -> None:
    """Write ``key`` (hex) to ``path``, 0600 in a 0700 folder, replacing it atomically."""
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, tmp = _new_file(path.parent, ".ledger-key-")
        try:
            with os.fdopen(fd, "w", encoding="ascii") as handle:
                handle.write(key.hex() + "\n")
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
    except OSError as exc:
        raise SettingsError(
            f"cannot write the {what} {path}: {exc}; make {path.parent} writable for this user"
        ) from None


def _read_key(path: Path, what: str) -> bytes:
    try:
        mode = path.stat().st_mode
        text = path.read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError) as exc:
        raise SettingsError(f"cannot read the {what} {path}: {exc}; restore it from your backup of the home") from None
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise SettingsError(
            f"the {what} {path} can be read by other users (mode {stat.S_IMODE(mode):o}); run `chmod 600 {path}`"
        )
    try:
        key = bytes.fromhex(text)
    except ValueError:
        key = b""
    if len(key) != 32:
        raise SettingsError(
            f"{path} is not a genaiops {what} (64 hex characters expected); restore it from your backup of "
            "the home, or move it away to start a new key (entries signed with the old one then fail `audit verify`)"
        )
    return key


def _new_file(folder: Path, prefix: str) -> tuple[int, str]:
    """A new file in ``folder`` open for writing, created 0600 under a random name that did not exist, as
    ``tempfile.mkstemp`` makes it: every command that adds ledger entries writes an anchor, and importing tempfile
    (shutil, bz2, lzma) was ~9 M instructions of a resume."""
    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    for _ in range(100):
        path = os.path.join(folder, prefix + secrets.token_hex(8))
        try:
            return os.open(path, flags, 0o600), path
        except FileExistsError:
            continue
    raise FileExistsError(f"no new file name left in {folder}")


def anchor_prefix(store: str) -> str:
    """Anchor files of one store start with this (a home may serve several store URLs)."""
    return hashlib.sha256(store.encode()).hexdigest()[:12]


def save_anchor(home: Path, anchor: dict[str, Any]) -> Path:
    """Keep ``anchor`` under ``keys/anchors`` (the newest few per store are kept); return its file."""
    folder = home / "keys" / "anchors"
    prefix = anchor_prefix(anchor["store"])
    path = folder / f"{prefix}-{anchor['seq']:012d}.json"
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, tmp = _new_file(folder, ".anchor-")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(anchor, handle, indent=2)
            handle.write("\n")
        os.replace(tmp, path)
    except OSError as exc:
        raise SettingsError(f"cannot keep the anchor in {folder}: {exc}; make that folder writable") from None
    for old in sorted(folder.glob(f"{prefix}-*.json"))[:-_KEEP_ANCHORS]:
        with contextlib.suppress(OSError):
            old.unlink()
    return path


def read_anchors(home: Path, store: str) -> list[tuple[Path, Any]]:
    """Every anchor file kept for ``store``, oldest first: (file, parsed JSON, or None if it does not parse)."""
    found = []
    for path in sorted((home / "keys" / "anchors").glob(f"{anchor_prefix(store)}-*.json")):
        try:
            found.append((path, json.loads(path.read_text(encoding="utf-8"))))
        except (OSError, ValueError):
            found.append((path, None))
    return found
