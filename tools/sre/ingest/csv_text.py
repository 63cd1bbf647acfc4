"""CSV text (``timestamp,value`` with a header, as NAB ships its series) -> :class:`Series`."""

from __future__ import annotations

import csv
import io
from datetime import UTC, tzinfo

from genaiops.errors import ToolInputError, did_you_mean
from genaiops.lazy import lazy_module
from genaiops.tools.sre.ingest.series import Series
from genaiops.tools.sre.ingest.timestamps import parse_timestamps

np = lazy_module("numpy")  # imported on first use: registering a tool or validating needs none

__all__ = ["parse_csv"]

_MISSING = {"", "nan", "NaN", "NA", "null", "None"}


def parse_csv(
    text: str,
    *,
    name: str = "series",
    timestamp_column: str = "timestamp",
    value_column: str = "value",
    zone: tzinfo = UTC,
) -> Series:
    """Parse a CSV with a header row naming ``timestamp_column`` and ``value_column`` (other columns ignored).

    Empty values and ``nan``/``NA``/``null`` become NaN (the cleaning policy decides what to do with them);
    anything else that is not a number is an error naming its line.
    """
    rows = list(csv.reader(io.StringIO(text)))
    rows = [r for r in rows if r and any(cell.strip() for cell in r)]
    if not rows:
        raise ToolInputError(f"{name}: the CSV is empty; expected a header '{timestamp_column},{value_column}'")
    t_col, v_col = _columns(rows[0], name, timestamp_column, value_column)
    body = rows[1:]
    if not body:
        raise ToolInputError(f"{name}: the CSV has a header but no data rows; the series is empty")
    line_numbers = _line_numbers(text, len(body))
    width = max(t_col, v_col) + 1
    for row, line in zip(body, line_numbers, strict=True):
        if len(row) < width:
            raise ToolInputError(
                f"{name}: line {line} has {len(row)} field(s), expected at least {width} "
                f"('{timestamp_column}' and '{value_column}'): {','.join(row)!r}"
            )
    places = [f"{name}: line {n}, field {timestamp_column!r}" for n in line_numbers]
    stamps = parse_timestamps([r[t_col] for r in body], places, zone)
    values = _values([r[v_col] for r in body], line_numbers, name, value_column)
    return Series(name, stamps, values, lines=np.asarray(line_numbers, dtype=np.int64))


def _columns(header: list[str], name: str, timestamp_column: str, value_column: str) -> tuple[int, int]:
    fields = [h.strip().lstrip("\ufeff") for h in header]
    found = []
    for wanted, option in ((timestamp_column, "timestamp_column"), (value_column, "value_column")):
        if wanted not in fields:
            raise ToolInputError(
                f"{name}: line 1: no column {wanted!r} in the header {','.join(fields)!r}"
                f"{did_you_mean(wanted, fields)}; rename the column or pass {option}=<its name>"
            )
        found.append(fields.index(wanted))
    return found[0], found[1]


def _line_numbers(text: str, count: int) -> list[int]:
    """1-based source line of each data row (blank lines skipped, as the reader does)."""
    lines = [i + 1 for i, line in enumerate(text.splitlines()) if line.strip() and line.strip(",").strip()]
    return lines[1 : count + 1] if len(lines) > count else list(range(2, count + 2))


def _values(cells: list[str], lines: list[int], name: str, column: str) -> np.ndarray:
    try:
        return np.asarray(cells, dtype=np.float64)
    except ValueError:
        pass
    values = np.empty(len(cells))
    for i, cell in enumerate(cells):
        cell = cell.strip()
        if cell in _MISSING:
            values[i] = np.nan
            continue
        try:
            values[i] = float(cell)
        except ValueError:
            raise ToolInputError(
                f"{name}: line {lines[i]}, field {column!r}: {cell!r} is not a number; "
                "write a decimal number, or leave it empty for a missing value"
            ) from None
    return values
