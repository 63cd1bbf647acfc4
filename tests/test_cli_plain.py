"""Lines and a run's summary table written without Rich (``genaiops.cli.plain``) are the very characters Rich's
console writes to a file or a pipe for the same markup; what Rich would change goes through Rich."""

from __future__ import annotations

import io
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len
from rich.console import Console
from rich.markup import escape

from genaiops.cli import consoles, output, plain, views
from genaiops.cli.output import Col, colored

WIDTHS = (200, 80, 40)


def rich_printed(width: int, markup: str, **options: object) -> str:
    """What the stdout console prints of ``markup`` to a pipe ``width`` columns wide."""
    console = Console(file=io.StringIO(), width=width, highlight=False)
    console.print(markup, **options)
    return console.file.getvalue()


@pytest.fixture
def pipe(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    """``said(width, call)``: what ``call()`` writes when the console is a pipe ``width`` columns wide (lines it
    hands to Rich go to a console of that width, as the stdout console would print them)."""

    def said(width: int, call) -> str:  # noqa: ANN001
        console = Console(file=io.StringIO(), width=width, highlight=False)
        monkeypatch.setattr(plain, "width", lambda: width)
        monkeypatch.setattr(views, "console", console)
        monkeypatch.setattr(consoles, "console", console)
        capsys.readouterr()
        call()
        return capsys.readouterr().out + console.file.getvalue()

    return said


def test_each_character_beyond_ascii_is_one_cell_for_rich() -> None:
    """The characters written as they are beyond ASCII are each one cell wide as Rich counts them."""
    assert all(cell_len(c) == 1 for c in plain.ONE_CELL)


LINES = [  # (characters, markup) as the views print them
    ("  ✗ t3: boom (exit 1)", "  [red]✗[/] t3: boom (exit 1)"),
    ("  ⊘ deploy: rejected by alice: not now", "  [red]⊘[/] deploy: rejected by alice: not now"),
    ("  ⏸ deploy needs 1 approval(s) (high risk): ap-1", "  [yellow]⏸[/] deploy needs 1 approval(s) (high risk): ap-1"),
    ("run run-1: succeeded", f"run run-1: {colored('succeeded')}"),
    ("Waiting for approval:", "[yellow]Waiting for approval:[/]"),
    ("  genaiops approvals approve ID --reason '...'   (or: reject)", None),
    ("verdict against: gate (block)", "[bold red]verdict against:[/] gate (block)"),
    ("an error naming [brackets]", f"{escape('an error naming [brackets]')}"),  # to Rich: markup characters
    ("a :smile: in an error", None),  # to Rich: an emoji code
    ("http://host:8080/x failed", None),  # to Rich: a word holding two colons
    ("x" * 120, None),  # to Rich at 80 and 40 columns: wrapped
    ("日本語 wide", None),  # to Rich: two-cell characters
]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("text", "markup"), LINES)
def test_a_line_is_what_rich_prints(pipe, width: int, text: str, markup: str | None) -> None:
    """``say`` writes what Rich prints of the line's markup, wrapped or soft-wrapped."""
    markup = text if markup is None else markup
    assert pipe(width, lambda: plain.say(text, markup)) == rich_printed(width, markup)
    soft = pipe(width, lambda: plain.say(text, markup, soft_wrap=True))
    assert soft == rich_printed(width, markup, soft_wrap=True)


def test_a_plain_line_goes_without_rich(pipe, monkeypatch: pytest.MonkeyPatch) -> None:
    """A line Rich would write unchanged is written here: the console is not asked."""

    class Unused:
        def print(self, *args: object, **kwargs: object) -> None:
            raise AssertionError("printed through Rich")

    assert pipe(80, lambda: (monkeypatch.setattr(views, "console", Unused()), plain.say("ok", "ok"))) == "ok\n"


def rich_table(width: int, title: str, rows: list[list[str]]) -> str:
    """What ``output.print_table`` prints of a run's summary (cells as markup, as ``print_result`` gives them) on a
    pipe ``width`` columns wide."""
    console = Console(file=io.StringIO(), width=width, highlight=False)
    saved = consoles.console
    consoles.console = console
    try:
        marked = [[tid, colored(status), escape(detail)] for tid, status, detail in rows]
        output.print_table([Col("task", is_id=True), Col("status"), Col("detail")], marked, title=escape(title))
    finally:
        consoles.console = saved
    return console.file.getvalue()


WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789_-.—<>", min_size=1, max_size=40)


@settings(max_examples=150, deadline=None)
@given(
    words=st.lists(WORD, min_size=1, max_size=8),
    cells=st.lists(st.tuples(st.from_regex(r"[a-z][a-z0-9_-]{0,30}", fullmatch=True),
                             st.sampled_from(["succeeded", "failed", "skipped", "blocked"]),
                             st.text(alphabet="abc xyz.:-()…", max_size=60)), min_size=0, max_size=4),
    width=st.sampled_from([200, 80, 50, 30]),
)  # fmt: skip
def test_a_summary_table_is_what_rich_prints(words: list[str], cells: list[tuple[str, str, str]], width: int) -> None:
    """The summary table (title wrapped and folded over it) is Rich's own characters, or is left to Rich."""
    title = " ".join(words) + " — run run-20261203-071031-dcbb8e"
    rows = [list(row) for row in cells]
    written = io.StringIO()
    saved, plain_width = sys.stdout, plain.width
    sys.stdout, plain.width = written, lambda: width
    try:
        done = plain.print_table(["task", "status", "detail"], [True, False, False], rows, title)
    finally:
        sys.stdout, plain.width = saved, plain_width
    if done:
        assert written.getvalue() == rich_table(width, title, rows)
    else:
        assert written.getvalue() == ""


@pytest.mark.parametrize(
    ("title", "size"),
    [("ten-tasks — run run-20261203-071031-dcbb8e", 31), ("a" * 70 + " b", 31), ("x — run r", 31), ("ab cd", 2)],
)
def test_title_lines_as_rich_wraps_a_title(title: str, size: int) -> None:
    """Word-wrapped, a long word folded, each line padded to the table's width."""
    console = Console(file=io.StringIO(), width=size, highlight=False)
    console.print(title, justify="left", overflow="fold")
    assert "\n".join(plain.title_lines(title, size)) + "\n" == console.file.getvalue()


def test_a_pipe_has_a_plain_width_unless_told_otherwise(monkeypatch: pytest.MonkeyPatch) -> None:
    """A pipe (pytest's capture) has the console's width; none once the consoles are imported (as in this test),
    with FORCE_COLOR or TTY_COMPATIBLE, or on a terminal."""
    assert plain.width() is None  # the consoles are imported here
    monkeypatch.delitem(sys.modules, "genaiops.cli.consoles")
    for name in ("FORCE_COLOR", "TTY_COMPATIBLE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("COLUMNS", "77")
    assert plain.width() == 77
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert plain.width() is None
    monkeypatch.delenv("FORCE_COLOR")
    monkeypatch.setattr(plain, "is_terminal", lambda stream: True)
    assert plain.width() is None
