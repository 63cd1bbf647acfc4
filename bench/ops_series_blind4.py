"""Fourth blind ops-metric anomaly set (issue #14.1), written without reading the detector, the own set's recipes or
the earlier blind sets' items; generated in memory (numpy only) from BLIND4_SEED.

Run: python bench/ops_series.py --split blind4          (docs/ops_series.md, "Fourth blind set")

69 series of 5-minute steps, 14 to 21 days each (the bench does not score the first 7: no anomaly is placed there),
from sixteen invented services (a US web shop, a Brazilian marketplace's search and Pix payments, a Hamburg
finance back office, warehouse handhelds on three shifts, nightly ETL in Mumbai, a newsletter sender in Tel Aviv
and Hamburg, a CDN edge in Reykjavik, shop kiosks in Tokyo, a Postgres cluster in Auckland, a Redis tier in Dubai,
payroll in Kathmandu, an office SSO in Chicago, a reporting box, a container registry, push notifications and UPI
collections in Mumbai) in eleven regions: UTC-6 to UTC+13 with +5:30 and +5:45, northern and southern DST
changes, Friday-Saturday and Saturday-only weekends, each region's public holidays (Yom Kippur, Dashain,
Thanksgiving, Labour Days, Christmas, ...), month ends and paydays. Names are Prometheus style with a namespace
and a unit (``..._total``, ``..._bytes``, ``..._seconds_p99``, ``..._ms_p95``, ``..._ratio``, ``..._percent``,
``..._per_second``, ``..._replicas``), then ``_sNN``.

Anomaly kinds (15; windows [start, end) in rows, as an on-call reviewer would mark them): batch_skipped,
batch_late, busy_weekend, level_shift, error_burst, growth_acceleration, leak_onset, throughput_ceiling,
pool_exhausted, heartbeat_gap, autoscaler_flap, jitter_storm, night_activity, hit_ratio_decay, double_count.
Normal behaviours that must not alarm (recorded by ``blind4_normals`` for a false-alarm breakdown, never
labelled): deploy_blip, public_holiday, dst_change, month_end_close, payday_peak, backfill, maintenance_window,
log_rotation, leak_restart, autoscale_step, cache_cold_start, counter_reset, scrape_gap, newsletter_send,
weekly_vacuum, weekly_report; and everywhere: daily and weekly seasonality in local time, slow growth, shift
hand-overs, one-scrape latency blips, queue bursts, batch start jitter, 0.2 % missed scrapes.
"""

from __future__ import annotations

import zlib

import numpy as np
from ops_blind4_calendar import DAY, REGIONS, LocalClock
from ops_blind4_catalogue import CATALOGUE
from ops_blind4_profiles import PROFILES, Anomaly, Ctx
from ops_series_data import OpsSeries

BLIND4_SEED = 40417
PROBATION = 7 * DAY
ANOMALY_KINDS = (
    "batch_skipped",
    "batch_late",
    "busy_weekend",
    "level_shift",
    "error_burst",
    "growth_acceleration",
    "leak_onset",
    "throughput_ceiling",
    "pool_exhausted",
    "heartbeat_gap",
    "autoscaler_flap",
    "jitter_storm",
    "night_activity",
    "hit_ratio_decay",
    "double_count",
)
NORMAL_KINDS = (
    "deploy_blip",
    "public_holiday",
    "dst_change",
    "month_end_close",
    "payday_peak",
    "backfill",
    "maintenance_window",
    "log_rotation",
    "leak_restart",
    "autoscale_step",
    "cache_cold_start",
    "counter_reset",
    "scrape_gap",
    "newsletter_send",
    "weekly_vacuum",
    "weekly_report",
)
PERSISTENT = {"growth_acceleration", "leak_onset", "double_count"}  # the new behaviour lasts to the series' end
WORKDAY = {"level_shift", "throughput_ceiling", "pool_exhausted", "autoscaler_flap", "jitter_storm", "hit_ratio_decay"}
DENSE = {"autoscale_step", "log_rotation"}  # normal steps too frequent to keep anomalies clear of
IMPLIED_PROFILE = {  # families whose profile is part of what they are
    "scans_total": "shifts",
    "ledger_postings_total": "office",
    "payments_total": "consumer",
    "mails_total": "consumer",
    "heartbeats_total": "store",
}
GAP = 12 * 12  # anomalies at least 12 hours apart
PAD = 24  # and 2 hours clear of a normal behaviour


def blind4_set() -> list[OpsSeries]:
    """The 69 series with their anomaly windows (fresh arrays on every call)."""
    return [series for series, _ in _build_all()]


def blind4_normals() -> dict[str, list[tuple[int, int, str]]]:
    """Per series name, the windows of normal behaviour that must not alarm (for a false-alarm breakdown)."""
    return {series.name: normals for series, normals in _build_all()}


def _build_all() -> list[tuple[OpsSeries, list[tuple[int, int, str]]]]:
    return [_build(index, entry) for index, entry in enumerate(CATALOGUE)]


def _build(index: int, entry: tuple) -> tuple[OpsSeries, list[tuple[int, int, str]]]:
    namespace, metric, region, first_day, days, family, params, wanted = entry
    name = f"{namespace}_{metric}_s{index:02d}"
    seed = zlib.crc32(name.encode()) ^ BLIND4_SEED
    clock = LocalClock(REGIONS[region], first_day, days)
    plain = Ctx(clock, seed)
    family(plain, **params)
    normals = plain.normals + _dst(clock)
    present, gaps = _scrapes(clock, np.random.default_rng(seed + 1))
    normals += gaps
    where = {"profile": IMPLIED_PROFILE.get(family.__name__, "always"), **params}
    anomalies = _place(clock, where, wanted, normals, np.random.default_rng(seed + 2))
    ctx = Ctx(clock, seed, anomalies)
    kind, values = family(ctx, **params)
    if sorted(ctx.normals) != sorted(plain.normals):
        raise RuntimeError(f"{name}: the anomalies moved a normal behaviour; families must draw schedules first")
    windows = sorted((a.start, a.end, a.kind) for a in anomalies)
    series = OpsSeries(name, kind, clock.start_s, np.asarray(values, dtype=float), windows, present)
    return series, sorted(normals)


def _dst(clock: LocalClock) -> list[tuple[int, int, str]]:
    return [(row, min(clock.n, row + DAY), "dst_change") for row in clock.dst_rows()]


def _scrapes(clock: LocalClock, rng: np.random.Generator) -> tuple[np.ndarray, list[tuple[int, int, str]]]:
    """0.2 % single missed scrapes and up to two outages of the scraper (20 minutes to 2 hours)."""
    present = rng.random(clock.n) >= 0.002
    gaps = []
    for _ in range(int(rng.integers(0, 3))):
        start = int(rng.integers(DAY, clock.n - DAY))
        end = start + int(rng.integers(4, 25))
        present[start:end] = False
        gaps.append((start - 1, end + 1, "scrape_gap"))
    present[0] = present[-1] = True
    return present, gaps


def _place(clock: LocalClock, params: dict, wanted: list, normals: list, rng: np.random.Generator) -> list[Anomaly]:
    """Each anomaly on a random day after the probation week, 12 hours from the others and clear of the normal
    behaviours (persistent ones last, after every other window)."""
    blocked = [(s - PAD, e + PAD) for s, e, k in normals if k not in DENSE]
    for _ in range(50):
        placed = _try_place(clock, params, wanted, blocked, rng)
        if placed is not None:
            return placed
    raise RuntimeError(f"could not place {wanted} on a series of {clock.days} days in {clock.region.name}")


def _try_place(clock: LocalClock, params: dict, wanted: list, blocked: list, rng: np.random.Generator):
    placed: list[Anomaly] = []
    ndays = clock.days
    for kind, mag, hours, hour in sorted(wanted, key=lambda w: w[0] in PERSISTENT):
        for _ in range(200):
            day = int(rng.integers(8 if kind in PERSISTENT else 7, ndays - (3 if kind in PERSISTENT else 1)))
            window = _window(clock, params, kind, mag, hours, hour + rng.uniform(0, 1.5), day)
            if window is None:
                continue
            start, end = window
            if start < PROBATION or end > clock.n - 12 * (kind not in PERSISTENT):
                continue
            reach = clock.n if kind in PERSISTENT else end
            if any(start < e + GAP and reach + GAP > s for s, e in _spans(placed)):
                continue
            check_end = start + 1 if kind in PERSISTENT else end
            if any(start < e and check_end > s for s, e in blocked):
                continue
            placed.append(Anomaly(kind, start, end, float(mag), day))
            break
        else:
            return None
    return placed


def _spans(placed: list[Anomaly]) -> list[tuple[int, int]]:
    return [(a.start, a.end) for a in placed]


def _window(clock: LocalClock, params: dict, kind: str, mag: float, hours: float, hour: float, day: int):
    first = int(np.flatnonzero(clock.day_index() == day)[0])
    workday = not clock.off[first]
    if kind in ("batch_skipped", "batch_late"):
        start_h, length = params["batch"][:2] if "batch" in params else (params["start_h"], params["hours"])
        if params.get("workdays") and not workday:
            return None
        start = clock.at(day, start_h)
        delay = clock.at(day, start_h + mag) - start if kind == "batch_late" else 0
        return start, start + delay + int(round(length * 12))
    if kind == "busy_weekend":
        if not clock.weekend[first] or clock.holiday[first]:
            return None
        return _busy_span(clock, params, day)
    if kind == "night_activity":
        start = clock.at(day, 1.0)
        return start, start + int(hours * 12)
    if kind in PERSISTENT:
        return clock.at(day, hour), clock.n
    if kind in WORKDAY and params.get("profile") in ("office", "shifts") and not workday:
        return None
    start = clock.at(day, hour)
    return start, start + max(1, int(round(hours * 12)))


def _busy_span(clock: LocalClock, params: dict, day: int) -> tuple[int, int]:
    """Where a working day's traffic would stand clear of the day-off traffic (a quarter of the peak)."""
    profile = PROFILES[params.get("profile", "office")]
    off = clock.off.copy()
    rows = np.flatnonzero(clock.day_index() == day)
    usual = profile(clock, off)[rows]
    off[rows] = False
    busy = profile(clock, off)[rows]
    apart = np.flatnonzero(busy - usual > 0.25 * busy.max())
    return int(rows[apart[0]]), int(rows[apart[-1]]) + 1


def main() -> int:
    corpus = blind4_set()
    counts: dict[str, int] = {}
    for series in corpus:
        for *_, kind in series.windows:
            counts[kind] = counts.get(kind, 0) + 1
    points = sum(len(s.values) for s in corpus)
    print(f"{len(corpus)} series, {points:,} points, {points / DAY:.0f} series-days, {sum(counts.values())} windows")
    print(", ".join(f"{k} {counts.get(k, 0)}" for k in ANOMALY_KINDS))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
