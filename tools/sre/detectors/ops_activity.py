"""Activity channels of the ops detector that judge counts, not z: more than usual, and a beat that stopped.

- ``elevated_strength``: counts over the last two or six hours (a counter's increases, a growing gauge's
  resets, a gauge's sharp drops) above every reference day's most at that time of day: a failure count held at
  2-5 times its usual level, a job that runs twice, a process that restarts every few minutes;
- ``quiet_strength``: a counter that has counted nothing for ``quiet_factor`` times the longest silence it ever
  kept (a 30-minute heartbeat silent for over an hour alarms; a 6-hour one after 12 hours).
"""

from __future__ import annotations

from dataclasses import dataclass

from genaiops.lazy import lazy_module

np = lazy_module("numpy")  # imported on first use

__all__ = [
    "ACTIVITY_PARAMS",
    "ActivityParams",
    "elevated_strength",
    "quiet_strength",
    "run_lengths",
    "sharp_drops",
]


@dataclass(frozen=True, slots=True)
class ActivityParams:
    """Chosen on the dev seeds of bench/ops_series.py (with the dev-only families)."""

    elevated_windows: tuple[int, ...] = (24, 72)
    """Windows (points of 5 minutes; scaled to the real step) whose counts are compared with the reference days."""
    elevated_slack: int = 12
    """Points either side of the time of day within which a reference day's most is taken (batches jitter)."""
    elevated_ratio: float = 1.8
    """Counts must reach this multiple of the reference days' median ..."""
    elevated_spread: float = 1.5
    """... and exceed their most by this multiple of their range (the day-to-day noise of the count) ..."""
    elevated_extra: float = 3.0
    """... and by at least this many events over their median ..."""
    elevated_poisson: float = 3.0
    """... and, unless the series counts regularly, exceed their most by this many square roots of the median:
    many windows are judged, so a one-in-a-hundred count must not alarm."""
    elevated_regular: float = 0.3
    """A series counts regularly (a heartbeat, a scheduler) when its hourly counts over the first two days vary
    less than this multiple of their mean (random counts vary about as much as their mean)."""
    quiet_factor: float = 2.0
    """A counter silent for this multiple of its longest usual silence alarms."""
    quiet_least: int = 3
    """Points: a shorter silence never alarms."""
    quiet_most: int = 96
    """Points: a longest usual silence beyond this (eight hours: a 6-hourly job beating late stays judged) is left
    to the missing-activity channel that compares the time of day (a nightly batch, a weekday-only job)."""


ACTIVITY_PARAMS = ActivityParams()


def _window_sums(counts: np.ndarray, width: int) -> np.ndarray:
    sums = np.concatenate([[0.0], np.cumsum(counts)])
    end = np.arange(1, len(counts) + 1)
    out = sums[end] - sums[np.maximum(end - width, 0)]
    out[: width - 1] = np.nan
    return out


def elevated_strength(
    counts: np.ndarray, weekday: np.ndarray, period: int, lags, params: ActivityParams = ACTIVITY_PARAMS
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per point: strength (1 at the bar, capped at 2) of the counts over a trailing window against the same
    window on the reference days (``lags(weekday)``: earlier days of the same type, at least three), the
    window's length, and the most a reference day counted there. The bar is the largest of ``elevated_ratio``
    times the reference median, their most plus ``elevated_spread`` times their range, and the median plus
    ``elevated_extra``."""
    from scipy.ndimage import maximum_filter1d

    n = len(counts)
    hour = max(1, period // 24)
    slack = params.elevated_slack * hour // 12
    strength, reach, usual = np.zeros(n), np.zeros(n, dtype=int), np.zeros(n)
    table = np.full((7, max(len(lags(day)) for day in range(7))), -1)  # each weekday's reference lags
    for day in range(7):
        table[day, : len(lags(day))] = lags(day)
    hourly = np.add.reduceat(counts[: 2 * period], np.arange(0, min(len(counts), 2 * period), hour))
    regular = bool(hourly.mean() > 0 and hourly.var() < params.elevated_regular * hourly.mean())
    step = max(1, hour // 4)  # the references are read every 15 minutes: their most over an hour moves slowly
    sub = np.arange(0, n, step)
    ks = table[weekday[sub]].T
    rows = sub[None, :] - period * ks
    absent = (ks < 0) | (rows < 0)
    rows = np.where(absent, 0, rows)
    for points in params.elevated_windows:
        width = max(1, points * hour // 12)
        here = _window_sums(counts, width)
        if not np.nanmax(here, initial=0.0) >= params.elevated_extra:  # the bar is at least that many
            continue
        near = maximum_filter1d(np.where(np.isnan(here), -1.0, here), size=2 * slack + 1, mode="nearest")
        refs = near[rows]
        unseen = absent | (refs < 0)
        masked = np.where(unseen, np.inf, refs)
        low = masked[0].copy()  # the median is at least this: most points are ruled out here
        for row in masked[1:]:
            np.minimum(low, row, out=low)
        low[(~unseen).sum(axis=0) < 3] = np.inf
        low = np.repeat(low, step)[:n]
        here = np.nan_to_num(here)
        cand = np.flatnonzero(here >= np.maximum(params.elevated_ratio * low, low + params.elevated_extra))
        value = np.zeros(n)
        most = np.zeros(n)
        if len(cand):
            at = cand // step
            bar, high = _elevated_bar(np.where(unseen[:, at], np.nan, refs[:, at]), regular, params)
            value[cand] = np.where(here[cand] >= bar, np.minimum(here[cand] / bar, 2.0), 0.0)
            most[cand] = high
        better = value > strength
        reach = np.where(better, width, reach)
        usual = np.where(better, most, usual)
        strength = np.maximum(strength, value)
    return strength, reach, usual


def _elevated_bar(stack: np.ndarray, regular: bool, params: ActivityParams) -> tuple[np.ndarray, np.ndarray]:
    """The bar of ``elevated_strength`` per column of reference counts (NaN: no such day; inf: under three) and
    the reference days' most."""
    seen = np.isfinite(stack).sum(axis=0)
    ordered = np.sort(stack, axis=0)  # NaN last
    cols = np.arange(stack.shape[1])
    high = ordered[np.maximum(seen - 1, 0), cols]
    low = ordered[0]
    median = 0.5 * (ordered[np.maximum((seen - 1) // 2, 0), cols] + ordered[np.maximum(seen // 2, 0), cols])
    poisson = 0.0 if regular else params.elevated_poisson * np.sqrt(median + 1)
    need = np.maximum(params.elevated_ratio * median, median + params.elevated_extra)
    need = np.maximum(need, high + np.maximum(params.elevated_spread * (high - low), poisson))
    return np.where(seen >= 3, need, np.inf), np.where(seen >= 3, high, 0.0)


def run_lengths(same: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per point: where the run of ``same`` steps ending there started, its length (points), and each run's
    length at its last point (0 elsewhere)."""
    n = len(same)
    index = np.arange(n)
    starts = np.maximum.accumulate(np.where(~same, index, 0))
    run = index - starts + 1
    ended = np.where(~np.r_[same[1:], False], run, 0)
    return starts, run, ended


def quiet_strength(
    counts: np.ndarray, learn: int, params: ActivityParams = ACTIVITY_PARAMS
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per point: strength of the silence ending there (no count for ``quiet_factor`` times the longest silence
    kept before it began, at least ``quiet_least`` points; 1 at the bar, capped at 2), its length (points that
    counted nothing), and the usual longest interval between counts (points). A silence that alarmed is not
    usual, unless it comes again (a job that runs on some weekdays only: its long silence recurs); silences
    ending in the first ``learn`` points all are; a series whose usual silences exceed ``quiet_most`` is not
    judged."""
    same = np.r_[False, counts[1:] <= 0]
    starts, run, ended = run_lengths(same)
    least = params.quiet_least
    record = np.maximum.accumulate(np.r_[0, ended[:-1]])  # every silence usual: the record if none alarmed
    long = np.flatnonzero(ended >= least)
    reached = ended[long] >= np.maximum(least, params.quiet_factor * (record[starts[long]] + 1))
    if reached[long >= learn].any():  # some alarmed: rebuild the record without them, in order
        record = _quiet_record(ended, starts, long, learn, params)
    usual = record[starts]
    bar = np.maximum(least, params.quiet_factor * (usual + 1))
    judged = (usual <= params.quiet_most) & (np.arange(len(counts)) >= learn)
    strength = np.where(judged & (run >= bar), np.minimum(run / bar, 2.0), 0.0)
    return strength, run - 1, usual + 1


def _quiet_record(
    ended: np.ndarray, starts: np.ndarray, long: np.ndarray, learn: int, params: ActivityParams
) -> np.ndarray:
    """The longest usual silence before each point, where a long silence that reached its bar is not usual."""
    least = params.quiet_least
    record = np.maximum.accumulate(np.r_[0, np.where(ended < least, ended, 0)[:-1]])  # short silences: usual
    longest = np.zeros(len(ended))
    current = 0
    alarmed = 0  # the longest silence that reached its bar so far
    for last in long:  # a long silence is usual unless it reached its bar for the first time
        before = max(int(record[starts[last]]), current)
        length = int(ended[last])
        repeated = 3 * alarmed >= 2 * length  # as long as one that already alarmed: the series' rhythm
        if last < learn or repeated or length < max(least, params.quiet_factor * (before + 1)):
            current = max(current, length)
            if last + 1 < len(ended):
                longest[last + 1] = current
        else:
            alarmed = max(alarmed, length)
    return np.maximum(record, np.maximum.accumulate(longest))


def sharp_drops(values: np.ndarray, decide: int) -> np.ndarray:
    """True where a gauge falls at once by over a tenth of its level and eight times its usual step (the
    first ``decide`` points' spread): a process restart, not noise."""
    steps = np.diff(values, prepend=values[:1])
    head = steps[1:decide]
    noise = 1.4826 * float(np.median(np.abs(head - np.median(head)))) if len(head) else 0.0
    before = np.abs(np.r_[values[:1], values[:-1]])
    return (steps < -8 * noise) & (-steps > 0.1 * before)
