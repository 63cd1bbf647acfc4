"""Tables: tabular data in (CSV, Parquet, scikit-learn's bundled sets), fingerprint, canonical snapshot.

A ``Table`` is numeric features (float64, named columns) plus one target column. Its *snapshot* is a canonical
byte encoding (header JSON + little-endian arrays), so equal data gives equal bytes and the snapshot's
sha256 is the dataset's identity: every result that used the data carries it for lineage.
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import io
import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Protocol

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
    return _MAGIC + json.dumps(header, sort_keys=True).encode() + b"\n" + body + tail


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


def _parse_float(text: str, column: str, row: int) -> float:
    """A feature cell as a number; errors name the row and column, never the cell's content (data may be
    confidential, and errors are stored and shown)."""
    if not text.strip():
        raise ToolInputError(f"column {column!r}, row {row}: the cell is empty; impute it first or drop the row")
    try:
        value = float(text)
    except ValueError:
        raise ToolInputError(
            f"column {column!r}, row {row}: the cell is not a number; features must be numeric "
            "(encode categories as numbers first, or drop the column)"
        ) from None
    if math.isnan(value) or math.isinf(value):
        raise ToolInputError(f"column {column!r}, row {row}: the cell is NaN or infinite; impute it first")
    return value


def table_from_rows(
    header: list[str], rows: list[list[str]], target: str | None, source: str, task: Task | None = None
) -> Table:
    """Build a table from string cells (CSV): features must be numeric, the target may be labels.
    Without a target the table is unlabeled (for scoring and drift checks)."""
    if target is not None and target not in header:
        raise ToolInputError(
            f"{source}: there is no target column {target!r}{did_you_mean(target, header)}; the columns are {header}"
        )
    if not rows:
        raise ToolInputError(f"{source}: the file has a header but no rows")
    t = header.index(target) if target is not None else -1
    features = [c for i, c in enumerate(header) if i != t]
    _refuse_empty_columns(header, rows, t, source)
    x = np.empty((len(rows), len(features)), dtype=np.float64)
    labels = []
    for r, cells in enumerate(rows, start=2):
        if len(cells) != len(header):
            raise ToolInputError(f"{source}: row {r} has {len(cells)} cells, the header has {len(header)}")
        cols = [cells[i] for i in range(len(header)) if i != t]
        x[r - 2] = [_parse_float(v, features[j], r) for j, v in enumerate(cols)]
        if t >= 0:
            if not cells[t].strip():
                raise _unlabeled_row(source, target, r, rows, t)
            labels.append(cells[t])
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


def _refuse_empty_columns(header: list[str], rows: list[list[str]], t: int, source: str) -> None:
    """A feature column with no value in any row: dropping rows (the advice for an empty cell) would drop them all."""
    for i, column in enumerate(header):
        if i != t and not any(len(cells) > i and cells[i].strip() for cells in rows):
            raise ToolInputError(
                f"{source}: column {column!r} is empty in every row ({len(rows)} rows); drop the column from the file"
            )


def _unlabeled_row(source: str, target: str, row: int, rows: list[list[str]], t: int) -> ToolInputError:
    """An empty target cell: it would become a class of its own (or a NaN), so it is refused with the count."""
    empty = sum(1 for cells in rows if len(cells) > t and not cells[t].strip())
    return ToolInputError(
        f"{source}: column {target!r} (the target), row {row}: the label is empty ({empty} of {len(rows)} rows "
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
            reader = _read_csv(file, path)
            if not reader:
                raise ToolInputError(f"{path}: the file is empty")
            _refuse_other_separators(reader[0], path)
            return table_from_rows(reader[0], [r for r in reader[1:] if r], target, path, task)
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


def _read_csv(file: Path, path: str) -> list[list[str]]:
    """The CSV's rows of cells; a file that is not UTF-8 or not CSV is an error naming the line, not its text."""
    try:
        text = file.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ToolInputError(f"{path}: not UTF-8 text (byte {exc.start}); save it as UTF-8") from None
    reader = csv.reader(io.StringIO(text), strict=True)
    try:
        return list(reader)
    except csv.Error:
        raise ToolInputError(f"{path}, line {reader.line_num}: malformed CSV; check the quoting on that line") from None
