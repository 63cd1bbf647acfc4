"""Seventh blind ops-metric anomaly set (issue #14.1), written without reading the detector, the own set's recipes or
the earlier blind sets' items; generated in memory (numpy only) from BLIND7_SEED.

Run: python bench/ops_series.py --split blind7          (docs/ops_series.md, "Seventh blind set")

69 series of 5-minute steps, 18 to 21 days each (the bench does not score the first 7: no anomaly is placed there),
from eleven invented services (ops_blind7_world.SERVICES: a Reykjavik fish auction, a Melbourne fare-tap system, a
Cairo bill-payment gateway, a Kathmandu trekking-permit and bus-seat shop, a Krakow B2B invoicing SaaS, a Vancouver
video log pipeline, a Denver ski-pass shop, a Lisbon tile warehouse run by robots, a Jakarta payroll SaaS, a Nairobi
motorbike ride-hailing app, a Buenos Aires football ticket shop) on their own local clocks (UTC-7 to UTC+11, one
quarter-hour zone), with the autumn 2026 DST switches that fall in their periods (Melbourne forward; Krakow, Cairo,
Vancouver and Denver back), a Friday-Saturday weekend (Cairo), Saturday-only (Kathmandu) and Sunday-only (Lisbon)
ones, public holidays (Dashain, Republic Day, Mashujaa Day, Diversity Day), paydays, month-end closes, a weekly
ticket drop and a weekly deal drop. Names are Prometheus style with a unit (``..._total``, ``..._bytes``,
``..._bytes_per_second``, ``..._seconds_p99``, ``..._ms_p95``, ``..._ratio``, ``..._percent``, ``..._replicas``,
``..._messages``, ``..._connections``, ``..._sessions``), then ``_sNN``.

Anomaly kinds (16; windows [start, end) in rows, as an on-call reviewer would mark them): ANOMALY_KINDS.
``growth_rate_change`` runs to the series' end (PERSISTENT). Normal behaviours that must not alarm (recorded by
``blind7_normals`` for the false-alarm breakdown, never labelled): NORMAL_KINDS; and everywhere daily and weekly
seasonality in local time, slow growth, day-to-day wobble, one-scrape latency blips, queue bursts, batch start and
length jitter, 0.1 % missed scrapes at random.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import ops_blind7_infra as infra
import ops_blind7_shapes as shapes
from ops_blind7_lines import LINES
from ops_blind7_world import HOUR, SERVICES, Clock, deploys
from ops_series_data import OpsSeries

BLIND7_SEED = 70_531
ANOMALY_KINDS = (
    "batch_skipped",
    "batch_late",
    "weekend_weekday_load",
    "traffic_sag",
    "hard_outage",
    "retry_storm",
    "double_emission",
    "growth_rate_change",
    "rotation_stopped",
    "runaway_leak",
    "stale_exporter",
    "heartbeat_gap",
    "latency_regression",
    "error_ratio_burst",
    "queue_backlog",
    "cpu_pinned",
)
PERSISTENT = ("growth_rate_change",)
NORMAL_KINDS = (
    "deploy_blip",
    "counter_reset",
    "cache_warmup",
    "public_holiday",
    "dst_switch",
    "month_end",
    "payday",
    "weekly_release",
    "backfill",
    "maintenance_window",
    "log_rotation",
    "weekly_compaction",
    "autoscale_step",
    "leak_restart",
    "scrape_outage",
)
RENDER = {
    "traffic": shapes.traffic_counter,
    "gauge": shapes.traffic_gauge,
    "latency": shapes.latency,
    "errors": shapes.error_ratio,
    "hits": shapes.hit_ratio,
    "replicas": infra.replicas,
    "cpu": infra.cpu_percent,
    "disk": infra.disk_bytes,
    "memory": infra.memory_bytes,
    "batch": infra.batch_rows,
    "heartbeat": infra.heartbeat_runs,
    "queue": infra.queue_depth,
    "battery": infra.fleet_battery,
    "connections": infra.connections,
}


@dataclass(frozen=True)
class Line:
    """One catalogue line: a service's metric, how it is drawn, and what goes wrong with it."""

    service: str
    metric: str
    kind: str
    render: str
    anomalies: tuple = ()  # (anomaly kind, local day, local hour, hours, magnitude)
    kw: dict = field(default_factory=dict)  # the renderer's arguments
    options: dict = field(default_factory=dict)  # payday factor, weekly release, a scrape outage (day, hour, hours)


CATALOGUE = [Line(*row) for row in LINES]


def _build(index: int) -> tuple[OpsSeries, str, list[tuple[int, int, str]]]:
    line = CATALOGUE[index]
    service = SERVICES[line.service]
    clock = Clock(service)
    ship = np.random.default_rng([BLIND7_SEED, sorted(SERVICES).index(line.service)])
    rng = np.random.default_rng([BLIND7_SEED, 1000 + index])
    draft = shapes.Draft(clock, rng, tuple(line.anomalies), deploys(clock, ship), dict(line.options))
    values = np.asarray(RENDER[line.render](draft, **line.kw), dtype=float)
    if len(draft.windows) != len(line.anomalies):
        raise ValueError(f"{line.service}_{line.metric}: {len(line.anomalies)} anomalies asked, {draft.windows} drawn")
    present = rng.random(clock.n) >= 0.001
    if "outage" in line.options:
        day, hour, hours = line.options["outage"]
        a = clock.row(day, hour)
        present[a : a + int(hours * HOUR)] = False
        draft.note(a, a + int(hours * HOUR), "scrape_outage")
    present[0] = present[-1] = True
    name = f"{line.service}_{line.metric}_s{index:02d}"
    windows = sorted(draft.windows)
    series = OpsSeries(name, line.kind, clock.start_s, values, windows, None if present.all() else present)
    return series, name, sorted(draft.normals)


def blind7_set() -> list[OpsSeries]:
    """The 69 series with their anomaly windows (fresh arrays on every call)."""
    return [_build(i)[0] for i in range(len(CATALOGUE))]


def blind7_normals() -> dict[str, list[tuple[int, int, str]]]:
    """Per series name, the windows of normal behaviour that must not alarm (for a false-alarm breakdown)."""
    return dict(_build(i)[1:] for i in range(len(CATALOGUE)))
