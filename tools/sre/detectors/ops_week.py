"""The ops detector's week: which days a series keeps as its weekend, learned online from the series itself.

The detector is not told a series' country or clock. Saturday-Sunday (UTC) is assumed until the series shows
another weekend: each UTC day, the weekends of ``WEEKENDS`` are compared by how well a profile built under each
(the median of the same hour on the latest earlier days of the same type) followed the series' hourly means over
the seven days before; the best one is taken when its mean |residual| is clearly below Saturday-Sunday's. A
Friday-Saturday or a one-day weekend is then a day type like any other, and a public holiday on a working day is
compared with that weekend. Pure: no I/O, no clock.
"""

from __future__ import annotations

from functools import cache

from genaiops.lazy import lazy_module

np = lazy_module("numpy")  # imported on first use

__all__ = ["WEEKENDS", "off_days", "same_type_lags", "weekend_choice"]

DAY_S = 86_400
WEEKENDS: tuple[tuple[int, ...], ...] = ((5, 6), (4, 5), (6,), (5,), (4,), ())
"""The weekends a series may keep (UTC weekdays, 0 = Monday): Saturday-Sunday (assumed until the series shows
another), Friday-Saturday, Sunday, Saturday or Friday alone, none."""


def same_type_lags(weekday: int, history: int, most: int, weekend: tuple[int, ...] = (5, 6)) -> list[int]:
    """The latest ``most`` day lags within ``history`` days whose weekday has the same type as ``weekday``."""
    off = weekday in weekend
    return [k for k in range(1, history + 1) if (((weekday - k) % 7) in weekend) == off][:most]


def off_days(pick: np.ndarray, weekday: np.ndarray) -> np.ndarray:
    """Whether each point's day is off under its weekend (``WEEKENDS[pick]``)."""
    table = np.array([[day in weekend for day in range(7)] for weekend in WEEKENDS])
    return table[pick, weekday]


def weekend_choice(
    x: np.ndarray, stamps_ms: np.ndarray, weekday: np.ndarray, period: int, history: int, most: int, margin: float
) -> np.ndarray:
    """Per point, the index in ``WEEKENDS`` of the weekend its UTC day takes: from the eighth day on, the one whose
    hourly profile had the least mean |residual| over the seven days before, if at most ``margin`` times
    Saturday-Sunday's (0, Saturday-Sunday, otherwise and before)."""
    n = len(x)
    day = np.asarray(stamps_ms, dtype=np.int64) // 1000 // DAY_S
    day = day - day[0]
    days = int(day[-1]) + 1
    if margin >= 1.0 or days <= 8:
        return np.zeros(n, dtype=int)
    hour = max(1, period // 24)
    blocks = n // hour
    cut = x[: blocks * hour].reshape(blocks, hour)  # hourly means: the choice is judged on 24 points a day
    seen = np.isfinite(cut)
    hourly = np.where(seen, cut, 0.0).sum(axis=1) / np.maximum(seen.sum(axis=1), 1)
    hourly[~seen.any(axis=1)] = np.nan
    at = np.arange(blocks) * hour
    residuals = np.abs(hourly[None, :] - _hourly_profiles(hourly, weekday[at], history, most))
    judged = np.isfinite(residuals).all(axis=0)
    hour_day = day[at][judged]
    counts = np.bincount(hour_day, minlength=days)
    daily = np.stack([np.bincount(hour_day, weights=r[judged], minlength=days) for r in residuals])
    daily /= np.maximum(counts, 1)
    choice = np.zeros(days, dtype=int)
    for d in range(8, days):
        if (counts[d - 7 : d] > 0).all():
            cost = daily[:, d - 7 : d].mean(axis=1)
            best = int(np.argmin(cost))
            if cost[best] <= margin * cost[0]:
                choice[d] = best
    return choice[day]


def _hourly_profiles(hourly: np.ndarray, weekday: np.ndarray, history: int, most: int) -> np.ndarray:
    """Row w: the expected hourly mean under ``WEEKENDS[w]`` (the median of the same hour on the latest ``most``
    earlier days of the same type within ``history``; of any of the last seven days while none of the type was
    seen), as the detector's profile builds it."""
    n = len(hourly)
    earlier = np.full((history + 1, n), np.nan)  # row k: the value k days earlier
    for k in range(1, history + 1):
        if 24 * k < n:
            earlier[k, 24 * k :] = hourly[: n - 24 * k]
    table = np.array(_lag_table(history, most))  # lag 0 = no reference (row 0 is all NaN)
    columns = np.arange(n)
    stack = earlier[table[:, weekday, :], columns[None, :, None]]  # (weekends, n, most)
    typed = _nanmedian_last(stack)
    fallback = _nanmedian_last(earlier[1:8].T)
    return np.where(np.isfinite(stack).any(axis=2), typed, fallback[None, :])


@cache
def _lag_table(history: int, most: int) -> tuple[tuple[tuple[int, ...], ...], ...]:
    """[weekend][weekday]: its ``most`` reference lags, padded with 0."""
    padded = [[(*same_type_lags(day, history, most, w), 0, *[0] * most)[:most] for day in range(7)] for w in WEEKENDS]
    return tuple(tuple(days) for days in padded)


def _nanmedian_last(values: np.ndarray) -> np.ndarray:
    """The median over the last axis, NaN left out (NaN where all are)."""
    ordered = np.sort(values, axis=-1)  # NaN sort last
    valid = np.isfinite(ordered).sum(axis=-1)
    low = np.take_along_axis(ordered, np.maximum((valid - 1) // 2, 0)[..., None], axis=-1)[..., 0]
    high = np.take_along_axis(ordered, np.maximum(valid // 2, 0)[..., None], axis=-1)[..., 0]
    return np.where(valid > 0, 0.5 * (low + high), np.nan)
