"""Robust statistics: a trailing median and inter-quartile scale, and how far each point sits from them."""

from __future__ import annotations

from genaiops.lazy import lazy_module
from genaiops.tools.sre.detectors.rolling import lag, rolling_mean, trailing_median, trailing_quantile

np = lazy_module("numpy")  # imported on first use: registering a tool or validating needs none

__all__ = ["robust_baseline", "spike_strength"]


def robust_baseline(values: np.ndarray, window: int, floor_share: float = 0.4) -> tuple[np.ndarray, np.ndarray]:
    """Median and robust scale (IQR / 1.349) of the ``window`` points *before* t.

    The scale never falls below ``floor_share`` times its own long-run mean (over 20 windows) plus 0.1 % of
    the level, so a series that sat flat for a while does not turn its next small wiggle into a huge z-score.
    """
    median = lag(trailing_median(values, window))
    spread = trailing_quantile(values, window, 75) - trailing_quantile(values, window, 25)
    scale = lag(spread / 1.349)
    floor = floor_share * lag(rolling_mean(scale, 20 * window)) + 1e-3 * np.abs(median) + 1e-9
    return median, np.maximum(scale, floor)


def spike_strength(values: np.ndarray, median: np.ndarray, scale: np.ndarray) -> np.ndarray:
    """Robust z-score of each point against the baseline of the points before it."""
    return np.abs(values - median) / scale
