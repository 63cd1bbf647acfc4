"""Calendar, load shapes, anomaly planner and scrape gaps of the second blind ops-series set
(bench/ops_series_blind2.py).

Written before reading the ops detector, bench/ops_series_data.py's recipes or the first blind set's recipes: only
the bench's format is shared (OpsSeries, 5-minute grid, 7 probation days, [start, end) label windows).

Local time comes from the IANA time-zone database (``zoneinfo``; the system's tz files), so daylight saving starts
and ends on the real 2026 dates of each zone, including the southern hemisphere (Sydney, Auckland), Israel's own
rule, and zones with 30- and 45-minute offsets (Kolkata, Kathmandu). Each zone has its working week
(Friday-Saturday weekends in Jerusalem, Saturday only in Kathmandu), its 2026 public holidays (they behave like the
weekend; lunar-calendar dates are approximate) and, for Shanghai, the weekend days worked to bridge a holiday week.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

import numpy as np

STEP_S = 300
DAY = 288
HOUR = 12
PROBATION_DAYS = 7

_US = ("01-01", "01-19", "02-16", "05-25", "06-19", "07-03", "09-07", "11-26", "11-27", "12-25")
_UK = ("01-01", "04-03", "04-06", "05-04", "05-25", "08-31", "12-25", "12-28")
_DE = ("01-01", "04-03", "04-06", "05-01", "05-14", "05-25", "10-03", "12-25", "12-26")
_ES = ("01-01", "01-06", "04-02", "04-03", "05-01", "10-12", "12-08", "12-25")
_JP = ("01-01", "01-02", "01-12", "02-11", "02-23", "03-20", "04-29", "05-04", "05-05", "05-06", "07-20")
_JP2 = ("08-11", "09-21", "09-22", "09-23", "10-12", "11-03", "11-23")
_IN = ("01-26", "03-04", "08-15", "10-02", "10-20", "11-09")
_BR = ("01-01", "02-16", "02-17", "04-03", "04-21", "05-01", "06-04", "09-07", "10-12", "11-02", "11-20", "12-25")
_AU = ("01-01", "01-26", "04-03", "04-06", "06-08", "10-05", "12-25", "12-28")
_NZ = ("01-01", "01-02", "02-06", "04-03", "04-06", "04-27", "06-01", "07-10", "10-26", "12-25", "12-28")
_IL = ("04-02", "04-08", "04-22", "05-22", "09-12", "09-13", "09-21", "09-26", "10-03")
_CN = ("01-01", "02-16", "02-17", "02-18", "02-19", "02-20", "02-23", "04-06", "05-01", "05-04", "05-05", "06-19")
_CN2 = ("09-25", "10-01", "10-02", "10-05", "10-06", "10-07")
_NP = ("01-15", "02-19", "03-02", "04-14", "05-29", "10-19", "10-20", "10-21", "11-09")


@dataclass(frozen=True)
class Zone:
    tz: str
    weekend: frozenset[int]  # local weekdays off (Monday = 0)
    holidays: tuple[str, ...]  # 2026 MM-DD dates that behave like the weekend
    worked: tuple[str, ...] = ()  # weekend dates that are working days (make-up days)


def _zone(tz: str, holidays: tuple[str, ...], weekend: tuple[int, ...] = (5, 6), worked: tuple[str, ...] = ()) -> Zone:
    return Zone(tz, frozenset(weekend), holidays, worked)


ZONES = (
    _zone("America/Los_Angeles", _US),
    _zone("America/Denver", _US),
    _zone("America/Phoenix", _US),  # no daylight saving
    _zone("America/New_York", _US),
    _zone("America/Sao_Paulo", _BR),
    _zone("Europe/London", _UK),
    _zone("Europe/Berlin", _DE),
    _zone("Europe/Madrid", _ES),
    _zone("Asia/Jerusalem", _IL, weekend=(4, 5)),
    _zone("Asia/Kolkata", _IN),
    _zone("Asia/Kathmandu", _NP, weekend=(5,)),
    _zone("Asia/Shanghai", _CN + _CN2, worked=("02-14", "02-28", "05-09", "09-20", "10-10")),
    _zone("Asia/Tokyo", _JP + _JP2),
    _zone("Australia/Sydney", _AU),
    _zone("Pacific/Auckland", _NZ),
)


def _year_s(month_day: str) -> int:
    month, day = (int(x) for x in month_day.split("-"))
    return int(dt.datetime(2026, month, day, 12, tzinfo=dt.UTC).timestamp())


def anchors(zone: Zone) -> tuple[list[int], list[int]]:
    """UTC seconds of the dates worth putting inside a series: its zone's holidays, and its 2026 daylight-saving
    changes (none for some zones)."""
    tz = ZoneInfo(zone.tz)
    days = [dt.datetime(2026, 1, 1, 12, tzinfo=dt.UTC) + dt.timedelta(days=k) for k in range(365)]
    changes = [
        int(after.timestamp())
        for before, after in zip(days, days[1:], strict=False)
        if before.astimezone(tz).utcoffset() != after.astimezone(tz).utcoffset()
    ]
    return [_year_s(d) for d in zone.holidays], changes


@dataclass
class Calendar:
    """Local calendar of each grid step of one series."""

    start_s: int
    n: int
    zone: Zone
    hour: np.ndarray = field(init=False)  # local hour of day, fractional
    utc_hour: np.ndarray = field(init=False)
    weekday: np.ndarray = field(init=False)  # local weekday, Monday = 0
    day: np.ndarray = field(init=False)  # local date ordinal
    offday: np.ndarray = field(init=False)  # weekend or holiday (and not a worked make-up day)
    year_end: np.ndarray = field(init=False)  # 24 December to 2 January: thin office weeks

    def __post_init__(self) -> None:
        tz = ZoneInfo(self.zone.tz)
        local = [dt.datetime.fromtimestamp(self.start_s + STEP_S * i, tz) for i in range(self.n)]
        self.hour = np.array([t.hour + t.minute / 60 for t in local])
        self.utc_hour = ((self.start_s + STEP_S * np.arange(self.n)) % 86_400) / 3600
        self.weekday = np.array([t.weekday() for t in local])
        self.day = np.array([t.toordinal() for t in local])
        dates = [t.strftime("%m-%d") for t in local]
        holiday = np.array([d in self.zone.holidays for d in dates])
        worked = np.array([d in self.zone.worked for d in dates])
        weekend = np.isin(self.weekday, list(self.zone.weekend))
        self.offday = (weekend | holiday) & ~worked
        self.year_end = np.array([d >= "12-24" or d <= "01-02" for d in dates])

    def rows_at(self, hour: float) -> np.ndarray:
        """First row of each local day at or after local ``hour`` (a cron's run: once, also on DST days)."""
        after = self.hour >= hour
        new_day = np.r_[True, np.diff(self.day) != 0]
        first = after & (new_day | np.r_[True, ~after[:-1]])
        rows = np.flatnonzero(first)
        if len(rows) and rows[0] == 0 and self.hour[0] - hour > 0.1:
            rows = rows[1:]  # the series starts after that day's run
        _, keep = np.unique(self.day[rows], return_index=True)
        return rows[keep]

    def working_rows(self, start_h: float, end_h: float) -> np.ndarray:
        return np.flatnonzero(~self.offday & (self.hour >= start_h) & (self.hour < end_h))


def _bump(hour: np.ndarray, centre: float, width: float) -> np.ndarray:
    d = np.abs(hour - centre)
    d = np.minimum(d, 24 - d)
    return np.exp(-0.5 * (d / width) ** 2)


PROFILES = ("office", "consumer", "machine", "global")


def load(rng: np.random.Generator, cal: Calendar, profile: str) -> np.ndarray:
    """Relative traffic (peak about 1) of a profile in the series' local time, with its weekly and holiday shape."""
    h = cal.hour
    if profile == "office":  # two peaks around a lunch dip, a lighter Friday, near-empty weekends and holidays
        daily = 0.06 + _bump(h, 10.3, 1.8) + 0.85 * _bump(h, 15.0, 2.0) - 0.15 * _bump(h, 12.6, 0.6)
        day_factor = np.where(cal.offday, rng.uniform(0.18, 0.4), np.where(cal.weekday == 4, 0.88, 1.0))
        day_factor = day_factor * np.where(cal.year_end & ~cal.offday, 0.55, 1.0)
    elif profile == "consumer":  # lunch and evening peaks, busier and later on days off
        shift = np.where(cal.offday, 1.0, 0.0)
        daily = 0.1 + 0.45 * _bump(h - shift, 12.5, 1.8) + _bump(h, 20.8, 2.2)
        day_factor = np.where(cal.offday, rng.uniform(1.1, 1.35), 1.0)
    elif profile == "machine":  # mostly flat machine traffic with an office-hours share
        daily = 0.55 + 0.45 * _bump(h, 11.5, 3.5)
        day_factor = np.where(cal.offday, rng.uniform(0.6, 0.8), 1.0)
    else:  # global: the Americas, Europe and Asia by UTC hour, a mild weekend dip
        u = cal.utc_hour
        daily = 0.2 + 0.8 * _bump(u, 15.5, 3.0) + 0.6 * _bump(u, 9.5, 2.5) + 0.45 * _bump(u, 3.5, 2.5)
        day_factor = np.where(np.isin((cal.day + 6) % 7, [5, 6]), rng.uniform(0.8, 0.92), 1.0)
    shape = daily / daily.max() * day_factor
    wobble = np.exp(rng.normal(0, 0.04, cal.day.max() - cal.day.min() + 1))[cal.day - cal.day.min()]
    return shape * wobble  # day-to-day volume varies by a few per cent


def growth(rng: np.random.Generator, n: int) -> np.ndarray:
    """Slow business growth (or decline): -1 % to +4 % a week."""
    return np.exp(rng.uniform(-0.01, 0.04) * np.arange(n) / (7 * DAY))


class Planner:
    """Anomaly windows [start, end) after the probation week, apart from each other and from protected spans
    (planned migrations, deploys) by ``margin`` steps."""

    def __init__(self, rng: np.random.Generator, n: int) -> None:
        self.rng, self.n = rng, n
        self.first = PROBATION_DAYS * DAY
        self.windows: list[tuple[int, int, str]] = []
        self.protected: list[tuple[int, int]] = []

    def free(self, start: int, end: int, margin: int = 4 * HOUR) -> bool:
        if start < self.first or end > self.n:
            return False
        busy = [(a, b) for a, b, _ in self.windows] + self.protected
        return all(end + margin <= a or start >= b + margin for a, b in busy)

    def place(self, length: int, kind: str, rows: np.ndarray | None = None) -> int | None:
        """Put a window of ``length`` steps at one of ``rows`` (default: anywhere), or None if nothing fits."""
        rows = np.arange(self.first, self.n) if rows is None else np.asarray(rows)
        good = [int(r) for r in rows if self.free(int(r), int(r) + length)]
        if not good:
            return None
        start = good[int(self.rng.integers(len(good)))]
        self.windows.append((start, start + length, kind))
        return start

    def set_end(self, start: int, end: int) -> None:
        """Move the end of the window starting at ``start`` (the incident lasted until the metric recovered)."""
        self.windows = [(s, min(end, self.n) if s == start else e, k) for s, e, k in self.windows]


def scrapes(rng: np.random.Generator, n: int, windows: list[tuple[int, int, str]], absent: np.ndarray) -> np.ndarray:
    """Scrape mask: single missed scrapes (0.1-1 %) and up to two outages of 15 minutes to 4 hours (Prometheus
    restarts, a network partition), kept an hour away from anomaly windows; plus the archetype's own absences."""
    present = rng.random(n) >= rng.uniform(0.001, 0.01)
    for _ in range(int(rng.integers(0, 3))):
        length = int(rng.integers(3, 4 * HOUR + 1))
        start = int(rng.integers(0, n - length))
        if all(start + length + HOUR <= s or start >= e + HOUR for s, e, _ in windows):
            present[start : start + length] = False
    present &= ~absent
    for s, e, _ in windows:  # an anomaly is always seen on at least half of its steps
        if present[s:e].sum() < (e - s) / 2:
            present[s:e] = ~absent[s:e]
    present[0] = present[-1] = True
    return present
