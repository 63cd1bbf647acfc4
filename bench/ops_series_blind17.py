"""Seventeenth blind ops-metric anomaly set (issue #14.1), written without reading the detector, the ops event filter
or its training, the own set's recipes or the earlier blind sets' items; generated in memory (numpy and the standard
library) from BLIND17_SEED.

Run: python bench/ops_series.py --split blind17          (docs/ops_series.md, "Seventeenth blind set")

Written in session 30 (6 December 2026, in about thirty-five minutes, committed before any scoring run). Read for
the format only: bench/ops_series.py (its docstring, split wiring, ``load``/``load_normals``, ``tally``/``run``/
``report`` and ``main``), the ``OpsSeries`` class and the constants of bench/ops_series_data.py (with a listing of
that module's top-level names), bench/ops_set_check.py (the checks the test runs), the fourteenth set's module
docstring, and from a listing of its top-level statements its import lines, the names of its constants and the
signatures of its functions (``blind14_set``, ``blind14_normals`` and the private ``_present``, ``_one``,
``_generate`` with their one-line docstrings), tests/tools/sre/test_ops_series_blind_sets.py and the fourteenth
set's docs section. Not read: tools/sre/detectors/**, tools/sre/detect_anomalies.py, the ops event filter and its
training (bench/ops_filter_train.py, bench/ops_misses.py), the own set's recipes, any earlier ops_blind*_*.py or
ops_series_blind*.py body. No scoring run before the commit.

Eleven invented services (ops_blind17_world.SERVICES), September 2029 to January 2030, each on its own local clock
and its own dates: a Vienna hotel chain (check-in peaks, a 02:30 night audit, month-end close; Austria leaves summer
time on 28 October), a Montreal bike-share (commute peaks, rain days; Canada leaves summer time on 4 November), an
Adelaide benefits-agency portal (payment dates, Labour Day; South Australia goes to summer time on 7 October, a
UTC+9:30 zone), a Singapore crypto exchange that never sleeps (funding settlement every eight hours, a token listing,
a halving night, a hot wallet refilled every morning), a Murcia irrigation IoT fleet (valves open two hours before a
sunrise that comes later every day, none on rain days, LoRa gaps; Spain leaves summer time), a Seoul cinema chain
(evening and weekend peaks, premiere Wednesdays, Gaecheonjeol and Hangul Day), a Manila telco SMS gateway (Sunday
rest, Christmas Eve's Noche Buena, Rizal Day, payday, New Year's midnight at seven times the traffic), a Kathmandu
hospital bed board (UTC+5:45, Saturday the only rest day, five days of Dashain), a Muscat museum (a Friday-Saturday
weekend that is its busy time, free entry on National Day), an Auckland radio network (breakfast and drive shows, a
telethon; New Zealand goes to summer time on 30 September) and a Denver car-rental fleet (Thanksgiving, the returns
on the Sunday after it).

Size: 70 series (26 counters, 19 gauges, 11 latency percentiles, 8 ratios, 6 percentages; 58 of 21 days, 7 of 18,
5 of 14): 407,232 grid points (406,586 scraped), 1,414 series-days of which 924 are scored; 71 anomaly windows in 16
kinds (batch_missing 6, batch_wrong_hour 5, batch_twice 3, batch_overrun 3, restday_busy 4, level_shift 8,
count_spike 6, growth_change 3, counter_stall 4, off_hours_activity 4, latency_regression 6, ratio_drop 5,
hard_outage 4, stuck_gauge 4, setpoint_drift 3, queue_backlog 3), 13 clean series. Normal-behaviour windows after the
probation week: public_holiday 112, scrape_gap 32, dst_switch 31, leak_restart 28, rain_day 22, payday 22,
noche_buena 16, new_year_midnight 16, log_rotation 14, holiday_returns 14, premiere_night 12, wallet_refill 11,
listing_event 7, halving_night 7, telethon 7, month_end 6, free_entry_day 5, deploy_blip 3, growth_new_high 3,
counter_reset 2, cache_warmup 2.

Metric kinds: counter (``_total``), gauge (``_open``, ``_available``, ``_occupied``, ``_depth``, ``_listeners``,
``_streams``, ``_bar``, ``_bytes``, ``_online``, ``_active``), ratio (``_ratio``), percentage (``_percent``), latency
(``_seconds_p95``, ``_seconds_p99``, ``_ms_p99``), then ``_sNN``.

Anomaly kinds (16; windows [start, end) in rows, as an on-call reviewer would mark them): ANOMALY_KINDS.
``growth_change`` runs to the series' end (PERSISTENT). Normal behaviours that must not alarm (recorded by
``blind17_normals`` for the false-alarm breakdown, never labelled): NORMAL_KINDS; and everywhere daily and weekly
seasonality in local time, day-to-day wobble, batch start jitter (+-10 minutes) and length (+-10 %), working-day
batches that skip rest days and holidays, 0.1 % missed scrapes at random and irregular gaps on two services.
"""

# ruff: noqa: E501 (the tables keep one series / one service per row)
from __future__ import annotations

import functools
import zlib

import numpy as np
from ops_blind17_shapes import render
from ops_blind17_world import DAY, SERVICES, Clock, calendar_normals
from ops_series_data import OpsSeries

BLIND17_SEED = 17_2029
ANOMALY_KINDS = (
    "batch_missing",
    "batch_wrong_hour",
    "batch_twice",
    "batch_overrun",
    "restday_busy",
    "level_shift",
    "count_spike",
    "growth_change",
    "counter_stall",
    "off_hours_activity",
    "latency_regression",
    "ratio_drop",
    "hard_outage",
    "stuck_gauge",
    "setpoint_drift",
    "queue_backlog",
)
PERSISTENT = frozenset({"growth_change"})
NORMAL_KINDS = (
    "public_holiday",
    "dst_switch",
    "month_end",
    "rain_day",
    "payday",
    "listing_event",
    "halving_night",
    "premiere_night",
    "noche_buena",
    "new_year_midnight",
    "free_entry_day",
    "telethon",
    "holiday_returns",
    "deploy_blip",
    "cache_warmup",
    "log_rotation",
    "leak_restart",
    "growth_new_high",
    "counter_reset",
    "wallet_refill",
    "scrape_gap",
)

# (service, metric name, kind, archetype, params, anomalies: (kind, local day, hour from, hour to, factor))
SERIES: tuple = (
    # Vienna hotels
    ("lodgeline", "pms_checkins_total", "counter", "count", {"base": 9.0}, [("level_shift", 9, 13.0, 17.5, 0.45), ("count_spike", 15, 10.0, 10.25, 6.0)]),
    ("lodgeline", "night_audit_postings_total", "counter", "batch", {"h": 2.5, "minutes": 40, "rate": 900.0, "month_end_day": 17, "month_end": 2.5},
     [("batch_missing", 8, 2.5, 3.3, 1.0), ("batch_overrun", 14, 2.5, 3.3, 4.0), ("batch_wrong_hour", 19, 2.5, 3.3, 11.0)]),
    ("lodgeline", "pms_api_latency_seconds_p95", "latency", "latency", {"base": 0.18, "amp": 0.25, "normals": [("deploy_blip", 10, 14.0, 14.17, 1.9)]},
     [("latency_regression", 12, 9.0, 13.5, 2.2)]),
    ("lodgeline", "keycard_encode_success_ratio", "ratio", "ratio", {"base": 0.994, "amp": 0.004, "clip": (0, 1)}, [("ratio_drop", 16, 15.0, 17.0, 0.22)]),
    ("lodgeline", "pms_db_bytes", "gauge", "storage", {"base": 4.1e11, "slope": 2.4e6}, [("growth_change", 11, 12.0, 12.5, 2.6)]),
    ("lodgeline", "channel_sync_queue_depth", "gauge", "queue", {"base": 40.0, "amp": 25.0, "noise": 0.1, "clip": (0, None)}, []),
    # Montreal bike-share
    ("velo", "trips_started_total", "counter", "count", {"base": 55.0, "reset_day": 10},
     [("restday_busy", 12, 7.0, 19.0, 1.0), ("counter_stall", 17, 7.5, 9.0, 1.0)]),
    ("velo", "docks_available", "gauge", "level", {"base": 2400.0, "amp": -350.0, "noise": 0.01}, [("stuck_gauge", 8, 6.0, 14.5, 1.0), ("hard_outage", 15, 17.0, 17.5, 1.0)]),
    ("velo", "station_online_percent", "percentage", "percent", {"base": 98.6, "amp": -0.4, "noise": 0.003, "clip": (0, 100)}, [("setpoint_drift", 10, 8.0, 18.0, -6.0)]),
    ("velo", "unlock_latency_seconds_p99", "latency", "latency", {"base": 0.9, "amp": 0.2, "noise": 0.12}, [("latency_regression", 18, 15.0, 19.5, 1.9)]),
    ("velo", "rebalancing_moves_total", "counter", "batch", {"h": 0.5, "minutes": 240, "rate": 3.0, "on": "work"}, [("batch_missing", 14, 0.5, 4.5, 1.0)]),
    ("velo", "payment_auth_ratio", "ratio", "ratio", {"base": 0.985, "amp": 0.006, "clip": (0, 1), "normals": [("cache_warmup", 11, 7.0, 8.0, 0.06)]}, []),
    # Adelaide benefits portal
    ("kinship", "portal_logins_total", "counter", "count", {"base": 70.0}, [("count_spike", 9, 3.0, 3.2, 8.0), ("restday_busy", 19, 7.0, 20.0, 1.0)]),
    ("kinship", "claims_lodged_total", "counter", "count", {"base": 6.0}, [("level_shift", 15, 9.0, 13.0, 0.5)]),
    ("kinship", "payment_file_records_total", "counter", "batch", {"h": 3.0, "minutes": 50, "rate": 2600.0, "on": "work"},
     [("batch_missing", 11, 3.0, 4.0, 1.0), ("batch_twice", 17, 3.0, 4.0, 9.5)]),
    ("kinship", "login_latency_seconds_p95", "latency", "latency", {"base": 0.35, "amp": 0.35, "normals": [("deploy_blip", 15, 11.0, 11.17, 1.8)]}, []),
    ("kinship", "identity_check_pass_ratio", "ratio", "ratio", {"base": 0.93, "amp": 0.01, "noise": 0.008, "clip": (0, 1)}, [("ratio_drop", 14, 10.0, 12.5, 0.25)]),
    ("kinship", "callcentre_queue_depth", "gauge", "queue", {"base": 30.0, "amp": 28.0, "noise": 0.12, "clip": (0, None)}, [("queue_backlog", 8, 10.0, 13.5, 160.0)]),
    ("kinship", "session_service_resident_bytes", "gauge", "leak", {"base": 6.0e8, "slope": 9.0e5, "restart_h": 4.0}, []),
    # Singapore crypto exchange
    ("ledgerline", "orders_matched_total", "counter", "count", {"base": 4200.0}, [("level_shift", 8, 20.0, 24.0, 0.55), ("count_spike", 13, 11.0, 11.2, 5.0)]),
    ("ledgerline", "ws_connections_open", "gauge", "level", {"base": 38000.0, "amp": 14000.0, "noise": 0.01}, [("hard_outage", 15, 9.0, 9.5, 1.0)]),
    ("ledgerline", "withdrawal_queue_depth", "gauge", "queue", {"base": 20.0, "amp": 8.0, "noise": 0.15, "clip": (0, None)}, [("queue_backlog", 11, 13.0, 16.0, 240.0)]),
    ("ledgerline", "order_ack_latency_ms_p99", "latency", "latency", {"base": 4.0, "amp": 0.5, "noise": 0.1}, [("latency_regression", 16, 3.0, 7.0, 2.0)]),
    ("ledgerline", "funding_settlement_rows_total", "counter", "batch", {"every": [0.0, 8.0, 16.0], "minutes": 15, "rate": 5000.0},
     [("batch_missing", 9, 16.0, 16.5, 1.0), ("batch_overrun", 12, 8.0, 8.5, 5.0)]),
    ("ledgerline", "hot_wallet_reserve_ratio", "ratio", "percent", {"base": 0.9, "amp": 0.0, "noise": 0.002, "sawtooth": (6.0, 0.35), "clip": (0, 1)}, []),
    ("ledgerline", "matching_engine_cpu_percent", "percentage", "percent", {"base": 34.0, "amp": 10.0, "noise": 0.04, "clip": (0, 100)}, [("off_hours_activity", 15, 2.0, 5.0, 1.4)]),
    # Murcia irrigation
    ("huerta", "valve_open_events_total", "counter", "batch", {"sunrise": True, "minutes": 90, "rate": 40.0, "skip": (9, 12)},
     [("batch_wrong_hour", 8, 6.0, 7.6, 14.0), ("batch_twice", 11, 6.0, 7.6, 18.0)]),
    ("huerta", "lora_uplinks_total", "counter", "count", {"base": 310.0, "wobble": 0.02}, [("counter_stall", 10, 11.0, 13.0, 1.0)]),
    ("huerta", "soil_moisture_percent", "percentage", "percent", {"base": 31.0, "amp": 0.0, "noise": 0.02, "batch_h": 6.5, "batch_len": 6.0, "batch_lift": 4.0, "clip": (0, 100)}, [("setpoint_drift", 11, 0.0, 20.0, -9.0)]),
    ("huerta", "pump_pressure_bar", "gauge", "level", {"base": 3.1, "amp": 0.0, "noise": 0.02, "batch_h": 6.2, "batch_len": 1.5, "batch_lift": -0.6}, [("stuck_gauge", 7, 12.0, 21.0, 1.0)]),
    ("huerta", "gateway_backhaul_latency_seconds_p95", "latency", "latency", {"base": 0.6, "amp": 0.1, "noise": 0.15}, []),
    # Seoul cinemas
    ("cinemon", "tickets_sold_total", "counter", "count", {"base": 160.0}, [("level_shift", 11, 18.0, 22.5, 1.7), ("count_spike", 17, 14.0, 14.25, 5.0)]),
    ("cinemon", "seat_map_latency_seconds_p99", "latency", "latency", {"base": 0.45, "amp": 0.3, "normals": [("deploy_blip", 15, 10.0, 10.2, 2.1)]},
     [("latency_regression", 19, 17.0, 21.0, 2.3)]),
    ("cinemon", "payment_approval_ratio", "ratio", "ratio", {"base": 0.972, "amp": 0.004, "clip": (0, 1), "normals": [("cache_warmup", 12, 6.0, 7.0, 0.05)]},
     [("ratio_drop", 9, 19.0, 21.0, 0.2)]),
    ("cinemon", "kiosks_online", "gauge", "level", {"base": 420.0, "amp": 0.0, "noise": 0.004}, [("hard_outage", 13, 19.0, 19.5, 1.0)]),
    ("cinemon", "concession_orders_total", "counter", "count", {"base": 35.0}, [("off_hours_activity", 10, 3.0, 5.0, 0.8)]),
    ("cinemon", "showtime_publish_rows_total", "counter", "batch", {"h": 5.0, "minutes": 20, "rate": 700.0}, [("batch_wrong_hour", 14, 5.0, 5.5, 13.0)]),
    # Manila SMS gateway
    ("textbridge", "smsc_submit_total", "counter", "count", {"base": 21000.0}, [("level_shift", 9, 9.0, 13.0, 0.5)]),
    ("textbridge", "otp_messages_total", "counter", "count", {"base": 3500.0, "reset_day": 11}, [("count_spike", 18, 15.0, 15.25, 6.0)]),
    ("textbridge", "delivery_receipt_ratio", "ratio", "ratio", {"base": 0.962, "amp": 0.01, "noise": 0.005, "clip": (0, 1)}, [("ratio_drop", 17, 11.0, 14.0, 0.18)]),
    ("textbridge", "smsc_queue_depth", "gauge", "queue", {"base": 900.0, "amp": 700.0, "noise": 0.08, "clip": (0, None)}, [("queue_backlog", 16, 10.0, 13.5, 4000.0)]),
    ("textbridge", "cdr_archive_bytes", "gauge", "storage", {"base": 5.5e12, "slope": 4.0e7}, []),
    ("textbridge", "submit_latency_ms_p99", "latency", "latency", {"base": 40.0, "amp": 0.4}, [("latency_regression", 11, 13.0, 17.0, 2.1)]),
    ("textbridge", "smpp_binds_active", "gauge", "level", {"base": 180.0, "amp": 0.0, "noise": 0.01}, [("stuck_gauge", 19, 8.0, 17.0, 1.0)]),
    ("textbridge", "billing_cdr_rows_total", "counter", "batch", {"h": 1.5, "minutes": 60, "rate": 40000.0}, [("batch_missing", 10, 1.5, 2.7, 1.0), ("batch_twice", 18, 1.5, 2.7, 13.5)]),
    # Kathmandu hospital bed board
    ("shayyabed", "ward_admissions_total", "counter", "count", {"base": 0.9}, [("restday_busy", 19, 7.0, 19.0, 1.0)]),
    ("shayyabed", "beds_occupied", "gauge", "level", {"base": 610.0, "amp": 60.0, "noise": 0.01}, [("level_shift", 16, 10.0, 14.0, 0.3)]),
    ("shayyabed", "icu_occupancy_percent", "percentage", "percent", {"base": 78.0, "amp": 6.0, "noise": 0.02, "clip": (0, 100)}, []),
    ("shayyabed", "bed_board_sync_latency_seconds_p95", "latency", "latency", {"base": 1.2, "amp": 0.3}, [("latency_regression", 8, 9.0, 14.0, 1.8)]),
    ("shayyabed", "discharge_summaries_total", "counter", "batch", {"h": 23.0, "minutes": 30, "rate": 14.0}, [("batch_missing", 17, 23.0, 23.7, 1.0), ("batch_overrun", 9, 23.0, 23.7, 6.0)]),
    ("shayyabed", "lab_interface_ack_ratio", "ratio", "ratio", {"base": 0.995, "amp": 0.002, "noise": 0.002, "clip": (0, 1)}, [("ratio_drop", 12, 9.0, 11.0, 0.3)]),
    # Muscat museum
    ("qalaa", "tickets_scanned_total", "counter", "count", {"base": 12.0}, [("off_hours_activity", 9, 1.0, 4.0, 0.5), ("count_spike", 16, 11.0, 11.2, 7.0)]),
    ("qalaa", "gallery_humidity_percent", "percentage", "percent", {"base": 50.0, "amp": 1.6, "noise": 0.01, "clip": (0, 100)}, [("setpoint_drift", 10, 2.0, 14.0, 8.0)]),
    ("qalaa", "audio_guide_streams", "gauge", "level", {"base": 30.0, "amp": 28.0, "noise": 0.05, "clip": (0, None)}, []),
    ("qalaa", "ticket_web_latency_seconds_p99", "latency", "latency", {"base": 0.7, "amp": 0.2}, []),
    ("qalaa", "collection_images_bytes", "gauge", "storage", {"base": 2.2e12, "slope": 1.2e7, "rotate_h": 3.0, "rotate_keep": 0.6}, [("growth_change", 12, 12.0, 12.5, 2.8)]),
    # Auckland radio
    ("wavehaka", "stream_listeners", "gauge", "level", {"base": 5200.0, "amp": 3800.0, "noise": 0.02}, [("level_shift", 10, 6.0, 9.5, 0.5)]),
    ("wavehaka", "icecast_bytes_sent_total", "counter", "count", {"base": 2.1e9}, [("counter_stall", 16, 16.0, 17.5, 1.0)]),
    ("wavehaka", "talkback_calls_total", "counter", "count", {"base": 1.5}, [("restday_busy", 12, 6.0, 19.0, 1.0)]),
    ("wavehaka", "encoder_buffer_ok_ratio", "ratio", "ratio", {"base": 0.998, "amp": 0.001, "noise": 0.001, "clip": (0, 1)}, []),
    ("wavehaka", "podcast_renders_total", "counter", "batch", {"h": 4.0, "minutes": 45, "rate": 3.0, "on": "work"}, [("batch_wrong_hour", 15, 4.0, 4.9, 12.0)]),
    ("wavehaka", "cdn_edge_latency_seconds_p95", "latency", "latency", {"base": 0.08, "amp": 0.5}, [("stuck_gauge", 19, 9.0, 18.0, 1.0)]),
    ("wavehaka", "playout_resident_bytes", "gauge", "leak", {"base": 1.1e9, "slope": 6.0e5, "restart_h": 3.0}, []),
    # Denver car rental
    ("roadkey", "returns_checked_in_total", "counter", "count", {"base": 8.0}, [("level_shift", 10, 8.0, 12.0, 1.6)]),
    ("roadkey", "fleet_available", "gauge", "level", {"base": 1300.0, "amp": -220.0, "noise": 0.01}, [("hard_outage", 12, 10.0, 10.4, 1.0)]),
    ("roadkey", "telematics_pings_total", "counter", "count", {"base": 2400.0, "wobble": 0.02}, [("counter_stall", 8, 13.0, 15.0, 1.0)]),
    ("roadkey", "reservation_api_latency_seconds_p95", "latency", "latency", {"base": 0.3, "amp": 0.4}, []),
    ("roadkey", "fleet_utilisation_percent", "percentage", "percent", {"base": 64.0, "amp": 5.0, "noise": 0.02, "clip": (0, 100)}, [("off_hours_activity", 17, 1.0, 4.0, 2.0)]),
    ("roadkey", "billing_close_rows_total", "counter", "batch", {"h": 2.0, "minutes": 35, "rate": 300.0}, [("batch_wrong_hour", 13, 2.0, 2.8, 9.0)]),
    ("roadkey", "damage_photos_bytes", "gauge", "storage", {"base": 8.0e11, "slope": 3.0e6}, [("growth_change", 14, 12.0, 12.5, 2.5)]),
)  # fmt: skip

# Irregular gaps (missed scrapes that are normal): the irrigation gateways and the museum's network.
GAPPY = {"huerta": (7, 10, 40), "qalaa": (4, 10, 25)}  # gaps, minutes min, minutes max


def _present(clock: Clock, rng: np.random.Generator, service: str) -> tuple[np.ndarray, list[tuple[int, int, str]]]:
    """Scrapes that arrived: 0.1 % lost at random; some services lose 10-40 minutes now and then."""
    n = clock.n
    present = rng.random(n) >= 0.001
    normals = []
    if service in GAPPY:
        count, low, high = GAPPY[service]
        for _ in range(count):
            a = int(rng.integers(DAY, n - DAY))
            b = a + int(rng.integers(low, high + 1)) // 5
            present[a:b] = False
            normals.append((a, b, "scrape_gap"))
    present[0] = present[-1] = True
    return present, normals


def _one(index: int, spec: tuple) -> tuple[OpsSeries, list[tuple[int, int, str]]]:
    service, metric, kind, arche, params, anomalies = spec
    name = f"{service}_{metric}_s{index:02d}"
    rng = np.random.default_rng([BLIND17_SEED, zlib.crc32(name.encode())])
    clock = Clock(SERVICES[service])
    values, labels, normals = render(clock, rng, arche, params, anomalies)
    present, gaps = _present(clock, np.random.default_rng([BLIND17_SEED, index, 7]), service)
    normals = calendar_normals(clock) + normals + gaps
    values = np.asarray(values, float)
    return OpsSeries(name, kind, clock.start_s, values, sorted(labels), present), sorted(normals)


@functools.cache
def _generate() -> tuple[tuple[OpsSeries, ...], dict[str, list[tuple[int, int, str]]]]:
    out, normals = [], {}
    for index, spec in enumerate(SERIES, 1):
        series, behaviours = _one(index, spec)
        out.append(series)
        normals[series.name] = behaviours
    return tuple(out), normals


def blind17_set() -> list[OpsSeries]:
    """The set (the same arrays on every call)."""
    return list(_generate()[0])


def blind17_normals() -> dict[str, list[tuple[int, int, str]]]:
    """Where each normal behaviour falls, per series name: [start, end) rows and the behaviour's kind."""
    return {k: list(v) for k, v in _generate()[1].items()}
