"""The catalogue of the eighth blind set: 60 series of ten invented services, each with its renderer, parameters
and the anomalies an on-call reviewer would mark in it.

An anomaly is ``(kind, local day index, local hour, hours[, size])``. For batch kinds the hour of
batch_wrong_hour is the hour the job really ran, and the ``hours`` of batch_overrun is how many times longer it
ran; the day is the night the run belongs to.
"""

from __future__ import annotations

# daily shapes: (local hour of a peak, width in hours, height)
OFFICE = ((10.5, 2.0, 0.75), (15.0, 2.4, 0.7))
PORT = ((8.0, 2.5, 0.6), (14.5, 3.0, 0.65))
PAYROLL = ((9.5, 1.8, 0.8), (14.0, 2.2, 0.75), (17.0, 1.0, 0.2))
FOOD = ((13.1, 1.3, 0.55), (20.9, 1.6, 1.0))
FOOD_OFF = ((13.5, 1.7, 0.8), (20.6, 2.0, 1.1))
STREAM = ((8.0, 1.0, 0.35), (17.5, 1.5, 0.45), (21.6, 1.8, 1.0))
STREAM_OFF = ((11.0, 2.5, 0.65), (21.3, 2.1, 1.0))
KOYO = ((10.0, 1.5, 0.8), (14.5, 2.0, 0.9), (20.0, 1.2, 0.25))
COMMUTE = ((7.2, 1.0, 1.0), (12.5, 1.5, 0.3), (18.0, 1.3, 0.85))
RIDE_OFF = ((10.0, 2.5, 0.9), (16.0, 2.5, 0.6))
METER = ((7.5, 2.0, 0.12), (18.5, 2.5, 0.18))
RAIL = ((7.3, 0.8, 1.0), (12.2, 1.0, 0.35), (17.6, 1.0, 0.9))
RAIL_OFF = ((11.0, 3.0, 0.55), (17.0, 3.0, 0.45))
STUDIO = ((11.0, 1.8, 0.8), (15.5, 2.2, 1.0), (21.5, 1.2, 0.15))

WEEKDAYS = (0, 1, 2, 3, 4)
TUE_SAT = (1, 2, 3, 4, 5)

# (service, metric name, renderer, parameters, anomalies)
SERIES = (
    # Kelpie Freight, Rotterdam
    (
        "kelpie",
        "kelpie_gate_transactions_total",
        "traffic_counter",
        {"work": PORT, "floor": 0.15, "off_level": 0.35, "peak": 140, "maintenance": (6, 3.0, 45)},
        [("weekend_weekday_traffic", 8, 7, 14)],
    ),
    (
        "kelpie",
        "kelpie_ocr_read_duration_seconds_p95",
        "latency",
        {"work": PORT, "floor": 0.15, "base": 0.8, "load_gain": 0.4},
        [("latency_regression", 13, 13.0, 5.0, 2.4)],
    ),
    ("kelpie", "kelpie_reefer_supply_air_celsius", "reefer_celsius", {"set": -18.0}, [("stuck_value", 10, 2.0, 7.0)]),
    (
        "kelpie",
        "kelpie_edi_customs_export_messages_total",
        "batch_counter",
        {"at": 1.5, "hours": 1.5, "peak": 300, "backfill": ((17, 14.0, 3.0, 0.5),)},
        [("batch_missed", 9, 0, 0), ("batch_wrong_hour", 14, 11.0, 0)],
    ),
    (
        "kelpie",
        "kelpie_crane_job_queue_messages",
        "queue_depth",
        {"work": PORT, "floor": 0.3, "inflow": 40, "idle": 6, "burst_at": 6.0, "burst": 120},
        [("queue_stall", 11, 15.0, 2.0)],
    ),
    (
        "kelpie",
        "kelpie_portal_http_5xx_ratio",
        "error_ratio",
        {"work": OFFICE, "off_level": 0.3, "base": 0.003, "peak": 2000},
        [("error_ratio_surge", 19, 10.0, 0.75, 0.09)],
    ),
    # Marmot Pay, Denver
    (
        "marmot",
        "marmot_api_requests_total",
        "traffic_counter",
        {"work": PAYROLL, "off_level": 0.2, "peak": 900, "payday": 2.0},
        [("count_spike", 11, 3.25, 0.25, 9.0), ("weekend_weekday_traffic", 14, 7, 14), ("weekday_quiet", 16, 7, 14)],
    ),
    (
        "marmot",
        "marmot_ach_file_entries_total",
        "batch_counter",
        {"at": 2.0, "hours": 1.0, "peak": 2000, "run_days": WEEKDAYS},
        [("batch_missed", 12, 0, 0), ("batch_wrong_hour", 17, 8.0, 0)],
    ),
    (
        "marmot",
        "marmot_payout_api_duration_seconds_p99",
        "latency",
        {"work": PAYROLL, "off_level": 0.2, "base": 0.35, "payday": 1.6},
        [("latency_regression", 19, 10.0, 3.0)],
    ),
    (
        "marmot",
        "marmot_ledger_db_size_bytes",
        "store_bytes",
        {"work": PAYROLL, "off_level": 0.2, "size": 4.2e11, "per_day": 1.5e9, "compact": (6, 4.0), "faster": 3.5},
        [("growth_rate_change", 12, 14.0, 0)],
    ),
    (
        "marmot",
        "marmot_webhook_failed_ratio",
        "error_ratio",
        {"work": PAYROLL, "off_level": 0.2, "base": 0.006, "peak": 1500},
        [("error_ratio_surge", 14, 11.0, 1.5, 0.15)],
    ),
    (
        "marmot",
        "marmot_worker_pool_replicas",
        "replicas",
        {"work": PAYROLL, "off_level": 0.2, "min": 2, "max": 14, "payday": 1.5},
        [("autoscaler_flap", 17, 9.0, 2.5)],
    ),
    # Chai & Chips, Pune
    (
        "chaichips",
        "chaichips_orders_placed_total",
        "traffic_counter",
        {"work": FOOD, "off": FOOD_OFF, "off_level": 1.0, "floor": 0.03, "peak": 260},
        [("hard_down_zero", 8, 20.5, 0.6), ("partial_outage_drop", 15, 12.5, 3.0, 0.45)],
    ),
    (
        "chaichips",
        "chaichips_rider_app_sessions",
        "conn_gauge",
        {"work": FOOD, "off": FOOD_OFF, "off_level": 1.0, "floor": 0.12, "peak": 5200},
        [("stuck_value", 13, 11.0, 6.0)],
    ),
    (
        "chaichips",
        "chaichips_payment_gateway_latency_ms_p99",
        "latency",
        {"work": FOOD, "off": FOOD_OFF, "off_level": 1.0, "base": 850.0, "load_gain": 0.35, "jitter": 0.09},
        [("latency_regression", 9, 19.0, 4.0)],
    ),
    (
        "chaichips",
        "chaichips_upi_declined_ratio",
        "error_ratio",
        {"work": FOOD, "off": FOOD_OFF, "off_level": 1.0, "base": 0.02, "peak": 900},
        [("error_ratio_surge", 16, 20.0, 1.0, 0.22)],
    ),
    (
        "chaichips",
        "chaichips_menu_cache_hit_ratio",
        "hit_ratio",
        {"work": FOOD, "off": FOOD_OFF, "off_level": 1.0, "base": 0.96},
        [],
    ),
    (
        "chaichips",
        "chaichips_settlement_rows_total",
        "batch_counter",
        {"at": 4.0, "hours": 2.0, "peak": 450},
        [("batch_overrun", 11, 0, 3.5), ("batch_missed", 15, 0, 0)],
    ),
    # Nordlys Stream, Oslo
    (
        "nordlys",
        "nordlys_stream_starts_total",
        "traffic_counter",
        {"work": STREAM, "off": STREAM_OFF, "off_level": 1.05, "peak": 1800},
        [("count_spike", 8, 21.0, 0.17, 10.0), ("hard_down_zero", 17, 8.0, 0.5)],
    ),
    (
        "nordlys",
        "nordlys_cdn_egress_bytes_per_second",
        "conn_gauge",
        {"work": STREAM, "off": STREAM_OFF, "off_level": 1.05, "peak": 4.2e9},
        [("partial_outage_drop", 10, 19.0, 3.0, 0.55)],
    ),
    (
        "nordlys",
        "nordlys_transcode_queue_messages",
        "queue_depth",
        {"work": OFFICE, "inflow": 25, "idle": 4, "burst_at": 3.0, "burst": 300},
        [("queue_stall", 13, 10.0, 3.0)],
    ),
    (
        "nordlys",
        "nordlys_log_volume_used_percent",
        "disk_percent",
        {"work": STREAM, "off": STREAM_OFF, "off_level": 1.05, "fill": 25.0, "base": 22.0, "rotate_at": 0.5},
        [("rotation_missed", 9, 13.0, 0)],
    ),
    (
        "nordlys",
        "nordlys_playback_api_duration_seconds_p95",
        "latency",
        {"work": STREAM, "off": STREAM_OFF, "off_level": 1.05, "base": 0.12},
        [],
    ),
    (
        "nordlys",
        "nordlys_recommender_pods_replicas",
        "replicas",
        {"work": STREAM, "off": STREAM_OFF, "off_level": 1.05, "min": 3, "max": 20},
        [("stuck_value", 16, 15.0, 6.0)],
    ),
    # Koyo Ledger, Osaka
    (
        "koyo",
        "koyo_journal_entries_total",
        "traffic_counter",
        {"work": KOYO, "floor": 0.04, "off_level": 0.12, "peak": 700, "month_end": 1.6},
        [("weekday_quiet", 10, 7, 14), ("weekend_weekday_traffic", 19, 7, 14)],
    ),
    (
        "koyo",
        "koyo_reconcile_batch_rows_total",
        "batch_counter",
        {"at": 2.0, "hours": 2.0, "peak": 1200, "run_days": TUE_SAT},
        [("batch_wrong_hour", 9, 11.0, 0)],
    ),
    (
        "koyo",
        "koyo_pg_replication_lag_seconds",
        "batch_gauge",
        {
            "work": KOYO,
            "off_level": 0.12,
            "at": 2.0,
            "hours": 2.0,
            "peak": 40.0,
            "day_level": 0.05,
            "run_days": TUE_SAT,
        },
        [("batch_overrun", 12, 0, 3.0)],
    ),
    (
        "koyo",
        "koyo_invoice_pdf_render_ms_p90",
        "latency",
        {"work": KOYO, "off_level": 0.12, "base": 420.0, "month_end": 1.4},
        [],
    ),
    (
        "koyo",
        "koyo_api_gateway_5xx_ratio",
        "error_ratio",
        {"work": KOYO, "off_level": 0.12, "base": 0.001, "peak": 1500, "month_end": 1.8},
        [],
    ),
    (
        "koyo",
        "koyo_document_store_bytes",
        "store_bytes",
        {
            "work": KOYO,
            "off_level": 0.12,
            "size": 8.8e12,
            "per_day": 2.1e10,
            "compact": (6, 3.0),
            "faster": 2.6,
            "backfill": ((9, 22.0, 5.0, 1.5),),
            "month_end": 1.8,
        },
        [("growth_rate_change", 11, 10.0, 0)],
    ),
    ("koyo", "koyo_web_sessions", "conn_gauge", {"work": KOYO, "off_level": 0.12, "peak": 9000, "month_end": 1.3}, []),
    # Saguaro Telemetry, Phoenix (no DST)
    (
        "saguaro",
        "saguaro_probe_heartbeats_total",
        "heartbeat_counter",
        {"peak": 12000, "night": 0.55},
        [("partial_outage_drop", 8, 1.0, 5.0, 0.7), ("count_spike", 12, 14.0, 0.25, 3.0)],
    ),
    (
        "saguaro",
        "saguaro_kafka_consumer_lag_messages",
        "queue_depth",
        {
            "work": ((13.0, 4.0, 0.6),),
            "floor": 0.5,
            "off_level": 1.0,
            "inflow": 800,
            "idle": 200,
            "burst_at": 0.0,
            "burst": 5000,
        },
        [("queue_stall", 10, 6.5, 1.5)],
    ),
    (
        "saguaro",
        "saguaro_ingest_memory_rss_bytes",
        "memory_bytes",
        {"base": 1.1e9, "leak_per_day": 0.9e9, "limit": 4e9, "every": (1.2, 3.0)},
        [("crash_loop", 13, 16.0, 1.5)],
    ),
    (
        "saguaro",
        "saguaro_valve_commands_total",
        "batch_counter",
        {"at": 4.5, "hours": 1.0, "peak": 600},
        [("batch_missed", 11, 0, 0), ("batch_wrong_hour", 14, 16.5, 0)],
    ),
    (
        "saguaro",
        "saguaro_gateway_uplink_loss_ratio",
        "error_ratio",
        {"work": ((13.0, 4.0, 0.4),), "floor": 0.6, "off_level": 1.0, "base": 0.01, "peak": 500},
        [],
    ),
    (
        "saguaro",
        "saguaro_tsdb_blocks_bytes",
        "store_bytes",
        {
            "work": ((13.0, 4.0, 0.4),),
            "floor": 0.6,
            "off_level": 1.0,
            "size": 2.4e12,
            "per_day": 6e10,
            "compact": (2, 2.0),
            "frees": 0.5,
            "faster": 2.2,
        },
        [("growth_rate_change", 10, 12.0, 0)],
    ),
    # Bruma Bikes, Bogota (no DST)
    (
        "bruma",
        "bruma_trip_starts_total",
        "traffic_counter",
        {"work": COMMUTE, "off": RIDE_OFF, "off_level": 0.7, "floor": 0.03, "peak": 95},
        [("hard_down_zero", 7, 7.0, 0.75), ("partial_outage_drop", 13, 17.0, 2.5, 0.5)],
    ),
    (
        "bruma",
        "bruma_docks_available_percent",
        "dock_percent",
        {"work": COMMUTE, "off": RIDE_OFF, "off_level": 0.7, "full": 0.78, "swing": 0.45},
        [("stuck_value", 10, 5.0, 8.0)],
    ),
    (
        "bruma",
        "bruma_unlock_api_duration_ms_p99",
        "latency",
        {"work": COMMUTE, "off": RIDE_OFF, "off_level": 0.7, "base": 300.0},
        [("latency_regression", 12, 6.5, 3.0, 2.2)],
    ),
    (
        "bruma",
        "bruma_rebalance_truck_jobs_total",
        "batch_counter",
        {"at": 23.0, "hours": 4.0, "peak": 8},
        [("batch_missed", 8, 0, 0), ("batch_overrun", 13, 0, 2.5)],
    ),
    # Wattle Energy, Adelaide (DST ends 4 April)
    (
        "wattle",
        "wattle_meter_reads_ingested_total",
        "traffic_counter",
        {"work": METER, "off": METER, "floor": 0.85, "off_level": 1.0, "peak": 5200, "noise": 0.02},
        [("partial_outage_drop", 9, 10.0, 6.0, 0.6)],
    ),
    (
        "wattle",
        "wattle_billing_run_invoices_total",
        "batch_counter",
        {"at": 1.0, "hours": 3.0, "peak": 350, "run_days": WEEKDAYS},
        [("batch_wrong_hour", 8, 10.0, 0)],
    ),
    (
        "wattle",
        "wattle_portal_login_failures_ratio",
        "error_ratio",
        {"work": OFFICE, "off_level": 0.5, "base": 0.03, "peak": 400},
        [("error_ratio_surge", 15, 8.0, 1.25, 0.35)],
    ),
    (
        "wattle",
        "wattle_forecast_worker_cpu_percent",
        "cpu_percent",
        {"work": METER, "floor": 0.6, "off_level": 1.0, "min": 2, "max": 10, "busy": 0.6},
        [("autoscaler_flap", 9, 13.0, 3.0)],
    ),
    (
        "wattle",
        "wattle_customer_portal_duration_seconds_p95",
        "latency",
        {"work": OFFICE, "off_level": 0.5, "base": 0.6, "month_end": 1.3},
        [],
    ),
    # Gleisblick, Zurich
    (
        "gleisblick",
        "gleisblick_timetable_queries_total",
        "traffic_counter",
        {"work": RAIL, "off": RAIL_OFF, "off_level": 0.6, "floor": 0.04, "peak": 3200},
        [("weekend_weekday_traffic", 8, 7, 14), ("count_spike", 11, 8.1, 0.25, 6.0), ("crash_loop", 17, 10.0, 1.25)],
    ),
    (
        "gleisblick",
        "gleisblick_websocket_connections",
        "conn_gauge",
        {"work": RAIL, "off": RAIL_OFF, "off_level": 0.6, "floor": 0.06, "peak": 42000, "maintenance": (1, 2.0, 30)},
        [("hard_down_zero", 12, 17.2, 0.4), ("stuck_value", 18, 2.0, 5.0)],
    ),
    (
        "gleisblick",
        "gleisblick_push_send_duration_seconds_p99",
        "latency",
        {"work": RAIL, "off": RAIL_OFF, "off_level": 0.6, "base": 1.4},
        [("latency_regression", 10, 7.0, 2.5)],
    ),
    (
        "gleisblick",
        "gleisblick_hafas_proxy_errors_ratio",
        "error_ratio",
        {"work": RAIL, "off": RAIL_OFF, "off_level": 0.6, "base": 0.004, "peak": 2500},
        [("error_ratio_surge", 16, 18.0, 0.5, 0.06)],
    ),
    (
        "gleisblick",
        "gleisblick_api_memory_rss_bytes",
        "memory_bytes",
        {"base": 6e8, "leak_per_day": 3.5e8, "limit": 2.5e9, "faster": 3.0},
        [("growth_rate_change", 10, 9.85, 0)],
    ),
    (
        "gleisblick",
        "gleisblick_log_volume_used_percent",
        "disk_percent",
        {"work": RAIL, "off": RAIL_OFF, "off_level": 0.6, "fill": 18.0, "base": 30.0, "rotate_at": 3.0},
        [("rotation_missed", 11, 11.0, 0)],
    ),
    # Forge CI, Toronto
    (
        "forge",
        "forge_build_jobs_started_total",
        "traffic_counter",
        {"work": STUDIO, "floor": 0.05, "off_level": 0.1, "peak": 60},
        [("weekday_quiet", 13, 7, 14), ("count_spike", 18, 10.2, 0.3, 8.0)],
    ),
    (
        "forge",
        "forge_nightly_build_artifacts_total",
        "batch_counter",
        {"at": 1.0, "hours": 2.5, "peak": 14, "run_days": WEEKDAYS},
        [("batch_missed", 15, 0, 0), ("batch_overrun", 18, 0, 3.0)],
    ),
    (
        "forge",
        "forge_artifact_store_bytes",
        "store_bytes",
        {
            "work": STUDIO,
            "floor": 0.05,
            "off_level": 0.1,
            "size": 3.1e13,
            "per_day": 9e11,
            "compact": (6, 5.0),
            "frees": 0.45,
            "faster": 2.8,
        },
        [("growth_rate_change", 14, 16.0, 0)],
    ),
    (
        "forge",
        "forge_runner_pool_replicas",
        "replicas",
        {"work": STUDIO, "floor": 0.05, "off_level": 0.1, "min": 4, "max": 40},
        [("autoscaler_flap", 19, 14.0, 2.0)],
    ),
    (
        "forge",
        "forge_runner_cpu_percent",
        "cpu_percent",
        {"work": STUDIO, "floor": 0.05, "off_level": 0.1, "min": 4, "max": 40, "busy": 0.55},
        [],
    ),
    (
        "forge",
        "forge_cache_proxy_hit_ratio",
        "hit_ratio",
        {"work": STUDIO, "floor": 0.05, "off_level": 0.1, "base": 0.9},
        [],
    ),
    (
        "forge",
        "forge_build_log_disk_used_percent",
        "disk_percent",
        {"work": STUDIO, "floor": 0.05, "off_level": 0.1, "fill": 30.0, "base": 15.0, "rotate_at": 0.0},
        [("rotation_missed", 12, 10.0, 0)],
    ),
    (
        "forge",
        "forge_scheduler_memory_rss_bytes",
        "memory_bytes",
        {"base": 2.2e9, "leak_per_day": 1.2e9, "limit": 7e9},
        [("crash_loop", 17, 11.0, 1.0)],
    ),
)
