"""Daily and weekly shapes, the per-series context and the noise of the fourth blind ops set.

A profile maps local time to an activity level near 0..1 (1 = a busy working hour). ``Ctx`` carries one series'
clock, its random streams, its anomaly windows and the normal-behaviour windows it records, and applies the
anomalies that act on activity or scale (busy weekends, night-time bots, throughput ceilings, level shifts, double
counting, noise storms) so that every metric family gets them the same way.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from ops_blind4_calendar import DAY, LocalClock


def _sig(h: np.ndarray, at: float, width: float) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-(h - at) / width))


def _bump(h: np.ndarray, at: float, width: float) -> np.ndarray:
    d = (h - at + 12.0) % 24.0 - 12.0
    return np.exp(-0.5 * (d / width) ** 2)


def office(c: LocalClock, off: np.ndarray) -> np.ndarray:
    """Working hours with a lunch dip; a day off is a trickle."""
    h = c.hour
    work = 0.05 + 0.95 * _sig(h, 8.2, 0.5) * (1 - _sig(h, 17.6, 0.7)) * (1 - 0.14 * _bump(h, 12.6, 0.5))
    rest = 0.05 + 0.09 * _sig(h, 10.5, 1.0) * (1 - _sig(h, 18.0, 1.0))
    return np.where(off, rest, work)


def consumer(c: LocalClock, off: np.ndarray) -> np.ndarray:
    """People at home: a lunch hump and an evening peak; days off start later and run busier."""
    h = c.hour
    work = (
        0.12
        + 0.22 * _sig(h, 7.0, 0.6) * (1 - _sig(h, 23.6, 0.5))
        + 0.3 * _bump(h, 12.7, 1.6)
        + 0.62 * _bump(h, 20.6, 1.9)
    )
    rest = (
        0.13
        + 0.34 * _sig(h, 9.3, 0.8) * (1 - _sig(h, 23.8, 0.5))
        + 0.3 * _bump(h, 14.0, 2.4)
        + 0.6 * _bump(h, 20.2, 2.0)
    )
    return np.where(off, rest, work)


def always(c: LocalClock, off: np.ndarray) -> np.ndarray:
    """Round-the-clock edge traffic, a soft afternoon maximum, the same every day."""
    return 0.78 + 0.22 * np.cos(2 * np.pi * (c.hour - 16.0) / 24.0)


def shifts(c: LocalClock, off: np.ndarray) -> np.ndarray:
    """Warehouse handhelds: early, late and night shift, a lull at each hand-over, Sundays and holidays shut."""
    h = c.hour
    level = np.where((h >= 6) & (h < 14), 1.0, np.where((h >= 14) & (h < 22), 0.82, 0.3))
    for change in (6.0, 14.0, 22.0):
        level = level * (1 - 0.75 * _bump(h, change + 0.1, 0.18))
    sunday = (c.weekday == 6) | c.holiday
    saturday = (c.weekday == 5) & off
    level = np.where(saturday & (h >= 14), 0.06, level)
    return np.where(sunday & off, 0.03, level)


def store(c: LocalClock, off: np.ndarray) -> np.ndarray:
    """Shop kiosks: switched on at 10:00, off after 21:00, every day of the year."""
    return np.where((c.hour >= 10.0) & (c.hour < 21.0), 1.0, 0.0)


PROFILES = {"office": office, "consumer": consumer, "always": always, "shifts": shifts, "store": store}
CALENDAR_BOUND = {"office", "consumer", "shifts"}  # profiles a holiday changes


@dataclass
class Anomaly:
    kind: str
    start: int
    end: int  # exclusive; the label window
    mag: float
    day: int = -1


@dataclass
class Ctx:
    clock: LocalClock
    seed: int
    anomalies: list[Anomaly] = field(default_factory=list)
    normals: list[tuple[int, int, str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.rng = np.random.default_rng(self.seed)
        self.n = self.clock.n
        days = self.clock.day_index()
        self.wobble = np.exp(self.rng.normal(0, 0.035, int(days[-1]) + 1))[days]

    def of(self, kind: str) -> list[Anomaly]:
        return [a for a in self.anomalies if a.kind == kind]

    def note(self, start: int, end: int, kind: str) -> None:
        self.normals.append((max(0, int(start)), min(self.n, int(end)), kind))

    def local_day_rows(self, day: int) -> np.ndarray:
        return np.flatnonzero(self.clock.day_index() == day)

    def activity(self, profile: str, note_holidays: bool = True) -> np.ndarray:
        """The profile with the anomalies that change how busy the service is."""
        off = self.clock.off.copy()
        for a in self.of("busy_weekend"):
            off[self.local_day_rows(a.day)] = False
        act = PROFILES[profile](self.clock, off) * self.wobble
        peak = float(np.quantile(act, 0.95))
        for a in self.of("night_activity"):
            act[a.start : a.end] += a.mag * peak
        for a in self.of("throughput_ceiling"):
            act[a.start : a.end] = np.minimum(act[a.start : a.end], a.mag * act[a.start : a.end].max())
        if note_holidays and profile in CALENDAR_BOUND:
            self.note_holidays()
        return act

    def note_holidays(self) -> None:
        if any(k == "public_holiday" for *_, k in self.normals):
            return
        rows = np.flatnonzero(self.clock.holiday)
        if len(rows):
            for group in np.split(rows, np.flatnonzero(np.diff(rows) > 1) + 1):
                self.note(group[0], group[-1] + 1, "public_holiday")

    def scale(self) -> np.ndarray:
        """Multiplier of an hours-long level shift or of a double-registered metric."""
        out = np.ones(self.n)
        for a in self.of("level_shift"):
            out[a.start : a.end] *= a.mag
        for a in self.of("double_count"):
            out[a.start :] *= a.mag
        return out

    def jitter(self) -> np.ndarray:
        out = np.ones(self.n)
        for a in self.of("jitter_storm"):
            out[a.start : a.end] = a.mag
        return out

    def growth(self) -> np.ndarray:
        out = np.ones(self.n)
        for a in self.of("growth_acceleration"):
            out[a.start :] = a.mag
        return out

    # noise ---------------------------------------------------------------------------------------------------

    def ar1(self, sigma: float, phi: float = 0.8) -> np.ndarray:
        e = self.rng.normal(0, sigma * np.sqrt(1 - phi * phi), self.n)
        out = np.empty(self.n)
        acc = 0.0
        for i, x in enumerate(e):
            acc = phi * acc + x
            out[i] = acc
        return out

    def counts(self, expected: np.ndarray) -> np.ndarray:
        return self.rng.poisson(np.maximum(expected, 0.0)).astype(float)

    def lognormal(self, sigma: float) -> np.ndarray:
        return np.exp(self.rng.normal(0, sigma, self.n) * self.jitter())

    def deploys(
        self, per_week: float, hours: tuple[float, float] = (9.5, 16.5), blip: int = 3, kind: str = "deploy_blip"
    ) -> list[int]:
        """Working-day deploys at random office hours; each is a short normal blip."""
        c = self.clock
        rows = []
        for day in range(int(c.day_index()[-1]) + 1):
            day_rows = self.local_day_rows(day)
            p = self.rng.random()
            hour = self.rng.uniform(*hours)
            if c.off[day_rows[0]] or p > per_week / 5.0:
                continue
            row = c.at(day, hour)
            rows.append(row)
            self.note(row - 1, row + blip, kind)
        return rows

    def restarts(self, every_h: tuple[float, float], kind: str, first: float = 6.0) -> list[int]:
        rows, t = [], first * 12 + self.rng.uniform(*every_h) * 6
        while t < self.n - 2:
            rows.append(int(t))
            self.note(int(t) - 1, int(t) + 3, kind)
            t += self.rng.uniform(*every_h) * 12
        return rows


def cumulate(increments: np.ndarray, resets: list[int], start: float) -> np.ndarray:
    """A Prometheus counter of the increments, back to zero at every reset row."""
    out = np.cumsum(increments) + start
    for row in sorted(resets):
        if 0 < row < len(out):
            out[row:] -= out[row - 1]
    return out


def weekly_rows(c: LocalClock, weekday: int, hour: float) -> list[int]:
    """The first step at or after ``hour`` on every local ``weekday`` of the series."""
    days = c.day_index()
    out = []
    for day in range(int(days[-1]) + 1):
        rows = np.flatnonzero(days == day)
        if c.weekday[rows[0]] == weekday:
            out.append(c.at(day, hour))
    return out


def daily_rows(c: LocalClock, hour: float) -> list[int]:
    return [c.at(day, hour) for day in range(int(c.day_index()[-1]) + 1) if c.at(day, hour) < c.n - 1]


__all__ = ["DAY", "Anomaly", "Ctx", "cumulate", "daily_rows", "weekly_rows"]
