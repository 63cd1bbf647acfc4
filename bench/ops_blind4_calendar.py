"""Regions and the local clock of the fourth blind ops set (bench/ops_series_blind4.py).

A region is a UTC offset that may change once or twice in the set's months (daylight saving, north and south),
the days its people do not work, and the public holidays it keeps. ``LocalClock`` turns a series' UTC grid into
the local hour, weekday, date and holiday flags every profile is drawn from.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

STEP_S = 300
DAY = 288


def _utc(text: str) -> int:
    return int(np.datetime64(text, "s").astype(np.int64))


@dataclass(frozen=True)
class Region:
    name: str
    offset_min: int  # at the start of the set's months
    changes: tuple[tuple[str, int], ...]  # (UTC instant, new offset in minutes)
    weekend: tuple[int, ...]  # 0 = Monday
    holidays: tuple[str, ...]  # local dates

    def works(self, date: np.datetime64) -> bool:
        weekday = int((date.astype(np.int64) + 3) % 7)
        return weekday not in self.weekend and str(date) not in self.holidays

    def next_workday(self, date: np.datetime64, step: int) -> np.datetime64:
        """The nearest working day after (step 1) or before (step -1) ``date``."""
        date = date + step
        while not self.works(date):
            date = date + step
        return date

    def offset_at(self, utc_s: np.ndarray) -> np.ndarray:
        out = np.full(utc_s.shape, self.offset_min, dtype=np.int64)
        for when, offset in self.changes:
            out[utc_s >= _utc(when)] = offset
        return out


REGIONS = {
    "hamburg": Region(
        "hamburg",
        120,
        (("2026-10-25T01:00", 60), ("2027-03-28T01:00", 120)),
        (5, 6),
        ("2026-10-03", "2026-10-31", "2026-12-25", "2026-12-26", "2027-01-01", "2027-04-02", "2027-04-05"),
    ),
    "chicago": Region(
        "chicago",
        -300,
        (("2026-11-01T07:00", -360), ("2027-03-14T08:00", -300)),
        (5, 6),
        ("2026-09-07", "2026-11-26", "2026-11-27", "2027-01-18", "2027-02-15"),
    ),
    "sao_paulo": Region(
        "sao_paulo", -180, (), (5, 6), ("2026-10-12", "2026-11-02", "2026-11-20", "2027-02-08", "2027-02-09")
    ),
    "sydney": Region(
        "sydney",
        600,
        (("2026-10-03T16:00", 660), ("2027-04-03T16:00", 600)),
        (5, 6),
        ("2026-10-05", "2026-12-25", "2026-12-28", "2027-01-26"),
    ),
    "mumbai": Region("mumbai", 330, (), (5, 6), ("2026-10-02", "2026-11-09", "2027-01-26")),
    "tel_aviv": Region(
        "tel_aviv", 180, (("2026-10-24T23:00", 120), ("2027-03-26T00:00", 180)), (4, 5), ("2026-09-21",)
    ),
    "tokyo": Region(
        "tokyo", 540, (), (5, 6), ("2026-09-21", "2026-09-22", "2026-09-23", "2026-10-12", "2026-11-03", "2026-11-23")
    ),
    "dubai": Region("dubai", 240, (), (5, 6), ("2026-12-02", "2026-12-03")),
    "auckland": Region(
        "auckland",
        720,
        (("2026-09-26T14:00", 780), ("2027-04-03T14:00", 720)),
        (5, 6),
        ("2026-10-26", "2026-12-25", "2026-12-28", "2027-01-01"),
    ),
    "kathmandu": Region("kathmandu", 345, (), (5,), ("2026-10-20", "2026-10-21", "2026-11-09")),
    "reykjavik": Region("reykjavik", 0, (), (5, 6), ("2026-12-24", "2026-12-25", "2026-12-26")),
}


@dataclass
class LocalClock:
    """Local time of every step of a series that starts at local midnight of ``first_day``."""

    region: Region
    first_day: str
    days: int

    def __post_init__(self) -> None:
        midnight = _utc(self.first_day + "T00:00") - 60 * self.region.offset_min
        self.start_s = midnight
        self.n = self.days * DAY
        utc = midnight + STEP_S * np.arange(self.n, dtype=np.int64)
        self.offset_min = self.region.offset_at(utc)
        local = utc + 60 * self.offset_min
        self.day_number = local // 86400  # days since 1970-01-01, local
        self.hour = (local % 86400) / 3600.0
        self.weekday = (self.day_number + 3) % 7
        dates = self.day_number.astype("datetime64[D]")
        months = dates.astype("datetime64[M]")
        self.day_of_month = (dates - months.astype("datetime64[D]")).astype(int) + 1
        self.last_of_month = (dates + 1).astype("datetime64[M]") != months
        holidays = np.array([np.datetime64(d, "D") for d in self.region.holidays], dtype="datetime64[D]")
        self.holiday = np.isin(dates, holidays)
        self.weekend = np.isin(self.weekday, self.region.weekend)
        self.off = self.weekend | self.holiday

    def day_index(self) -> np.ndarray:
        """Local days since the series' first local midnight (DST days are 23 or 25 hours long)."""
        return self.day_number - self.day_number[0]

    def at(self, day: int, hour: float) -> int:
        """The first step of local day ``day`` at or after local ``hour`` (clipped to the series)."""
        rows = np.flatnonzero((self.day_index() == day) & (self.hour >= hour))
        return int(rows[0]) if len(rows) else self.n - 1

    def dst_rows(self) -> list[int]:
        return [int(i) for i in np.flatnonzero(np.diff(self.offset_min)) + 1]
