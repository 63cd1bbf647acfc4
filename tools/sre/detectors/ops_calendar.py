"""Calendar knowledge for the ops detector: the weeks after a daylight-saving change.

A series in a zone with daylight saving moves its whole day by an hour against UTC twice a year; the detector
is not told the zone, so on the weeks after any of the common rules' change dates (United States and Canada,
Europe, south-eastern Australia, New Zealand, Chile) a point may match the profile an hour earlier or later.
The dates are computed from the rules, never read from a clock.
"""

from __future__ import annotations

import datetime as dt

from genaiops.lazy import lazy_module

np = lazy_module("numpy")  # imported on first use

__all__ = ["after_dst_change", "dst_change_days", "points_since_change"]

DAY_S = 86_400


def _nth_sunday(year: int, month: int, nth: int) -> dt.date:
    """The ``nth`` Sunday of the month (1-based; -1 the last)."""
    if nth > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(6 - first.weekday()) % 7 + 7 * (nth - 1))
    last = dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - 6) % 7)


def dst_change_days(year: int) -> list[int]:
    """Days since 1970-01-01 of the year's daylight-saving changes under the common rules."""
    rules = (
        (3, 2),
        (11, 1),  # United States, Canada: second Sunday of March, first of November
        (3, -1),
        (10, -1),  # Europe: last Sunday of March and of October
        (4, 1),
        (10, 1),  # south-eastern Australia, New Zealand (ends): first Sunday of April, of October
        (9, -1),  # New Zealand (starts): last Sunday of September
        (9, 1),  # Chile (starts): first Sunday of September
    )
    epoch = dt.date(1970, 1, 1)
    return sorted({(_nth_sunday(year, month, nth) - epoch).days for month, nth in rules})


def after_dst_change(stamps_ms: np.ndarray, days: int) -> np.ndarray:
    """True for points from a day before a change date (a zone east of UTC changes on the UTC day before) to
    ``days`` days after it, while the profile still holds days of the other offset."""
    day = np.asarray(stamps_ms, dtype=np.int64) // 1000 // DAY_S
    if not len(day):
        return np.zeros(0, dtype=bool)
    first = dt.date(1970, 1, 1) + dt.timedelta(days=int(day[0]))
    last = dt.date(1970, 1, 1) + dt.timedelta(days=int(day[-1]))
    changes = [c for y in range(first.year - 1, last.year + 1) for c in dst_change_days(y)]
    near = np.unique(np.concatenate([np.arange(c - 1, c + days + 1) for c in changes]))
    return np.isin(day, near)


def points_since_change(stamps_ms: np.ndarray, per_day: int) -> np.ndarray:
    """Per point, how many points (of ``per_day`` a day) since the start of the latest UTC day on which a zone may
    have changed its clock (a change date, or the day before it for zones east of UTC); a large number where none
    is near."""
    stamps_ms = np.asarray(stamps_ms, dtype=np.int64)
    day = stamps_ms // 1000 // DAY_S
    if not len(day):
        return np.zeros(0, dtype=np.int64)
    first = dt.date(1970, 1, 1) + dt.timedelta(days=int(day[0]))
    last = dt.date(1970, 1, 1) + dt.timedelta(days=int(day[-1]))
    changes = [c for y in range(first.year - 1, last.year + 1) for c in dst_change_days(y)]
    starts = np.unique(np.array([d for c in changes for d in (c - 1, c)], dtype=np.int64)) * DAY_S * 1000
    at = np.searchsorted(starts, stamps_ms, side="right") - 1
    step = DAY_S * 1000 // per_day
    since = (stamps_ms - starts[np.maximum(at, 0)]) // step
    return np.where(at >= 0, since, np.iinfo(np.int64).max // 2)
