"""Renderers of the ninth blind ops set (bench/ops_series_blind9.py): one per metric archetype (traffic, batch,
storage, latency, ratio, sensor). Each turns a Draft (clock, random source, parameters, anomalies) into values,
label windows and the normal behaviours' windows.

An anomaly is (kind, day, hour, hours, magnitude) in the series' local time; ``day`` is resolved per kind (the k-th
rest day for rest_day_busy, the next scheduled run for the batch kinds, the k-th housekeeping for
compaction_skipped, the next workday for peak_missing).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from ops_blind9_world import Clock, load_curve
from ops_series_data import DAY, PROBATION_DAYS, STEP_S

HOUR = 12  # rows


@dataclass
class Draft:
    name: str
    kind: str
    shape: str
    clk: Clock
    rng: np.random.Generator
    p: dict
    anomalies: list[tuple]
    windows: list[tuple[int, int, str]] = field(default_factory=list)
    normals: list[tuple[int, int, str]] = field(default_factory=list)

    @property
    def n(self) -> int:
        return self.clk.n

    def mark(self, kind: str, a: int, b: int) -> None:
        self.windows.append((int(a), int(min(b, self.n - 1)), kind))

    def normal(self, kind: str, a: int, b: int) -> None:
        a, b = max(int(a), 0), min(int(b), self.n)
        if a < b:
            self.normals.append((a, b, kind))

    def of(self, *kinds: str) -> list[tuple]:
        return [x for x in self.anomalies if x[0] in kinds]

    def span(self, day: int, hour: float, hours: float) -> tuple[int, int]:
        a = self.clk.row(day, hour)
        return a, min(a + max(2, round(hours * HOUR)), self.n - 1)

    def busy(self, row: int, margin: int = 3 * HOUR) -> bool:
        """Whether a row is near an anomaly of this series (normal events are kept off them)."""
        spans = [self.span(*self.resolve(x)[1:4]) for x in self.anomalies]
        return any(a - margin <= row <= b + margin for a, b in spans)

    def resolve(self, anomaly: tuple) -> tuple:
        kind, day, hour, hours, mag = anomaly
        clk = self.clk
        if kind == "rest_day_busy":
            days = clk.days_where(lambda d, a: d >= PROBATION_DAYS and clk.daytype[a] == 1)
            day = days[day]
        elif kind == "peak_missing":
            days = clk.days_where(lambda d, a: d >= day and clk.daytype[a] == 0)
            day = days[0]
        return kind, day, hour, hours, mag

    def spans_of(self, *kinds: str) -> list[tuple[int, int, float, tuple]]:
        out = []
        for x in self.of(*kinds):
            kind, day, hour, hours, mag = self.resolve(x)
            a, b = self.span(day, hour, hours)
            out.append((a, b, mag, (kind, day, hour, hours, mag)))
        return out

    def events(self, count: int, hours=(10.0, 16.0), workdays: bool = True) -> list[int]:
        """``count`` rows for deploys and restarts: on workdays in office hours, off the anomalies."""
        clk, out = self.clk, []
        candidates = np.flatnonzero(
            (clk.hour >= hours[0]) & (clk.hour < hours[1]) & ((clk.daytype == 0) | (not workdays))
        )
        candidates = candidates[(candidates > HOUR) & (candidates < self.n - 2 * HOUR)]
        tries = 0
        while len(out) < count and tries < 200 and len(candidates):
            tries += 1
            row = int(self.rng.choice(candidates))
            if not self.busy(row) and all(abs(row - r) > DAY // 2 for r in out):
                out.append(row)
        return sorted(out)


def wobble(dr: Draft, sigma: float, smooth: int = 6) -> np.ndarray:
    """Multiplicative noise: a day-to-day factor, slow AR drift, and scrape noise."""
    day_factor = dr.rng.normal(1.0, 0.035, int(dr.clk.day[-1]) + 1)[dr.clk.day]
    slow = np.convolve(dr.rng.normal(0, sigma, dr.n + smooth), np.ones(smooth) / np.sqrt(smooth), "same")[: dr.n]
    return day_factor * np.exp(slow + dr.rng.normal(0, sigma * 0.6, dr.n))


def _calendar_normals(dr: Draft) -> None:
    clk = dr.clk
    for d in range(int(clk.day[-1]) + 1):
        a, b = clk.day_rows(d)
        if clk.daytype[a] == 2:
            dr.normal("public_holiday", a, b)
        elif clk.daytype[a] == 3:
            dr.normal("festival_lull", a, b)


def dst_normals(dr: Draft) -> None:
    for row in dr.clk.switch_rows:
        dr.normal("dst_switch", row, row + 2 * DAY)


def demand(dr: Draft) -> np.ndarray:
    """Load with the calendar, paydays, month-end, growth, scheduled drops and the load-level anomalies."""
    clk, p = dr.clk, dr.p
    load = load_curve(clk, dr.shape)
    if dr.shape != "flat":
        _calendar_normals(dr)
    growth = 1.0 + p.get("growth", 0.0) * np.arange(dr.n) / (7 * DAY)
    if p.get("payday"):
        for d in clk.days_where(lambda d, a: bool(clk.payday[a])):
            a, b = clk.day_rows(d)
            load[a:b] *= 1.0 + (p["payday"] - 1.0) * np.clip((clk.hour[a:b] - 6) / 4, 0, 1)
            dr.normal("payday", a, b)
    if p.get("month_end"):
        for d in clk.days_where(lambda d, a: bool(clk.month_end[a])):
            a, b = clk.day_rows(d)
            load[a:b] *= p["month_end"]
            dr.normal("month_end", a, b)
    for dow, hour, mult in p.get("drops", ()):
        for d in clk.days_where(lambda d, a, dow=dow: clk.dow[a] == dow):
            a = clk.row(d, hour)
            size = 1 + int(dr.rng.integers(2, 5))
            load[a : a + size] *= mult * np.linspace(1.0, 0.55, size)
            load[a + size : a + size + 2 * HOUR] *= np.linspace(1.5, 1.0, len(load[a + size : a + size + 2 * HOUR]))
            dr.normal("release_drop", a, a + size + 2 * HOUR)
    load = load * growth
    for a, b, mag, (kind, day, *_) in dr.spans_of("rest_day_busy"):
        busy = load_curve(clk, dr.shape, force_workday=True) * growth
        d0, d1 = clk.day_rows(day)
        load[d0:d1] = busy[d0:d1] * (0.95 if mag is None else mag)
        dr.mark(kind, a, b)
    for a, b, _mag, (kind, *_) in dr.spans_of("peak_missing"):
        load[a:b] = np.minimum(load[a:b], load[a] * np.linspace(1.0, 1.1, b - a))
        dr.mark(kind, a, b)
    for a, b, mag, (kind, *_) in dr.spans_of("regional_dropout", "burst_count", "heartbeat_silence"):
        load[a:b] *= mag
        dr.mark(kind, a, b)
    for a, b, mag, (kind, *_) in dr.spans_of("level_step"):
        if dr.kind == "counter" or p.get("load_step"):
            load[a:b] *= mag
            dr.mark(kind, a, b)
    return load


def traffic(dr: Draft) -> np.ndarray:
    """A count of requests, bookings or pings (counter), or a load-following gauge (sessions, connections)."""
    p = dr.p
    load = demand(dr)
    dst_normals(dr)
    rate = p["base"] * load * wobble(dr, p.get("sigma", 0.05))
    for row in dr.events(p.get("deploys", 0)):
        rate[row : row + 2] *= 0.55
        dr.normal("deploy_blip", row, row + 3)
    if dr.kind == "counter":
        inc = dr.rng.poisson(np.clip(rate * STEP_S, 0, 5e7)).astype(float)
        for a, b, _mag, _ in dr.spans_of("heartbeat_silence"):
            inc[a:b] = 0.0
        values = p.get("start", 0.0) + np.cumsum(inc)
        for row in dr.events(p.get("resets", 0), hours=(2.0, 5.0), workdays=False):
            values[row:] = np.cumsum(inc[row:])
            dr.normal("counter_reset", row, row + 2)
        return values
    values = rate * (1 + dr.rng.normal(0, 0.01, dr.n))
    values = gauge_anomalies(dr, values, p.get("round", False))
    return np.round(values) if p.get("round") else values


def gauge_anomalies(dr: Draft, values: np.ndarray, integer: bool = False, top: float | None = None) -> np.ndarray:
    """The anomalies that act on a gauge's values: frozen exporter, jitter, pinned at a ceiling, drift, steps."""
    values = values.copy()
    for a, b, mag, (kind, *_) in dr.spans_of("level_step"):
        if dr.kind != "counter" and not dr.p.get("load_step"):
            if dr.kind in ("percentage", "ratio"):
                values[a:b] = values[a:b] + mag
            else:
                values[a:b] = values[a:b] * mag
            dr.mark(kind, a, b)
    for a, b, mag, (kind, *_) in dr.spans_of("latency_drift"):
        ramp = max(2, (b - a) // 3)
        factor = np.concatenate([np.linspace(1.0, mag, ramp), np.full(b - a - ramp, mag)])
        values[a:b] *= factor * np.exp(dr.rng.normal(0, 0.04, b - a))
        dr.mark(kind, a, b)
    for a, b, mag, (kind, *_) in dr.spans_of("jitter_burst"):
        centre = float(np.median(values[a:b]))
        swing = mag * centre * np.where(np.arange(b - a) % 2, 1.0, -1.0) * dr.rng.uniform(0.6, 1.0, b - a)
        values[a:b] = centre + swing
        dr.mark(kind, a, b)
    for a, b, mag, (kind, *_) in dr.spans_of("pinned_at_ceiling"):
        values[a:b] = mag - np.abs(dr.rng.normal(0, 0.15, b - a))
        dr.mark(kind, a, b)
    for a, b, _mag, (kind, *_) in dr.spans_of("flatline_exporter"):
        values[a:b] = values[a]
        dr.mark(kind, a, b)
    if top is not None:
        values = np.clip(values, 0.0, top)
    return np.round(values) if integer else values


def batch(dr: Draft) -> np.ndarray:
    """A nightly job: rows exported (counter), its host's CPU (percentage) or the age of its last success (gauge).
    ``days`` "all" or "work" (not on rest days or public holidays); month-end runs are longer."""
    clk, p = dr.clk, dr.p
    scheduled = clk.days_where(lambda d, a: p.get("days", "all") == "all" or (clk.daytype[clk.row(d, p["hour"])] == 0))
    for d in clk.days_where(lambda d, a: p.get("days") == "work" and clk.daytype[clk.row(d, p["hour"])] >= 2):
        dr.normal("public_holiday" if clk.daytype[clk.row(d, p["hour"])] == 2 else "festival_lull", *clk.day_rows(d))
    dst_normals(dr)
    absent = {}
    for kind, day, _hour, _hours, mag in dr.of("batch_absent", "batch_shifted"):
        run = next(d for d in scheduled if d >= day)
        absent[run] = (kind, mag)
    active = np.zeros(dr.n)
    ends = []
    for d in scheduled:
        start = clk.row(d, p["hour"]) + int(dr.rng.integers(-2, 3))
        length = max(2, round(p["minutes"] / 5 * dr.rng.uniform(0.87, 1.15)))
        a0 = clk.row(d, p["hour"])
        if p.get("month_end") and clk.month_end[max(a0 - HOUR * 6, 0)] and d > 0:
            length = round(length * p["month_end"])
            dr.normal("month_end", start, start + length)
        if d in absent:
            kind, mag = absent[d]
            if kind == "batch_absent":
                dr.mark(kind, a0, a0 + length + 2)
                continue
            moved = clk.row(d, mag) if mag >= p["hour"] else clk.row(d + 1, mag)
            dr.mark(kind, min(a0, moved), max(a0, moved) + length)
            start = moved
        if start + length >= dr.n:
            continue
        active[max(start, 0) : start + length] = 1.0
        ends.append(start + length)
    noise = wobble(dr, 0.04)
    if dr.kind == "counter":
        inc = active * p["rate"] * STEP_S * noise + p.get("trickle", 0.0) * STEP_S * load_curve(clk, dr.shape)
        return p.get("start", 0.0) + np.cumsum(dr.rng.poisson(np.clip(inc, 0, 5e7)).astype(float))
    if dr.kind == "percentage":
        idle = p.get("idle", 6.0) * load_curve(clk, dr.shape) / 0.8 + dr.rng.normal(0, 0.8, dr.n)
        busy = p.get("busy", 88.0) + dr.rng.normal(0, 2.5, dr.n)
        return np.clip(np.where(active > 0, busy, idle), 0.0, 100.0)
    age = np.zeros(dr.n)
    last = -int(dr.rng.integers(HOUR * 14, HOUR * 20))
    end_set = set(ends)
    for i in range(dr.n):
        if i in end_set:
            last = i
        age[i] = (i - last) * STEP_S + dr.rng.uniform(0, 40)
    return age


def storage(dr: Draft) -> np.ndarray:
    """A growing size: weekly compaction (database), daily rotation (log volume, percent) or leak restarts (memory).
    The write rate follows the load; growth_acceleration multiplies it to the end."""
    clk, p = dr.clk, dr.p
    load = load_curve(clk, dr.shape)
    dst_normals(dr)
    inc = p["slope"] / DAY * (0.35 + 0.8 * load) * wobble(dr, 0.06)
    for a, _b, mag, (kind, *_) in dr.spans_of("growth_acceleration"):
        inc[a:] *= mag
        dr.windows.append((a, dr.n, kind))
    mode = p["mode"]
    if mode == "compaction":
        slots = [clk.row(d, p["hour"]) for d in clk.days_where(lambda d, a: clk.dow[a] == p["dow"])]
    elif mode == "rotation":
        slots = [clk.row(d, p["hour"]) for d in range(1, int(clk.day[-1]) + 1)]
    else:
        slots = [clk.row(d, p["hour"]) for d in range(1, int(clk.day[-1]) + 1) if d % p["every"] == p["phase"]]
    skipped = set()
    for kind, k, _hour, hours, _mag in dr.of("compaction_skipped"):
        scored = [s for s in slots if s >= PROBATION_DAYS * DAY + HOUR]
        slot = scored[k]
        skipped.add(slot)
        following = [s for s in slots if s > slot]
        end = following[0] + 2 * HOUR if mode == "rotation" and following else slot + round(hours * HOUR)
        dr.mark(kind, slot, end)
    slot_set = set(slots)
    level, since = p["base"], p["base"]
    values = np.empty(dr.n)
    warm = 0
    for i in range(dr.n):
        if i in slot_set and i not in skipped:
            if mode == "compaction":
                level = since + (level - since) * (1 - p["reclaim"])
                since = level
                dr.normal("weekly_compaction", i, i + HOUR)
            elif mode == "rotation":
                level = p["base"] * dr.rng.uniform(0.97, 1.03)
                dr.normal("log_rotation", i, i + 2)
            else:
                level = p["base"] * dr.rng.uniform(0.95, 1.05)
                warm = 2 * HOUR
                dr.normal("leak_restart", i, i + 2 * HOUR)
        step = inc[i]
        if warm:
            step += p["warm"] / (2 * HOUR)
            warm -= 1
        level += step
        values[i] = level
    values = values * (1 + dr.rng.normal(0, p.get("jitter", 0.0005), dr.n))
    values = gauge_anomalies(dr, values, top=100.0 if dr.kind == "percentage" else None)
    _new_highs(dr, values)
    return np.round(values) if p.get("round") else values


def _new_highs(dr: Draft, values: np.ndarray) -> None:
    """Record where a growing series reaches a new all-time high after the probation week."""
    start = PROBATION_DAYS * DAY
    running = np.maximum.accumulate(values)
    rows = np.flatnonzero(values[start:] >= running[start - 1 : -1]) + start
    rows = rows[values[rows] > np.max(values[:start])]
    if not len(rows):
        return
    groups = np.split(rows, np.flatnonzero(np.diff(rows) > HOUR) + 1)
    for g in groups:
        dr.normal("growth_new_high", int(g[0]), int(g[-1]) + 1)


def latency(dr: Draft) -> np.ndarray:
    """A latency percentile that follows load, with a nightly backup window, deploy blips and one-scrape spikes."""
    clk, p = dr.clk, dr.p
    load = load_curve(clk, dr.shape)
    _calendar_normals(dr)
    dst_normals(dr)
    values = p["base"] * (1 + p.get("coupling", 0.5) * load) * wobble(dr, p.get("sigma", 0.06))
    blips = dr.rng.random(dr.n) < 0.003
    values[blips] *= dr.rng.uniform(1.8, 3.2, blips.sum())
    if p.get("backup"):
        hour, hours, mult = p["backup"]
        for d in range(int(clk.day[-1]) + 1):
            a = clk.row(d, hour)
            b = min(a + round(hours * HOUR), dr.n)
            values[a:b] *= mult
            dr.normal("backup_window", a, b)
    for row in dr.events(p.get("deploys", 0)):
        values[row : row + 2] *= 1.7
        dr.normal("deploy_blip", row, row + 3)
    return gauge_anomalies(dr, values)


def ratio(dr: Draft) -> np.ndarray:
    """``mode`` hit (cache hit ratio), error (error or decline ratio) or util (utilisation in percent)."""
    clk, p = dr.clk, dr.p
    load = demand(dr) if p["mode"] == "util" else load_curve(clk, dr.shape)
    if p["mode"] != "util":
        _calendar_normals(dr)
    dst_normals(dr)
    mode = p["mode"]
    if mode == "hit":
        values = p["level"] - p.get("load_cost", 0.04) * load + dr.rng.normal(0, p.get("sigma", 0.008), dr.n)
        for row in dr.events(p.get("deploys", 0)):
            size = int(dr.rng.integers(8, 13))
            values[row : row + size] = values[row : row + size] - np.linspace(0.5, 0.0, size) * p["level"]
            dr.normal("cache_warmup", row, row + size)
        for a, b, mag, (kind, *_) in dr.spans_of("hit_ratio_collapse"):
            values[a:b] = mag + dr.rng.normal(0, 0.02, b - a)
            values[a : a + 2] = (values[a - 1] + mag) / 2
            dr.mark(kind, a, b)
        top = 1.0
    elif mode == "error":
        values = p["level"] * (1 + 0.6 * load) * wobble(dr, 0.2)
        for row in dr.events(p.get("deploys", 0)):
            values[row : row + 2] += p["level"] * dr.rng.uniform(3, 6)
            dr.normal("deploy_blip", row, row + 3)
        for a, b, mag, (kind, *_) in dr.spans_of("error_ratio_burst"):
            values[a:b] = mag * dr.rng.uniform(0.7, 1.2, b - a)
            dr.mark(kind, a, b)
        top = 1.0
    else:
        values = p["idle"] + p["span"] * load * wobble(dr, 0.04) + dr.rng.normal(0, 1.0, dr.n)
        for row in dr.events(p.get("deploys", 0)):
            values[row : row + 2] += dr.rng.uniform(8, 15)
            dr.normal("deploy_blip", row, row + 3)
        top = 100.0
    values = gauge_anomalies(dr, values, top=top)
    return np.clip(values, 0.0, top)


def sensor(dr: Draft) -> np.ndarray:
    """A physical reading (temperature, pressure): a setpoint, a daily swing, slow drift and sensor noise."""
    clk, p = dr.clk, dr.p
    dst_normals(dr)
    slow = np.cumsum(dr.rng.normal(0, p["drift"], dr.n))
    slow -= np.convolve(slow, np.ones(DAY) / DAY, "same")
    swing = p["swing"] * np.sin(2 * np.pi * (clk.hour - p.get("peak", 15.0) + 6) / 24)
    values = p["setpoint"] + swing + slow + dr.rng.normal(0, p["noise"], dr.n)
    for row in dr.events(p.get("restarts", 0), hours=(0.0, 24.0), workdays=False):
        values[row : row + 3] = values[row - 1]
        dr.normal("deploy_blip", row, row + 3)
    return gauge_anomalies(dr, values, top=100.0 if dr.kind == "percentage" else None)


RENDERERS = {
    "traffic": traffic,
    "batch": batch,
    "storage": storage,
    "latency": latency,
    "ratio": ratio,
    "sensor": sensor,
}
