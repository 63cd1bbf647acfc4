"""Calendar, traffic shapes and the anomaly planner of the blind ops-series set (bench/ops_series_blind.py).

Written without reading the ops detector or bench/ops_series_data.py's recipes (issue #14.1, blind check): only the
bench's format (OpsSeries, 5-minute grid, 7 probation days, [start, end) label windows) is shared.

Local time is real: each series belongs to a zone with a UTC offset (half hours too) and, for some zones, the
2026 daylight-saving rules of the US or the EU, so a series that crosses a transition sees its daily pattern move
by an hour in UTC. Series start at any 5-minute step of the day, not at midnight.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field

import numpy as np

STEP_S = 300
DAY = 288
HOUR = 12
PROBATION_DAYS = 7

# (zone label, standard UTC offset in hours, daylight-saving rule)
ZONES = (
    ("America/Los_Angeles", -8.0, "us"),
    ("America/Chicago", -6.0, "us"),
    ("America/New_York", -5.0, "us"),
    ("America/Sao_Paulo", -3.0, None),
    ("Europe/London", 0.0, "eu"),
    ("Europe/Paris", 1.0, "eu"),
    ("Europe/Helsinki", 2.0, "eu"),
    ("Asia/Kolkata", 5.5, None),
    ("Asia/Singapore", 8.0, None),
    ("Asia/Tokyo", 9.0, None),
    ("UTC", 0.0, None),
)


def _utc(y: int, m: int, d: int, h: float = 0.0) -> int:
    return calendar.timegm((y, m, d, 0, 0, 0)) + int(h * 3600)


def dst_bounds(rule: str | None, standard_h: float) -> tuple[int, int] | None:
    """UTC seconds [start, end) of daylight time in 2026 for a rule, or None."""
    if rule == "us":  # second Sunday of March 02:00 local standard, first Sunday of November 02:00 local daylight
        return _utc(2026, 3, 8, 2 - standard_h), _utc(2026, 11, 1, 2 - standard_h - 1)
    if rule == "eu":  # last Sunday of March and of October, 01:00 UTC
        return _utc(2026, 3, 29, 1), _utc(2026, 10, 25, 1)
    return None


@dataclass
class Clock:
    """Local calendar of each grid step."""

    start_s: int
    n: int
    zone: tuple[str, float, str | None]
    holidays: set[int] = field(default_factory=set)  # local day ordinals behaving like a Sunday

    def __post_init__(self) -> None:
        utc = self.start_s + STEP_S * np.arange(self.n, dtype=np.int64)
        offset = np.full(self.n, int(self.zone[1] * 3600), dtype=np.int64)
        bounds = dst_bounds(self.zone[2], self.zone[1])
        if bounds:
            offset[(utc >= bounds[0]) & (utc < bounds[1])] += 3600
        local = utc + offset
        self.day = local // 86_400
        self.hour = (local % 86_400) / 3600.0
        self.weekday = (self.day + 3) % 7  # 1970-01-01 was a Thursday; Monday = 0
        self.offset_changes = int(np.count_nonzero(np.diff(offset)))

    @property
    def weekend(self) -> np.ndarray:
        return (self.weekday >= 5) | np.isin(self.day, list(self.holidays))


def wrapped_bump(hour: np.ndarray, centre: float, width: float) -> np.ndarray:
    d = np.abs(hour - centre)
    d = np.minimum(d, 24 - d)
    return np.exp(-0.5 * (d / width) ** 2)


def ar1(rng: np.random.Generator, n: int, sigma: float, phi: float) -> np.ndarray:
    """Stationary AR(1) noise with marginal standard deviation sigma."""
    shocks = rng.normal(0, sigma * np.sqrt(1 - phi * phi), n)
    out = np.empty(n)
    level = rng.normal(0, sigma)
    for i in range(n):
        level = phi * level + shocks[i]
        out[i] = level
    return out


class Planner:
    """Places labelled anomaly windows in the scored part, apart from each other and from protected spans."""

    def __init__(self, rng: np.random.Generator, clock: Clock) -> None:
        self.rng, self.clock = rng, clock
        self.windows: list[tuple[int, int, str]] = []
        self.protected: list[tuple[int, int]] = []  # normal events that must stay clean (holidays, deploys)
        self.first = PROBATION_DAYS * DAY + 2 * HOUR

    def free(self, start: int, end: int, margin: int = 10 * HOUR) -> bool:
        taken = [(s, e) for s, e, _ in self.windows] + self.protected
        return all(end + margin <= s or start >= e + margin for s, e in taken)

    def place(
        self,
        length: int,
        kind: str,
        hours: tuple[float, float] = (0.0, 24.0),
        weekdays: tuple[int, ...] | None = None,
        tail: int = 2 * HOUR,
    ) -> int | None:
        """Start row of a new window of ``length`` rows whose start falls in local ``hours`` (and weekdays),
        recorded as [start, start + length) unless the caller relabels it; None when nothing fits."""
        c = self.clock
        lo, hi = hours
        ok = (c.hour >= lo) & (c.hour < hi) if lo < hi else (c.hour >= lo) | (c.hour < hi)
        if weekdays is not None:
            ok &= np.isin(c.weekday, weekdays) & ~np.isin(c.day, list(c.holidays))
        ok[: self.first] = False
        ok[max(0, c.n - length - tail) :] = False
        candidates = np.flatnonzero(ok)
        for _ in range(60):
            if not len(candidates):
                return None
            start = int(self.rng.choice(candidates))
            if self.free(start, start + length):
                self.windows.append((start, start + length, kind))
                return start
        return None

    def relabel(self, start: int, new_start: int, new_end: int) -> None:
        for i, (s, _, k) in enumerate(self.windows):
            if s == start:
                self.windows[i] = (new_start, new_end, k)
                return


def traffic_shape(rng: np.random.Generator, clock: Clock, profile: str) -> tuple[np.ndarray, float]:
    """Daily load shape in local time (peak 1) and the factor weekends and holidays apply to it."""
    h = clock.hour
    if profile == "business":
        lunch = rng.uniform(0.0, 0.25)
        day = wrapped_bump(h, rng.uniform(9.5, 11), rng.uniform(1.6, 2.6)) + (1 - lunch) * wrapped_bump(
            h, rng.uniform(14, 16), rng.uniform(1.6, 2.6)
        )
        shape = rng.uniform(0.06, 0.2) + day / day.max()
        weekend = rng.uniform(0.2, 0.6)
    elif profile == "consumer":
        shape = rng.uniform(0.1, 0.25) + wrapped_bump(h, rng.uniform(19, 21.5), rng.uniform(2.5, 4))
        shape = shape + 0.35 * wrapped_bump(h, rng.uniform(12, 13.5), 1.5)
        weekend = rng.uniform(1.05, 1.35)
    else:  # "global": several regions, a soft daily wave
        shape = 1 + rng.uniform(0.15, 0.4) * np.cos(2 * np.pi * (h - rng.uniform(12, 18)) / 24)
        weekend = rng.uniform(0.82, 0.97)
    return shape / shape.max(), weekend


def trend(rng: np.random.Generator, n: int) -> np.ndarray:
    weekly = rng.uniform(-0.03, 0.08)  # relative growth per week
    return 1 + weekly * np.arange(n) / (7 * DAY)


def scrapes(rng: np.random.Generator, n: int, windows: list[tuple[int, int, str]]) -> np.ndarray:
    """Missed scrapes (normal): 0.2 % single steps and up to two outages of 15 minutes to 2 hours away from the
    anomaly windows; the first and last steps are there."""
    present = rng.random(n) >= 0.002
    for _ in range(int(rng.integers(0, 3))):
        length = int(rng.integers(3, 25))
        start = int(rng.integers(DAY, n - length - 1))
        if all(start + length + HOUR <= s or start >= e + HOUR for s, e, _ in windows):
            present[start : start + length] = False
    present[[0, -1]] = True
    return present
