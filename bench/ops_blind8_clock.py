"""Services, local clocks and calendars of the eighth blind ops set (bench/ops_series_blind8.py).

Every service lives on its own wall clock: a series starts at local midnight, its days, weekends and holidays are
local, and its timestamps are UTC. The period is March-April 2027, so the spring DST switches fall inside some
series (Toronto and Denver on 14 March, Rotterdam, Oslo and Zurich on 28 March; Adelaide falls back on 4 April),
with Easter (Good Friday 26 March, Easter Monday 29 March), Holi (22 March), Japan's equinox substitute holiday
(22 March), Colombia's San Jose Monday (22 March) and Holy Thursday, and the quarter / Japanese fiscal-year end.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from ops_series_data import DAY, STEP_S


@dataclass(frozen=True)
class Service:
    key: str  # metric prefix
    story: str
    offset_min: int  # local offset from UTC at the start
    start: str  # local date of the first day
    days: int  # default series length
    holidays: tuple[str, ...] = ()
    switch: tuple[str, int] | None = None  # (UTC instant of the DST switch, offset afterwards)
    weekend: tuple[int, ...] = (5, 6)
    deploys: tuple[tuple[int, float], ...] = ()  # (local day index, local hour)
    month_end: tuple[str, ...] = ()  # local dates of month / quarter / fiscal-year-end close
    paydays: tuple[str, ...] = ()


SERVICES = {
    s.key: s
    for s in (
        Service(
            "kelpie",
            "Kelpie Freight: container-terminal gate and reefer yard, Rotterdam",
            60,
            "2027-03-12",
            21,
            holidays=("2027-03-29",),
            switch=("2027-03-28T01:00", 120),
            deploys=((8, 10.5), (15, 14.2)),
        ),
        Service(
            "marmot",
            "Marmot Pay: payroll and ACH payouts for small firms, Denver",
            -420,
            "2027-03-06",
            21,
            switch=("2027-03-14T09:00", -360),
            deploys=((9, 15.3), (13, 11.1), (18, 16.4)),
            paydays=("2027-03-15",),
        ),
        Service(
            "chaichips",
            "Chai & Chips: food delivery, Pune",
            330,
            "2027-03-10",
            18,
            holidays=("2027-03-22",),
            deploys=((10, 15.6), (14, 3.5)),
        ),
        Service(
            "nordlys",
            "Nordlys Stream: music and podcast streaming, Oslo",
            60,
            "2027-03-14",
            19,
            holidays=("2027-03-25", "2027-03-26", "2027-03-29"),
            switch=("2027-03-28T01:00", 120),
            deploys=((9, 13.0), (16, 10.2)),
        ),
        Service(
            "koyo",
            "Koyo Ledger: cloud bookkeeping for Japanese SMEs, Osaka",
            540,
            "2027-03-15",
            21,
            holidays=("2027-03-22",),
            deploys=((8, 19.5), (11, 19.5)),
            month_end=("2027-03-30", "2027-03-31", "2027-04-01"),
        ),
        Service(
            "saguaro",
            "Saguaro Telemetry: irrigation and soil-sensor fleet ingestion, Phoenix",
            -420,
            "2027-03-09",
            16,
            deploys=((9, 9.4),),
        ),
        Service(
            "bruma",
            "Bruma Bikes: city bike share, Bogota",
            -300,
            "2027-03-11",
            17,
            holidays=("2027-03-22", "2027-03-25", "2027-03-26"),
            deploys=((8, 22.3),),
        ),
        Service(
            "wattle",
            "Wattle Energy: smart-meter reads and retail billing, Adelaide",
            630,
            "2027-03-15",
            21,
            holidays=("2027-03-26", "2027-03-27", "2027-03-29"),
            switch=("2027-04-03T16:30", 570),
            deploys=((10, 11.0),),
            month_end=("2027-03-31", "2027-04-01"),
        ),
        Service(
            "gleisblick",
            "Gleisblick: rail timetable and disruption app, Zurich",
            60,
            "2027-03-13",
            20,
            holidays=("2027-03-26", "2027-03-29"),
            switch=("2027-03-28T01:00", 120),
            deploys=((10, 9.8), (17, 9.6)),
        ),
        Service(
            "forge",
            "Forge CI: the internal build farm of a Toronto games studio",
            -300,
            "2027-03-04",
            21,
            switch=("2027-03-14T07:00", -240),
            deploys=((11, 12.5),),
        ),
    )
}


def utc_s(iso: str) -> int:
    return int(np.datetime64(iso, "s").astype(np.int64))


def local_day_of(iso_date: str) -> int:
    """Days since 1970-01-01 of a local calendar date."""
    return int(np.datetime64(iso_date, "D").astype(np.int64))


@dataclass
class Clock:
    """The local wall clock of one series: per step its local hour, weekday (0 = Monday), day index from the first
    local day, and whether the local day is a holiday / weekend."""

    service: Service
    n: int
    start_s: int
    hour: np.ndarray
    wday: np.ndarray
    day: np.ndarray
    off_day: np.ndarray  # weekend or holiday
    holiday: np.ndarray

    @property
    def days(self) -> int:
        return self.n // DAY

    def at(self, day: int, hour: float) -> int:
        """First row at or after local ``hour`` of local day index ``day``."""
        rows = np.flatnonzero((self.day == day) & (self.hour >= hour - 1e-9))
        if not len(rows):
            rows = np.flatnonzero(self.day > day)
        return int(rows[0])

    def span(self, day: int, hour: float, hours: float) -> tuple[int, int]:
        a = self.at(day, hour)
        return a, min(self.n, a + max(1, round(hours * 12)))

    def day_of(self, iso_date: str) -> int:
        return local_day_of(iso_date) - local_day_of(self.service.start)

    def switch_row(self) -> int | None:
        if self.service.switch is None:
            return None
        row = (utc_s(self.service.switch[0]) - self.start_s) // STEP_S
        return int(row) if 0 < row < self.n else None


def clock(service: Service, days: int | None = None) -> Clock:
    n = (days or service.days) * DAY
    start_s = utc_s(service.start + "T00:00") - service.offset_min * 60
    utc = start_s + STEP_S * np.arange(n, dtype=np.int64)
    offset = np.full(n, service.offset_min * 60, dtype=np.int64)
    if service.switch is not None:
        offset[utc >= utc_s(service.switch[0])] = service.switch[1] * 60
    local = utc + offset
    epoch_day = local // 86400
    hour = (local % 86400) / 3600.0
    wday = (epoch_day + 3) % 7  # 1970-01-01 was a Thursday
    holidays = np.array([local_day_of(d) for d in service.holidays], dtype=np.int64)
    holiday = np.isin(epoch_day, holidays)
    off_day = holiday | np.isin(wday, service.weekend)
    day = epoch_day - local_day_of(service.start)
    return Clock(service, n, int(start_s), hour, wday.astype(int), day.astype(int), off_day, holiday)
