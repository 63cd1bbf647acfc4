"""Tables a command keeps for the next one, with this interpreter's magic number in front: dataclasses' compiled
functions and typing's forward references (``genaiops.cli.dataclass_code``: code, so beside the package's bytecode
in ``__pycache__``, where Python keeps a module's), YAML texts already read (``genaiops.yaml_readings``, installed
by ``install_yaml_readings``) and compiled regular expressions (``genaiops.cli.regex_code``): the last two may be
the home's own files, so in the home's ``cache`` folder, never in an installation other OS users share — a policy
or an evaluation suite read by one person must not be readable, or replaceable, by another). A table is written
only where Python writes bytecode (not with ``PYTHONDONTWRITEBYTECODE``), whole and atomically; another Python's
table, or a damaged one, is ignored and rewritten.
"""

from __future__ import annotations

import atexit
import importlib.util
import marshal
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from genaiops.private_files import make_private_dir

__all__ = ["install_yaml_readings", "load", "save", "table_file"]

HEADER = importlib.util.MAGIC_NUMBER
YAML_MOST = 2_000
"""YAML readings kept at most (a table past it starts again with this process's)."""


def table_file(name: str) -> Path:
    """The table ``name`` in this package's ``__pycache__`` (or under ``PYTHONPYCACHEPREFIX``), named for this
    interpreter and optimisation level as a module's bytecode is."""
    return Path(importlib.util.cache_from_source(str(Path(__file__).resolve().parent / f"{name}.py"))).with_suffix(
        ".bin"
    )


def load(path: Path, valid: Callable[[Any, Any], bool], most: int) -> dict[Any, Any]:
    """The table in ``path`` (its entries ``valid`` accepts), or an empty one."""
    try:
        data = path.read_bytes()
        if not data.startswith(HEADER):
            return {}
        table = _unmarshal(data[len(HEADER) :])
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    if not isinstance(table, dict) or len(table) > most:
        return {}
    return {k: v for k, v in table.items() if valid(k, v)}


def _unmarshal(data: bytes) -> Any:
    """``marshal.loads`` with the collector paused: a table is hundreds of new containers, none of them garbage
    (a dataclass table read with it on ran ~5 collections)."""
    import gc

    paused = gc.isenabled()
    gc.disable()
    try:
        return marshal.loads(data)
    finally:
        if paused:
            gc.enable()


def save(path: Path, table: dict[Any, Any], new: list[Any], most: int) -> None:
    """``table`` with what this process added (``new``) written to ``path``; past ``most`` entries only the new
    ones (best effort: a folder Python may not write its bytecode to keeps no table)."""
    if not new or sys.flags.dont_write_bytecode:
        return
    import tempfile

    whole = table if len(table) <= most else {key: table[key] for key in new}
    try:
        make_private_dir(path.parent)
        fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem.split('.')[0]}-")
        try:
            with os.fdopen(fd, "wb") as file:
                file.write(HEADER + marshal.dumps(whole))
            os.replace(temporary, path)
        except BaseException:
            os.unlink(temporary)
            raise
    except OSError:
        return
    new.clear()


def install_yaml_readings(home: Path) -> None:
    """Keep and recall YAML readings through the table in ``home``'s cache folder (once)."""
    from genaiops import yaml_readings

    if yaml_readings.ON[0]:
        return
    path = home / "cache" / f"yaml_readings.{sys.implementation.cache_tag}.bin"
    yaml_readings.TABLE.update(load(path, lambda k, v: type(k) is str and type(v) is bytes, YAML_MOST))
    yaml_readings.ON[0] = True
    atexit.register(lambda: save(path, yaml_readings.TABLE, yaml_readings.NEW, YAML_MOST))
