"""How read commands print: a table for people, or JSON / YAML for scripts (``--output``, ``-o``).

A table never cuts an id (runs, approvals, tasks): id columns keep their whole width and other columns wrap; when
the terminal is too narrow even for that, each row is printed as ``field: value`` lines instead, ids whole.
JSON and YAML documents (their shapes: ``genaiops.cli.shapes``) go alone to stdout, without colour.
"""

from __future__ import annotations

import functools
import json
import sys
from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class Format(StrEnum):
    table = "table"
    json = "json"
    yaml = "yaml"


def __getattr__(name: str) -> Any:
    """``OutputOption``, the typer option of ``--output``/``-o``: built on first use, so that the fast read path
    (``genaiops.cli.lite``), which prints through this module, does not import typer."""
    if name != "OutputOption":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from typing import Annotated

    import typer

    option = Annotated[
        Format,
        typer.Option(
            "--output",
            "-o",
            case_sensitive=False,
            help="table (for people), json or yaml (for scripts: stable field names, ISO times, whole ids).",
        ),
    ]
    globals()["OutputOption"] = option
    return option


def emit(data: Any, fmt: Format) -> None:
    """``data`` as one JSON or YAML document on stdout (and nothing else there)."""
    plain = json.loads(json.dumps(data, ensure_ascii=False, default=str))
    if fmt is Format.yaml:
        import yaml

        text = yaml.safe_dump(plain, sort_keys=False, allow_unicode=True, default_flow_style=False, width=10**9)
    else:
        text = json.dumps(plain, indent=2, ensure_ascii=False) + "\n"
    sys.stdout.write(text)
    sys.stdout.flush()


_COLORS = {
    "succeeded": "green",
    "failed": "red",
    "rejected": "red",
    "blocked": "red",
    "paused": "yellow",
    "waiting": "yellow",
    "skipped": "dim",
    "cancelled": "magenta",
    "running": "cyan",
    "orphaned": "bold magenta",
    "pending": "white",
}


def colored(status: str) -> str:
    """A status in its colour (rich markup)."""
    return f"[{_COLORS.get(status, 'white')}]{status}[/]"


@dataclass(frozen=True, slots=True)
class Col:
    """A table column; ``is_id`` columns are never cut nor wrapped (their values are copied into commands), nor are
    ``whole`` ones (a time stamp folded over four lines cannot be read)."""

    header: str
    is_id: bool = False
    whole: bool = False

    @property
    def kept(self) -> bool:
        """Never cut nor wrapped: the table gives way to ``field: value`` lines first."""
        return self.is_id or self.whole


_NARROWEST = 6
"""Characters a wrapping column needs at least for a table to be worth drawing."""


def _width(value: str) -> int:
    if "[" not in value and value.count(":") < 2:  # no markup and no :emoji: code: the characters as they are
        from rich.cells import cell_len

        return max((cell_len(line) for line in value.splitlines()), default=0)
    return _markup_width(value)


@functools.lru_cache(maxsize=512)
def _markup_width(value: str) -> int:
    """The widest line of ``value`` once its markup is rendered (a coloured status repeats on every row)."""
    from rich.text import Text

    return max((Text.from_markup(line).cell_len for line in value.splitlines()), default=0)


def print_table(cols: list[Col], rows: list[list[str]], title: str | None = None) -> None:
    """Rows (rich markup, escaped by the caller) as a table, ids whole; stacked ``field: value`` lines when
    the terminal cannot fit the ids beside the other columns."""
    from genaiops.cli.consoles import console  # Rich: imported by the commands that print through it

    widths = [max([len(c.header)] + [_width(r[i]) for r in rows]) for i, c in enumerate(cols)]
    needed = sum(w if c.kept else min(w, _NARROWEST) for c, w in zip(cols, widths, strict=True))
    if needed + 3 * len(cols) + 1 <= console.width:
        _draw(cols, rows, widths, title)
        return
    from genaiops.cli.fasttable import print_fields

    fields: list[tuple[str, bool] | None] = [(f"[bold]{title}[/]", True)] if title else []
    for row in rows:
        fields += [(f"[bold]{col.header}[/]: {value}", col.kept) for col, value in zip(cols, row, strict=True)]
        fields.append(None)
    print_fields(console, fields)


def _draw(cols: list[Col], rows: list[list[str]], widths: list[int], title: str | None) -> None:
    from rich.table import Table

    table = Table(*(c.header for c in cols), title=title, title_justify="left")
    for col, column, width in zip(cols, table.columns, widths, strict=True):
        if col.kept:
            column.no_wrap, column.min_width = True, width
        else:
            column.overflow = "fold"
    for row in rows:
        table.add_row(*row)
    from genaiops.cli.consoles import console
    from genaiops.cli.fasttable import print_table as print_fast

    print_fast(console, table)  # Rich's own layout took ~1 s for 1,000 rows; the same characters, at once
