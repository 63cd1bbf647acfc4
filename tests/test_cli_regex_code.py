"""Regular expressions compiled through the home's kept table (``genaiops.cli.regex_code``) are the patterns ``re``
compiles without it, and a second process compiles nothing the first kept."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from genaiops.cli import regex_code

PATTERNS = [
    (r"(?P<key>[A-Za-z_]\w*)\s*=\s*(?P<value>.+?)\s*$", re.MULTILINE),
    (r"[-_.*·•~+ \t](?<=[^\W\d_][-_.*·•~+ \t])(?:(?<=[ \t])[ \t]{0,2})?[^\W\d_]", 0),
    (rb"\x00(?:ab|cd){2,5}\Z", re.DOTALL),
    (r"(?i)straße|ǅ", 0),
]
TEXTS = ["Straße = 1\nkey = value \n", "a-b c.d ǆ", "x\x00abcd\n", "STRASSE"]


def test_patterns_from_the_table_are_what_re_compiles(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A pattern compiled on a miss, and again from the table, equals ``re``'s own: flags, groups, matches."""
    from re import _compiler

    plain = [_compiler.compile(p, f) for p, f in PATTERNS]
    monkeypatch.setattr(_compiler, "compile", _compiler.compile)  # undone after the test, as the rest below
    monkeypatch.setattr(_compiler, "_sre", _compiler._sre)
    monkeypatch.setattr(regex_code, "_table", {})
    monkeypatch.setattr(regex_code, "_new", [])
    monkeypatch.setattr(regex_code, "_original", [])
    regex_code.install(tmp_path)
    assert _compiler.compile is regex_code._compile
    missed = [_compiler.compile(p, f) for p, f in PATTERNS]
    assert len(regex_code._new) == len(PATTERNS)
    kept = [_compiler.compile(p, f) for p, f in PATTERNS]
    assert len(regex_code._new) == len(PATTERNS)  # nothing more compiled: all from the table
    for theirs, *ours in zip(plain, missed, kept, strict=True):
        for mine in ours:
            assert mine == theirs and mine.flags == theirs.flags and mine.groupindex == theirs.groupindex
            for text in TEXTS:
                subject = text.encode("latin-1", "replace") if isinstance(theirs.pattern, bytes) else text
                assert [m.span() for m in mine.finditer(subject)] == [m.span() for m in theirs.finditer(subject)]


PROBE = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from genaiops.cli import regex_code
    regex_code.install(Path(sys.argv[1]))
    import re
    assert re.compile(r"(?P<word>\\w+)-(?P=word)").match("ab-ab")
    print(len(regex_code._new))
    """
)


def compiled(home: Path, **env: str) -> int:
    """How many patterns a process with ``home`` compiled (not found in the table)."""
    environ = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"} | env
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(home)], capture_output=True, text=True, env=environ, timeout=120
    )
    assert done.returncode == 0 and not done.stderr, done.stderr
    return int(done.stdout)


def test_a_second_process_compiles_nothing_the_first_kept(tmp_path: Path) -> None:
    """The table is written in the home's cache folder (readable by its owner only) and read by the next
    process; a damaged one is ignored."""
    assert compiled(tmp_path) > 0
    assert compiled(tmp_path) == 0
    (table,) = (tmp_path / "cache").glob("regex_code.*.bin")
    assert table.stat().st_mode & 0o077 == 0
    table.write_bytes(b"not a table")
    assert compiled(tmp_path) > 0
    assert compiled(tmp_path) == 0


def test_nothing_is_written_where_bytecode_is_not(tmp_path: Path) -> None:
    """With PYTHONDONTWRITEBYTECODE no table is written (each process compiles, as without it)."""
    assert compiled(tmp_path, PYTHONDONTWRITEBYTECODE="1") > 0
    assert not (tmp_path / "cache").exists()


def test_a_full_table_keeps_what_the_process_used_or_compiled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Past ``MOST`` patterns, the table written keeps this process's working set: the stale ones go."""
    from re import _compiler

    from genaiops.cli import kept_tables

    monkeypatch.setattr(_compiler, "compile", _compiler.compile)  # undone after the test, as the rest below
    monkeypatch.setattr(_compiler, "_sre", _compiler._sre)
    monkeypatch.setattr(regex_code, "_original", [])
    monkeypatch.setattr(regex_code, "_new", [])
    monkeypatch.setattr(regex_code, "_used", set())
    monkeypatch.setattr(regex_code, "MOST", 3)
    written: list[dict] = []
    monkeypatch.setattr(kept_tables, "save", lambda path, table, new, most: written.append(table))
    stale = {(f"stale{i}", 0): (0, [1], 0, {}, ()) for i in range(3)}
    used = (r"used\d+", 0)
    monkeypatch.setattr(regex_code, "_table", dict(stale))
    regex_code.install(tmp_path)
    _compiler.compile(*used)  # compiled here: new
    regex_code._new.clear()  # as if an earlier process had kept it
    _compiler.compile(*used)  # from the table: used
    _compiler.compile(r"new[a-z]+", 0)  # compiled here: new
    assert len(regex_code._table) == 5
    regex_code.save(tmp_path / "table.bin")
    assert [set(table) for table in written] == [{used, (r"new[a-z]+", 0)}]
    monkeypatch.setattr(regex_code, "MOST", 5)
    regex_code.save(tmp_path / "table.bin")  # not past it: the whole table
    assert set(written[-1]) == {*stale, used, (r"new[a-z]+", 0)}


SEALED = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from genaiops.cli import regex_code
    regex_code.install(Path(sys.argv[1]))
    import re
    re.compile(r"startup-(\\d+)")
    regex_code.seal()
    assert re.compile(r"startup-(\\d+)").match("startup-1")
    assert re.compile(r"token=sk-live-4f9a8b7c6d5e").search("token=sk-live-4f9a8b7c6d5e")
    """
)


def test_nothing_compiled_once_sealed_is_kept(tmp_path: Path) -> None:
    """Patterns compiled after ``seal()`` (a run's tools, whose patterns may be made of their data: a log line
    with a token) are compiled as usual and never written; those kept before still serve."""
    environ = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    done = subprocess.run(
        [sys.executable, "-c", SEALED, str(tmp_path)], capture_output=True, text=True, env=environ, timeout=120
    )
    assert done.returncode == 0 and not done.stderr, done.stderr
    (table,) = (tmp_path / "cache").glob("regex_code.*.bin")
    kept = table.read_bytes()
    assert b"startup-" in kept and b"sk-live" not in kept
