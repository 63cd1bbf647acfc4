"""Seasonality: the daily period from the timestamps, and each point against the same time on earlier days."""

from __future__ import annotations

from genaiops.lazy import lazy_module

np = lazy_module("numpy")  # imported on first use: registering a tool or validating needs none

__all__ = ["DAY_SECONDS", "seasonal_baseline", "seasonal_period"]

DAY_SECONDS = 86_400


def seasonal_period(timestamps_ms: np.ndarray, season_seconds: int = DAY_SECONDS) -> int:
    """Points per season (a day by default) when the sampling step divides it; 0 when there is no such period."""
    if len(timestamps_ms) < 3:
        return 0
    step = float(np.median(np.diff(timestamps_ms.astype(np.int64)))) / 1000.0
    if step <= 0:
        return 0
    period = round(season_seconds / step)
    return period if period >= 12 and abs(period * step - season_seconds) < 0.5 * step else 0


def seasonal_baseline(values: np.ndarray, period: int, seasons: int = 7) -> np.ndarray:
    """Median of the values one, two, ... ``seasons`` periods earlier (NaN until one period of history).

    Uses only past points, so it is an online baseline: "the same hour over the last 7 days".
    """
    n = len(values)
    baseline = np.full(n, np.nan)
    if period <= 0 or n <= period:
        return baseline
    earlier = np.full((seasons, n), np.nan)
    for k in range(1, seasons + 1):
        shift = k * period
        if shift < n:
            earlier[k - 1, shift:] = values[: n - shift]
    for available in range(1, seasons + 1):  # from k periods on, exactly k earlier seasons exist
        start = available * period
        stop = n if available == seasons else min(n, start + period)
        if start < stop:
            baseline[start:stop] = np.median(earlier[:available, start:stop], axis=0)
    return baseline
