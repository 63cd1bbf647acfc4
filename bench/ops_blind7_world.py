"""The world of the seventh blind ops set (bench/ops_series_blind7.py): its services, their local clocks and
calendars (weekends, public holidays, DST switches, paydays, month ends), the shape of their working day and the
deploys they ship. Pure numpy; every random draw comes from the generator handed in.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from ops_series_data import DAY, STEP_S

HOUR = 12  # rows per hour


@dataclass(frozen=True)
class Service:
    """One invented service: where it runs (a UTC offset, and the DST switch in its period), its week and calendar."""

    city: str
    what: str
    start: str  # local date of the first midnight
    days: int
    offset_h: float
    dst: tuple[str, float] | None = None  # (UTC instant of the switch, the offset after it)
    weekend: tuple[int, ...] = (5, 6)  # Monday = 0
    holidays: tuple[str, ...] = ()
    paydays: tuple[str, ...] = ()
    month_ends: tuple[str, ...] = ()  # the last business day of a month, when it closes its books
    profile: str = "office"
    weekend_factor: float = 0.35


# fmt: off
SERVICES = {
    "skerry": Service("Reykjavik", "fish auction marketplace", "2026-10-05", 21, 0.0, profile="dawn"),
    "tramtap": Service("Melbourne", "tram and bus fare taps", "2026-09-21", 21, 10.0, ("2026-10-03T16:00", 11.0),
                       profile="commute", weekend_factor=0.45),
    "nilepay": Service("Cairo", "bill payment gateway", "2026-10-11", 21, 3.0, ("2026-10-29T21:00", 2.0),
                       weekend=(4, 5), paydays=("2026-10-22",), month_ends=("2026-10-29",), profile="late",
                       weekend_factor=0.55),
    "yakroute": Service("Kathmandu", "trekking permits and bus seats", "2026-10-05", 18, 5.75, weekend=(5,),
                        holidays=("2026-10-19", "2026-10-20", "2026-10-21"), weekend_factor=0.3),
    "hinterhof": Service("Krakow", "B2B invoicing", "2026-10-12", 21, 2.0, ("2026-10-25T01:00", 1.0),
                         month_ends=("2026-10-30",), weekend_factor=0.12),
    "lumbercast": Service("Vancouver", "video platform log pipeline", "2026-10-19", 18, -7.0,
                          ("2026-11-01T09:00", -8.0), profile="evening", weekend_factor=1.15),
    "powderpass": Service("Denver", "ski lift pass shop", "2026-10-14", 21, -6.0, ("2026-11-01T08:00", -7.0),
                          profile="evening", weekend_factor=1.25),
    "azulejo": Service("Lisbon", "tile warehouse robots", "2026-09-28", 21, 1.0, weekend=(6,),
                       holidays=("2026-10-05",), profile="shift", weekend_factor=0.05),
    "gajiku": Service("Jakarta", "payroll SaaS", "2026-10-12", 21, 7.0, paydays=("2026-10-23",),
                      month_ends=("2026-10-30",), weekend_factor=0.2),
    "bodaboda": Service("Nairobi", "motorbike ride hailing", "2026-10-06", 19, 3.0, holidays=("2026-10-20",),
                        profile="commute", weekend_factor=0.7),
    "tangoticket": Service("Buenos Aires", "football ticket shop", "2026-10-02", 21, -3.0, holidays=("2026-10-12",),
                           profile="evening", weekend_factor=1.1),
}
# fmt: on

# The working day: (local hour of a peak, its width in hours, its height) and the night floor.
PROFILES = {
    "office": ([(10.3, 1.8, 1.0), (14.6, 1.9, 0.92)], 0.05),
    "commute": ([(8.1, 1.0, 1.0), (17.7, 1.3, 0.88), (12.8, 2.4, 0.33)], 0.03),
    "evening": ([(12.5, 2.6, 0.55), (20.6, 1.9, 1.0)], 0.08),
    "dawn": ([(6.4, 0.9, 1.0), (9.8, 2.2, 0.32)], 0.04),
    "late": ([(11.0, 2.2, 0.85), (21.3, 2.1, 1.0)], 0.1),
    "shift": ([(9.0, 2.6, 1.0), (14.0, 2.6, 0.96), (19.0, 2.2, 0.82)], 0.03),
}


def _dates(texts: tuple[str, ...]) -> np.ndarray:
    return np.array(texts, dtype="datetime64[D]").astype(np.int64)


class Clock:
    """Row -> local hour, local day index, weekday and calendar of one service's series."""

    def __init__(self, service: Service) -> None:
        self.service = service
        self.n = service.days * DAY
        midnight = int(np.datetime64(service.start, "s").astype(np.int64))
        self.start_s = midnight - int(round(service.offset_h * 3600))
        utc = self.start_s + STEP_S * np.arange(self.n, dtype=np.int64)
        offset = np.full(self.n, service.offset_h)
        self.dst_row = None
        if service.dst is not None:
            switch = int(np.datetime64(service.dst[0], "s").astype(np.int64))
            offset[utc >= switch] = service.dst[1]
            after = np.flatnonzero(utc >= switch)
            self.dst_row = int(after[0]) if len(after) else None
        local = utc + np.round(offset * 3600).astype(np.int64)
        self.hour = (local % 86400) / 3600.0
        self.date = local // 86400
        self.day = self.date - midnight // 86400
        self.weekday = (self.date + 3) % 7
        self.holiday = np.isin(self.date, _dates(service.holidays))
        self.rest = np.isin(self.weekday, service.weekend) | self.holiday
        self.payday = np.isin(self.date, _dates(service.paydays))
        self.month_end = np.isin(self.date, _dates(service.month_ends))

    def row(self, day: int, hour: float) -> int:
        """The first row of local day ``day`` at or after local ``hour``."""
        found = np.flatnonzero((self.day == day) & (self.hour >= hour - 1e-9))
        if not len(found):
            raise ValueError(f"day {day} hour {hour} is outside the series of {self.service.city}")
        return int(found[0])

    def day_rows(self, mask: np.ndarray) -> list[tuple[int, int]]:
        """The [start, end) runs of rows where ``mask`` holds."""
        edges = np.flatnonzero(np.diff(np.concatenate([[0], mask.astype(np.int8), [0]])))
        return [(int(a), int(b)) for a, b in zip(edges[::2], edges[1::2], strict=True)]


def shape(profile: str, hour: np.ndarray) -> np.ndarray:
    peaks, floor = PROFILES[profile]
    out = np.full(hour.shape, floor)
    for centre, width, height in peaks:
        distance = (hour - centre + 12) % 24 - 12
        out += height * np.exp(-0.5 * (distance / width) ** 2)
    return out


def load(clock: Clock, rng: np.random.Generator, growth_week: float = 0.02, busy_rest: bool = False) -> np.ndarray:
    """Relative activity: the working day's shape, the week (rest days lower, a later morning), slow growth and a
    few per cent of day-to-day wobble. ``busy_rest`` gives the weekday level on rest days too (an anomaly)."""
    service = clock.service
    weekday = shape(service.profile, clock.hour)
    rest_day = service.weekend_factor * shape(service.profile, clock.hour - 1.5)
    out = weekday if busy_rest else np.where(clock.rest, rest_day, weekday)
    wobble = np.exp(rng.normal(0, 0.035, service.days + 2))
    days = np.clip(clock.day, 0, service.days + 1)
    return out * wobble[days] * (1 + growth_week * np.arange(clock.n) / (7 * DAY))


def deploys(clock: Clock, rng: np.random.Generator) -> list[int]:
    """Rows of the service's deploys: about every other working day, between 10:00 and 16:30 local."""
    out = []
    for day in range(clock.service.days):
        rows = np.flatnonzero(clock.day == day)
        if clock.rest[rows[0] + 12 * HOUR] or rng.random() > 0.55:
            continue
        out.append(clock.row(day, float(rng.uniform(10, 16.5))))
    return out
