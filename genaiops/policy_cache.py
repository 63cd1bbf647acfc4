"""The version of a home's approval policy, remembered for readers that do not load the policy.

A policy's version is the hash of the whole policy model: the home's ``policy.yaml`` read by
``genaiops.safety.policy`` with the roles' approval defaults laid over it. Computing it needs pydantic and the
policy code, which a read command like ``approvals list`` would otherwise load only for that hash (it marks a
request asked under another policy version ``stale``). So whoever loads a home's policy (``genaiops.runtime
.load_policy``) writes ``<home>/cache/policy-version.json``: the version beside a key made of the home's
``policy.yaml`` bytes and a stamp of the code that computed it (the installed version, and the size and
modification time of every genaiops module but the entry points' loaded in that process when it remembered:
a superset of the code the version can depend on; the files are listed in the cache). ``recall`` gives the
version only when that key still holds; anything else (no cache, another file, a listed module changed or
gone, an unreadable cache) is None, and the reader loads the policy the ordinary way. A per-process policy file
(``GENAIOPS_POLICY_FILE``) is never cached.

Beside the version, the same record keeps what a decision reads of the policy (``facts``: its hash, who holds
which roles, whether claims are allowed or authentication required; ``genaiops.graphs.plain_decision``), so that
``approvals approve/reject`` decide without loading the policy. Those facts grant roles, so they are trusted only
under the same key and with a MAC by the home's ledger key (``keys/ledger.key``, which signs the ledger those
decisions go to): a cache file anyone could write without that key is read as no cache. ``recall_facts`` gives
them back.

The stamp once covered every module of the genaiops, safety and agents packages: in a checkout, any edit (of a
CLI command, say) made every inbox read load the policy once more; now only an edit of code the writer ran
does, and an installed release, whose files do not change, keeps its cache.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import sys
from pathlib import Path

from genaiops.private_files import make_private_dir, write_private_text

__all__ = ["recall", "recall_facts", "remember"]

CACHE = Path("cache") / "policy-version.json"


_ENTRY_POINTS = ("genaiops.cli", "genaiops.server")
"""The command line and the server: they call ``load_policy`` but none of its code is theirs (it lives in
``genaiops.runtime`` and the floors below, which never import them: tests/test_layers.py), so an edit of a
command does not forget the version."""


def loaded_files() -> list[str]:
    """The source files of the genaiops modules loaded in this process (``genaiops.*``: the core, tools,
    safety, graphs and agents; not the entry points), sorted."""
    ours = [
        m for n, m in list(sys.modules.items()) if n.split(".")[0] == "genaiops" and not n.startswith(_ENTRY_POINTS)
    ]
    files = {getattr(module, "__file__", None) for module in ours}
    return sorted(f for f in files if isinstance(f, str))


def code_stamp(files: list[str]) -> str:
    """A digest of the installed version and the size and modification time of ``files`` (OSError: one is
    gone)."""
    from genaiops import __version__

    digest = hashlib.sha256(__version__.encode())
    for file in files:
        stat = os.stat(file)
        digest.update(f"{file}:{stat.st_size}:{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def _key(policy: bytes | None, files: list[str]) -> str:
    digest = hashlib.sha256(code_stamp(files).encode())
    digest.update(b"none" if policy is None else b"file:" + policy)
    return digest.hexdigest()


def _policy_bytes(home: Path) -> bytes | None:
    try:
        return (home / "policy.yaml").read_bytes()
    except FileNotFoundError:
        return None


def remember(home: Path, policy: bytes | None, version: str, facts: dict | None = None) -> None:
    """Write ``version`` (and what a decision reads of the policy, ``facts``, when the home has a ledger key to
    sign them with) as that of the policy whose home file holds ``policy`` (None: no file). Best effort: a
    read-only or full home keeps no cache, and readers then load the policy themselves."""
    path = home / CACHE
    files = loaded_files()
    try:
        record = {"key": _key(policy, files), "version": version, "files": files}
        secret = _ledger_key(home) if facts is not None else None
    except OSError:
        return
    if secret is not None:
        record["facts"] = facts
        record["mac"] = _mac(secret, record)
    try:
        if json.loads(path.read_text(encoding="utf-8")) == record:
            return
    except (OSError, ValueError):
        pass
    try:
        make_private_dir(path.parent)
        partial = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        write_private_text(partial, json.dumps(record))
        os.replace(partial, path)
    except OSError:
        return


def recall(home: Path) -> str | None:
    """The version of the home's policy as last computed, if the home's file and the code are still the same."""
    record = _current(home)
    version = record.get("version") if record is not None else None
    return version if isinstance(version, str) else None


def recall_facts(home: Path) -> dict | None:
    """What a decision reads of the home's policy (see the module docstring), if the home's file and the code
    are still the same and the record carries the MAC of the home's ledger key; else None."""
    record = _current(home)
    secret = _ledger_key(home) if record is not None and isinstance(record.get("mac"), str) else None
    if record is None or secret is None:
        return None
    if not hmac.compare_digest(record["mac"], _mac(secret, {k: v for k, v in record.items() if k != "mac"})):
        return None
    facts = record.get("facts")
    return facts if isinstance(facts, dict) else None


def _current(home: Path) -> dict | None:
    """The kept record, if its key still holds (the home's policy file and the code it lists are the same)."""
    try:
        record = json.loads((home / CACHE).read_text(encoding="utf-8"))
        files = record.get("files") if isinstance(record, dict) else None
        if not isinstance(files, list) or not files or not all(isinstance(f, str) for f in files):
            return None
        if record.get("key") != _key(_policy_bytes(home), files):
            return None
    except (OSError, ValueError):
        return None
    return record


def _ledger_key(home: Path) -> bytes | None:
    """The home's ledger key; None when it has none, or one that cannot be used (the commands say why)."""
    from genaiops.errors import SettingsError
    from genaiops.keys import load_key

    try:
        return load_key(home, create=False)
    except SettingsError:
        return None


def _mac(secret: bytes, record: dict) -> str:
    text = json.dumps(record, sort_keys=True, separators=(",", ":"))
    return hmac.new(secret, b"policy-facts\n" + text.encode(), hashlib.sha256).hexdigest()
