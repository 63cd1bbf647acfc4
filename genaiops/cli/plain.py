"""Lines written to a file or a pipe without Rich, where Rich's console would write the very same characters.

Off a terminal, with no colours, the stdout console (``genaiops.cli.consoles``) writes a line's text alone: its
markup and emoji codes rendered, wrapped at the console's width. A line whose characters it would not change
(printable, each one cell wide, no ``[``, ``]``, backslash or word holding two colons, narrower than the width)
is therefore written here as it is, and a run's summary table (``print_table``: the heavy-head box of
``genaiops.cli.fasttable``, its title wrapped as Rich wraps a table's title) too: a resumed run then imports no
Rich (its console, markup and table were ~90 M of a resume's ~1,300 M instructions, cachegrind). Anything else,
any doubt, and a console already set up (imported: the typer application, or a test that replaced it) goes
through Rich as before. ``tests/test_cli_plain.py`` compares these lines with Rich's.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import Any

__all__ = ["console_width", "is_terminal", "print_table", "say", "title_lines", "width"]

ONE_CELL = frozenset("—…━╸┏┳┓┃┡╇┩│└┴┘─✗⊘⏸")
"""Characters beyond ASCII that these lines hold and Rich counts one cell wide (a test checks each with Rich)."""


def width() -> int | None:
    """The width the stdout console wraps at, when it writes a line's characters alone; None when it might write
    anything else (a terminal or one it is told is one, FORCE_COLOR, TTY_COMPATIBLE, Jupyter, Windows' own
    console rules, a stream that is not UTF-8) or is already set up (imported)."""
    import builtins

    if "genaiops.cli.consoles" in sys.modules or hasattr(builtins, "get_ipython") or sys.platform == "win32":
        return None
    if "FORCE_COLOR" in os.environ or "TTY_COMPATIBLE" in os.environ or is_terminal(sys.stdout):
        return None
    if not (getattr(sys.stdout, "encoding", None) or "utf-8").lower().startswith("utf"):
        return None
    return console_width()


def as_is(text: str, limit: int | None) -> bool:
    """Whether Rich writes ``text`` unchanged (markup and emoji codes rendered): one-cell printable characters,
    nothing its markup or emoji codes would change, and narrower than ``limit`` (None: never wrapped)."""
    if limit is not None and len(text) >= limit:
        return False
    if not all(c in ONE_CELL or (c.isascii() and c.isprintable()) for c in text):
        return False
    return not any(mark in text for mark in "[]\\") and not any(word.count(":") > 1 for word in text.split())


def say(text: str, markup: str, *, soft_wrap: bool = False) -> None:
    """Print ``markup`` as the stdout console prints it, whose characters are ``text``: written here when the
    console would write ``text`` as it is, else by the console."""
    limit = width()
    if limit is not None and as_is(text, None if soft_wrap else limit):
        sys.stdout.write(text + "\n")
        return
    from genaiops.cli import views

    views.rich_console().print(markup, soft_wrap=soft_wrap)


def print_table(headers: Sequence[str], ids: Sequence[bool], rows: list[list[str]], title: str) -> bool:
    """Write the table ``genaiops.cli.output.print_table`` prints of ``rows`` (the cells' characters, their markup
    rendered) under ``title`` (its characters), when the console would write them unchanged in the layout of
    ``genaiops.cli.fasttable`` (the table fits the console unwrapped); False, with nothing written, otherwise."""
    limit = width()
    if limit is None or not as_is(title, None) or "  " in title or title != title.strip():
        return False
    if not all(as_is(cell, None) for row in rows for cell in row):
        return False
    widths = [max([len(h)] + [len(row[i]) for row in rows]) for i, h in enumerate(headers)]
    table_width = sum(widths) + 3 * len(widths) + 1
    narrowest = sum(w if is_id else min(w, 6) for w, is_id in zip(widths, ids, strict=True))  # output._NARROWEST
    if narrowest + 3 * len(widths) + 1 > limit or table_width > limit:
        return False  # stacked lines, or Rich's own layout of a wrapped table
    lines = title_lines(title, table_width) + box_lines(headers, rows, widths)
    sys.stdout.write("\n".join(lines) + "\n")
    return True


def title_lines(title: str, size: int) -> list[str]:
    """``title`` laid out as Rich lays out a table's title over a table ``size`` cells wide (one-cell
    characters, single spaces between words): word-wrapped, a word longer than the width folded, each line
    padded to the width (justified left)."""
    breaks, offset, at = [], 0, 0
    for word in title.replace(" ", " \0").split("\0"):  # each word with the space after it, as Rich splits
        start, at = at, at + len(word)
        length = len(word.rstrip())
        if size - offset >= length:
            offset += len(word)
        elif length > size:  # folded across lines of the whole width
            pieces = [word[i : i + size] for i in range(0, len(word), size)]
            for i, piece in enumerate(pieces, 1):
                if start:
                    breaks.append(start)
                if i == len(pieces):
                    offset = len(piece)
                else:
                    start += len(piece)
        elif offset and start:
            breaks.append(start)
            offset = len(word)
    cuts = [0, *breaks, len(title)]
    lines = [title[a:b] for a, b in zip(cuts, cuts[1:], strict=False)]
    return [line[:size] if len(line) > size else line.ljust(size) for line in lines]


def box_lines(headers: Sequence[str], rows: list[list[str]], widths: list[int]) -> list[str]:
    """A table's lines in Rich's heavy-head box, one space of padding, each column ``widths`` wide."""
    rule = ["━" * (w + 2) for w in widths]
    header = "┃" + "┃".join(f" {h.ljust(w)} " for h, w in zip(headers, widths, strict=True)) + "┃"
    lines = [f"┏{'┳'.join(rule)}┓", header, f"┡{'╇'.join(rule)}┩"]
    lines += ["│" + "│".join(f" {c.ljust(w)} " for c, w in zip(row, widths, strict=True)) + "│" for row in rows]
    lines.append(f"└{'┴'.join('─' * (w + 2) for w in widths)}┘")
    return lines


def is_terminal(stream: Any) -> bool:
    """Whether Rich takes ``stream`` for a terminal when nothing in the environment says (its own test)."""
    isatty = getattr(stream, "isatty", None)
    try:
        return False if isatty is None else bool(isatty())
    except ValueError:
        return False


def console_width() -> int:
    """The width Rich gives a console with none set (``rich.console.Console.size`` off a terminal, on POSIX): the
    first standard stream's terminal size, else 80; COLUMNS, a number, wins."""
    found = None
    for descriptor in (0, 1, 2):
        try:
            found = os.get_terminal_size(descriptor).columns
        except (AttributeError, ValueError, OSError):
            continue
        break
    columns = os.environ.get("COLUMNS")
    if columns is not None and columns.isdigit():
        found = int(columns)
    return found or 80
