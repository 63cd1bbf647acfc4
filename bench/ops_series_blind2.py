"""Second blind ops-metric anomaly set (issue #14.1): 52 series written before reading the ops detector, the recipes
of bench/ops_series_data.py or those of the first blind set, with other services, textures and anomaly kinds.

Run: python bench/ops_series.py --split blind2      scores it (generated in memory from BLIND2_SEED; no files)

13 archetypes x 4 series, 9 to 21 days of 5-minute steps, starting at any step of the day in one of 15 IANA time
zones (bench/ops_blind2_calendar.py: real 2026 daylight-saving dates north and south, 30/45-minute offsets,
Friday-Saturday and Saturday-only weekends, public holidays, Chinese make-up working days, a thin year-end week);
about half of the series are placed so that a holiday or a daylight-saving change falls inside them.

Normal behaviour (never labelled): daily and weekly cycles in local time, holidays, growth or decline, counter
resets at deploys, nightly restarts of a leaking service (sawtooth), segment deletion, minor and weekly major
compaction, crons and bulk producers at fixed local hours, low-volume counters that are mostly zero with lone
blips, single-step GC and p99 spikes, nightly backups, clients reconnecting after a deploy, missed scrapes and
scrape outages, error ratios that go undefined (absent) when a service gets no requests at night.

Planned migrations are labelled NORMAL: traffic moved to a new cluster, a faster release, a JVM collector change,
a Kafka partition reassignment, a dropped table. Each is a permanent step on a working day; announced changes are
normal operations, and an alarm there is an on-call page nobody wanted, so the harness counts it as a false alarm.
(An alarm in the first hour after such a step is arguably forgivable; the figure does not forgive it.)

Label rule: an anomaly window [start, end) runs from the first step at which the faulty process acts on the metric
(even if it is not yet visible, e.g. the first step of a slow creep) to the step at which the metric is back to what
it would have been without the fault (the queue drained, the leak rolled back, the clock stepped back). Windows
start after the 7 probation days, keep 4 hours from each other and from deploys/migrations, and are never hidden by
a scrape outage. Anomaly kinds (14): weekday_fraction, reset_storm, sparse_surge, leak_accelerating, gc_thrash,
cron_double_run, batch_partial, queue_not_draining, latency_bimodal, error_creep, disk_filling_fast,
compaction_stuck, clock_drift, gauge_frozen; plus stale_index on the search archetype (15 in all).
"""

from __future__ import annotations

import datetime as dt

import numpy as np
from ops_blind2_calendar import (
    DAY,
    HOUR,
    PROFILES,
    STEP_S,
    ZONES,
    Calendar,
    Planner,
    anchors,
    growth,
    load,
    scrapes,
)
from ops_blind_clock import ar1  # stationary AR(1) noise: the one helper shared with the first blind set
from ops_series_data import OpsSeries

BLIND2_SEED = 4_122_026
ARCHETYPE_COPIES = 4
FIRST_ID = 7000  # series names end in _s7000.. (the bench splits the name there)
SERVICES = ("ledger", "pricing", "inventory", "identity", "shipping", "recommend", "chat", "ads", "wallet", "tickets")


class Ctx:
    def __init__(self, rng: np.random.Generator, cal: Calendar) -> None:
        self.rng, self.cal, self.n = rng, cal, cal.n
        self.plan = Planner(rng, cal.n)
        self.absent = np.zeros(cal.n, bool)  # steps where the metric itself does not exist (0/0 ratios)

    def kinds(self, menu: tuple[str, ...]) -> list[str]:
        """0 to 2 anomaly kinds for this series (about one series in five stays clean)."""
        count = int(self.rng.choice([0, 1, 1, 2, 2]))
        return [str(k) for k in self.rng.choice(menu, size=count)]

    def svc(self) -> str:
        return str(self.rng.choice(SERVICES))

    def profile(self, menu: tuple[str, ...] = PROFILES) -> str:
        return str(self.rng.choice(menu))

    def deploys(self, most: int) -> list[int]:
        """Deploy rows (working days 09:00-17:00 local), protected from anomaly windows for an hour each side."""
        ok = self.cal.working_rows(9, 17)
        rows = sorted(int(r) for r in self.rng.choice(ok, size=int(self.rng.integers(0, most + 1)), replace=False))
        self.plan.protected += [(r - HOUR, r + HOUR) for r in rows]
        return rows

    def migration(self, chance: float) -> int | None:
        """Row of an announced migration (a working day after the probation week, 10:00-15:00 local), or None; a
        day around it stays clear of anomalies."""
        rows = self.cal.working_rows(10, 15)
        rows = rows[rows >= self.plan.first]
        if self.rng.random() >= chance or not len(rows):
            return None
        row = int(self.rng.choice(rows))
        self.plan.protected.append((row - 6 * HOUR, row + DAY))
        return row

    def working_day_rows(self, hour: float) -> np.ndarray:
        rows = self.cal.rows_at(hour)
        return rows[~self.cal.offday[rows]]


def counter(increments: np.ndarray, resets: list[int] | set[int]) -> np.ndarray:
    """Cumulative counter starting again from its first increment at each reset row (a process restart)."""
    total = np.cumsum(increments, dtype=float)
    out = total.copy()
    for r in sorted(resets):
        if 0 < r < len(out):
            out[r:] = total[r:] - total[r - 1]
            total = out.copy()
    return out


def ramp(length: int) -> np.ndarray:
    return (np.arange(length) + 1) / length


def api_requests(ctx: Ctx) -> tuple[str, str, np.ndarray]:
    """Requests served by one service: local daily/weekly cycle, holidays, growth, counter resets at deploys, and
    maybe an announced move of 35-65 % of the traffic to a new cluster (normal). weekday_fraction: on one working
    day a big client's integration breaks from its office morning to the evening fix (20-50 % of the traffic left).
    reset_storm: the process crash-loops for 30 minutes to 2 hours, restarting every 1-3 scrapes and serving less."""
    rng, n, plan = ctx.rng, ctx.n, ctx.plan
    rate = 10 ** rng.uniform(2.3, 4.5) * load(rng, ctx.cal, ctx.profile()) * growth(rng, n)
    rate *= np.exp(ar1(rng, n, 0.05, 0.9))
    resets = set(ctx.deploys(3))
    if (m := ctx.migration(0.5)) is not None:
        rate[m:] *= rng.uniform(0.35, 0.65)
    for kind in ctx.kinds(("weekday_fraction", "reset_storm")):
        if kind == "weekday_fraction":
            length = int(rng.uniform(7, 10) * HOUR)
            if (s := plan.place(length, kind, ctx.working_day_rows(rng.uniform(8, 10)))) is not None:
                rate[s : s + length] *= rng.uniform(0.2, 0.5)
        elif (s := plan.place(int(rng.integers(6, 25)), kind)) is not None:
            e = plan.windows[-1][1]
            rate[s:e] *= rng.uniform(0.3, 0.7)
            resets.update(range(s, e, int(rng.integers(1, 4))))
    name = f"{ctx.svc()}_{rng.choice(['http_server_requests', 'grpc_server_handled'])}_total"
    return name, "counter", counter(rng.poisson(rate).astype(float), resets)


def sparse_failures(ctx: Ctx) -> tuple[str, str, np.ndarray]:
    """A rare failure counter, zero on most steps: 0.01-0.15 failures per step following traffic, lone retries of
    2-5 failures now and then (normal). sparse_surge: 1-4 hours of a steady 10x+ failure rate (an upstream DNS
    resolver timing out, an SMTP relay refusing)."""
    rng, n, plan = ctx.rng, ctx.n, ctx.plan
    lam = rng.uniform(0.01, 0.15) * (0.4 + 0.6 * load(rng, ctx.cal, ctx.profile()))
    extra = np.where(rng.random(n) < 0.002, rng.integers(2, 6, n), 0).astype(float)
    for kind in ctx.kinds(("sparse_surge", "sparse_surge")):
        if (s := plan.place(int(rng.integers(12, 49)), kind)) is not None:
            e = plan.windows[-1][1]
            lam[s:e] = max(rng.uniform(0.6, 3.0), 10 * lam[s:e].max())
    metric = rng.choice(["dns_lookup_failures", "oauth_refresh_failures", "smtp_send_failures"])
    values = counter(rng.poisson(lam) + extra, ctx.deploys(2))
    return f"{ctx.svc()}_{metric}_total", "counter", values


def leaky_rss(ctx: Ctx) -> tuple[str, str, np.ndarray]:
    """Resident memory of a service with a known slow per-request leak, restarted by a cron every night (03:00-04:30
    local) and by deploys: a daily sawtooth whose slope follows traffic, with a small GC ripple and a warm-up after
    each restart. leak_accelerating: a release leaks 3-7x faster until rolled back 12-36 hours later; the process is
    OOM-killed at its limit in between (the window ends with the rollback's restart)."""
    rng, n, plan, cal = ctx.rng, ctx.n, ctx.plan, ctx.cal
    limit = rng.uniform(1, 4) * 2**30
    base = limit * rng.uniform(0.3, 0.45)
    traffic = load(rng, cal, ctx.profile(("office", "consumer", "global")))
    slope = rng.uniform(0.12, 0.3) * limit / DAY * traffic / traffic.mean()
    restarts = {int(r) for r in cal.rows_at(rng.uniform(3, 4.5))} | set(ctx.deploys(3))
    for kind in ctx.kinds(("leak_accelerating",)):
        length = int(rng.uniform(12, 36) * HOUR)
        if (s := plan.place(length, kind, cal.working_rows(9, 17))) is not None:
            slope[s : s + length] *= rng.uniform(3, 7)
            restarts.add(s + length - 1)  # the rollback
    level, grown = np.empty(n), 0.0
    for i in range(n):
        if i in restarts or base + grown >= 0.98 * limit:
            grown = 0.0
        grown += slope[i]
        level[i] = base + grown
    since = np.zeros(n, int)
    for i in range(1, n):
        since[i] = 0 if level[i] < level[i - 1] - 0.02 * base else since[i - 1] + 1
    level -= base * 0.3 * np.exp(-since / 2.0)  # caches warm up after a restart
    period = int(rng.integers(3, 7))
    level += 0.02 * base * (np.arange(n) % period) / period + rng.normal(0, 0.002 * base, n)
    return f"{ctx.svc()}_process_resident_memory_bytes", "gauge", np.round(level)


def gc_time(ctx: Ctx) -> tuple[str, str, np.ndarray]:
    """Share of wall time a JVM spends in GC pauses: 1-5 % following traffic, lone full-GC spikes of +3-10 points
    (normal), maybe an announced collector change that cuts it by 30-50 % (normal). gc_thrash: the heap runs full
    and GC time climbs to 20-60 % over an hour or two, until the pod is restarted (1-3 hours in all)."""
    rng, n, plan = ctx.rng, ctx.n, ctx.plan
    pct = rng.uniform(0.3, 1.5) + rng.uniform(0.5, 3) * load(rng, ctx.cal, ctx.profile()) + ar1(rng, n, 0.15, 0.7)
    pct += np.where(rng.random(n) < 0.005, rng.uniform(3, 10, n), 0.0)
    if (m := ctx.migration(0.5)) is not None:
        pct[m:] *= rng.uniform(0.5, 0.7)
    for kind in ctx.kinds(("gc_thrash",)):
        length = int(rng.integers(12, 37))
        if (s := plan.place(length, kind)) is not None:
            top = rng.uniform(20, 60)
            pct[s : s + length] += top * np.minimum(1, ramp(length) * 1.6) + rng.normal(0, 2, length)
    return f"{ctx.svc()}_jvm_gc_pause_time_percent", "percentage", np.round(np.clip(pct, 0, 100), 2)


def cron_rows(ctx: Ctx) -> tuple[str, str, np.ndarray]:
    """Rows exported by a nightly cron at a fixed local time (its UTC hour moves with daylight saving), 20-60
    minutes long, on every day or working days only, smaller on days off; flat in between; counter reset at
    deploys. cron_double_run: after a scheduler fail-over both schedulers fire, the second copy 5-60 minutes after
    the first (window: the second copy). batch_partial: the upstream export was nearly empty, the run processes
    5-25 % of its rows and ends early (window: the usual run)."""
    rng, n, plan, cal = ctx.rng, ctx.n, ctx.plan, ctx.cal
    rows = cal.rows_at(rng.uniform(0.5, 5.5))
    if rng.random() < 0.4:
        rows = rows[~cal.offday[rows]]
    length, volume = int(rng.integers(4, 13)), 10 ** rng.uniform(4, 6.5)
    runs = []  # (start, steps, rows)
    for r in rows:
        size = volume * rng.uniform(0.85, 1.15) * (rng.uniform(0.3, 0.6) if cal.offday[r] else 1.0)
        runs.append((int(r) + int(rng.integers(0, 2)), max(2, int(length * rng.uniform(0.8, 1.2))), size))
    late = [k for k, run in enumerate(runs) if run[0] >= plan.first and run[0] + 3 * HOUR < n]
    for kind in ctx.kinds(("cron_double_run", "batch_partial")) if late else []:
        k = int(rng.choice(late))
        start, steps, size = runs[k]
        if kind == "cron_double_run":
            second = start + int(rng.integers(1, 13))
            if plan.free(second, second + steps):
                plan.windows.append((second, second + steps, kind))
                runs.append((second, steps, size * rng.uniform(0.95, 1.05)))
        elif plan.free(start, start + steps):
            plan.windows.append((start, start + steps, kind))
            short = max(1, int(steps * rng.uniform(0.1, 0.4)))
            runs[k] = (start, short, size * rng.uniform(0.05, 0.25))
    inc = np.zeros(n)
    for start, steps, size in runs:
        seg = inc[start : start + steps]
        seg += size / steps * rng.uniform(0.8, 1.2, len(seg))
    job = rng.choice(["invoice_export", "crm_sync", "warehouse_load", "gdpr_purge"])
    return f"{job}_records_processed_total", "counter", counter(np.round(inc), ctx.deploys(2))


def queue_depth(ctx: Ctx) -> tuple[str, str, np.ndarray]:
    """Messages ready in a queue fed by a bulk producer every 2-6 hours on the hour (local), its size following the
    time of day, plus a trickle; consumers drain each dump in 10-90 minutes (10-25 % slower at night when they
    share nodes with the batch). queue_not_draining: consumers stop 5-15 minutes after a dump (a bad deploy, a lost
    broker connection) for 1.5-3 producer periods; the window lasts until the backlog is gone again."""
    rng, n, plan, cal = ctx.rng, ctx.n, ctx.plan, ctx.cal
    period = int(rng.choice([2, 3, 4, 6]))
    tops = np.flatnonzero((np.r_[True, np.floor(cal.hour[1:]) != np.floor(cal.hour[:-1])]) & (cal.hour % period < 1))
    size = 10 ** rng.uniform(3, 5.5)
    arrivals = rng.poisson(size * 0.002, n).astype(float)
    traffic = load(rng, cal, ctx.profile())
    arrivals[tops] += size * (0.3 + 0.7 * traffic[tops]) * rng.uniform(0.85, 1.15, len(tops))
    capacity = np.full(n, size / rng.uniform(6, 18))
    capacity[(cal.hour >= 1) & (cal.hour < 5)] *= rng.uniform(0.75, 0.9)
    for kind in ctx.kinds(("queue_not_draining",)):
        length = int(rng.uniform(1.5, 3) * period * HOUR)
        if (s := plan.place(length, kind, tops + int(rng.integers(1, 4)))) is not None:
            capacity[s : s + length] = 0.0
    normal = _drain(arrivals, np.where(capacity > 0, capacity, capacity.max()))
    depth = _drain(arrivals, capacity)
    for s, e, _ in list(plan.windows):
        back = np.flatnonzero(depth[e:] <= normal[e:] + 0.02 * size + 5)
        plan.set_end(s, e + int(back[0]) if len(back) else n)
    name = f"{ctx.svc()}_{rng.choice(['rabbitmq_queue_messages_ready', 'sqs_approximate_messages_visible'])}"
    return name, "gauge", depth


def _drain(arrivals: np.ndarray, capacity: np.ndarray) -> np.ndarray:
    depth, q = np.empty(len(arrivals)), 0.0
    for i in range(len(arrivals)):
        q = max(0.0, q + arrivals[i] - capacity[i])
        depth[i] = np.round(q)
    return depth


def latency_p99(ctx: Ctx) -> tuple[str, str, np.ndarray]:
    """p99 (or p95) latency following load, log-normal scrape noise, lone slow scrapes, maybe a nightly backup that
    slows the database an hour, maybe an announced release that makes it 20-45 % faster (normal). latency_bimodal:
    for 2-8 hours one bad replica gets part of the traffic; each scrape's tail is either normal or 3-6x slower,
    flipping from scrape to scrape."""
    rng, n, plan, cal = ctx.rng, ctx.n, ctx.plan, ctx.cal
    mult = 1 + rng.uniform(0.2, 0.8) * load(rng, cal, ctx.profile())
    mult *= np.exp(ar1(rng, n, rng.uniform(0.04, 0.1), 0.6) + rng.normal(0, rng.uniform(0.04, 0.12), n))
    mult *= np.where(rng.random(n) < 0.004, rng.uniform(2, 4, n), 1.0)
    if rng.random() < 0.5:
        backup = rng.uniform(1, 4)
        mult *= np.where((cal.hour >= backup) & (cal.hour < backup + 1), rng.uniform(1.3, 1.8), 1.0)
    if (m := ctx.migration(0.5)) is not None:
        mult[m:] *= rng.uniform(0.55, 0.8)
    for kind in ctx.kinds(("latency_bimodal",)):
        length = int(rng.integers(24, 97))
        if (s := plan.place(length, kind)) is not None:
            slow = rng.random(length) < rng.uniform(0.35, 0.65)
            mult[s : s + length] *= np.where(slow, rng.uniform(3, 6) * rng.uniform(0.95, 1.05, length), 1.0)
    base = 10 ** rng.uniform(-2, -0.5)
    metric = rng.choice(["grpc_server_handling_seconds_p99", "db_query_duration_seconds_p95"])
    return f"{ctx.svc()}_{metric}", "latency", np.round(base * mult, 5)


def error_ratio(ctx: Ctx) -> tuple[str, str, np.ndarray]:
    """Failed share of requests; the request volume falls to a handful at night, so the ratio jumps between 0 and
    large values there and is undefined (absent, 0/0) when nothing comes; a deploy's brief blip (normal).
    error_creep: hosts fail one after another (an expiring certificate rolled out host by host, a filling disk on
    each shard): the ratio grows linearly to 4-12x over 3-12 hours until the fix."""
    rng, n, plan = ctx.rng, ctx.n, ctx.plan
    volume = np.round(10 ** rng.uniform(1.5, 3.5) * load(rng, ctx.cal, ctx.profile(("office", "consumer"))) ** 1.5)
    p = rng.uniform(0.0005, 0.01) * np.exp(ar1(rng, n, 0.2, 0.9))
    for r in ctx.deploys(3):
        p[r : r + 2] *= rng.uniform(3, 8)
    for kind in ctx.kinds(("error_creep",)):
        length = int(rng.integers(36, 145))
        if (s := plan.place(length, kind)) is not None:
            p[s : s + length] *= 1 + (rng.uniform(4, 12) - 1) * ramp(length)
    errors = rng.binomial(volume.astype(np.int64), np.minimum(p, 1))
    ctx.absent |= volume == 0
    return f"{ctx.svc()}_request_error_ratio", "ratio", errors / np.maximum(volume, 1)


def kafka_disk(ctx: Ctx) -> tuple[str, str, np.ndarray]:
    """Used share of a Kafka broker's data disk under time-based retention: the log cleaner deletes segments older
    than 1-3 days every 30-90 minutes, so usage follows the last days' writes in a fine sawtooth; maybe an announced
    partition reassignment moves 20-35 % of the data to a new broker (normal). disk_filling_fast: the cleaner thread
    is stuck for 6-30 hours, usage climbs at the write rate, and drops back when it is restarted."""
    rng, n, plan = ctx.rng, ctx.n, ctx.plan
    keep = int(rng.uniform(1, 3) * DAY)
    writes = load(rng, ctx.cal, ctx.profile(("consumer", "global", "machine"))) * rng.uniform(0.9, 1.1, n)
    total = np.concatenate([np.full(keep, writes.mean()), writes]).cumsum()  # history before the series
    every = int(rng.integers(6, 19))
    stalled = np.zeros(n, bool)
    for kind in ctx.kinds(("disk_filling_fast",)):
        length = int(rng.uniform(6, 30) * HOUR)
        if (s := plan.place(length, kind)) is not None:
            stalled[s : s + length] = True
            plan.set_end(s, -(-(s + length) // every) * every + 1)  # until the restarted cleaner's first run
    used, deleted_to = np.empty(n), 0
    for i in range(n):
        if i % every == 0 and not stalled[i]:
            deleted_to = i  # everything written before i - keep (index shift of the history) is gone
        used[i] = total[i + keep] - total[deleted_to]
    scale = rng.uniform(35, 70) / used[: 2 * DAY].max()
    floor = rng.uniform(3, 10)
    values = floor + used * scale
    if (m := ctx.migration(0.5)) is not None:
        values[m:] -= (values[m:] - floor) * rng.uniform(0.2, 0.35)
    return f"kafka_{ctx.svc()}_broker_data_disk_used_percent", "percentage", np.round(np.clip(values, 0, 100), 2)


def db_size(ctx: Ctx) -> tuple[str, str, np.ndarray]:
    """On-disk size of an LSM store: writes (3-10 % of the live data a day, following traffic) add live data (5-15 %
    of them) and garbage; minor compactions at irregular 4-10 hour intervals reclaim 30-60 % of the garbage, a weekly
    major compaction (Sunday 04:00 local) 80-95 % of it: a sawtooth on slow growth; maybe an announced table drop
    removes 10-25 % of the live data (normal). compaction_stuck: compactions stop for 18-48 hours (a stuck
    compaction thread), garbage piles up, and a catch-up compaction ends it."""
    rng, n, plan, cal = ctx.rng, ctx.n, ctx.plan, ctx.cal
    traffic = load(rng, cal, ctx.profile())
    writes = rng.uniform(0.03, 0.1) / DAY * traffic / traffic.mean() * rng.uniform(0.7, 1.3, n)
    net = rng.uniform(0.05, 0.15)
    minor, t = set(), int(rng.integers(0, 8 * HOUR))
    while t < n:
        minor.add(t)
        t += int(rng.uniform(4, 10) * HOUR)
    major = {int(r) for r in cal.rows_at(4.0) if cal.weekday[r] == 6}
    stuck = np.zeros(n, bool)
    for kind in ctx.kinds(("compaction_stuck",)):
        length = int(rng.uniform(18, 48) * HOUR)
        if (s := plan.place(length, kind, np.array(sorted(minor)))) is not None:
            stuck[s : s + length - 1] = True
            minor.add(s + length - 1)  # the catch-up compaction
    drop = ctx.migration(0.5)
    size, live, garbage = np.empty(n), 1.0, writes.mean() * (1 - net) * 7 * HOUR / 0.45  # about its steady state
    for i in range(n):
        live += writes[i] * net
        garbage += writes[i] * (1 - net)
        if not stuck[i] and i in major:
            garbage *= rng.uniform(0.05, 0.2)
        elif not stuck[i] and i in minor:
            garbage *= rng.uniform(0.4, 0.7)
        if i == drop:
            live *= 1 - rng.uniform(0.1, 0.25)
        size[i] = live + garbage
    gib = 10 ** rng.uniform(1, 2.5) * 2**30
    name = f"{ctx.svc()}_{rng.choice(['rocksdb_live_sst_files_size_bytes', 'cassandra_live_disk_space_used_bytes'])}"
    return name, "gauge", np.round(size * gib)


def clock_offset(ctx: Ctx) -> tuple[str, str, np.ndarray]:
    """A host's NTP offset: a fraction of a millisecond of noise around zero that chrony keeps slewing back.
    clock_drift: chrony dies; the clock drifts away at 10-80 ppm for 1-12 hours until it is restarted and steps
    back. gauge_frozen: the textfile exporter's cron dies and the last reading is served for 2-12 hours."""
    rng, n, plan = ctx.rng, ctx.n, ctx.plan
    offset = ar1(rng, n, rng.uniform(1e-4, 8e-4), 0.85) + rng.normal(0, 5e-5, n)
    frozen = []
    for kind in ctx.kinds(("clock_drift", "gauge_frozen")):
        length = int(rng.uniform(1, 12) * HOUR) if kind == "clock_drift" else int(rng.uniform(2, 12) * HOUR)
        if (s := plan.place(length, kind)) is not None:
            if kind == "clock_drift":
                sign = rng.choice([-1.0, 1.0])
                offset[s : s + length] += sign * rng.uniform(10, 80) * 1e-6 * STEP_S * np.arange(1, length + 1)
            else:
                frozen.append((s, s + length))
    for s, e in frozen:
        offset[s:e] = offset[s - 1]
    return f"{ctx.svc()}_node_timex_offset_seconds", "gauge", np.round(offset, 7)


def sessions(ctx: Ctx) -> tuple[str, str, np.ndarray]:
    """Open websocket sessions of a chat/notification service: a strong daily cycle, clients dropping to 10-40 %
    at a deploy and reconnecting within 15-30 minutes (normal). gauge_frozen: the exporter's collector thread hangs
    and the same value is served for 3-12 hours. weekday_fraction: a mobile release breaks login on one day, and
    the sessions fall to 30-60 % from morning until the hotfix in the evening."""
    rng, n, plan, cal = ctx.rng, ctx.n, ctx.plan, ctx.cal
    level = 10 ** rng.uniform(2.5, 5) * load(rng, cal, ctx.profile(("consumer", "global"))) * growth(rng, n)
    for r in ctx.deploys(3):
        k = np.arange(min(8, n - r))
        level[r : r + len(k)] *= 1 - (1 - rng.uniform(0.1, 0.4)) * np.exp(-k / rng.uniform(1.5, 3))
    frozen = []
    for kind in ctx.kinds(("gauge_frozen", "weekday_fraction")):
        if kind == "weekday_fraction":
            length = int(rng.uniform(9, 13) * HOUR)
            if (s := plan.place(length, kind, cal.rows_at(rng.uniform(8, 10)))) is not None:
                level[s : s + length] *= rng.uniform(0.3, 0.6)
        elif (s := plan.place(int(rng.uniform(3, 12) * HOUR), kind)) is not None:
            frozen.append((s, plan.windows[-1][1]))
    values = np.round(level + rng.normal(0, 1, n) * np.sqrt(level) * 2)
    for s, e in frozen:
        values[s:e] = values[s - 1]
    return f"{ctx.svc()}_websocket_sessions_active", "gauge", np.maximum(values, 0)


def zero_results(ctx: Ctx) -> tuple[str, str, np.ndarray]:
    """Share of searches that return nothing: 4-12 %, higher at night (bots and typos dominate the few searches),
    binomial noise on the search volume. stale_index: the nightly indexer fails, new products cannot be found, and
    the share climbs to 1.5-3x over the day until a manual re-index 6-24 hours later."""
    rng, n, plan, cal = ctx.rng, ctx.n, ctx.plan, ctx.cal
    traffic = load(rng, cal, ctx.profile(("consumer", "office")))
    volume = np.round(10 ** rng.uniform(2, 3.7) * traffic).astype(np.int64)
    p = rng.uniform(0.04, 0.12) * (1 + 0.5 * (1 - traffic)) * np.exp(ar1(rng, n, 0.05, 0.8))
    for kind in ctx.kinds(("stale_index",)):
        length = int(rng.uniform(6, 24) * HOUR)
        if (s := plan.place(length, kind, cal.rows_at(rng.uniform(2, 5)))) is not None:
            p[s : s + length] *= 1 + (rng.uniform(1.5, 3) - 1) * ramp(length)
    hits = rng.binomial(np.maximum(volume, 1), np.minimum(p, 1))
    return f"{ctx.svc()}_search_zero_results_ratio", "ratio", hits / np.maximum(volume, 1)


ARCHETYPES = (
    api_requests,
    sparse_failures,
    leaky_rss,
    gc_time,
    cron_rows,
    queue_depth,
    latency_p99,
    error_ratio,
    kafka_disk,
    db_size,
    clock_offset,
    sessions,
    zero_results,
)
SERIES = len(ARCHETYPES) * ARCHETYPE_COPIES


def _start(rng: np.random.Generator, zone_index: int, days: int) -> int:
    """First timestamp: about half the series put a daylight-saving change (where the zone has one) or a holiday
    of their zone in the scored part; the others start on any day of 2026; any 5-minute step of the day."""
    holidays, changes = anchors(ZONES[zone_index])
    jan5 = int(dt.datetime(2026, 1, 5, tzinfo=dt.UTC).timestamp())
    if rng.random() < 0.5:
        mark = int(rng.choice(changes if changes and rng.random() < 0.6 else holidays))
        start = mark - int(rng.uniform(7.5, days - 0.5) * 86_400)
    else:
        start = jan5 + int(rng.integers(0, 340 - days)) * 86_400
    return start // 86_400 * 86_400 + int(rng.integers(0, DAY)) * STEP_S


def generate(index: int) -> OpsSeries:
    """Series ``index`` (archetype ``index % 13``), drawn from (BLIND2_SEED, index) alone."""
    rng = np.random.default_rng([BLIND2_SEED, index])
    days = int(rng.integers(9, 22))
    zone = int(rng.integers(len(ZONES)))
    start_s = _start(rng, zone, days)
    ctx = Ctx(rng, Calendar(start_s, days * DAY, ZONES[zone]))
    name, kind, values = ARCHETYPES[index % len(ARCHETYPES)](ctx)
    windows = sorted((s, min(e, ctx.n), k) for s, e, k in ctx.plan.windows)
    present = scrapes(rng, ctx.n, windows, ctx.absent)
    values = np.asarray(values, float)
    return OpsSeries(f"{name}_s{FIRST_ID + index}", kind, start_s, values, windows, present)


def blind2_set() -> list[OpsSeries]:
    """The whole set, in memory; the same arrays on every call."""
    return [generate(i) for i in range(SERIES)]
