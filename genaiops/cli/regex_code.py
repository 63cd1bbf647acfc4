"""Regular expressions compiled once per home rather than per command.

Python compiles a pattern (``re._parser`` then ``re._compiler``, both pure Python) in every process that uses it:
the ~50 patterns a resume compiles (the guardrails' injection views, logging's, json's, ours) were ~60 M of its
~810 M instructions (cachegrind). ``install`` gives ``re._compiler`` a ``compile`` that looks the pattern up in a
table of what the compiler handed to ``_sre.compile`` before (flags, code, groups, group names) and hands the same
to it again; a pattern not in the table is compiled as usual and what it handed over is kept (saved at exit). The
same arguments make the same pattern object, and ``_sre.compile`` validates the code it is given, whatever the
table says. Patterns may come from the home's own files (a guardrail configuration), so the table lives in the
home's cache folder, as the YAML readings do (``genaiops.cli.kept_tables``), named for this interpreter and the
regular expression engine's version; it is written only where Python writes bytecode.
"""

from __future__ import annotations

import atexit
import sys
import threading
import types
from pathlib import Path
from typing import Any

from genaiops.cli import kept_tables

__all__ = ["install", "save", "seal"]

MOST = 1_000
"""Patterns the table keeps at most. Tools may compile patterns made of their data (a log's templates), which
no later command asks for again: a table past it keeps only what this process used or compiled."""

_table: dict[tuple[str | bytes, int], tuple[Any, ...]] = {}
_new: list[tuple[str | bytes, int]] = []
_used: set[tuple[str | bytes, int]] = set()
_handed = threading.local()  # what the last compile in this thread handed to _sre.compile
_original: list[Any] = []  # re._compiler's own compile, _sre and re.DEBUG, once installed
_sealed: list[bool] = [False]


def install(home: Path) -> None:
    """Compile regular expressions through ``home``'s kept table (see the module docstring); once."""
    from re import _compiler, _constants

    if _compiler.compile is _compile:
        return
    sre = _compiler._sre
    path = home / "cache" / f"regex_code.{sys.implementation.cache_tag}-{sre.MAGIC}.bin"
    _table.update(kept_tables.load(path, _valid, MOST))
    _original[:] = [_compiler.compile, sre, _constants.SRE_FLAG_DEBUG]
    _compiler._sre = _recording(sre)
    _compiler.compile = _compile
    atexit.register(save, path)


def seal() -> None:
    """Keep no pattern compiled from now on (those kept still serve). Called before a run executes: its tools
    may compile patterns made of their data (a log's lines), which may hold what the guardrails redact before
    anything is stored, and must not reach a file in clear."""
    _sealed[0] = True


def save(path: Path) -> None:
    """The table with what this process compiled (at exit); past ``MOST``, only what it used or compiled."""
    table = _table if len(_table) <= MOST else {key: _table[key] for key in (*_used, *_new)}
    kept_tables.save(path, table, _new, MOST)


def _compile(p: Any, flags: int = 0) -> Any:
    """``re._compiler.compile`` (called by ``re.compile`` and the module functions on a miss of their cache)."""
    compile_pattern, sre, debug = _original
    if type(p) not in (str, bytes) or flags & debug:  # re.DEBUG prints the code: compiled as usual
        return compile_pattern(p, flags)
    key = (p, int(flags))
    handed = _table.get(key)
    if handed is not None:
        _used.add(key)
        return sre.compile(p, *handed)
    if _sealed[0]:
        return compile_pattern(p, flags)
    _handed.args = None
    pattern = compile_pattern(p, flags)
    args = _handed.args
    if args is not None and args[0] is p:
        _, final_flags, code, groups, groupindex, indexgroup = args  # the opcodes are int subclasses: kept as ints
        _table[key] = (int(final_flags), [int(c) for c in code], int(groups), dict(groupindex), tuple(indexgroup))
        _new.append(key)
    return pattern


def _recording(sre: types.ModuleType) -> types.ModuleType:
    """``_sre`` as ``re._compiler`` sees it: the same module, but ``compile`` remembers what it was handed."""
    shim = types.ModuleType(sre.__name__, sre.__doc__)
    shim.__dict__.update(sre.__dict__)

    def compile(pattern: Any, flags: int, code: list[int], groups: int, groupindex: Any, indexgroup: Any) -> Any:  # noqa: A001 - _sre's own name
        _handed.args = (pattern, flags, code, groups, groupindex, indexgroup)
        return sre.compile(pattern, flags, code, groups, groupindex, indexgroup)

    shim.compile = compile  # type: ignore[attr-defined]
    return shim


def _valid(key: Any, value: Any) -> bool:
    return (
        type(key) is tuple
        and len(key) == 2
        and type(key[0]) in (str, bytes)
        and type(key[1]) is int
        and type(value) is tuple
        and len(value) == 5
        and type(value[1]) is list
        and type(value[3]) is dict
        and type(value[4]) is tuple
    )
