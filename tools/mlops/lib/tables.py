"""Tables: tabular data in (CSV, Parquet, scikit-learn's bundled sets), fingerprint, canonical snapshot.

A ``Table`` is numeric features (float64, named columns) plus one target column. Its *snapshot* is a canonical
byte encoding (header JSON + little-endian arrays), so equal data gives equal bytes and the snapshot's
sha256 is the dataset's identity: every result that used the data carries it for lineage.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import hashlib
import json
from array import array
from collections.abc import Generator, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, NoReturn, Protocol

from pydantic import BaseModel

from genaiops.errors import ToolInputError, did_you_mean
from genaiops.lazy import lazy_module

np = lazy_module("numpy")  # imported on first use: registering a tool or validating needs none

__all__ = [
    "BUNDLED_DATASETS",
    "ColumnSchema",
    "DataSource",
    "DatasetFingerprint",
    "LocalDataSource",
    "Table",
    "Kind",
    "Task",
    "decode_table",
    "encode_table",
    "load_bundled",
    "table_from_rows",
]

Task = Literal["classification", "regression"]
Kind = Literal["classification", "regression", "unlabeled"]
"""What a table is for: a model task, or ``unlabeled`` (features only: scoring and drift, not training)."""
BUNDLED_DATASETS: dict[str, Task] = {
    "iris": "classification",
    "wine": "classification",
    "breast_cancer": "classification",
    "digits": "classification",
    "diabetes": "regression",
}
_MAGIC = b"GENAIOPS-TABLE/1\n"


class ColumnSchema(BaseModel, defer_build=True):
    name: str
    dtype: str


class DatasetFingerprint(BaseModel, defer_build=True):
    """What identifies a dataset: the sha256 of its canonical snapshot, its schema and its size."""

    dataset_id: str
    source: str
    target: str
    task: Kind
    rows: int
    features: list[ColumnSchema]
    target_dtype: str
    classes: list[str] | None = None


@dataclass(frozen=True)
class Table:
    """Numeric features ``x`` (rows x columns, float64) and the target ``y`` (float64 or str labels; empty when
    the table is unlabeled)."""

    columns: tuple[str, ...]
    x: np.ndarray
    y: np.ndarray
    target: str
    task: Kind
    source: str = ""

    @property
    def rows(self) -> int:
        return int(self.x.shape[0])

    def fingerprint(self) -> DatasetFingerprint:
        snapshot = encode_table(self)
        classes = sorted({str(v) for v in self.y}) if self.task == "classification" else None
        return DatasetFingerprint(
            dataset_id=hashlib.sha256(snapshot).hexdigest(),
            source=self.source,
            target=self.target,
            task=self.task,
            rows=self.rows,
            features=[ColumnSchema(name=c, dtype="float64") for c in self.columns],
            target_dtype="none" if not self.labeled else "str" if self.y.dtype.kind in "US" else "float64",
            classes=classes,
        )

    @property
    def labeled(self) -> bool:
        return self.task != "unlabeled"

    def with_rows(self, index: np.ndarray) -> Table:
        y = self.y[index] if self.labeled else self.y
        return Table(self.columns, self.x[index], y, self.target, self.task, self.source)


def encode_table(table: Table) -> bytes:
    """The canonical snapshot: equal tables give equal bytes (hence equal dataset ids)."""
    labels = table.y.dtype.kind in "US"
    header = {
        "columns": list(table.columns),
        "target": table.target,
        "task": table.task,
        "rows": table.rows,
        "y": "str" if labels else "f8",
    }
    body = np.ascontiguousarray(table.x, dtype="<f8").tobytes()
    tail = json.dumps([str(v) for v in table.y]).encode() if labels else table.y.astype("<f8").tobytes()
    return b"".join((_MAGIC, json.dumps(header, sort_keys=True).encode(), b"\n", body, tail))


def decode_table(data: bytes, source: str = "") -> Table:
    """Read a snapshot written by ``encode_table``."""
    if not data.startswith(_MAGIC):
        raise ToolInputError("this artifact is not a dataset snapshot (load the data with load_dataset first)")
    head_end = data.index(b"\n", len(_MAGIC))
    header = json.loads(data[len(_MAGIC) : head_end])
    rows, cols = header["rows"], len(header["columns"])
    start = head_end + 1
    stop = start + rows * cols * 8
    x = np.frombuffer(data[start:stop], dtype="<f8").reshape(rows, cols).astype(np.float64)
    y = np.array(json.loads(data[stop:])) if header["y"] == "str" else np.frombuffer(data[stop:], dtype="<f8")
    return Table(tuple(header["columns"]), x, y.copy(), header["target"], header["task"], source)


def load_bundled(name: str) -> Table:
    """One of scikit-learn's bundled datasets (shipped inside the package: nothing is downloaded)."""
    import sklearn.datasets as skd

    if name not in BUNDLED_DATASETS:
        raise ToolInputError(
            f"unknown bundled dataset {name!r}{did_you_mean(name, BUNDLED_DATASETS)}; "
            f"choose from {sorted(BUNDLED_DATASETS)} or give a .csv/.parquet path"
        )
    bunch = getattr(skd, f"load_{name}")()
    task = BUNDLED_DATASETS[name]
    y = bunch.target.astype(str) if task == "classification" else bunch.target.astype(np.float64)
    columns = tuple(str(c) for c in bunch.feature_names)
    return Table(columns, np.asarray(bunch.data, dtype=np.float64), y, "target", task, f"sklearn:{name}")


def _infer_task(y: np.ndarray) -> Task:
    if y.dtype.kind in "US":
        return "classification"
    values = np.unique(y)
    integral = bool(np.all(np.equal(np.mod(values, 1), 0)))
    return "classification" if integral and len(values) <= 20 else "regression"


def table_from_rows(
    header: list[str], rows: Iterable[list[str]], target: str | None, source: str, task: Task | None = None
) -> Table:
    """Build a table from string cells (CSV): features must be numeric, the target may be labels.
    Without a target the table is unlabeled (for scoring and drift checks). ``rows`` is read once, as it
    comes: a file's rows are never all held as text (8 bytes a number, one reference a label). Errors number
    the rows from 2 (the header is row 1)."""
    return _table_from_lines(header, enumerate(rows, start=2), target, source, task)


def _table_from_lines(
    header: list[str], rows: Iterable[tuple[int, list[str]]], target: str | None, source: str, task: Task | None
) -> Table:
    """``table_from_rows`` over rows numbered by their line in the file (blank lines and multi-line cells
    leave gaps), which errors name."""
    if target is not None and target not in header:
        raise ToolInputError(
            f"{source}: there is no target column {target!r}{did_you_mean(target, header)}; the columns are {header}"
        )
    t = header.index(target) if target is not None else -1
    keep = [i for i in range(len(header)) if i != t]
    features = [header[i] for i in keep]
    numbers = array("d")
    labels: list[str] = []
    interned: dict[str, str] = {}
    rest = iter(rows)
    count = 0
    shifts: list[tuple[int, int]] = []  # (row index, its line - index) where that difference changes
    for r, cells in rest:
        if not shifts or shifts[-1][1] != r - count:
            shifts.append((count, r - count))
        count += 1
        if len(cells) != len(header):
            raise ToolInputError(f"{source}: row {r} has {len(cells)} cells, the header has {len(header)}")
        try:
            numbers.extend([float(cells[i]) for i in keep])
        except ValueError:
            _raise_bad_cell(cells, keep, header, r, count == 1, rest, source)
        if t >= 0:
            if not cells[t].strip():
                raise _unlabeled_row(source, header[t], r, count, rest, t)
            labels.append(interned.setdefault(cells[t], cells[t]))
    if not count:
        raise ToolInputError(f"{source}: the file has a header but no rows")
    x = np.array(numbers, dtype=np.float64).reshape(count, len(features))
    del numbers
    if not np.isfinite(x).all():
        row, col = (int(v) for v in np.argwhere(~np.isfinite(x))[0])
        line = row + next(delta for first, delta in reversed(shifts) if first <= row)
        raise ToolInputError(
            f"{source}: column {features[col]!r}, row {line}: the cell is NaN or infinite; impute it first"
        )
    if target is None:
        return Table(tuple(features), x, np.empty(0), "", "unlabeled", source)
    y = np.array(labels)
    with contextlib.suppress(ValueError):
        y = y.astype(np.float64)
    task = task or _infer_task(y)
    if task == "classification" and y.dtype.kind == "f":
        y = np.array([f"{v:g}" for v in y])
    elif task == "regression" and y.dtype.kind in "US":
        raise ToolInputError(f"{source}: target {target!r} has non-numeric values; regression needs numbers")
    return Table(tuple(features), x, y, target, task, source)


def _raise_bad_cell(
    cells: list[str],
    keep: list[int],
    header: list[str],
    row: int,
    first: bool,
    rest: Iterator[tuple[int, list[str]]],
    source: str,
) -> NoReturn:
    """The first cell of ``cells`` that is not a number, named by column and row (never quoted: data may be
    confidential). An empty cell in the first row may be a column empty in every row: the rows left say."""
    for i in keep:
        text = cells[i]
        if not text.strip():
            if first:
                _refuse_empty_column(header[i], i, rest, source)
            raise ToolInputError(
                f"{source}: column {header[i]!r}, row {row}: the cell is empty; impute it first or drop the row"
            )
        try:
            float(text)
        except ValueError:
            raise ToolInputError(
                f"{source}: column {header[i]!r}, row {row}: the cell is not a number; features must be numeric "
                "(encode categories as numbers first, or drop the column)"
            ) from None
    raise AssertionError("a row that failed to parse has no bad cell")  # pragma: no cover


def _refuse_empty_column(column: str, i: int, rest: Iterator[tuple[int, list[str]]], source: str) -> None:
    """A column empty in the first row and in every row left: dropping rows (the advice for an empty cell) would
    drop them all."""
    total, filled = 1, False
    for _, cells in rest:
        total += 1
        filled = filled or (len(cells) > i and bool(cells[i].strip()))
    if not filled:
        raise ToolInputError(
            f"{source}: column {column!r} is empty in every row ({total} rows); drop the column from the file"
        )


def _unlabeled_row(
    source: str, target: str, row: int, seen: int, rest: Iterator[tuple[int, list[str]]], t: int
) -> ToolInputError:
    """An empty target cell: it would become a class of its own (or a NaN), so it is refused with the count
    (the rows before it had labels; the rows left are counted)."""
    empty, total = 1, seen
    for _, cells in rest:
        total += 1
        empty += len(cells) > t and not cells[t].strip()
    return ToolInputError(
        f"{source}: column {target!r} (the target), row {row}: the label is empty ({empty} of {total} rows "
        "have none); label those rows or drop them, or load the file without a target to score it"
    )


class DataSource(Protocol):
    """Reads tabular files for ``load_dataset`` (the tool does no I/O itself)."""

    def read(self, path: str, target: str | None, task: Task | None = None) -> Table: ...


class LocalDataSource:
    """Reads CSV and Parquet files: absolute paths, or relative to ``root``. It does not confine: ``load_dataset``
    hands it only paths the ``data_roots`` resource resolved."""

    def __init__(self, root: str | Path = ".") -> None:
        self.root = Path(root)

    def read(self, path: str, target: str | None, task: Task | None = None) -> Table:
        file = Path(path) if Path(path).is_absolute() else self.root / path
        if not file.is_file():
            raise ToolInputError(
                f"no data file at {str(file)!r}{did_you_mean(path, BUNDLED_DATASETS)}; give a .csv/.parquet "
                f"path or a bundled dataset ({', '.join(sorted(BUNDLED_DATASETS))})"
            )
        suffix = file.suffix.lower()
        if suffix == ".csv":
            rows = _csv_rows(file, path)
            try:
                _, header = next(rows, (0, None))
                if header is None:
                    raise ToolInputError(f"{path}: the file is empty")
                if not any(cell.strip() for cell in header):
                    _refuse_blank_first_line(rows, path)
                _refuse_other_separators(header, path)
                return _table_from_lines(header, ((n, r) for n, r in rows if r), target, path, task)
            finally:
                rows.close()
        if suffix in (".parquet", ".pq"):
            return self._read_parquet(file, path, target, task)
        raise ToolInputError(f"{path}: unsupported file type {suffix!r}; use .csv or .parquet")

    def _read_parquet(self, file: Path, path: str, target: str | None, task: Task | None) -> Table:
        try:
            import pyarrow.parquet as pq
        except ImportError:
            raise ToolInputError(f"{path}: reading Parquet needs pyarrow (pip install pyarrow)") from None
        try:
            data = pq.read_table(file).to_pydict()
        except Exception:  # pyarrow's messages may quote the file's bytes: name the file, not its content
            raise ToolInputError(f"{path}: not a readable Parquet file; check that it was written completely") from None
        header = list(data)
        rows = [["" if v is None else str(v) for v in row] for row in zip(*data.values(), strict=True)]
        return table_from_rows(header, rows, target, path, task)


def _refuse_blank_first_line(rows: Iterator[tuple[int, list[str]]], path: str) -> NoReturn:
    """A blank first line would be read as a header of no columns (and every error after it would be about a
    missing target): name line 1, the line the header is on, and the fix."""
    found = next((n for n, cells in rows if any(cell.strip() for cell in cells)), None)
    where = f" (the header is on line {found})" if found else " (no line of the file has any text)"
    raise ToolInputError(
        f"{path}, line 1: the line is blank, but the header (the column names) must be the file's first line; "
        f"delete the blank line(s) before it{where}"
    )


def _refuse_other_separators(header: list[str], path: str) -> None:
    """A header read as one column that holds ';', tab or '|' is a file separated by that character (a
    spreadsheet's export in many locales): say so, rather than that the target column is missing."""
    if len(header) != 1:
        return
    for sep, name in ((";", "semicolons"), ("\t", "tabs"), ("|", "'|'")):
        if sep in header[0]:
            raise ToolInputError(
                f"{path}, line 1: the columns are separated by {name}, not commas; load_dataset reads "
                "comma-separated CSV with '.' as the decimal point: export the file as CSV with commas "
                "(or convert it, e.g. with pandas: read_csv(sep=';', decimal=',').to_csv(index=False))"
            )


def _csv_rows(file: Path, path: str) -> Generator[tuple[int, list[str]], None, None]:
    """The CSV's rows of cells with the line each starts on, read as they come; a file that is not UTF-8 or
    not CSV is an error naming the byte or the line, not its text."""
    with file.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle, strict=True)
        try:
            line = 1
            for cells in reader:
                yield line, cells
                line = reader.line_num + 1
        except UnicodeDecodeError:
            raise ToolInputError(f"{path}: not UTF-8 text (byte {_first_bad_byte(file)}); save it as UTF-8") from None
        except csv.Error:
            raise ToolInputError(
                f"{path}, line {reader.line_num}: malformed CSV; check the quoting on that line"
            ) from None


def _first_bad_byte(file: Path) -> int:
    """The offset of the first byte of ``file`` that is not UTF-8 (read in chunks)."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    offset = 0
    with file.open("rb") as handle:
        while True:
            chunk = handle.read(1 << 20)
            pending = len(decoder.getstate()[0])
            try:
                decoder.decode(chunk, final=not chunk)
            except UnicodeDecodeError as exc:
                return offset - pending + exc.start
            if not chunk:
                return offset
            offset += len(chunk)
