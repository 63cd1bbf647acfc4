"""Dataclasses and typing's forward references made through the kept table of compiled code
(``genaiops.cli.dataclass_code``) are what ``dataclasses`` and ``typing`` make without it, and a second process
compiles nothing the first kept."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
import textwrap
import typing
from pathlib import Path

import pytest

from genaiops.cli import dataclass_code

CLASSES = """
from dataclasses import dataclass, field

@dataclass(frozen=True, slots=True)
class Frozen:
    a: int
    b: str = "x"
    c: list = field(default_factory=list)

@dataclass(order=True)
class Ordered:
    x: float
    y: tuple = ()

@dataclass(kw_only=True)
class Keywords:
    name: str
    size: int = 0
"""


def made(namespace: str) -> dict:
    scope: dict = {"__name__": namespace}
    exec(compile(CLASSES, f"<{namespace}>", "exec", dont_inherit=True), scope)
    return scope


def test_the_classes_are_what_dataclasses_makes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each generated function has the code it has without the table, and the classes behave alike."""
    monkeypatch.delattr(dataclasses, "exec", raising=False)
    plain = made("plain")
    monkeypatch.setattr(dataclasses, "exec", exec, raising=False)  # undone after the test, as the rest below
    monkeypatch.setattr(dataclass_code, "table_file", lambda: Path(os.devnull))
    monkeypatch.setattr(dataclass_code, "_table", {})
    monkeypatch.setattr(dataclass_code, "_new", [])
    dataclass_code.install()
    assert dataclasses.exec is dataclass_code._exec
    kept = made("kept")
    for name in ("Frozen", "Ordered", "Keywords"):
        for attr in ("__init__", "__repr__", "__eq__", "__lt__", "__setattr__", "__hash__"):
            ours, theirs = getattr(kept[name], attr, None), getattr(plain[name], attr, None)
            if hasattr(theirs, "__code__"):
                assert getattr(ours, "__code__", None) == theirs.__code__, (name, attr)
    frozen = kept["Frozen"](1)
    assert repr(frozen) == "Frozen(a=1, b='x', c=[])" and frozen == kept["Frozen"](1, "x", [])
    with pytest.raises(dataclasses.FrozenInstanceError):
        frozen.a = 2  # type: ignore[misc]
    assert kept["Ordered"](1.0) < kept["Ordered"](2.0)
    with pytest.raises(TypeError):
        kept["Keywords"]("positional")


def test_forward_references_are_what_typing_makes(monkeypatch: pytest.MonkeyPatch) -> None:
    """A forward reference's code is the code typing compiles without the table (a second one comes from the
    table), it evaluates alike, and a bad expression is still typing's SyntaxError."""
    monkeypatch.delattr(typing, "compile", raising=False)
    plain = typing.ForwardRef("dict[str, list[int]] | None")
    monkeypatch.setattr(dataclasses, "exec", exec, raising=False)  # undone after the test
    monkeypatch.setattr(typing, "compile", compile, raising=False)
    monkeypatch.setattr(dataclass_code, "table_file", lambda: Path(os.devnull))
    monkeypatch.setattr(dataclass_code, "_table", {})
    monkeypatch.setattr(dataclass_code, "_new", [])
    dataclass_code.install()
    assert typing.compile is dataclass_code._compile  # type: ignore[attr-defined]
    kept = typing.ForwardRef("dict[str, list[int]] | None")
    again = typing.ForwardRef("dict[str, list[int]] | None")
    assert kept.__forward_code__ == plain.__forward_code__ and again.__forward_code__ is kept.__forward_code__
    assert dataclass_code._new == [(dataclass_code.EVAL, "dict[str, list[int]] | None")]
    assert typing.get_type_hints(_Annotated, localns={"Later": int}) == {"a": int, "b": list[int]}
    with pytest.raises(SyntaxError, match="Forward reference must be an expression"):
        typing.ForwardRef("not an expression(")


class _Annotated:
    a: Later  # noqa: F821 - resolved by the test through localns
    b: list[Later]  # noqa: F821


PROBE = textwrap.dedent(
    """
    import typing
    from genaiops.cli import dataclass_code
    dataclass_code.install()
    from dataclasses import dataclass
    @dataclass
    class Probe:
        a: int
    typing.ForwardRef("list[Probe]")
    print(len(dataclass_code._new))
    """
)


def compiled(tmp_path: Path, **env: str) -> int:
    """How many dataclass functions a process compiled (not found in the table), with ``tmp_path`` as the
    bytecode prefix."""
    environ = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    environ |= {"PYTHONPYCACHEPREFIX": str(tmp_path)} | env
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, env=environ, timeout=120)
    assert done.returncode == 0, done.stderr
    return int(done.stdout)


def test_a_second_process_compiles_nothing_the_first_kept(tmp_path: Path) -> None:
    """The table is written beside the bytecode and read by the next process; a damaged one is ignored."""
    assert compiled(tmp_path) > 0
    assert compiled(tmp_path) == 0
    (table,) = tmp_path.rglob("dataclass_code.*.bin")
    table.write_bytes(b"not a table")
    assert compiled(tmp_path) > 0
    assert compiled(tmp_path) == 0


def test_nothing_is_written_where_bytecode_is_not(tmp_path: Path) -> None:
    """With PYTHONDONTWRITEBYTECODE no table is written (each process compiles, as without it)."""
    assert compiled(tmp_path, PYTHONDONTWRITEBYTECODE="1") > 0
    assert not list(tmp_path.rglob("dataclass_code.*.bin"))
