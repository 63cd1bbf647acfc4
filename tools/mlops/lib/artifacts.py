"""Content-addressed artifact storage: bytes in, sha256 out; on the way back the hash is checked first.

An artifact's id is the sha256 of its bytes. ``get`` re-hashes what it read and refuses anything that does not
match (``ArtifactIntegrityError``), so a file changed on disk, even by one byte, never reaches a loader.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from pathlib import Path
from typing import Protocol

from genaiops.errors import ToolExecutionError, ToolInputError

__all__ = [
    "ArtifactIntegrityError",
    "ArtifactStore",
    "LocalArtifactStore",
    "MemoryArtifactStore",
    "sha256_hex",
]

_SHA = re.compile(r"^[0-9a-f]{64}$")


class ArtifactIntegrityError(ToolExecutionError):
    """An artifact's bytes no longer hash to its id: it was changed after it was written; it is not loaded."""


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _check_id(sha: str) -> str:
    if not _SHA.match(sha):
        raise ToolInputError(f"{sha!r} is not an artifact id (64 lowercase hex digits of a sha256)")
    return sha


def _verify(sha: str, data: bytes, where: str) -> bytes:
    actual = sha256_hex(data)
    if actual != sha:
        raise ArtifactIntegrityError(
            f"artifact {sha[:12]}… at {where} failed its integrity check: its bytes hash to {actual[:12]}…, "
            "not to its id; it was changed after it was written, so it is refused and nothing is loaded "
            "from it "
            "(restore it from a backup, or retrain to write a fresh one)"
        )
    return data


class ArtifactStore(Protocol):
    """Where model artifacts and dataset snapshots live, addressed by the sha256 of their bytes."""

    def put(self, data: bytes) -> str: ...

    def get(self, sha: str) -> bytes: ...

    def exists(self, sha: str) -> bool: ...


class LocalArtifactStore:
    """Artifacts as files ``<root>/<sha[:2]>/<sha>``, written atomically (temp file + rename)."""

    def __init__(self, root: str | Path) -> None:
        self.root = Path(root)

    def path(self, sha: str) -> Path:
        return self.root / sha[:2] / _check_id(sha)

    def put(self, data: bytes) -> str:
        sha = sha256_hex(data)
        target = self.path(sha)
        if target.exists():
            return sha
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return sha

    def get(self, sha: str) -> bytes:
        target = self.path(sha)
        if not target.is_file():
            raise ToolInputError(f"no artifact {sha[:12]}… in {self.root} (was it written by another store?)")
        return _verify(sha, target.read_bytes(), str(target))

    def exists(self, sha: str) -> bool:
        return self.path(sha).is_file()


class MemoryArtifactStore:
    """An in-process store for tests and simulations; ``blobs`` may be edited to simulate tampering."""

    def __init__(self) -> None:
        self.blobs: dict[str, bytes] = {}

    def put(self, data: bytes) -> str:
        sha = sha256_hex(data)
        self.blobs.setdefault(sha, bytes(data))
        return sha

    def get(self, sha: str) -> bytes:
        _check_id(sha)
        if sha not in self.blobs:
            raise ToolInputError(f"no artifact {sha[:12]}… in this in-memory store")
        return _verify(sha, self.blobs[sha], "memory")

    def exists(self, sha: str) -> bool:
        return sha in self.blobs
