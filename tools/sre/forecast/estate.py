"""Capacity series of the simulated estate: what ``forecast_exhaustion`` reads offline.

The simulator (``genaiops.tools.sre.simulate``) models latency, errors and utilisation; capacity gauges are made
here, through its public surface only (``seed``, ``observed_services()``, ``start``): a pure function of
(environment seed, service, metric, time), so any window at any time gives the same numbers. Each (service,
metric) draws one profile from its own seed: ``steady`` (a level with a daily cycle), ``rotating`` (fills and
is rotated every few hours, always below the limit), or ``filling`` (a steady fill that reaches the limit a
seeded 6 hours to 8 days after the estate's step 0, with a daily cycle). Percent gauges end in ``_pct``
(limit 100); ``queue_depth`` is in messages (limit ``QUEUE_LIMIT``).
"""

from __future__ import annotations

import hashlib
from datetime import datetime

from genaiops.lazy import lazy_module

np = lazy_module("numpy")  # imported on first use: registering a tool or validating needs none

__all__ = ["CAPACITY_METRICS", "QUEUE_LIMIT", "capacity_series", "profile"]

CAPACITY_METRICS: dict[str, str] = {
    "disk_used_pct": "disk",
    "memory_used_pct": "memory",
    "inodes_used_pct": "inodes",
    "db_connections_used_pct": "connections",
    "queue_depth": "queue",
}
"""Simulated capacity gauges and their kind (what remediation fits them)."""
QUEUE_LIMIT = 10_000.0
_PROFILES = ("steady", "rotating", "filling")
_ODDS = (0.72, 0.2, 0.08)


def _rng(seed: int, service: str, metric: str) -> np.random.Generator:
    digest = hashlib.sha256(f"{seed}/{service}/{metric}".encode()).digest()
    return np.random.default_rng(int.from_bytes(digest[:8], "big"))


def profile(seed: int, service: str, metric: str) -> str:
    """Which profile the gauge ``metric`` of ``service`` follows in the estate of ``seed``."""
    return str(_rng(seed, service, metric).choice(_PROFILES, p=_ODDS))


def capacity_series(env, metric: str, service: str, start: datetime, end: datetime, step_seconds: float):
    """(timestamps as hours since the estate's step 0, values) of ``metric`` for ``service`` in [start, end)."""
    origin = env.start
    a = (start - origin).total_seconds() / 3600
    b = (end - origin).total_seconds() / 3600
    t = np.arange(a, b, step_seconds / 3600)
    rng = _rng(env.seed, service, metric)
    kind = str(rng.choice(_PROFILES, p=_ODDS))
    scale = QUEUE_LIMIT if metric == "queue_depth" else 100.0
    amp, phase, noise = rng.uniform(0.01, 0.05), rng.uniform(0, 2 * np.pi), rng.uniform(0.002, 0.008)
    daily = amp * np.sin(2 * np.pi * t / 24 + phase)
    if kind == "steady":
        level = rng.uniform(0.2, 0.6) + daily
    elif kind == "rotating":
        every, floor, peak = rng.uniform(4, 12), rng.uniform(0.15, 0.35), rng.uniform(0.55, 0.8)
        level = floor + (peak - floor) * ((t / every) % 1.0)
    else:
        due, start_level = rng.uniform(6, 8 * 24), rng.uniform(0.3, 0.5)
        level = start_level + (1 - amp - start_level) * (t + 72) / (due + 72) + daily
    # a full disk or pool stays at its limit (a percentage never passes 100): a filling gauge read long after it
    # was due had grown to 1817 % ("the last reading 1817 is at or above the limit 100")
    values = np.clip(level + noise * _jitter(np.round(t * 60), rng.uniform(0, 1000)), 0, 1) * scale
    return t, values


def _jitter(minute: np.ndarray, salt: float) -> np.ndarray:
    """Noise of unit spread that depends only on the minute (so every window shows the same points)."""
    parts = [np.modf(np.abs(np.sin(minute * c + salt)) * 43758.5453)[0] for c in (12.9898, 78.233, 37.719)]
    return (sum(parts) - 1.5) * 2
