"""Causal rolling statistics on numpy arrays: every output at t uses inputs at t or before, never after."""

from __future__ import annotations

from genaiops.lazy import lazy_module

np = lazy_module("numpy")  # imported on first use: registering a tool or validating needs none

__all__ = [
    "lag",
    "record_score",
    "rolling_mean",
    "trailing_max",
    "trailing_median",
    "trailing_quantile",
]


def lag(values: np.ndarray, steps: int = 1) -> np.ndarray:
    """``values`` shifted ``steps`` later; the first ``steps`` outputs repeat the first input."""
    out = np.empty_like(values)
    if len(values) == 0:
        return out
    steps = min(steps, len(values))
    out[:steps] = values[0]
    out[steps:] = values[: len(values) - steps]
    return out


def _odd(window: int) -> int:
    return max(1, window | 1)


def trailing_median(values: np.ndarray, window: int) -> np.ndarray:
    """Median of the last ``window`` points up to and including t (fewer at the start)."""
    from scipy.ndimage import median_filter

    window = _odd(window)
    return median_filter(values, size=window, origin=(window - 1) // 2, mode="nearest")


def trailing_quantile(values: np.ndarray, window: int, percent: float) -> np.ndarray:
    """The ``percent`` percentile of the last ``window`` points up to and including t."""
    from scipy.ndimage import percentile_filter

    window = _odd(window)
    return percentile_filter(values, percent, size=window, origin=(window - 1) // 2, mode="nearest")


def trailing_max(values: np.ndarray, window: int) -> np.ndarray:
    """Max of the last ``window`` points up to and including t (fewer at the start)."""
    from scipy.ndimage import maximum_filter1d

    return maximum_filter1d(values, size=window, origin=(window - 1) // 2, mode="nearest")


def rolling_mean(values: np.ndarray, window: int) -> np.ndarray:
    """Mean of the last ``window`` points up to and including t."""
    sums = np.concatenate([[0.0], np.cumsum(values)])
    end = np.arange(1, len(values) + 1)
    start = np.maximum(0, end - window)
    return (sums[end] - sums[start]) / (end - start)


def record_score(strength: np.ndarray, warmup: int, margin: float = 0.0) -> np.ndarray:
    """Calibrate a strength against its own past: how far it beats the largest value seen before.

    The record is kept from ``warmup // 2`` on (the very first points, where baselines are unsettled, never
    count) and scores are given from ``warmup`` on. Returns 0 where the strength is no record, else
    ``0.5 + 0.5 * (1 - 1/ratio)`` with ratio = strength / previous record: 0.5 for a tie, 0.75 for twice it.
    Scale-free, so one threshold fits every series.
    """
    n = len(strength)
    if n == 0:
        return np.zeros(0)
    seen = strength.copy()
    seen[: warmup // 2] = 0.0
    previous = lag(np.maximum.accumulate(seen))
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = strength / previous
    is_record = (np.arange(n) >= warmup) & (previous > 0) & np.isfinite(ratio) & (ratio > 1.0 + margin)
    return np.where(is_record, 0.5 + 0.5 * (1.0 - 1.0 / np.where(is_record, ratio, 1.0)), 0.0)
