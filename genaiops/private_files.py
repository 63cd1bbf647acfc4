"""The home's folders and files, created private: no permissions for other local accounts.

The home holds the store (password hashes, runs, conversations), the logs, agent memory, caches and the drill
receiver's effects. Under the usual umask (022) Python and SQLite make them world-readable, so they are created with
0770 (folders) and 0660 (files) and the umask takes from those: 0750/0640 under 022 (the group keeps what the umask
gives it, for a home shared by a group of approvers), 0700/0600 under 077. Existing ones keep their modes: an
operator who opened a home on purpose is not overruled."""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["create_private_file", "make_private_dir"]


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
