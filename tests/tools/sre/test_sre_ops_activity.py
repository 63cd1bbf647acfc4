"""The ops detector's activity channels through detect_anomalies: counts held above their usual level, jobs that
run twice, crash loops and heartbeats of any period that stop — each with a normal look-alike that must stay
quiet."""

import re
import warnings
from datetime import UTC, datetime, timedelta

import numpy as np

from genaiops.tools import load_tools

DAY = 288
MONDAY_S = 1_767_571_200  # 2026-01-05 00:00 UTC


def detect(name: str, values: np.ndarray, utc_offset_h: float = 0.0):
    """The tool on a series whose first point is local midnight of Monday 5 January 2026 (UTC + offset)."""
    start = datetime.fromtimestamp(MONDAY_S - utc_offset_h * 3600, tz=UTC)
    times = [(start + timedelta(minutes=5 * i)).isoformat() for i in range(len(values))]
    spec = load_tools().get("detect_anomalies")
    return spec.invoke({"series": {"name": name, "timestamps": times, "values": values.tolist()}}).anomalies


def hours(days: int) -> np.ndarray:
    return (np.arange(days * DAY) % DAY) / 12.0


def working_day(days: int) -> np.ndarray:
    """1 at 14:00, 0.3 at night."""
    return 0.3 + 0.7 * np.exp(-0.5 * ((hours(days) - 14.0) / 4.0) ** 2)


def failures(days: int, seed: int, factor: np.ndarray | None = None) -> np.ndarray:
    """A failure counter, 2 per step at the day's peak, with a marketing push tripling it 09:00-10:00 daily."""
    rate = 2.0 * working_day(days) * np.where((hours(days) >= 9) & (hours(days) < 10), 3.0, 1.0)
    if factor is not None:
        rate = rate * factor
    return np.cumsum(np.random.default_rng(seed).poisson(rate)).astype(float)


def test_a_count_held_at_four_times_its_level_alarms_and_a_busy_afternoon_does_not():
    """A failure count held at 4x its usual level for two hours is one 'more_activity' event explained against
    the reference days; the daily push and an afternoon 40 % busier than usual raise nothing."""
    days, start = 12, 9 * DAY + 15 * 12
    busy = np.ones(days * DAY)
    busy[start : start + 36] = 1.4
    assert detect("payment_failures_total", failures(days, 1, busy)) == []
    elevated = np.ones(days * DAY)
    elevated[start : start + 24] = 4.0
    (anomaly,) = detect("payment_failures_total", failures(days, 1, elevated))
    assert anomaly.kind == "more_activity" and "counts more than usual" in anomaly.explanation
    assert "on earlier weekdays at that time of day" in anomaly.explanation
    onset = datetime.fromtimestamp(MONDAY_S + 300 * start, tz=UTC)  # the onset is as sharp as the window (2 h)
    assert onset - timedelta(hours=2) <= anomaly.onset <= onset + timedelta(hours=2)


def beats(days: int, period: int, late_every: int = 0) -> np.ndarray:
    """A run counter ticking once every ``period`` steps (every ``late_every``-th beat a step late)."""
    ticks = np.zeros(days * DAY)
    due = np.arange(0, days * DAY - 1, period)
    if late_every:
        due[::late_every] += 1
    ticks[due] = 1.0
    return ticks


def test_a_job_that_runs_twice_alarms_and_late_beats_do_not():
    """A 15-minute scheduler with a beat a step late now and then is normal; the same scheduler running every
    job twice for three hours (a second scheduler started) is one 'more_activity' event."""
    days, start = 12, 9 * DAY + 100
    ticks = beats(days, 3, late_every=37)
    assert detect("scheduler_sync_executions_total", np.cumsum(ticks)) == []
    ticks[start : start + 36] *= 2
    (anomaly,) = detect("scheduler_sync_executions_total", np.cumsum(ticks))
    assert anomaly.kind == "more_activity" and anomaly.severity in ("warning", "critical")


def memory(days: int, restarts: set[int]) -> np.ndarray:
    """A leaking service's memory: +1 MB a step, back to 400 MB at each restart, warming up over 3 steps."""
    used, since = np.empty(days * DAY), 0.0
    for i in range(days * DAY):
        since = 0.0 if i in restarts else since + 1e6
        used[i] = 4e8 + since
    for r in restarts:
        used[r : r + 3] -= np.array([1.6e8, 8e7, 4e7])[: len(used[r : r + 3])]
    return used + np.random.default_rng(3).normal(0, 2e5, days * DAY)


def test_a_crash_loop_alarms_and_a_rolling_deploy_does_not():
    """Restarts every 10-30 hours and a rolling deploy (two restarts 20 minutes apart) are normal; restarts every
    15 minutes for two hours are one event of resets more often than usual."""
    days = 12
    usual = {150, 420, 700, 1000, 1350, 1600, 1900, 2250, 2600, 2900, 3200}
    deploy = {9 * DAY + 130, 9 * DAY + 134}
    assert detect("container_memory_working_set_bytes", memory(days, usual | deploy)) == []
    loop = set(range(10 * DAY + 150, 10 * DAY + 174, 3))
    found = detect("container_memory_working_set_bytes", memory(days, usual | loop))
    assert [a.kind for a in found] == ["more_activity"]
    assert "reset (a restart or rotation)" in found[0].explanation


def test_a_heartbeat_alarms_after_about_two_silent_periods_whatever_its_period():
    """A 30-minute heartbeat silent for two beats alarms, explained against its usual interval; a 6-hour one
    missing two beats alarms too; neither alarms while it beats (with a beat a step late now and then)."""
    days = 12
    for period, name in ((6, "cron_cleanup_runs_total"), (72, "cron_backup_runs_total")):
        ticks = beats(days, period, late_every=23)
        assert detect(name, np.cumsum(ticks)) == [], period
        start = 9 * DAY + 3 * period
        ticks[start : start + 2 * period] = 0.0  # two beats missing, then the next on time
        (anomaly,) = detect(name, np.cumsum(ticks))
        assert anomaly.kind == "missing_activity" and "counted nothing for" in anomaly.explanation
        if period == 6:
            assert re.search(
                r"counted nothing for [89]\d min; it usually counts at least every (35|40) min", anomaly.explanation
            )
            silent = datetime.fromtimestamp(MONDAY_S + 300 * (start - period), tz=UTC)
            assert silent <= anomaly.onset <= silent + timedelta(minutes=20)


def test_a_huge_counter_after_a_quiet_hour_raises_no_overflow_warning():
    """A bytes counter (~1e9 a step) that counted nothing for two hours on a few earlier days: where the reference
    days' least count is zero the silence bar is zero, and dividing by it must not warn (bench/ops_series.py printed
    "overflow encountered in divide")."""
    days = 14
    steps = np.full(days * DAY, 1.0e9)
    quiet = (hours(days) >= 3) & (hours(days) < 5) & (np.arange(days * DAY) < 5 * DAY)
    steps[quiet] = 0.0
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        detect("edge_bytes_sent_total", np.cumsum(steps))  # a warning fails the test
