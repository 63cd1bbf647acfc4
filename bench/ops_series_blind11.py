"""Eleventh blind ops-metric anomaly set (issue #14.1), written without reading the detector, the ops event filter or
its training, the own set's recipes or the earlier blind sets' items; generated in memory (numpy only) from
BLIND11_SEED.

Run: python bench/ops_series.py --split blind11          (docs/ops_series.md, "Eleventh blind set")

Written in session 28 (6 December 2026, in about forty minutes, committed before any scoring run). Read for the
format only: bench/ops_series.py (its docstring, split wiring, ``load``/``load_normals``/``main``), the
``OpsSeries`` class and constants (``STEP_S``, ``DAY``, ``PROBATION_DAYS``, ``KINDS``) of bench/ops_series_data.py
(and the list of its function names, from a grep of its definitions), bench/ops_set_check.py (the checks the test
runs), the tenth set's module docstring and the signatures of ``blind10_set`` / ``blind10_normals``, its test and
its docs section. Seen on the way and not used: from a grep of bench/ops_series.py's lines, its import lines of the
detector package's names, ``BASELINE_Z`` and the report's ``infer_kind`` call on the name before ``_s`` (not the
package); the file names under bench/ and of the files that mention "blind10". Not read: tools/sre/detectors/**,
tools/sre/detect_anomalies.py, the ops event filter and its training, the own set's recipes, any earlier
ops_blind*_*.py or ops_series_blind*.py body. No scoring run before the commit.

67 series of 5-minute steps, 14 to 21 days each (no anomaly in the first 7: the bench's probation week), from ten
invented services (ops_blind11_world.SERVICES): a tide-locked container terminal at Avonmouth, a Riyadh securities
exchange with opening and closing auctions, an Auckland streaming broadcaster through a provincial rugby final, a
Cape Town university's learning platform in its exam session, a Reykjavik airline's crew rostering, Mendoza
vineyard sensors driven by sunrise, a Nairobi hospital's EHR, a Sydney tax e-filing service up to the 31 October
deadline, a Kathmandu remittance payout service through Dashain and a Seoul online game through Chuseok;
September-November 2027, each on its own local clock (UTC-3 to UTC+13, one UTC+5:45 zone). Rest days: Friday and
Saturday at the exchange, Saturday only in Kathmandu, Sunday only at the terminal's gate and the hospital's
outpatients (Saturday mornings worked), none at the airline and the vineyard; exams on Saturdays. Clock switches:
New Zealand daylight time starts (26 September), the UK leaves BST (31 October). Non-daily rhythms: the terminal's
lock works only around high water (12 h 25 min apart, spring and neap tides), the vineyard irrigates from
sunrise (earlier each day), the game stops for Wednesday maintenance. Dashain and Chuseok fall where the set's own
calendar puts them (7-12 and 14-16 of the months in ops_blind11_world), not necessarily on the official dates.

Size: 67 series (20 counters, 21 gauges, 9 latency percentiles, 8 ratios, 9 percentages; 51 of 21 days, 14 of 18,
2 of 14): 389,088 grid points (388,374 scraped), 1,351 series-days of which 882 are scored; 72 anomaly windows in 16
kinds, 9 clean series.

Metric kinds: counter (``_total``), gauge (``_bytes``, ``_depth``, ``_celsius``, ``_bar``, ``_kilowatts``,
``_sessions``, ``_streams``, ``_players``, ``_available``, ``_npr``, ``_age_seconds``), ratio (``_ratio``),
percentage (``_percent``), latency (``_seconds_p99``, ``_seconds_p95``, ``_ms_p99``), then ``_sNN``.

Anomaly kinds (16; windows [start, end) in rows, as an on-call reviewer would mark them): ANOMALY_KINDS, counts in
tests/tools/sre/test_ops_series_blind_sets.py. ``growth_change`` runs to the series' end (PERSISTENT). Normal
behaviours that must not alarm (recorded by ``blind11_normals`` for the false-alarm breakdown, never labelled):
NORMAL_KINDS; and everywhere daily and weekly seasonality in local time, day-to-day wobble, slow growth of some
traffic, one-scrape latency blips, batch start jitter (+-9 minutes) and length (+-12 %), working-day batches that
skip rest days and holidays, 0.1 % missed scrapes at random and irregular LoRa gaps at the vineyard.
"""

from __future__ import annotations

import functools
import zlib

import numpy as np
from ops_blind11_shapes import RENDER
from ops_blind11_world import DAY, SERVICES, Clock, special_windows
from ops_series_data import OpsSeries

BLIND11_SEED = 281206

ANOMALY_KINDS = (
    "batch_missing",
    "batch_wrong_hour",
    "restday_busy",
    "level_shift",
    "count_spike",
    "growth_change",
    "tide_window_missed",
    "trading_halt",
    "off_hours_activity",
    "early_cutoff",
    "flattened_day",
    "compaction_skipped",
    "ratio_collapse",
    "jitter_storm",
    "sensor_drift",
    "capped_peak",
)
PERSISTENT = frozenset({"growth_change"})
NORMAL_KINDS = (
    "public_holiday",
    "dst_switch",
    "index_rebalance",
    "sports_final",
    "roster_publication",
    "frost_night",
    "rain_skip",
    "festival_surge",
    "log_rotation",
    "weekly_compaction",
    "nightly_compaction",
    "leak_restart",
    "growth_new_high",
    "deploy_blip",
    "cache_warmup",
    "counter_reset",
    "scrape_gap",
    "shift_handover",
    "weekly_maintenance",
    "neap_tide",
    "exam_week",
    "filing_deadline",
)

C = {"counter": True}
# (name, service, metric kind, renderer, parameters, anomalies (kind, local day, local hour, hours, magnitude), days)
SERIES = (
    # Severn Quay container terminal, Avonmouth
    ("quay_lock_vessel_movements_total", "quay", "counter", "tide", {"scale": 3.0},
     [("tide_window_missed", 3, 0, 0, 0), ("tide_window_missed", 21, 0, 0, 0)], 21),
    ("quay_tug_jobs_total", "quay", "counter", "tide", {"scale": 1.2}, [("tide_window_missed", 12, 0, 0, 0)], 21),
    ("quay_gate_truck_transactions_total", "quay", "counter", "traffic", {**C, "scale": 45.0},
     [("count_spike", 9, 10.3, 0.25, 5.0), ("restday_busy", 20, 6.0, 16.0, 0)], 21),
    ("quay_crane_moves_total", "quay", "counter", "traffic", {**C, "scale": 14.0, "floor": 0.5},
     [("level_shift", 11, 13.0, 4.0, 0.5)], 21),
    ("quay_yard_occupancy_percent", "quay", "percentage", "slow",
     {"level": 71.0, "walk": 0.12, "week": 3.0, "hi": 100.0}, [], 21),
    ("quay_tos_db_bytes", "quay", "gauge", "storage",
     {"base": 3.1e11, "rate": 1.6e7, "every": 1, "hour": 3.0, "drop": 0.55}, [("growth_change", 12, 9.0, 0, 2.6)], 21),
    ("quay_edi_manifest_cpu_percent", "quay", "percentage", "batch",
     {"out": "cpu", "hour": 2.0, "hours": 0.75, "peak": 78.0, "idle": 5.0}, [("batch_wrong_hour", 8, 7.2, 0, 0)], 21),
    ("quay_gate_ocr_latency_seconds_p95", "quay", "latency", "latency",
     {"base": 0.42, "load": 0.5, "deploys": [(15, 11.0)]}, [("jitter_storm", 10, 9.0, 3.0, 0.7)], 21),
    # Najd Securities Exchange, Riyadh
    ("nsx_order_messages_total", "nsx", "counter", "traffic", {**C, "scale": 9000.0, "floor": 0.002, "noise": 0.08},
     [("trading_halt", 8, 11.67, 1.25, 0), ("trading_halt", 15, 13.17, 0.75, 0)], 21),
    ("nsx_quote_updates_total", "nsx", "counter", "traffic", {**C, "scale": 30000.0, "floor": 0.001},
     [("trading_halt", 17, 10.5, 1.0, 0)], 21),
    ("nsx_trades_executed_total", "nsx", "counter", "traffic", {**C, "scale": 2200.0, "floor": 0.001, "noise": 0.12},
     [("count_spike", 9, 11.08, 0.17, 6.0), ("count_spike", 17, 14.33, 0.17, 4.5)], 21),
    ("nsx_matching_latency_seconds_p99", "nsx", "latency", "latency", {"base": 0.00018, "load": 0.9},
     [("level_shift", 10, 10.0, 4.0, 1.9)], 21),
    ("nsx_fix_sessions", "nsx", "gauge", "traffic",
     {"scale": 340.0, "floor": 0.15, "integer": True, "noise": 0.02}, [("restday_busy", 19, 9.5, 6.0, 0)], 21),
    ("nsx_eod_clearing_cpu_percent", "nsx", "percentage", "batch",
     {"out": "cpu", "hour": 17.5, "hours": 0.85, "peak": 64.0, "idle": 6.0, "workdays": True},
     [("batch_missing", 16, 0, 0, 0)], 21),
    ("nsx_order_reject_ratio", "nsx", "ratio", "ratio",
     {"level": 0.02, "peak_dip": -0.01, "noise": 0.002, "deploys": [(9, 8.0)], "blip": -0.01}, [], 14),
    # Kiwicast streaming broadcaster, Auckland
    ("kiwicast_concurrent_streams", "kiwicast", "gauge", "traffic", {"scale": 52000.0, "floor": 0.03},
     [("capped_peak", 9, 19.5, 3.5, 0.62)], 21),
    ("kiwicast_playback_starts_total", "kiwicast", "counter", "traffic", {**C, "scale": 2600.0, "floor": 0.03,
     "resets": [(13, 4.0)]}, [("count_spike", 12, 13.67, 0.25, 5.0), ("off_hours_activity", 19, 2.0, 3.0, 0.8)], 21),
    ("kiwicast_cdn_cache_hit_ratio", "kiwicast", "ratio", "ratio",
     {"level": 0.945, "peak_dip": 0.015, "warmups": [(8, 10.0), (16, 10.5)]}, [("ratio_collapse", 14, 20.0, 2.0, 0.24)],
     21),
    ("kiwicast_manifest_latency_ms_p99", "kiwicast", "latency", "latency", {"base": 38.0, "load": 0.7},
     [("level_shift", 10, 8.0, 4.0, 2.0)], 21),
    ("kiwicast_transcode_queue_depth", "kiwicast", "gauge", "batch",
     {"out": "queue", "hour": 1.0, "hours": 3.0, "peak": 420.0, "idle": 3.0}, [("batch_missing", 13, 0, 0, 0)], 21),
    ("kiwicast_origin_egress_bytes_total", "kiwicast", "counter", "traffic", {**C, "scale": 4.1e9, "floor": 0.03}, [],
     14),
    # Cape Peninsula university learning platform, Cape Town
    ("capeuni_lms_active_sessions", "capeuni", "gauge", "traffic", {"scale": 9000.0, "floor": 0.02, "integer": True},
     [("flattened_day", 9, 7.0, 12.0, 0)], 21),
    ("capeuni_submissions_total", "capeuni", "counter", "traffic", {**C, "scale": 110.0, "floor": 0.01},
     [("off_hours_activity", 12, 2.0, 2.5, 0.9)], 21),
    ("capeuni_similarity_batch_cpu_percent", "capeuni", "percentage", "batch",
     {"out": "cpu", "hour": 1.5, "hours": 1.15, "peak": 70.0, "idle": 7.0},
     [("batch_wrong_hour", 10, 9.25, 0, 0), ("batch_missing", 16, 0, 0, 0)], 21),
    ("capeuni_proctoring_latency_seconds_p95", "capeuni", "latency", "latency", {"base": 0.31, "load": 0.6,
     "deploys": [(8, 19.0)]}, [("level_shift", 14, 9.0, 3.5, 1.7)], 21),
    ("capeuni_storage_used_bytes", "capeuni", "gauge", "storage",
     {"base": 4.4e12, "rate": 1.1e8, "every": 0}, [("growth_change", 11, 0.0, 0, 2.8)], 21),
    ("capeuni_login_success_ratio", "capeuni", "ratio", "ratio", {"level": 0.992, "peak_dip": 0.006},
     [("ratio_collapse", 8, 8.5, 1.5, 0.21), ("ratio_collapse", 17, 14.0, 1.0, 0.3)], 21),
    # Fjordair crew rostering, Reykjavik
    ("fjordair_crew_checkins_total", "fjordair", "counter", "traffic", {**C, "scale": 9.0, "floor": 0.01},
     [("early_cutoff", 9, 13.0, 4.5, 0), ("early_cutoff", 15, 13.5, 4.0, 0)], 18),
    ("fjordair_roster_optimizer_cpu_percent", "fjordair", "percentage", "batch",
     {"out": "cpu", "hour": 0.5, "hours": 3.0, "peak": 88.0, "idle": 3.0},
     [("batch_missing", 8, 0, 0, 0), ("batch_wrong_hour", 14, 6.0, 0, 0)], 18),
    ("fjordair_crew_app_logins_total", "fjordair", "counter", "traffic",
     {**C, "scale": 30.0, "floor": 0.15, "boost": ("roster_publication", 12.0, 4.0, 3.0)},
     [("off_hours_activity", 12, 2.5, 2.5, 1.0)], 18),
    ("fjordair_legality_check_latency_seconds_p99", "fjordair", "latency", "latency", {"base": 1.3, "load": 0.3},
     [("jitter_storm", 10, 14.0, 3.0, 0.75)], 18),
    ("fjordair_pairing_db_bytes", "fjordair", "gauge", "storage",
     {"base": 8.2e10, "rate": 2.0e6, "every": 7, "weekday": 6, "hour": 4.0, "drop": 0.7, "skip_hours": 24},
     [("compaction_skipped", 13, 0, 0, 0)], 21),
    ("fjordair_standby_crew_available", "fjordair", "gauge", "slow",
     {"level": 14.0, "walk": 0.02, "day": 4.0, "day_peak": 9.0, "integer": True, "noise": 0.6}, [], 18),
    # Valle de Uco vineyard, Mendoza
    ("vinha_block_a_pump_flow_litres_total", "vinha", "counter", "batch",
     {"out": "rows", "hour": 6.7, "hours": 3.0, "peak": 60.0, "idle": 0.0, "per": 14.0, "sunrise": True},
     [("batch_missing", 15, 0, 0, 0)], 21),
    ("vinha_block_b_pump_pressure_bar", "vinha", "gauge", "batch",
     {"out": "pressure", "hour": 6.8, "hours": 2.8, "peak": 2.4, "idle": 0.15, "sunrise": True},
     [("batch_wrong_hour", 13, 13.0, 0, 0)], 21),
    ("vinha_soil_moisture_percent", "vinha", "percentage", "sensor", {"what": "soil", "level": 24.0},
     [("sensor_drift", 16, 10.0, 9.0, 11.0)], 21),
    ("vinha_canopy_temperature_celsius", "vinha", "gauge", "sensor", {"what": "canopy"},
     [("sensor_drift", 8, 9.0, 8.0, 7.0)], 21),
    ("vinha_frost_fan_power_kilowatts", "vinha", "gauge", "frost_fans", {"power": 55.0},
     [("off_hours_activity", 18, 1.0, 4.0, 1.0)], 21),
    ("vinha_gateway_uplink_success_ratio", "vinha", "ratio", "ratio", {"level": 0.975, "peak_dip": -0.01,
     "noise": 0.008}, [("ratio_collapse", 12, 11.0, 2.5, 0.26)], 21),
    # Mwangaza referral hospital, Nairobi
    ("mwangaza_ehr_note_saves_total", "mwangaza", "counter", "traffic", {**C, "scale": 120.0, "floor": 0.05},
     [("count_spike", 8, 15.33, 0.17, 5.5), ("count_spike", 14, 3.17, 0.25, 6.0)], 18),
    ("mwangaza_outpatient_queue_depth", "mwangaza", "gauge", "traffic",
     {"scale": 85.0, "floor": 0.0, "integer": True, "noise": 0.08}, [("restday_busy", 13, 7.5, 10.0, 0)], 18),
    ("mwangaza_lab_results_latency_seconds_p95", "mwangaza", "latency", "latency", {"base": 0.85, "load": 0.5,
     "deploys": [(16, 14.0)]}, [("level_shift", 11, 10.0, 4.0, 1.8)], 18),
    ("mwangaza_pacs_storage_bytes", "mwangaza", "gauge", "storage",
     {"base": 1.9e13, "rate": 4.0e8, "every": 1, "hour": 1.0, "drop": 0.2}, [("growth_change", 10, 12.0, 0, 2.5)], 18),
    ("mwangaza_pharmacy_dispense_total", "mwangaza", "counter", "traffic", {**C, "scale": 16.0, "floor": 0.05,
     "resets": [(9, 5.0)]}, [("early_cutoff", 15, 13.5, 3.5, 0)], 18),
    ("mwangaza_pharmacy_fridge_celsius", "mwangaza", "gauge", "sensor", {"what": "fridge"},
     [("sensor_drift", 12, 20.0, 7.0, 6.0)], 18),
    ("mwangaza_bed_occupancy_percent", "mwangaza", "percentage", "slow",
     {"level": 86.0, "walk": 0.08, "week": 2.5, "hi": 100.0}, [], 18),
    ("mwangaza_hl7_ack_ratio", "mwangaza", "ratio", "ratio", {"level": 0.998, "peak_dip": 0.002, "noise": 0.001},
     [("ratio_collapse", 12, 9.0, 1.5, 0.17)], 18),
    # LodgeIt tax e-filing, Sydney
    ("lodgeit_returns_lodged_total", "lodgeit", "counter", "traffic", {**C, "scale": 380.0, "floor": 0.02},
     [("level_shift", 9, 10.0, 4.0, 0.5)], 21),
    ("lodgeit_portal_sessions", "lodgeit", "gauge", "traffic", {"scale": 21000.0, "floor": 0.02, "integer": True},
     [("flattened_day", 8, 8.0, 10.0, 0), ("capped_peak", 17, 19.0, 3.5, 0.6)], 21),
    ("lodgeit_ato_gateway_latency_seconds_p99", "lodgeit", "latency", "latency", {"base": 0.9, "load": 0.45},
     [("jitter_storm", 12, 9.5, 3.0, 0.7)], 21),
    ("lodgeit_reconciliation_rows_total", "lodgeit", "counter", "batch",
     {"out": "rows", "hour": 1.0, "hours": 1.0, "peak": 40.0, "idle": 0.0, "per": 25.0},
     [("batch_missing", 10, 0, 0, 0), ("batch_wrong_hour", 15, 11.0, 0, 0)], 21),
    ("lodgeit_documents_bytes", "lodgeit", "gauge", "storage",
     {"base": 2.3e12, "rate": 5.0e7, "every": 1, "hour": 0.0, "drop": 0.35, "skip_hours": 24},
     [("compaction_skipped", 13, 0, 0, 0)], 21),
    ("lodgeit_validation_error_ratio", "lodgeit", "ratio", "ratio",
     {"level": 0.06, "peak_dip": -0.02, "noise": 0.006, "deploys": [(11, 7.0)], "blip": -0.04}, [], 21),
    # Sahayog remittance payouts, Kathmandu
    ("sahayog_payouts_total", "sahayog", "counter", "traffic", {**C, "scale": 75.0, "floor": 0.01},
     [("restday_busy", 19, 9.0, 9.0, 0)], 21),
    ("sahayog_agent_float_npr", "sahayog", "gauge", "sawtooth", {"what": "float", "top": 4.2e7, "drain": 1.4e5}, [],
     21),
    ("sahayog_kyc_check_latency_seconds_p95", "sahayog", "latency", "latency", {"base": 0.6, "load": 0.4},
     [("level_shift", 16, 10.0, 3.0, 2.0)], 21),
    ("sahayog_payout_success_ratio", "sahayog", "ratio", "ratio", {"level": 0.985, "peak_dip": 0.01},
     [("ratio_collapse", 8, 12.0, 1.5, 0.22)], 21),
    ("sahayog_sms_sent_total", "sahayog", "counter", "traffic", {**C, "scale": 140.0, "floor": 0.02},
     [("count_spike", 10, 16.67, 0.17, 6.0)], 21),
    ("sahayog_settlement_cpu_percent", "sahayog", "percentage", "batch",
     {"out": "cpu", "hour": 18.0, "hours": 0.7, "peak": 66.0, "idle": 4.0, "workdays": True},
     [("batch_missing", 9, 0, 0, 0), ("batch_wrong_hour", 17, 23.2, 0, 0)], 21),
    ("sahayog_fx_feed_age_seconds", "sahayog", "gauge", "sawtooth", {"what": "age"}, [], 18),
    # Hanbit online game, Seoul
    ("hanbit_ccu_players", "hanbit", "gauge", "traffic", {"scale": 185000.0, "floor": 0.0, "integer": True},
     [("level_shift", 12, 19.0, 4.5, 0.7), ("capped_peak", 19, 20.0, 3.5, 0.65)], 21),
    ("hanbit_matches_started_total", "hanbit", "counter", "traffic", {**C, "scale": 4200.0, "floor": 0.0},
     [("off_hours_activity", 17, 3.5, 3.0, 0.85)], 21),
    ("hanbit_item_db_bytes", "hanbit", "gauge", "storage",
     {"base": 6.5e11, "rate": 6.0e6, "every": 1, "hour": 5.0, "drop": 0.6, "normal": "nightly_compaction"},
     [("compaction_skipped", 11, 0, 0, 0)], 21),
    ("hanbit_gateway_memory_bytes", "hanbit", "gauge", "leak", {"base": 2.1e9, "rate": 1.1e6, "limit": 5.5e9},
     [("growth_change", 13, 11.0, 0, 2.7)], 21),
    ("hanbit_login_latency_ms_p99", "hanbit", "latency", "latency", {"base": 180.0, "load": 0.5,
     "deploys": [(9, 10.2)]}, [("jitter_storm", 18, 20.0, 3.0, 0.7)], 21),
    ("hanbit_server_cpu_percent", "hanbit", "percentage", "util", {"idle": 9.0, "span": 62.0},
     [("flattened_day", 15, 10.0, 12.0, 0)], 21),
    ("hanbit_payment_success_ratio", "hanbit", "ratio", "ratio", {"level": 0.978, "peak_dip": 0.008,
     "deploys": [(16, 10.1)]}, [], 21),
)  # fmt: skip


def _calendar_normals(clock: Clock, name: str) -> list[tuple[int, int, str]]:
    key, out = clock.svc.key, special_windows(clock)
    for d in range(len(clock.dates)):
        if key == "mwangaza":
            for hour in (6.5, 18.5):
                a = clock.row(d, hour)
                if a < clock.n - 12:
                    out.append((a, a + 12, "shift_handover"))
        if key == "hanbit" and clock.dates[d].weekday() == 2:
            a = clock.row(d, 6.0)
            out.append((a, a + 48, "weekly_maintenance"))
        if key == "capeuni" and d >= 7 and clock.dates[d].weekday() != 6:
            a = clock.row(d, 8.0)
            out.append((a, a + 114, "exam_week"))
        if key == "lodgeit" and 17 <= d <= 20:
            a = clock.row(d, 0.0)
            out.append((a, min(clock.n, a + DAY), "filing_deadline"))
    return [(a, b, k) for a, b, k in out if a < b <= clock.n]


def _present(clock: Clock, rng: np.random.Generator, key: str) -> tuple[np.ndarray, list[tuple[int, int, str]]]:
    present = rng.random(clock.n) >= 0.001
    normals = []
    if key == "vinha":  # solar LoRa nodes: irregular gaps of 10-50 minutes, more at night
        for _ in range(int(rng.integers(10, 15))):
            a = int(rng.integers(12, clock.n - 24))
            if rng.random() < 0.6:
                a = clock.row(int(clock.lday[a]), float(rng.uniform(0.5, 6.0)))
            n = int(rng.integers(2, 9))
            present[a : a + n] = False
            normals.append((a, a + n, "scrape_gap"))
    present[0] = present[-1] = True
    return present, normals


@functools.cache
def _generate() -> tuple[list[OpsSeries], dict[str, list[tuple[int, int, str]]]]:
    corpus, normals = [], {}
    for index, (name, key, kind, renderer, params, anomalies, days) in enumerate(SERIES, start=1):
        rng = np.random.default_rng([BLIND11_SEED, zlib.crc32(name.encode())])
        clock = Clock(SERVICES[key], days)
        values, windows, own = RENDER[renderer](clock, rng, params, anomalies)
        present, gaps = _present(clock, rng, key)
        full = f"{name}_s{index:02d}"
        corpus.append(OpsSeries(full, kind, int(clock.start_s), np.asarray(values, float), sorted(windows), present))
        normals[full] = sorted(own + gaps + _calendar_normals(clock, name))
    return corpus, normals


def blind11_set() -> list[OpsSeries]:
    """The set (the same arrays on every call)."""
    return _generate()[0]


def blind11_normals() -> dict[str, list[tuple[int, int, str]]]:
    """Where each normal behaviour falls, per series name: [start, end) rows and the behaviour's kind."""
    return _generate()[1]
