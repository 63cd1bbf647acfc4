"""Generator of the own ops-metric anomaly set (issue #14.1): labelled series in the style of real operations data.

Run: python bench/ops_series_data.py --out DIR [--limit N]     writes DIR/{dev,heldout}/NAME.csv and DIR/labels.json
     (bench/ops_series.py generates the same set in memory when no written copy is given; docs/ops_series.md)

Each series is one archetype (12 of them, three per split each) with its metric kind (counter, gauge, ratio,
percentage, latency), 5-minute steps, 10-21 days starting at local midnight on a random weekday in one of eight
business time zones (UTC-8 to UTC+9: days and weekends follow local time, timestamps are UTC), daily and
weekly seasonality, noise of the kind's own shape (Poisson counts, AR(1) gauges, log-normal latency), and the
normal behaviours that must not alarm: steady growth, sawtooth (daily log rotation, weekly compaction, restarts
of a leaking service at irregular times), counter resets on restarts, nightly batches whose start jitters by
up to 10 minutes and whose length varies by 20 %, quiet weekends, slow traffic growth, day-to-day volume
wobble (a few per cent), one-scrape p99 blips and queue bursts, missed scrapes (0.3 % of steps, and up to two
outages of 30 minutes to 3 hours). Anomalies (8 kinds) are injected only after
the first 7 days (the probation week the detector learns in) and never overlap; some series stay clean. Labels
are anomaly windows [start, end) of row indices (labels.json of a written copy) in 5-minute steps from the
series' first timestamp.

Split: seeds 0-35 are ``dev`` (every detector choice was tuned on them); seeds 1000-1035 are ``heldout``
(reported only). Same generator, different seeds: the held-out part guards against over-fitting to particular
series, not against a different data family.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from ops_series_families import FAMILIES, FAMILY_OFFSETS_H, FAMILY_SEEDS

STEP_S = 300
UTC_OFFSETS_H = (-8, -5, 0, 0, 1, 2, 5, 9)  # business day and week in local time: the series start at local midnight
DAY = 288
WEEK = 7 * DAY
PROBATION_DAYS = 7
SPLITS = {"dev": range(0, 36), "heldout": range(1000, 1036)}
EXTRA_SEEDS = {"dev": FAMILY_SEEDS, "heldout": range(0)}  # the dev-only families (ops_series_families.py)
KINDS = (
    "missing_batch",
    "batch_wrong_hour",
    "weekend_as_weekday",
    "level_shift",
    "count_spike",
    "growth_rate_change",
    "in_range",
    "dropout",
)


@dataclass
class OpsSeries:
    name: str
    kind: str  # counter | gauge | ratio | percentage | latency
    start_s: int
    values: np.ndarray
    windows: list[tuple[int, int, str]] = field(default_factory=list)  # [start, end) rows, anomaly kind
    present: np.ndarray | None = None  # False where the scrape is missing (None: every step present)

    @property
    def timestamps_ms(self) -> np.ndarray:
        """Every step of the grid (labels and series-days count on it)."""
        return (self.start_s + STEP_S * np.arange(len(self.values), dtype=np.int64)) * 1000

    @property
    def rows(self) -> np.ndarray:
        """The grid rows a scraper would have delivered (what detectors are given)."""
        return np.arange(len(self.values)) if self.present is None else np.flatnonzero(self.present)

    @property
    def days(self) -> float:
        return len(self.values) / DAY


class _Ctx:
    """Clock of one series: row -> hour of day, weekday; and a random source."""

    def __init__(self, rng: np.random.Generator, days: int, first_weekday: int) -> None:
        self.rng = rng
        self.n = days * DAY
        rows = np.arange(self.n)
        self.hour = (rows % DAY) / 12.0
        self.weekday = (first_weekday + rows // DAY) % 7  # 0 = Monday
        self.weekend = self.weekday >= 5
        self.first_weekday = first_weekday

    def day_start(self, day: int) -> int:
        return day * DAY

    def late_days(self, need_weekend_before: bool = False) -> list[int]:
        days = list(range(PROBATION_DAYS, self.n // DAY))
        if need_weekend_before:
            first_weekend = next(d for d in range(self.n // DAY) if (self.first_weekday + d) % 7 >= 5)
            days = [d for d in days if d > first_weekend + 1]
        return days


def _daily(ctx: _Ctx, peak_hour: float, width: float, floor: float) -> np.ndarray:
    """A smooth business-day bump in [floor, 1]."""
    distance = np.minimum(np.abs(ctx.hour - peak_hour), 24 - np.abs(ctx.hour - peak_hour))
    return floor + (1 - floor) * np.exp(-0.5 * (distance / width) ** 2)


def _weekly(ctx: _Ctx, weekend_factor: float) -> np.ndarray:
    """Weekend factor times a day-to-day volume wobble (each day's level varies by a few per cent)."""
    wobble = np.exp(ctx.rng.normal(0, 0.06, ctx.n // DAY + 1))[np.arange(ctx.n) // DAY]
    return np.where(ctx.weekend, weekend_factor, 1.0) * wobble


def _ar1(ctx: _Ctx, sigma: float, phi: float = 0.7) -> np.ndarray:
    from scipy.signal import lfilter

    return lfilter([1.0], [1.0, -phi], ctx.rng.normal(0, sigma * np.sqrt(1 - phi * phi), ctx.n))


def _counter(ctx: _Ctx, rate: np.ndarray, restarts: int) -> np.ndarray:
    """Cumulative counter from a per-step rate (Poisson), reset to 0 at a few restarts."""
    increments = ctx.rng.poisson(np.maximum(rate, 0)).astype(float)
    total = np.cumsum(increments)
    for at in sorted(ctx.rng.integers(DAY, ctx.n - 1, restarts)):
        total[at:] -= total[at - 1]
    return total


# ---- anomaly placement ------------------------------------------------------------------------------------


class _Plan:
    """Non-overlapping anomaly windows (rows), at least 12 h apart."""

    def __init__(self, ctx: _Ctx) -> None:
        self.ctx = ctx
        self.windows: list[tuple[int, int, str]] = []

    def free(self, start: int, end: int) -> bool:
        return all(end + 144 <= s or start >= e + 144 for s, e, _ in self.windows) and end <= self.ctx.n

    def add(self, start: int, end: int, kind: str) -> bool:
        if start < PROBATION_DAYS * DAY or not self.free(start, end):
            return False
        self.windows.append((start, end, kind))
        return True

    def pick(self, length: int, kind: str, hours: tuple[float, float] = (0, 24)) -> tuple[int, int] | None:
        for _ in range(40):
            day = int(self.ctx.rng.choice(self.ctx.late_days()))
            start = day * DAY + int(self.ctx.rng.uniform(*hours) * 12)
            if self.add(start, start + length, kind):
                return start, start + length
        return None


def _maybe(ctx: _Ctx, p: float) -> bool:
    return bool(ctx.rng.random() < p)


# ---- archetypes -------------------------------------------------------------------------------------------


def _requests(ctx: _Ctx, plan: _Plan) -> tuple[str, str, np.ndarray]:
    base = ctx.rng.uniform(200, 3000)
    growth = 1 + ctx.rng.uniform(0, 0.01) * np.arange(ctx.n) / DAY
    shape = _daily(ctx, ctx.rng.uniform(11, 16), ctx.rng.uniform(3, 5), ctx.rng.uniform(0.1, 0.3))
    weekend = ctx.rng.uniform(0.25, 0.5)
    rate = base * growth * shape * _weekly(ctx, weekend)
    if _maybe(ctx, 0.7):
        saturdays = [d for d in ctx.late_days(True) if (ctx.first_weekday + d) % 7 == 5]
        if saturdays and plan.add(saturdays[0] * DAY, saturdays[0] * DAY + DAY, "weekend_as_weekday"):
            s = saturdays[0] * DAY
            rate[s : s + DAY] /= weekend
    if _maybe(ctx, 0.6) and (w := plan.pick(int(ctx.rng.integers(24, 72)), "level_shift", (8, 18))):
        rate[w[0] : w[1]] *= ctx.rng.uniform(0.35, 0.6)
    if _maybe(ctx, 0.5) and (w := plan.pick(int(ctx.rng.integers(6, 18)), "dropout", (9, 17))):
        rate[w[0] : w[1]] = 0
    return "http_requests_total", "counter", _counter(ctx, rate, int(ctx.rng.integers(0, 3)))


def _errors(ctx: _Ctx, plan: _Plan) -> tuple[str, str, np.ndarray]:
    base = ctx.rng.uniform(0.5, 4)
    rate = base * _daily(ctx, 14, 4, 0.3)
    for _ in range(int(ctx.rng.integers(1, 3))):
        if w := plan.pick(int(ctx.rng.integers(1, 4)), "count_spike"):
            rate[w[0] : w[1]] = base * ctx.rng.uniform(15, 40)
    if _maybe(ctx, 0.5) and (w := plan.pick(int(ctx.rng.integers(24, 60)), "level_shift")):
        rate[w[0] : w[1]] *= ctx.rng.uniform(4, 8)
    return "http_errors_total", "counter", _counter(ctx, rate, int(ctx.rng.integers(0, 2)))


def _batch_schedule(ctx: _Ctx) -> tuple[int, int]:
    return int(ctx.rng.integers(12, 48)), int(ctx.rng.integers(9, 18))  # start row in the day, length


def _batch_days(ctx: _Ctx, plan: _Plan, start: int, length: int) -> np.ndarray:
    """1 where the nightly batch runs; one run missing or moved when the plan says so."""
    on = np.zeros(ctx.n)
    days = ctx.n // DAY
    for day in range(days):  # starts jitter by up to 10 minutes, runs by up to 20 % in length
        begin = day * DAY + start + int(ctx.rng.integers(-2, 3))
        on[begin : begin + int(length * ctx.rng.uniform(0.8, 1.2))] = 1
    late = ctx.late_days()
    day = int(ctx.rng.choice(late))
    s = day * DAY + start
    if _maybe(ctx, 0.5):
        if plan.add(s, s + length, "missing_batch"):
            on[s : s + length] = 0
    else:
        moved = s + int(ctx.rng.integers(48, 120))
        if moved + length < ctx.n and plan.add(s, moved + length, "batch_wrong_hour"):
            on[s : s + length] = 0
            on[moved : moved + length] = 1
    return on


def _batch_rows(ctx: _Ctx, plan: _Plan) -> tuple[str, str, np.ndarray]:
    start, length = _batch_schedule(ctx)
    on = _batch_days(ctx, plan, start, length)
    rate = on * ctx.rng.uniform(500, 5000) + ctx.rng.uniform(0, 3)
    return "batch_rows_processed_total", "counter", _counter(ctx, rate, 0)


def _cpu(ctx: _Ctx, plan: _Plan) -> tuple[str, str, np.ndarray]:
    start, length = _batch_schedule(ctx)
    on = _batch_days(ctx, plan, start, length)
    day_level = ctx.rng.uniform(25, 55)
    weekend = ctx.rng.uniform(0.4, 0.8)
    cpu = 5 + day_level * _daily(ctx, 14, 4, 0.1) * _weekly(ctx, weekend) + on * ctx.rng.uniform(30, 45)
    if _maybe(ctx, 0.6) and (w := plan.pick(int(ctx.rng.integers(24, 48)), "in_range", (0.5, 5))):
        cpu[w[0] : w[1]] += day_level * 0.8
    cpu += _ar1(ctx, ctx.rng.uniform(1, 3))
    return "node_cpu_utilization_percent", "percentage", np.clip(cpu, 0, 100)


def _disk(ctx: _Ctx, plan: _Plan) -> tuple[str, str, np.ndarray]:
    """Disk used: steady growth, daily log rotation at midnight frees what the logs took."""
    per_step = ctx.rng.uniform(2e5, 2e6) * _daily(ctx, 14, 5, 0.4)
    if _maybe(ctx, 0.7) and (w := plan.pick(DAY, "growth_rate_change")):
        per_step[w[0] :] *= ctx.rng.uniform(2.5, 4)
        plan.windows[-1] = (w[0], ctx.n, "growth_rate_change")
    logs = np.cumsum(per_step * 0.6)
    rotation = np.arange(ctx.n) // DAY
    logs -= np.concatenate([[0.0], logs[np.arange(1, ctx.n // DAY) * DAY - 1]])[rotation]
    kept = np.cumsum(per_step * 0.4)
    used = ctx.rng.uniform(2e10, 8e10) + kept + logs + _ar1(ctx, 2e5)
    return "node_filesystem_used_bytes", "gauge", used


def _memory(ctx: _Ctx, plan: _Plan) -> tuple[str, str, np.ndarray]:
    """A leaking service: memory climbs, the service restarts at irregular times (every 9-30 h)."""
    leak = np.full(ctx.n, ctx.rng.uniform(2e5, 8e5))
    if _maybe(ctx, 0.7) and (w := plan.pick(DAY, "growth_rate_change")):
        leak[w[0] :] *= ctx.rng.uniform(2.5, 4)
        plan.windows[-1] = (w[0], ctx.n, "growth_rate_change")
    base = ctx.rng.uniform(3e8, 6e8)
    used = np.empty(ctx.n)
    level, next_restart = base, int(ctx.rng.integers(108, 360))
    grown = np.cumsum(leak)
    anchor = 0.0
    for i in range(ctx.n):
        if i == next_restart:
            anchor = grown[i - 1]
            next_restart = i + int(ctx.rng.integers(108, 360))
        used[i] = level + grown[i] - anchor
    return "process_resident_memory_bytes", "gauge", used + _ar1(ctx, 1e6)


def _db_size(ctx: _Ctx, plan: _Plan) -> tuple[str, str, np.ndarray]:
    """Database size: growth in business hours, weekly compaction on Sunday 03:00 frees 20-40 % of the week."""
    per_step = ctx.rng.uniform(1e5, 1e6) * _daily(ctx, 13, 4, 0.2) * _weekly(ctx, 0.5)
    if _maybe(ctx, 0.7) and (w := plan.pick(DAY, "growth_rate_change", (9, 15))):
        per_step[w[0] :] *= ctx.rng.uniform(2.5, 4)
        plan.windows[-1] = (w[0], ctx.n, "growth_rate_change")
    size = ctx.rng.uniform(5e10, 2e11) + np.cumsum(per_step)
    share = ctx.rng.uniform(0.2, 0.4)
    compactions = [i for i in range(ctx.n) if ctx.weekday[i] == 6 and i % DAY == 36]
    last = 0
    for c in compactions:
        freed = share * (size[c] - size[last])
        size[c:] -= freed
        last = c
    return "pg_database_size_bytes", "gauge", size + _ar1(ctx, 3e5)


def _error_ratio(ctx: _Ctx, plan: _Plan) -> tuple[str, str, np.ndarray]:
    base = ctx.rng.uniform(0.002, 0.02)
    ratio = base * (0.7 + 0.6 * _daily(ctx, 15, 4, 0.0)) * np.exp(_ar1(ctx, 0.15))
    if _maybe(ctx, 0.7) and (w := plan.pick(int(ctx.rng.integers(24, 72)), "level_shift")):
        ratio[w[0] : w[1]] *= ctx.rng.uniform(3, 6)
    if _maybe(ctx, 0.5) and (w := plan.pick(int(ctx.rng.integers(1, 4)), "count_spike")):
        ratio[w[0] : w[1]] = ctx.rng.uniform(0.2, 0.5)
    return "http_request_error_ratio", "ratio", np.clip(ratio, 0, 1)


def _cache_hit(ctx: _Ctx, plan: _Plan) -> tuple[str, str, np.ndarray]:
    hit = ctx.rng.uniform(0.85, 0.95) - 0.05 * _daily(ctx, 3, 2, 0.0) + _ar1(ctx, 0.008)
    if _maybe(ctx, 0.7) and (w := plan.pick(int(ctx.rng.integers(24, 96)), "level_shift")):
        hit[w[0] : w[1]] -= ctx.rng.uniform(0.08, 0.2)
    return "cache_hit_ratio", "ratio", np.clip(hit, 0, 1)


def _latency(ctx: _Ctx, plan: _Plan) -> tuple[str, str, np.ndarray]:
    base = ctx.rng.uniform(0.08, 0.4)
    load = _daily(ctx, 14, 4, 0.1) * _weekly(ctx, 0.5)
    log_lat = np.log(base) + 0.6 * load + _ar1(ctx, 0.08)
    if _maybe(ctx, 0.6) and (w := plan.pick(int(ctx.rng.integers(24, 60)), "level_shift")):
        log_lat[w[0] : w[1]] += np.log(ctx.rng.uniform(1.8, 3))
    if _maybe(ctx, 0.6) and (w := plan.pick(int(ctx.rng.integers(24, 48)), "in_range", (1, 5))):
        log_lat[w[0] : w[1]] += 0.55
    blips = ctx.rng.random(ctx.n) < 0.01  # one scrape in 100: a slow request lands in the p99 (normal)
    log_lat[blips] += ctx.rng.uniform(0.1, 0.5, blips.sum())
    return "http_request_duration_seconds_p99", "latency", np.exp(log_lat)


def _queue(ctx: _Ctx, plan: _Plan) -> tuple[str, str, np.ndarray]:
    level = ctx.rng.uniform(20, 200)
    depth = level * _daily(ctx, 12, 3, 0.15) * _weekly(ctx, 0.4)
    if _maybe(ctx, 0.6) and (w := plan.pick(int(ctx.rng.integers(24, 48)), "in_range", (1, 5))):
        depth[w[0] : w[1]] += level * 0.6
    if _maybe(ctx, 0.5) and (w := plan.pick(int(ctx.rng.integers(24, 60)), "level_shift", (9, 16))):
        depth[w[0] : w[1]] *= ctx.rng.uniform(1.8, 2.5)
    depth *= np.exp(_ar1(ctx, 0.1) + 0.3 * (ctx.rng.random(ctx.n) < 0.005))  # rare one-scrape bursts
    return "queue_depth", "gauge", np.maximum(depth, 0)


def _connections(ctx: _Ctx, plan: _Plan) -> tuple[str, str, np.ndarray]:
    level = ctx.rng.uniform(100, 800)
    weekend = ctx.rng.uniform(0.3, 0.5)
    conns = level * _daily(ctx, 13, 4, 0.2) * _weekly(ctx, weekend)
    saturdays = [d for d in ctx.late_days(True) if (ctx.first_weekday + d) % 7 == 5]
    if saturdays and _maybe(ctx, 0.7) and plan.add(saturdays[0] * DAY, saturdays[0] * DAY + DAY, "weekend_as_weekday"):
        s = saturdays[0] * DAY
        conns[s : s + DAY] /= weekend
    if _maybe(ctx, 0.5) and (w := plan.pick(int(ctx.rng.integers(6, 24)), "dropout", (10, 16))):
        conns[w[0] : w[1]] *= 0.05
    return "active_connections", "gauge", np.maximum(conns + _ar1(ctx, 0.04 * level), 0)


ARCHETYPES = (
    _requests,
    _errors,
    _batch_rows,
    _cpu,
    _disk,
    _memory,
    _db_size,
    _error_ratio,
    _cache_hit,
    _latency,
    _queue,
    _connections,
)


def generate(seed: int) -> OpsSeries:
    """One labelled series; the archetype is ``seed % 12`` (a dev-only family of ops_series_families for its
    seeds: ``seed % 5``), everything else drawn from the seed."""
    rng = np.random.default_rng(seed)
    days = int(rng.integers(10, 22))
    first_weekday = int(rng.integers(0, 7))
    ctx = _Ctx(rng, days, first_weekday)
    plan = _Plan(ctx)
    if seed in FAMILY_SEEDS:
        name, kind, values = FAMILIES[seed % len(FAMILIES)](ctx, plan, _daily, _weekly)
        utc_offset = round(float(rng.choice(FAMILY_OFFSETS_H)) * 3600)
    else:
        name, kind, values = ARCHETYPES[seed % len(ARCHETYPES)](ctx, plan)
        utc_offset = int(rng.choice(UTC_OFFSETS_H)) * 3600  # the estate's business time zone
    monday = 1_767_571_200  # 2026-01-05 00:00 UTC, a Monday
    start_s = monday + first_weekday * 86_400 + 7 * 86_400 * int(rng.integers(0, 40)) - utc_offset
    windows = sorted(plan.windows)
    present = _scrapes(ctx, windows)
    return OpsSeries(f"{name}_s{seed}", kind, start_s, np.asarray(values, dtype=float), windows, present)


def _scrapes(ctx: _Ctx, windows: list[tuple[int, int, str]]) -> np.ndarray:
    """Missed scrapes (normal): 0.3 % single steps, and up to two outages of 30 minutes to 3 hours away from
    the anomaly windows; the first and last steps are always there."""
    present = ctx.rng.random(ctx.n) >= 0.003
    for _ in range(int(ctx.rng.integers(0, 3))):
        length = int(ctx.rng.integers(6, 37))
        start = int(ctx.rng.integers(DAY, ctx.n - length - 1))
        if all(start + length + 12 <= s or start >= e + 12 for s, e, _ in windows):
            present[start : start + length] = False
    present[[0, -1]] = True
    return present


def seeds(name: str) -> list[int]:
    """The split's seeds: its range, and for ``dev`` the seeds of the dev-only families."""
    return [*SPLITS[name], *EXTRA_SEEDS[name]]


def split(name: str) -> list[OpsSeries]:
    return [generate(seed) for seed in seeds(name)]


def write(out: Path, limit: int = 0) -> None:
    labels = {}
    for part in SPLITS:
        folder = out / part
        folder.mkdir(parents=True, exist_ok=True)
        for series in (generate(seed) for seed in seeds(part)[: limit or None]):
            stamps = series.timestamps_ms[series.rows].astype("datetime64[ms]").astype(str)
            kept = series.values[series.rows]
            rows = "\n".join(f"{t}Z,{v:.6g}" for t, v in zip(stamps, kept, strict=True))
            (folder / f"{series.name}.csv").write_text("timestamp,value\n" + rows + "\n")
            labels[f"{part}/{series.name}.csv"] = {
                "kind": series.kind,
                "windows": [[int(s), int(e), k] for s, e, k in series.windows],
            }
    (out / "labels.json").write_text(json.dumps(labels, indent=1) + "\n")


def series_limit(text: str) -> int:
    """``--limit N`` of both ops-series scripts: a count of series (0: all). A negative N sliced series off the end."""
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"{value} is not a count of series: give N >= 1 (0, or no --limit: all)")
    return value


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="folder to write dev/, heldout/, labels.json")
    parser.add_argument("--limit", type=series_limit, default=0, help="write only the first N series of each split")
    options = parser.parse_args()
    write(options.out, options.limit)
    print(f"wrote {options.out}/dev, {options.out}/heldout and {options.out}/labels.json")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
