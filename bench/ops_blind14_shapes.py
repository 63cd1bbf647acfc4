"""The fourteenth blind ops set's renderers: one per metric archetype (count, level, batch, storage, leak, latency,
ratio, percent, reservoir, queue, steady), each turning a service's demand into a metric's values, applying the
series' anomalies and recording the normal behaviours it draws.

Part of bench/ops_series_blind14.py (docs/ops_series.md, "Fourteenth blind set"); numpy only.
"""

from __future__ import annotations

import numpy as np
from ops_blind14_world import DAY, HOUR, Clock, window

# anomaly kinds applied to the demand before rendering (the rest act on the rendered values)
ON_DEMAND = ("level_shift", "count_spike", "peak_missing", "counter_stall")


def _runs(mask: np.ndarray, kind: str, join: int = 12) -> list[tuple[int, int, str]]:
    hits = np.flatnonzero(mask)
    if not len(hits):
        return []
    parts = np.split(hits, np.flatnonzero(np.diff(hits) > join) + 1)
    return [(int(p[0]), int(p[-1]) + 1, kind) for p in parts]


def _span(clock: Clock, day: int, hour: float, dur: float) -> tuple[int, int]:
    return clock.rows(day, hour, hour + dur)


def _demand(clock: Clock, a: np.ndarray, anomalies, windows: list) -> np.ndarray:
    a = a.copy()
    for kind, day, hour, dur, mag in anomalies:
        if kind not in ON_DEMAND:
            continue
        s, e = _span(clock, day, hour, dur)
        if kind in ("level_shift", "count_spike"):
            a[s:e] *= mag
        elif kind == "peak_missing":
            a[s:e] = np.minimum(a[s:e], mag)
        else:  # counter_stall
            a[s:e] = 0.0
        windows.append((s, e, kind))
    return a


def _batch_slots(clock: Clock, p: dict, anomalies, rng, windows: list) -> np.ndarray:
    """1 while the job runs: its usual slot on its days, moved or dropped by the batch anomalies."""
    on = np.zeros(clock.n)
    h0, dur = p["slot"]
    days = p.get("days", "daily")
    moved = {d: (kind, hour) for kind, d, hour, _, _ in anomalies if kind.startswith("batch_")}
    for d in range(clock.days):
        if days == "workdays":
            first = clock.rows(d, 0, 1)[0]
            if clock.rest[first] or clock.holiday[first]:
                continue
        elif days != "daily" and d not in days:
            continue
        start = h0 + rng.uniform(-0.15, 0.15)
        length = dur * rng.uniform(0.9, 1.1)
        try:
            s, e = clock.rows(d, start, start + length)
        except ValueError:
            continue
        if d in moved:
            kind, hour = moved[d]
            if kind == "batch_missing":
                windows.append((s, e, kind))
                continue
            s2, e2 = clock.rows(d, hour, hour + length)
            windows.append((min(s, s2), max(e, e2), kind))
            s, e = s2, e2
        on[s:e] = 1.0
    return on


def _count(clock: Clock, a, p: dict, anomalies, rng, windows, normals):
    rate = p["scale"] * a + p.get("floor", 0.0) * (a > 0)
    return rng.poisson(np.maximum(rate, 0)).astype(float), rate, True


def _steady(clock: Clock, a, p: dict, anomalies, rng, windows, normals):
    """A fixed cadence (radar volume scans, vessel position reports), a little scaled by the demand."""
    rate = p["scale"] * np.where(a > 0, 1.0, 0.0) * (1 + p.get("follow", 0.0) * (a - a.mean()))
    return rng.poisson(np.maximum(rate, 0)).astype(float), rate, True


def _batch(clock: Clock, a, p: dict, anomalies, rng, windows, normals):
    on = _batch_slots(clock, p, anomalies, rng, windows)
    level = p["base"] + p["height"] * on * rng.uniform(0.85, 1.0, clock.n)
    if p.get("counter"):
        return rng.poisson(np.maximum(level, 0)).astype(float), level, True
    return level * (1 + rng.normal(0, p.get("noise", 0.03), clock.n)), level, False


def _level(clock: Clock, a, p: dict, anomalies, rng, windows, normals):
    mean = p["base"] + p["scale"] * a
    return mean * (1 + rng.normal(0, p.get("noise", 0.04), clock.n)), mean, False


def _percent(clock: Clock, a, p: dict, anomalies, rng, windows, normals):
    mean = np.clip(p["lo"] + (p["hi"] - p["lo"]) * a, 0, 100)
    return mean + rng.normal(0, p.get("noise", 0.8), clock.n), mean, False


def _ratio(clock: Clock, a, p: dict, anomalies, rng, windows, normals):
    mean = np.clip(p["base"] - p.get("load", 0.0) * a, 0, 1)
    values = mean + rng.normal(0, p.get("noise", 0.004), clock.n)
    for hour_day in p.get("warmups", ()):
        s, _ = clock.rows(hour_day[0], hour_day[1], hour_day[1] + 0.1)
        e = min(clock.n, s + 12)
        values[s:e] -= (mean[s] - 0.6) * np.exp(-np.arange(e - s) / 3.0)
        normals.append((s, e, "cache_warmup"))
    return values, mean, False


def _latency(clock: Clock, a, p: dict, anomalies, rng, windows, normals):
    mean = p["base"] * (1 + p.get("load", 0.3) * a)
    values = mean * np.exp(rng.normal(0, p.get("noise", 0.07), clock.n))
    for day, hour in p.get("deploys", ()):
        s, _ = clock.rows(day, hour, hour + 0.1)
        values[s : s + 2] *= rng.uniform(2.0, 3.0)
        normals.append((s, min(clock.n, s + 6), "deploy_blip"))
    return values, mean, False


def _queue(clock: Clock, a, p: dict, anomalies, rng, windows, normals):
    mean = p["scale"] * a + p.get("base", 0.0)
    return rng.poisson(np.maximum(mean, 0)).astype(float), mean, False


def _storage(clock: Clock, a, p: dict, anomalies, rng, windows, normals, leak: bool = False):
    """A size that grows with the writes; logs (the part not kept) rotated or purged at ``drop_hour``; a leaking
    process's memory restarted then."""
    n = clock.n
    steps = p["slope"] * (0.4 + a) * rng.uniform(0.7, 1.3, n)
    for kind, day, hour, _, mag in anomalies:
        if kind == "growth_change":
            s, _ = clock.rows(day, hour, hour + 0.1)
            steps[s:] *= mag
            windows.append((s, n, kind))
    drop_hour, weekly = p.get("drop_hour"), p.get("drop_weekday")
    drops = np.zeros(n, bool)
    if drop_hour is not None:
        drops = np.abs(clock.hour - drop_hour) < 1e-9
        if weekly is not None:
            drops &= clock.weekday == weekly
    keep = 1.0 if leak else p.get("keep", 0.3)
    values = np.empty(n)
    level, logs = p["base"], 0.0
    for i in range(n):
        if drops[i]:
            level = p["base"] if leak else level
            logs = 0.0
            kind = "leak_restart" if leak else p.get("drop_kind", "log_rotation")
            normals.append((max(0, i - 2), min(n, i + 6), kind))
        level += steps[i] * keep
        logs += steps[i] * (1 - keep)
        values[i] = level + logs
    values += rng.normal(0, p.get("jitter", 0.0), n)
    if "new_highs" in p:
        prior = np.maximum.accumulate(np.r_[-np.inf, values[:-1]])
        normals += [w for w in _runs(values > prior + p["new_highs"], "growth_new_high") if w[1] > 7 * DAY]
    return values, values.copy(), False


def _leak(clock: Clock, a, p: dict, anomalies, rng, windows, normals):
    return _storage(clock, a, p, anomalies, rng, windows, normals, leak=True)


def _reservoir_level(clock: Clock, a, p: dict, anomalies, rng, windows, normals):
    n = clock.n
    demand = a / a.mean()
    pumping = window(clock.hour, 23.5, 6.5, 0.1) > 0.5
    burst = np.zeros(n)
    bursts = [_span(clock, day, hour, dur) + (mag,) for kind, day, hour, dur, mag in anomalies if kind == "main_burst"]
    for s, e, mag in bursts:
        burst[s:e] = mag
    clean = _reservoir(demand, pumping, np.zeros(n), p)
    values = _reservoir(demand, pumping, burst, p)
    for s, e, _ in bursts:  # the window runs until the level is back on its usual path (a day at most)
        back = np.flatnonzero(np.abs(values - clean)[e:] <= 1.5)
        end = e + (int(back[0]) if len(back) else 24 * HOUR)
        windows.append((s, min(end, e + 24 * HOUR, n - 1), "main_burst"))
    return np.clip(values + rng.normal(0, 0.25, n), 0, 100), values.copy(), False


RENDER = {
    "count": _count,
    "steady": _steady,
    "batch": _batch,
    "level": _level,
    "percent": _percent,
    "ratio": _ratio,
    "latency": _latency,
    "queue": _queue,
    "storage": _storage,
    "leak": _leak,
    "reservoir": _reservoir_level,
}


def _counter(clock: Clock, inc, mean, p: dict, anomalies, rng, windows, normals) -> np.ndarray:
    for kind, day, hour, dur, mag in anomalies:
        if kind == "main_burst":  # a counter of water delivered runs faster while the main leaks
            s, e = _span(clock, day, hour, dur)
            inc[s:e] += rng.poisson(mean[s:e] * (mag - 1))
            windows.append((s, e, kind))
    values = np.cumsum(inc) + p.get("offset", 0.0)
    for day, hour in p.get("resets", ()):
        s, _ = clock.rows(day, hour, hour + 0.1)
        values[s:] -= values[s - 1]
        values[s:] = np.maximum(values[s:], 0)
        normals.append((s, min(clock.n, s + 12), "counter_reset"))
    return values


def render(arch: str, clock: Clock, a: np.ndarray, p: dict, anomalies, rng) -> tuple[np.ndarray, list, list]:
    """Values, anomaly windows and normal windows of one series."""
    windows: list[tuple[int, int, str]] = []
    normals: list[tuple[int, int, str]] = []
    a = _demand(clock, a, anomalies, windows)
    values, mean, counter = RENDER[arch](clock, a, p, anomalies, rng, windows, normals)
    if counter:
        return _counter(clock, values, mean, p, anomalies, rng, windows, normals), sorted(windows), normals
    values = _on_values(clock, values, mean, anomalies, windows, rng, arch)
    high = {"percent": 100.0, "ratio": 1.0, "reservoir": 100.0}.get(arch)
    values = np.clip(values, 0, high) if high is not None else np.maximum(values, 0)
    return values, sorted(windows), normals


def _on_values(clock: Clock, values, mean, anomalies, windows, rng, arch) -> np.ndarray:
    values = values.copy()
    for kind, day, hour, dur, mag in anomalies:
        if kind in ON_DEMAND or kind.startswith("batch_") or kind in ("growth_change", "main_burst"):
            if kind == "main_burst" and arch != "reservoir":  # a pressure drops while the main leaks
                s, e = _span(clock, day, hour, dur)
                values[s:e] -= mag * np.minimum(1, np.arange(e - s) / 3 + 0.3)
                windows.append((s, e, kind))
            continue
        s, e = _span(clock, day, hour, dur)
        if kind == "ratio_drop":
            edge = np.minimum(1, np.minimum(np.arange(e - s) + 1, np.arange(e - s)[::-1] + 1) / 3)
            values[s:e] -= mag * edge
        elif kind == "latency_regression":
            values[s:e] *= mag
        elif kind == "hard_outage":
            values[s:e] = 0.0
        elif kind == "stuck_gauge":
            values[s:e] = values[s - 1]
        elif kind == "variance_burst":
            spread = np.std(values[s - DAY : s] - mean[s - DAY : s]) + 1e-9
            values[s:e] = mean[s:e] + (values[s:e] - mean[s:e]) * mag + rng.normal(0, spread * mag, e - s)
        elif kind == "queue_backlog":
            ramp = np.linspace(0, mag, e - s - 12)
            values[s : e - 12] += ramp
            values[e - 12 : e] += np.linspace(mag, 0, 12)
        else:
            raise KeyError(kind)
        windows.append((s, e, kind))
    return values


def _reservoir(demand: np.ndarray, pumping: np.ndarray, burst: np.ndarray, p: dict) -> np.ndarray:
    """Tank level in percent: the night-tariff pumps fill it (stopping when full), the town and a burst drain it."""
    out = np.empty(len(demand))
    level = p["base"]
    fill = p["fill"]
    use = p["use"]
    for i in range(len(demand)):
        inflow = fill if pumping[i] and level < 96 else 0.0
        level = min(100.0, max(2.0, level + inflow - use * demand[i] - burst[i]))
        out[i] = level
    return out
