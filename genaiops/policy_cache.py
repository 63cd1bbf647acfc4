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

The stamp once covered every module of the genaiops, safety and agents packages: in a checkout, any edit (of a
CLI command, say) made every inbox read load the policy once more; now only an edit of code the writer ran
does, and an installed release, whose files do not change, keeps its cache.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path

__all__ = ["recall", "remember"]

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


def remember(home: Path, policy: bytes | None, version: str) -> None:
    """Write ``version`` as the version of the policy whose home file holds ``policy`` (None: no file). Best
    effort: a read-only or full home keeps no cache, and readers then load the policy themselves."""
    path = home / CACHE
    files = loaded_files()
    try:
        record = {"key": _key(policy, files), "version": version, "files": files}
    except OSError:
        return
    try:
        if json.loads(path.read_text(encoding="utf-8")) == record:
            return
    except (OSError, ValueError):
        pass
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        partial.write_text(json.dumps(record), encoding="utf-8")
        os.replace(partial, path)
    except OSError:
        return


def recall(home: Path) -> str | None:
    """The version of the home's policy as last computed, if the home's file and the code are still the same."""
    try:
        record = json.loads((home / CACHE).read_text(encoding="utf-8"))
        policy = _policy_bytes(home)
        files = record.get("files") if isinstance(record, dict) else None
        if not isinstance(files, list) or not files or not all(isinstance(f, str) for f in files):
            return None
        if record.get("key") != _key(policy, files):
            return None
    except (OSError, ValueError):
        return None
    version = record.get("version")
    return version if isinstance(version, str) else None
