"""Renderers of the tenth blind ops set (bench/ops_series_blind10.py): one per metric archetype (traffic, batch,
storage, leak, latency, ratio, util, sensor, queue). Each turns a service clock, a random source and one row of the
set's table into values, missed scrapes, anomaly windows and the normal behaviours it drew (for the bench's
false-alarm breakdown). Anomalies are given as (kind, local day, local hour, hours, magnitude)."""

from __future__ import annotations

import numpy as np
from ops_blind10_world import DAY, Clock

SHIFT_DIPS = {  # service -> [(hour, minutes, factor, every_n_days_or_0, normal kind)]
    "tatun": [
        (6.0, 25, 0.55, 0, "shift_change"),
        (14.0, 25, 0.55, 0, "shift_change"),
        (22.0, 25, 0.6, 0, "shift_change"),
    ],
    "condor": [
        (8.0, 45, 0.6, 0, "shift_change"),
        (20.0, 45, 0.6, 0, "shift_change"),
        (7.5, 120, 0.4, 4, "rota_change"),
    ],
}
BOOST = {"payday": 1.3, "month_end": 1.22}


class Out:
    def __init__(self, clock: Clock):
        self.clock, self.windows, self.normals = clock, [], []

    def window(self, start: int, end: int, kind: str) -> None:
        self.windows.append((int(start), int(end), kind))

    def normal(self, start: int, end: int, kind: str) -> None:
        end = min(int(end), self.clock.n)
        if end > start:
            self.normals.append((int(start), end, kind))


def _span(clock: Clock, anomaly: tuple) -> tuple[int, int]:
    _, day, hour, hours, _ = anomaly
    start = clock.row(day, hour)
    return start, start + max(1, round(hours * 12))


def _calendar(clock: Clock, out: Out) -> np.ndarray:
    """Calendar normals (holidays, festivals, DST) recorded; the traffic factor of paydays and month-ends."""
    factor = np.ones(clock.n)
    for day in range(int(clock.day[-1]) + 1):
        kinds = clock.service.notes.get(clock.dates[day].isoformat(), ())
        for kind in (kinds,) if isinstance(kinds, str) else kinds:
            a, b = clock.row(day, 0), clock.row(day + 1, 0)
            out.normal(a, b, kind)
            factor[a:b] *= np.where((clock.hour[a:b] > 7) & (clock.hour[a:b] < 22), BOOST.get(kind, 1.0), 1.0)
    for r in clock.switch_rows:
        out.normal(r, r + 2 * DAY, "dst_switch")
    return factor


def _wobble(clock: Clock, rng: np.random.Generator, sd: float) -> np.ndarray:
    return np.exp(rng.normal(0, sd, int(clock.day[-1]) + 2))[clock.day]


def _dips(clock: Clock, out: Out, level: np.ndarray, closed: tuple = ("rest", "closed")) -> None:
    for hour, minutes, factor, every, kind in SHIFT_DIPS.get(clock.service.code, []):
        for day in range(int(clock.day[-1]) + 1):
            if clock.types[day] in closed or (every and day % every != 1):
                continue
            if clock.types[day] in ("half", "eve") and hour > 13:
                continue
            a = clock.row(day, hour)
            b = min(a + round(minutes / 5), clock.n)
            level[a:b] *= factor
            out.normal(a, b, kind)


def _profile(clock: Clock, anomalies: list, out: Out) -> np.ndarray:
    override, shift = {}, {}
    for a in anomalies:
        kind, day, hour, hours, mag = a
        if kind == "restday_traffic":
            assert clock.types[day] in ("rest", "ramadan_rest"), (clock.service.code, day, clock.types[day])
            override[day] = "work" if clock.types[day] == "rest" else "ramadan_work"
            out.window(*_span(clock, a), kind)
        elif kind == "phase_shift":
            shift[day] = mag
            out.window(*_span(clock, a), kind)
    return clock.load(override, shift)


def _multiply(clock: Clock, level: np.ndarray, anomalies: list, out: Out) -> None:
    for a in anomalies:
        kind, *_, mag = a
        if kind in ("level_shift", "count_spike", "partial_outage", "counter_stall"):
            s, e = _span(clock, a)
            level[s:e] *= 0.0 if kind == "counter_stall" else mag
            out.window(s, e, kind)


def _deploys(clock: Clock, rng: np.random.Generator, spec: dict, out: Out, values: np.ndarray, how: str) -> None:
    for day, hour in spec.get("deploys", ()):
        r = clock.row(day, hour)
        if how == "blip":
            values[r : r + 2] *= rng.uniform(1.8, 2.6)
            out.normal(r, r + 3, "deploy_blip")
        elif how == "dip":
            values[r : r + 2] *= 0.45
            out.normal(r, r + 3, "deploy_blip")
        elif how == "warm":
            minutes = rng.uniform(40, 65)
            steps = np.arange(round(minutes / 5) + 6)
            depth = values[r] * rng.uniform(0.45, 0.55)
            values[r : r + len(steps)] -= depth * np.exp(-steps / (minutes / 5 / 3))
            out.normal(r, r + round(minutes / 5), "cache_warmup")


def traffic(clock: Clock, rng: np.random.Generator, spec: dict, kind: str) -> tuple[np.ndarray, Out]:
    out, an = Out(clock), spec.get("anomalies", [])
    scale, growth = spec["scale"], spec.get("growth", 0.0)
    level = _profile(clock, an, out) * _calendar(clock, out) * _wobble(clock, rng, 0.05)
    level *= scale * (1 + growth * clock.local / 86400)
    _dips(clock, out, level)
    _multiply(clock, level, an, out)
    _deploys(clock, rng, spec, out, level, "dip")
    if kind == "counter":
        values = spec.get("offset", 1e5) + np.cumsum(rng.poisson(level)).astype(float)
        for day, hour in spec.get("resets", ()):
            r = clock.row(day, hour)
            values[r:] -= values[r - 1] - rng.integers(0, 5)
            out.normal(r, r + 3, "counter_reset")
    else:
        values = np.round(np.maximum(level * rng.lognormal(0, spec.get("noise", 0.04), clock.n), 0))
    return values, out


def batch(clock: Clock, rng: np.random.Generator, spec: dict, kind: str) -> tuple[np.ndarray, Out]:
    out, an = Out(clock), {a[1]: a for a in spec.get("anomalies", [])}
    load = clock.load()
    _calendar(clock, out)
    hour, hours, output = spec["hour"], spec["hours"], spec["output"]
    runs = np.zeros(clock.n, bool)
    ends = []
    for day in range(int(clock.day[-1]) + 1):
        if spec.get("workdays") and clock.types[day] not in ("work", "half", "ramadan_work", "term", "staff"):
            continue
        start = clock.row(day, hour + rng.uniform(-1, 1) / 6)
        length = max(2, round(hours * 12 * rng.uniform(0.87, 1.13)))
        if start + length >= clock.n:
            continue
        a = an.pop(day, None)
        if a and a[0] == "batch_missing":
            out.window(start, start + length + (DAY if output == "age" else 0), a[0])
            continue
        if a and a[0] == "batch_late":
            late = clock.row(day, hour + a[4])
            out.window(start, late + length, a[0])
            start = late
        if a and a[0] == "batch_stalled":
            stop = start + round(length * a[4])
            out.window(stop, start + length, a[0])
            runs[start:stop] = True
            continue
        runs[start : start + length] = True
        ends.append(start + length)
    assert not an, f"batch anomalies on days without a run: {an}"
    for iso, mhour, mhours in spec.get("monthly", ()):
        start = clock.row(clock.day_of(iso), mhour)
        length = round(mhours * 12)
        runs[start : start + length] = True
        ends.append(start + length)
        out.normal(start, start + length, "monthly_billing")
    if output == "cpu":
        values = 6 + 14 * load / load.max() + rng.normal(0, 1.2, clock.n)
        values = np.where(runs, rng.normal(spec.get("busy", 86), 3.5, clock.n), values)
        values = np.clip(values, 0.5, 100)
    elif output == "rows":
        rate = np.where(runs, spec["rate"], spec["rate"] * 0.002)
        values = spec.get("offset", 5e6) + np.cumsum(rng.poisson(rate)).astype(float)
    else:  # age of the last success, seconds
        last = np.full(clock.n, -1)
        ends = sorted(e for e in ends if e < clock.n)
        last[ends] = ends
        last = np.maximum.accumulate(last)
        first = spec.get("age0", 14 * 3600)
        values = np.where(last >= 0, (np.arange(clock.n) - last) * 300.0, first + np.arange(clock.n) * 300.0)
    return values, out


def storage(clock: Clock, rng: np.random.Generator, spec: dict, kind: str) -> tuple[np.ndarray, Out]:
    out = Out(clock)
    _calendar(clock, out)
    load = clock.load()
    writes = spec["per_day"] / DAY * load / load.mean() * rng.lognormal(0, 0.15, clock.n)
    for a in spec.get("anomalies", []):  # growth_change, to the series' end
        s = clock.row(a[1], a[2])
        writes[s:] *= a[4]
        out.window(s, clock.n, a[0])
    cum = np.cumsum(writes)
    drop = np.zeros(clock.n)
    last = 0
    for day in range(int(clock.day[-1]) + 1):
        if "rotate" in spec:
            r = clock.row(day, spec["rotate"][0])
            if 0 < r < clock.n:
                drop[r] += spec["rotate"][1] * (cum[r] - cum[last])
                last = r
                out.normal(r, r + 6, "log_rotation")
        if "compact" in spec and clock.weekday(day) == spec["compact"][0]:
            r = clock.row(day, spec["compact"][1])
            if 0 < r < clock.n - 24:
                ramp = np.linspace(0, 1, 24)
                done = spec["compact"][2] * (spec["base"] * 0.2 + cum[r])
                drop[r : r + 24] += np.diff(np.concatenate([[0], ramp])) * done
                out.normal(r, r + 24, "weekly_compaction")
    values = spec["base"] + cum - np.cumsum(drop) + rng.normal(0, spec["per_day"] * 0.002, clock.n)
    _new_highs(values, out)
    return np.round(values), out


def _new_highs(values: np.ndarray, out: Out) -> None:
    high = np.maximum.accumulate(values)
    above = np.flatnonzero(values[1:] > high[:-1]) + 1
    if len(above):
        groups = np.split(above, np.flatnonzero(np.diff(above) > 12) + 1)
        for g in groups:
            out.normal(int(g[0]), int(g[-1]) + 1, "growth_new_high")


def leak(clock: Clock, rng: np.random.Generator, spec: dict, kind: str) -> tuple[np.ndarray, Out]:
    out = Out(clock)
    _calendar(clock, out)
    load = clock.load()
    slope = spec["per_day"] / DAY * (0.6 + 0.4 * load / load.max())
    for a in spec.get("anomalies", []):
        s = clock.row(a[1], a[2])
        slope[s:] *= a[4]
        out.window(s, clock.n, a[0])
    restarts = []
    r = clock.row(int(rng.integers(1, 3)), rng.uniform(0, 24))
    while r < clock.n:
        restarts.append(r)
        r = r + round(rng.uniform(48, 72) * 12)
    values = np.empty(clock.n)
    bounds = [0, *restarts, clock.n]
    for a, b in zip(bounds[:-1], bounds[1:], strict=True):
        grown = np.cumsum(slope[a:b])
        warm = spec["base"] * 0.12 * (1 - np.exp(-np.arange(b - a) / 4))
        values[a:b] = spec["base"] * 0.88 + warm + grown
        if a:
            out.normal(a, a + 12, "leak_restart")
    values += rng.normal(0, spec["base"] * 0.004, clock.n)
    return np.round(values), out


def latency(clock: Clock, rng: np.random.Generator, spec: dict, kind: str) -> tuple[np.ndarray, Out]:
    out, an = Out(clock), spec.get("anomalies", [])
    load = clock.load() * _calendar(clock, out)
    values = spec["base"] * (1 + spec.get("amp", 0.6) * load / load.max()) * rng.lognormal(0, 0.07, clock.n)
    blips = rng.random(clock.n) < 0.003
    values[blips] *= rng.uniform(1.5, 2.4, blips.sum())
    for a in an:
        s, e = _span(clock, a)
        if a[0] == "tail_latency_ramp":
            third = max(1, (e - s) // 3)
            values[s:e] *= np.concatenate([np.linspace(1, a[4], third), np.full(e - s - third, a[4])])
        elif a[0] == "level_shift":
            values[s:e] *= a[4]
        else:
            raise ValueError(a)
        out.window(s, e, a[0])
    _deploys(clock, rng, spec, out, values, "blip")
    return values, out


def ratio(clock: Clock, rng: np.random.Generator, spec: dict, kind: str) -> tuple[np.ndarray, Out]:
    out, an = Out(clock), spec.get("anomalies", [])
    load = clock.load()
    _calendar(clock, out)
    if spec["mode"] == "success":
        err = spec["err"] * (1 + 0.8 * load / load.max()) * rng.lognormal(0, 0.25, clock.n)
        for a in an:
            s, e = _span(clock, a)
            err[s:e] = a[4] * rng.lognormal(0, 0.12, e - s)
            out.window(s, e, a[0])
        values = 1 - err
    else:  # cache hit ratio
        values = spec["hit"] - 0.03 * load / load.max() + rng.normal(0, 0.008, clock.n)
        for a in an:
            s, e = _span(clock, a)
            values[s:e] = a[4] + rng.normal(0, 0.015, e - s)
            out.window(s, e, a[0])
        _deploys(clock, rng, spec, out, values, "warm")
    scale = 100.0 if kind == "percentage" else 1.0
    return np.clip(values, 0, 1) * scale, out


def util(clock: Clock, rng: np.random.Generator, spec: dict, kind: str) -> tuple[np.ndarray, Out]:
    out, an = Out(clock), spec.get("anomalies", [])
    load = _profile(clock, an, out) * _calendar(clock, out)
    level = load / load.max()
    _dips(clock, out, level)
    values = spec.get("idle", 8) + spec.get("span", 60) * level * _wobble(clock, rng, 0.04)
    values += rng.normal(0, 1.5, clock.n)
    for a in an:
        s, e = _span(clock, a)
        if a[0] == "pinned_full":
            values[s:e] = 100 - np.abs(rng.normal(0, 0.25, e - s))
        elif a[0] in ("level_shift", "partial_outage"):
            values[s:e] *= a[4]
        else:
            continue
        out.window(s, e, a[0])
    _deploys(clock, rng, spec, out, values, "blip")
    return np.clip(values, 0, 100), out


def sensor(clock: Clock, rng: np.random.Generator, spec: dict, kind: str) -> tuple[np.ndarray, Out]:
    out, an = Out(clock), spec.get("anomalies", [])
    _calendar(clock, out)
    load = clock.load()
    weather = np.cumsum(rng.normal(0, 1, clock.n))
    weather = np.convolve(weather - weather.mean(), np.ones(144) / 144, mode="same")
    weather *= spec["drift"] / max(np.abs(weather).max(), 1e-9)
    values = spec["mean"] + spec["amp"] * (load / load.max() - 0.5) + weather + rng.normal(0, spec["noise"], clock.n)
    for a in an:
        s, e = _span(clock, a)
        if a[0] == "sensor_flatline":
            values[s:e] = round(values[s - 1], 1)
        elif a[0] == "sensor_oscillation":
            values[s:e] += a[4] * np.where(np.arange(e - s) % 2, 1.0, -1.0) * rng.uniform(0.7, 1.0, e - s)
        elif a[0] == "level_shift":
            values[s:e] += a[4]
        else:
            raise ValueError(a)
        out.window(s, e, a[0])
    return np.round(values, 2), out


def queue(clock: Clock, rng: np.random.Generator, spec: dict, kind: str) -> tuple[np.ndarray, Out]:
    out, an = Out(clock), spec.get("anomalies", [])
    load = clock.load() * _calendar(clock, out)
    level = spec["depth"] * load / load.max()
    for iso, mhour, mhours in spec.get("monthly", ()):
        s = clock.row(clock.day_of(iso), mhour)
        e = s + round(mhours * 12)
        level[s:e] += spec["depth"] * 6 * np.sin(np.linspace(0, np.pi, e - s))
        out.normal(s, e, "monthly_billing")
    for a in an:
        s, e = _span(clock, a)
        if a[0] == "queue_backlog":
            drain = 6
            level[s:e] += np.linspace(0, a[4] * spec["depth"], e - s)
            level[e : e + drain] += np.linspace(a[4] * spec["depth"], 0, drain)
            out.window(s, e + drain, a[0])
        else:
            raise ValueError(a)
    return rng.poisson(level + 0.2).astype(float), out


RENDERERS = {
    "traffic": traffic,
    "batch": batch,
    "storage": storage,
    "leak": leak,
    "latency": latency,
    "ratio": ratio,
    "util": util,
    "sensor": sensor,
    "queue": queue,
}


def scrapes(clock: Clock, rng: np.random.Generator, spec: dict, out: Out) -> np.ndarray:
    """Missed scrapes: 0.1 % at random, plus the table's collector gaps (local day, hour, minutes)."""
    present = rng.random(clock.n) >= 0.001
    for day, hour, minutes in spec.get("gaps", ()):
        r = clock.row(day, hour)
        present[r : r + round(minutes / 5)] = False
        out.normal(r, r + round(minutes / 5), "scrape_gap")
    present[0] = present[-1] = True
    return present
