"""Dev-only families of the own ops-metric set (issue #14.1): the kinds the first blind set showed the detector
missing, each with normal look-alikes that must not alarm. Seeds in ``FAMILY_SEEDS`` belong to the ``dev`` split
only (bench/ops_series_data.py adds them there); the held-out seeds never draw from this file.

Families (archetype ``seed % 5``):

- elevated counts: a failure counter (0.05-3 per step, following the working day) whose level is held 2-5x its
  usual for that time of day for 1-3 hours (``count_elevated``); look-alikes: a daily marketing push at a fixed
  hour (3x for an hour, every day), a busy afternoon that lifts the count by 20-50 % for a few hours;
- duplicate runs: a scheduler's run counter (every 5 minutes to 2 hours) or a batch's rows counter whose job runs
  twice for 1-6 hours (``duplicate_runs``); look-alikes: a tick a step late, a late tick caught up;
- crash loops: a leaking service's memory, restarted at irregular times and by rolling deploys (two restarts
  within half an hour), crash-looping every 10-30 minutes for 1-3 hours (``crash_loop``);
- heartbeats at any period (5 minutes to 6 hours): two to five expected beats missing (``heartbeat_missing``);
  look-alikes: a beat a step late, one single beat missing now and then (silence of two periods);
- local-time weeks: business traffic and a weekday-only batch in time zones far from UTC (UTC-8, UTC+9, UTC+10,
  UTC+5:30), whose local weekend starts hours away from UTC midnight; a Saturday with weekday traffic
  (``weekend_as_weekday``) and a weekday-only batch that does not run (``missing_batch``).
"""

from __future__ import annotations

import numpy as np

DAY = 288
HOUR = 12
FAMILY_SEEDS = range(100, 125)
FAMILY_OFFSETS_H = (-8.0, 9.0, 10.0, 5.5)


def _counter(increments: np.ndarray, restarts: list[int]) -> np.ndarray:
    total = np.cumsum(increments, dtype=float)
    for at in sorted(restarts):
        total[at:] -= total[at - 1]
    return total


def elevated_counts(ctx, plan, daily, weekly) -> tuple[str, str, np.ndarray]:
    rng = ctx.rng
    base = rng.uniform(0.05, 3.0)
    rate = base * daily(ctx, rng.uniform(11, 16), 4, rng.uniform(0.2, 0.5)) * weekly(ctx, rng.uniform(0.4, 0.8))
    if rng.random() < 0.6:  # a marketing push at the same hour every day (normal)
        push = (ctx.hour >= (at := rng.uniform(8, 11))) & (ctx.hour < at + 1)
        rate = np.where(push, 3 * rate, rate)
    if rng.random() < 0.5:  # one busy afternoon, 20-50 % more for a few hours (normal)
        day = int(rng.choice(ctx.late_days()))
        s = day * DAY + 13 * HOUR
        rate[s : s + int(rng.integers(2, 5)) * HOUR] *= rng.uniform(1.2, 1.5)
    for _ in range(int(rng.integers(1, 3))):
        if w := plan.pick(int(rng.integers(12, 37)), "count_elevated", (0, 24)):
            rate[w[0] : w[1]] *= rng.uniform(2, 5)
    name = str(rng.choice(["payment_failures_total", "login_failures_total", "upstream_timeouts_total"]))
    return name, "counter", _counter(rng.poisson(rate).astype(float), [])


def duplicate_runs(ctx, plan, daily, weekly) -> tuple[str, str, np.ndarray]:
    rng = ctx.rng
    if rng.random() < 0.5:  # a scheduler's run counter
        period = int(rng.choice([1, 2, 3, 6, 12, 24]))
        ticks = np.zeros(ctx.n)
        due = np.arange(int(rng.integers(0, period)), ctx.n, period)
        late = (rng.random(len(due)) < 0.02).astype(int)
        np.add.at(ticks, np.minimum(due + late, ctx.n - 1), 1.0)
        length = max(3 * period, int(rng.integers(12, 73)))
        if w := plan.pick(length, "duplicate_runs"):
            ticks[w[0] : w[1]] *= 2
        return "scheduler_sync_executions_total", "counter", _counter(ticks, [])
    start, length = int(rng.integers(12, 60)), int(rng.integers(6, 24))  # a nightly batch's rows
    speed = rng.uniform(500, 5000)
    rows = np.zeros(ctx.n)
    for day in range(ctx.n // DAY):
        begin = day * DAY + start + int(rng.integers(-2, 3))
        rows[begin : begin + int(length * rng.uniform(0.8, 1.2))] = speed * rng.uniform(0.9, 1.1)
    day = int(rng.choice(ctx.late_days()))
    begin = day * DAY + start
    again = begin + length + int(rng.integers(0, 3 * HOUR))  # the same job started again by a second scheduler
    if plan.add(begin, again + length, "duplicate_runs"):
        rows[again : again + length] = speed * rng.uniform(0.9, 1.1)
    rows += rng.poisson(rng.uniform(0, 3), ctx.n)
    return "etl_rows_processed_total", "counter", _counter(np.round(rows), [])


def crash_loop(ctx, plan, daily, weekly) -> tuple[str, str, np.ndarray]:
    rng = ctx.rng
    base = rng.uniform(3e8, 3e9)
    leak = base * rng.uniform(0.001, 0.005)
    restarts = set()
    at = int(rng.integers(60, 300))
    while at < ctx.n:  # irregular restarts every 5-25 hours (normal sawtooth)
        restarts.add(at)
        at += int(rng.integers(60, 300))
    for _ in range(int(rng.integers(1, 3))):  # rolling deploys: two restarts within half an hour (normal)
        day = int(rng.choice(ctx.late_days()))
        s = day * DAY + int(rng.uniform(10, 16) * HOUR)
        restarts.update({s, s + int(rng.integers(2, 7))})
    for _ in range(int(rng.integers(1, 3))):
        if w := plan.pick(int(rng.integers(12, 37)), "crash_loop"):
            restarts.update(range(w[0], w[1], int(rng.integers(2, 7))))
    used, since = np.empty(ctx.n), 0.0
    for i in range(ctx.n):
        since = 0.0 if i in restarts else since + leak
        used[i] = since
    values = base + used + rng.normal(0, 0.002 * base, ctx.n)
    for r in sorted(restarts):  # a fresh process warms up within a few steps
        values[r : r + 3] -= base * np.array([0.4, 0.2, 0.1])[: len(values[r : r + 3])]
    return "container_memory_working_set_bytes", "gauge", np.round(values)


def heartbeat(ctx, plan, daily, weekly) -> tuple[str, str, np.ndarray]:
    rng = ctx.rng
    period = int(rng.choice([1, 2, 3, 6, 12, 24, 72]))
    ticks = np.zeros(ctx.n)
    due = np.arange(int(rng.integers(0, period)), ctx.n, period)
    late = (rng.random(len(due)) < 0.02).astype(int)
    dropped = rng.random(len(due)) < (0.01 if period < 12 else 0.0)  # one beat lost now and then (normal)
    keep = due[~dropped] + late[~dropped]
    np.add.at(ticks, np.minimum(keep, ctx.n - 1), 1.0)
    for _ in range(int(rng.integers(1, 3))):
        missing = int(rng.integers(2, 6))
        if w := plan.pick(missing * period, "heartbeat_missing"):
            first = w[0] + (int(due[0]) - w[0]) % period  # the first beat due in the window
            ticks[first : first + missing * period] = 0.0
            plan.windows[-1] = (first, first + missing * period, "heartbeat_missing")
    job = str(rng.choice(["cleanup", "reconcile", "export", "backup"]))
    return f"cron_{job}_runs_total", "counter", _counter(ticks, [])


def local_week(ctx, plan, daily, weekly) -> tuple[str, str, np.ndarray]:
    rng = ctx.rng
    saturdays = [d for d in ctx.late_days(True) if (ctx.first_weekday + d) % 7 == 5]
    if rng.random() < 0.5:  # business traffic, quiet local weekends
        weekend = rng.uniform(0.2, 0.45)
        rate = rng.uniform(200, 2000) * daily(ctx, rng.uniform(10, 16), rng.uniform(3, 5), 0.1) * weekly(ctx, weekend)
        s = saturdays[0] * DAY if saturdays else 0
        if saturdays and rng.random() < 0.7 and plan.add(s, s + DAY, "weekend_as_weekday"):
            rate[s : s + DAY] /= weekend
        return "api_requests_total", "counter", _counter(rng.poisson(rate).astype(float), [])
    start, length = int(rng.integers(6, 60)), int(rng.integers(6, 24))  # a weekday-only batch after local midnight
    rows = np.zeros(ctx.n)
    for day in range(ctx.n // DAY):
        if ctx.weekday[day * DAY] < 5:
            begin = day * DAY + start + int(rng.integers(-2, 3))
            rows[begin : begin + int(length * rng.uniform(0.8, 1.2))] = rng.uniform(800, 1200)
    weekdays = [d for d in ctx.late_days() if ctx.weekday[d * DAY] < 5]
    if weekdays and rng.random() < 0.6:
        day = int(rng.choice(weekdays))
        if plan.add(day * DAY + start, day * DAY + start + length, "missing_batch"):
            rows[day * DAY + start - 3 : day * DAY + start + 2 * length] = 0.0
    rows += rng.poisson(rng.uniform(0, 2), ctx.n)
    return "etl_ledger_rows_processed_total", "counter", _counter(np.round(rows), [])


FAMILIES = (elevated_counts, duplicate_runs, crash_loop, heartbeat, local_week)
