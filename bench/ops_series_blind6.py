"""Sixth blind ops-metric anomaly set (issue #14.1), written without reading the detector, the own set's recipes or
the earlier blind sets' items; generated in memory (numpy only) from BLIND6_SEED.

Run: python bench/ops_series.py --split blind6          (docs/ops_series.md, "Sixth blind set")

70 series of 5-minute steps, 18 to 21 days each (the bench does not score the first 7: no anomaly is placed there),
from eleven invented services (ops_blind6_clock.SERVICES: an Oslo clearing house, a Chicago freight tracker, a
Montreal game backend, a London insurance quote engine, a Berlin CI farm, a Pune farmers' marketplace, an Osaka
e-learning app, an Accra clinic-records system, a Riyadh grocery chain, an Auckland smart-meter ingest, a Lima bus
ticket shop) in their own time zones (UTC-6 to UTC+13, one half-hour zone), with the 2026 DST switches of Europe,
North America and New Zealand that fall in their periods, a Friday-Saturday weekend (Riyadh) and a Sunday-only one
(Lima), public holidays (May 1, Ascension, Thanksgiving, Diwali, Golden Week, Farmers' Day, Saudi National Day,
Fiestas Patrias), month ends and a payday. Names are Prometheus style with a unit (``..._total``, ``..._bytes``,
``..._seconds_p99``, ``..._ms_p95``, ``..._ratio``, ``..._percent``, ``..._celsius``, ``..._bytes_per_second``,
``..._replicas``, ``..._connections``, ``..._messages``), then ``_sNN``.

Anomaly kinds (16; windows [start, end) in rows, as an on-call reviewer would mark them): batch_missing,
batch_wrong_time, weekend_busy, traffic_drop, burst_spike, double_count, growth_change (to the series' end),
retention_stopped, latency_creep, regression_shift, error_plateau, cache_hit_drop, pool_exhausted,
autoscaler_flapping, consumer_stalled, cooling_failure. Normal behaviours that must not alarm (recorded by
``blind6_normals`` for a false-alarm breakdown, never labelled): NORMAL_KINDS; and everywhere daily and weekly
seasonality in local time, slow growth, day-to-day wobble, one-scrape latency blips, queue bursts, batch start
jitter, 0.1 % missed scrapes at random.
"""

from __future__ import annotations

import numpy as np
from ops_blind6_catalogue import CATALOGUE
from ops_blind6_clock import SERVICES, calendar_normals, clock
from ops_blind6_shapes import Ctx, Fault, batch, cache_hit, cpu, error_ratio, latency, pool, traffic
from ops_blind6_state import database, disk, memory, queue, replicas, reporting, temperature, throughput
from ops_series_data import OpsSeries

BLIND6_SEED = 61205
PERSISTENT = ("growth_change",)
NORMAL_KINDS = (
    "public_holiday",
    "dst_switch",
    "month_end",
    "payday",
    "weekend",
    "deploy_blip",
    "counter_reset",
    "daily_push",
    "nightly_batch",
    "maint_window",
    "catchup",
    "log_rotation",
    "leak_restart",
    "compaction",
    "autoscale_step",
    "cache_warmup",
    "scrape_gap",
)
FAMILIES = {
    "traffic": traffic,
    "batch": batch,
    "cpu": cpu,
    "latency": latency,
    "error_ratio": error_ratio,
    "cache_hit": cache_hit,
    "pool": pool,
    "disk": disk,
    "memory": memory,
    "database": database,
    "replicas": replicas,
    "temperature": temperature,
    "queue": queue,
    "reporting": reporting,
    "throughput": throughput,
}


def blind6_set() -> list[OpsSeries]:
    """The 70 series with their anomaly windows (fresh arrays on every call)."""
    return [_build(i)[0] for i in range(len(CATALOGUE))]


def blind6_normals() -> dict[str, list[tuple[int, int, str]]]:
    """Per series name, the windows of normal behaviour that must not alarm (for a false-alarm breakdown)."""
    return dict(_build(i)[1:] for i in range(len(CATALOGUE)))


def _build(index: int) -> tuple[OpsSeries, str, list[tuple[int, int, str]]]:
    service_name, metric, family, params, placed = CATALOGUE[index]
    service = SERVICES[service_name]
    c = clock(service)
    rng = np.random.default_rng([BLIND6_SEED, index])
    faults = []
    for kind, day, hour, hours, size in placed:
        start = c.row(day, hour if kind not in ("weekend_busy", "batch_missing", "batch_wrong_time") else 0)
        faults.append(Fault(kind, start, start + max(1, int(round(hours * 12))), size, day, hour))
    ctx = Ctx(service, c, rng, faults, params)
    kind, values = FAMILIES[family](ctx)
    present = _scrapes(ctx)
    name = f"{metric}_s{index:02d}"
    windows = sorted(ctx.windows)
    normals = sorted(ctx.normals + calendar_normals(service, c))
    return OpsSeries(name, kind, c.start_s, values, windows, present), name, normals


def _scrapes(ctx: Ctx) -> np.ndarray:
    """Missed scrapes: 0.1 % at random, and up to two gaps of 20-90 minutes (a Prometheus restart, a network
    blip) kept an hour clear of every anomaly window; the first and last scrape are always there."""
    present = ctx.rng.random(ctx.n) >= 0.001
    for _ in range(int(ctx.rng.integers(0, 3))):
        length = int(ctx.rng.integers(4, 19))
        a = int(ctx.rng.integers(12, ctx.n - length - 12))
        if all(a + length < s - 12 or a > e + 12 for s, e, _ in ctx.windows):
            present[a : a + length] = False
            ctx.normals.append((a, a + length, "scrape_gap"))
    present[0] = present[-1] = True
    return present
