"""Seeded capacity series with KNOWN exhaustion times, for bench/forecast.py and the tests.

Each series is a noise-free signal ``f(t)`` (hours) plus noise; ``truth`` is the first time after the history's
end at which ``f`` reaches the limit (``None``: not within ``horizon``, four histories), ``data_truth`` the first
time the data (``f`` plus the same noise, continued past the history) does.
Kinds (docs/forecast.md):

- ``linear``: a steady fill.
- ``sawtooth_safe``: log rotation every 6-24 h, always before the limit (truth: never).
- ``sawtooth_growing``: rotation that frees less each time: the peaks creep up to the limit.
- ``seasonal``: a trend with a daily cycle (and a weekly one when the history is long enough).
- ``rate_change``: the growth rate changes part-way through the history (faster or slower).
- ``noisy``: heavy-tailed noise and spikes over a fill.
- ``flat``: no trend, noise and a daily cycle (truth: never).
- ``restarts``: a memory leak with restarts at irregular times (deploys); the current segment fills.

``split("dev")`` and ``split("heldout")`` draw from disjoint seed ranges: tune on dev, report held-out.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

__all__ = ["KINDS", "SyntheticSeries", "generate", "split"]

STEP_HOURS = 1 / 6  # ten minutes
SEEDS = {"dev": 10_000, "heldout": 90_000}


@dataclass(frozen=True, slots=True)
class SyntheticSeries:
    kind: str
    seed: int
    t: np.ndarray
    y: np.ndarray
    limit: float
    truth: float | None
    """Hours after the last point when the signal reaches the limit; None: not within ``horizon``."""
    horizon: float
    data_truth: float | None = None
    """Hours after the last point when the DATA (the signal plus the same noise process, continued past the
    history at the same step) first reaches the limit; None: not within ``horizon``."""


Signal = Callable[[np.ndarray], np.ndarray]


def _linear(rng: np.random.Generator, h: float, due: float) -> tuple[Signal, float]:
    start = rng.uniform(0.1, 0.5)
    rate = (1 - start) / (h + due)
    return (lambda t: start + rate * t), rng.uniform(0.005, 0.02)


def _sawtooth_safe(rng: np.random.Generator, h: float, due: float) -> tuple[Signal, float]:
    every, floor, peak, phase = rng.uniform(6, 24), rng.uniform(0.15, 0.4), rng.uniform(0.6, 0.88), rng.uniform(0, 1)
    return (lambda t: floor + (peak - floor) * (((t / every) + phase) % 1.0)), rng.uniform(0.002, 0.01)


def _sawtooth_growing(rng: np.random.Generator, h: float, due: float) -> tuple[Signal, float]:
    every, rise, phase = rng.uniform(4, 12), rng.uniform(0.2, 0.4), rng.uniform(0, 1)
    end = h + due  # a peak reaches 1.0 near here
    floor0 = rng.uniform(0.1, 0.3)
    creep = (1 - rise - floor0) / end

    def f(t: np.ndarray) -> np.ndarray:
        return floor0 + creep * t + rise * (((t / every) + phase) % 1.0)

    return f, rng.uniform(0.002, 0.008)


def _seasonal(rng: np.random.Generator, h: float, due: float) -> tuple[Signal, float]:
    start, amp, phase = rng.uniform(0.1, 0.4), rng.uniform(0.03, 0.1), rng.uniform(0, 2 * np.pi)
    weekly = rng.uniform(0.02, 0.06) if h >= 14 * 24 else 0.0
    rate = (1 - amp - weekly - start) / (h + due)

    def f(t: np.ndarray) -> np.ndarray:
        return start + rate * t + amp * np.sin(2 * np.pi * t / 24 + phase) + weekly * np.sin(2 * np.pi * t / 168)

    return f, rng.uniform(0.003, 0.01)


def _rate_change(rng: np.random.Generator, h: float, due: float) -> tuple[Signal, float]:
    change, factor, start = h * rng.uniform(0.4, 0.75), rng.choice([rng.uniform(1.5, 3), rng.uniform(0.3, 0.6)]), 0.1
    late = (1 - start) / (change / factor + (h + due - change))  # rate after the change
    early = late / factor
    return (lambda t: start + early * np.minimum(t, change) + late * np.maximum(t - change, 0)), rng.uniform(
        0.003, 0.01
    )


def _noisy(rng: np.random.Generator, h: float, due: float) -> tuple[Signal, float]:
    f, _ = _linear(rng, h, due)
    return f, -rng.uniform(0.02, 0.05)  # negative: heavy-tailed noise with spikes


def _flat(rng: np.random.Generator, h: float, due: float) -> tuple[Signal, float]:
    level, amp, phase = rng.uniform(0.3, 0.7), rng.uniform(0.0, 0.08), rng.uniform(0, 2 * np.pi)
    return (lambda t: level + amp * np.sin(2 * np.pi * t / 24 + phase)), rng.uniform(0.005, 0.02)


def _restarts(rng: np.random.Generator, h: float, due: float) -> tuple[Signal, float]:
    base = rng.uniform(0.2, 0.35)
    gaps = rng.exponential(h / 4, size=12).clip(h / 20, None)
    restarts = np.cumsum(gaps)
    restarts = restarts[restarts < h * 0.85]
    last = float(restarts[-1]) if len(restarts) else 0.0
    rate = (1 - base) / (h + due - last)

    def f(t: np.ndarray) -> np.ndarray:
        index = np.searchsorted(restarts, t, side="right")
        since = t - np.where(index > 0, restarts[np.maximum(index - 1, 0)], 0.0) if len(restarts) else t
        return base + rate * since

    return f, rng.uniform(0.003, 0.01)


KINDS: dict[str, Callable[[np.random.Generator, float, float], tuple[Signal, float]]] = {
    "linear": _linear,
    "sawtooth_safe": _sawtooth_safe,
    "sawtooth_growing": _sawtooth_growing,
    "seasonal": _seasonal,
    "rate_change": _rate_change,
    "noisy": _noisy,
    "flat": _flat,
    "restarts": _restarts,
}


def generate(kind: str, seed: int) -> SyntheticSeries:
    """One series of ``kind``: 2-10 days of history (15-21 for some seasonal ones) at ten-minute steps."""
    rng = np.random.default_rng(seed)
    hours = rng.uniform(15 * 24, 21 * 24) if kind == "seasonal" and rng.uniform() < 0.3 else rng.uniform(48, 240)
    due = hours * rng.uniform(0.1, 2.0)
    signal, noise = KINDS[kind](rng, hours, due)
    limit = float(rng.choice([100.0, 200.0, 5000.0]))
    t = np.arange(0.0, hours, STEP_HOURS)
    y = signal(t) + _noise(rng, len(t), noise)
    horizon = 4 * hours
    future = np.arange(t[-1] + STEP_HOURS, t[-1] + horizon, STEP_HOURS / 4)
    hit = np.flatnonzero(signal(future) >= 1.0)
    truth = float(future[hit[0]] - t[-1]) if len(hit) else None
    later = t[-1] + STEP_HOURS * np.arange(1, int(horizon / STEP_HOURS) + 1)
    crossed = np.flatnonzero(signal(later) + _noise(rng, len(later), noise) >= 1.0)  # drawn after the history
    data_truth = float(later[crossed[0]] - t[-1]) if len(crossed) else None
    return SyntheticSeries(kind, seed, t, y * limit, limit, truth, horizon, data_truth)


def _noise(rng: np.random.Generator, n: int, scale: float) -> np.ndarray:
    if scale >= 0:
        return rng.normal(0, scale, n)
    noise = -scale * rng.standard_t(3, n)
    spikes = rng.uniform(size=n) < 0.01
    return noise + spikes * rng.uniform(0.05, 0.2, n)


def split(name: str, per_kind: int = 12) -> list[SyntheticSeries]:
    """``per_kind`` series of every kind from the split's seed range (``dev`` or ``heldout``)."""
    if name not in SEEDS:
        raise ValueError(f"split: {name!r}; choose dev or heldout")
    base = SEEDS[name]
    return [generate(kind, base + 1000 * k + i) for k, kind in enumerate(KINDS) for i in range(per_kind)]
