"""The home's folders and files, created private: no permissions for other local accounts.

The home holds the store (password hashes, runs, conversations), the logs, agent memory, caches and the drill
receiver's effects. Under the usual umask (022) Python and SQLite make them world-readable, so they are created with
0770 (folders) and 0660 (files) and the umask takes from those: 0750/0640 under 022 (the group keeps what the umask
gives it, for a home shared by a group of approvers), 0700/0600 under 077. Existing ones keep their modes: an
operator who opened a home on purpose is not overruled, except a file genaiops writes anew (a cache it
replaces). Files a dependency creates (Chroma's store under ``memory/``) are tightened after it writes, while their
folder is private."""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["create_private_file", "keep_private", "make_private_dir", "write_private_text"]


def make_private_dir(path: Path | str) -> None:
    """Create ``path`` and any missing folder above it with no permissions for others (``<home>/cache/files``
    makes ``cache`` private too); existing folders keep their modes. Raises ``OSError`` as ``Path.mkdir`` does."""
    path = Path(path)
    if path.is_dir():
        return
    if path.parent != path:
        make_private_dir(path.parent)
    path.mkdir(mode=0o770, exist_ok=True)


def create_private_file(path: Path | str) -> None:
    """Create a missing, empty file with no permissions for others; an existing one is left alone. Best effort: a
    place that cannot hold it is for whoever opens it next to name, in its own words."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o660))
    except OSError:
        return


def write_private_text(path: Path | str, text: str) -> None:
    """Write ``text`` to ``path`` as a new file with no permissions for others (a leftover file of that name is
    replaced, with its mode): for the temporary file a cache is written to before it is renamed into place.
    Raises ``OSError`` as ``Path.write_text`` does."""
    path = Path(path)
    path.unlink(missing_ok=True)
    with os.fdopen(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o660), "w", encoding="utf-8") as handle:
        handle.write(text)


def keep_private(folder: Path | str) -> None:
    """Take others' permissions off everything under ``folder`` that a dependency created with them (Chroma
    writes its sqlite file and index folders 0644/0755 whatever the umask), but only while ``folder`` itself
    gives others nothing: a folder an operator opened keeps what is in it as it is. Best effort (a file that
    vanishes or cannot be changed is left)."""
    folder = Path(folder)
    try:
        if folder.stat().st_mode & 0o007:
            return
        entries = list(folder.rglob("*"))
    except OSError:
        return
    for entry in entries:
        try:
            mode = entry.lstat().st_mode
            if mode & 0o007 and not entry.is_symlink():
                entry.chmod(mode & 0o7770)
        except OSError:
            continue
