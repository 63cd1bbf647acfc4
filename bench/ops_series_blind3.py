"""Third blind ops-metric anomaly set (issue #14.1), written without reading the detector, the own set's recipes or
the earlier blind sets; generated in memory (numpy only) from BLIND3_SEED.

Run: python bench/ops_series.py --split blind3          (docs/ops_series.md, "Third blind set")

60 series of 5-minute steps, 9 to 21 days each (the bench does not score the first 7: no anomaly is placed there),
from 24 invented services of very different sizes (a wiki with a page view every minute to an edge tier with
thousands of requests a second) in twelve regions: UTC-8 to UTC+11 with a half-hour zone, northern and southern
DST changes, Sunday-Thursday and Monday-Saturday work weeks, public holidays of each region, month ends. Metric
kinds: counters (cumulative, reset by deploys, restarts and maintenance), gauges (rates per second/minute/hour,
queue depth, consumer lag, connections, sessions, replicas, memory bytes, replication lag, NTP offset, a job's
last-success timestamp or seconds since), ratios 0-1, percentages, latency percentiles in seconds or ms.

Anomaly kinds (14; windows [start, end) in rows, labelled as an on-call reviewer would mark them):
saturation_creep, stuck_counter, error_ratio_creep, shard_outage, cron_silent_stop, latency_bimodal,
latency_regression, deploy_traffic_drop, flatline, clock_skew, leak_rate_change, queue_backlog, silent_workday,
retry_storm. Normal behaviours that must not alarm (recorded by ``blind3_normals`` for the false-alarm
breakdown, never labelled): dst_shift, holiday, planned_maintenance (a weekly announced window), marketing_surge,
month_end_batch, canary_rollout, autoscaling_step, weekly_report, log_rotation, weekly_compaction, cache_warmup,
counter_reset, leak_restart, scrape_gap; and everywhere: daily and weekly seasonality, growth, one-scrape blips,
queue bursts, batch start jitter.
"""

from __future__ import annotations

import numpy as np
from ops_blind3_metrics import FAMILIES
from ops_blind3_shapes import HOUR, REGIONS, Ctx
from ops_series_data import DAY, PROBATION_DAYS, OpsSeries

BLIND3_SEED = 52_718_0311

ANOMALY_KINDS = (
    "saturation_creep", "stuck_counter", "error_ratio_creep", "shard_outage", "cron_silent_stop", "latency_bimodal",
    "latency_regression", "deploy_traffic_drop", "flatline", "clock_skew", "leak_rate_change", "queue_backlog",
    "silent_workday", "retry_storm",
)  # fmt: skip
LENGTHS = {
    "saturation_creep": (40, 110), "stuck_counter": (12, 48), "error_ratio_creep": (48, 120),
    "shard_outage": (9, 36), "latency_bimodal": (24, 72), "latency_regression": (36, 144),
    "deploy_traffic_drop": (24, 72), "flatline": (30, 96), "clock_skew": (36, 120), "leak_rate_change": (72, 168),
    "queue_backlog": (12, 60), "retry_storm": (3, 8), "cron_silent_stop": (24, 96),
}  # fmt: skip
ACTIVE = {"shard_outage", "stuck_counter", "latency_bimodal", "deploy_traffic_drop", "error_ratio_creep"}

B2B = {"peaks": ((10.5, 2.5, 1.0), (15.0, 2.5, 0.9)), "off": 0.3, "floor": 0.08}
CONSUMER = {"peaks": ((12.5, 2.0, 0.6), (20.5, 2.5, 1.0)), "off": 1.15, "floor": 0.1}
INFRA = {"peaks": ((14.0, 5.0, 1.0),), "off": 0.85, "floor": 0.45}
SHIFT = {"peaks": ((9.0, 2.5, 1.0), (14.0, 2.5, 0.9)), "off": 0.1, "floor": 0.03}


def _p(style: dict, **extra) -> dict:
    return {**style, **extra}


# metric, family, region, first local day, days, parameters, anomalies
CATALOGUE = (
    ("ferngate_http_requests_total", "traffic", "nyc", "2026-02-23", 16,
     _p(B2B, level=420, growth=0.02, deploys=0.6, maint=6), ("deploy_traffic_drop", "retry_storm")),
    ("ferngate_http_5xx_ratio", "ratio", "nyc", "2026-02-23", 16,
     _p(B2B, level=420, p_err=0.0015, deploys=0.6), ("error_ratio_creep",)),
    ("ferngate_request_duration_p99_seconds", "latency", "nyc", "2026-02-23", 16,
     _p(B2B, base=0.18, deploys=0.6, canary=True), ("latency_bimodal",)),
    ("quokka_orders_per_minute", "traffic", "ber", "2026-03-16", 21,
     _p(CONSUMER, level=0.7, out="per_min", surges=2, surge=0.6, deploys=0.3, maint=1),
     ("deploy_traffic_drop", "retry_storm")),
    ("quokka_checkout_payment_success_ratio", "ratio", "ber", "2026-03-16", 21,
     _p(CONSUMER, level=0.7, p_err=0.03, invert=True, creep=3.0, surges=2), ("error_ratio_creep",)),
    ("quokka_cart_api_latency_p95_ms", "latency", "ber", "2026-03-16", 21,
     _p(CONSUMER, base=85, unit="ms", deploys=0.3, canary=True), ("latency_regression",)),
    ("tidepool_disk_used_percent", "disk", "utc", "2026-01-12", 18,
     _p(INFRA, used=48, growth_pct_day=0.35, log_rate=0.012), ("saturation_creep",)),
    ("tidepool_compactor_last_success_timestamp_seconds", "heartbeat", "utc", "2026-01-12", 18,
     _p(INFRA, period_s=3600, phase=5), ("cron_silent_stop",)),
    ("tidepool_node_timex_offset_seconds", "timex", "utc", "2026-01-12", 18, _p(INFRA), ("clock_skew",)),
    ("brisket_shard03_queries_per_second", "traffic", "sfo", "2026-02-23", 16,
     _p(B2B, level=55, out="per_s", outage=0.45), ("shard_outage",)),
    ("brisket_shard11_queries_per_second", "traffic", "sfo", "2026-02-23", 16,
     _p(B2B, level=48, out="per_s", outage=0.68), ("shard_outage",)),
    ("brisket_query_latency_p99_seconds", "latency", "sfo", "2026-02-23", 16,
     _p(B2B, base=0.42, sigma=0.1, deploys=0.4), ("latency_bimodal", "latency_regression")),
    ("brisket_indexer_resident_memory_bytes", "memory", "sfo", "2026-02-23", 16,
     _p(INFRA, base_gb=3.5, leak_mb_h=28), ("leak_rate_change",)),
    ("pelican_smtp_outbound_messages_total", "traffic", "lon", "2026-03-16", 21,
     _p(B2B, level=6, deploys=0.3), ("stuck_counter",)),
    ("pelican_bounce_ratio", "ratio", "lon", "2026-03-16", 21, _p(B2B, level=6, p_err=0.02, creep=2.6),
     ("error_ratio_creep",)),
    ("pelican_outbound_queue_depth", "queue", "lon", "2026-03-16", 21, _p(B2B, depth=40), ("queue_backlog",)),
    ("orchard_etl_rows_written_per_5m", "batch", "ber", "2026-04-20", 14,
     _p(INFRA, at_h=2.2, length=14, rows=48_000), ("cron_silent_stop",)),
    ("orchard_etl_seconds_since_last_success", "heartbeat", "ber", "2026-04-20", 14,
     _p(INFRA, period_s=86400, phase=30, age=True), ("cron_silent_stop",)),
    ("orchard_warehouse_cpu_percent", "utilisation", "ber", "2026-04-20", 14,
     _p(B2B, idle=12, span=45, report_dow=0), ("saturation_creep",)),
    ("kiln_ci_builds_started_total", "traffic", "tlv", "2026-03-16", 21, _p(B2B, level=0.05), ("silent_workday",)),
    ("kiln_ci_queue_wait_p90_seconds", "latency", "tlv", "2026-03-16", 21,
     _p(B2B, base=25, load_k=1.5, sigma=0.15), ("latency_regression",)),
    ("kiln_runner_busy_ratio", "utilisation", "tlv", "2026-03-16", 21,
     _p(B2B, idle=5, span=70, as_ratio=True, report_dow=6), ("saturation_creep",)),
    ("mantaray_db_connections_active", "connections", "blr", "2026-09-21", 16,
     _p(B2B, cap=200, use=0.55, off=0.5), ("saturation_creep",)),
    ("mantaray_db_replication_lag_seconds", "latency", "blr", "2026-09-21", 16,
     _p(B2B, base=0.35, load_k=1.2, sigma=0.25, kind="gauge"), ("flatline",)),
    ("mantaray_api_requests_total", "traffic", "blr", "2026-09-21", 16,
     _p(B2B, level=180, off=0.5, deploys=0.5, maint=6), ("retry_storm",)),
    ("mantaray_api_cpu_percent", "utilisation", "blr", "2026-09-21", 16,
     _p(B2B, off=0.5, idle=6, span=60, autoscale=12), ()),
    ("mantaray_api_replicas", "replicas", "blr", "2026-09-21", 16, _p(B2B, off=0.5, max=12), ()),
    ("sakura_auth_logins_total", "traffic", "tyo", "2026-03-09", 14, _p(B2B, level=30, deploys=0.2),
     ("silent_workday",)),
    ("sakura_session_cache_hit_ratio", "cache", "tyo", "2026-03-09", 14, _p(B2B, hit=0.88, deploys=0.2),
     ("flatline",)),
    ("sakura_push_delivery_p99_ms", "latency", "tyo", "2026-03-09", 14, _p(CONSUMER, base=450, unit="ms"),
     ("latency_bimodal",)),
    ("wombat_payments_authorised_per_minute", "traffic", "syd", "2026-03-23", 16,
     _p(CONSUMER, level=4.0, out="per_min", surges=1, surge=0.45), ("deploy_traffic_drop",)),
    ("wombat_gateway_5xx_ratio", "ratio", "syd", "2026-03-23", 16, _p(CONSUMER, level=25, p_err=0.0008),
     ("retry_storm",)),
    ("wombat_settlement_last_success_timestamp_seconds", "heartbeat", "syd", "2026-03-23", 16,
     _p(INFRA, period_s=900, phase=1), ("cron_silent_stop",)),
    ("capybara_marketplace_signups_last_hour", "traffic", "sao", "2026-02-02", 16,
     _p(CONSUMER, level=0.01, out="per_hour"), ("deploy_traffic_drop",)),
    ("capybara_search_requests_total", "traffic", "sao", "2026-02-02", 16,
     _p(CONSUMER, level=90, deploys=0.4, surges=1, surge=0.4), ("stuck_counter",)),
    ("capybara_image_resizer_resident_memory_bytes", "memory", "sao", "2026-02-02", 16,
     _p(INFRA, base_gb=0.9, leak_mb_h=9, new_leak=4.0), ("leak_rate_change",)),
    ("narwhal_kafka_consumer_lag_messages", "queue", "utc", "2026-10-19", 21, _p(INFRA, depth=2500),
     ("queue_backlog", "flatline")),
    ("narwhal_broker_disk_used_percent", "disk", "utc", "2026-10-19", 21,
     _p(INFRA, used=61, growth_pct_day=0.2, log_rate=0.008, compact=0.8), ("saturation_creep",)),
    ("narwhal_broker_network_receive_bytes_total", "traffic", "utc", "2026-10-19", 21,
     _p(INFRA, level=2.5e7, bytes=True), ("stuck_counter",)),
    ("narwhal_zookeeper_timex_offset_seconds", "timex", "utc", "2026-10-19", 21, _p(INFRA),
     ("clock_skew", "clock_skew")),
    ("falcon_edge_requests_total", "traffic", "nyc", "2026-10-19", 15,
     _p(CONSUMER, level=2500, deploys=0.5, outage=0.62, surges=1, surge=0.35), ("shard_outage",)),
    ("falcon_edge_cache_hit_ratio", "cache", "nyc", "2026-10-19", 15, _p(CONSUMER, hit=0.91, deploys=0.5), ()),
    ("falcon_origin_ttfb_p50_seconds", "latency", "nyc", "2026-10-19", 15,
     _p(CONSUMER, base=0.06, deploys=0.5, regress=1.45), ("latency_regression",)),
    ("lemur_invoices_rendered_per_5m", "batch", "riy", "2026-05-18", 16,
     _p(INFRA, at_h=1.5, length=20, rows=900, workdays_only=False), ("cron_silent_stop",)),
    ("lemur_billing_api_latency_p99_seconds", "latency", "riy", "2026-05-18", 16, _p(B2B, base=0.9),
     ("flatline",)),
    ("lemur_billing_api_requests_per_second", "traffic", "riy", "2026-05-18", 16,
     _p(B2B, level=12, out="per_s", maint=4),
     ("silent_workday",)),
    ("heron_feature_store_resident_memory_bytes", "memory", "lon", "2026-08-24", 14, _p(INFRA, base_gb=12.0),
     ("leak_rate_change",)),
    ("heron_batch_predictions_per_5m", "batch", "lon", "2026-08-24", 14, _p(INFRA, at_h=4.0, length=9, rows=3e5),
     ()),
    ("heron_inference_queue_depth", "queue", "lon", "2026-08-24", 14, _p(B2B, depth=6),
     ("queue_backlog", "queue_backlog")),
    ("yak_chat_websocket_connections", "connections", "blr", "2026-10-12", 14, _p(CONSUMER, cap=60_000, use=0.6),
     ("flatline",)),
    ("yak_chat_message_send_p99_ms", "latency", "blr", "2026-10-12", 14, _p(CONSUMER, base=120, unit="ms"),
     ("latency_bimodal",)),
    ("yak_chat_messages_sent_total", "traffic", "blr", "2026-10-12", 14, _p(CONSUMER, level=800, surges=1),
     ("retry_storm",)),
    ("otter_wiki_page_views_total", "traffic", "ber", "2026-05-11", 15, _p(B2B, level=0.02), ()),
    ("otter_reindex_last_success_timestamp_seconds", "heartbeat", "ber", "2026-05-11", 15,
     _p(INFRA, period_s=1800, phase=2, skew_s=3600), ("clock_skew",)),
    ("jackal_vpn_active_sessions", "connections", "sfo", "2026-11-16", 14,
     _p(B2B, cap=5000, use=0.7, outage=0.5, maint=5),
     ("shard_outage",)),
    ("jackal_sso_token_errors_ratio", "ratio", "sfo", "2026-11-16", 14, _p(B2B, level=3, p_err=0.004, creep=5.0),
     ("error_ratio_creep",)),
    ("jackal_vpn_gateway_cpu_percent", "utilisation", "sfo", "2026-11-16", 14, _p(B2B, idle=10, span=35),
     ("flatline",)),
    ("zebu_warehouse_scans_per_minute", "traffic", "mex", "2026-09-07", 14,
     _p(SHIFT, level=9, out="per_min", outage=0.55), ("shard_outage",)),
    ("zebu_label_printer_jobs_total", "traffic", "mex", "2026-09-07", 14, _p(SHIFT, level=0.4), ("stuck_counter",)),
    ("zebu_wms_api_latency_p99_seconds", "latency", "mex", "2026-09-07", 14, _p(SHIFT, base=0.3, sigma=0.12), ()),
)  # fmt: skip


def _free(c: Ctx, s: int, e: int, busy: list[tuple[int, int]], margin: int) -> bool:
    return all(e + margin <= a or s - margin >= b for a, b in busy)


def _active(c: Ctx) -> np.ndarray:
    peak = c.p.get("peaks", ((14.0, 3.5, 1.0),))[-1][0]
    near = np.abs((c.hour - peak + 12) % 24 - 12) <= 3
    return near & (c.workday | (c.p.get("off", 0.4) >= 0.8))


def _place_normals(c: Ctx) -> None:
    rng, p = c.rng, c.p
    for day in range(c.days):
        if rng.random() < p.get("deploys", 0.0) and c.workday[day * DAY]:
            row = day * DAY + int(rng.uniform(10.0, 16.5) * HOUR)
            c.deploys.append(min(row, c.n - 12))
    if "maint" in p:
        for r in c.rows_at(2.0):
            if c.dow[r] == p["maint"]:
                c.normals.append((r, min(r + 18, c.n), "planned_maintenance"))
    for _ in range(p.get("surges", 0)):
        day = int(rng.integers(PROBATION_DAYS, c.days - 1))
        row = day * DAY + int(rng.uniform(17.5, 19.5) * HOUR)
        c.normals.append((row, row + int(rng.integers(24, 40)), "marketing_surge"))


def _busy(c: Ctx, family: str) -> list[tuple[int, int]]:
    busy = [(s, e) for s, e, _ in c.normals] + [(r - 8, r + 12) for r in c.deploys]
    if family == "batch":
        busy += [(int(r) - 2 * HOUR, int(r) + DAY + DAY // 2) for r in np.flatnonzero(c.month_end & (c.hour == 0))]
    if c.p.get("report_dow") is not None:
        busy += [(int(r), int(r) + 3 * HOUR) for r in np.flatnonzero((c.dow == c.p["report_dow"]) & (c.hour == 5))]
    return busy


def _place_anomaly(c: Ctx, kind: str, family: str, busy: list[tuple[int, int]]) -> tuple[int, int]:
    rng, first = c.rng, PROBATION_DAYS * DAY + 2 * HOUR
    if kind == "silent_workday":
        days = [d for d in range(PROBATION_DAYS, c.days - 1) if c.workday[d * DAY + 12 * HOUR]]
        options = [(d * DAY + 7 * HOUR, d * DAY + 20 * HOUR) for d in days]
    elif kind == "cron_silent_stop" and family == "batch":
        runs = [r for r in c.rows_at(c.p["at_h"]) if r >= first and r + c.p["length"] * 2 < c.n]
        options = [(r - 3, r + int(c.p["length"] * 1.2) + 3) for r in runs]
    else:
        lo, hi = LENGTHS[kind]
        length = int(rng.integers(lo, hi + 1))
        starts = np.arange(first, c.n - length - 3 * HOUR)
        if kind in ACTIVE:
            starts = starts[_active(c)[starts]]
        if family == "heartbeat":
            period = c.p["period_s"] // 300
            starts = starts[starts % period == c.p.get("phase", 0) % period]
            length = -(-max(length, 3 * period) // period) * period if period < DAY else period
        options = [(int(s), int(s) + length) for s in starts]
    options = [(s, e) for s, e in options if e < c.n and _free(c, s, e, busy, 3 * HOUR)]
    if not options:
        raise RuntimeError(f"no room for {kind} in {family} series of {c.days} days")
    return options[int(rng.integers(len(options)))]


def _present(c: Ctx, windows: list[tuple[int, int, str]]) -> np.ndarray:
    present = c.rng.random(c.n) >= 0.0025
    if c.rng.random() < 0.35:
        length = int(c.rng.integers(6, 30))
        for _ in range(20):
            s = int(c.rng.integers(PROBATION_DAYS * DAY, c.n - length - 1))
            if all(s + length + HOUR <= a or s >= b + HOUR for a, b, _ in windows):
                present[s : s + length] = False
                c.normals.append((s, s + length, "scrape_gap"))
                break
    for s, e, kind in windows:
        if kind == "flatline":
            present[s:e] = True  # a frozen exporter still answers every scrape
    present[0] = present[-1] = True
    return present


def _build(index: int, rng: np.random.Generator) -> tuple[OpsSeries, list[tuple[int, int, str]]]:
    metric, family, region, start, days, params, kinds = CATALOGUE[index]
    c = Ctx(rng, REGIONS[region], start, days, dict(params))
    _place_normals(c)
    busy = _busy(c, family)
    for kind in kinds:
        s, e = _place_anomaly(c, kind, family, busy)
        c.anomalies.append((s, e, kind))
        busy.append((s, e))
    kind, values = FAMILIES[family](c)
    values = values.astype(float)
    for s, e, label in c.anomalies:
        if label == "flatline":
            values[s:e] = values[s - 1]
    windows = sorted(c.anomalies)
    present = _present(c, windows)
    name = f"{metric}_s{index:02d}"
    return OpsSeries(name, kind, c.start_s, values, windows, present), sorted(c.normals)


def _generate() -> tuple[list[OpsSeries], dict[str, list[tuple[int, int, str]]]]:
    rng = np.random.default_rng(BLIND3_SEED)
    corpus, normals = [], {}
    for index in range(len(CATALOGUE)):
        series, notes = _build(index, rng)
        corpus.append(series)
        normals[series.name] = notes
    return corpus, normals


def blind3_set() -> list[OpsSeries]:
    """The 60 series with their anomaly windows (fresh arrays on every call)."""
    return _generate()[0]


def blind3_normals() -> dict[str, list[tuple[int, int, str]]]:
    """Per series name, the windows of normal behaviour that must not alarm (for a false-alarm breakdown)."""
    return _generate()[1]
