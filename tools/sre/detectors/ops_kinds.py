"""Metric kinds for the ops detector: infer the kind, and map a series to the domain it is judged in.

- counter (cumulative, resets to 0 on restarts): judged on the increase per step, square-rooted (counts are
  Poisson-like: the square root has a noise of about 0.5 whatever the rate, the floor of its scale);
- ratio (0..1): arcsine-square-root of the share (a proportion's noise shrinks near 0 and 1; this makes it
  even); percentage (0..100): the value itself, with a floor of half a percentage point;
- latency percentile: its logarithm (latencies move by factors and only a rise hurts);
- gauge: the value itself, unless the gauge grows (disk used, database size, a leaking process): then its
  growth per hour, with resets (log rotation, compaction, restarts) undone, so steady growth and sawtooth are
  normal and a change of growth rate is not (a reset is a drop of more than an hour's usual growth: values
  rounded by the exporter wobble without resetting); where the resets were is kept, so a missed one is seen.
  A percentage that grows the same way (disk used %) is treated like a growing gauge.
Whether a gauge grows is decided on its first ``decide`` points only, so the mapping stays online.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from genaiops.lazy import lazy_module

np = lazy_module("numpy")  # imported on first use: registering a tool or validating needs none

__all__ = ["METRIC_KINDS", "Domain", "counter_increases", "infer_kind", "to_domain"]

METRIC_KINDS = ("counter", "gauge", "ratio", "percentage", "latency")
HOUR = 12  # points per hour at the 5-minute step the parameters assume; scaled by the real step below

_NAME_RULES = (  # Prometheus naming conventions: the unit or type suffix ends the name
    ("latency", re.compile(r"(_seconds|_ms|_milliseconds|latency|duration)(_p(50|90|95|99|999)|_quantile)?$")),
    ("latency", re.compile(r"(latency|duration)_p(50|90|95|99|999)(_seconds|_ms)?$")),
    ("counter", re.compile(r"_(total|count|sum)$")),
    ("ratio", re.compile(r"_(ratio|rate|fraction)$")),
    ("percentage", re.compile(r"_(percent|pct|utili[sz]ation)$")),
    ("gauge", re.compile(r"_(bytes|size|depth|length|connections|current|inflight|celsius|gauge)$")),
)

_NOT_A_DURATION = re.compile(
    r"(^|_)(offset|skew|drift|timestamp|epoch|uptime|age|boot|start|since|last)(_|$)|(^|_)time_seconds$"
)


def infer_kind(name: str, values: np.ndarray) -> str | None:
    """The kind from Prometheus naming conventions (the suffix that ends the name); None when it says nothing.
    A 'percentage' whose values stay within 0..1 is a ratio; a '*_count' that goes down is a gauge."""
    lowered = name.lower()
    for kind, pattern in _NAME_RULES:
        if pattern.search(lowered):
            if kind == "latency" and (_NOT_A_DURATION.search(lowered) or (len(values) and np.nanmin(values) < 0)):
                return "gauge"  # seconds that are no wait: a clock offset, a timestamp, an age (or negative)
            if kind == "percentage" and len(values) and np.nanmax(values) <= 1.0:
                return "ratio"
            if kind == "counter" and len(values) > 1 and np.mean(np.diff(values) < 0) > 0.05:
                return "gauge"  # named like a counter but not cumulative (a count per interval)
            return kind
    return None


@dataclass(frozen=True)
class Domain:
    """The series in the domain it is judged in, the noise floor there, and how to quote it back."""

    x: np.ndarray
    floor: float
    growing: bool
    kind: str
    upward_only: bool
    resets: np.ndarray | None = None
    """A growing gauge: True where a reset (rotation, compaction, restart) was undone."""

    def natural(self, value: float) -> float:
        """A domain value back in the metric's units (per step for counters, per hour of growth)."""
        if self.kind == "counter":
            return float(np.sign(value) * value * value)
        if self.kind == "ratio" and not self.growing:
            return float(np.sin(np.clip(value, 0.0, np.pi / 2)) ** 2)
        if self.kind == "latency":
            return float(np.exp(value))
        return float(value)

    @property
    def unit(self) -> str:
        if self.growing:
            return "growth per hour"
        return {"counter": "increase per step"}.get(self.kind, "")


def counter_increases(values: np.ndarray) -> np.ndarray:
    """A cumulative counter's increase per step; after a reset (a drop), the count since the restart."""
    steps = np.diff(values, prepend=values[:1])
    return np.where(steps < 0, np.maximum(values, 0), steps)


def to_domain(values: np.ndarray, kind: str, hour: int = HOUR, decide: int = 576) -> Domain:
    values = np.asarray(values, dtype=np.float64)
    if kind == "counter":
        return Domain(np.sqrt(np.maximum(counter_increases(values), 0)), 0.5, False, kind, False)
    if kind == "latency":
        return Domain(np.log(np.maximum(values, 1e-9)), 0.03, False, kind, True)
    if kind in ("gauge", "percentage"):
        grown = _growth(values, hour, decide)
        if grown is not None:
            growth, resets = grown
            scale = float(np.median(np.abs(growth[hour:decide]))) if decide > hour else 0.0
            return Domain(growth, max(0.05 * scale, 1e-12), True, kind, False, resets)
    if kind == "ratio":
        return Domain(np.arcsin(np.sqrt(np.clip(values, 0.0, 1.0))), 0.004, False, kind, False)
    if kind == "percentage":
        return Domain(values, 0.5, False, kind, False)
    head = values[: max(decide, 2)]
    spread = float(np.quantile(head, 0.95) - np.quantile(head, 0.05)) if len(head) else 0.0
    return Domain(values, max(0.01 * spread, 1e-9 * max(1.0, float(np.abs(head).max(initial=0.0)))), False, kind, False)


def _growth(values: np.ndarray, hour: int, decide: int) -> tuple[np.ndarray, np.ndarray] | None:
    """Growth per hour with resets undone and where the resets were, when the first ``decide`` points show a
    directional climb."""
    if len(values) < min(decide, 3 * hour):
        return None
    steps = np.diff(values, prepend=values[:1])
    head = steps[1:decide]
    centre = float(np.median(head))
    noise = 1.4826 * float(np.median(np.abs(head - centre))) or 1e-12
    jumps = np.abs(head - centre) > 8 * noise
    smooth = np.where(jumps, 0.0, head)
    hourly = np.add.reduceat(smooth, np.arange(0, len(smooth), hour))
    efficiency = abs(hourly.sum()) / max(np.abs(hourly).sum(), 1e-300)
    sawtooth = efficiency >= 0.6 and bool((head < centre - 8 * noise).any())
    if efficiency < 0.9 and not sawtooth:  # neither a steady climb nor a climb with resets
        return None
    resets = (steps < centre - 8 * noise) & (steps < -hour * abs(centre))  # a drop of over an hour's growth
    adjusted = np.where(resets, centre, steps)
    warm = max(1, hour // 4)  # a restarted process warms up within minutes: that climb belongs to the reset
    after = np.convolve(resets, np.ones(warm + 1), mode="full")[: len(steps)] > 0
    adjusted = np.where(after & ~resets & (steps > centre + 8 * noise), centre, adjusted)
    adjusted[0] = centre
    total = np.cumsum(adjusted)
    growth = np.empty_like(total)
    growth[hour:] = total[hour:] - total[:-hour]
    growth[:hour] = centre * hour
    return growth, resets
