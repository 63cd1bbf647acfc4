"""Fifth blind ops-metric anomaly set (issue #14.1), written without reading the detector, the own set's recipes or
the earlier blind sets' items; generated in memory (numpy only) from BLIND5_SEED.

Run: python bench/ops_series.py --split blind5          (docs/ops_series.md, "Fifth blind set")

66 series of 5-minute steps, 15 to 21 days each (the bench does not score the first 7: no anomaly is placed there),
from twelve invented services (a Warsaw invoicing and payroll SaaS with its own machine room, a Seattle photo
backup, a Sao Paulo transit-card top-up, a Mexico City HR app and marketplace search, a Nairobi mobile wallet, a
Cairo grocery delivery, a Tehran news site and CDN, a Seoul online game, a Melbourne food delivery, a Lisbon
scooter rental, a Newfoundland fishing-fleet telemetry) in eleven regions: UTC-8 to UTC+11 with the half-hour
zones of Tehran (+3:30) and St. John's (-3:30/-2:30), the 2026 DST switches of Europe, the US, Canada, Egypt and
Victoria, Friday (Tehran, with a half Thursday) and Friday-Saturday (Cairo) weekends, each region's public
holidays and bridge days (Melbourne Cup, Thanksgiving, Hangul Day, Mashujaa Day, ...), month starts and paydays.
Names are Prometheus style with a namespace and a unit (``..._total``, ``..._bytes``, ``..._seconds_p99``,
``..._ms_p99``, ``..._ratio``, ``..._percent``, ``..._celsius``, ``..._bytes_per_second``, ``..._replicas``),
then ``_sNN``.

Anomaly kinds (16; windows [start, end) in rows, as an on-call reviewer would mark them): cron_missed,
cron_wrong_hour, weekday_on_weekend, partial_outage, retry_storm, error_spike, growth_change, silent_stall,
hard_down, latency_degradation, cpu_pinned, cache_collapse, queue_backlog, rotation_missed, stuck_gauge,
error_creep. Normal behaviours that must not alarm (recorded by ``blind5_normals`` for a false-alarm breakdown,
never labelled): see NORMAL_KINDS; and everywhere: daily and weekly seasonality in local time, slow growth,
day-to-day wobble, one-scrape latency blips, queue bursts, batch start jitter, 0.2 % missed scrapes at random.
"""

from __future__ import annotations

import numpy as np
from ops_blind5_catalogue import CATALOGUE, KIND_OF
from ops_blind5_clock import DAY, Clock
from ops_blind5_faults import PERSISTENT, apply_rate, apply_values, place
from ops_blind5_shapes import FAMILIES, Ctx
from ops_series_data import OpsSeries

BLIND5_SEED = 51125
NORMAL_KINDS = (
    "deploy_blip", "counter_reset", "public_holiday", "bridge_day", "dst_shift", "month_start_billing",
    "payroll_run", "log_rotation", "weekly_compaction", "leak_restart", "autoscale_step", "maintenance_window",
    "scrape_gap", "cache_flush", "push_campaign",
)  # fmt: skip
GAPPY = {"capelin", "jambo", "simorgh"}  # services whose scrapers drop out for a while now and then

__all__ = ["BLIND5_SEED", "NORMAL_KINDS", "PERSISTENT", "blind5_normals", "blind5_set"]


def blind5_set() -> list[OpsSeries]:
    """The 66 series with their anomaly windows (fresh arrays on every call)."""
    return [_build(i)[0] for i in range(len(CATALOGUE))]


def blind5_normals() -> dict[str, list[tuple[int, int, str]]]:
    """Per series name, the windows of normal behaviour that must not alarm (for a false-alarm breakdown)."""
    return dict(_build(i)[1:] for i in range(len(CATALOGUE)))


def _build(index: int) -> tuple[OpsSeries, str, list[tuple[int, int, str]]]:
    name, region, family, first, days, params, anomalies = CATALOGUE[index]
    clock = Clock.build(region, first, days)
    calendar = _calendar(clock, params, family)
    rehearsal = Ctx(np.random.default_rng([BLIND5_SEED, index, 1]), clock, params)
    FAMILIES[family](rehearsal)  # where this family's own normal behaviours fall, to keep labels clear of them
    blocked = calendar + [n for n in rehearsal.normals if n[2] != "autoscale_step"]
    ctx = Ctx(np.random.default_rng([BLIND5_SEED, index, 2]), clock, params, blocked=blocked)
    for kind in anomalies:
        place(ctx, kind)
    FAMILIES[family](ctx)
    if ctx.style != "raw":
        apply_rate(ctx)
        ctx.values = _render(ctx)
    apply_values(ctx)
    kind = KIND_OF.get(family) or ("gauge" if params.get("replicas") else "percentage")
    values = ctx.values
    if family == "error_ratio" and params.get("percent"):
        values, kind = 100 * (1 - values), "percentage"
    present = _scrapes(ctx, name.split("_")[0] in GAPPY)
    full = f"{name}_s{index:02d}"
    series = OpsSeries(full, kind, clock.start_s, values, sorted(ctx.windows), present)
    return series, full, sorted(calendar + ctx.normals)


def _calendar(clock: Clock, params: dict, family: str) -> list[tuple[int, int, str]]:
    out = []
    if "bumps" in params:
        for d in range(int(clock.day[-1]) + 1):
            kind = clock.day_type(d)
            if kind in ("holiday", "bridge"):
                s, e = clock.rows_of_day(d)
                out.append((s, e, "public_holiday" if kind == "holiday" else "bridge_day"))
    if family not in ("temperature",):
        out += [(r, min(clock.n, r + DAY), "dst_shift") for r in clock.switches()]
    return out


def _render(ctx: Ctx) -> np.ndarray:
    rng, rate, p = ctx.rng, np.maximum(ctx.rate, 0), ctx.p
    if ctx.style == "count":
        inc = rng.poisson(rate).astype(float)
        values = np.empty(ctx.n)
        total = float(p.get("start", round(rate.mean() * DAY * rng.uniform(3, 40))))
        resets = set(ctx.resets)
        for i in range(ctx.n):
            total = inc[i] if i in resets else total + inc[i]
            values[i] = total
        return values
    if ctx.style == "gauge":
        sigma = p.get("sigma", 0.03)
        noise = np.exp(sigma * rng.standard_normal(ctx.n))
        values = rate * noise
        return np.round(values) if rate.max() < 1e6 else values
    if ctx.style == "latency":
        values = rate * np.exp(0.09 * rng.standard_normal(ctx.n))
        blips = rng.random(ctx.n) < 0.003
        values[blips] *= rng.uniform(1.8, 3.0, int(blips.sum()))
        return values
    noise = rng.normal(0, p.get("noise", max(0.0015, float(np.median(np.minimum(rate, 1 - rate))) * 0.12)), ctx.n)
    return np.clip(rate + noise, 0.0, 1.0)


def _scrapes(ctx: Ctx, gappy: bool) -> np.ndarray:
    present = ctx.rng.random(ctx.n) >= 0.002
    if gappy:
        for r in ctx.random_rows(2, "scrape_gap", int(ctx.rng.integers(6, 19)), (0, 24)):
            length = next(e - s for s, e, k in ctx.normals if s == r and k == "scrape_gap")
            present[r : r + length] = False
    present[0] = present[-1] = True
    return present
