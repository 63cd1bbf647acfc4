"""Fourteenth blind ops-metric anomaly set (issue #14.1), written without reading the detector, the ops event filter
or its training, the own set's recipes or the earlier blind sets' items; generated in memory (numpy and the standard
library) from BLIND14_SEED.

Run: python bench/ops_series.py --split blind14          (docs/ops_series.md, "Fourteenth blind set")

Written in session 29 (6 December 2026, in about forty minutes, committed before any scoring run). Read for the
format only: bench/ops_series.py (its docstring, split wiring, ``load``/``load_normals`` and the ``--split``
choices), the ``OpsSeries`` class and the constants ``STEP_S``, ``DAY``, ``PROBATION_DAYS`` and ``KINDS`` of
bench/ops_series_data.py, bench/ops_set_check.py (the checks the test runs), the eleventh set's module docstring and
the signatures of ``blind11_set`` / ``blind11_normals``, tests/tools/sre/test_ops_series_blind_sets.py and the
eleventh set's docs section. Seen on the way and not used: the import lines of bench/ops_series.py (the detector
package's names, not the package), the head of ``_Ctx`` in bench/ops_series_data.py (the clock of its series: hour
of day and weekday per row), the eleventh set's seed, the first words of its ANOMALY_KINDS and NORMAL_KINDS tuples and
the first line of its SERIES table (one terminal counter's name and its tide-window kind), printed by a
listing of the module's top-level statements; the file names under bench/. Not read: tools/sre/detectors/**,
tools/sre/detect_anomalies.py, the ops event filter and its training (bench/ops_filter_train.py, bench/ops_misses.py),
the own set's recipes, any earlier ops_blind*_*.py or ops_series_blind*.py body. No scoring run before the commit.

62 series of 5-minute steps, 14 to 21 days each (no anomaly in the first 7: the bench's probation week), from ten
invented services (ops_blind14_world.SERVICES), March-April 2028, each on its own local clock: a Mexico City concert
ticketing site with 10:00 on-sales, a Darwin weather-radar network at the end of the wet season (afternoon storms),
a Porto water utility pumping on the night tariff (22:00-08:00) into a reservoir, a Santiago de Chile church
streaming its Sunday and Wednesday services (Palm Sunday), a Johannesburg lottery with Wednesday and Saturday draws
(sales cut-off 20:30, settlement the next morning, a rolling jackpot, payday on the 24th-25th), a Bogota food-delivery
app (lunch and dinner peaks, rain surges), a Helsinki research cluster's scheduler (nightly backup, weekly scratch
purge, a fairshare reset on the 1st that falls on a Saturday), a Tel Aviv newspaper paywall (Sunday-Thursday week,
Friday afternoon and Saturday quiet, breaking news), an Oslo EV-charging network (smart charging at night, an Easter
exodus, Maundy Thursday) and a Hobart longline fleet's satellite uplink (dawn and dusk hauls, days in port, passes
with gaps). Clock switches: Israel (24 March), Portugal, Finland and Norway (26 March) forward; Chile and Tasmania
(2 April) back. Holidays where the set's own calendar puts them (ops_blind14_world.SERVICES).

Size: 62 series (21 counters, 15 gauges, 10 latency percentiles, 9 ratios, 7 percentages; 56 of 21 days, 5 of 18,
1 of 14): 368,640 grid points (367,872 scraped), 1,280 series-days of which 846 are scored; 69 anomaly windows in 16
kinds, 9 clean series.

Metric kinds: counter (``_total``), gauge (``_bytes``, ``_sessions``, ``_depth``, ``_jobs``, ``_kilowatts``,
``_bar``, ``_viewers``, ``_online``, ``_available``, ``_dbz_mean``), ratio (``_ratio``), percentage
(``_percent``), latency (``_seconds_p99``, ``_seconds_p95``, ``_ms_p99``), then ``_sNN``.

Anomaly kinds (16; windows [start, end) in rows, as an on-call reviewer would mark them): ANOMALY_KINDS, counts in
tests/tools/sre/test_ops_series_blind_sets.py. ``growth_change`` runs to the series' end (PERSISTENT). Normal
behaviours that must not alarm (recorded by ``blind14_normals`` for the false-alarm breakdown, never labelled):
NORMAL_KINDS; and everywhere daily and weekly seasonality in local time, day-to-day wobble, batch start jitter
(+-9 minutes) and length (+-10 %), working-day batches that skip rest days, 0.1 % missed scrapes at random and
irregular satellite gaps on the fleet's series.
"""

from __future__ import annotations

import functools
import zlib

import numpy as np
from ops_blind14_shapes import render
from ops_blind14_world import DAY, SERVICES, Clock, activity, calendar_normals
from ops_series_data import OpsSeries

BLIND14_SEED = 291206

ANOMALY_KINDS = (
    "batch_missing",
    "batch_wrong_hour",
    "restday_busy",
    "level_shift",
    "count_spike",
    "growth_change",
    "cutoff_not_enforced",
    "counter_stall",
    "main_burst",
    "queue_backlog",
    "ratio_drop",
    "latency_regression",
    "stuck_gauge",
    "peak_missing",
    "variance_burst",
    "hard_outage",
)
PERSISTENT = frozenset({"growth_change"})
NORMAL_KINDS = (
    "public_holiday",
    "dst_switch",
    "onsale_surge",
    "storm_day",
    "palm_sunday",
    "jackpot_rollover",
    "payday",
    "rain_surge",
    "month_start",
    "breaking_news",
    "easter_exodus",
    "fleet_in_port",
    "cache_warmup",
    "deploy_blip",
    "counter_reset",
    "log_rotation",
    "nightly_purge",
    "weekly_purge",
    "leak_restart",
    "growth_new_high",
    "scrape_gap",
)

# name, service, metric kind, archetype, parameters, anomalies (kind, local day, local hour, hours, magnitude)
# [, days]; batch_wrong_hour's hour is where the job ran instead; restday_busy and cutoff_not_enforced act on the
# service's demand (a rest day run as a working day, a draw whose sales cut-off was not enforced).
SERIES = (
    # Boletera Zocalo, Mexico City
    ("tix_checkout_requests_total", "tix", "counter", "count", {"scale": 600, "resets": [(12, 4.0)]},
     [("level_shift", 13, 18, 4, 0.5), ("count_spike", 17, 15, 0.25, 6)]),
    ("tix_queue_admitted_total", "tix", "counter", "count", {"scale": 300},
     [("counter_stall", 16, 10.5, 1.0, 0)]),
    ("tix_waiting_room_sessions", "tix", "gauge", "level", {"base": 40, "scale": 900, "noise": 0.05}, []),
    ("tix_payment_seconds_p99", "tix", "latency", "latency", {"base": 1.1, "load": 0.25, "deploys": [(8, 2), (15, 3)]},
     [("latency_regression", 10, 19, 4, 2.2)]),
    ("tix_payment_success_ratio", "tix", "ratio", "ratio", {"base": 0.975, "load": 0.02},
     [("ratio_drop", 14, 20, 1.5, 0.22)]),
    ("tix_orders_db_size_bytes", "tix", "gauge", "storage",
     {"base": 3.2e11, "slope": 6e6, "keep": 1.0, "jitter": 2e5, "new_highs": 0.0},
     [("growth_change", 12, 0, 0, 2.6)]),
    # Top End radar network, Darwin
    ("radar_berrimah_volume_scans_total", "radar", "counter", "steady", {"scale": 14},
     [("counter_stall", 12, 9, 2.5, 0)]),
    ("radar_gove_volume_scans_total", "radar", "counter", "steady", {"scale": 14, "follow": 0.2},
     [("counter_stall", 15, 16, 1.5, 0)]),
    ("radar_product_queue_depth", "radar", "gauge", "queue", {"scale": 40, "base": 2},
     [("queue_backlog", 9, 8, 4, 120)]),
    ("radar_ingest_seconds_p95", "radar", "latency", "latency", {"base": 0.8, "load": 0.5, "deploys": [(10, 11)]}, []),
    ("radar_archive_written_bytes_total", "radar", "counter", "batch",
     {"slot": (1.0, 1.5), "base": 2e5, "height": 8e7, "counter": True},
     [("batch_missing", 11, 0, 0, 0), ("batch_wrong_hour", 16, 13.0, 0, 0)]),
    ("radar_mosaic_reflectivity_dbz_mean", "radar", "gauge", "level", {"base": 8, "scale": 14, "noise": 0.05},
     [("variance_burst", 13, 2, 3, 5)]),
    ("radar_disk_used_percent", "radar", "percentage", "storage",
     {"base": 41, "slope": 0.004, "keep": 0.15, "drop_hour": 3.0, "drop_kind": "nightly_purge", "jitter": 0.05}, []),
    # Aguas do Douro, Porto
    ("water_pump_power_kilowatts", "water", "gauge", "batch",
     {"slot": (23.5, 7.0), "base": 12, "height": 640, "noise": 0.02},
     [("batch_missing", 9, 0, 0, 0), ("batch_wrong_hour", 16, 13.0, 0, 0)]),
    ("water_reservoir_level_percent", "water", "percentage", "reservoir", {"base": 80, "use": 0.12, "fill": 0.47},
     [("main_burst", 11, 10, 4, 0.35)]),
    ("water_delivered_liters_total", "water", "counter", "count", {"scale": 9000},
     [("level_shift", 8, 18, 3.5, 1.6), ("main_burst", 15, 2, 3, 1.7)]),
    ("water_network_pressure_bar", "water", "gauge", "level", {"base": 4.6, "scale": -1.1, "noise": 0.01},
     [("main_burst", 18, 14, 3, 0.9)]),
    ("water_scada_poll_seconds_p99", "water", "latency", "latency", {"base": 0.35, "load": 0.1}, []),
    ("water_telemetry_delivery_ratio", "water", "ratio", "ratio", {"base": 0.993, "noise": 0.002}, []),
    # Iglesia Camino, Santiago de Chile
    ("church_stream_viewers", "church", "gauge", "level", {"base": 15, "scale": 2600, "noise": 0.04},
     [("peak_missing", 10, 11.9, 1.7, 0.06), ("level_shift", 13, 18, 4, 0.5)]),
    ("church_hls_segments_served_total", "church", "counter", "count", {"scale": 1600, "floor": 50},
     [("counter_stall", 17, 10.25, 1.0, 0)]),
    ("church_cdn_origin_seconds_p99", "church", "latency", "latency", {"base": 0.18, "load": 0.8, "deploys": [(8, 15)]},
     [("latency_regression", 14, 19, 5, 2.0)]),
    ("church_donations_total", "church", "counter", "count", {"scale": 3, "floor": 0.2},
     [("count_spike", 12, 14, 0.25, 30)]),
    ("church_transcode_cpu_percent", "church", "percentage", "batch",
     {"slot": (2.0, 1.5), "base": 6, "height": 78, "noise": 0.04},
     [("batch_missing", 11, 0, 0, 0)]),
    # Highveld Lotto, Johannesburg
    ("lotto_ticket_sales_total", "lotto", "counter", "count", {"scale": 450},
     [("cutoff_not_enforced", 9, 0, 0, 0), ("cutoff_not_enforced", 13, 0, 0, 0)]),
    ("lotto_online_wagers_total", "lotto", "counter", "count", {"scale": 180, "floor": 2},
     [("count_spike", 8, 13, 0.2, 6), ("cutoff_not_enforced", 20, 0, 0, 0)]),
    ("lotto_results_checks_total", "lotto", "counter", "batch",
     {"slot": (21.0, 2.5), "days": (2, 6, 9, 13, 16, 20), "base": 20, "height": 900, "counter": True},
     [("batch_missing", 13, 0, 0, 0)]),
    ("lotto_settlement_rows_total", "lotto", "counter", "batch",
     {"slot": (6.0, 1.0), "days": (3, 7, 10, 14, 17), "base": 0, "height": 5000, "counter": True},
     [("batch_wrong_hour", 17, 15.0, 0, 0)]),
    ("lotto_terminals_online_ratio", "lotto", "ratio", "ratio", {"base": 0.97, "noise": 0.004},
     [("hard_outage", 10, 14, 0.5, 0), ("ratio_drop", 18, 11, 2, 0.25)]),
    ("lotto_wager_api_ms_p99", "lotto", "latency", "latency", {"base": 140, "load": 0.9, "deploys": [(14, 9)]}, []),
    ("lotto_ledger_bytes", "lotto", "gauge", "storage",
     {"base": 8.8e10, "slope": 2e5, "keep": 1.0, "jitter": 5e3, "new_highs": 0.0},
     [("growth_change", 14, 0, 0, 2.7)]),
    # Rappidito, Bogota
    ("food_orders_placed_total", "food", "counter", "count", {"scale": 260, "floor": 1},
     [("peak_missing", 9, 11.5, 3.0, 0.12), ("count_spike", 14, 16, 0.2, 5)]),
    ("food_couriers_online", "food", "gauge", "level", {"base": 80, "scale": 1400, "noise": 0.03},
     [("level_shift", 11, 18.5, 3.5, 0.6), ("hard_outage", 15, 13, 0.4, 0)]),
    ("food_order_assign_seconds_p95", "food", "latency", "latency", {"base": 9, "load": 0.6, "deploys": [(10, 4)]},
     [("latency_regression", 12, 11, 4, 1.9)]),
    ("food_payment_approved_ratio", "food", "ratio", "ratio", {"base": 0.955, "load": 0.015},
     [("ratio_drop", 16, 19, 2, 0.2)]),
    ("food_eta_accuracy_percent", "food", "percentage", "percent", {"lo": 91, "hi": 82},
     [("stuck_gauge", 8, 6, 8, 0)], 14),
    ("food_menu_cache_hit_ratio", "food", "ratio", "ratio",
     {"base": 0.94, "load": 0.05, "warmups": [(8, 3.5), (12, 3.5), (15, 3.6)]}, []),
    # Kaivos research cluster, Helsinki
    ("hpc_jobs_submitted_total", "hpc", "counter", "count", {"scale": 55, "floor": 0.5},
     [("restday_busy", 12, 7, 14, 0), ("level_shift", 16, 9, 4, 0.45)]),
    ("hpc_queue_pending_jobs", "hpc", "gauge", "queue", {"scale": 900, "base": 20},
     [("restday_busy", 13, 7, 14, 0)]),
    ("hpc_nodes_allocated_percent", "hpc", "percentage", "percent", {"lo": 62, "hi": 96, "noise": 0.7},
     [("stuck_gauge", 9, 20, 9, 0)]),
    ("hpc_scheduler_rpc_seconds_p99", "hpc", "latency", "latency",
     {"base": 0.25, "load": 0.7, "deploys": [(8, 10.5), (15, 13)]},
     [("latency_regression", 17, 10, 3.5, 2.4)]),
    ("hpc_backup_transferred_bytes_total", "hpc", "counter", "batch",
     {"slot": (1.0, 2.0), "base": 1e4, "height": 2.4e8, "counter": True},
     [("batch_wrong_hour", 10, 12.0, 0, 0), ("batch_missing", 15, 0, 0, 0)]),
    ("hpc_scratch_used_bytes", "hpc", "gauge", "storage",
     {"base": 6.1e14, "slope": 3e8, "keep": 0.5, "drop_hour": 4.0, "drop_weekday": 6, "drop_kind": "weekly_purge",
      "jitter": 1e7},
     [("growth_change", 11, 9, 0, 2.5)]),
    ("hpc_login_memory_bytes", "hpc", "gauge", "leak", {"base": 2.2e9, "slope": 6e5, "drop_hour": 5.0, "jitter": 4e6},
     []),
    # Ha'Yom Digital, Tel Aviv
    ("paywall_impressions_total", "paywall", "counter", "count", {"scale": 2400, "resets": [(10, 3.0)]},
     [("count_spike", 8, 16, 0.2, 5), ("peak_missing", 16, 6.5, 3.5, 0.2)]),
    ("paywall_cms_publish_total", "paywall", "counter", "count", {"scale": 9, "floor": 0.1},
     [("restday_busy", 13, 7, 14, 0)]),
    ("paywall_newsletter_sent_total", "paywall", "counter", "batch",
     {"slot": (5.5, 0.75), "days": "workdays", "base": 0, "height": 12000, "counter": True},
     [("batch_missing", 9, 0, 0, 0), ("batch_wrong_hour", 15, 14.0, 0, 0)]),
    ("paywall_meter_conversion_ratio", "paywall", "ratio", "ratio", {"base": 0.38, "noise": 0.01},
     [("ratio_drop", 11, 20, 2.5, 0.2)]),
    ("paywall_render_ms_p99", "paywall", "latency", "latency", {"base": 320, "load": 0.5, "deploys": [(9, 11)]},
     [("variance_burst", 14, 10, 3, 4)]),
    ("paywall_cdn_hit_ratio", "paywall", "ratio", "ratio", {"base": 0.91, "load": 0.03, "warmups": [(9, 11.0)]}, []),
    # Ladeklar, Oslo
    ("ev_sessions_started_total", "ev", "counter", "count", {"scale": 120},
     [("restday_busy", 9, 7, 14, 0), ("count_spike", 12, 21, 0.25, 6)]),
    ("ev_energy_delivered_kilowatts", "ev", "gauge", "batch",
     {"slot": (1.0, 5.0), "base": 800, "height": 5200, "noise": 0.04},
     [("batch_wrong_hour", 11, 17.0, 0, 0)]),
    ("ev_chargers_available", "ev", "gauge", "level", {"base": 2400, "scale": -900, "noise": 0.01},
     [("hard_outage", 17, 8, 0.5, 0)]),
    ("ev_session_success_ratio", "ev", "ratio", "ratio", {"base": 0.965, "load": 0.02},
     [("ratio_drop", 10, 17, 3, 0.18)]),
    ("ev_ocpp_heartbeat_seconds_p99", "ev", "latency", "latency", {"base": 2.1, "load": 0.2, "deploys": [(12, 10)]},
     [("latency_regression", 14, 20, 4, 1.8)]),
    ("ev_fastcharge_utilisation_percent", "ev", "percentage", "percent", {"lo": 8, "hi": 70, "noise": 1.5},
     [("stuck_gauge", 11, 12, 8, 0)]),
    # Southern Ocean longline fleet, Hobart
    ("fleet_position_reports_total", "fleet", "counter", "steady", {"scale": 48},
     [("counter_stall", 14, 3, 2, 0)]),
    ("fleet_uplink_bytes_total", "fleet", "counter", "count", {"scale": 2.2e6},
     [("level_shift", 8, 14, 4.5, 0.5)]),
    ("fleet_uplink_queue_depth", "fleet", "gauge", "queue", {"scale": 30, "base": 3},
     [("queue_backlog", 13, 6, 5, 400), ("queue_backlog", 18, 20, 4, 300)]),
    ("fleet_uplink_rtt_seconds_p95", "fleet", "latency", "latency", {"base": 1.3, "load": 0.1},
     [("variance_burst", 12, 9, 3, 4)]),
    ("fleet_link_up_ratio", "fleet", "ratio", "ratio", {"base": 0.985, "noise": 0.005},
     [("ratio_drop", 17, 2, 1.5, 0.3)]),
    ("fleet_hub_disk_used_percent", "fleet", "percentage", "storage",
     {"base": 38, "slope": 0.006, "keep": 0.3, "drop_hour": 0.0, "jitter": 0.05},
     [("growth_change", 15, 12, 0, 2.5)]),
)  # fmt: skip

ON_SERVICE = ("restday_busy", "cutoff_not_enforced")
BOUNDS = {"ratio": 1.0, "percentage": 100.0}


def _present(clock: Clock, rng: np.random.Generator, service: str) -> tuple[np.ndarray, list[tuple[int, int, str]]]:
    """Scrapes that arrived: 0.1 % lost at random; the fleet's hub loses 10-30 minutes on some satellite passes."""
    present = rng.random(clock.n) >= 0.001
    normals = []
    if service == "fleet":
        for day in range(clock.days):
            for _ in range(rng.poisson(0.8)):
                s = int(day * DAY + rng.integers(0, DAY - 8))
                e = s + int(rng.integers(2, 7))
                present[s:e] = False
                normals.append((s, e, "scrape_gap"))
    present[0] = present[-1] = True
    return present, normals


def _one(index: int, spec: tuple) -> tuple[OpsSeries, list[tuple[int, int, str]]]:
    name, service, kind, arch, params, anomalies, *rest = spec
    svc = SERVICES[service]
    clock = Clock(svc, rest[0] if rest else None)
    busy = tuple(day for k, day, *_ in anomalies if k in ON_SERVICE)
    demand, normals = activity(clock, np.random.default_rng([BLIND14_SEED, zlib.crc32(service.encode())]), busy)
    rng = np.random.default_rng([BLIND14_SEED, zlib.crc32(name.encode())])
    values, windows, drawn = render(arch, clock, demand, params, [a for a in anomalies if a[0] not in ON_SERVICE], rng)
    for k, day, *_ in anomalies:
        if k == "restday_busy":
            windows.append((*clock.rows(day, 7, 21), k))
        elif k == "cutoff_not_enforced":
            windows.append((*clock.rows(day, 20.5, 21.25), k))
    high = BOUNDS.get(kind)
    if high is not None:
        values = np.clip(values, 0, high)
    present, gaps = _present(clock, rng, service)
    normals = sorted(normals + drawn + gaps + calendar_normals(clock))
    series = OpsSeries(f"{name}_s{index:02d}", kind, clock.start_s, values.astype(float), sorted(windows), present)
    return series, normals


@functools.cache
def _generate() -> tuple[tuple[OpsSeries, ...], dict[str, list[tuple[int, int, str]]]]:
    out, normals = [], {}
    for index, spec in enumerate(SERIES):
        series, drawn = _one(index, spec)
        out.append(series)
        normals[series.name] = drawn
    return tuple(out), normals


def blind14_set() -> list[OpsSeries]:
    """The set (the same arrays on every call)."""
    corpus, _ = _generate()
    return [OpsSeries(s.name, s.kind, s.start_s, s.values.copy(), list(s.windows), s.present.copy()) for s in corpus]


def blind14_normals() -> dict[str, list[tuple[int, int, str]]]:
    """Where each normal behaviour falls, per series name: [start, end) rows and the behaviour's kind."""
    _, normals = _generate()
    return {name: list(rows) for name, rows in normals.items()}
