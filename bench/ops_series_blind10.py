"""Tenth blind ops-metric anomaly set (issue #14.1), written without reading the detector, the ops event filter or
its training, the own set's recipes or the earlier blind sets' items; generated in memory (numpy only) from
BLIND10_SEED.

Run: python bench/ops_series.py --split blind10          (docs/ops_series.md, "Tenth blind set")

Written in session 27 (6 December 2026, in under an hour, committed before any scoring run). Read for the format
only: bench/ops_series.py (split wiring, scoring), the ``OpsSeries`` class and constants (``STEP_S``, ``DAY``,
``PROBATION_DAYS``, ``KINDS``) of bench/ops_series_data.py, bench/ops_set_check.py (the checks the test runs), the
ninth set's module docstring and the signatures of ``blind9_set`` / ``blind9_normals``, its test and its docs
section. Glimpsed on the way and not reused: the UTC offsets tuple and a ``_Ctx`` class docstring line next to
``OpsSeries`` in bench/ops_series_data.py.

67 series of 5-minute steps, 14 to 21 days each (no anomaly in the first 7: the bench's probation week), from ten
invented services (ops_blind10_world.SERVICES: a Taichung bicycle-frame plant on three shifts, a Jakarta food
delivery app through the start of Ramadan, a Casablanca water-and-power payment portal, a Melbourne school learning
platform at the start of term, a Colorado ski resort's lift gates, a Gazipur knitwear exporter, a Tampere district
heating network, a São Paulo parking and toll app through Carnival, an Atacama copper mine's haul-truck fleet over
satellite links and a Nagpur co-operative bank), January-April 2028, each on its own local clock (UTC-7 to UTC+11,
one UTC+5:30 zone). Rest days: Friday only in Gazipur; Sunday and the second and fourth Saturdays in Nagpur (the
third is worked); Sunday with a Saturday morning shift in Taichung (and a make-up workday on a Saturday); none at
the mine (12-hour shifts at 08:00 and 20:00, crews on a 4x4 roster: a four-day, not a weekly, cycle); every day at
the ski resort, weekends busiest. Clock switches: Morocco leaves UTC+1 for UTC+0 for Ramadan (23 January), US DST
starts (12 March), EU DST starts (26 March), Chile leaves DST (2 April). Special periods: the Lunar New Year plant
shutdown, Ramadan hours (sahur and iftar peaks, shortened office hours), the Victorian summer break and start of
term, Carnival and Ash Wednesday, a powder day, Australia Day, Imlek, Shaheed Dibosh, Mahashivratri. Paydays,
month-ends (one of them a leap day) and monthly billing runs on the 1st.

Metric kinds: counter (``_total``), gauge (``_bytes``, ``_depth``, ``_celsius``, ``_kilopascal``, ``_megawatts``,
``_riders``, ``_sessions``, ``_trucks``, ``_parkings``, ``_age_seconds``), ratio (``_ratio``), percentage
(``_percent``), latency (``_seconds_p99``, ``_seconds_p95``, ``_ms_p99``, ``_ms_p95``), then ``_sNN``.

Anomaly kinds (16; windows [start, end) in rows, as an on-call reviewer would mark them): ANOMALY_KINDS, counts in
tests/tools/sre/test_ops_series_blind_sets.py. ``growth_change`` runs to the series' end (PERSISTENT). Normal
behaviours that must not alarm (recorded by ``blind10_normals`` for the false-alarm breakdown, never labelled):
NORMAL_KINDS; and everywhere daily and weekly (or rota) seasonality in local time, day-to-day wobble, slow growth
of some traffic, one-scrape latency blips, batch start jitter (+-10 minutes) and length (+-13 %), workday-only
batches that skip rest days and holidays, 0.1 % missed scrapes at random and irregular satellite gaps at the mine.
"""

from __future__ import annotations

import numpy as np
from ops_blind10_shapes import RENDERERS, scrapes
from ops_blind10_world import SERVICES, Clock
from ops_series_data import OpsSeries

BLIND10_SEED = 270611
PERSISTENT = frozenset({"growth_change"})
ANOMALY_KINDS = (
    "batch_missing",
    "batch_late",
    "batch_stalled",
    "restday_traffic",
    "level_shift",
    "count_spike",
    "growth_change",
    "counter_stall",
    "partial_outage",
    "phase_shift",
    "queue_backlog",
    "success_ratio_drop",
    "tail_latency_ramp",
    "sensor_flatline",
    "sensor_oscillation",
    "pinned_full",
)
NORMAL_KINDS = (
    "growth_new_high",
    "log_rotation",
    "weekly_compaction",
    "leak_restart",
    "public_holiday",
    "lunar_new_year",
    "makeup_workday",
    "ramadan_hours",
    "term_start",
    "carnival",
    "powder_day",
    "dst_switch",
    "deploy_blip",
    "cache_warmup",
    "payday",
    "month_end",
    "monthly_billing",
    "shift_change",
    "rota_change",
    "scrape_gap",
    "counter_reset",
)


def _s(code: str, metric: str, kind: str, shape: str, days: int = 21, *anomalies, **spec) -> dict:
    return {
        "code": code,
        "metric": metric,
        "kind": kind,
        "shape": shape,
        "days": days,
        "anomalies": list(anomalies),
    } | spec


# (kind, local day, local hour, hours, magnitude); days count from the series' first local midnight
SERIES = [
    # Taichung bicycle-frame plant: days 12 make-up Saturday, 13 Sunday, 14 New Year's eve-eve, 15-20 shutdown
    _s("tatun", "mes_scan_events_total", "counter", "traffic", 21, ("restday_traffic", 13, 7, 14, 0), scale=40),
    _s("tatun", "frames_cured_total", "counter", "traffic", 14, ("counter_stall", 9, 10.5, 1.5, 0), scale=3),
    _s(
        "tatun",
        "autoclave_celsius",
        "gauge",
        "sensor",
        21,
        ("sensor_oscillation", 8, 9, 2.5, 6),
        mean=110,
        amp=30,
        noise=0.5,
        drift=3,
    ),
    _s("tatun", "plc_gateway_cpu_percent", "percentage", "util", 18, ("pinned_full", 10, 15, 2, 0), idle=12, span=55),
    _s(
        "tatun",
        "erp_sync_seconds_p95",
        "latency",
        "latency",
        21,
        ("tail_latency_ramp", 12, 8, 5, 2.4),
        base=0.8,
        deploys=[(9, 13.5)],
    ),
    _s("tatun", "mes_db_bytes", "gauge", "storage", 21, base=5e10, per_day=2e8, compact=(6, 3, 0.05)),
    _s(
        "tatun",
        "erp_backflush_rows_total",
        "counter",
        "batch",
        18,
        ("batch_stalled", 11, 3, 1.5, 0.4),
        hour=3,
        hours=1.5,
        output="rows",
        rate=900,
        workdays=True,
    ),
    # Jakarta food delivery: day 8 payday, 9 Imlek, 11 first day of Ramadan, 12-13 and 19-20 weekends
    _s(
        "kilat",
        "orders_created_total",
        "counter",
        "traffic",
        21,
        ("count_spike", 16, 12.5, 0.25, 5),
        ("count_spike", 19, 20, 0.2, 6),
        scale=60,
        growth=0.004,
        resets=[(15, 4.5)],
    ),
    _s("kilat", "active_riders", "gauge", "traffic", 21, ("partial_outage", 14, 17.5, 3, 0.5), scale=900, noise=0.03),
    _s(
        "kilat",
        "payment_success_ratio",
        "ratio",
        "ratio",
        14,
        ("success_ratio_drop", 8, 19, 1, 0.09),
        mode="success",
        err=0.004,
    ),
    _s(
        "kilat",
        "dispatch_seconds_p99",
        "latency",
        "latency",
        21,
        ("level_shift", 18, 2.5, 4, 1.9),
        base=1.2,
        deploys=[(10, 15), (17, 11)],
    ),
    _s("kilat", "geo_cache_hit_ratio", "ratio", "ratio", 21, mode="hit", hit=0.93, deploys=[(10, 14), (17, 15)]),
    _s(
        "kilat",
        "menu_db_bytes",
        "gauge",
        "storage",
        21,
        ("growth_change", 13, 12, 0, 2.8),
        base=8e10,
        per_day=3e8,
        compact=(2, 4, 0.04),
    ),
    _s(
        "kilat",
        "rider_payout_rows_total",
        "counter",
        "batch",
        21,
        ("batch_late", 13, 23.5, 1, 9),
        hour=23.5,
        hours=1,
        output="rows",
        rate=400,
    ),
    _s("kilat", "dispatch_queue_depth", "gauge", "queue", 21, ("queue_backlog", 16, 18, 2, 6), depth=25),
    # Casablanca payment portal: clock switch on day 6, Ramadan from day 11, month-end day 14, billing run day 15
    _s(
        "atlas",
        "bill_payments_total",
        "counter",
        "traffic",
        21,
        ("phase_shift", 9, 6, 17, 3),
        scale=25,
        deploys=[(16, 10)],
    ),
    _s(
        "atlas",
        "invoice_rows_total",
        "counter",
        "batch",
        21,
        ("batch_missing", 8, 2, 1.5, 0),
        hour=2,
        hours=1.5,
        output="rows",
        rate=1500,
        monthly=[("2028-02-01", 0.5, 4)],
    ),
    _s(
        "atlas",
        "batch_cpu_percent",
        "percentage",
        "batch",
        21,
        ("batch_late", 16, 2, 1.5, 7),
        hour=2,
        hours=1.5,
        output="cpu",
        monthly=[("2028-02-01", 0.5, 4)],
    ),
    _s(
        "atlas",
        "payment_queue_depth",
        "gauge",
        "queue",
        21,
        ("queue_backlog", 10, 10, 2.5, 5),
        depth=40,
        monthly=[("2028-02-01", 0.5, 4)],
    ),
    _s("atlas", "portal_ms_p99", "latency", "latency", 21, ("tail_latency_ramp", 14, 9.5, 4.5, 2.2), base=450),
    _s("atlas", "session_store_bytes", "gauge", "leak", 21, base=2e9, per_day=4e8),
    # Melbourne school platform: days 7-8 summer break, 9 Australia Day, 10-11 teachers back, term from day 14
    _s("wattle", "lms_requests_total", "counter", "traffic", 21, ("count_spike", 16, 11, 0.2, 6), scale=200),
    _s("wattle", "active_sessions", "gauge", "traffic", 21, ("partial_outage", 17, 12.5, 3, 0.55), scale=5000),
    _s(
        "wattle",
        "submission_success_ratio",
        "ratio",
        "ratio",
        21,
        ("success_ratio_drop", 15, 14.5, 1.5, 0.12),
        mode="success",
        err=0.003,
    ),
    _s(
        "wattle",
        "video_transcode_cpu_percent",
        "percentage",
        "batch",
        21,
        ("batch_missing", 10, 1, 3, 0),
        hour=1,
        hours=3,
        output="cpu",
        busy=91,
    ),
    _s("wattle", "grades_api_seconds_p95", "latency", "latency", 21, base=0.35, deploys=[(15, 16), (18, 7)]),
    _s("wattle", "content_store_bytes", "gauge", "storage", 21, base=3e12, per_day=2.5e10),
    # Colorado ski resort: day 10 powder day, DST on day 14
    _s("kestrel", "gate_scans_total", "counter", "traffic", 21, ("counter_stall", 16, 11, 1.5, 0), scale=150),
    _s("kestrel", "ticket_sales_total", "counter", "traffic", 21, ("level_shift", 11, 9, 4, 1.8), scale=20),
    _s(
        "kestrel",
        "lift_motor_celsius",
        "gauge",
        "sensor",
        21,
        ("sensor_flatline", 17, 9, 6, 0),
        mean=55,
        amp=25,
        noise=0.6,
        drift=4,
    ),
    _s("kestrel", "pos_ms_p95", "latency", "latency", 21, ("tail_latency_ramp", 15, 9.5, 4, 2.0), base=180),
    _s(
        "kestrel", "snowmaking_pump_percent", "percentage", "util", 21, ("pinned_full", 19, 11, 2.5, 0), idle=5, span=70
    ),
    _s(
        "kestrel",
        "ticket_reconcile_age_seconds",
        "gauge",
        "batch",
        21,
        ("batch_late", 12, 2.5, 0.5, 5),
        hour=2.5,
        hours=0.5,
        output="age",
    ),
    _s(
        "kestrel",
        "rfid_gateway_rss_bytes",
        "gauge",
        "leak",
        21,
        ("growth_change", 13, 9, 0, 2.6),
        base=1.2e9,
        per_day=2.5e8,
    ),
    # Gazipur knitwear exporter: Fridays off (days 5, 12, 19), payday day 8, Shaheed Dibosh day 15
    _s("meghna", "bundle_scans_total", "counter", "traffic", 21, ("restday_traffic", 19, 7, 14, 0), scale=80),
    _s(
        "meghna",
        "erp_export_rows_total",
        "counter",
        "batch",
        21,
        ("batch_missing", 13, 23, 1, 0),
        hour=23,
        hours=1,
        output="rows",
        rate=700,
        workdays=True,
    ),
    _s(
        "meghna",
        "sewing_line_efficiency_percent",
        "percentage",
        "util",
        21,
        ("phase_shift", 14, 5, 17, 2.5),
        idle=2,
        span=75,
    ),
    _s("meghna", "erp_seconds_p99", "latency", "latency", 18, base=2.0, deploys=[(11, 12)]),
    _s(
        "meghna",
        "steam_header_kilopascal",
        "gauge",
        "sensor",
        21,
        ("sensor_oscillation", 16, 10, 3, 35),
        mean=780,
        amp=60,
        noise=4,
        drift=15,
    ),
    _s(
        "meghna",
        "wms_db_bytes",
        "gauge",
        "storage",
        21,
        ("growth_change", 11, 15, 0, 3.0),
        base=2e11,
        per_day=6e8,
        compact=(4, 2, 0.04),
    ),
    # Tampere district heating: DST on day 13, month-end days 18-19, billing run on day 19
    _s(
        "lampo",
        "supply_temp_celsius",
        "gauge",
        "sensor",
        21,
        ("sensor_flatline", 9, 22, 7, 0),
        mean=88,
        amp=10,
        noise=0.3,
        drift=5,
    ),
    _s(
        "lampo",
        "return_temp_celsius",
        "gauge",
        "sensor",
        21,
        ("sensor_flatline", 17, 1, 5.5, 0),
        mean=48,
        amp=4,
        noise=0.3,
        drift=3,
    ),
    _s(
        "lampo",
        "heat_load_megawatts",
        "gauge",
        "sensor",
        21,
        ("level_shift", 15, 13, 4, 45),
        mean=140,
        amp=60,
        noise=3,
        drift=30,
    ),
    _s("lampo", "meter_readings_total", "counter", "traffic", 21, ("counter_stall", 10, 3, 2, 0), scale=300),
    _s(
        "lampo",
        "billing_rows_total",
        "counter",
        "batch",
        21,
        ("batch_stalled", 16, 1, 1, 0.35),
        hour=1,
        hours=1,
        output="rows",
        rate=2000,
        monthly=[("2028-04-01", 1.5, 4)],
    ),
    _s("lampo", "portal_seconds_p99", "latency", "latency", 21, base=0.9, deploys=[(9, 10), (16, 14)]),
    _s("lampo", "scada_historian_bytes", "gauge", "storage", 21, base=4e11, per_day=1.2e9, compact=(6, 4, 0.03)),
    # São Paulo parking and toll: payday day 7, Carnival days 12-15, Ash Wednesday day 16, month-end day 15
    _s("vaga", "parking_sessions_total", "counter", "traffic", 21, ("restday_traffic", 19, 7, 14, 0), scale=90),
    _s("vaga", "toll_tags_read_total", "counter", "traffic", 21, ("count_spike", 9, 8, 0.25, 4), scale=400),
    _s("vaga", "active_parkings", "gauge", "traffic", 21, ("phase_shift", 17, 6, 17, 3), scale=3000, noise=0.03),
    _s(
        "vaga",
        "card_auth_success_ratio",
        "ratio",
        "ratio",
        21,
        ("success_ratio_drop", 11, 12, 0.75, 0.2),
        mode="success",
        err=0.01,
    ),
    _s(
        "vaga",
        "api_ms_p99",
        "latency",
        "latency",
        21,
        ("tail_latency_ramp", 18, 7, 6, 2.6),
        base=300,
        deploys=[(8, 15)],
    ),
    _s(
        "vaga",
        "fines_export_age_seconds",
        "gauge",
        "batch",
        21,
        ("batch_missing", 17, 4, 0.75, 0),
        hour=4,
        hours=0.75,
        output="age",
        workdays=True,
    ),
    _s("vaga", "ocr_queue_depth", "gauge", "queue", 21, ("queue_backlog", 18, 8, 1.5, 8), depth=15),
    # Atacama copper mine: 24/7, rota changes every fourth morning, DST on day 14, satellite gaps
    _s("condor", "haul_trucks", "gauge", "traffic", 21, ("partial_outage", 12, 14, 3, 0.55), scale=42, noise=0.02),
    _s("condor", "payload_tonnes_total", "counter", "traffic", 21, ("level_shift", 9, 10, 3, 1.6), scale=450),
    _s(
        "condor",
        "engine_oil_celsius",
        "gauge",
        "sensor",
        21,
        ("sensor_oscillation", 17, 3, 2.5, 6),
        mean=95,
        amp=6,
        noise=0.8,
        drift=3,
    ),
    _s("condor", "dispatch_ms_p95", "latency", "latency", 21, ("level_shift", 15, 22, 4, 2.0), base=600),
    _s("condor", "crusher_load_percent", "percentage", "util", 21, ("pinned_full", 10, 15, 3, 0), idle=30, span=55),
    _s("condor", "telemetry_frames_total", "counter", "traffic", 21, ("counter_stall", 18, 13, 2, 0), scale=500),
    _s(
        "condor",
        "ore_ledger_rows_total",
        "counter",
        "batch",
        21,
        ("batch_stalled", 13, 5, 1, 0.3),
        hour=5,
        hours=1,
        output="rows",
        rate=300,
    ),
    # Nagpur co-operative bank: 2nd/4th Saturdays off (days 5, 19), 3rd worked (day 12), Mahashivratri day 16
    _s(
        "vidarbha",
        "cbs_transactions_total",
        "counter",
        "traffic",
        21,
        ("count_spike", 9, 11, 0.2, 5),
        ("restday_traffic", 19, 7, 14, 0),
        scale=70,
    ),
    _s(
        "vidarbha",
        "eod_batch_cpu_percent",
        "percentage",
        "batch",
        21,
        ("batch_late", 14, 21.5, 2, 4),
        hour=21.5,
        hours=2,
        output="cpu",
        workdays=True,
    ),
    _s(
        "vidarbha",
        "eod_rows_total",
        "counter",
        "batch",
        21,
        ("batch_missing", 17, 21.5, 2, 0),
        hour=21.5,
        hours=2,
        output="rows",
        rate=1200,
        workdays=True,
    ),
    _s(
        "vidarbha",
        "upi_success_ratio",
        "ratio",
        "ratio",
        14,
        ("success_ratio_drop", 8, 11, 1, 0.08),
        mode="success",
        err=0.006,
    ),
    _s("vidarbha", "cbs_seconds_p99", "latency", "latency", 21, ("level_shift", 11, 11, 5, 1.7), base=1.5),
    _s(
        "vidarbha",
        "audit_log_bytes",
        "gauge",
        "storage",
        21,
        ("growth_change", 10, 10, 0, 2.5),
        base=6e10,
        per_day=4e8,
        rotate=(0.0, 0.85),
    ),
]


def _generate() -> tuple[list[OpsSeries], dict[str, list[tuple[int, int, str]]]]:
    corpus, normals = [], {}
    for index, spec in enumerate(SERIES):
        rng = np.random.default_rng([BLIND10_SEED, index])
        clock = Clock(SERVICES[spec["code"]], spec["days"])
        if spec["code"] == "condor":  # irregular satellite gaps
            spec = spec | {
                "gaps": [
                    (int(d), float(h), int(m))
                    for d, h, m in zip(
                        rng.integers(1, spec["days"], 5), rng.uniform(0, 24, 5), rng.integers(3, 14, 5) * 5, strict=True
                    )
                ]
            }
        values, out = RENDERERS[spec["shape"]](clock, rng, spec, spec["kind"])
        present = scrapes(clock, rng, spec, out)
        name = f"{spec['code']}_{spec['metric']}_s{index + 1:02d}"
        windows = sorted(out.windows)
        corpus.append(OpsSeries(name, spec["kind"], clock.start_s, values.astype(float), windows, present))
        normals[name] = sorted(out.normals)
    return corpus, normals


def blind10_set() -> list[OpsSeries]:
    """The set (the same arrays on every call)."""
    return _generate()[0]


def blind10_normals() -> dict[str, list[tuple[int, int, str]]]:
    """Where each normal behaviour falls, per series name: [start, end) rows and the behaviour's kind."""
    return _generate()[1]


if __name__ == "__main__":
    corpus, where = _generate()
    print(
        len(corpus),
        "series,",
        sum(len(s.windows) for s in corpus),
        "windows,",
        sum(not s.windows for s in corpus),
        "clean",
    )
    counts: dict[str, int] = {}
    for s in corpus:
        for *_, k in s.windows:
            counts[k] = counts.get(k, 0) + 1
    print(counts)
