"""The version of a home's approval policy, remembered for readers that do not load the policy.

A policy's version is the hash of the whole policy model: the home's ``policy.yaml`` read by
``genaiops.safety.policy`` with the roles' approval defaults laid over it. Computing it needs pydantic and the
policy code, which a read command like ``approvals list`` would otherwise load only for that hash (it marks a
request asked under another policy version ``stale``). So whoever loads a home's policy (``genaiops.runtime
.load_policy``) writes ``<home>/cache/policy-version.json``: the version beside a key made of the home's
``policy.yaml`` bytes and a stamp of the installed code (its version, and the size and modification time of
every module of the packages that define policies and their defaults). ``recall`` gives the version only when
that key still holds; anything else (no cache, another file, other code, an unreadable cache) is None, and the
reader loads the policy the ordinary way. A per-process policy file (``GENAIOPS_POLICY_FILE``) is never cached.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
from pathlib import Path

__all__ = ["recall", "remember"]

CACHE = Path("cache") / "policy-version.json"
_PACKAGES = ("genaiops", "genaiops.safety", "genaiops.agents")
"""The packages whose code decides a policy's content (the model and its defaults, the roles' rules)."""


@functools.lru_cache(maxsize=1)
def code_stamp() -> str:
    """A digest of the installed code the policy version depends on (computed once per process)."""
    import importlib.util

    from genaiops import __version__

    digest = hashlib.sha256(__version__.encode())
    for name in _PACKAGES:
        spec = importlib.util.find_spec(name)
        for folder in sorted(spec.submodule_search_locations or ()) if spec else ():
            for root, dirs, files in os.walk(folder):
                dirs[:] = sorted(d for d in dirs if d != "__pycache__")
                for file in sorted(f for f in files if f.endswith(".py")):
                    stat = os.stat(os.path.join(root, file))
                    digest.update(f"{root}/{file}:{stat.st_size}:{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def _key(policy: bytes | None) -> str:
    digest = hashlib.sha256(code_stamp().encode())
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
    record = {"key": _key(policy), "version": version}
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
    except (OSError, ValueError):
        return None
    if not isinstance(record, dict) or record.get("key") != _key(policy):
        return None
    version = record.get("version")
    return version if isinstance(version, str) else None
