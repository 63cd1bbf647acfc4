"""Infrastructure and job renderers of the seventh blind set (bench/ops_series_blind7.py): autoscaled pods and their
CPU, disks that rotate or compact, memory of services that leak and get restarted, nightly batches, cron
heartbeats, queues and connection pools. Same ``Draft`` protocol as ops_blind7_shapes.
"""

from __future__ import annotations

import numpy as np
from ops_blind7_shapes import Draft, _ar1, _counter, _stale
from ops_blind7_world import HOUR
from ops_series_data import DAY


def _replicas(draft: Draft, demand: np.ndarray, low: int, high: int) -> np.ndarray:
    """An autoscaler: out at once above 75 % use, in one pod at a time after 30 minutes below 45 %."""
    out = np.empty(draft.n)
    pods, calm = low, 0
    for i, need in enumerate(demand):
        use = need / pods
        if use > 0.75 and pods < high:
            pods, calm = min(high, int(np.ceil(need / 0.6))), 0
        elif use < 0.45 and pods > low:
            calm += 1
            if calm >= 6:
                pods, calm = pods - 1, 0
        else:
            calm = 0
        out[i] = pods
    for r in np.flatnonzero(np.diff(out)) + 1:
        draft.note(int(r), int(r) + 3, "autoscale_step")
    return out


def replicas(draft: Draft, low: int = 3, high: int = 24) -> np.ndarray:
    """Pods of an autoscaled deployment (a gauge of whole numbers)."""
    demand = high * 0.62 * draft.activity() * np.exp(_ar1(draft.rng, draft.n, 0.04))
    return _replicas(draft, demand, low, high)


def cpu_percent(draft: Draft, low: int = 0, high: int = 0, level: float = 55.0) -> np.ndarray:
    """CPU use in per cent; with ``high`` pods it is the autoscaled mean (a sawtooth at every scale step)."""
    rng, n = draft.rng, draft.n
    activity = draft.activity()
    if high:
        demand = high * 0.62 * activity * np.exp(_ar1(rng, n, 0.04))
        value = 100 * demand / _replicas(draft, demand, low, high) * 0.92 + 4
    else:
        value = 6 + level * activity
    value = value + _ar1(rng, n, 2.0) + rng.normal(0, 0.8, n)
    for a, b, _ in draft.spans("cpu_pinned"):
        value[a:b] = rng.uniform(96.5, 100, b - a)
    return _stale(draft, np.clip(value, 0, 100))


def disk_bytes(
    draft: Draft, size: float = 400e9, growth_day: float = 2e9, churn: float = 6e9, mode: str = "rotation"
) -> np.ndarray:
    """Used bytes: slow growth plus what the day writes, dropped at local midnight by log rotation or on Sunday
    03:00 by compaction. A rotation that stops keeps the logs until someone cleans up at the window's end."""
    clock, rng, n = draft.clock, draft.rng, draft.n
    slope = np.full(n, growth_day / DAY)
    for a, _, size_up in draft.spans("growth_rate_change"):
        slope[a:] *= size_up
    written = churn * draft.activity() / DAY * rng.uniform(0.8, 1.2, n)
    if mode == "rotation":
        drop = np.flatnonzero(np.diff(clock.day) > 0) + 1
        kind = "log_rotation"
    else:
        drop = np.flatnonzero(np.diff(((clock.weekday == 6) & (clock.hour >= 3)).astype(int)) > 0) + 1
        kind = "weekly_compaction"
    stopped = draft.spans("rotation_stopped")
    cleanups = [b for _, b, _ in stopped]
    drop = {int(r) for r in drop if not any(a <= r < b for a, b, _ in stopped)} | set(cleanups)
    since = np.zeros(n)
    last = 0.0
    for i in range(n):
        last = last + written[i]
        if i in drop:
            last = written[i] * rng.uniform(0.5, 1.0)
            if i not in cleanups:
                draft.note(i - 1, i + (7 if mode != "rotation" else 2), kind)
        since[i] = last
    value = size + np.cumsum(slope) + since + rng.normal(0, churn * 0.002, n)
    return np.maximum(value, 0.0)


def memory_bytes(draft: Draft, base: float = 1.2e9, leak_day: float = 0.6e9, restart_h: tuple = (14, 40)) -> np.ndarray:
    """Resident memory of a service that leaks and is restarted at irregular times (a sawtooth); a runaway leak
    climbs far faster until the OOM killer restarts it at the window's end."""
    rng, n = draft.rng, draft.n
    runaway = draft.spans("runaway_leak")
    restarts, r = [], int(rng.integers(4 * HOUR, 30 * HOUR))
    while r < n:
        if not any(a - 6 * HOUR <= r < b + 2 * HOUR for a, b, _ in runaway):
            restarts.append(r)
        r += int(rng.integers(restart_h[0] * HOUR, restart_h[1] * HOUR))
    restarts = set(restarts) | {b for _, b, _ in runaway if b < n}
    slope = np.full(n, leak_day / DAY) * (0.7 + 0.6 * draft.activity())
    for a, b, size in runaway:
        slope[a:b] *= size
    value, level = np.empty(n), 0.0
    for i in range(n):
        level = 0.0 if i in restarts else level + slope[i]
        value[i] = base + level
    for r in restarts:
        if not any(b == r for _, b, _ in runaway):
            draft.note(r, r + 2, "leak_restart")
    return value * np.exp(_ar1(rng, n, 0.01))


def batch_rows(
    draft: Draft,
    hour: float = 2.0,
    hours: float = 0.75,
    per_step: float = 4000.0,
    rest_days: bool = False,
    backfill_day: int | None = None,
) -> np.ndarray:
    """Rows written by a nightly batch (a counter): flat all day, steep while the job runs. A skipped night has no
    run; a late one runs at the magnitude's hour. Month ends and a backfill run longer."""
    clock, rng, n = draft.clock, draft.rng, draft.n
    late = {day: (size, h) for kind, day, h, _, size in draft.anomalies if kind == "batch_late"}
    skipped = {day for kind, day, *_ in draft.anomalies if kind == "batch_skipped"}
    increments = np.zeros(n)
    draft.calendar(follows_load=False)
    for day in range(clock.service.days):
        rows = np.flatnonzero((clock.day == day) & (clock.hour >= hour))
        if not len(rows) or rows[0] + 3 * hours * HOUR >= n:
            continue  # the last night's run would fall after the series' end
        planned = int(rows[0])
        if clock.rest[planned] and not rest_days:
            if clock.holiday[planned]:
                draft.note(planned, planned + int(hours * HOUR), "public_holiday")
            continue
        start = planned + int(rng.integers(-1, 3))
        length = max(3, int(round(hours * HOUR * rng.uniform(0.85, 1.15))))
        if clock.month_end[planned]:
            length = int(length * 1.9)
            draft.note(start, start + length, "month_end")
        if day == backfill_day:
            length = int(length * 1.7)
            draft.note(start, start + length, "backfill")
        if day in skipped:
            draft.windows.append((planned, planned + length, "batch_skipped"))
            continue
        if day in late:
            start = clock.row(day, late[day][0])
            draft.windows.append((planned, start + length, "batch_late"))
        end = min(n - 1, start + length)
        increments[start:end] = rng.poisson(per_step * rng.uniform(0.9, 1.1), end - start)
    return _counter(draft, increments, [])


def heartbeat_runs(draft: Draft, every: int = 3, maintenance: bool = True) -> np.ndarray:
    """A cron job's runs (a counter): one every ``every`` steps; paused in the planned Sunday 03:00-04:00 window."""
    clock, rng, n = draft.clock, draft.rng, draft.n
    draft.calendar(follows_load=False)
    runs = np.zeros(n)
    runs[int(rng.integers(0, every)) :: every] = 1.0
    if maintenance:
        window = (clock.weekday == 6) & (clock.hour >= 3) & (clock.hour < 4)
        runs[window] = 0
        for a, b in clock.day_rows(window):
            draft.note(a, b, "maintenance_window")
    for a, b, _ in draft.spans("heartbeat_gap"):
        runs[a:b] = 0
    return _counter(draft, runs, [])


def fleet_battery(draft: Draft, full: float = 88.0) -> np.ndarray:
    """Mean battery charge of a robot fleet in per cent: drained through the shifts, topped up at night."""
    value = full - 32 * draft.activity() + _ar1(draft.rng, draft.n, 1.2)
    return _stale(draft, np.clip(value, 0, 100))


def queue_depth(draft: Draft, level: float = 30.0) -> np.ndarray:
    """Messages waiting: a few at night, more at peak, short bursts that drain within minutes; a stalled consumer
    lets the queue climb for the window and drains it fast once fixed (the window ends when it is back)."""
    rng, n = draft.rng, draft.n
    value = rng.poisson(2 + level * draft.activity()).astype(float)
    bursts = np.flatnonzero(rng.random(n) < 0.006)
    for r in bursts:
        value[r : r + 2] += rng.uniform(3, 6) * level * np.array([1.0, 0.35])[: min(2, n - r)]
    for a, b, size in draft.spans("queue_backlog"):
        climb = int((b - a) * 0.8)
        value[a : a + climb] += np.linspace(0, size, climb) * rng.uniform(0.95, 1.05, climb)
        value[a + climb : b] += np.linspace(size, 0, b - a - climb)
    return value


def connections(draft: Draft, pool: float = 180.0) -> np.ndarray:
    """Open database connections: follows the load, near empty in the planned Sunday 03:00-04:00 maintenance."""
    clock, rng = draft.clock, draft.rng
    value = np.round(8 + pool * draft.activity() * np.exp(_ar1(rng, draft.n, 0.05)))
    window = (clock.weekday == 6) & (clock.hour >= 3) & (clock.hour < 4)
    value[window] = rng.integers(0, 4, window.sum())
    for a, b in clock.day_rows(window):
        draft.note(a, b, "maintenance_window")
    return _stale(draft, value)
