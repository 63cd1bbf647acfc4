"""Printing a long plain table fast: the same characters Rich prints, without Rich's per-cell layout.

Rich lays out every cell through its renderable pipeline (measure, wrap, pad, crop): about 1 ms a row for the
nine-column approvals table, so an inbox of 1,000 requests took a second to draw. When a table is in Rich's
default style (heavy head box, one space of padding, a bold header), every cell is plain one-line text and the
table fits the console unwrapped, the layout is fixed: each column as wide as its widest cell. ``print_table``
then writes those lines itself (byte for byte what Rich writes to a file or a pipe; on a terminal the header is
bold as Rich makes it); any other table is printed by Rich. To a file or a pipe a title (a run's summary) is
laid out by Rich as Rich lays out a table's title, over the lines written here (``_Titled``).

A default-style table whose cells wrap (wider than the console: ``scenario list``'s purposes), printed to a file or
a pipe, is drawn with Rich's own column widths and ``Text.wrap`` but boxed here (``_wrapped``), and stacked
``field: value`` lines (a table too wide for the terminal) are wrapped by Rich and written at once
(``print_fields``): Rich's render pipeline, cell by cell, was half of a cold ``scenario list``'s drawing.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from rich import box
from rich.cells import cell_len, set_cell_size
from rich.console import Console, ConsoleOptions
from rich.errors import MarkupError
from rich.segment import Segment
from rich.table import Column, Table
from rich.text import Span, Text

__all__ = ["emoji_code", "print_fields", "print_table"]


def print_table(console: Console, table: Table) -> None:
    """Print ``table`` as ``console.print(table)`` does, faster when it is plain (see the module docstring)."""
    titled = bool(table.title) and console.color_system is None and table.title_style is None
    columns = _plain_columns(table, titled)
    widths = None if columns is None else _widths(table, columns)
    if columns is None or widths is None or sum(widths) + 3 * len(widths) + 1 > console.width:
        wrapped = _wrapped(console, table)
        if wrapped is None:
            console.print(table)
        else:
            console.print(_Written(wrapped), soft_wrap=True)
        return
    text = _render(table, columns, widths, styled=console.color_system is not None)
    if titled:  # unstyled, so the text has no spans
        console.print(_Titled(table, sum(widths) + 3 * len(widths) + 1, _Written(text.plain + text.end)))
        return
    console.print(text if text.spans else _Written(text.plain + text.end), soft_wrap=True)


def print_fields(console: Console, fields: list[tuple[str, bool] | None]) -> None:
    """Print each ``(markup, soft_wrap)`` of ``fields`` as ``console.print(markup, soft_wrap=soft_wrap)`` does, and
    each None as ``console.print()``: to a console without colours (a file, a pipe) each field is read and
    wrapped by Rich (``Console.render_str``, ``Text.wrap``) and the whole written at once, without a render
    pipeline per field (a table too wide for the terminal is printed as such stacked fields)."""
    options = console.options
    if console.color_system is not None or options.legacy_windows:
        _print_each(console, fields)
        return
    out: list[str] = []
    try:
        for field in fields:
            if field is None:
                out.append("\n")
                continue
            text = console.render_str(field[0])
            if field[1]:  # soft wrap: neither wrapped nor cropped
                out.append(f"{text.plain}\n")
            else:
                lines = text.wrap(console, options.max_width, justify="default", overflow="fold")
                out.append("\n".join(line.plain for line in lines) + "\n")
    except MarkupError:
        _print_each(console, fields)  # Rich says so itself
        return
    console.print(_Written("".join(out)), soft_wrap=True)


def _print_each(console: Console, fields: list[tuple[str, bool] | None]) -> None:
    for field in fields:
        if field is None:
            console.print()
        else:
            console.print(field[0], soft_wrap=field[1])


class _Written:
    """Text Rich writes as it is: a console without colours (a file, a pipe) writes a table's text and nothing
    else, so the text is handed over whole rather than as a ``Text`` Rich splits into a line each (a thousand
    rows: a third of the inbox's time)."""

    def __init__(self, text: str) -> None:
        self.text = text

    def __rich_console__(self, console: Console, options: object) -> Iterator[Segment]:
        yield Segment(self.text)


class _Titled:
    """A table's title over its lines (``_Written``), the title laid out as Rich lays out a table's title: wrapped
    and justified to the table's width in the ``table.title`` style (no style without colours)."""

    def __init__(self, table: Table, width: int, lines: _Written) -> None:
        self.table, self.width, self.lines = table, width, lines

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> Iterator[Segment]:
        title = self.table.title
        text = console.render_str(title, style="table.title", highlight=False) if isinstance(title, str) else title
        at = options.update(width=self.width, highlight=self.table.highlight, height=None)
        yield from console.render(text, options=at.update(justify=self.table.title_justify))
        yield from self.lines.__rich_console__(console, options)


def _plain_columns(table: Table, titled: bool = False) -> list[list[str]] | None:
    """Each column's cells as strings, or None when the table or a cell needs Rich's own layout (a title only
    when ``titled``: ``_Titled`` draws it)."""
    if not _default_style(table, titled):
        return None
    columns = []
    for column in table.columns:
        if column.width or column.max_width or column.ratio or column.justify != "left":
            return None
        if column.style or column.header_style or not _plain(column.header):
            return None
        cells = [_cell(cell) for cell in column.cells]
        if any(cell is None for cell in cells):
            return None
        columns.append([column.header, *cells])  # type: ignore[list-item]
    return columns


def _default_style(table: Table, titled: bool) -> bool:
    """Is ``table`` in Rich's default style (heavy head box, one space of padding, a bold header, no title
    unless ``titled``)?"""
    return (
        table.box is box.HEAVY_HEAD and table.show_header and table.show_edge and table.pad_edge
        and not (table.expand or table.show_footer or table.show_lines or (table.title and not titled))
        and not table.caption
        and table.padding == (0, 1, 0, 1) and table.header_style == "table.header" and not table.row_styles
        and table.style in (None, "", "none") and not table.border_style and table.leading == 0 and table.width is None
        and all(row.style is None and not row.end_section for row in table.rows)
    )  # fmt: skip


def _wrapped(console: Console, table: Table) -> str | None:
    """The text of a default-style table whose cells wrap, as Rich writes it to a console without colours (a
    file, a pipe): the column widths by Rich's own measure (``Table._calculate_column_widths``), each cell
    wrapped by Rich's ``Text.wrap`` as its column says (fold, no wrap, min width), the lines padded and boxed as
    Rich's table does; None for anything else (colours, a title, a cell that is not one line of printable
    markup, a column with its own width, style or alignment), which Rich lays out. Rich's cell-by-cell render
    pipeline was half the drawing of ``scenario list``'s table (~45 M instructions of a cold list's ~844 M)."""
    options = console.options
    if console.color_system is not None or options.ascii_only or options.legacy_windows:
        return None
    if not _default_style(table, False) or table.collapse_padding or table.min_width or not table.columns:
        return None
    for column in table.columns:
        if column.width or column.max_width or column.ratio or column.justify != "left" or column.vertical != "top":
            return None
        if column.style or column.header_style or column.highlight:
            return None
        if not all(type(cell) is str and cell.isprintable() for cell in (column.header, *column.cells)):
            return None
    widths = table._calculate_column_widths(console, options.update_width(options.max_width - table._extra_width))
    if min(widths) < 3:
        return None  # a column without room for one character beside its padding: Rich's to draw
    try:
        cells = [
            [_cell_lines(console, cell, column, width) for cell in (column.header, *column.cells)]
            for column, width in zip(table.columns, widths, strict=True)
        ]
    except MarkupError:
        return None  # Rich says so itself
    rules = [("━" * w) for w in widths]
    lines = [f"┏{'┳'.join(rules)}┓"]
    for row in range(table.row_count + 1):
        edge = "┃" if row == 0 else "│"
        parts = [column[row] for column in cells]
        height = max(len(part) for part in parts)
        for part, w in zip(parts, widths, strict=True):  # the header aligned to the bottom, the rows to the top
            blank = [" " * w] * (height - len(part))
            part[:] = [*blank, *part] if row == 0 else [*part, *blank]
        lines += [f"{edge}{edge.join(line)}{edge}" for line in zip(*parts, strict=True)]
        if row == 0:
            lines.append(f"┡{'╇'.join(rules)}┩")
    lines.append(f"└{'┴'.join('─' * w for w in widths)}┘")
    return "\n".join(lines) + "\n"


def _cell_lines(console: Console, cell: str, column: Column, width: int) -> list[str]:
    """A cell's lines as a table cell renders them: its markup read as the console reads it, wrapped to the
    column's width less its padding, each line cropped or padded to that width, one space either side."""
    text = console.render_str(cell, highlight=False)
    inner = width - 2
    lines = text.wrap(console, inner, justify="left", overflow=column.overflow, no_wrap=column.no_wrap)
    return [f" {set_cell_size(line.plain, inner)} " for line in lines]


def _plain(cell: object) -> bool:
    """Text without markup: printable (so no newline, tab or escape), no ``[`` (``str.translate`` deleting
    those characters, as this once checked, cost more than the rest of the inbox's drawing) and no emoji code
    (``:smile:``, which Rich prints as its emoji; a time's colons, ``16:10:26``, are plain)."""
    return (
        type(cell) is str and cell.isprintable() and "[" not in cell
        and (cell.count(":") < 2 or not emoji_code(cell))
    )  # fmt: skip


_EMOJI_CODE = re.compile(r"(:(\S*?)(?:(?:\-)(emoji|text))?:)")
"""Rich's own pattern of an emoji code (``rich._emoji_replace``): Rich replaces a match whose name, lower-cased,
is one of its emoji, and leaves any other match as it is."""

_DIGIT_EMOJI = frozenset({"100", "1234"})
"""The names of Rich's emoji made of digits alone (tests/test_cli_fasttable.py checks them against Rich's table),
so that the digits between a time's colons are told apart without loading that table (3,600 names, ~2 ms)."""


def emoji_code(text: str) -> bool:
    """Whether Rich's markup would turn a part of ``text`` into an emoji (``:smile:``, ``:100:``, ``:+1:``)."""
    for match in _EMOJI_CODE.finditer(text):
        name = match.group(2).lower()
        if name.isascii() and name.isdigit():
            if name in _DIGIT_EMOJI:
                return True
            continue
        from rich._emoji_codes import EMOJI

        if name in EMOJI:
            return True
    return False


def _cell(cell: object) -> str | Text | None:
    """A one-line cell as text to lay out: plain text, or Rich markup (a coloured status) as a styled ``Text``;
    None when it needs Rich's own layout."""
    if _plain(cell):
        return cell  # type: ignore[return-value]
    if type(cell) is str and cell.isprintable():  # no newline, tab or escape
        return _markup(cell)
    return None


@functools.lru_cache(maxsize=512)
def _markup(cell: str) -> Text | None:
    """A markup cell as styled text (a status repeats on every row: parsed once); None when it is not markup."""
    try:
        return Text.from_markup(cell)
    except MarkupError:
        return None


def _widths(table: Table, columns: list[list[str]]) -> list[int] | None:
    widths = []
    for column, cells in zip(table.columns, columns, strict=True):
        widths.append(max(column.min_width or 0, *(_len(cell) for cell in cells)))
    return widths


def _render(table: Table, columns: list[list[str]], widths: list[int], styled: bool = True) -> Text:
    """The table's lines in the heavy-head box, the header cells bold (no styles unless ``styled``)."""
    rule = [("━" * (w + 2)) for w in widths]
    lines = [f"┏{'┳'.join(rule)}┓"]
    header = "┃" + "┃".join(f" {_pad(cells[0], w)} " for cells, w in zip(columns, widths, strict=True)) + "┃"
    lines += [header, f"┡{'╇'.join(rule)}┩"]
    text = Text("\n".join(lines) + "\n", end="\n")
    start = 1
    for w in widths if styled else ():  # the header line is the second: after the top rule and its newline
        at = len(lines[0]) + 1 + start
        text.stylize("bold", at, at + w + 2)
        start += w + 3
    pieces: list[str] = []
    spans: list[Span] = []
    at = len(text)
    for i in range(1, table.row_count + 1):  # plain strings and spans, joined once (Text.append a cell was slow)
        pieces.append("│")
        at += 1
        for column, w in zip(columns, widths, strict=True):
            cell = column[i]
            plain, pad = (cell if type(cell) is str else cell.plain), " " * (w - _len(cell)) + " │"
            if type(cell) is not str and styled:
                spans += _spans(cell, at + 1)  # type: ignore[arg-type]
            pieces += (" ", plain, pad)
            at += 1 + len(plain) + len(pad)  # characters, not cells: a wide character is one of them
        pieces.append("\n")
        at += 1
    pieces.append(f"└{'┴'.join('─' * (w + 2) for w in widths)}┘")
    text.append("".join(pieces))
    text.spans += spans
    return text


def _spans(cell: Text, offset: int) -> list[Span]:
    """The styles of a markup cell, moved to where the cell starts in the table's text."""
    whole = [Span(offset, offset + len(cell.plain), cell.style)] if cell.style else []
    return whole + [Span(s.start + offset, s.end + offset, s.style) for s in cell.spans]


def _len(cell: str | Text) -> int:
    return cell.cell_len if isinstance(cell, Text) else cell_len(cell)


def _pad(cell: str, width: int) -> str:
    return cell + " " * (width - cell_len(cell))
