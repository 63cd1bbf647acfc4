"""Calendars, load profiles and metric shapes of the third blind ops set (bench/ops_series_blind3.py).

Pure numpy, every random draw from the generator handed in. A ``Ctx`` is one series under construction: its local
calendar (time zone with DST, work week, public holidays), its parameters, its anomaly windows (placed before the
values are drawn) and the normal behaviours it records for the false-alarm breakdown.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from ops_series_data import DAY, STEP_S

HOUR = 3600 // STEP_S


def _epoch(iso: str) -> int:
    return int(np.datetime64(iso, "s").astype(np.int64))


@dataclass(frozen=True)
class Region:
    base_h: float  # UTC offset at the start of the year
    dst: tuple[tuple[str, float], ...]  # (UTC instant, offset after it)
    workdays: tuple[int, ...]  # 0 = Monday
    holidays: tuple[str, ...]


REGIONS = {
    "nyc": Region(
        -5,
        (("2026-03-08T07:00", -4), ("2026-11-01T06:00", -5)),
        (0, 1, 2, 3, 4),
        ("2026-01-19", "2026-02-16", "2026-05-25", "2026-09-07", "2026-11-26", "2026-11-27"),
    ),
    "sfo": Region(
        -8,
        (("2026-03-08T10:00", -7), ("2026-11-01T09:00", -8)),
        (0, 1, 2, 3, 4),
        ("2026-01-19", "2026-02-16", "2026-05-25", "2026-09-07", "2026-11-26", "2026-11-27"),
    ),
    "ber": Region(
        1,
        (("2026-03-29T01:00", 2), ("2026-10-25T01:00", 1)),
        (0, 1, 2, 3, 4),
        ("2026-04-03", "2026-04-06", "2026-05-01", "2026-05-14", "2026-05-25", "2026-10-03"),
    ),
    "lon": Region(
        0,
        (("2026-03-29T01:00", 1), ("2026-10-25T01:00", 0)),
        (0, 1, 2, 3, 4),
        ("2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31"),
    ),
    "tlv": Region(
        2,
        (("2026-03-27T00:00", 3), ("2026-10-25T00:00", 2)),
        (6, 0, 1, 2, 3),
        ("2026-04-02", "2026-04-08", "2026-04-22", "2026-09-21", "2026-09-26"),
    ),
    "riy": Region(3, (), (6, 0, 1, 2, 3), ("2026-05-26", "2026-05-27", "2026-05-28", "2026-09-23")),
    "blr": Region(5.5, (), (0, 1, 2, 3, 4), ("2026-01-26", "2026-03-04", "2026-10-02", "2026-10-20", "2026-11-09")),
    "tyo": Region(9, (), (0, 1, 2, 3, 4), ("2026-03-20", "2026-04-29", "2026-05-04", "2026-05-05", "2026-05-06")),
    "syd": Region(
        11,
        (("2026-04-04T16:00", 10), ("2026-10-03T16:00", 11)),
        (0, 1, 2, 3, 4),
        ("2026-01-26", "2026-04-03", "2026-04-06", "2026-10-05"),
    ),
    "sao": Region(-3, (), (0, 1, 2, 3, 4), ("2026-02-16", "2026-02-17", "2026-04-03", "2026-04-21", "2026-05-01")),
    "mex": Region(-6, (), (0, 1, 2, 3, 4, 5), ("2026-09-16", "2026-11-02", "2026-11-16")),
    "utc": Region(0, (), (0, 1, 2, 3, 4, 5, 6), ()),
}


@dataclass
class Ctx:
    rng: np.random.Generator
    region: Region
    start_date: str
    days: int
    p: dict
    anomalies: list[tuple[int, int, str]] = field(default_factory=list)
    normals: list[tuple[int, int, str]] = field(default_factory=list)
    deploys: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.n = self.days * DAY
        local_midnight = _epoch(self.start_date + "T00:00")
        self.start_s = local_midnight - int(self._offset(np.array([local_midnight - 3600 * self.region.base_h]))[0])
        t = self.start_s + STEP_S * np.arange(self.n, dtype=np.int64)
        offset = self._offset(t)
        local = t + offset.astype(np.int64)
        local_day = local // 86400
        self.hour = (local % 86400) / 3600.0
        self.day = (local_day - local_day[0]).astype(int)
        self.dow = ((local_day + 3) % 7).astype(int)
        dates = local_day.astype("datetime64[D]")
        self.holiday = np.isin(dates, np.array(self.region.holidays, dtype="datetime64[D]"))
        self.workday = np.isin(self.dow, self.region.workdays) & ~self.holiday
        self.month_end = (dates + 1).astype("datetime64[M]") != dates.astype("datetime64[M]")
        self.t_days = np.arange(self.n) / DAY
        for row in np.flatnonzero(np.diff(offset)) + 1:
            self.normals.append((int(row), int(min(row + DAY, self.n)), "dst_shift"))
        for day in np.unique(self.day[self.holiday]):
            rows = np.flatnonzero(self.day == day)
            self.normals.append((int(rows[0]), int(rows[-1]) + 1, "holiday"))

    def _offset(self, t: np.ndarray) -> np.ndarray:
        out = np.full(len(t), 3600.0 * self.region.base_h)
        for instant, after in self.region.dst:
            out[t >= _epoch(instant)] = 3600.0 * after
        return out

    def rows_at(self, hour: float, jitter_steps: int = 0) -> list[int]:
        """The first row of each local day at or after `hour` (local), with optional jitter."""
        out = []
        for day in range(self.days + 1):
            rows = np.flatnonzero((self.day == day) & (self.hour >= hour))
            if len(rows):
                out.append(
                    int(rows[0]) + (int(self.rng.integers(-jitter_steps, jitter_steps + 1)) if jitter_steps else 0)
                )
        return [r for r in out if 0 <= r < self.n]

    def mask(self, kinds: tuple[str, ...]) -> list[tuple[int, int, str]]:
        return [w for w in self.anomalies if w[2] in kinds]


def ar1(rng: np.random.Generator, n: int, sigma: float, phi: float = 0.8) -> np.ndarray:
    """A stationary AR(1) noise of standard deviation `sigma` (the innovations are drawn first, then the start)."""
    walk = rng.normal(0, sigma * np.sqrt(1 - phi**2), n)
    previous = rng.normal(0, sigma)
    for step, shock in enumerate(walk):
        previous = walk[step] = phi * previous + shock
    return walk


def load(c: Ctx) -> np.ndarray:
    """Relative activity in [~floor, ~1]: daily peaks in local time, the work week, holidays, growth, day wobble."""
    p = c.p
    prof = np.zeros(c.n)
    for peak, width, weight in p.get("peaks", ((14.0, 3.5, 1.0),)):
        d = (c.hour - peak + 12) % 24 - 12
        prof += weight * np.exp(-0.5 * (d / width) ** 2)
    floor = p.get("floor", 0.12)
    prof = floor + (1 - floor) * prof / prof.max()
    week = np.where(c.workday, 1.0, p.get("off", 0.4))
    growth = 1 + p.get("growth", 0.0) * c.t_days / 7
    wobble = np.exp(c.rng.normal(0, 0.03, c.days + 2))[c.day]
    return prof * week * growth * wobble


def ramp(n: int) -> np.ndarray:
    return np.linspace(0.0, 1.0, n) if n > 1 else np.ones(n)


def bump(n: int) -> np.ndarray:
    """A raised-cosine bump from 0 up to 1 and back."""
    return 0.5 - 0.5 * np.cos(2 * np.pi * np.arange(n) / max(n - 1, 1))


def rate_multiplier(c: Ctx) -> np.ndarray:
    """Multiplicative anomalies and normal events on a traffic rate."""
    mult = np.ones(c.n)
    rng = c.rng
    for s, e, kind in c.anomalies:
        if kind == "shard_outage":
            mult[s:e] *= c.p.get("outage", rng.uniform(0.35, 0.7))
        elif kind == "deploy_traffic_drop":
            mult[s:e] *= rng.uniform(0.5, 0.78)
        elif kind == "silent_workday":
            mult[s:e] *= rng.uniform(0.3, 0.5)
        elif kind == "retry_storm":
            mult[s:e] *= rng.uniform(3.0, 6.0)
    for s, e, kind in c.normals:
        if kind == "marketing_surge":
            mult[s:e] *= 1 + c.p.get("surge", 0.5) * bump(e - s)
        elif kind == "planned_maintenance":
            mult[s:e] *= 0.03
    return mult


def cumulate(incr: np.ndarray, resets: list[int], start: float) -> np.ndarray:
    """A counter: running total of the increments, back to zero at each reset row."""
    out = np.empty(len(incr))
    bounds = [0, *sorted(r for r in resets if 0 < r < len(incr)), len(incr)]
    for i, (a, b) in enumerate(zip(bounds, bounds[1:], strict=False)):
        out[a:b] = np.cumsum(incr[a:b]) + (start if i == 0 else 0.0)
    return out
