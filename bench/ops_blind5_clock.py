"""Regions and the local clock of the fifth blind ops set (bench/ops_series_blind5.py): UTC offsets with their
2026 daylight-saving switches, working weeks and public holidays, turned into per-step local-time arrays."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime

import numpy as np

STEP_S = 300
DAY = 288


def _utc(text: str) -> int:
    return int(datetime.fromisoformat(text).replace(tzinfo=UTC).timestamp())


@dataclass(frozen=True)
class Region:
    offsets: tuple[tuple[int, float], ...]  # (from UTC second, offset hours), ascending; the first from -inf
    weekend: tuple[int, ...] = (5, 6)  # Monday = 0
    half_days: tuple[int, ...] = ()  # weekdays that are half working days
    holidays: dict[date, str] = field(default_factory=dict)  # local date -> "holiday" | "bridge"

    def offset_h(self, utc_s: np.ndarray) -> np.ndarray:
        out = np.full(len(utc_s), self.offsets[0][1])
        for since, hours in self.offsets[1:]:
            out[utc_s >= since] = hours
        return out


EU_BACK = _utc("2026-10-25T01:00:00")
REGIONS = {
    "lisbon": Region(
        ((0, 1.0), (EU_BACK, 0.0)),
        holidays={date(2026, 10, 5): "holiday", date(2026, 12, 1): "holiday", date(2026, 12, 7): "bridge",
                  date(2026, 12, 8): "holiday"},
    ),  # fmt: skip
    "warsaw": Region(((0, 2.0), (EU_BACK, 1.0)), holidays={date(2026, 11, 11): "holiday"}),
    "seattle": Region(
        ((0, -7.0), (_utc("2026-11-01T09:00:00"), -8.0)),
        holidays={date(2026, 11, 26): "holiday", date(2026, 11, 27): "bridge"},
    ),
    "stjohns": Region(((0, -2.5), (_utc("2026-11-01T04:30:00"), -3.5)), holidays={date(2026, 11, 11): "holiday"}),
    "saopaulo": Region(
        ((0, -3.0),),
        holidays={date(2026, 10, 12): "holiday", date(2026, 11, 2): "holiday", date(2026, 11, 20): "holiday"},
    ),
    "mexico": Region(((0, -6.0),), holidays={date(2026, 11, 16): "holiday"}),
    "cairo": Region(
        ((0, 3.0), (_utc("2026-10-28T21:00:00"), 2.0)), weekend=(4, 5), holidays={date(2026, 10, 6): "holiday"}
    ),
    "tehran": Region(((0, 3.5),), weekend=(4,), half_days=(3,)),
    "nairobi": Region(((0, 3.0),), holidays={date(2026, 10, 20): "holiday"}),
    "seoul": Region(((0, 9.0),), holidays={date(2026, 10, 5): "holiday", date(2026, 10, 9): "holiday"}),
    "melbourne": Region(((0, 10.0), (_utc("2026-10-03T16:00:00"), 11.0)), holidays={date(2026, 11, 3): "holiday"}),
}  # fmt: skip


@dataclass
class Clock:
    """Local time of every 5-minute step of one series that starts at local midnight of ``first``."""

    region: Region
    start_s: int
    n: int
    hour: np.ndarray  # local hour of day, float
    day: np.ndarray  # local day number since the series' first local day
    dow: np.ndarray  # local weekday, Monday = 0
    dates: list[date]  # the local date of each day number
    offset: np.ndarray  # UTC offset in hours

    @classmethod
    def build(cls, region_name: str, first: date, days: int) -> Clock:
        region = REGIONS[region_name]
        midnight = _utc(first.isoformat() + "T00:00:00")
        guess = np.array([midnight - int(region.offset_h(np.array([midnight]))[0] * 3600)])
        start_s = int(midnight - region.offset_h(guess)[0] * 3600)
        n = days * DAY
        utc = start_s + STEP_S * np.arange(n, dtype=np.int64)
        offset = region.offset_h(utc)
        local = utc + (offset * 3600).astype(np.int64)
        epoch_day = local // 86400
        day = (epoch_day - epoch_day[0]).astype(int)
        dow = ((epoch_day + 3) % 7).astype(int)
        dates = [date.fromordinal(first.toordinal() + d) for d in range(int(day[-1]) + 1)]
        return cls(region, start_s, n, (local % 86400) / 3600.0, day, dow, dates, offset)

    def day_type(self, d: int) -> str:
        """work | half | weekend | holiday | bridge of local day number ``d``."""
        when = self.dates[d]
        if when in self.region.holidays:
            return self.region.holidays[when]
        if when.weekday() in self.region.weekend:
            return "weekend"
        return "half" if when.weekday() in self.region.half_days else "work"

    def rows_of_day(self, d: int) -> tuple[int, int]:
        where = np.flatnonzero(self.day == d)
        return (int(where[0]), int(where[-1]) + 1) if len(where) else (0, 0)

    def at(self, d: int, hour: float) -> int:
        """The first row of local day ``d`` at or after ``hour``."""
        where = np.flatnonzero((self.day == d) & (self.hour >= hour - 1e-9))
        return int(where[0]) if len(where) else -1

    def switches(self) -> list[int]:
        """Rows where the UTC offset changes (daylight saving)."""
        return [int(i) for i in np.flatnonzero(np.diff(self.offset)) + 1]
