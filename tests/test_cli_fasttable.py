"""`print_table` prints what Rich prints for the same table: a plain table it lays out itself (long inboxes draw
at once), a table whose cells wrap in a pipe with Rich's widths and wrapping but not its render pipeline (`scenario
list`), any other table through Rich."""

from __future__ import annotations

import io
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rich.console import Console
from rich.table import Table
from rich.text import Text

from genaiops.cli.fasttable import emoji_code, print_fields, print_table

HEADERS = ("approval", "status", "run", "expires (UTC)")


class Recording(Console):
    """A console writing to a string that remembers what it was asked to print."""

    def __init__(self, width: int, terminal: bool = False) -> None:
        super().__init__(
            file=io.StringIO(), width=width, highlight=False, force_terminal=terminal,
            color_system="standard" if terminal else None,
        )  # fmt: skip
        self.printed: list[Any] = []

    def print(self, *objects: Any, **kwargs: Any) -> None:  # type: ignore[override]
        self.printed += objects
        super().print(*objects, **kwargs)


def table(rows: list[tuple[Any, ...]], *, min_width: int | None = None) -> Table:
    made = Table(*HEADERS)
    made.columns[0].no_wrap, made.columns[0].overflow = True, "fold"
    made.columns[0].min_width = min_width
    for row in rows:
        made.add_row(*row)
    return made


PLAIN = {
    "rows": [("ap-1", "pending", "run-20261202-000000-aaaaaa", "2026-12-03 02:41"), ("ap-22", "expired", "", "-")],
    "no rows": [],
    "wide characters": [("日本語", "pending", "ラン", "x")],
    "1,000 rows": [(f"ap-{i:012x}", "pending", f"run-{i}", "2026-12-03 02:41") for i in range(1000)],
}


@pytest.mark.parametrize("name", list(PLAIN))
def test_a_plain_table_is_printed_as_rich_prints_it_without_rich_laying_it_out(name: str) -> None:
    """Plain one-line cells that fit: the same characters as Rich's, and Rich is not asked to lay out the table."""
    ours, rich = Recording(120), Recording(120)
    print_table(ours, table(PLAIN[name]))
    rich.print(table(PLAIN[name]))
    assert ours.file.getvalue() == rich.file.getvalue()
    assert not any(isinstance(printed, Table) for printed in ours.printed)


TIMES = [
    ("ap-1", "pending", "2026-12-04 16:10:26", "2026-12-05T16:10:26.191622Z"),
    ("ap-2", "pending", "16:10:26 - 17:00:00", "at 10:100:20 and 1:1234:5 :+1: :smile-emoji: ::"),
    ("ap-3", "pending", ":SMILE: :no_such_emoji: 3:07:09", "x"),
]


@pytest.mark.parametrize("width", [200, 120])
def test_timestamps_are_plain_and_emoji_codes_are_rich_s(width: int) -> None:
    """Cells with a time's colons (a timestamp, an ISO time) and cells with emoji codes beside them: the same
    characters as Rich's, and Rich is not asked to lay out the table."""
    ours, rich = Recording(width), Recording(width)
    print_table(ours, table(TIMES))
    rich.print(table(TIMES))
    assert ours.file.getvalue() == rich.file.getvalue()
    assert "💯" in ours.file.getvalue() and "😄" in ours.file.getvalue()


def test_a_table_of_timestamps_is_not_read_as_markup(monkeypatch: pytest.MonkeyPatch) -> None:
    """Timestamps (two colons and more) stay plain text: Rich's markup parser is not asked for any cell, and the
    characters are Rich's."""
    rows = [(f"ap-{i}", "pending", f"2026-12-04 16:{i:02d}:07", f"2026-12-05T16:{i:02d}:07.5Z") for i in range(60)]
    ours, rich = Recording(120), Recording(120)
    rich.print(table(rows))
    parsed: list[str] = []
    monkeypatch.setattr(Text, "from_markup", lambda text, **kw: parsed.append(text))
    print_table(ours, table(rows))
    assert ours.file.getvalue() == rich.file.getvalue()
    assert parsed == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("2026-12-04 16:10:26", False),
        ("2026-12-05T16:10:26.191622Z", False),
        ("16:10:26 - 17:00:00", False),
        (":no_such_emoji: a:qq:c ::", False),
        ("a:b:c", True),
        (":smile:", True),
        ("at 10:100:20", True),
        ("1:1234:5", True),
        (":+1:", True),
        (":SMILE-emoji:", True),
    ],
)
def test_an_emoji_code_is_what_rich_replaces(text: str, code: bool) -> None:
    """`emoji_code` says whether Rich's markup changes the text (an emoji), not merely whether it has colons."""
    rendered = Text.from_markup(text).plain
    assert (rendered != text) is code
    assert emoji_code(text) is code


def test_digits_between_colons_are_an_emoji_code_only_when_rich_says_so() -> None:
    """The digits between a time's colons (`16:10:26`, `10:100:20`) are an emoji code exactly when Rich turns them
    into one (its emoji named by digits alone, `:100:` and `:1234:`), and nowhere else."""
    from rich._emoji_codes import EMOJI

    digits = sorted({name for name in EMOJI if name.isascii() and name.isdigit()} | {str(n) for n in range(2000)})
    for name in [*digits, "0100", "12345"]:
        text = f"16:{name}:26"
        assert emoji_code(text) is (Text.from_markup(text).plain != text), text


def test_a_minimum_column_width_is_kept() -> None:
    """A column's min_width (runs list keeps run ids whole with it) widens the column as Rich does."""
    ours, rich = Recording(120), Recording(120)
    print_table(ours, table(PLAIN["rows"], min_width=30))
    rich.print(table(PLAIN["rows"], min_width=30))
    assert ours.file.getvalue() == rich.file.getvalue()


def test_on_a_terminal_the_header_is_bold_and_the_text_the_same() -> None:
    """On a terminal, the header cells are bold and every character is Rich's."""
    ours, rich = Recording(120, terminal=True), Recording(120, terminal=True)
    print_table(ours, table(PLAIN["rows"]))
    rich.print(table(PLAIN["rows"]))
    strip = Text.from_ansi
    assert strip(ours.file.getvalue()).plain == strip(rich.file.getvalue()).plain
    assert "\x1b[1m approval" in ours.file.getvalue()


def test_one_line_markup_is_drawn_fast_with_rich_s_characters_and_styles() -> None:
    """A coloured status (one-line Rich markup) keeps the fast path: the same characters as Rich in a pipe, the
    same colours on a terminal."""
    rows = [("ap-1", "[green]approved[/]", "r", "x"), ("ap-2", "[red]rejected[/] [bold]now[/]", "r", "y")]
    ours, rich = Recording(120), Recording(120)
    print_table(ours, table(rows))
    rich.print(table(rows))
    assert ours.file.getvalue() == rich.file.getvalue()
    assert not any(isinstance(printed, Table) for printed in ours.printed)
    ours, rich = Recording(120, terminal=True), Recording(120, terminal=True)
    print_table(ours, table(rows))
    rich.print(table(rows))
    assert Text.from_ansi(ours.file.getvalue()).plain == Text.from_ansi(rich.file.getvalue()).plain
    assert "\x1b[32mapproved\x1b[0m" in ours.file.getvalue() and "\x1b[31mrejected\x1b[0m" in ours.file.getvalue()


def test_markup_cells_are_laid_out_too_in_their_colours() -> None:
    """A coloured status (Rich markup), repeated on many rows and beside wide characters: the same characters as
    Rich's, each status in its colour on a terminal, and Rich is not asked to lay out the table."""
    rows = [(f"ap-{i}", "[green]approved[/]" if i % 2 else "[red]rejected[/]", "ラン", "x") for i in range(50)]
    for terminal in (False, True):
        ours, rich = Recording(120, terminal), Recording(120, terminal)
        print_table(ours, table(rows))
        rich.print(table(rows))
        got, want = Text.from_ansi(ours.file.getvalue()), Text.from_ansi(rich.file.getvalue())
        assert got.plain == want.plain and not any(isinstance(printed, Table) for printed in ours.printed)
        assert styled(got) == styled(want)
        assert {word for word, _ in styled(got)} == ({"approved", "rejected"} if terminal else set())


def styled(text: Text) -> set[tuple[str, str]]:
    """(characters, style) of each coloured stretch of ``text`` (the bold header aside)."""
    return {(text.plain[s.start : s.end], str(s.style)) for s in text.spans if "bold" not in str(s.style)}


OTHER = {
    "a Text cell": [("ap-1", Text("pending", style="red"), "r", "x")],
    "two lines": [("ap-1", "pending\nagain", "r", "x")],
}


@pytest.mark.parametrize("name", list(OTHER))
def test_any_other_table_is_left_to_rich(name: str) -> None:
    """Styled (Text) or multi-line cells: Rich lays it out (wraps, styles)."""
    ours, rich = Recording(80), Recording(80)
    print_table(ours, table(OTHER[name]))
    rich.print(table(OTHER[name]))
    assert ours.file.getvalue() == rich.file.getvalue()
    assert any(isinstance(printed, Table) for printed in ours.printed)


TITLES = {
    "short": "runs",
    "wrapped at the table's width": "ten-tasks — run run-20261202-234753-ae7895 and a few more words to wrap",
    "a word wider than the table": "x" * 130,
    "escaped markup": "a \\[b] name — run run-1",
    "markup": "[bold]bold[/] — run r",
    "wide characters": "日本語のタイトル " * 9,
}


@pytest.mark.parametrize("name", list(TITLES))
def test_a_titled_table_in_a_pipe_is_printed_as_rich_prints_it(name: str) -> None:
    """A title (a run's summary has one) keeps the fast path in a pipe: Rich's characters, the title wrapped and
    padded to the table's width as Rich does it, and Rich is not asked to lay out the table; on a terminal Rich
    lays a titled table out."""
    for width in (120, 40):
        ours, rich = Recording(width), Recording(width)
        made, want = table(PLAIN["rows"][:1]), table(PLAIN["rows"][:1])
        made.title = want.title = TITLES[name]
        made.title_justify = want.title_justify = "left"
        print_table(ours, made)
        rich.print(want)
        assert ours.file.getvalue() == rich.file.getvalue()
        assert any(isinstance(printed, Table) for printed in ours.printed) is (width == 40)  # 40: too narrow
    ours = Recording(120, terminal=True)
    made = table(PLAIN["rows"][:1])
    made.title = TITLES[name]
    print_table(ours, made)
    assert any(isinstance(printed, Table) for printed in ours.printed)


PURPOSE = "Measure checkout's canary against its baseline and promote it only when the error rate holds. Then more."
WRAPPED = {
    "too wide": [("a" * 150, "pending", "r", "x")],
    "long purposes": [(f"scenarios/file_{i}.yaml", f"name-{i}", PURPOSE, "none") for i in range(5)],
    "an invalid file": [("scenarios/bad.yaml", "-", "[red]invalid:[/] a \\[problem] at line 3 " * 4, "none")],
    "wide characters": [("ap-1", "日本語のタイトル " * 12, "ラン" * 30, "x")],
    "emoji codes and punctuation": [("ap-1", ":smile: (a, b); c-d/e " * 8, "x" * 90, "")],
    "empty cells": [("ap-1", "", "", "")],
}


def wrapping_table(rows: list[tuple[Any, ...]]) -> Table:
    """As `scenario list` draws its table: the first column whole (no wrap, its widest cell), the others folded."""
    made = table(rows, min_width=max([len(HEADERS[0])] + [len(r[0]) for r in rows]))
    for column in made.columns[1:]:
        column.overflow = "fold"
    return made


@pytest.mark.parametrize("name", list(WRAPPED))
@pytest.mark.parametrize("width", [40, 80, 120, 200, 250])
def test_a_wrapping_table_in_a_pipe_is_printed_as_rich_prints_it(name: str, width: int) -> None:
    """Cells that wrap (a table wider than the console) in a pipe: Rich's very characters, without Rich laying
    the table out (but where a column would be left no room for a character: "too wide" below 160 columns)."""
    ours, rich = Recording(width), Recording(width)
    print_table(ours, wrapping_table(WRAPPED[name]))
    rich.print(wrapping_table(WRAPPED[name]))
    assert ours.file.getvalue() == rich.file.getvalue()
    assert any(isinstance(printed, Table) for printed in ours.printed) is (name == "too wide" and width < 160)


def test_a_wrapping_table_on_a_terminal_is_left_to_rich() -> None:
    ours = Recording(80, terminal=True)
    print_table(ours, wrapping_table(WRAPPED["long purposes"]))
    assert any(isinstance(printed, Table) for printed in ours.printed)


_WORDS = st.sampled_from(
    ["a", "bb", "checkout", "x" * 37, "日本語", "ラン", ":smile:", "\\[x]", "[red]red[/]", "-", "(a,", "b);", " ", ""]
)
_CELLS = st.lists(_WORDS, max_size=12).map(" ".join) | st.lists(_WORDS, max_size=6).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    rows=st.lists(st.tuples(st.sampled_from(["ap-1", "scenarios/a.yaml", "r" * 30]), _CELLS, _CELLS, _CELLS),
                  max_size=4),
    width=st.sampled_from([20, 40, 80, 120, 200]),
)  # fmt: skip
def test_any_wrapping_table_in_a_pipe_is_printed_as_rich_prints_it(rows: list[tuple[str, ...]], width: int) -> None:
    """Generated cells (words, long words, wide characters, emoji codes, markup, escapes, blanks) at several
    widths: the same characters as Rich's, however the table is drawn."""
    ours, rich = Recording(width), Recording(width)
    print_table(ours, wrapping_table(rows))
    rich.print(wrapping_table(rows))
    assert ours.file.getvalue() == rich.file.getvalue()


def _fields(values: list[tuple[str, bool]]) -> list[tuple[str, bool] | None]:
    """`scenario list`'s stacked lines: each row's fields, the first (an id) soft-wrapped, then an empty line."""
    fields: list[tuple[str, bool] | None] = []
    for value, soft in values:
        fields += [(f"[bold]file[/]: {value}", soft), (f"[bold]purpose[/]: {value}", False), None]
    return fields


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    values=st.lists(st.tuples(_CELLS, st.booleans()), max_size=4),
    width=st.sampled_from([20, 40, 80, 120]),
    terminal=st.booleans(),
)
def test_stacked_fields_are_printed_as_rich_prints_them_one_by_one(
    values: list[tuple[str, bool]], width: int, terminal: bool
) -> None:
    """Fields printed at once (a table too wide for the terminal): the characters Rich prints for each field in
    turn, wrapped or soft-wrapped, in a pipe and (through Rich) on a terminal."""
    fields = _fields(values)
    ours, rich = Recording(width, terminal), Recording(width, terminal)
    print_fields(ours, fields)
    for field in fields:
        if field is None:
            rich.print()
        else:
            rich.print(field[0], soft_wrap=field[1])
    assert ours.file.getvalue() == rich.file.getvalue()
    if fields and not terminal:
        assert len(ours.printed) == 1  # written at once
