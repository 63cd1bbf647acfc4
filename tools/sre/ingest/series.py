"""The in-memory series every parser returns, and the cleaning rules (order, duplicates, NaNs, gaps)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Literal

from pydantic import BaseModel, Field

from genaiops.errors import ToolInputError
from genaiops.lazy import lazy_module

np = lazy_module("numpy")  # imported on first use: registering a tool or validating needs none

__all__ = [
    "DuplicatePolicy",
    "Gap",
    "MetricSeries",
    "NanPolicy",
    "Series",
    "clean_series",
    "find_gaps",
]

DuplicatePolicy = Literal["reject", "keep", "first", "last", "mean"]
NanPolicy = Literal["reject", "drop"]


@dataclass(frozen=True)
class Series:
    """A numeric series: UTC timestamps (``datetime64[ms]``, sorted after cleaning) and float values."""

    name: str
    timestamps: np.ndarray
    values: np.ndarray
    labels: dict[str, str] = field(default_factory=dict)
    lines: np.ndarray | None = None
    """Source line (1-based) of each point, when the format has lines; used to name the place of a problem."""

    def __len__(self) -> int:
        return len(self.values)

    def where(self, index: int) -> str:
        """``line 12`` when the source line is known, else ``point 12``."""
        if self.lines is not None:
            return f"line {int(self.lines[index])}"
        return f"point {index}"


class Gap(BaseModel, defer_build=True):
    """A stretch with no samples, longer than ``gap_factor`` times the series' usual step."""

    after: datetime
    before: datetime
    missing_steps: int


class MetricSeries(BaseModel, defer_build=True):
    """A series as tools exchange it: name, labels, UTC timestamps and values of the same length."""

    name: str
    labels: dict[str, str] = Field(default_factory=dict)
    timestamps: list[datetime]
    values: list[float]

    @classmethod
    def from_series(cls, series: Series) -> MetricSeries:
        millis = series.timestamps.astype("datetime64[ms]").astype(np.int64)
        stamps = [datetime.fromtimestamp(m / 1000.0, tz=UTC) for m in millis.tolist()]
        return cls(name=series.name, labels=series.labels, timestamps=stamps, values=series.values.tolist())

    def to_series(self) -> Series:
        """The numpy form; naive timestamps are taken as UTC. Lengths must match and the series be non-empty."""
        if len(self.timestamps) != len(self.values):
            raise ToolInputError(
                f"series {self.name!r}: {len(self.timestamps)} timestamps but {len(self.values)} values; "
                "give one value per timestamp"
            )
        millis = [_to_millis(t) for t in self.timestamps]
        stamps = np.array(millis, dtype=np.int64).astype("datetime64[ms]")
        return Series(self.name, stamps, np.asarray(self.values, dtype=np.float64), dict(self.labels))


def _to_millis(stamp: datetime) -> int:
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=UTC)
    return round(stamp.timestamp() * 1000)


def clean_series(
    series: Series, *, duplicates: DuplicatePolicy = "reject", nan: NanPolicy = "drop"
) -> tuple[Series, list[str]]:
    """Sort by time, apply the NaN and duplicate policies, and say what was changed (one note per change)."""
    if len(series) == 0:
        raise ToolInputError(f"series {series.name!r} is empty: it needs at least one timestamped value")
    notes: list[str] = []
    series = _apply_nan_policy(series, nan, notes)
    order = np.argsort(series.timestamps, kind="stable")
    if np.any(order != np.arange(len(order))):
        notes.append(f"{series.name}: timestamps were out of order; sorted them")
        series = _take(series, order)
    series = _apply_duplicate_policy(series, duplicates, notes)
    return series, notes


def _apply_nan_policy(series: Series, nan: NanPolicy, notes: list[str]) -> Series:
    bad = ~np.isfinite(series.values)
    if not bad.any():
        return series
    first = int(np.flatnonzero(bad)[0])
    if nan == "reject":
        raise ToolInputError(
            f"series {series.name!r}: {int(bad.sum())} missing or non-finite values, the first at "
            f"{series.where(first)} ({series.values[first]!r}); fix the source or pass nan='drop'"
        )
    notes.append(f"{series.name}: dropped {int(bad.sum())} NaN/Inf values (first at {series.where(first)})")
    kept = _take(series, np.flatnonzero(~bad))
    if len(kept) == 0:
        raise ToolInputError(f"series {series.name!r} has no finite value: every value is NaN or Inf")
    return kept


def _apply_duplicate_policy(series: Series, duplicates: DuplicatePolicy, notes: list[str]) -> Series:
    same = series.timestamps[1:] == series.timestamps[:-1]
    if not same.any():
        return series
    first = int(np.flatnonzero(same)[0]) + 1
    if duplicates == "keep":
        notes.append(f"{series.name}: kept {int(same.sum())} duplicate timestamps (first at {series.where(first)})")
        return series
    if duplicates == "reject":
        raise ToolInputError(
            f"series {series.name!r}: {int(same.sum())} duplicate timestamps, the first "
            f"{series.timestamps[first]} at {series.where(first)}; remove them or pass duplicates='keep', "
            "'first', 'last' or 'mean'"
        )
    starts = np.flatnonzero(np.append(True, ~same))
    if duplicates == "first":
        index = starts
    elif duplicates == "last":
        index = np.append(starts[1:] - 1, len(series) - 1)
    else:
        sums = np.add.reduceat(series.values, starts)
        counts = np.diff(np.append(starts, len(series)))
        merged = _take(series, starts)
        notes.append(f"{series.name}: averaged {int(same.sum())} duplicate timestamps")
        return Series(merged.name, merged.timestamps, sums / counts, merged.labels, merged.lines)
    notes.append(f"{series.name}: kept the {duplicates} of {int(same.sum())} duplicate timestamps")
    return _take(series, index)


def _take(series: Series, index: np.ndarray) -> Series:
    lines = None if series.lines is None else series.lines[index]
    return Series(series.name, series.timestamps[index], series.values[index], series.labels, lines)


def find_gaps(series: Series, gap_factor: float = 1.5) -> list[Gap]:
    """Stretches longer than ``gap_factor`` times the median step. Gaps are reported, never filled."""
    if len(series) < 3:
        return []
    steps = np.diff(series.timestamps.astype(np.int64))
    usual = float(np.median(steps))
    if usual <= 0:
        return []
    gaps = []
    for i in np.flatnonzero(steps > gap_factor * usual).tolist():
        after, before = (int(series.timestamps[k].astype(np.int64)) for k in (i, i + 1))
        gaps.append(
            Gap(
                after=datetime.fromtimestamp(after / 1000.0, tz=UTC),
                before=datetime.fromtimestamp(before / 1000.0, tz=UTC),
                missing_steps=round(steps[i] / usual) - 1,
            )
        )
    return gaps
