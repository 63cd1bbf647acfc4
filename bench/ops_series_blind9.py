"""Ninth blind ops-metric anomaly set (issue #14.1), written without reading the detector, the own set's recipes or
the earlier blind sets' items; generated in memory (numpy only) from BLIND9_SEED.

Run: python bench/ops_series.py --split blind9          (docs/ops_series.md, "Ninth blind set")

Written in session 26 (5 December 2026, about 70 minutes, committed before any scoring run). Read for the format
only: bench/ops_series.py (split wiring, scoring), the ``OpsSeries`` class and constants of bench/ops_series_data.py,
bench/ops_set_check.py, the eighth set's module docstring and loader signatures, its test and its docs section.
Glimpsed on the way and not reused: the eighth set's import lines (the names of its renderer functions), and a
docstring line and the UTC offsets tuple next to ``OpsSeries`` in bench/ops_series_data.py.

64 series of 5-minute steps, 14 to 21 days each (no anomaly in the first 7: the bench's probation week), from ten
invented services (ops_blind9_world.SERVICES: a Leipzig library e-lending platform, a Halifax ferry booking
service, a Chicago options clearing member, a Riyadh pharmacy courier app, a Kathmandu trekking permit portal, a
Haifa wafer fab's MES, an Auckland dairy tanker fleet, a Monterrey cement plant, a Seoul webtoon app and a Nairobi
mobile-money agent network) on their own local clocks (UTC-5 to UTC+13, one UTC+5:45 zone), October-November 2027.
Rest days are Friday-Saturday for Riyadh and Haifa, Saturday only for Kathmandu (a six-day week), Sunday only for
Monterrey and Nairobi. DST ends inside the series in Leipzig and Haifa (31 October) and Halifax and Chicago (7
November). Holidays: Reformation Day and Buss- und Bettag, Remembrance Day, Veterans Day (no settlement) and
Thanksgiving with the Friday after, Tihar (a festival lull of four days and a holiday), the Sukkot intermediate days
and Simchat Torah, New Zealand's Labour Day, Mexico's Revolution Day, Kenya's Mashujaa Day. Paydays (the 27th in
Riyadh, the 28th in Nairobi, the 25th in Seoul) and month-end (31 October).

Metric kinds: counter (``_total``, ``_bytes_total``), gauge (``_bytes``, ``_sessions``, ``_connections``,
``_celsius``, ``_pascal``, ``_age_seconds``, ``_couriers``), ratio (``_ratio``), percentage (``_percent``), latency
(``_seconds_p99``, ``_seconds_p95``, ``_seconds_p50``, ``_ms_p99``, ``_ms_p95``), then ``_sNN``.

Anomaly kinds (16; windows [start, end) in rows, as an on-call reviewer would mark them): ANOMALY_KINDS, counts in
tests/tools/sre/test_ops_series_blind_sets.py. ``growth_acceleration`` runs to the series' end (PERSISTENT). Normal
behaviours that must not alarm (recorded by ``blind9_normals`` for the false-alarm breakdown, never labelled):
NORMAL_KINDS; and everywhere daily and weekly seasonality in local time, day-to-day wobble, slow growth of some
traffic, one-scrape latency blips, batch start jitter (+-10 minutes) and length (+-13 %), workday-only batches that
skip holidays, 0.1 % missed scrapes at random.
"""

from __future__ import annotations

import numpy as np
from ops_blind9_shapes import HOUR, RENDERERS, Draft
from ops_blind9_world import SERVICES, clock
from ops_series_data import DAY, PROBATION_DAYS, OpsSeries

BLIND9_SEED = 91153
ANOMALY_KINDS = (
    "batch_absent",  # a nightly / workday-night job did not run (its expected slot)
    "batch_shifted",  # the job ran hours off its slot (from the expected start to the real end)
    "rest_day_busy",  # a rest day (their weekend) with a workday's traffic, 07:00-21:00 local
    "level_step",  # hours at a different level inside the normal range (a duplicated feed, a slow dependency)
    "burst_count",  # 10-20 minutes at 4-8 times a count's rate
    "growth_acceleration",  # a size grows 2.2-3.2 times faster, to the series' end
    "heartbeat_silence",  # a steady count stops increasing for 1.5-2 hours
    "peak_missing",  # the daily peak does not come: the count stays at its pre-peak level
    "hit_ratio_collapse",  # a cache hit ratio falls to 0.55-0.7 for 1-2 hours
    "flatline_exporter",  # a frozen exporter or sensor repeats one value for 5-7 hours
    "jitter_burst",  # a reading swings around its level, scrape to scrape, for 2.5-3 hours
    "pinned_at_ceiling",  # a utilisation pinned at 100 % for 2-3 hours
    "compaction_skipped",  # the weekly compaction or the daily rotation did not run
    "error_ratio_burst",  # an error or decline ratio at 7-22 % for 30-90 minutes
    "latency_drift",  # a percentile ramps to 1.9-2.6 times its level over a third of the window and holds
    "regional_dropout",  # 2.5-5 hours at 45-60 % of the usual count (a region, a tool bay, a PoP)
)
NORMAL_KINDS = (
    "growth_new_high",
    "log_rotation",
    "weekly_compaction",
    "leak_restart",
    "public_holiday",
    "festival_lull",
    "payday",
    "deploy_blip",
    "cache_warmup",
    "dst_switch",
    "month_end",
    "release_drop",
    "counter_reset",
    "scrape_gap",
    "backup_window",
)
PERSISTENT = frozenset({"growth_acceleration"})


def _a(kind: str, day: int, hour: float = 0.0, hours: float = 0.0, mag: float = 1.0) -> tuple:
    return (kind, day, hour, hours, mag)


# (metric, kind, archetype, service, start date, days, parameters, anomalies)
SERIES = (
    # Leipzig e-lending (evening reading, DST 31 October)
    ("ebibo_loans_issued_total", "counter", "traffic", "ebibo", "2027-10-18", 21,
     {"base": 3.0, "growth": 0.02, "deploys": 2, "resets": 1},
     [_a("burst_count", 9, 20.5, 0.25, 6.0), _a("regional_dropout", 15, 19.0, 3.0, 0.45)]),
    ("ebibo_reader_sessions", "gauge", "traffic", "ebibo", "2027-10-18", 21,
     {"base": 1800, "round": True, "deploys": 1}, [_a("peak_missing", 10, 19.5, 3.0)]),
    ("ebibo_drm_license_seconds_p99", "latency", "latency", "ebibo", "2027-10-18", 21,
     {"base": 0.35, "backup": (3.0, 0.75, 1.6), "deploys": 2}, [_a("latency_drift", 12, 14.0, 5.0, 2.4)]),
    ("ebibo_catalogue_db_bytes", "gauge", "storage", "ebibo", "2027-10-18", 21,
     {"mode": "compaction", "dow": 6, "hour": 3.0, "slope": 2.5e8, "base": 4.1e10, "reclaim": 0.6, "round": True},
     [_a("growth_acceleration", 14, 11.0, 0.0, 2.8)]),
    ("ebibo_publisher_feed_rows_total", "counter", "batch", "ebibo", "2027-10-18", 21,
     {"hour": 2.5, "minutes": 50, "rate": 400, "month_end": 2.0}, [_a("batch_absent", 17)]),
    ("ebibo_cdn_hit_ratio", "ratio", "ratio", "ebibo", "2027-10-28", 21,
     {"mode": "hit", "level": 0.94, "deploys": 3}, [_a("hit_ratio_collapse", 15, 20.0, 1.5, 0.6)]),
    ("ebibo_search_ms_p95", "latency", "latency", "ebibo", "2027-10-28", 21,
     {"base": 60.0, "coupling": 0.7, "backup": (3.0, 0.75, 1.4), "deploys": 2}, []),
    # Halifax ferry bookings (office, DST 7 November, Remembrance Day)
    ("fundyferry_bookings_total", "counter", "traffic", "fundyferry", "2027-10-25", 21,
     {"base": 0.6, "deploys": 1, "resets": 1},
     [_a("rest_day_busy", 2, 7.0, 14.0), _a("burst_count", 15, 10.5, 0.2, 8.0)]),
    ("fundyferry_payment_decline_ratio", "ratio", "ratio", "fundyferry", "2027-10-25", 21,
     {"mode": "error", "level": 0.02, "deploys": 2}, [_a("error_ratio_burst", 10, 11.0, 0.75, 0.18)]),
    ("fundyferry_api_ms_p95", "latency", "latency", "fundyferry", "2027-10-25", 21,
     {"base": 180.0, "coupling": 0.6, "deploys": 2}, [_a("level_step", 16, 9.0, 4.0, 1.7)]),
    ("fundyferry_manifest_export_age_seconds", "gauge", "batch", "fundyferry", "2027-10-25", 21,
     {"hour": 4.0, "minutes": 25, "days": "work"}, [_a("batch_shifted", 9, 0, 0, 9.0), _a("batch_absent", 16)]),
    ("fundyferry_terminal_wifi_sessions", "gauge", "traffic", "fundyferry", "2027-10-25", 21,
     {"base": 140, "round": True}, []),
    ("fundyferry_ticket_pdf_bytes_total", "counter", "traffic", "fundyferry", "2027-10-25", 21,
     {"base": 2.2e5, "deploys": 1}, [_a("heartbeat_silence", 11, 13.0, 2.0, 0.0)]),
    # Chicago clearing (market hours, DST 7 November, Veterans Day, Thanksgiving)
    ("lasalleclr_trade_capture_total", "counter", "traffic", "lasalleclr", "2027-10-27", 21,
     {"base": 45.0, "deploys": 1},
     [_a("peak_missing", 9, 8.6, 1.5), _a("level_step", 16, 10.0, 4.0, 1.8)]),
    ("lasalleclr_settlement_rows_total", "counter", "batch", "lasalleclr", "2027-10-27", 21,
     {"hour": 1.0, "minutes": 70, "rate": 900, "days": "work"},
     [_a("batch_absent", 12), _a("batch_shifted", 18, 0, 0, 5.5)]),
    ("lasalleclr_margin_calc_seconds_p99", "latency", "latency", "lasalleclr", "2027-10-27", 21,
     {"base": 2.5, "coupling": 1.2}, [_a("latency_drift", 13, 8.5, 6.0, 2.0)]),
    ("lasalleclr_risk_engine_cpu_percent", "percentage", "batch", "lasalleclr", "2027-10-27", 21,
     {"hour": 18.5, "minutes": 90, "busy": 91.0, "days": "work", "idle": 9.0}, [_a("batch_absent", 9)]),
    ("lasalleclr_ledger_db_bytes", "gauge", "storage", "lasalleclr", "2027-11-08", 19,
     {"mode": "compaction", "dow": 6, "hour": 5.0, "slope": 9e8, "base": 2.2e11, "reclaim": 0.55, "round": True},
     [_a("compaction_skipped", 0, 0, 10.0)]),
    ("lasalleclr_fix_gateway_connections", "gauge", "traffic", "lasalleclr", "2027-11-08", 19,
     {"base": 60, "round": True}, [_a("flatline_exporter", 10, 10.0, 6.0)]),
    # Riyadh pharmacy courier (Friday-Saturday weekend, late evenings, payday the 27th)
    ("dawaa_orders_total", "counter", "traffic", "dawaa", "2027-10-14", 21,
     {"base": 2.4, "payday": 1.5, "month_end": 1.2, "deploys": 2, "resets": 1, "growth": 0.03},
     [_a("regional_dropout", 9, 20.0, 3.0, 0.5), _a("burst_count", 15, 23.0, 0.25, 5.0)]),
    ("dawaa_courier_gps_pings_total", "counter", "traffic", "dawaa", "2027-10-14", 21,
     {"base": 35.0, "shape": "flat", "sigma": 0.02}, [_a("heartbeat_silence", 11, 3.0, 1.5, 0.0)]),
    ("dawaa_checkout_error_ratio", "ratio", "ratio", "dawaa", "2027-10-14", 21,
     {"mode": "error", "level": 0.008, "deploys": 2}, [_a("error_ratio_burst", 16, 21.0, 0.5, 0.09)]),
    ("dawaa_pharmacy_sync_rows_total", "counter", "batch", "dawaa", "2027-10-14", 21,
     {"hour": 3.5, "minutes": 40, "rate": 120}, [_a("batch_shifted", 12, 0, 0, 15.0)]),
    ("dawaa_dispatch_ms_p99", "latency", "latency", "dawaa", "2027-10-14", 21,
     {"base": 420.0, "coupling": 0.8, "deploys": 1, "backup": (4.5, 0.5, 1.5)}, []),
    ("dawaa_redis_hit_ratio", "ratio", "ratio", "dawaa", "2027-10-14", 21,
     {"mode": "hit", "level": 0.91, "deploys": 2}, [_a("hit_ratio_collapse", 10, 21.5, 1.5, 0.62)]),
    ("dawaa_active_couriers", "gauge", "traffic", "dawaa", "2027-10-14", 21,
     {"base": 310, "round": True, "payday": 1.3, "month_end": 1.15}, []),
    # Kathmandu permits (six-day week, Tihar)
    ("himpermit_permits_issued_total", "counter", "traffic", "himpermit", "2027-10-16", 18,
     {"base": 0.12, "deploys": 1}, [_a("rest_day_busy", 0, 7.0, 14.0)]),
    ("himpermit_tims_api_seconds_p95", "latency", "latency", "himpermit", "2027-10-16", 18,
     {"base": 0.8, "coupling": 0.7}, [_a("level_step", 9, 11.0, 3.0, 2.0)]),
    ("himpermit_payment_gateway_error_ratio", "ratio", "ratio", "himpermit", "2027-10-16", 18,
     {"mode": "error", "level": 0.015}, [_a("error_ratio_burst", 10, 12.0, 1.0, 0.22)]),
    ("himpermit_office_uplink_percent", "percentage", "ratio", "himpermit", "2027-10-16", 18,
     {"mode": "util", "idle": 8.0, "span": 55.0}, [_a("pinned_at_ceiling", 8, 10.0, 3.0, 100.0)]),
    ("himpermit_scan_volume_used_percent", "percentage", "storage", "himpermit", "2027-10-16", 18,
     {"mode": "rotation", "hour": 1.0, "base": 22.0, "slope": 18.0, "jitter": 0.002},
     [_a("compaction_skipped", 2, 0, 0)]),
    ("himpermit_nightly_report_age_seconds", "gauge", "batch", "himpermit", "2027-10-16", 18,
     {"hour": 22.0, "minutes": 15, "days": "work"}, [_a("batch_absent", 10)]),
    # Haifa wafer fab MES (24/7 with office hours on top, Friday-Saturday weekend, Sukkot, DST 31 October)
    ("carmelfab_wafer_moves_total", "counter", "traffic", "carmelfab", "2027-10-13", 21,
     {"base": 9.0, "resets": 1}, [_a("regional_dropout", 12, 2.0, 5.0, 0.6)]),
    ("carmelfab_mes_tx_ms_p99", "latency", "latency", "carmelfab", "2027-10-13", 21,
     {"base": 95.0, "coupling": 0.4, "backup": (1.0, 1.0, 1.8)}, [_a("latency_drift", 15, 9.0, 4.0, 2.6)]),
    ("carmelfab_cleanroom_differential_pressure_pascal", "gauge", "sensor", "carmelfab", "2027-10-13", 21,
     {"setpoint": 12.5, "swing": 0.3, "drift": 0.01, "noise": 0.15},
     [_a("flatline_exporter", 9, 3.0, 7.0), _a("jitter_burst", 16, 14.0, 2.5, 0.25)]),
    ("carmelfab_recipe_db_bytes", "gauge", "storage", "carmelfab", "2027-10-13", 21,
     {"mode": "compaction", "dow": 4, "hour": 2.0, "slope": 3e8, "base": 6e10, "reclaim": 0.6, "round": True},
     [_a("growth_acceleration", 13, 14.0, 0.0, 2.2)]),
    ("carmelfab_lot_hold_ratio", "ratio", "ratio", "carmelfab", "2027-10-13", 21,
     {"mode": "error", "level": 0.01}, [_a("error_ratio_burst", 11, 16.0, 1.5, 0.07)]),
    ("carmelfab_historian_cpu_percent", "percentage", "ratio", "carmelfab", "2027-10-13", 21,
     {"mode": "util", "idle": 20.0, "span": 30.0}, [_a("jitter_burst", 13, 10.0, 3.0, 0.35)]),
    ("carmelfab_equipment_events_total", "counter", "traffic", "carmelfab", "2027-10-13", 21,
     {"base": 55.0, "resets": 2}, []),
    # Auckland dairy tankers (dawn and afternoon collections, Labour Day)
    ("waikmilk_tanker_gps_pings_total", "counter", "traffic", "waikmilk", "2027-10-15", 16,
     {"base": 4.0}, [_a("heartbeat_silence", 9, 5.0, 2.0, 0.0), _a("burst_count", 13, 16.0, 0.17, 7.0)]),
    ("waikmilk_vat_milk_celsius", "gauge", "sensor", "waikmilk", "2027-10-15", 16,
     {"setpoint": 4.0, "swing": 0.6, "peak": 16.0, "drift": 0.005, "noise": 0.08},
     [_a("level_step", 11, 13.0, 5.0, 1.8)]),
    ("waikmilk_collection_confirmations_total", "counter", "traffic", "waikmilk", "2027-10-15", 16,
     {"base": 0.3}, [_a("peak_missing", 12, 5.0, 2.5)]),
    ("waikmilk_lab_results_rows_total", "counter", "batch", "waikmilk", "2027-10-15", 16,
     {"hour": 23.0, "minutes": 30, "rate": 50, "days": "work"}, [_a("batch_shifted", 8, 0, 0, 11.0)]),
    ("waikmilk_api_seconds_p50", "latency", "latency", "waikmilk", "2027-10-15", 16,
     {"base": 0.09, "deploys": 1}, []),
    ("waikmilk_vat_fill_percent", "percentage", "sensor", "waikmilk", "2027-10-15", 16,
     {"setpoint": 55.0, "swing": 20.0, "peak": 5.0, "drift": 0.2, "noise": 0.5},
     [_a("flatline_exporter", 12, 8.0, 6.0)]),
    ("waikmilk_ingest_worker_resident_bytes", "gauge", "storage", "waikmilk", "2027-10-15", 16,
     {"mode": "restart", "every": 2, "phase": 0, "hour": 3.5, "base": 3.0e8, "slope": 1.1e8, "warm": 9e7,
      "round": True}, []),
    # Monterrey cement (24/7 kiln, Monday-Saturday dispatch, Revolution Day)
    ("cerrocem_kiln_shell_celsius", "gauge", "sensor", "cerrocem", "2027-11-01", 21,
     {"setpoint": 285.0, "swing": 6.0, "drift": 0.3, "noise": 1.5}, [_a("jitter_burst", 10, 2.0, 3.0, 0.08)]),
    ("cerrocem_dispatch_tickets_total", "counter", "traffic", "cerrocem", "2027-11-01", 21,
     {"base": 0.25, "shape": "office"}, [_a("rest_day_busy", 0, 7.0, 14.0)]),
    ("cerrocem_truck_scale_connections", "gauge", "traffic", "cerrocem", "2027-11-01", 21,
     {"base": 12, "round": True, "shape": "office"}, [_a("flatline_exporter", 9, 9.0, 5.0)]),
    ("cerrocem_erp_sync_ms_p95", "latency", "latency", "cerrocem", "2027-11-01", 21,
     {"base": 650.0, "coupling": 0.5, "deploys": 1}, [_a("latency_drift", 16, 7.0, 6.0, 1.9)]),
    ("cerrocem_silo_collector_resident_bytes", "gauge", "storage", "cerrocem", "2027-11-01", 21,
     {"mode": "restart", "every": 3, "phase": 1, "hour": 4.0, "base": 2.5e8, "slope": 9e7, "warm": 6e7,
      "round": True}, [_a("growth_acceleration", 12, 15.0, 0.0, 2.5)]),
    ("cerrocem_plant_network_percent", "percentage", "ratio", "cerrocem", "2027-11-01", 21,
     {"mode": "util", "idle": 15.0, "span": 40.0}, [_a("pinned_at_ceiling", 11, 13.0, 2.5, 100.0)]),
    # Seoul webtoons (evening and weekend reading, episode drops at 23:00 on Tuesday and Friday)
    ("panelcut_episode_views_total", "counter", "traffic", "panelcut", "2027-10-20", 14,
     {"base": 120.0, "drops": ((1, 23.0, 3.0), (4, 23.0, 3.0)), "growth": 0.02, "deploys": 2, "resets": 1},
     [_a("burst_count", 9, 14.0, 0.17, 4.0), _a("regional_dropout", 11, 20.0, 2.5, 0.55)]),
    ("panelcut_image_cdn_hit_ratio", "ratio", "ratio", "panelcut", "2027-10-20", 14,
     {"mode": "hit", "level": 0.965, "load_cost": 0.03, "deploys": 2}, [_a("hit_ratio_collapse", 8, 22.0, 1.0, 0.7)]),
    ("panelcut_coin_purchase_error_ratio", "ratio", "ratio", "panelcut", "2027-10-20", 14,
     {"mode": "error", "level": 0.004, "deploys": 2}, [_a("error_ratio_burst", 12, 21.5, 0.5, 0.12)]),
    ("panelcut_reader_api_ms_p99", "latency", "latency", "panelcut", "2027-10-20", 14,
     {"base": 140.0, "coupling": 0.6, "deploys": 2}, []),
    ("panelcut_comment_db_bytes", "gauge", "storage", "panelcut", "2027-10-20", 14,
     {"mode": "compaction", "dow": 2, "hour": 4.0, "slope": 5e8, "base": 8e10, "reclaim": 0.6, "round": True},
     [_a("compaction_skipped", 0, 0, 9.0)]),
    ("panelcut_search_index_used_percent", "percentage", "storage", "panelcut", "2027-10-20", 14,
     {"mode": "rotation", "hour": 4.5, "base": 35.0, "slope": 20.0, "jitter": 0.002},
     [_a("compaction_skipped", 3, 0, 0)]),
    # Nairobi mobile money (commute peaks, Sunday rest, Mashujaa Day, payday the 28th, month-end)
    ("wakala_cash_in_total", "counter", "traffic", "wakala", "2027-10-11", 21,
     {"base": 5.0, "payday": 1.8, "month_end": 1.3, "deploys": 1, "resets": 1},
     [_a("rest_day_busy", 0, 7.0, 14.0), _a("peak_missing", 16, 17.0, 2.5)]),
    ("wakala_float_balance_check_seconds_p99", "latency", "latency", "wakala", "2027-10-11", 21,
     {"base": 1.1, "coupling": 0.6}, [_a("level_step", 11, 8.0, 4.0, 1.6), _a("latency_drift", 18, 12.0, 5.0, 2.2)]),
    ("wakala_agent_heartbeats_total", "counter", "traffic", "wakala", "2027-10-11", 21,
     {"base": 20.0, "shape": "flat", "sigma": 0.02}, [_a("heartbeat_silence", 14, 10.0, 1.5, 0.0)]),
    ("wakala_ussd_session_hit_ratio", "ratio", "ratio", "wakala", "2027-10-11", 21,
     {"mode": "hit", "level": 0.88, "deploys": 1}, [_a("hit_ratio_collapse", 10, 9.0, 2.0, 0.55)]),
    ("wakala_ledger_db_bytes", "gauge", "storage", "wakala", "2027-10-11", 21,
     {"mode": "compaction", "dow": 6, "hour": 2.0, "slope": 1.2e9, "base": 3.1e11, "reclaim": 0.5, "round": True},
     [_a("growth_acceleration", 12, 10.0, 0.0, 3.2)]),
    ("wakala_sms_queue_fill_percent", "percentage", "ratio", "wakala", "2027-10-11", 21,
     {"mode": "util", "idle": 5.0, "span": 25.0}, [_a("pinned_at_ceiling", 15, 18.0, 2.0, 100.0)]),
)  # fmt: skip


def _scrapes(dr: Draft, index: int) -> np.ndarray:
    """Missed scrapes: 0.1 % at random, and in every fourth series one collector gap of 30-90 minutes
    (scrape_gap), off the anomalies; the first and last scrape are always there."""
    present = dr.rng.random(dr.n) >= 0.001
    if index % 4 == 1:
        for _ in range(50):
            start = int(dr.rng.integers(2 * DAY, dr.n - DAY))
            size = int(dr.rng.integers(6, 19))
            if not any(a - HOUR <= start + size and start <= b + HOUR for a, b, _ in dr.windows):
                present[start : start + size] = False
                dr.normal("scrape_gap", start, start + size)
                break
    present[0] = present[-1] = True
    return present


def _build(index: int) -> tuple[OpsSeries, list[tuple[int, int, str]]]:
    metric, kind, archetype, key, start, days, params, anomalies = SERIES[index]
    service = SERVICES[key]
    clk = clock(service, start, days)
    rng = np.random.default_rng([BLIND9_SEED, index])
    shape = params.get("shape", service.shape)
    dr = Draft(f"{metric}_s{index:02d}", kind, shape, clk, rng, params, list(anomalies))
    values = RENDERERS[archetype](dr).astype(float)
    present = _scrapes(dr, index)
    windows = sorted(dr.windows)
    assert all(PROBATION_DAYS * DAY <= a < b for a, b, _ in windows), (dr.name, windows)
    return OpsSeries(dr.name, kind, clk.start_s, values, windows, present), sorted(dr.normals)


def blind9_set() -> list[OpsSeries]:
    """The set (the same arrays on every call)."""
    return [_build(i)[0] for i in range(len(SERIES))]


def blind9_normals() -> dict[str, list[tuple[int, int, str]]]:
    """Where each normal behaviour falls, per series name: [start, end) rows and the behaviour's kind."""
    out = {}
    for i in range(len(SERIES)):
        series, normals = _build(i)
        out[series.name] = normals
    return out
