"""Metric families of the sixth blind ops set that carry state from step to step: disks that fill and rotate,
leaking memory, growing databases, autoscaled replicas, room temperatures, queues, reporting fleets and throughput
gauges (bench/ops_series_blind6.py; the shared context is in ops_blind6_shapes)."""

from __future__ import annotations

import numpy as np
from ops_blind6_shapes import Ctx


def _growth_factor(ctx: Ctx) -> np.ndarray:
    """Write-rate multiplier: 1, then the fault's size from a growth change on (labelled to the series' end)."""
    m = np.ones(ctx.n)
    for f in ctx.of("growth_change"):
        m[f.start :] *= f.size
        ctx.windows.append((f.start, ctx.n, f.kind))
    return m


def disk(ctx: Ctx) -> tuple[str, np.ndarray]:
    """Log volume: fills with the traffic, rotated shortly after local midnight (archives grow slowly); a missed
    rotation keeps filling until someone cleans up by hand. ``percent`` reports it as a share of the volume."""
    p, c = ctx.params, ctx.clock
    writes = p["write"] * (0.15 + ctx.load) * np.exp(ctx.rng.normal(0, 0.1, ctx.n)) * _growth_factor(ctx)
    skipped = np.zeros(ctx.n, bool)
    for f in ctx.of("retention_stopped"):
        skipped[f.start : f.end] = True
        ctx.label(f)
    cleanups = {f.end for f in ctx.of("retention_stopped")}
    rotations = set()
    for d in range(1, len(c.dates)):
        r = c.row(d, p.get("rotate_hour", 0.1)) + int(ctx.rng.integers(0, 3))
        if not skipped[r]:
            rotations.add(r)
            ctx.normals.append((r, r + 1, "log_rotation"))
    v = np.empty(ctx.n)
    archive, level = p["base"], 0.0
    for i in range(ctx.n):
        if i in rotations or i in cleanups:
            archive += 0.04 * level
            level = 0.0
        level += writes[i]
        v[i] = archive + level
    if "capacity" in p:
        return "percentage", np.clip(100 * v / p["capacity"], 0, 100)
    return "gauge", v


def memory(ctx: Ctx) -> tuple[str, np.ndarray]:
    """Resident memory of a leaking process, restarted every 16-40 hours (a cron, an OOM kill, a deploy)."""
    p = ctx.params
    leak = p["leak"] * (0.5 + ctx.load) * _growth_factor(ctx)
    restarts, r = [], int(ctx.rng.integers(60, 300))
    while r < ctx.n:
        restarts.append(r)
        r += int(ctx.rng.integers(16 * 12, 40 * 12))
    v = np.empty(ctx.n)
    held = 0.0
    for i in range(ctx.n):
        held = 0.0 if i in restarts else held + leak[i]
        v[i] = p["base"] + held
    ctx.normals += [(r, r + 3, "leak_restart") for r in restarts]
    return "gauge", v * np.exp(ctx.rng.normal(0, 0.004, ctx.n))


def database(ctx: Ctx) -> tuple[str, np.ndarray]:
    """A database's size: grows with the writes, a weekly compaction (Sunday 03:00 local) gives some back."""
    p, c = ctx.params, ctx.clock
    inserts = p["insert"] * (0.2 + ctx.load) * np.exp(ctx.rng.normal(0, 0.15, ctx.n)) * _growth_factor(ctx)
    compactions = set()
    for d in range(len(c.dates)):
        if c.weekday[c.day_rows(d)[0]] == 6:
            r = c.row(d, 3) + int(ctx.rng.integers(0, 4))
            compactions.add(r)
            ctx.normals.append((r, r + 6, "compaction"))
    v, size, since = np.empty(ctx.n), p["base"], 0.0
    for i in range(ctx.n):
        if i in compactions:
            size -= 0.35 * since
            since = 0.0
        size += inserts[i]
        since += inserts[i]
        v[i] = size
    return "gauge", v


def replicas(ctx: Ctx) -> tuple[str, np.ndarray]:
    """Autoscaled replicas: up at once when the load asks, down only after half an hour of less; flapping between
    the floor and the ceiling when the autoscaler's metric goes bad."""
    p = ctx.params
    want = np.clip(np.ceil(p["max"] * ctx.load * np.exp(ctx.ar1(0.04, 0.95)) / 0.9), p["min"], p["max"])
    v, cur, lower_since = np.empty(ctx.n), want[0], 0
    for i in range(ctx.n):
        if want[i] > cur * 1.1:
            cur, lower_since = want[i], i
        elif want[i] >= cur * 0.9:
            lower_since = i
        elif i - lower_since >= 6:
            cur, lower_since = max(want[i], cur - 2), i
        v[i] = cur
    for f in ctx.of("autoscaler_flapping"):
        i, high = f.start, True
        while i < f.end:
            run = int(ctx.rng.integers(1, 4))
            v[i : min(f.end, i + run)] = p["max"] if high else p["min"]
            i, high = i + run, not high
        ctx.label(f)
    changes = [int(r) for r in np.flatnonzero(np.diff(v) != 0) + 1 if not _inside(ctx, r)]
    ramps = np.split(np.array(changes), np.flatnonzero(np.diff(changes) > 6) + 1) if changes else []
    ctx.normals += [(int(r[0]), int(r[-1]) + 1, "autoscale_step") for r in ramps]
    return "gauge", v


def _inside(ctx: Ctx, row: int) -> bool:
    return any(a <= row < b for a, b, _ in ctx.windows)


def temperature(ctx: Ctx) -> tuple[str, np.ndarray]:
    """A room's temperature: a small daily swing with the load; a cooling failure climbs, holds, then cools."""
    p = ctx.params
    v = p["set"] + p.get("swing", 1.2) * ctx.load + ctx.ar1(0.15, 0.9)
    for f in ctx.of("cooling_failure"):
        k = f.end - f.start
        rise, hold = int(k * 0.4), int(k * 0.8)
        bump = np.concatenate(
            [np.linspace(0, 1, rise), np.ones(hold - rise), np.exp(-np.arange(k - hold) / max(1, (k - hold) / 3))]
        )
        v[f.start : f.end] += f.size * bump
        ctx.label(f)
    return "gauge", np.round(v, 1)


def queue(ctx: Ctx) -> tuple[str, np.ndarray]:
    """Messages waiting: arrivals with the load (and bursts), a consumer with headroom; the weekly maintenance
    (Sunday 02:00-03:00 local) pauses it and it catches up after; a stalled consumer lets the backlog climb."""
    p, c = ctx.params, ctx.clock
    arrivals = ctx.rng.poisson(p["rate"] * ctx.load * np.where(ctx.rng.random(ctx.n) < 0.01, 6, 1)).astype(float)
    capacity = np.full(ctx.n, p["rate"] * 1.6 * ctx.load.max())
    pauses = []
    for d in range(len(c.dates)):
        if p.get("maintenance", True) and c.weekday[c.day_rows(d)[0]] == 6:
            a = c.row(d, 2)
            capacity[a : a + 12] = 0
            pauses.append((a, a + 12, "maint_window"))
    for f in ctx.of("consumer_stalled"):
        capacity[f.start : f.end] = 0
    v, depth = np.empty(ctx.n), 0.0
    for i in range(ctx.n):
        depth = max(0.0, depth + arrivals[i] - capacity[i])
        v[i] = depth
    calm = np.percentile(v, 95)
    for a, b, kind in pauses:
        ctx.normals.append((a, b, kind))
        ctx.normals.append((b, _drained(v, b, calm), "catchup"))
    for f in ctx.of("consumer_stalled"):
        ctx.label(f, _drained(v, f.end, calm))
    return "gauge", v


def _drained(v: np.ndarray, row: int, calm: float) -> int:
    after = np.flatnonzero(v[row:] <= calm)
    return row + (int(after[0]) if len(after) else len(v) - row - 1) + 1


def reporting(ctx: Ctx) -> tuple[str, np.ndarray]:
    """Share of a fleet that reported in the last 5 minutes: high and steady, a little lower in the evening
    peak; a region's devices going dark takes a chunk off."""
    p = ctx.params
    v = p.get("level", 98.6) - 0.6 * ctx.load + ctx.ar1(0.25, 0.6)
    for f in ctx.of("traffic_drop"):
        v[f.start : f.end] -= f.size + ctx.ar1(0.8, 0.6)[f.start : f.end]
        ctx.label(f)
    return "percentage", np.clip(v, 0, 100)


def throughput(ctx: Ctx) -> tuple[str, np.ndarray]:
    """A rate gauge (bytes per second) following the load with a few per cent of noise."""
    p = ctx.params
    v = p["base"] * ctx.load * np.exp(ctx.ar1(0.05, 0.7))
    for f in ctx.of("traffic_drop", "regression_shift"):
        v[f.start : f.end] *= f.size
        ctx.label(f)
    return "gauge", v
