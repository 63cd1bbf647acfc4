"""Eighth blind ops-metric anomaly set (issue #14.1), written without reading the detector, the own set's recipes or
the earlier blind sets' items; generated in memory (numpy only) from BLIND8_SEED.

Run: python bench/ops_series.py --split blind8          (docs/ops_series.md, "Eighth blind set")

60 series of 5-minute steps, 16 to 21 days each (the bench does not score the first 7: no anomaly is placed there),
from ten invented services (ops_blind8_clock.SERVICES: a Rotterdam container terminal, a Denver payroll/ACH firm, a
Pune food-delivery app, an Oslo music streamer, an Osaka bookkeeping SaaS, a Phoenix soil-sensor fleet, a Bogota
bike share, an Adelaide smart-meter retailer, a Zurich rail app and a Toronto studio's build farm) on their own
local clocks (UTC-7 to UTC+10:30, one half-hour zone), in March-April 2027: the spring DST switches of Denver,
Toronto, Rotterdam, Oslo and Zurich and Adelaide's return to standard time fall inside their series; Easter, Holi,
Japan's equinox substitute holiday and Colombia's San Jose Monday; a payday; the quarter / Japanese fiscal-year
close. Names are Prometheus style with a unit (``_total``, ``_bytes``, ``_bytes_per_second``, ``_seconds_p95``,
``_seconds_p99``, ``_ms_p90``, ``_ms_p99``, ``_ratio``, ``_percent``, ``_replicas``, ``_messages``,
``_connections``, ``_sessions``, ``_celsius``, ``_seconds`` for a replication-lag gauge), then ``_sNN``.

Anomaly kinds (16; windows [start, end) in rows, as an on-call reviewer would mark them): ANOMALY_KINDS.
``growth_rate_change`` runs to the series' end (PERSISTENT). Normal behaviours that must not alarm (recorded by
``blind8_normals`` for the false-alarm breakdown, never labelled): NORMAL_KINDS; and everywhere daily and weekly
seasonality in local time, slow growth, day-to-day wobble, one-scrape latency blips, queue bursts after nightly
jobs, batch start jitter (+-10 minutes) and length (+-15 %), weekday-only batches, 0.1 % missed scrapes at random.
"""

from __future__ import annotations

import numpy as np
from ops_blind8_catalogue import SERIES
from ops_blind8_clock import SERVICES, clock
from ops_blind8_load import (
    Draft,
    conn_gauge,
    dock_percent,
    error_ratio,
    heartbeat_counter,
    hit_ratio,
    latency,
    traffic_counter,
)
from ops_blind8_plant import (
    batch_counter,
    batch_gauge,
    cpu_percent,
    disk_percent,
    memory_bytes,
    queue_depth,
    reefer_celsius,
    replicas,
    store_bytes,
)
from ops_series_data import OpsSeries

BLIND8_SEED = 80917
ANOMALY_KINDS = (
    "batch_missed",
    "batch_wrong_hour",
    "batch_overrun",
    "weekend_weekday_traffic",
    "weekday_quiet",
    "partial_outage_drop",
    "hard_down_zero",
    "count_spike",
    "crash_loop",
    "growth_rate_change",
    "stuck_value",
    "error_ratio_surge",
    "latency_regression",
    "rotation_missed",
    "queue_stall",
    "autoscaler_flap",
)
NORMAL_KINDS = (
    "deploy_blip",
    "counter_reset",
    "cache_warmup",
    "public_holiday",
    "dst_switch",
    "month_end",
    "payday",
    "backfill",
    "maintenance_window",
    "log_rotation",
    "weekly_compaction",
    "leak_restart",
    "autoscale_step",
    "scrape_gap",
    "defrost_cycle",
)
PERSISTENT = frozenset({"growth_rate_change"})

RENDERERS = {
    "traffic_counter": (traffic_counter, "counter"),
    "heartbeat_counter": (heartbeat_counter, "counter"),
    "batch_counter": (batch_counter, "counter"),
    "conn_gauge": (conn_gauge, "gauge"),
    "queue_depth": (queue_depth, "gauge"),
    "store_bytes": (store_bytes, "gauge"),
    "memory_bytes": (memory_bytes, "gauge"),
    "replicas": (replicas, "gauge"),
    "reefer_celsius": (reefer_celsius, "gauge"),
    "batch_gauge": (batch_gauge, "gauge"),
    "latency": (latency, "latency"),
    "error_ratio": (error_ratio, "ratio"),
    "hit_ratio": (hit_ratio, "ratio"),
    "disk_percent": (disk_percent, "percentage"),
    "cpu_percent": (cpu_percent, "percentage"),
    "dock_percent": (dock_percent, "percentage"),
}


def _scrapes(dr: Draft) -> np.ndarray:
    """Missed scrapes: 0.1 % at random, and up to two collector outages of 30 minutes to 2 hours (scrape_gap) kept
    an hour away from the anomaly windows; the first and last scrapes are always there."""
    n, rng = dr.clock.n, dr.rng
    present = rng.random(n) >= 0.001
    for _ in range(int(rng.integers(0, 3))):
        length = int(rng.integers(6, 25))
        a = int(rng.integers(1, n - length - 1))
        if all(a + length + 12 <= s or a >= e + 12 for s, e, _ in dr.windows):
            present[a : a + length] = False
            dr.normal(a, a + length + 6, "scrape_gap")
    present[[0, -1]] = True
    return present


def _build(index: int) -> tuple[OpsSeries, list[tuple[int, int, str]]]:
    service, metric, renderer, params, anomalies = SERIES[index]
    render, kind = RENDERERS[renderer]
    dr = Draft(
        clock(SERVICES[service], params.get("days")),
        np.random.default_rng([BLIND8_SEED, index]),
        params,
        list(anomalies),
    )
    values = np.asarray(render(dr), dtype=float)
    if len(dr.windows) != len(anomalies):
        raise ValueError(f"{metric}: {len(anomalies)} anomalies declared, {len(dr.windows)} placed (check the days)")
    present = _scrapes(dr)
    name = f"{metric}_s{index + 1:02d}"
    return OpsSeries(name, kind, dr.clock.start_s, values, sorted(dr.windows), present), sorted(dr.normals)


def blind8_set() -> list[OpsSeries]:
    """The 60 series with their anomaly windows (fresh arrays on every call)."""
    return [_build(i)[0] for i in range(len(SERIES))]


def blind8_normals() -> dict[str, list[tuple[int, int, str]]]:
    """Per series name, the windows of normal behaviour that must not alarm (for a false-alarm breakdown)."""
    out = {}
    for i in range(len(SERIES)):
        series, normals = _build(i)
        out[series.name] = normals
    return out
