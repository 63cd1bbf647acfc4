"""Sequence surprise: shapes the series has never drawn before, and how unusual a burst of them is.

Two steps, both online:

1. :func:`pattern_novelty` quantises each value into ``bins`` levels of the range seen so far and marks a
   point 1 when the last ``length`` levels form a pattern that never occurred earlier in the series (a
   sequence the history cannot "predict"), else 0;
2. :func:`surprise_likelihood` turns any per-point surprise into the z-score of its recent mean (the last
   ``short`` points) against the mean and spread over the ``long`` points before them. A steady trickle of
   novel patterns is the series' normal noise; a burst well above that rate is the anomaly (the idea
   behind HTM's "anomaly likelihood": judge the recent average surprise against its own long-run
   distribution rather than each point alone).
"""

from __future__ import annotations

from genaiops.lazy import lazy_module
from genaiops.tools.sre.detectors.rolling import lag, rolling_mean

np = lazy_module("numpy")  # imported on first use: registering a tool or validating needs none

__all__ = ["pattern_codes", "pattern_novelty", "surprise_likelihood"]


def pattern_codes(values: np.ndarray, bins: int, length: int) -> np.ndarray:
    """One integer per point naming its last ``length`` levels (level = its ``bins``-quantile of the running range).

    Levels use the [min, max] of the points up to t only; positions before the start take an extra level,
    so the first few patterns are distinct from any later one.
    """
    if (bins + 1) ** length >= 2**62:
        raise ValueError(f"{bins} bins and length {length} overflow int64 codes: use fewer bins or a shorter length")
    low = np.minimum.accumulate(values)
    high = np.maximum.accumulate(values)
    share = (values - low) / np.maximum(high - low, 1e-12)
    level = np.clip(np.floor(bins * share), 0, bins - 1).astype(np.int64)
    code = np.zeros(len(values), dtype=np.int64)
    for k in range(length):
        kept = max(0, len(level) - k)
        earlier = np.concatenate([np.full(len(level) - kept, bins), level[:kept]])
        code = code * (bins + 1) + earlier
    return code


def pattern_novelty(values: np.ndarray, bins: int, length: int) -> np.ndarray:
    """1.0 where the point's pattern (see :func:`pattern_codes`) occurs for the first time, else 0.0."""
    codes = pattern_codes(values, bins, length)
    order = np.argsort(codes, kind="stable")  # equal codes stay in time order
    ranked = codes[order]
    first = np.append(True, ranked[1:] != ranked[:-1])
    novelty = np.empty(len(codes))
    novelty[order] = first
    return novelty


def surprise_likelihood(surprise: np.ndarray, short: int, long: int) -> np.ndarray:
    """z of the mean surprise over the last ``short`` points against the ``long`` points before them.

    The spread of a ``short``-point mean is taken as the long-run standard deviation over ``sqrt(short)``;
    a small floor keeps a series that has never surprised from dividing by zero.
    """
    recent = rolling_mean(surprise, short)
    mean = rolling_mean(surprise, long)
    spread = np.sqrt(np.maximum(rolling_mean(surprise * surprise, long) - mean * mean, 0.0))
    return (recent - lag(mean, short)) / (lag(spread, short) / np.sqrt(short) + 1e-3)
