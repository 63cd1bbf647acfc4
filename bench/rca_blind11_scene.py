"""Scene helpers of the eleventh blind RCA set (rca_blind11.py), written blind for it: fault profiles over time,
which services lack metrics, and the rule that every root can be seen (structurally, and in the series)."""

from __future__ import annotations

import numpy as np
from rca_blind11_estates import Estate

PROFILES = ("step", "small", "ramp", "intermittent")


def profile(kind: str, steps: int, onset: int, rng) -> np.ndarray:
    """The fault's strength per step: 0 before the onset; full (step), a third to a half (small), rising over
    12-35 minutes (ramp) or in bursts of 2-6 minutes every 5-14 (intermittent)."""
    t = np.arange(steps)
    after = (t >= onset).astype(float)
    if kind == "step":
        return after
    if kind == "small":
        return after * rng.uniform(0.3, 0.5)
    if kind == "ramp":
        return np.clip((t - onset + 1) / rng.integers(12, 36), 0, 1) * after
    m = np.zeros(steps)
    i = onset
    while i < steps:
        on = int(rng.integers(2, 7))
        m[i : i + on] = 1.0
        i += on + int(rng.integers(3, 9))
    return m


def observed_callers(es: Estate, hidden: set[str], s: str) -> list[str]:
    return [c for c, _ in es.callers(s) if c not in hidden]


def root_visible(es: Estate, hidden: set[str], s: str) -> bool:
    """A root without metrics must be seen through at least two callers that have metrics (one degrading caller
    could be its own root)."""
    return s not in hidden or len(observed_callers(es, hidden, s)) >= 2


def _moved(vals: np.ndarray, onset: int) -> float:
    pre = vals[max(0, onset - 70) : onset]
    post = vals[onset : onset + 25]
    mid = float(np.median(pre))
    mad = float(np.median(np.abs(pre - mid)))
    scale = 1.4826 * mad + 0.02 * abs(mid) + 1e-4
    return max(abs(float(np.quantile(post, q)) - mid) for q in (0.2, 0.5, 0.8, 0.95)) / scale


def signal_seen(es: Estate, series: dict, hidden: set[str], s: str, onset: int, reach: set[str]) -> bool:
    """Some observed service the fault touches directly (the root, its callers, or ``reach``: neighbours, callees
    it starves) moves clearly in the 25 minutes after the onset: 5 robust spreads, a 2 % floor of the level."""
    look = ([s] if s not in hidden else []) + observed_callers(es, hidden, s) + [x for x in reach if x not in hidden]
    return any(_moved(np.asarray(v), onset) >= 5 for x in look for v in series[x].values())
