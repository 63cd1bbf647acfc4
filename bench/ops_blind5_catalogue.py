"""The series table of the fifth blind ops set (bench/ops_series_blind5.py): metric name (the set appends
``_sNN``), region, metric family, first local day, length in days, the family's parameters and the anomalies."""

from __future__ import annotations

from datetime import date

OFFICE = [(10.5, 1.0, 1.6), (15.0, 0.9, 1.8)]
MEALS = [(12.5, 0.6, 1.1), (19.5, 1.0, 1.8)]
EVENING = [(13.0, 0.3, 2.0), (21.5, 1.0, 2.4)]
NEWS = [(7.5, 0.8, 1.4), (13.0, 0.6, 2.0), (21.0, 0.7, 2.0)]
COMMUTE = [(8.0, 1.0, 1.0), (13.0, 0.3, 2.0), (18.2, 1.0, 1.3)]
WALLET = [(9.0, 0.7, 2.0), (18.5, 1.0, 2.5)]
SHOP = [(11.0, 0.7, 2.0), (20.5, 1.0, 2.2)]
GB = 1e9

D = date
CATALOGUE = [
    # nightly and weekday batch jobs (counters of rows written)
    ("wisla_invoice_pdf_rendered_total", "warsaw", "batch", D(2026, 10, 22), 21,
     {"hour": 1.5, "len": 14, "volume": 42000, "billing": True}, ("cron_missed",)),
    ("wisla_payroll_export_rows_total", "warsaw", "batch", D(2026, 10, 19), 21,
     {"hour": 3.0, "len": 8, "volume": 9000, "payroll": True, "moves": (5.0, 8.0, 10.5)}, ("cron_wrong_hour",)),
    ("cedarbox_thumbnail_jobs_completed_total", "seattle", "batch", D(2026, 10, 21), 21,
     {"hour": 2.0, "len": 20, "volume": 130000, "trickle": 2.0}, ("cron_missed", "cron_wrong_hour")),
    ("catraca_settlement_records_total", "saopaulo", "batch", D(2026, 11, 2), 18,
     {"hour": 4.0, "len": 10, "volume": 260000}, ("cron_missed",)),
    ("nopal_timesheet_sync_rows_total", "mexico", "batch", D(2026, 11, 3), 20,
     {"hour": 22.5, "len": 6, "volume": 5200, "weekdays_only": True, "payroll": True}, ("cron_missed",)),
    ("jambo_wallet_reconciliation_rows_total", "nairobi", "batch", D(2026, 10, 8), 17,
     {"hour": 0.5, "len": 12, "volume": 88000, "moves": (2.0, 6.0, 7.5)}, ("cron_wrong_hour",)),
    ("capelin_catch_report_exports_total", "stjohns", "batch", D(2026, 10, 22), 21,
     {"hour": 5.0, "len": 4, "volume": 640, "moves": (-1.0, 9.0)}, ("cron_missed", "cron_wrong_hour")),
    ("hangang_ranking_recompute_rows_total", "seoul", "batch", D(2026, 9, 28), 16,
     {"hour": 5.0, "len": 9, "volume": 1.2e6}, ()),
    # traffic counters
    ("quokka_orders_created_total", "melbourne", "traffic", D(2026, 10, 19), 21,
     {"base": 380, "bumps": MEALS, "off": 1.2, "late": 0.5, "growth": 0.02}, ("partial_outage",)),
    ("quokka_app_opens_total", "melbourne", "traffic", D(2026, 10, 16), 19,
     {"base": 2100, "bumps": MEALS, "off": 1.1, "push": [(1, 17.0), (3, 17.0)]}, ()),
    ("wisla_api_http_requests_total", "warsaw", "traffic", D(2026, 10, 20), 21,
     {"base": 5400, "bumps": OFFICE, "off": 0.12, "floor": 0.05}, ("weekday_on_weekend",)),
    ("nopal_api_http_requests_total", "mexico", "traffic", D(2026, 11, 2), 21,
     {"base": 2600, "bumps": OFFICE, "off": 0.15}, ("weekday_on_weekend", "retry_storm")),
    ("simorgh_article_views_total", "tehran", "traffic", D(2026, 10, 10), 18,
     {"base": 9000, "bumps": NEWS, "off": 0.55, "late": 2.0}, ("weekday_on_weekend",)),
    ("nilecart_orders_total", "cairo", "traffic", D(2026, 10, 14), 21,
     {"base": 160, "bumps": SHOP, "off": 0.5}, ("weekday_on_weekend",)),
    ("jambo_wallet_topups_total", "nairobi", "traffic", D(2026, 10, 6), 19,
     {"base": 1400, "bumps": WALLET, "off": 0.8}, ("partial_outage",)),
    ("catraca_card_topups_total", "saopaulo", "traffic", D(2026, 10, 26), 21,
     {"base": 900, "bumps": COMMUTE, "off": 0.35, "maint": (6, 3.0, 1.5)}, ("retry_storm", "hard_down")),
    ("trotinete_rides_started_total", "lisbon", "traffic", D(2026, 11, 18), 21,
     {"base": 260, "bumps": COMMUTE, "off": 0.7, "late": 3.0}, ("partial_outage",)),
    ("cedarbox_uploads_total", "seattle", "traffic", D(2026, 11, 9), 21,
     {"base": 3100, "bumps": EVENING, "off": 1.15, "deploys": 3}, ("retry_storm",)),
    ("hangang_login_requests_total", "seoul", "traffic", D(2026, 9, 28), 18,
     {"base": 7200, "bumps": EVENING, "off": 1.3, "late": 1.0, "maint": (2, 6.0, 2.0)}, ("retry_storm",)),
    ("tianguis_search_requests_total", "mexico", "traffic", D(2026, 11, 4), 18,
     {"base": 4800, "bumps": SHOP, "off": 0.85, "spike": (3.5, 7.0)}, ("error_spike",)),
    # error counters
    ("wisla_api_http_5xx_total", "warsaw", "errors", D(2026, 10, 20), 21,
     {"base": 5400, "bumps": OFFICE, "off": 0.12, "share": 0.0015}, ("error_spike",)),
    ("catraca_gateway_declines_total", "saopaulo", "errors", D(2026, 10, 26), 21,
     {"base": 900, "bumps": COMMUTE, "off": 0.35, "share": 0.03, "spike_floor": 60}, ("error_spike",)),
    ("hangang_auth_failures_total", "seoul", "errors", D(2026, 10, 1), 17,
     {"base": 7200, "bumps": EVENING, "off": 1.3, "share": 0.01}, ("error_spike",)),
    ("cedarbox_upload_errors_total", "seattle", "errors", D(2026, 10, 26), 19,
     {"base": 3100, "bumps": EVENING, "off": 1.15, "share": 0.002}, ("error_spike",)),
    ("quokka_payment_errors_total", "melbourne", "errors", D(2026, 10, 19), 16,
     {"base": 380, "bumps": MEALS, "off": 1.2, "share": 0.01, "trickle": 0.1}, ()),
    # streams that never sleep
    ("capelin_vessel_pings_total", "stjohns", "stream", D(2026, 10, 24), 20,
     {"base": 410, "amp": 0.1, "peak": 10}, ("silent_stall",)),
    ("quokka_courier_location_updates_total", "melbourne", "stream", D(2026, 10, 22), 17,
     {"base": 6000, "amp": 0.55, "peak": 18}, ("silent_stall",)),
    ("jambo_wallet_sms_delivered_total", "nairobi", "stream", D(2026, 10, 9), 21,
     {"base": 1900, "amp": 0.45, "peak": 15}, ("silent_stall", "hard_down")),
    ("simorgh_kafka_messages_consumed_total", "tehran", "stream", D(2026, 10, 12), 15,
     {"base": 52000, "amp": 0.3, "peak": 12}, ("silent_stall",)),
    # load-shaped gauges
    ("hangang_concurrent_players", "seoul", "sessions", D(2026, 10, 2), 17,
     {"base": 18000, "bumps": EVENING, "off": 1.3, "late": 1.0, "sigma": 0.02}, ("partial_outage",)),
    ("jambo_wallet_ussd_sessions_active", "nairobi", "sessions", D(2026, 10, 7), 18,
     {"base": 340, "bumps": WALLET, "off": 0.8, "sigma": 0.05}, ("hard_down",)),
    ("simorgh_edge_egress_bytes_per_second", "tehran", "sessions", D(2026, 10, 11), 16,
     {"base": 2.4e9, "bumps": NEWS, "off": 0.6, "late": 2.0}, ("partial_outage",)),
    ("trotinete_fleet_available_scooters", "lisbon", "sessions", D(2026, 11, 20), 16,
     {"base": 900, "bumps": [(3.0, 1.0, 4.0)], "floor": 0.6, "off": 0.9, "late": 0.0}, ()),
    # queues
    ("capelin_ingest_queue_depth_messages", "stjohns", "queue", D(2026, 10, 23), 19, {"base": 6}, ("queue_backlog",)),
    ("wisla_pdf_render_queue_depth_jobs", "warsaw", "queue", D(2026, 10, 20), 20,
     {"base": 4, "bumps": OFFICE, "off": 0.2}, ("queue_backlog",)),
    ("quokka_dispatch_queue_depth_orders", "melbourne", "queue", D(2026, 10, 21), 16,
     {"base": 12, "bumps": MEALS, "off": 1.2}, ("queue_backlog",)),
    ("tianguis_index_update_queue_depth_messages", "mexico", "queue", D(2026, 11, 6), 17,
     {"base": 30}, ("queue_backlog",)),
    ("nilecart_picking_backlog_orders", "cairo", "queue", D(2026, 10, 15), 15,
     {"base": 9, "bumps": SHOP, "off": 0.5}, ()),
    # CPU and replicas
    ("tianguis_search_pod_cpu_usage_percent", "mexico", "cpu", D(2026, 11, 2), 19,
     {"cores": 40, "bumps": SHOP, "off": 0.85, "autoscale": (3, 16, 4.0)}, ("cpu_pinned",)),
    ("cedarbox_transcoder_cpu_usage_percent", "seattle", "cpu", D(2026, 10, 23), 18,
     {"cores": 12, "bumps": EVENING, "off": 1.15, "pods": 1}, ("cpu_pinned",)),
    ("hangang_matchmaker_cpu_usage_percent", "seoul", "cpu", D(2026, 9, 29), 16,
     {"cores": 20, "bumps": EVENING, "off": 1.3, "autoscale": (2, 10, 4.0)}, ("cpu_pinned",)),
    ("wisla_pg_primary_cpu_usage_percent", "warsaw", "cpu", D(2026, 10, 21), 21,
     {"cores": 10, "bumps": OFFICE, "off": 0.2, "billing": True, "pods": 1}, ("cpu_pinned",)),
    ("waw1_ups_load_percent", "warsaw", "cpu", D(2026, 10, 18), 18,
     {"cores": 50, "bumps": OFFICE, "off": 0.8, "floor": 1.2, "pods": 1, "room": 1.6}, ()),
    ("tianguis_search_deployment_replicas", "mexico", "cpu", D(2026, 11, 2), 19,
     {"cores": 40, "bumps": SHOP, "off": 0.85, "autoscale": (3, 16, 4.0), "replicas": True}, ()),
    # disks, databases, memory
    ("cedarbox_blobstore_disk_used_bytes", "seattle", "disk", D(2026, 10, 24), 21,
     {"base": 61e12, "per_day": 0.45e12, "logs_per_day": 40 * GB, "rot_hour": 0.0}, ("growth_change",)),
    ("simorgh_edge_log_volume_used_bytes", "tehran", "disk", D(2026, 10, 10), 17,
     {"base": 12 * GB, "per_day": 0.1 * GB, "logs_per_day": 38 * GB, "rot_hour": 3.5, "bumps": NEWS, "off": 0.6},
     ("rotation_missed",)),
    ("capelin_ingest_node_disk_used_bytes", "stjohns", "disk", D(2026, 10, 25), 16,
     {"base": 310 * GB, "per_day": 2 * GB, "logs_per_day": 9 * GB, "rot_hour": 0.0}, ("rotation_missed",)),
    ("nopal_app_var_log_used_bytes", "mexico", "disk", D(2026, 11, 3), 18,
     {"base": 3 * GB, "per_day": 0.01 * GB, "logs_per_day": 6 * GB, "rot_hour": 2.25, "bumps": OFFICE, "off": 0.2,
      "keep": 0.15}, ("rotation_missed",)),
    ("wisla_postgres_database_size_bytes", "warsaw", "db_size", D(2026, 10, 19), 21,
     {"base": 820 * GB, "per_day": 3.1 * GB, "bumps": OFFICE, "off": 0.15}, ("growth_change",)),
    ("catraca_ledger_database_size_bytes", "saopaulo", "db_size", D(2026, 10, 27), 20,
     {"base": 2.3e12, "per_day": 11 * GB, "bumps": COMMUTE, "off": 0.4, "compact": (5, 4.0)}, ("growth_change",)),
    ("quokka_orders_db_size_bytes", "melbourne", "db_size", D(2026, 10, 16), 18,
     {"base": 410 * GB, "per_day": 1.6 * GB, "bumps": MEALS, "off": 1.2}, ()),
    ("jambo_wallet_jvm_heap_used_bytes", "nairobi", "heap", D(2026, 10, 8), 20,
     {"base": 1.1 * GB, "leak_per_day": 0.9 * GB}, ("growth_change",)),
    ("nilecart_worker_resident_memory_bytes", "cairo", "heap", D(2026, 10, 16), 17,
     {"base": 2.6 * GB, "leak_per_day": 0.35 * GB}, ("stuck_gauge",)),
    ("hangang_gateway_jvm_heap_used_bytes", "seoul", "heap", D(2026, 9, 30), 15,
     {"base": 3.2 * GB, "leak_per_day": 1.4 * GB}, ()),
    # machine-room sensors
    ("waw1_rack_inlet_temperature_celsius", "warsaw", "temperature", D(2026, 10, 17), 19,
     {"base": 23.4, "amp": 0.6}, ("stuck_gauge",)),
    ("waw1_chiller_supply_temperature_celsius", "warsaw", "temperature", D(2026, 10, 22), 17,
     {"base": 9.2, "amp": 0.9, "cycle": 7}, ("stuck_gauge",)),
    # latency percentiles
    ("quokka_api_request_duration_seconds_p99", "melbourne", "latency", D(2026, 10, 19), 19,
     {"base": 0.42, "bumps": MEALS, "off": 1.2, "gain": 0.6}, ("latency_degradation",)),
    ("catraca_gateway_request_duration_ms_p99", "saopaulo", "latency", D(2026, 10, 28), 19,
     {"base": 180.0, "bumps": COMMUTE, "off": 0.35, "gain": 0.4}, ("latency_degradation",)),
    ("hangang_matchmaking_wait_seconds_p95", "seoul", "latency", D(2026, 10, 1), 18,
     {"base": 6.5, "bumps": EVENING, "off": 1.3, "gain": -0.45}, ("latency_degradation",)),
    ("nilecart_checkout_duration_seconds_p90", "cairo", "latency", D(2026, 10, 14), 20,
     {"base": 1.3, "bumps": SHOP, "off": 0.5, "gain": 0.3}, ("latency_degradation",)),
    # ratios and percentages
    ("simorgh_edge_cache_hit_ratio", "tehran", "hit_ratio", D(2026, 10, 10), 18,
     {"miss": 0.07, "bumps": NEWS, "off": 0.6}, ("cache_collapse",)),
    ("tianguis_redis_keyspace_hit_ratio", "mexico", "hit_ratio", D(2026, 11, 3), 17,
     {"miss": 0.12, "bumps": SHOP, "off": 0.85}, ("cache_collapse",)),
    ("cedarbox_thumbnail_cache_hit_ratio", "seattle", "hit_ratio", D(2026, 10, 25), 19,
     {"miss": 0.18, "bumps": EVENING, "off": 1.15}, ("cache_collapse",)),
    ("quokka_checkout_error_ratio", "melbourne", "error_ratio", D(2026, 10, 20), 18, {"err": 0.004}, ("error_creep",)),
    ("jambo_wallet_transaction_success_percent", "nairobi", "error_ratio", D(2026, 10, 7), 19,
     {"err": 0.012, "percent": True}, ("error_creep",)),
    ("nopal_api_error_ratio", "mexico", "error_ratio", D(2026, 11, 4), 17, {"err": 0.002}, ("error_creep",)),
]  # fmt: skip

KIND_OF = {
    "traffic": "counter", "errors": "counter", "batch": "counter", "stream": "counter", "sessions": "gauge",
    "queue": "gauge", "disk": "gauge", "db_size": "gauge", "heap": "gauge", "temperature": "gauge",
    "latency": "latency", "hit_ratio": "ratio", "error_ratio": "ratio",
}  # fmt: skip
