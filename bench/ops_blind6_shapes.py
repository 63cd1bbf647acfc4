"""Metric families of the sixth blind ops set: each turns a service's local load into one metric, applies the
faults placed on it (the labelled windows) and records the normal behaviour it shows (bench/ops_series_blind6.py).

A family returns (kind, values); it appends label windows to ``ctx.windows`` and normal windows to
``ctx.normals``. Fault sizes are as the catalogue gives them."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from ops_blind6_clock import Clock, Service, day_factors
from ops_series_data import DAY


@dataclass
class Fault:
    kind: str
    start: int  # row
    end: int  # row (exclusive)
    size: float
    day: int = 0
    hour: float = 0.0


@dataclass
class Ctx:
    service: Service
    clock: Clock
    rng: np.random.Generator
    faults: list[Fault]
    params: dict
    windows: list[tuple[int, int, str]] = field(default_factory=list)
    normals: list[tuple[int, int, str]] = field(default_factory=list)
    load: np.ndarray = field(init=False)

    def __post_init__(self) -> None:
        s, c = self.service, self.clock
        shape = np.full(len(c.hour), s.floor)
        for peak, width, weight in s.peaks:
            dist = np.minimum(np.abs(c.hour - peak), 24 - np.abs(c.hour - peak))
            shape += weight * np.exp(-0.5 * (dist / width) ** 2)
        shape /= shape.max()
        busy = {f.day for f in self.faults if f.kind == "weekend_busy"}
        wobble = np.exp(self.rng.normal(0, 0.04, len(c.dates)))
        days = day_factors(s, c, busy) * wobble
        growth = 1 + self.params.get("growth", 0.01) * np.arange(len(c.hour)) / DAY
        self.load = shape * days[c.day] * growth
        for f in self.faults:
            if f.kind == "weekend_busy":
                self.windows.append((c.row(f.day, 7), c.row(f.day, 21), f.kind))

    @property
    def n(self) -> int:
        return len(self.load)

    def of(self, *kinds: str) -> list[Fault]:
        return [f for f in self.faults if f.kind in kinds]

    def label(self, f: Fault, end: int | None = None) -> None:
        self.windows.append((f.start, f.end if end is None else end, f.kind))

    def ar1(self, sigma: float, phi: float = 0.8) -> np.ndarray:
        e = self.rng.normal(0, sigma * np.sqrt(1 - phi**2), self.n)
        out = np.empty(self.n)
        out[0] = e[0]
        for i in range(1, self.n):
            out[i] = phi * out[i - 1] + e[i]
        return out

    def deploys(self, per_week: float = 3) -> list[int]:
        """Weekday deploy rows (10:00-16:00 local), kept 2 hours clear of every fault window."""
        c, out = self.clock, []
        for d in range(len(c.dates)):
            if c.weekday[c.day_rows(d)[0]] >= 5 or self.rng.random() > per_week / 5:
                continue
            hour = self.rng.uniform(10, 16)
            if d == c.day[-1]:
                continue
            row = c.row(d, hour)
            if all(row < f.start - 24 or row > f.end + 24 for f in self.faults):
                out.append(row)
        return out


def traffic(ctx: Ctx) -> tuple[str, np.ndarray]:
    """A request/event counter: Poisson counts around the load, reset to zero when the process restarts."""
    p = ctx.params
    rate = p["base"] * ctx.load
    push = p.get("push_hour")
    if push is not None:
        for d in range(len(ctx.clock.dates)):
            a = ctx.clock.row(d, push + ctx.rng.uniform(-0.05, 0.1))
            rate[a : a + 4] += p["base"] * p.get("push_size", 1.5) * np.array([1.0, 0.8, 0.45, 0.2])
            ctx.normals.append((a, a + 4, "daily_push"))
    spike_level = p["base"] * np.percentile(ctx.load, 90)
    for f in ctx.faults:
        if f.kind in ("traffic_drop", "double_count"):
            rate[f.start : f.end] *= f.size
        elif f.kind == "burst_spike":
            rate[f.start : f.end] += f.size * spike_level
        elif f.kind != "weekend_busy":
            raise ValueError(f"traffic cannot show {f.kind}")
        if f.kind != "weekend_busy":
            ctx.label(f)
    counts = ctx.rng.poisson(rate).astype(float)
    return "counter", _with_resets(ctx, counts, ctx.deploys(p.get("deploys", 2)))


def _with_resets(ctx: Ctx, counts: np.ndarray, resets: list[int]) -> np.ndarray:
    out = np.empty(len(counts))
    already = float(ctx.rng.integers(10**4, 10**7))  # the process was up before the series starts
    bounds = [0, *sorted(resets), len(counts)]
    for a, b in zip(bounds, bounds[1:], strict=False):
        out[a:b] = np.cumsum(counts[a:b]) + (already if a == 0 else 0)
    ctx.normals += [(r, r + 1, "counter_reset") for r in resets]
    return out


def batch(ctx: Ctx) -> tuple[str, np.ndarray]:
    """Rows written by a scheduled job: a trickle all day, then the run at its local hour (month ends run long)."""
    p, c = ctx.params, ctx.clock
    rate = np.full(ctx.n, p.get("trickle", 0.3))
    length = p["minutes"] / 5
    for d in range(len(c.dates)):
        if p.get("weekdays") and c.weekday[c.day_rows(d)[0]] >= 5:
            continue
        faults = [f for f in ctx.of("batch_missing", "batch_wrong_time") if f.day == d]
        jitter = ctx.rng.uniform(-2, 2.5)
        hour = p["hour"]
        try:
            expected = c.row(d, hour) + int(jitter)
        except ValueError:
            continue
        steps = max(3, int(round(length * ctx.rng.uniform(0.85, 1.2) * (1.5 if _month_end(c, expected) else 1))))
        if expected + steps >= ctx.n:
            continue
        if faults and faults[0].kind == "batch_missing":
            ctx.windows.append((expected, expected + steps, "batch_missing"))
            continue
        start = c.row(d, faults[0].hour) + int(jitter) if faults else expected
        rate[start : start + steps] += p["rate"] * ctx.rng.uniform(0.9, 1.1, steps)
        if faults:
            ctx.windows.append((min(expected, start), max(expected, start) + steps, "batch_wrong_time"))
        else:
            ctx.normals.append((start, start + steps, "nightly_batch"))
    return "counter", np.cumsum(ctx.rng.poisson(rate).astype(float)) + float(ctx.rng.integers(10**5, 10**8))


def _month_end(c: Clock, row: int) -> bool:
    date = c.dates[c.day[row]]
    return str(np.datetime64(date, "D") + 1).endswith("-01")


def cpu(ctx: Ctx) -> tuple[str, np.ndarray]:
    """CPU busy percent: load-following, a nightly job's hump when the service has one, deploy wobbles."""
    p, c = ctx.params, ctx.clock
    v = p.get("idle", 7) + p.get("span", 50) * ctx.load + ctx.ar1(1.8)
    if "batch_hour" in p:
        for d in range(len(c.dates)):
            a = c.row(d, p["batch_hour"]) + int(ctx.rng.integers(-2, 3))
            b = min(ctx.n, a + int(p.get("batch_steps", 12) * ctx.rng.uniform(0.85, 1.15)))
            v[a:b] += p.get("batch_size", 40)
            ctx.normals.append((a, b, "nightly_batch"))
    for f in ctx.of("regression_shift"):
        v[f.start : f.end] += f.size
        ctx.label(f)
    for r in ctx.deploys():
        v[r : r + 2] += ctx.rng.uniform(8, 18)
        ctx.normals.append((r, r + 2, "deploy_blip"))
    return "percentage", np.clip(v, 0.5, 99.5)


def latency(ctx: Ctx) -> tuple[str, np.ndarray]:
    """A latency percentile: rises with load, log-normal jitter, one-scrape blips, deploy blips."""
    p = ctx.params
    v = p["base"] * (1 + p.get("load_gain", 0.8) * ctx.load**1.5) * np.exp(ctx.ar1(0.07, 0.6))
    blips = ctx.rng.random(ctx.n) < 0.003
    v[blips] *= ctx.rng.uniform(1.6, 2.6, blips.sum())
    for f in ctx.faults:
        if f.kind == "latency_creep":
            v[f.start : f.end] *= 1 + (f.size - 1) * np.linspace(0, 1, f.end - f.start) ** 1.3
        elif f.kind == "regression_shift":
            v[f.start : f.end] *= f.size
        else:
            raise ValueError(f"latency cannot show {f.kind}")
        ctx.label(f)
    for r in ctx.deploys():
        v[r : r + 2] *= ctx.rng.uniform(2.0, 3.5)
        ctx.normals.append((r, r + 2, "deploy_blip"))
    return "latency", v


def error_ratio(ctx: Ctx) -> tuple[str, np.ndarray]:
    """Errors over requests per step: binomial, so the quiet night is noisier than the day."""
    p = ctx.params
    n = np.maximum(1, ctx.rng.poisson(p["requests"] * ctx.load))
    rate = np.full(ctx.n, p["p"]) * np.exp(ctx.ar1(0.15))
    for f in ctx.of("error_plateau"):
        rate[f.start : f.end] = f.size * ctx.rng.uniform(0.85, 1.15, f.end - f.start)
        ctx.label(f)
    for r in ctx.deploys():
        rate[r : r + 2] = ctx.rng.uniform(0.015, 0.04)
        ctx.normals.append((r, r + 2, "deploy_blip"))
    return "ratio", ctx.rng.binomial(n, np.clip(rate, 0, 1)) / n


def cache_hit(ctx: Ctx) -> tuple[str, np.ndarray]:
    """Cache hit ratio: a little lower at peak; after a deploy the cold cache warms up within half an hour."""
    p = ctx.params
    v = p.get("hit", 0.94) - 0.04 * ctx.load + ctx.ar1(0.006, 0.5)
    for f in ctx.of("cache_hit_drop"):
        v[f.start : f.end] -= f.size + ctx.ar1(0.02, 0.5)[f.start : f.end]
        ctx.label(f)
    for r in ctx.deploys():
        k = np.arange(min(8, ctx.n - r))
        v[r : r + len(k)] -= (v[r] - 0.4) * np.exp(-k / 2.0)
        ctx.normals.append((r, r + 8, "cache_warmup"))
    return "ratio", np.clip(v, 0, 1)


def pool(ctx: Ctx) -> tuple[str, np.ndarray]:
    """Active connections of a pool (cap ``max``): follows load well below the cap, pinned at it when exhausted."""
    p = ctx.params
    v = np.round(np.clip(p.get("idle", 6) + p["span"] * ctx.load * np.exp(ctx.ar1(0.08)), 1, p["max"] - 1))
    for f in ctx.of("pool_exhausted"):
        v[f.start : f.end] = p["max"]
        ctx.label(f)
    return "gauge", v
