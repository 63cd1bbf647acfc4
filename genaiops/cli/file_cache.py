"""What ``scenario validate``, ``graph show`` and ``scenario list`` computed for a graph file, kept under
``GENAIOPS_HOME/cache/files`` so that asking again about an unchanged file skips YAML, pydantic and the tools.

An answer is reused only when everything it was computed from is the same, byte for byte:

- the file: its path as given, its absolute and real paths, size, ``mtime_ns`` and the SHA-256 of its content;
- the command and its arguments (``--set`` values, ``--format``);
- the code: every file of genaiops' package folders (path, size, ``mtime_ns``), the Python version and the
  ``site-packages`` folders (their ``mtime_ns`` changes when a package is installed or removed);
- the settings: every ``GENAIOPS_*`` variable and, for one that names a file, that file's content (for one that
  names folders, their real paths); the home (its real path) and its ``policy.yaml``; the working directory;
- the files validation looked at: each file argument checked against the data roots (its real path and
  whether it exists), recorded when the answer was computed and checked again before it is reused.

Only answers are kept, never problems of ``validate``/``show`` (a file with problems is validated again, and
the typer command explains it); ``scenario list`` keeps each file's line, a problem included. An entry that
cannot be read, or whose value does not survive JSON unchanged, is simply not used. ``genaiops run`` never
uses this cache: it validates every time.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
from pathlib import Path
from typing import Any

from genaiops.private_files import make_private_dir, write_private_text

__all__ = ["FileKey", "Recording", "code_stamp", "file_key", "home", "recall", "remember"]

_VERSION = "1"
_PACKAGES = ("genaiops", "genaiops.agents", "genaiops.tools", "genaiops.graphs", "genaiops.safety")
_stamp: str | None = None


def _environment() -> list[tuple[str, str, str, list[str]]]:
    """The ``GENAIOPS_*`` variables (but the fast path's switch), each with the digest of the file it names and
    the real path of each folder it names (data roots: a symbolic link moved elsewhere changes the answer)."""
    found = []
    for key, value in sorted(os.environ.items()):
        if key.lower().startswith("genaiops_") and key.lower() != "genaiops_cli_lite":
            digest = _file_digest(value) if value and os.path.isfile(value) else ""
            folders = [os.path.realpath(w) for w in re.split(r"[\s,;:\[\]\"']+", value) if w and os.path.isdir(w)]
            found.append((key, value, digest, folders))
    return found


def home() -> Path:
    """``GENAIOPS_HOME`` as the settings read it (any case, the later spelling wins), else ``.genaiops``."""
    home = ".genaiops"
    for key, value in os.environ.items():
        if key.lower() == "genaiops_home":
            home = value
    return Path(home).expanduser()


def _file_digest(path: str | Path) -> str:
    try:
        with open(path, "rb") as handle:
            data = handle.read()
        stat = os.stat(path)
    except OSError:
        return "unreadable"
    return f"{stat.st_size}:{stat.st_mtime_ns}:{hashlib.sha256(data).hexdigest()}"


def code_stamp() -> str:
    """Every file of the package folders (path, size, mtime_ns), Python's version and site-packages' mtime."""
    global _stamp
    if _stamp is None:
        import importlib.util

        parts: list[str] = [sys.version]
        for folder in (p for p in sys.path if p.endswith("site-packages")):
            parts.append(f"{folder}:{os.stat(folder).st_mtime_ns if os.path.isdir(folder) else 0}")
        for name in _PACKAGES:
            found = importlib.util.find_spec(name)
            for root in (found.submodule_search_locations or []) if found else []:
                _walk(root, parts)
        _stamp = hashlib.sha256("\n".join(parts).encode()).hexdigest()
    return _stamp


def _walk(folder: str, parts: list[str]) -> None:
    with os.scandir(folder) as entries:
        for entry in sorted(entries, key=lambda e: e.name):
            if entry.is_dir(follow_symlinks=False):
                if entry.name != "__pycache__":
                    _walk(entry.path, parts)
            elif not entry.name.endswith(".pyc"):
                stat = entry.stat()
                parts.append(f"{entry.path}:{stat.st_size}:{stat.st_mtime_ns}")


class FileKey:
    """Where a file's answer is kept (``slot``: one per file, command, arguments and settings) and the digest it
    must match (``digest``: that, the file's content and the code)."""

    def __init__(self, slot: Path, digest: str) -> None:
        self.slot, self.digest = slot, digest


def file_key(kind: str, file: Path, arguments: Any) -> FileKey | None:
    """The key of ``kind`` (the command) asked about ``file`` with ``arguments``; None when the file cannot be
    read (validation explains it)."""
    content = _file_digest(file)
    if content == "unreadable":
        return None
    folder = home()
    policy = folder / "policy.yaml"
    where = [_VERSION, kind, str(file), os.path.abspath(file), os.path.realpath(file), os.getcwd(),
             os.path.realpath(folder), arguments, _environment(),
             _file_digest(policy) if policy.exists() else ""]  # fmt: skip
    slot = hashlib.sha256(json.dumps(where).encode()).hexdigest()[:32]
    digest = hashlib.sha256(json.dumps([slot, content, code_stamp()]).encode()).hexdigest()
    return FileKey(folder / "cache" / "files" / f"{slot}.json", digest)


def recall(key: FileKey | None) -> Any:
    """The answer kept for ``key``, or None (none kept, a different file or code, or a file it checked changed)."""
    if key is None:
        return None
    try:
        kept = json.loads(key.slot.read_text(encoding="utf-8"))
        if kept["digest"] != key.digest:
            return None
        for candidate, (real, exists) in kept["checked"].items():
            if os.path.realpath(candidate) != real or os.path.isfile(real) != exists:
                return None
        return kept["value"]
    except (OSError, ValueError, KeyError, TypeError):
        return None


def remember(key: FileKey | None, value: Any, checked: dict[str, list] | None = None) -> None:
    """Keep ``value`` for ``key`` (written whole or not at all); a value JSON would change is not kept, and a
    home that cannot be written to keeps nothing."""
    if key is None:
        return
    try:
        text = json.dumps({"digest": key.digest, "checked": checked or {}, "value": value})
    except (TypeError, ValueError):
        return
    again = json.loads(text)["value"]
    if again != value or not _same_types(again, value):
        return
    try:
        make_private_dir(key.slot.parent)
        temporary = key.slot.with_suffix(f".{os.getpid()}.tmp")
        write_private_text(temporary, text)
        os.replace(temporary, key.slot)
    except OSError:
        return


def _same_types(a: Any, b: Any) -> bool:
    """JSON gave back the very values: the same types all the way down (no tuple read back as a list, no 1.0
    as 1)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(_same_types(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(_same_types(x, y) for x, y in zip(a, b, strict=True))
    return True


class Recording:
    """Data roots that note each file validation looks up (its candidate path, real path and whether it is a
    file), so a kept answer is reused only while those files are as they were."""

    def __init__(self, roots: Any) -> None:
        self._roots = roots
        self.checked: dict[str, list] = {}

    def problem(self, path: str) -> str | None:
        self._note(path)
        return self._roots.problem(path)

    def resolve(self, path: str) -> Path:
        self._note(path)
        return self._roots.resolve(path)

    def _note(self, path: str) -> None:
        given = Path(path)
        start = self._roots.base or (self._roots.roots[0] if self._roots.roots else None)
        if not given.is_absolute() and start is None:
            return
        candidate = str(given if given.is_absolute() else start / given)
        real = os.path.realpath(candidate)
        self.checked[candidate] = [real, os.path.isfile(real)]
