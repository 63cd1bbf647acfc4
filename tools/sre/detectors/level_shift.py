"""Level shifts and change points: the recent level against the baseline before it, and breaches of the
range the series has ever occupied (a new regime)."""

from __future__ import annotations

from genaiops.lazy import lazy_module
from genaiops.tools.sre.detectors.rolling import lag, trailing_max, trailing_median

np = lazy_module("numpy")  # imported on first use: registering a tool or validating needs none

__all__ = ["envelope_bounds", "envelope_breach", "level_shift_strength"]


def level_shift_strength(values: np.ndarray, median: np.ndarray, scale: np.ndarray, recent: int) -> np.ndarray:
    """Robust z of the median of the last ``recent`` points against the baseline that preceded them."""
    if recent <= 1:
        return np.abs(values - median) / scale
    level = trailing_median(values, recent)
    return np.abs(level - lag(median, recent - 1)) / lag(scale, recent - 1)


def envelope_breach(values: np.ndarray, warmup: int, history: int | None = None) -> np.ndarray:
    """How far each point leaves the [min, max] of the points before it, in units of that range (0 inside).

    ``history=None`` uses everything before t; ``history=N`` only the last N points, so a regime seen long ago
    stops masking a new excursion. A point beyond every earlier value is the clearest change point an online
    detector can see; scaling by the range makes the breach comparable across series of any unit.
    """
    n = len(values)
    if n == 0:
        return np.zeros(0)
    high = lag(_running_max(values, history))
    low = -lag(_running_max(-values, history))
    breach = np.maximum(values - high, low - values) / np.maximum(high - low, 1e-12)
    breach[: min(warmup, n)] = 0.0
    return np.maximum(breach, 0.0)


def envelope_bounds(values: np.ndarray, index: int, history: int | None = None) -> tuple[float, float]:
    """The (low, high) envelope that point ``index`` was compared with."""
    start = 0 if history is None else max(0, index - history)
    before = values[start:index]
    return (float(before.min()), float(before.max())) if len(before) else (float("nan"), float("nan"))


def _running_max(values: np.ndarray, history: int | None) -> np.ndarray:
    """Max of the last ``history`` points up to and including t (all points when ``history`` is None)."""
    return np.maximum.accumulate(values) if history is None else trailing_max(values, history)
