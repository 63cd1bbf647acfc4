"""`print_table` prints what Rich prints for the same table: a plain table it lays out itself (long inboxes draw
at once), any other table through Rich."""

from __future__ import annotations

import io
from typing import Any

import pytest
from rich.console import Console
from rich.table import Table
from rich.text import Text

from genaiops.cli.fasttable import print_table

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
    "too wide": [("a" * 150, "pending", "r", "x")],
}


@pytest.mark.parametrize("name", list(OTHER))
def test_any_other_table_is_left_to_rich(name: str) -> None:
    """Styled (Text) or multi-line cells, or a table wider than the console: Rich lays it out (wraps, styles)."""
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
