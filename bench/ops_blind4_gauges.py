"""Gauge, ratio, percentage and latency families of the fourth blind ops set (see ops_blind4_metrics.py)."""

from __future__ import annotations

import numpy as np
from ops_blind4_calendar import DAY
from ops_blind4_profiles import Ctx, daily_rows, weekly_rows


def disk_used(
    ctx: Ctx, total: float, used0: float, per_day: float, keep: float, rotate_h: float, percent: bool = False
) -> tuple[str, np.ndarray]:
    """Logs pile up with the traffic; the nightly rotation compresses the day's files (sawtooth), what is kept
    grows slowly. A faster growth rate (``growth_acceleration``) scales both."""
    act = ctx.activity("office", note_holidays=False)
    rate = per_day / DAY * (0.35 + 0.65 * act / act.mean()) * ctx.growth()
    rotations = set(daily_rows(ctx.clock, rotate_h))
    for row in rotations:
        ctx.note(row - 1, row + 3, "log_rotation")
    noise = ctx.ar1(total * 2e-5, 0.5)
    out = np.empty(ctx.n)
    kept, today = used0, 0.0
    for i in range(ctx.n):
        if i in rotations:
            kept, today = kept + keep * today, 0.0
        today += rate[i]
        out[i] = kept + today
    out = np.minimum(out + noise, total)
    if percent:
        return "percentage", 100.0 * out / total
    return "gauge", np.round(out / 4096) * 4096


def leaky_rss(ctx: Ctx, base: float, leak_per_h: float, every_h: tuple[float, float]) -> tuple[str, np.ndarray]:
    """A service that leaks and is restarted by its liveness probe every so often (irregular sawtooth)."""
    restarts = set(ctx.restarts(every_h, "leak_restart"))
    noise = ctx.ar1(base * 0.01, 0.6)
    rate = leak_per_h / 12 * ctx.growth()
    out = np.empty(ctx.n)
    acc = 0.0
    for i in range(ctx.n):
        acc = 0.0 if i in restarts else acc + rate[i]
        out[i] = base + acc
    return "gauge", out + noise


def heap_used(ctx: Ctx, base: float, saw: float) -> tuple[str, np.ndarray]:
    """A JVM heap after collections: a young-generation sawtooth on a flat floor; a leak lifts the floor."""
    period = int(ctx.rng.integers(3, 7))
    noise = ctx.ar1(base * 0.015, 0.5)
    t = np.arange(ctx.n)
    out = base + saw * base * (t % period) / period + noise
    for a in ctx.of("leak_onset"):
        out[a.start :] += a.mag * base * (t[a.start :] - a.start) / DAY
    return "gauge", out


def db_size(ctx: Ctx, size0: float, per_day: float, profile: str) -> tuple[str, np.ndarray]:
    """Table size grows with writes; Sunday's vacuum hands back most of the week's bloat."""
    act = ctx.activity(profile, note_holidays=False)
    vacuums = set(weekly_rows(ctx.clock, 6, 2.5))
    for row in vacuums:
        ctx.note(row - 1, row + 8, "weekly_vacuum")
    noise = ctx.ar1(size0 * 2e-5, 0.4)
    rate = per_day * act / act.mean() / DAY * ctx.growth()
    out = np.empty(ctx.n)
    live, bloat = size0, 0.0
    for i in range(ctx.n):
        if i in vacuums:
            bloat *= 0.3
        live += 0.6 * rate[i]
        bloat += 0.4 * rate[i]
        out[i] = live + bloat
    return "gauge", np.round((out + noise) / 8192) * 8192


def pool_in_use(ctx: Ctx, pool: int, busy: float, profile: str) -> tuple[str, np.ndarray]:
    """Connections checked out of a pool of ``pool``: follows the load, never above the pool."""
    act = ctx.activity(profile)
    ctx.deploys(1.0)
    mean = pool * busy * act / np.quantile(act, 0.95) * ctx.scale()
    out = np.minimum(ctx.counts(np.maximum(mean, 0.5)), pool)
    for a in ctx.of("pool_exhausted"):
        out[a.start : a.end] = pool - (ctx.rng.random(a.end - a.start) < 0.1)
    return "gauge", out


def replicas(ctx: Ctx, low: int, high: int, profile: str) -> tuple[str, np.ndarray]:
    """An autoscaler: replicas follow the load with a cool-down; each step is normal."""
    act = ctx.activity(profile, note_holidays=False)
    target = low + (high - low) * act / np.quantile(act, 0.98)
    out = np.empty(ctx.n)
    now, since = float(low), 99
    for i in range(ctx.n):
        want = float(np.clip(np.round(target[i]), low, high))
        since += 1
        if abs(want - now) >= 1 and since >= 6:
            now = now + np.sign(want - now) * (1 + (abs(want - now) >= 3))
            since = 0
            ctx.note(i - 2, i + 4, "autoscale_step")
        out[i] = now
    pattern = np.array([0, 1, 1, 0, 0, 1, 0, 1, 1, 1, 0, 0])
    for a in ctx.of("autoscaler_flap"):
        span = np.arange(a.end - a.start)
        out[a.start : a.end] = out[a.start] + a.mag * pattern[span % len(pattern)]
    return "gauge", out


def hit_ratio(ctx: Ctx, level: float, profile: str) -> tuple[str, np.ndarray]:
    """A cache: slightly worse at night (cold keys); after a deploy it starts cold and warms in half an hour."""
    act = ctx.activity(profile, note_holidays=False)
    deploys = ctx.deploys(1.5, blip=10, kind="cache_cold_start")
    noise = ctx.ar1(0.006, 0.6)
    out = level - 0.035 * (1 - act / act.max()) + noise * ctx.jitter()
    for row in deploys:
        span = np.arange(min(12, ctx.n - row))
        out[row : row + len(span)] -= (level - 0.4) * np.exp(-span / 2.5)
    for a in ctx.of("hit_ratio_decay"):
        out[a.start : a.end] -= a.mag * np.linspace(0, 1, a.end - a.start) ** 1.3
    return "ratio", np.clip(out, 0.0, 1.0)


def error_ratio(ctx: Ctx, level: float, profile: str) -> tuple[str, np.ndarray]:
    """Failed over all requests: a bit higher at night (fewer, odder requests), log-normal scatter."""
    act = ctx.activity(profile)
    deploys = ctx.deploys(1.5, blip=2)
    out = level * (0.75 + 0.5 * (1 - act / act.max())) * ctx.scale() * ctx.lognormal(0.22)
    for row in deploys:
        out[row : row + 2] *= 1.8
    return "ratio", np.clip(out, 0.0, 1.0)


def cpu_percent(
    ctx: Ctx, idle: float, span: float, profile: str, batch: tuple[float, float, float] | None = None, report=None
) -> tuple[str, np.ndarray]:
    """Node CPU: the day curve, a nightly batch plateau, a Monday report job; AR(1) scatter."""
    c = ctx.clock
    act = ctx.activity(profile)
    ndays = int(c.day_index()[-1]) + 1
    jitter = ctx.rng.normal(0, 1.0, ndays)
    noise = ctx.ar1(1.6, 0.7) * ctx.jitter()
    out = idle + span * act / np.quantile(act, 0.97) * ctx.scale()
    if batch is not None:
        start_h, hours, load = batch
        skipped = {a.day for a in ctx.of("batch_skipped")}
        late = {a.day: a.mag for a in ctx.of("batch_late")}
        for day in range(ndays):
            if day in skipped or c.at(day, start_h) >= ctx.n - 1:
                continue
            s = c.at(day, start_h + late.get(day, 0.0)) + int(round(jitter[day]))
            out[s : s + int(hours * 12)] += load
    if report is not None:
        weekday, hour, hours = report
        for row in weekly_rows(c, weekday, hour):
            out[row : row + int(hours * 12)] += 35.0
            ctx.note(row, row + int(hours * 12) + 2, "weekly_report")
    return "percentage", np.clip(out + noise, 0.0, 100.0)


def latency(
    ctx: Ctx, base: float, profile: str, load: float = 0.6, sigma: float = 0.07, deploys: float = 1.5
) -> tuple[str, np.ndarray]:
    """A latency percentile: rises with the load, log-normal scatter, one-scrape blips (GC, a slow disk)."""
    act = ctx.activity(profile)
    rows = ctx.deploys(deploys, blip=2)
    blips = ctx.rng.random(ctx.n) < 0.004
    blip_size = ctx.rng.uniform(1.7, 2.8, ctx.n)
    out = base * (1 + load * act / act.max()) * ctx.scale() * ctx.lognormal(sigma)
    out = np.where(blips, out * blip_size, out)
    for row in rows:
        out[row : row + 2] *= 1.6
    return "latency", out


def rate_gauge(
    ctx: Ctx, per_s: float, profile: str, sigma: float = 0.03, maint=None, deploys: float = 1.0
) -> tuple[str, np.ndarray]:
    """A rate already computed by the exporter (requests/s, active sessions): smooth multiplicative scatter."""
    act = ctx.activity(profile)
    rows = ctx.deploys(deploys, blip=2)
    out = per_s * act * ctx.scale() * (1 + ctx.ar1(sigma, 0.7) * ctx.jitter())
    if maint is not None:
        weekday, hour, hours = maint
        for row in weekly_rows(ctx.clock, weekday, hour):
            out[row : row + int(hours * 12)] *= 0.03
            ctx.note(row, row + int(hours * 12) + 2, "maintenance_window")
    for row in rows:
        out[row] *= 0.8
    return "gauge", np.maximum(out, 0.0)


def queue_depth(ctx: Ctx, depth: float, profile: str) -> tuple[str, np.ndarray]:
    """Messages ready in a queue: follows the load, with short bursts the consumers clear within minutes."""
    act = ctx.activity(profile)
    bursts = ctx.rng.random(ctx.n) < 0.006
    burst_size = ctx.rng.uniform(2.0, 4.0, ctx.n)
    mean = depth * (0.1 + act) * ctx.scale()
    out = ctx.counts(mean)
    return "gauge", np.where(bursts, out * burst_size, out)


__all__ = [
    "cpu_percent",
    "db_size",
    "disk_used",
    "error_ratio",
    "heap_used",
    "hit_ratio",
    "latency",
    "leaky_rss",
    "pool_in_use",
    "queue_depth",
    "rate_gauge",
    "replicas",
]
