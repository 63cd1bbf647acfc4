"""Blind ops-metric anomaly set (issue #14.1): series written without reading the ops detector or the recipes of
bench/ops_series_data.py, to check that the detector's figures are not an artefact of one team writing both.

Run: python bench/ops_series_blind.py --out DIR      writes DIR/blind/NAME.csv and DIR/labels.json
     python bench/ops_series.py --split blind         scores it (generated in memory, fixed seed BLIND_SEED)

60 series (12 archetypes x 5), 10 to 21 days of 5-minute steps each, in eleven time zones (half-hour offsets and
2026 US/EU daylight-saving transitions included), starting at any time of day. Normal behaviour that must not
alarm: diurnal and weekly cycles (quiet weekends for business traffic, busier weekends for consumer traffic),
public holidays that look like a Sunday, growth trends, deploy steps, counter restarts, nightly backups, batch
jobs, log rotation and weekly compaction, GC and restart sawtooth, hourly producer bursts, nightly cache flushes,
isolated p99 blips, missed scrapes. Anomaly windows [start, end) are labelled only after the 7 probation days.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
from ops_blind_clock import DAY, HOUR, STEP_S, ZONES, Clock, Planner, ar1, dst_bounds, scrapes, traffic_shape, trend
from ops_series_data import OpsSeries

BLIND_SEED = 20_261_204
SERIES = 60
FIRST_ID = 5000  # series names end in _s5000.._s5059 (the benches split the name there)
SERVICES = ("checkout", "search", "auth", "catalog", "billing", "media", "gateway", "profile", "orders", "notify")


class Ctx:
    def __init__(self, rng: np.random.Generator, clock: Clock) -> None:
        self.rng, self.clock, self.n = rng, clock, clock.n
        self.plan = Planner(rng, clock)

    def pick(self, menu: tuple[str, ...]) -> list[str]:
        count = int(self.rng.choice([0, 1, 1, 2, 2, 2, 3]))
        return [str(k) for k in self.rng.choice(menu, size=count)]

    def holiday(self) -> None:
        """A weekday in the scored part that behaves like a Sunday (normal; kept clear of anomaly windows)."""
        c = self.clock
        days = [d for d in np.unique(c.day[self.plan.first : -DAY]) if (d + 3) % 7 < 5]
        if days:
            day = int(self.rng.choice(days))
            c.holidays.add(day)
            rows = np.flatnonzero(c.day == day)
            self.plan.protected.append((int(rows[0]), int(rows[-1]) + 1))

    def deploys(self, most: int) -> list[int]:
        """Rows of deploys (weekday working hours, normal), protected from anomaly windows."""
        c = self.clock
        ok = np.flatnonzero((c.weekday < 5) & (c.hour >= 10) & (c.hour < 17))
        rows = sorted(int(r) for r in self.rng.choice(ok, size=int(self.rng.integers(0, most + 1)), replace=False))
        self.plan.protected += [(r - HOUR, r + 2 * HOUR) for r in rows]
        return rows

    def load(self, profile: str, weekdaylike: np.ndarray | None = None) -> np.ndarray:
        daily, weekend = traffic_shape(self.rng, self.clock, profile)
        quiet = self.clock.weekend if weekdaylike is None else self.clock.weekend & ~weekdaylike
        return daily * np.where(quiet, weekend, 1.0)

    def rows_at_local(self, hour: float) -> np.ndarray:
        """First row of each local day at or after ``hour``."""
        c = self.clock
        hit = (c.hour >= hour) & (np.r_[True, c.hour[:-1] < hour] | np.r_[True, np.diff(c.day) != 0])
        return np.flatnonzero(hit)


def counter(increments: np.ndarray, restarts: list[int]) -> np.ndarray:
    """Cumulative counter that starts again from zero at each restart row (a process restart, normal)."""
    values = np.cumsum(increments, dtype=float)
    for r in sorted(restarts):
        if 0 < r < len(values):
            values[r:] -= values[r - 1]
    return values


def _svc(ctx: Ctx) -> str:
    return str(ctx.rng.choice(SERVICES))


def _profile(ctx: Ctx) -> str:
    profile = str(ctx.rng.choice(["business", "business", "consumer", "global"]))
    if profile == "business" and ctx.rng.random() < 0.5:
        ctx.holiday()
    return profile


def requests(ctx: Ctx) -> tuple[str, str, np.ndarray]:
    rng, n, plan = ctx.rng, ctx.n, ctx.plan
    profile = _profile(ctx)
    restarts = ctx.deploys(3)
    mult, weekdaylike, glitches = np.ones(n), np.zeros(n, bool), []
    busy = {"business": (8.0, 19.0), "consumer": (17.0, 23.0)}.get(profile, (0.0, 24.0))
    for kind in ctx.pick(("traffic_drop", "traffic_stall", "weekend_as_weekday", "counter_restored")):
        if kind == "traffic_drop" and (s := plan.place(int(rng.integers(3, 19)), kind, busy)) is not None:
            mult[s : plan.windows[-1][1]] *= rng.uniform(0.15, 0.6)
        elif kind == "traffic_stall" and (s := plan.place(int(rng.integers(3, 13)), kind, busy)) is not None:
            mult[s : plan.windows[-1][1]] = 0.0
        elif kind == "weekend_as_weekday" and profile == "business":
            if (s := plan.place(13 * HOUR, kind, (7.0, 7.09), weekdays=(5, 6))) is not None:
                weekdaylike[s : s + 13 * HOUR] = True
        elif kind == "counter_restored" and (s := plan.place(int(rng.integers(2, 7)), kind)) is not None:
            glitches.append(s)
    base = 10 ** rng.uniform(2.7, 5.0)
    noise = np.exp(ar1(rng, n, rng.uniform(0.03, 0.08), 0.8))
    load = ctx.load(profile, weekdaylike)
    values = counter(rng.poisson(base * load * trend(rng, n) * noise * mult).astype(float), restarts)
    for s in glitches:  # the process restarts, then a "restore" puts the old total back on top
        e = next(e for w, e, _ in plan.windows if w == s)
        values[s:e] = np.cumsum(values[s:e] - values[s - 1 : e - 1])
        plan.relabel(s, s, e + 1)
    name = f"{_svc(ctx)}_http_requests_total"
    return name, "counter", values


def failures(ctx: Ctx) -> tuple[str, str, np.ndarray]:
    rng, n, plan = ctx.rng, ctx.n, ctx.plan
    rate0 = rng.uniform(0.03, 1.2)
    lam = rate0 * (0.3 + 0.7 * ctx.load(str(rng.choice(["business", "consumer", "global"]))))
    extra = np.zeros(n)
    for kind in ctx.pick(("count_burst", "count_burst", "count_elevated")):
        if kind == "count_burst" and (s := plan.place(int(rng.integers(1, 4)), kind)) is not None:
            extra[s : plan.windows[-1][1]] = rng.uniform(6, 25) * max(1.0, rate0)
        elif kind == "count_elevated" and (s := plan.place(int(rng.integers(12, 37)), kind)) is not None:
            extra[s : plan.windows[-1][1]] = lam[s : plan.windows[-1][1]] * rng.uniform(4, 8)
    metric = str(rng.choice(["payment_failures", "login_failures", "job_retries", "upstream_timeouts"]))
    values = counter(rng.poisson(lam + extra).astype(float), ctx.deploys(2))
    return f"{_svc(ctx)}_{metric}_total", "counter", values


def error_ratio(ctx: Ctx) -> tuple[str, str, np.ndarray]:
    rng, n, plan = ctx.rng, ctx.n, ctx.plan
    volume = np.maximum(1, np.round(10 ** rng.uniform(2.0, 4.3) * ctx.load(_profile(ctx)) * trend(rng, n)))
    p = np.full(n, 10 ** rng.uniform(-3.3, -1.8)) * np.exp(ar1(rng, n, 0.15, 0.9))
    for r in ctx.deploys(3):
        if rng.random() < 0.5:
            p[r] *= rng.uniform(2, 4)  # a deploy's brief error blip (normal)
    for kind in ctx.pick(("error_burst", "error_burst", "error_elevated")):
        if kind == "error_burst" and (s := plan.place(int(rng.integers(2, 10)), kind)) is not None:
            e = plan.windows[-1][1]
            p[s:e] = np.minimum(0.6, p[s:e] * rng.uniform(10, 50))
        elif kind == "error_elevated" and (s := plan.place(int(rng.integers(24, 73)), kind)) is not None:
            e = plan.windows[-1][1]
            p[s:e] *= np.minimum(1, (np.arange(e - s) + 1) / 3) * rng.uniform(2, 6) + 1
    values = rng.binomial(volume.astype(np.int64), np.minimum(p, 1)) / volume
    return f"{_svc(ctx)}_http_5xx_ratio", "ratio", values


def cpu(ctx: Ctx) -> tuple[str, str, np.ndarray]:
    rng, n, plan = ctx.rng, ctx.n, ctx.plan
    level = rng.uniform(8, 35) + rng.uniform(10, 40) * ctx.load(_profile(ctx))
    level += ar1(rng, n, rng.uniform(1, 3), 0.6) + rng.normal(0, 0.7, n)
    if rng.random() < 0.6:  # nightly backup
        hour, length, bump = rng.uniform(1, 4), int(rng.integers(4, 9)), rng.uniform(15, 35)
        for r in ctx.rows_at_local(hour):
            level[r : r + length] += bump + rng.normal(0, 2, len(level[r : r + length]))
    for r in ctx.deploys(3):
        level[r:] += rng.uniform(-8, 8)
    stuck = []
    for kind in ctx.pick(("metric_stuck", "cpu_saturated", "gradual_shift")):
        if kind == "metric_stuck" and (s := plan.place(int(rng.integers(12, 73)), kind)) is not None:
            stuck.append((s, plan.windows[-1][1]))
        elif kind == "cpu_saturated" and (s := plan.place(int(rng.integers(4, 19)), kind)) is not None:
            e = plan.windows[-1][1]
            level[s:e] = rng.uniform(93, 99) + rng.normal(0, 1.5, e - s)
        elif kind == "gradual_shift":
            ramp, hold = int(rng.integers(12, 25)), int(rng.integers(36, 121))
            if (s := plan.place(ramp + hold, kind, (8.0, 18.0))) is not None:
                lift = rng.uniform(12, 30) * np.minimum(1, (np.arange(ramp + hold) + 1) / ramp)
                level[s : s + ramp + hold] += lift
    values = np.round(np.clip(level, 0.5, 100), 1)
    for s, e in stuck:  # the exporter keeps serving its last reading
        values[s:e] = values[s - 1]
    return f"{_svc(ctx)}_node_cpu_utilisation_percent", "percentage", values


def memory(ctx: Ctx) -> tuple[str, str, np.ndarray]:
    rng, n, plan = ctx.rng, ctx.n, ctx.plan
    base = rng.uniform(0.4, 6) * 2**30
    growth = np.full(n, base * rng.uniform(0.001, 0.006) / HOUR)
    restarts = set(ctx.deploys(5))
    if rng.random() < 0.4:  # a nightly rolling restart keeps the working set in check
        restarts.update(int(r) for r in ctx.rows_at_local(rng.uniform(1, 5)))
    for kind in ctx.pick(("leak_faster", "leak_faster", "crash_loop")):
        if kind == "leak_faster" and (s := plan.place(int(rng.integers(36, 145)), kind)) is not None:
            e = plan.windows[-1][1]
            growth[s:e] *= rng.uniform(4, 12)
            restarts.add(e - 1)  # killed for memory at the end
        elif kind == "crash_loop" and (s := plan.place(int(rng.integers(12, 37)), kind)) is not None:
            restarts.update(range(s, plan.windows[-1][1], int(rng.integers(3, 7))))
    level = np.empty(n)
    since = 0.0
    for i in range(n):
        since = 0.0 if i in restarts else since + growth[i]
        level[i] = since
    period = int(rng.integers(2, 9))
    gc = rng.uniform(0.01, 0.05) * base * ((np.arange(n) % period) / period)
    values = base * rng.uniform(0.97, 1.03) + level + gc + rng.normal(0, 0.003 * base, n)
    warm = np.array(sorted(restarts))
    for r in warm:  # a fresh process starts below its working set and warms up within a few steps
        values[r : r + 3] -= base * np.array([0.5, 0.25, 0.1])[: len(values[r : r + 3])]
    return f"{_svc(ctx)}_container_memory_working_set_bytes", "gauge", np.round(values)


def latency(ctx: Ctx) -> tuple[str, str, np.ndarray]:
    rng, n, plan = ctx.rng, ctx.n, ctx.plan
    base = 10 ** rng.uniform(-1.5, -0.1)
    mult = 1 + rng.uniform(0.1, 0.8) * ctx.load(_profile(ctx))
    mult *= np.exp(ar1(rng, n, rng.uniform(0.05, 0.12), 0.7) + rng.normal(0, rng.uniform(0.04, 0.12), n))
    blips = rng.random(n) < 0.003
    mult[blips] *= rng.uniform(1.5, 3, int(blips.sum()))  # a lone slow request at p99 (normal)
    if rng.random() < 0.4:  # nightly heavy job slows the service a little
        hour, length, slow = rng.uniform(0, 5), int(rng.integers(6, 13)), rng.uniform(1.3, 1.6)
        for r in ctx.rows_at_local(hour):
            mult[r : r + length] *= slow
    for r in ctx.deploys(3):
        mult[r:] *= rng.uniform(0.9, 1.1)
    for kind in ctx.pick(("latency_creep", "latency_step")):
        if kind == "latency_creep" and (s := plan.place(int(rng.integers(48, 193)), kind)) is not None:
            e = plan.windows[-1][1]
            mult[s:e] *= 1 + (rng.uniform(1.8, 3.5) - 1) * (np.arange(e - s) + 1) / (e - s)
        elif kind == "latency_step" and (s := plan.place(int(rng.integers(4, 37)), kind)) is not None:
            mult[s : plan.windows[-1][1]] *= rng.uniform(2, 5)
    quantile = str(rng.choice(["p99", "p95"]))
    return f"{_svc(ctx)}_http_request_duration_seconds_{quantile}", "latency", np.round(base * mult, 4)


def queue(ctx: Ctx) -> tuple[str, str, np.ndarray]:
    rng, n, plan, c = ctx.rng, ctx.n, ctx.plan, ctx.clock
    rate = rng.uniform(200, 5000)
    arrivals = rng.poisson(rate * ctx.load(str(rng.choice(["business", "consumer", "global"])))).astype(float)
    if rng.random() < 0.7:  # producers that publish at the top of every hour
        tops = np.flatnonzero(np.r_[True, np.floor(c.hour[1:]) != np.floor(c.hour[:-1])])
        arrivals[tops] += rng.uniform(2, 6) * rate * rng.uniform(0.8, 1.2, len(tops))
    capacity = np.full(n, rate * rng.uniform(1.4, 2.2))
    for kind in ctx.pick(("consumer_stalled", "consumer_slow")):
        length = int(rng.integers(6, 31)) if kind == "consumer_stalled" else int(rng.integers(36, 97))
        if (s := plan.place(length, kind, tail=6 * HOUR)) is not None:
            e = plan.windows[-1][1]
            slow = 0.0 if kind == "consumer_stalled" else rng.uniform(0.4, 0.75) * arrivals[s:e].mean()
            capacity[s:e] = slow
    normal = _drain(arrivals, np.full(n, capacity.max()))
    depth = _drain(arrivals, capacity)
    for s, e, _ in list(plan.windows):  # the incident lasts until the backlog is gone
        gone = np.flatnonzero(np.abs(depth[e:] - normal[e:]) <= 0.05 * normal.max() + 1)
        plan.relabel(s, s, e + int(gone[0]) if len(gone) else n)
    name = f"{_svc(ctx)}_{rng.choice(['queue_depth', 'consumer_lag_messages'])}"
    return name, "gauge", np.round(depth) + rng.poisson(3, n)


def _drain(arrivals: np.ndarray, capacity: np.ndarray) -> np.ndarray:
    depth, q = np.empty(len(arrivals)), 0.0
    for i, (a, cap) in enumerate(zip(arrivals, capacity, strict=True)):
        q = max(0.0, q + a - cap)
        depth[i] = q
    return depth


def disk(ctx: Ctx) -> tuple[str, str, np.ndarray]:
    rng, n, plan, c = ctx.rng, ctx.n, ctx.plan, ctx.clock
    writes = rng.uniform(0.005, 0.04) * (0.3 + ctx.load(_profile(ctx))) * rng.uniform(0.8, 1.2, n)
    rotations = ctx.rows_at_local(rng.uniform(0, 3))
    keep = rng.uniform(0.02, 0.1)  # share of a day's logs kept: slow long-term growth
    compaction = rng.uniform(1, 4) if rng.random() < 0.6 else 0.0
    skipped = set()
    for kind in ctx.pick(("rotation_missed", "disk_fast_fill")):
        if kind == "rotation_missed":
            late = rotations[rotations >= plan.first]
            for r in rng.permutation(late[:-1]):
                nxt = int(rotations[np.searchsorted(rotations, r) + 1])
                if plan.free(int(r), nxt):
                    plan.windows.append((int(r), nxt, kind))
                    skipped.add(int(r))
                    break
        elif (s := plan.place(int(rng.integers(12, 49)), kind)) is not None:
            e = plan.windows[-1][1]
            writes[s:e] *= rng.uniform(6, 20)
            later = rotations[rotations > e]
            plan.relabel(s, s, int(later[0]) if len(later) else n)
    level, since, values = rng.uniform(20, 60), 0.0, np.empty(n)
    rotate = set(int(r) for r in rotations) - skipped
    for i in range(n):
        if i in rotate:
            level -= since * (1 - keep) + (compaction if c.weekday[i] == 6 else 0.0)
            since = 0.0
        level += writes[i]
        since += writes[i]
        values[i] = level
    return f"{_svc(ctx)}_var_log_disk_used_percent", "percentage", np.round(np.clip(values, 0, 100), 2)


def batch(ctx: Ctx) -> tuple[str, str, np.ndarray]:
    rng, n, plan, c = ctx.rng, ctx.n, ctx.plan, ctx.clock
    hour, length, speed = rng.uniform(0.5, 5.5), int(rng.integers(6, 25)), 10 ** rng.uniform(4, 6)
    weekdays_only = rng.random() < 0.4
    starts = [int(r) for r in ctx.rows_at_local(hour) if not weekdays_only or c.weekday[r] < 5]
    runs = {s: (max(0, s + int(rng.integers(-2, 3))), int(length * rng.uniform(0.85, 1.15)), 1.0) for s in starts}
    for kind in ctx.pick(("batch_missed", "batch_wrong_hour", "batch_slow")):
        options = [s for s in starts if s >= plan.first and s + DAY // 2 < n and plan.free(s - 4 * HOUR, s + DAY // 2)]
        if not options:
            continue
        s = int(rng.choice(options))
        start, dur, _ = runs[s]
        if kind == "batch_missed":
            del runs[s]
            plan.windows.append((s, s + length + 6, kind))
        elif kind == "batch_wrong_hour":
            moved = start + int(rng.uniform(3, 9) * HOUR)
            runs[s] = (moved, dur, 1.0)
            plan.windows.append((s, moved + dur, kind))
        else:
            slow = rng.uniform(3, 6)
            runs[s] = (start, int(dur * slow), 1 / slow)
            plan.windows.append((start, start + int(dur * slow), kind))
    increments = np.zeros(n)
    for start, dur, pace in runs.values():
        if start >= n:
            continue
        volume = speed * pace * rng.uniform(0.8, 1.2) * (0.6 if c.weekday[start] >= 5 else 1.0)
        shape = volume * rng.uniform(0.9, 1.1, dur)
        shape[[0, -1]] *= 0.5
        seg = increments[start : start + dur]
        seg += shape[: len(seg)]
    name = f"etl_{rng.choice(['orders', 'ledger', 'search_index', 'billing'])}_rows_processed_total"
    return name, "counter", counter(np.round(increments), ctx.deploys(2))


def heartbeat(ctx: Ctx) -> tuple[str, str, np.ndarray]:
    rng, n, plan = ctx.rng, ctx.n, ctx.plan
    period = int(rng.choice([1, 2, 3, 6, 12]))
    ticks = np.zeros(n)
    due = np.arange(int(rng.integers(0, period)), n, period)
    late = rng.random(len(due)) < 0.02
    ticks[np.minimum(due + late, n - 1)] += 1  # a tick a step late now and then (normal)
    for kind in ctx.pick(("heartbeat_missing", "heartbeat_missing", "duplicate_runs")):
        length = max(3 * period, int(rng.integers(12, 73)))
        if (s := plan.place(length, kind)) is not None:
            e = plan.windows[-1][1]
            ticks[s:e] = 0 if kind == "heartbeat_missing" else 2 * ticks[s:e]
    job = str(rng.choice(["cleanup", "sync_users", "reconcile", "export"]))
    return f"scheduler_{job}_executions_total", "counter", counter(ticks, ctx.deploys(1))


def connections(ctx: Ctx) -> tuple[str, str, np.ndarray]:
    rng, n, plan = ctx.rng, ctx.n, ctx.plan
    pool = int(rng.uniform(40, 300))
    mean = pool * (rng.uniform(0.05, 0.15) + rng.uniform(0.2, 0.45) * ctx.load(_profile(ctx)))
    leak = np.zeros(n)
    for kind in ctx.pick(("connection_leak", "connection_storm")):
        length = int(rng.integers(24, 97)) if kind == "connection_leak" else int(rng.integers(2, 9))
        if (s := plan.place(length, kind)) is not None:
            e = plan.windows[-1][1]
            leak[s:e] = pool * (np.arange(e - s) + 1) / (e - s) * rng.uniform(0.8, 1.5) if kind[-4:] == "leak" else pool
    values = np.minimum(pool, rng.poisson(mean) + leak)
    return f"{_svc(ctx)}_db_connections_active", "gauge", values


def cache(ctx: Ctx) -> tuple[str, str, np.ndarray]:
    rng, n, plan = ctx.rng, ctx.n, ctx.plan
    lookups = np.maximum(1, np.round(10 ** rng.uniform(2.5, 4.5) * ctx.load(_profile(ctx))))
    miss = np.full(n, 1 - rng.uniform(0.88, 0.985))
    if rng.random() < 0.6:  # nightly flush and warm-up (normal)
        hour, tau, low = rng.uniform(0, 5), rng.uniform(3, 8), rng.uniform(0.2, 0.5)
        for r in ctx.rows_at_local(hour):
            k = np.arange(min(6 * int(tau), n - r))
            miss[r : r + len(k)] = np.maximum(miss[r : r + len(k)], (1 - low) * np.exp(-k / tau))
    for kind in ctx.pick(("cache_cold", "cache_degraded")):
        if kind == "cache_cold":
            tau = rng.uniform(6, 24)
            if (s := plan.place(int(3 * tau), kind, (8.0, 20.0))) is not None:
                k = np.arange(int(3 * tau))
                miss[s : s + len(k)] = np.maximum(miss[s : s + len(k)], rng.uniform(0.3, 0.7) * np.exp(-k / tau))
        elif (s := plan.place(int(rng.integers(36, 121)), kind)) is not None:
            e = plan.windows[-1][1]
            miss[s:e] *= rng.uniform(2.5, 5)
    hits = rng.binomial(lookups.astype(np.int64), 1 - np.minimum(miss, 1))
    return f"{_svc(ctx)}_cache_hit_ratio", "ratio", hits / lookups


ARCHETYPES = (requests, failures, error_ratio, cpu, memory, latency, queue, disk, batch, heartbeat, connections, cache)


def generate(index: int) -> OpsSeries:
    """Series ``index`` of the blind set (archetype ``index % 12``), drawn from (BLIND_SEED, index)."""
    rng = np.random.default_rng([BLIND_SEED, index])
    days = int(rng.integers(10, 22))
    zone = ZONES[int(rng.integers(0, len(ZONES)))]
    bounds = dst_bounds(zone[2], zone[1])
    if bounds and rng.random() < 0.4:  # put a daylight-saving change inside the scored part
        edge = bounds[int(rng.integers(0, 2))]
        start_s = edge - int(rng.uniform(7.5, days - 0.5) * 86_400)
    else:
        start_s = 1_767_225_600 + int(rng.integers(7, 330 - days)) * 86_400  # 2026-01-01 + whole days
    start_s = start_s // STEP_S * STEP_S + int(rng.integers(0, DAY)) * STEP_S
    ctx = Ctx(rng, Clock(start_s, days * DAY, zone))
    name, kind, values = ARCHETYPES[index % len(ARCHETYPES)](ctx)
    windows = sorted((int(s), int(min(e, ctx.n)), k) for s, e, k in ctx.plan.windows)
    present = scrapes(rng, ctx.n, windows)
    return OpsSeries(f"{name}_s{FIRST_ID + index}", kind, start_s, np.asarray(values, float), windows, present)


def blind_set() -> list[OpsSeries]:
    return [generate(i) for i in range(SERIES)]


def write(out: Path) -> None:
    """The set in the written layout of bench/ops_series.py (DIR/blind/NAME.csv and DIR/labels.json)."""
    folder = out / "blind"
    folder.mkdir(parents=True, exist_ok=True)
    labels = {}
    for series in blind_set():
        stamps = series.timestamps_ms[series.rows].astype("datetime64[ms]").astype(str)
        rows = "\n".join(f"{t}Z,{v:.10g}" for t, v in zip(stamps, series.values[series.rows], strict=True))
        (folder / f"{series.name}.csv").write_text("timestamp,value\n" + rows + "\n")
        labels[f"blind/{series.name}.csv"] = {"kind": series.kind, "windows": [list(w) for w in series.windows]}
    (out / "labels.json").write_text(json.dumps(labels, indent=1) + "\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="folder to write blind/ and labels.json")
    write(parser.parse_args().out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
