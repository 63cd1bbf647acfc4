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

import math
from collections.abc import Callable
from dataclasses import dataclass

from genaiops.lazy import lazy_module

np = lazy_module("numpy")  # imported on first use: registering a tool or validating needs none

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


Signal = Callable[["np.ndarray"], "np.ndarray"]  # strings: numpy is imported on first use


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


# The operations family: what real capacity and utilisation series do (hourly, like a dashboard's hourly means).
# Every kind is a process simulated over history + future in one go (its future keeps changing as its past did:
# a regime change or a step may come after the history too); the truth is the data's first crossing. The question
# is asked as a capacity review would: a limit above everything seen so far (the history's maximum + 10-60 % of
# its range), only where the history rises significantly (Mann-Kendall, p < 0.01), with the rest of the series as
# the horizon; a limit the future never reaches is a censored question (truth None: an alarm on it is false).

OPS_SEEDS = {"dev": 20_000, "heldout": 70_000}


def _regimes(rng: np.random.Generator, n: int, h: int) -> np.ndarray:
    """Growth whose rate changes at random times (faster, slower, stops, turns down for a while)."""
    base = rng.uniform(0.3, 1.0) / h
    rate, level, out = base, 0.0, np.empty(n)
    next_change = rng.exponential(rng.uniform(48, 300))
    for i in range(n):
        if i >= next_change:
            draw = rng.uniform()
            rate = 0.0 if draw < 0.2 else -0.5 * base if draw < 0.3 else base * rng.lognormal(0, 0.7)
            next_change = i + rng.exponential(rng.uniform(48, 300))
        level += rate
        out[i] = level
    return out


def _plateau(rng: np.random.Generator, n: int, h: int) -> np.ndarray:
    """Growth that levels off (a logistic rise), sometimes before the history ends, sometimes after."""
    centre, width = rng.uniform(0.3, 1.3) * h, rng.uniform(0.05, 0.25) * h
    return rng.uniform(0.4, 1.0) / (1 + np.exp(-(np.arange(n) - centre) / width))


def _bursty(rng: np.random.Generator, n: int, h: int) -> np.ndarray:
    """Mean-reverting utilisation with bursts (boxes of 1-24 h), over a slow drift or none."""
    drift = rng.choice([0.0, rng.uniform(0.05, 0.5)]) / h
    level = np.arange(n) * drift
    starts = np.flatnonzero(rng.uniform(size=n) < 1 / rng.uniform(40, 300))
    for s in starts:
        level[s : s + int(rng.uniform(1, 24))] += rng.uniform(0.1, 0.6) * rng.uniform(0.5, 1.0)
    wander = np.zeros(n)
    phi, kick = rng.uniform(0.9, 0.99), rng.uniform(0.01, 0.04)
    for i in range(1, n):
        wander[i] = phi * wander[i - 1] + kick * rng.standard_normal()
    return level + wander


def _steps(rng: np.random.Generator, n: int, h: int) -> np.ndarray:
    """Step changes (a migration, a new tenant; now and then a clean-up) over a slow drift."""
    jumps = (rng.uniform(size=n) < 1 / rng.uniform(48, 300)) * rng.uniform(0.05, 0.3, n)
    jumps *= np.where(rng.uniform(size=n) < 0.2, -1.0, 1.0)
    return np.cumsum(jumps) + np.arange(n) * rng.uniform(0.0, 0.3) / h


def _rise_stop(rng: np.random.Generator, n: int, h: int) -> np.ndarray:
    """A rise that stops for good part-way through the history (a backfill done, a migration finished)."""
    stop = rng.uniform(0.5, 0.95) * h
    return np.minimum(np.arange(n), stop) * rng.uniform(0.3, 1.0) / h


def _trend_season(rng: np.random.Generator, n: int, h: int) -> np.ndarray:
    """A trend under a strong daily cycle (the noise, as for every kind, may be heavy-tailed)."""
    t = np.arange(n)
    amp = rng.uniform(0.1, 0.4)
    shape = np.sin(2 * np.pi * t / 24 + rng.uniform(0, 6.3)) + 0.4 * np.sin(4 * np.pi * t / 24 + rng.uniform(0, 6.3))
    return t * rng.uniform(0.1, 1.0) / h + amp * shape


OPS_KINDS: dict[str, Callable[[np.random.Generator, int, int], np.ndarray]] = {
    "regimes": _regimes,
    "plateau": _plateau,
    "bursty": _bursty,
    "steps": _steps,
    "rise_stop": _rise_stop,
    "trend_season": _trend_season,
}


def mann_kendall_p(y: np.ndarray) -> float:
    """One-sided p-value of a rising monotone trend (Mann-Kendall S, normal approximation with continuity
    correction, the no-ties variance n(n-1)(2n+5)/18)."""
    n = len(y)
    s = float(np.triu(np.sign(y[None, :] - y[:, None]), 1).sum())
    var = n * (n - 1) * (2 * n + 5) / 18
    z = (s - 1) / math.sqrt(var) if s > 0 else 0.0
    return 0.5 * math.erfc(z / math.sqrt(2))


def _ar1_t_noise(rng: np.random.Generator, n: int, largest_scale: float) -> np.ndarray:
    """AR(1) noise with Student-t innovations (lag-1 correlation 0-0.8, scale 0.01-``largest_scale``, 2.5-8
    degrees of freedom): the heavy-tailed, correlated noise of a real gauge's hourly means."""
    rho, scale, df = rng.uniform(0.0, 0.8), rng.uniform(0.01, largest_scale), rng.uniform(2.5, 8)
    shocks = scale * rng.standard_t(df, n)
    noise = np.empty(n)
    noise[0] = shocks[0]
    for i in range(1, n):
        noise[i] = rho * noise[i - 1] + shocks[i]
    return noise


def ops_generate(kind: str, seed: int) -> SyntheticSeries | None:
    """One question of the operations family, or None when its history shows no significant rise (no question)."""
    rng = np.random.default_rng(seed)
    h = int(rng.uniform(120, 720))
    n = h + int(h * rng.uniform(0.4, 1.5))
    signal = OPS_KINDS[kind](rng, n, h)
    t = np.arange(n, dtype=float)
    if rng.uniform() < 0.5 and kind != "trend_season":
        signal = signal + rng.uniform(0.02, 0.15) * np.sin(2 * np.pi * t / 24 + rng.uniform(0, 6.3))
    noise = _ar1_t_noise(rng, n, 0.05)
    unit = float(rng.choice([100.0, 5000.0])) / 2
    y = (signal + noise + 0.5) * unit
    past = y[:h]
    if mann_kendall_p(past) >= 0.01:
        return None
    limit = float(past.max() + rng.uniform(0.1, 0.6) * np.ptp(past))
    later = np.flatnonzero(y[h:] >= limit)
    truth = float(later[0] + 1) if len(later) else None
    return SyntheticSeries(kind, seed, t[:h], past, limit, truth, float(n - h), truth)


def ops_split(name: str, per_kind: int = 16) -> list[SyntheticSeries]:
    """``per_kind`` questions of every operations kind (seeds tried in order from the split's range until that
    many have a significantly rising history): ``dev`` to tune on, ``heldout`` to report."""
    if name not in OPS_SEEDS:
        raise ValueError(f"ops_split: {name!r}; choose dev or heldout")
    out = []
    for k, kind in enumerate(OPS_KINDS):
        seed, found = OPS_SEEDS[name] + 1000 * k, 0
        while found < per_kind:
            series = ops_generate(kind, seed)
            seed += 1
            if series is not None:
                out.append(series)
                found += 1
    return out


# The jump family (session 15): series whose limit is reached by a JUMP rather than a fill — a level that moves in
# steps, a utilisation gauge whose bursts now and then set a new record, a steady series hit by one anomalous
# episode (a failure, a misconfiguration). Written from the diagnosis of NAB's wide-rule questions
# (bench/forecast_nab_why.py: all 35 are reached by a one-hour rise of about 1-3 of the history's ranges), not from
# their series; asked exactly as the NAB wide rule asks (hourly, a significantly rising history, limits at its
# maximum + 25 % and + 50 % of its range, the rest of the series as the horizon; censored questions kept).

JUMP_SEEDS = {"dev": 30_000, "heldout": 80_000}
JUMP_MARGINS = (0.25, 0.5)


def _level_jumps(rng: np.random.Generator, n: int, h: int) -> np.ndarray:
    """A level that holds and moves in jumps (mostly up) at random times, sizes heavy-tailed."""
    moves = rng.uniform(size=n) < 1 / rng.uniform(48, 400)
    sizes = rng.lognormal(np.log(0.15), 0.8, n) * np.where(rng.uniform(size=n) < 0.25, -1.0, 1.0)
    return np.cumsum(moves * sizes) + np.arange(n) * rng.choice([0.0, rng.uniform(0.0, 0.2)]) / h


def _spiky(rng: np.random.Generator, n: int, h: int) -> np.ndarray:
    """A CPU-like gauge: a mean-reverting baseline with a drift, and bursts of 1-12 h with Pareto sizes (a burst
    larger than any before comes now and then)."""
    level = np.arange(n) * rng.uniform(0.05, 0.4) / h
    starts = np.flatnonzero(rng.uniform(size=n) < 1 / rng.uniform(24, 200))
    alpha = rng.uniform(1.2, 3.0)
    for s in starts:
        level[s : s + int(rng.uniform(1, 12))] += 0.1 * (rng.pareto(alpha) + 1)
    wander = np.zeros(n)
    phi = rng.uniform(0.8, 0.98)
    for i in range(1, n):
        wander[i] = phi * wander[i - 1] + 0.02 * rng.standard_normal()
    return level + wander


def _episode(rng: np.random.Generator, n: int, h: int) -> np.ndarray:
    """A slowly rising series hit by anomalous episodes (a failure: a level 0.5-3 ranges up for 1-72 h) at random
    times, in the history or after it."""
    out = np.arange(n) * rng.uniform(0.1, 0.6) / h
    for s in np.flatnonzero(rng.uniform(size=n) < 1 / rng.uniform(150, 900)):
        out[s : s + int(rng.uniform(1, 72))] += rng.uniform(0.2, 1.0)
    return out


JUMP_KINDS: dict[str, Callable[[np.random.Generator, int, int], np.ndarray]] = {
    "level_jumps": _level_jumps,
    "spiky": _spiky,
    "episode": _episode,
}


def jump_generate(kind: str, seed: int) -> list[SyntheticSeries]:
    """The jump family's two questions (limits at + 25 % and + 50 % of the range) on one series, or none when its
    history shows no significant rise."""
    rng = np.random.default_rng(seed)
    h = int(rng.uniform(120, 720))
    n = h + int(h * rng.uniform(0.4, 1.5))
    t = np.arange(n, dtype=float)
    signal = JUMP_KINDS[kind](rng, n, h)
    if rng.uniform() < 0.5:
        signal = signal + rng.uniform(0.02, 0.15) * np.sin(2 * np.pi * t / 24 + rng.uniform(0, 6.3))
    y = (signal + _ar1_t_noise(rng, n, 0.04) + 0.5) * 50.0
    past = y[:h]
    if mann_kendall_p(past) >= 0.01:
        return []
    out = []
    for margin in JUMP_MARGINS:
        limit = float(past.max() + margin * np.ptp(past))
        later = np.flatnonzero(y[h:] >= limit)
        truth = float(later[0] + 1) if len(later) else None
        out.append(SyntheticSeries(kind, seed, t[:h], past, limit, truth, float(n - h), truth))
    return out


def jump_split(name: str, per_kind: int = 16) -> list[SyntheticSeries]:
    """``per_kind`` series of every jump kind, two questions each (seeds tried in order from the split's range
    until that many have a significantly rising history): ``dev`` to calibrate on, ``heldout`` to report."""
    if name not in JUMP_SEEDS:
        raise ValueError(f"jump_split: {name!r}; choose dev or heldout")
    out: list[SyntheticSeries] = []
    for k, kind in enumerate(JUMP_KINDS):
        seed, found = JUMP_SEEDS[name] + 1000 * k, 0
        while found < per_kind:
            questions = jump_generate(kind, seed)
            seed += 1
            if questions:
                out += questions
                found += 1
    return out
