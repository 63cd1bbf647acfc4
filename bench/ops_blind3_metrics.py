"""Metric families of the third blind ops set: each turns a ``Ctx`` into (metric kind, values).

Anomaly windows and normal events are already placed on the context; a family draws the series with them in.
"""

from __future__ import annotations

import numpy as np
from ops_blind3_shapes import HOUR, Ctx, ar1, bump, cumulate, load, ramp, rate_multiplier
from ops_series_data import DAY, STEP_S


def _restarts(c: Ctx) -> list[int]:
    rows = list(c.deploys)
    rows += [s for s, _, k in c.normals if k == "planned_maintenance"]
    rows += [s for s, _, k in c.anomalies if k == "deploy_traffic_drop"]
    return rows


def traffic(c: Ctx) -> tuple[str, np.ndarray]:
    """Requests, orders, messages, bytes: a counter (with resets on deploys) or a per-second/minute/hour gauge."""
    per_step = c.p["level"] * STEP_S * load(c) * rate_multiplier(c)
    counts = c.rng.poisson(per_step).astype(float)
    if c.p.get("bytes"):
        counts = np.round(per_step * np.exp(c.rng.normal(0, 0.06, c.n)))
    out = c.p.get("out", "counter")
    if out == "counter":
        for s, e, _ in c.mask(("stuck_counter",)):
            counts[e] += counts[s:e].sum()  # the exporter serves a cached total, then catches up
            counts[s:e] = 0
        resets = _restarts(c)
        for r in c.deploys:
            c.normals.append((r, r + 3, "counter_reset"))
        return "counter", cumulate(counts, resets, float(c.rng.integers(10_000, 90_000_000)))
    if out == "per_hour":
        return "gauge", np.convolve(counts, np.ones(HOUR), mode="full")[: c.n]
    scale = {"per_s": STEP_S, "per_min": STEP_S / 60}[out]
    return "gauge", np.round(counts / scale, 3)


def ratio(c: Ctx) -> tuple[str, np.ndarray]:
    """An error (or success) ratio from a request count and an error probability; optionally as a percentage."""
    per_step = c.p["level"] * STEP_S * load(c) * rate_multiplier(c)
    requests = c.rng.poisson(per_step)
    p_err = c.p["p_err"] * np.exp(ar1(c.rng, c.n, 0.15))
    for s, e, kind in c.anomalies:
        if kind == "error_ratio_creep":
            p_err[s:e] *= 1 + (c.p.get("creep", 4.0) - 1) * ramp(e - s)
        elif kind == "retry_storm":
            p_err[s:e] *= c.rng.uniform(6, 12)
    for r in c.deploys:
        p_err[r : r + 2] *= 2.0  # in-flight requests cut by the rollout
    bad = c.rng.binomial(requests, np.clip(p_err, 0, 1))
    values = bad / np.maximum(requests, 1)
    if c.p.get("invert"):
        values = 1 - values
    if c.p.get("percent"):
        return "percentage", np.round(100 * values, 3)
    return "ratio", np.round(values, 5)


def latency(c: Ctx) -> tuple[str, np.ndarray]:
    """A latency percentile (seconds or ms) that rises with load; deploy warm-ups and canaries are normal."""
    lo = load(c)
    base = c.p["base"] * (1 + c.p.get("load_k", 0.4) * lo) * np.exp(ar1(c.rng, c.n, c.p.get("sigma", 0.08)))
    blips = c.rng.random(c.n) < 0.003
    base[blips] *= c.rng.uniform(1.6, 2.6, blips.sum())
    for r in c.deploys:
        warm = np.exp(-np.arange(min(9, c.n - r)) / 3)
        base[r : r + len(warm)] *= 1 + 0.35 * warm
        c.normals.append((r, r + 9, "cache_warmup"))
        if c.p.get("canary") and r - 8 > 0:
            base[r - 8 : r] *= 1.08  # the canary slice runs the new build for 40 minutes first
            c.normals.append((r - 8, r, "canary_rollout"))
    for s, e, kind in c.anomalies:
        if kind == "latency_bimodal":
            slow = c.rng.random(e - s) < c.rng.uniform(0.35, 0.55)
            base[s:e][slow] *= c.p.get("slow", c.rng.uniform(2.2, 3.5))
        elif kind == "latency_regression":
            base[s:e] *= c.p.get("regress", c.rng.uniform(1.4, 1.8))
    kind = c.p.get("kind", "latency")
    return kind, np.round(base, 4 if c.p.get("unit", "s") == "s" else 1)


def _saturate(c: Ctx, values: np.ndarray, cap: float, noise: float) -> None:
    for s, e, _ in c.mask(("saturation_creep",)):
        climb = (e - s) * 2 // 3
        start = values[s]
        values[s : s + climb] = start + (cap - start) * ramp(climb) ** 1.3 + c.rng.normal(0, noise, climb)
        values[s + climb : e] = cap - np.abs(c.rng.normal(0, noise, e - s - climb))


def utilisation(c: Ctx) -> tuple[str, np.ndarray]:
    """CPU or busy share: idle floor + load, AR noise, a weekly report run, autoscaling steps, saturation."""
    lo = load(c)
    span = c.p.get("span", 55.0)
    if c.p.get("autoscale"):
        replicas = np.ceil(lo * c.p["autoscale"] / 0.7).clip(2, None)
        lo = lo * c.p["autoscale"] / replicas / 0.7
        for r in np.flatnonzero(np.diff(replicas)) + 1:
            c.normals.append((int(r), int(r) + 3, "autoscaling_step"))
    values = c.p.get("idle", 8.0) + span * lo + ar1(c.rng, c.n, 2.0)
    for r in c.rows_at(6.0, 2):
        if c.dow[r] == c.p.get("report_dow", -1):
            n = int(c.rng.integers(10, 16))
            values[r : r + n] += 28 * bump(n) ** 0.3
            c.normals.append((r, r + n, "weekly_report"))
    _saturate(c, values, 99.5, 0.4)
    values = np.clip(values, 0, 100)
    if c.p.get("as_ratio"):
        return "ratio", np.round(values / 100, 4)
    return "percentage", np.round(values, 2)


def connections(c: Ctx) -> tuple[str, np.ndarray]:
    """Open connections / sessions: follows load; a pool exhausted pins at its maximum."""
    cap = c.p["cap"]
    values = cap * c.p.get("use", 0.5) * load(c) * rate_multiplier(c) * np.exp(ar1(c.rng, c.n, 0.05))
    _saturate(c, values, cap, 0.0)
    return "gauge", np.round(np.clip(values, 0, cap))


def disk(c: Ctx) -> tuple[str, np.ndarray]:
    """Disk used %: steady growth, logs that grow with load and rotate at night, a weekly compaction."""
    lo = load(c)
    logs = np.zeros(c.n)
    rotations = set(c.rows_at(c.p.get("rotate_h", 0.25), 1))
    acc = 0.0
    for i in range(c.n):
        if i in rotations:
            acc = 0.0
            c.normals.append((i, i + 2, "log_rotation"))
        acc += c.p.get("log_rate", 0.03) * lo[i]
        logs[i] = acc
    base = c.p.get("used", 52.0) + c.p.get("growth_pct_day", 0.4) * c.t_days
    weekly = np.zeros(c.n)
    for r in c.rows_at(3.0):
        if c.dow[r] == 6 and r > 0:
            weekly[r:] -= c.p.get("compact", 1.5)
            c.normals.append((r, r + 3, "weekly_compaction"))
    values = base + logs + weekly + c.rng.normal(0, 0.02, c.n)
    for s, e, _ in c.mask(("saturation_creep",)):
        climb = (e - s) * 3 // 4
        values[s : s + climb] += (97.5 - values[s]) * ramp(climb) ** 1.2
        values[s + climb : e] = 97.5 + np.abs(c.rng.normal(0, 0.1, e - s - climb)).cumsum().clip(0, 2.3)
        values[e:] -= 1.0  # someone cleaned up a bit more than the runaway wrote
    return "percentage", np.round(np.clip(values, 0, 100), 3)


def memory(c: Ctx) -> tuple[str, np.ndarray]:
    """Resident memory in bytes: a leaking service restarted at irregular times (sawtooth) or a flat one."""
    leak = c.p.get("leak_mb_h", 0.0) * 2**20 / HOUR
    changes = c.mask(("leak_rate_change",))
    restarts = set()
    t = int(c.rng.integers(10, 30) * HOUR)
    while leak and t < c.n:
        restarts.add(t)
        t += int(c.rng.integers(16, 42) * HOUR)
    fixes = {e for _, e, _ in changes}  # on-call restarts it: the end of the window, not a normal restart
    for s, e, _ in changes:
        restarts = {r for r in restarts if not s - 4 * HOUR <= r <= e + 6 * HOUR}
    values = np.empty(c.n)
    level = 0.0
    base = c.p["base_gb"] * 2**30
    extra = np.zeros(c.n)
    for s, e, _ in changes:
        extra[s:e] = c.p.get("new_leak", 3.0) * max(leak, 40 * 2**20 / HOUR)
    for i in range(c.n):
        if i in restarts or i in fixes:
            level = 0.0
            if i in restarts:
                c.normals.append((i, i + 3, "leak_restart"))
        level += leak + extra[i]
        values[i] = level
    wiggle = base * 0.02 * load(c) + ar1(c.rng, c.n, base * 0.004)
    return "gauge", np.round(base + values + wiggle)


def queue(c: Ctx) -> tuple[str, np.ndarray]:
    """Queue depth / consumer lag: bursty with load and drains; a stalled consumer grows a backlog."""
    lo = load(c)
    values = c.rng.poisson(c.p["depth"] * lo).astype(float)
    bursts = c.rng.random(c.n) < 0.01
    for b in np.flatnonzero(bursts):
        n = min(int(c.rng.integers(2, 6)), c.n - b)
        values[b : b + n] += c.p["depth"] * c.rng.uniform(3, 8) * np.linspace(1, 0.2, n)
    for s, e, _ in c.mask(("queue_backlog",)):
        climb = (e - s) * 4 // 5
        peak = c.p["depth"] * c.rng.uniform(15, 60)
        values[s : s + climb] += peak * ramp(climb)
        values[s + climb : e] += peak * np.linspace(1, 0.05, e - s - climb)
    return "gauge", np.round(values)


def batch(c: Ctx) -> tuple[str, np.ndarray]:
    """Rows written per 5 minutes by a nightly job (start jitters, length varies, month end runs long)."""
    values = np.zeros(c.n)
    stops = c.mask(("cron_silent_stop",))
    for r in c.rows_at(c.p["at_h"], 2):
        length = int(c.p["length"] * c.rng.uniform(0.85, 1.15))
        if c.month_end[r] or (c.day[r] > 0 and c.month_end[max(r - DAY, 0)] and c.hour[r] < 6):
            length = int(length * c.rng.uniform(2.5, 3.5))
            c.normals.append((r, min(r + length, c.n), "month_end_batch"))
        if any(s <= r < e for s, e, _ in stops) or c.p.get("workdays_only") and not c.workday[r]:
            continue
        n = min(length, c.n - r)
        values[r : r + n] = c.p["rows"] * np.exp(c.rng.normal(0, 0.1, n))
    return "gauge", np.round(values)


def heartbeat(c: Ctx) -> tuple[str, np.ndarray]:
    """A job's last-success unix timestamp (or the seconds since it): steps up each period."""
    period = c.p["period_s"] // STEP_S
    stamps = c.start_s + STEP_S * np.arange(c.n)
    last = np.empty(c.n)
    current = float(c.start_s - c.rng.integers(1, period + 1) * STEP_S)
    stopped = c.mask(("cron_silent_stop",))
    for i in range(c.n):
        if i % period == c.p.get("phase", 0) % period and not any(s <= i < e for s, e, _ in stopped):
            current = float(stamps[i] + c.rng.integers(5, 60))
        last[i] = current
    for s, e, _ in c.mask(("clock_skew",)):
        last[s:e] += c.p.get("skew_s", 3600)
    if c.p.get("age"):
        return "gauge", np.maximum(stamps + STEP_S - last, 0)
    return "gauge", last


def timex(c: Ctx) -> tuple[str, np.ndarray]:
    """An NTP offset in seconds: sub-millisecond wander; a broken time sync drifts away until fixed."""
    values = ar1(c.rng, c.n, 0.0004, 0.95)
    for s, e, _ in c.mask(("clock_skew",)):
        values[s:e] += np.sign(c.rng.normal()) * c.rng.uniform(0.08, 0.9) * ramp(e - s)
    return "gauge", np.round(values, 6)


def replicas(c: Ctx) -> tuple[str, np.ndarray]:
    """Autoscaler replica count: integer steps with the load."""
    values = np.ceil(load(c) * c.p["max"] / 0.7).clip(c.p.get("min", 2), c.p["max"])
    for r in np.flatnonzero(np.diff(values)) + 1:
        c.normals.append((int(r), int(r) + 3, "autoscaling_step"))
    return "gauge", values


def cache(c: Ctx) -> tuple[str, np.ndarray]:
    """Cache hit ratio: high, a little higher under load; each deploy empties it (warm-up) — normal."""
    values = c.p.get("hit", 0.9) + 0.04 * load(c) + ar1(c.rng, c.n, 0.006)
    for r in c.deploys:
        n = min(int(c.rng.integers(6, 12)), c.n - r)
        values[r : r + n] -= c.rng.uniform(0.25, 0.4) * np.exp(-np.arange(n) / (n / 3))
        c.normals.append((r, r + n, "cache_warmup"))
    return "ratio", np.round(np.clip(values, 0, 1), 4)


FAMILIES = {
    "traffic": traffic,
    "ratio": ratio,
    "latency": latency,
    "utilisation": utilisation,
    "connections": connections,
    "disk": disk,
    "memory": memory,
    "queue": queue,
    "batch": batch,
    "heartbeat": heartbeat,
    "timex": timex,
    "replicas": replicas,
    "cache": cache,
}
