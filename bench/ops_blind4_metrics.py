"""Metric families of the fourth blind ops set: each turns a series' context into (metric kind, values).

Families draw their schedules (deploys, restarts, backfills, jitter) from the context's random stream before any
noise, so the normal-behaviour windows they record are the same with and without the anomalies (the set is built
twice: once to learn where the normal behaviours fall, once with the anomalies placed away from them).
"""

from __future__ import annotations

import numpy as np
from ops_blind4_calendar import DAY
from ops_blind4_profiles import Ctx, cumulate, daily_rows, weekly_rows


def _maintenance(ctx: Ctx, expected: np.ndarray, maint: tuple[int, float, float] | None) -> list[int]:
    """A weekly announced window: the service is drained; its counters restart when it comes back."""
    if maint is None:
        return []
    weekday, hour, hours = maint
    ends = []
    for row in weekly_rows(ctx.clock, weekday, hour):
        end = min(ctx.n, row + int(hours * 12))
        expected[row:end] *= 0.02
        ctx.note(row, end + 2, "maintenance_window")
        ends.append(end)
    return ends


def requests_total(
    ctx: Ctx, per_step: float, profile: str, deploys: float = 2.0, growth: float = 0.02, maint=None, nightly=None
) -> tuple[str, np.ndarray]:
    act = ctx.activity(profile)
    resets = ctx.deploys(deploys)
    start = ctx.rng.uniform(1e5, 5e7)
    if nightly is not None:
        for row in daily_rows(ctx.clock, nightly):
            ctx.note(row - 1, row + 3, "counter_reset")
            resets.append(row)
    expected = per_step * act * (1 + growth * np.arange(ctx.n) / (7 * DAY)) * ctx.scale()
    resets += _maintenance(ctx, expected, maint)
    for row in resets:
        expected[row] *= 0.55
    return "counter", cumulate(ctx.counts(expected), resets, start)


def errors_total(ctx: Ctx, per_step: float, profile: str, deploys: float = 1.5) -> tuple[str, np.ndarray]:
    act = ctx.activity(profile)
    resets = ctx.deploys(deploys)
    start = ctx.rng.uniform(100, 9e4)
    expected = per_step * (0.35 + 0.65 * act / act.mean()) * ctx.scale()
    for row in resets:
        expected[row : row + 2] += 2.5 * per_step + 2
    for a in ctx.of("error_burst"):
        expected[a.start : a.end] += a.mag
    return "counter", cumulate(ctx.counts(expected), resets, start)


def batch_rows_total(
    ctx: Ctx, start_h: float, hours: float, per_step: float, workdays: bool = False, backfills: int = 0
) -> tuple[str, np.ndarray]:
    """A nightly load: starts within a few minutes of its hour, runs its length +-15 %, ramps up and down."""
    c = ctx.clock
    if workdays:
        ctx.note_holidays()  # no run on a public holiday either
    ndays = int(c.day_index()[-1]) + 1
    jitter = ctx.rng.normal(0, 1.2, ndays)
    stretch = ctx.rng.uniform(0.85, 1.15, ndays)
    fill_days = ctx.rng.choice(np.arange(8, max(9, ndays - 1)), size=backfills, replace=False) if backfills else []
    fill_hours = ctx.rng.uniform(9.0, 12.0, max(backfills, 1))
    start = ctx.rng.uniform(1e6, 1e9)
    expected = np.zeros(ctx.n)
    skipped = {a.day for a in ctx.of("batch_skipped")}
    late = {a.day: a.mag for a in ctx.of("batch_late")}
    for day in range(ndays):
        first = c.at(day, start_h)
        if first >= ctx.n - 1 or day in skipped or (workdays and c.off[first]):
            continue
        s = (c.at(day, start_h + late[day]) if day in late else first) + int(round(jitter[day]))
        length = int(round(hours * 12 * stretch[day]))
        e = min(ctx.n, s + length)
        shape = np.minimum(1.0, np.minimum(np.arange(1, e - s + 1), np.arange(e - s, 0, -1)) / 3.0)
        expected[s:e] += per_step * shape
    for day, hour in zip(fill_days, fill_hours, strict=False):
        s = c.at(int(day), float(hour))
        e = min(ctx.n, s + int(6.5 * 12))
        expected[s:e] += 0.3 * per_step
        ctx.note(s, e + 2, "backfill")
    return "counter", cumulate(ctx.counts(expected * ctx.scale()), [], start)


def heartbeats_total(ctx: Ctx, devices: int, profile: str = "store") -> tuple[str, np.ndarray]:
    """Kiosks ping once per scrape interval while switched on; the collector restarts Mondays at 04:00."""
    act = ctx.activity(profile)
    resets = weekly_rows(ctx.clock, 0, 4.0)
    for row in resets:
        ctx.note(row - 1, row + 3, "counter_reset")
    start = ctx.rng.uniform(1e4, 1e6)
    online = np.round(devices * act).astype(int)
    for a in ctx.of("heartbeat_gap"):
        online[a.start : a.end] = np.round(online[a.start : a.end] * (1 - a.mag)).astype(int)
    beats = ctx.rng.binomial(online, 0.993).astype(float)
    return "counter", cumulate(beats, resets, start)


def job_runs_total(ctx: Ctx, every_steps: int, profile: str = "always") -> tuple[str, np.ndarray]:
    """A sync job every few scrapes, one run counted each time, all day; a gap is expected activity missing."""
    ctx.activity(profile)
    phase = int(ctx.rng.integers(0, every_steps))
    start = float(ctx.rng.integers(100, 5000))
    runs = np.zeros(ctx.n)
    runs[phase::every_steps] = 1.0
    for a in ctx.of("heartbeat_gap"):
        runs[a.start : a.end] = 0.0
    return "counter", cumulate(runs, [], start)


def mails_total(ctx: Ctx, per_step: float, send: tuple[int, float, float], burst: float) -> tuple[str, np.ndarray]:
    """Transactional mail all day plus the weekly newsletter (announced, same slot every week)."""
    act = ctx.activity("consumer")
    start = ctx.rng.uniform(1e5, 1e7)
    expected = per_step * act * ctx.scale()
    weekday, hour, hours = send
    for row in weekly_rows(ctx.clock, weekday, hour):
        end = min(ctx.n, row + int(hours * 12))
        expected[row:end] += burst * per_step
        ctx.note(row, end + 12, "newsletter_send")
    return "counter", cumulate(ctx.counts(expected), [], start)


def payments_total(ctx: Ctx, per_step: float, deploys: float = 1.0) -> tuple[str, np.ndarray]:
    """Card payments: evening shoppers, and paydays (the 15th and the month's last day) run busier."""
    c = ctx.clock
    act = ctx.activity("consumer")
    resets = ctx.deploys(deploys)
    start = ctx.rng.uniform(1e6, 1e8)
    payday = (c.day_of_month == 15) | c.last_of_month
    for rows in _runs(np.flatnonzero(payday)):
        ctx.note(rows[0], rows[-1] + 1, "payday_peak")
    expected = per_step * act * np.where(payday, 1.45, 1.0) * ctx.scale()
    return "counter", cumulate(ctx.counts(expected), resets, start)


def ledger_postings_total(ctx: Ctx, per_step: float) -> tuple[str, np.ndarray]:
    """Finance postings: office hours, and the month-end close (last and first working day) runs long and hot."""
    c = ctx.clock
    act = ctx.activity("office")
    start = ctx.rng.uniform(1e5, 1e7)
    days = c.day_index()
    closing = np.zeros(ctx.n, dtype=bool)
    for d in range(int(days[-1]) + 1):
        rows = np.flatnonzero(days == d)
        date = c.day_number[rows[0]].astype("datetime64[D]")
        if not c.region.works(date):
            continue
        if c.region.next_workday(date, 1).astype("datetime64[M]") != date.astype("datetime64[M]") or (
            c.region.next_workday(date, -1).astype("datetime64[M]") != date.astype("datetime64[M]")
        ):
            closing[rows] = True
            ctx.note(rows[0], rows[-1] + 1, "month_end_close")
    boost = np.where(closing, 1.7 + 1.2 * ((c.hour > 18) & (c.hour < 23.5)), 1.0)
    expected = per_step * np.maximum(act, np.where(closing, 0.55, 0.0)) * boost * ctx.scale()
    return "counter", cumulate(ctx.counts(expected), [], start)


def _runs(rows: np.ndarray) -> list[np.ndarray]:
    return np.split(rows, np.flatnonzero(np.diff(rows) > 1) + 1) if len(rows) else []


def scans_total(ctx: Ctx, per_step: float) -> tuple[str, np.ndarray]:
    act = ctx.activity("shifts")
    start = ctx.rng.uniform(1e5, 1e7)
    return "counter", cumulate(ctx.counts(per_step * act * ctx.scale()), [], start)


__all__ = [
    "batch_rows_total",
    "errors_total",
    "heartbeats_total",
    "job_runs_total",
    "ledger_postings_total",
    "mails_total",
    "payments_total",
    "requests_total",
    "scans_total",
]
