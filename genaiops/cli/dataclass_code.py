"""The functions ``dataclasses`` writes for each dataclass, compiled once per installation rather than per command.

``@dataclass`` writes the source of a class's ``__init__``, ``__repr__``, ``__eq__`` (and ``__setattr__`` for a
frozen one) and compiles it with ``exec`` every time a module defining the class is imported: a command that
resumes a run creates ~100 dataclasses (ours, pydantic's), and compiling their functions was ~230 M of its
~1,200 M instructions (cachegrind). ``install`` gives the ``dataclasses`` module an ``exec`` that looks the source
up in a table of code objects compiled before, kept beside the package's bytecode (``__pycache__``, as Python
keeps a module's), and compiles only what is new (saved at exit). The same source compiled the same way (no
inherited ``__future__`` flags: ``dataclasses`` has none; the ``<string>`` file name ``exec`` gives) is the same
code object, so every class is what it would be otherwise. The table is written only where Python writes
bytecode (not with ``PYTHONDONTWRITEBYTECODE``), with this interpreter's magic number in front: another Python's
table, or a damaged one, is ignored and rewritten.

The same table keeps the expressions of ``typing``'s forward references: ``typing.ForwardRef`` compiles its string
(``compile(arg, "<string>", "eval")``) each time one is made, and pydantic makes one for every string annotation of
a model or TypedDict (``pydantic_core.core_schema`` alone has hundreds): ~870 compilations, ~45 M instructions of a
resume. ``install`` gives ``typing`` a ``compile`` that looks them up (under ``(EVAL, source)``, beside the
dataclass sources), compiled as typing compiles them (no ``__future__`` flags: typing has none); any other call
goes to the builtin.
"""

from __future__ import annotations

import atexit
from pathlib import Path
from types import CodeType
from typing import Any

from genaiops.cli import kept_tables

__all__ = ["install"]

MOST = 20_000
"""Sources the table keeps at most (a table past it starts again empty: it only ever grows by new classes)."""

EVAL = "eval"
"""The first half of a forward reference's key, ``(EVAL, source)``: a dataclass's key is its source alone."""

_table: dict[str | tuple[str, str], CodeType] = {}
_new: list[str | tuple[str, str]] = []


def install() -> None:
    """Compile the functions of dataclasses and typing's forward references through the kept table (see the
    module docstring); once."""
    import dataclasses
    import typing

    if getattr(dataclasses, "exec", None) is _exec:
        return
    _table.update(_load(table_file()))
    dataclasses.exec = _exec  # type: ignore[attr-defined] # the module's global: looked up before the builtin
    typing.compile = _compile  # type: ignore[attr-defined] # as above, for ForwardRef's compile
    atexit.register(_save)


def table_file() -> Path:
    """Where the table lives: the package's ``__pycache__`` (or ``PYTHONPYCACHEPREFIX``), named for this
    interpreter and optimisation level as a module's bytecode is."""
    return kept_tables.table_file("dataclass_code")


def _exec(source: Any, globals: Any = None, locals: Any = None) -> None:  # noqa: A002 - exec's own names
    """``exec`` as ``dataclasses`` calls it, the source compiled as ``exec`` would compile it there."""
    if type(source) is str:
        code = _table.get(source)
        if code is None:
            code = _table[source] = compile(source, "<string>", "exec", dont_inherit=True)
            _new.append(source)
        source = code
    elif not isinstance(source, CodeType):
        source = compile(source, "<string>", "exec", dont_inherit=True)  # not this module's __future__ flags
    exec(source, globals, locals)


def _compile(source: Any, filename: Any, mode: Any, *args: Any, **kwargs: Any) -> Any:
    """``compile`` as ``typing`` calls it: a forward reference's expression from the table, anything else (not
    called so today) compiled by the builtin."""
    if args or kwargs or mode != EVAL or filename != "<string>" or type(source) is not str:
        if len(args) < 2:  # typing's flags, not this module's __future__ ones
            kwargs.setdefault("dont_inherit", True)
        return compile(source, filename, mode, *args, **kwargs)
    key = (EVAL, source)
    code = _table.get(key)
    if code is None:
        code = _table[key] = compile(source, filename, mode, dont_inherit=True)  # a SyntaxError goes on up
        _new.append(key)
    return code


def _load(path: Path) -> dict[str | tuple[str, str], CodeType]:
    return kept_tables.load(path, lambda k, v: _key(k) and type(v) is CodeType, MOST)


def _key(key: Any) -> bool:
    """A dataclass's source, or ``(EVAL, source)``."""
    if type(key) is str:
        return True
    return type(key) is tuple and len(key) == 2 and key[0] == EVAL and type(key[1]) is str


def _save() -> None:
    """The table with what this process compiled, written whole and atomically (``genaiops.cli.kept_tables``)."""
    kept_tables.save(table_file(), _table, _new, MOST)
