"""The seventeenth blind ops set's renderers (bench/ops_series_blind17.py): one per metric archetype — count, batch,
level, percent, ratio, latency, storage, leak, queue — that also apply the anomalies and record the normal
behaviours they draw. Written blind (see the set's module docstring)."""

from __future__ import annotations

import numpy as np
from ops_blind17_world import DAY, Clock, activity

Window = tuple[int, int, str]


def _ar1(rng: np.random.Generator, n: int, sigma: float, phi: float = 0.8) -> np.ndarray:
    e = rng.normal(0.0, sigma * np.sqrt(1 - phi * phi), n)
    out = np.empty(n)
    acc = 0.0
    for i in range(n):
        acc = phi * acc + e[i]
        out[i] = acc
    return out


def _daily_wobble(rng: np.random.Generator, clock: Clock, sigma: float) -> np.ndarray:
    return np.exp(rng.normal(0.0, sigma, clock.service.days + 1))[clock.day]


def _label(clock: Clock, kind: str, day: int, h0: float, h1: float) -> Window:
    a, b = clock.rows_of(day, h0, h1)
    if kind == "growth_change":
        b = clock.n
    return a, b, kind


def _batch_hour(clock: Clock, p: dict, day: int) -> float:
    if p.get("sunrise"):  # valves open two hours before sunrise, which comes later every day
        hour = 8.1 + 0.02 * day - 2.0
        if clock.switch_row >= 0 and day >= clock.service.switch_day:
            hour -= 1.0
        return hour
    return p["h"]


def render(clock: Clock, rng: np.random.Generator, arche: str, p: dict, anomalies: list[tuple]) -> tuple:  # noqa: C901
    """The values, label windows and normal windows of one series."""
    n, labels, normals = clock.n, [], []
    busy = tuple(d for k, d, *_ in anomalies if k == "restday_busy")
    m = activity(clock, busy) ** p.get("power", 1.0) * _daily_wobble(rng, clock, p.get("wobble", 0.06))
    for kind, day, h0, h1, f in anomalies:
        labels.append(_label(clock, kind, day, h0, h1))
        a, b, _ = labels[-1]
        if kind in ("level_shift", "count_spike"):
            m[a:b] *= f
        elif kind == "counter_stall" and arche == "count":
            m[a:b] = 0.0
        elif kind == "off_hours_activity":
            m[a:b] += f
    if arche == "count":
        rate = p["base"] * m
        inc = rng.poisson(np.maximum(rate, 0.0)).astype(float)
        values = np.cumsum(inc) + p.get("start", 0.0)
        if "reset_day" in p:
            a, _ = clock.rows_of(p["reset_day"], p.get("reset_h", 11.0), 24)
            values[a:] -= values[a - 1]
            normals.append((a, min(n, a + 12), "counter_reset"))
    elif arche == "batch":
        inc = np.zeros(n)
        moved = {d: (k, h0, f) for k, d, h0, h1, f in anomalies if k.startswith("batch_")}
        for day in range(clock.service.days):
            runs = p.get("every", [None])
            for extra in runs:
                if p.get("on") == "work" and clock.is_rest(day):
                    continue
                if day in p.get("skip", ()):
                    continue
                hour = _batch_hour(clock, p, day) if extra is None else extra
                length = p["minutes"] / 5.0 * rng.uniform(0.9, 1.1)
                size = p["rate"] * (p.get("month_end", 1.0) if day == p.get("month_end_day") else 1.0)
                kind, h0, f = moved.get(day, (None, 0.0, 1.0))
                if kind is not None and extra is not None and abs(extra - h0) > 1.0 and kind != "batch_twice":
                    kind = None  # the anomaly hits the run it names only
                if kind == "batch_missing":
                    continue
                if kind == "batch_wrong_hour":
                    hour = f
                if kind == "batch_overrun":
                    length *= f
                    size /= f
                start = clock.rows_of(day, hour, hour + 0.1)[0] + int(rng.integers(-2, 3))
                stop = min(n - 1, start + max(2, int(round(length))))
                inc[start:stop] += rng.poisson(size, stop - start) * (1 + 0.05 * rng.normal(size=stop - start))
                if kind == "batch_twice":
                    again = clock.rows_of(day, f, f + 0.1)[0]
                    inc[again : again + stop - start] += rng.poisson(size, stop - start)
        inc = np.maximum(inc, 0.0) + (rng.random(n) < p.get("trickle", 0.0))
        values = np.cumsum(inc)
        # where a label is for the wrong hour/overrun/twice, stretch it over what really ran
        for i, (a, b, kind) in enumerate(labels):
            if kind in ("batch_wrong_hour", "batch_overrun", "batch_twice"):
                day = clock.day[a]
                _, h0, f = moved[int(day)]
                if kind == "batch_wrong_hour":
                    r0, r1 = clock.rows_of(int(day), f, f + p["minutes"] / 60.0 + 0.2)
                    labels[i] = (min(a, r0), max(b, r1), kind)
                elif kind == "batch_twice":
                    labels[i] = (*clock.rows_of(int(day), f, f + p["minutes"] / 60.0 + 0.2), kind)
    elif arche in ("level", "percent", "queue"):
        base, amp = p["base"], p.get("amp", 1.0)
        values = base + amp * (m - 1.0) + _ar1(rng, n, p.get("noise", 0.02) * max(abs(base), 1.0))
        if "batch_h" in p:  # a level a nightly job lifts (cpu during an export)
            for day in range(clock.service.days):
                a, b = clock.rows_of(day, p["batch_h"], p["batch_h"] + p.get("batch_len", 1.0))
                values[a:b] += p["batch_lift"]
        if "sawtooth" in p:  # refilled every day at its hour, drawn down by activity
            hour, depth = p["sawtooth"]
            draw = np.cumsum(m) / DAY * depth
            refill = np.array([clock.rows_of(d, hour, hour + 0.1)[0] for d in range(clock.service.days)])
            last = draw[np.maximum(refill - 1, 0)]
            idx = np.searchsorted(refill, np.arange(n), side="right") - 1
            values = values - (draw - np.where(idx >= 0, last[np.maximum(idx, 0)], 0.0))
            for r in refill:
                normals.append((int(r), int(r) + 6, "wallet_refill"))
    elif arche == "ratio":
        load = np.clip(m - 1.0, 0.0, None)
        values = p["base"] - p.get("amp", 0.01) * load + _ar1(rng, n, p.get("noise", 0.004), 0.5)
    elif arche == "latency":
        values = p["base"] * (1.0 + p.get("amp", 0.3) * m) * np.exp(_ar1(rng, n, p.get("noise", 0.08), 0.4))
    elif arche == "storage":
        slope = p["slope"] * (0.3 + 0.7 * m)
        for kind, day, h0, h1, f in anomalies:
            if kind == "growth_change":
                a = clock.rows_of(day, h0, h1)[0]
                slope[a:] *= f
        values = p["base"] + np.cumsum(slope * (1 + 0.1 * rng.normal(size=n)))
        if "rotate_h" in p:  # rotation/compaction every day: drops to keep part of the day's growth
            for day in range(1, clock.service.days):
                a = clock.rows_of(day, p["rotate_h"], p["rotate_h"] + 0.1)[0]
                values[a:] -= p.get("rotate_keep", 0.8) * (values[a - 1] - values[max(0, a - DAY)])
                normals.append((a, a + 6, "log_rotation"))
        else:
            normals.append((7 * DAY, n, "growth_new_high"))
    elif arche == "leak":
        values = np.empty(n)
        level, cut = p["base"], 0
        restarts = [clock.rows_of(d, p["restart_h"], p["restart_h"] + 0.1)[0] for d in range(clock.service.days)]
        for r in [*restarts, n]:
            seg = np.arange(r - cut)
            values[cut:r] = level + p["slope"] * seg + _ar1(rng, r - cut, p["slope"] * 20, 0.5)
            if r < n:
                normals.append((r, min(n, r + 6), "leak_restart"))
            cut = r
    else:
        raise ValueError(arche)
    # anomalies on the rendered level
    for kind, day, h0, h1, f in anomalies:
        a, b = clock.rows_of(day, h0, h1)
        if kind in ("latency_regression",) and arche == "latency":
            values[a:b] *= f
        elif kind == "ratio_drop":
            values[a:b] -= f
        elif kind == "hard_outage":
            values[a:b] = 0.0
        elif kind == "stuck_gauge":
            values[a:b] = values[a]
        elif kind == "setpoint_drift":
            values[a:b] += f * np.linspace(0.0, 1.0, b - a)
        elif kind == "queue_backlog":
            climb = np.linspace(0.0, f, b - a)
            values[a:b] += climb
            tail = min(n, b + 12)
            values[b:tail] += np.linspace(f, 0.0, tail - b)
        elif kind == "counter_stall" and arche != "count":
            raise ValueError("counter_stall on a non-count")
    for kind, day, h0, h1, f in p.get("normals", ()):
        a, b = clock.rows_of(day, h0, h1)
        if kind == "deploy_blip":
            values[a:b] *= f
        elif kind == "cache_warmup":
            values[a:b] -= f * np.linspace(1.0, 0.0, b - a)
        normals.append((a, b, kind))
    if "clip" in p:
        values = np.clip(values, *p["clip"])
    return values, labels, normals
