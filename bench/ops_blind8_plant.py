"""Stateful renderers of the eighth blind set: nightly batches, log disks, database sizes, leaking processes,
queues, autoscaled pools and refrigerated containers (the shapes whose value carries yesterday's state).

Batches run at a local hour on ``run_days`` (weekdays: 0 = Monday), start up to 10 minutes early or late and
last +-15 %; month-end runs last twice as long. batch_missed / batch_wrong_hour / batch_overrun are labelled from
where the run should have started to where the real (or expected) run ended.
"""

from __future__ import annotations

import numpy as np
from ops_blind8_load import Draft, ar1, calendar_rows, load, stuck
from ops_series_data import DAY


def _runs(dr: Draft) -> list[tuple[int, int, float]]:
    """(start row, end row, rate factor) of every batch run, anomalies applied and labelled."""
    clk, p, rng = dr.clock, dr.p, dr.rng
    odd = {x[1]: x for x in dr.take("batch_missed", "batch_wrong_hour", "batch_overrun")}
    month_end = calendar_rows(clk, clk.service.month_end)
    out = []
    for d in range(clk.days):
        a0 = clk.at(d, p["at"])
        if a0 >= clk.n - 2 or clk.wday[a0] not in p.get("run_days", range(7)):
            continue
        length = p["hours"] * 12 * rng.uniform(0.85, 1.15)
        if month_end[a0]:
            length *= 2
            dr.normal(a0, a0 + int(length) + 6, "month_end")
        a = a0 + int(rng.integers(-2, 3))
        b = a + int(length)
        kind = odd.get(d, (None,))[0]
        if kind == "batch_missed":
            dr.label(a0, a0 + int(p["hours"] * 12), kind)
            continue
        factor = 1.0
        if kind == "batch_wrong_hour":
            shift = clk.at(d, odd[d][2]) - a0
            dr.label(min(a0, a0 + shift), max(a0 + int(p["hours"] * 12), b + shift), kind)
            a, b = a + shift, b + shift
        elif kind == "batch_overrun":
            b = a + int(length * odd[d][3])
            factor = 1.0 / odd[d][3] * 1.3
            dr.label(a0, b, kind)
        out.append((a, min(b, clk.n), factor))
    return out


def batch_counter(dr: Draft) -> np.ndarray:
    """Rows / files / documents written by a nightly job (``..._total``): a trickle by day, the batch's rate at
    night; the worker restarts on deploys (counter_reset)."""
    clk, p, rng = dr.clock, dr.p, dr.rng
    rate = p.get("trickle", 0.02) * p["peak"] * np.ones(clk.n)
    for a, b, factor in _runs(dr):
        rate[a:b] = p["peak"] * factor * np.exp(ar1(rng, b - a, 0.08))
    for day, hour, hours, factor in p.get("backfill", ()):
        a, b = clk.span(day, hour, hours)
        rate[a:b] += factor * p["peak"]
        dr.normal(a, b, "backfill")
    resets = [r for r in dr.deploy_rows()]
    for r in resets:
        dr.normal(r - 1, r + 4, "counter_reset")
    inc = rng.poisson(rate).astype(float)
    out = np.cumsum(inc) + float(rng.integers(1_000, 900_000))
    for r in resets:
        out[r:] -= out[r - 1]
    return out


def batch_gauge(dr: Draft) -> np.ndarray:
    """A batch's footprint on a gauge or percentage (busy workers, warehouse CPU %, export throughput): the
    daytime level from load, the batch's plateau on top at night."""
    clk, p, rng = dr.clock, dr.p, dr.rng
    day_level = p.get("day_level", 0.15) * load(dr) * p["peak"]
    batch = np.zeros(clk.n)
    for a, b, factor in _runs(dr):
        batch[a:b] = p["peak"] * min(1.0, factor) * (0.85 + 0.1 * rng.random())
    value = (day_level + batch) * np.exp(rng.normal(0, 0.04, clk.n))
    stuck(dr, value)
    return np.clip(value, 0, 100.0) if p.get("percent") else value


def disk_percent(dr: Draft) -> np.ndarray:
    """Log volume use (``..._percent``): fills with the day's traffic, logrotate at a fixed local hour compresses
    it back (log_rotation); rotation_missed leaves it climbing until someone cleans up by hand the next
    afternoon; growth_rate_change (debug logging left on) makes every day fill faster to the end."""
    clk, p, rng = dr.clock, dr.p, dr.rng
    level = load(dr)
    rate = level / level.mean() * p["fill"] / DAY  # about ``fill`` per cent a day
    for _, day, hour, *_ in dr.take("growth_rate_change"):
        a = clk.at(day, hour)
        rate[a:] *= p.get("faster", 2.4)
        dr.label(a, clk.n, "growth_rate_change")
    rotations = {clk.at(d, p["rotate_at"]) for d in range(clk.days)}
    skip = {}
    for _, day, hour, *_ in dr.take("rotation_missed"):
        r = clk.at(day, p["rotate_at"])
        fix = clk.at(day + 1, hour)
        skip[r] = fix
        rotations.discard(r)
        rotations.discard(clk.at(day + 1, p["rotate_at"]))
        rotations.add(fix)
        dr.label(r, fix, "rotation_missed")
    base, acc, out = p["base"], p.get("start_fill", 3.0), np.empty(clk.n)
    for i in range(clk.n):
        if i in rotations:
            acc *= 0.08
            if i not in skip.values():
                dr.normal(i - 1, i + 6, "log_rotation")
        acc += rate[i]
        base += p.get("creep", 0.02) / DAY
        out[i] = base + acc
    return np.clip(out + rng.normal(0, 0.05, clk.n), 0, 100)


def store_bytes(dr: Draft) -> np.ndarray:
    """A database / bucket size (``..._bytes``): grows with the day's writes, weekly compaction or GC gives back a
    share over two hours (weekly_compaction), backfills grow it fast for a few hours; growth_rate_change (a
    new feature storing blobs, a retention job switched off) steepens it to the end."""
    clk, p, rng = dr.clock, dr.p, dr.rng
    writes = load(dr) * p["per_day"] / (DAY * 0.35)
    for day, hour, hours, factor in p.get("backfill", ()):
        a, b = clk.span(day, hour, hours)
        writes[a:b] += factor * p["per_day"] / DAY * 12
        dr.normal(a, b, "backfill")
    for _, day, hour, *_ in dr.take("growth_rate_change"):
        a = clk.at(day, hour)
        writes[a:] *= p.get("faster", 3.0)
        dr.label(a, clk.n, "growth_rate_change")
    size = p["size"] + np.cumsum(writes * np.exp(rng.normal(0, 0.1, clk.n)))
    wday, hour = p["compact"]
    for d in range(clk.days):
        a = clk.at(d, hour)
        if clk.wday[a] == wday and a + 24 < clk.n:
            freed = (size[a] - p["size"]) * p.get("frees", 0.3)
            size[a:] -= freed * np.minimum(1.0, np.arange(clk.n - a) / 24)
            dr.normal(a, a + 30, "weekly_compaction")
    return size


def memory_bytes(dr: Draft) -> np.ndarray:
    """Resident memory of a leaking service (``..._bytes``): climbs, restarted by the watchdog or a deploy at
    irregular times (leak_restart); crash_loop OOM-kills it every few scrapes; growth_rate_change leaks faster."""
    clk, p, rng = dr.clock, dr.p, dr.rng
    leak = np.full(clk.n, p["leak_per_day"] / DAY)
    for _, day, hour, *_ in dr.take("growth_rate_change"):
        a = clk.at(day, hour)
        leak[a:] *= p.get("faster", 3.0)
        dr.label(a, clk.n, "growth_rate_change")
    restarts, t = set(dr.deploy_rows()), int(rng.uniform(0.5, 2.0) * DAY)
    while t < clk.n:
        restarts.add(t)
        dr.normal(t - 1, t + 6, "leak_restart")
        t += int(rng.uniform(*p.get("every", (1.2, 3.5))) * DAY)
    for r in dr.deploy_rows():
        dr.normal(r - 1, r + 6, "deploy_blip")
    loop = np.zeros(clk.n, bool)
    for _, day, hour, hours, *_ in dr.take("crash_loop"):
        a, b = clk.span(day, hour, hours)
        loop[a:b] = True
        dr.label(a, b, "crash_loop")
    out, acc = np.empty(clk.n), 0.0
    for i in range(clk.n):
        if i in restarts:
            acc = 0.0
        if loop[i]:
            acc = 0.0 if acc > 0 else p["limit"] - p["base"]
        elif i and loop[i - 1]:
            acc = 0.0  # the fix is rolled out: a clean start
        else:
            acc += leak[i]
        out[i] = p["base"] + acc
    return out * np.exp(ar1(rng, clk.n, 0.01))


def queue_depth(dr: Draft) -> np.ndarray:
    """Messages waiting (``..._messages``): small and bursty, a burst drains after each nightly batch hands its
    output on; queue_stall (consumer wedged) grows it with the inflow until someone restarts the consumer, then
    it drains in half an hour."""
    clk, p, rng = dr.clock, dr.p, dr.rng
    inflow = load(dr) * p["inflow"]
    depth = rng.gamma(2.0, p["idle"] / 2, clk.n)
    for d in range(clk.days):
        a = clk.at(d, p["burst_at"]) + int(rng.integers(-2, 3))
        t = np.arange(min(18, clk.n - a))
        depth[a : a + len(t)] += p["burst"] * rng.uniform(0.8, 1.2) * np.exp(-t / 4)
    for _, day, hour, hours, *_ in dr.take("queue_stall"):
        a, b = clk.span(day, hour, hours)
        backlog = np.cumsum(inflow[a:b])
        drain = backlog[-1] * np.maximum(0.0, 1 - np.arange(1, 7) / 6)
        depth[a:b] += backlog
        depth[b : b + 6] += drain[: max(0, min(6, clk.n - b))]
        dr.label(a, b + 6, "queue_stall")
    return np.round(depth)


def _replicas(dr: Draft, level: np.ndarray) -> np.ndarray:
    """Autoscaler: up at once, down after 30 quiet minutes, 10 % tolerance, between min and max; each change is a normal
    autoscale_step; autoscaler_flap flips between two sizes for hours; stuck_value holds the count."""
    p = dr.p
    smooth = np.convolve(level, np.ones(6) / 6, mode="full")[: len(level)]
    smooth[:6] = level[:6]
    need = smooth * p["max"] / p.get("headroom", 1.25)
    want = np.clip(np.ceil(need), p["min"], p["max"])
    out, cur, calm = np.empty(len(level)), want[0], 0
    for i, w in enumerate(want):
        if w > cur and need[i] > 1.1 * cur:
            cur, calm = w, 0
        elif w < cur and need[i] < 0.9 * cur:
            calm += 1
            if calm >= 6:
                cur, calm = w, 0
        else:
            calm = 0
        out[i] = cur
    for _, day, hour, hours, *_ in dr.take("autoscaler_flap"):
        a, b = dr.clock.span(day, hour, hours)
        lo, hi = max(p["min"], out[a] - 2), min(p["max"], out[a] + 4)
        out[a:b] = np.where((np.arange(b - a) // 2) % 2 == 0, hi, lo)
        dr.label(a, b, "autoscaler_flap")
    stuck(dr, out)
    for i in np.flatnonzero(np.diff(out)) + 1:
        if not any(a <= i < b for a, b, _ in dr.windows):
            dr.normal(i - 2, i + 4, "autoscale_step")
    return out


def replicas(dr: Draft) -> np.ndarray:
    """Pod count of an autoscaled deployment (``..._replicas``)."""
    return _replicas(dr, load(dr))


def cpu_percent(dr: Draft) -> np.ndarray:
    """Mean CPU of an autoscaled deployment's pods (``..._percent``): load over pod count, so it saw-tooths
    down at every scale-up (autoscale_step)."""
    level = load(dr)
    pods = _replicas(dr, level)
    value = 100 * dr.p["busy"] * level * dr.p["max"] / pods * np.exp(dr.rng.normal(0, 0.05, len(level)))
    return np.clip(value + 3.0, 0, 100)


def reefer_celsius(dr: Draft) -> np.ndarray:
    """Temperature of a refrigerated container (``..._celsius``): holds its set point, defrosts every six hours
    (+9 degrees for 25 minutes, defrost_cycle), doors open when a crane handles it; stuck_value is a frozen sensor."""
    clk, p, rng = dr.clock, dr.p, dr.rng
    value = p["set"] + ar1(rng, clk.n, 0.25, 0.9)
    first = int(rng.integers(0, 72))
    for a in range(first, clk.n, 72):
        t = np.arange(min(6, clk.n - a))
        value[a : a + len(t)] += 9.0 * np.sin(np.pi * (t + 0.5) / 6)
        dr.normal(a, a + 8, "defrost_cycle")
    stuck(dr, value)
    return np.round(value, 1)
