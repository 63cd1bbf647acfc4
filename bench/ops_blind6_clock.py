"""The sixth blind ops set's services and their local clocks: UTC offset with the period's DST switch, weekend
days, public holidays and month ends, per 5-minute step (bench/ops_series_blind6.py)."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from ops_series_data import DAY, STEP_S


def _utc(text: str) -> int:
    """Seconds since the epoch of an ISO UTC time such as '2026-10-25T01:00'."""
    return int(np.datetime64(text, "s").astype(np.int64))


@dataclass(frozen=True)
class Service:
    """One invented company's system: where it runs, when its users are awake, what its calendar holds."""

    name: str
    offset_h: float  # UTC offset at the start of the period
    start: str  # first local day (the series start at local midnight)
    days: int
    peaks: tuple[tuple[float, float, float], ...]  # (local hour, width h, weight) of the daily shape
    floor: float  # night level relative to the peak
    weekend: tuple[int, ...] = (5, 6)  # local weekdays, 0 = Monday
    weekend_factor: float = 0.35
    switch: str | None = None  # UTC instant of the DST switch inside the period
    new_offset_h: float = 0.0
    holidays: dict[str, float] = field(default_factory=dict)  # local date -> day factor
    month_end: float = 1.0  # day factor on the last and first day of a month
    payday: int = 0  # day of month with its own factor (0: none)
    payday_factor: float = 1.0


SERVICES = {
    s.name: s
    for s in (
        Service(
            "fjordpay",
            2,
            "2026-04-27",
            21,
            ((9.5, 2.0, 1.0), (14.0, 2.5, 0.8)),
            0.06,
            weekend_factor=0.18,
            holidays={"2026-05-01": 0.2, "2026-05-14": 0.2, "2026-05-15": 0.55},
            month_end=1.4,
        ),
        Service(
            "kestrel",
            -6,
            "2026-11-10",
            21,
            ((8.0, 2.5, 1.0), (15.0, 3.0, 0.7)),
            0.22,
            weekend_factor=0.45,
            holidays={"2026-11-26": 0.3, "2026-11-27": 0.6},
            month_end=1.25,
        ),
        Service(
            "sable",
            -4,
            "2026-10-19",
            21,
            ((20.5, 2.5, 1.0), (13.0, 2.0, 0.35)),
            0.12,
            weekend_factor=1.35,
            switch="2026-11-01T06:00",
            new_offset_h=-5,
            holidays={"2026-10-31": 0.8},
        ),
        Service(
            "halyard",
            1,
            "2026-10-12",
            21,
            ((10.0, 2.0, 1.0), (15.0, 2.0, 0.9), (21.0, 1.5, 0.3)),
            0.05,
            weekend_factor=0.3,
            switch="2026-10-25T01:00",
            new_offset_h=0,
            month_end=1.3,
        ),
        Service(
            "werkbank",
            2,
            "2026-10-12",
            21,
            ((11.0, 3.0, 1.0), (16.0, 2.0, 0.8)),
            0.03,
            weekend_factor=0.08,
            switch="2026-10-25T01:00",
            new_offset_h=1,
        ),
        Service(
            "bhoomi",
            5.5,
            "2026-10-26",
            21,
            ((7.0, 1.5, 0.8), (12.0, 3.0, 1.0), (19.5, 1.5, 0.7)),
            0.04,
            weekend_factor=0.8,
            holidays={"2026-11-09": 0.35, "2026-11-10": 0.45, "2026-11-07": 1.3},
            month_end=1.2,
        ),
        Service(
            "tanuki",
            9,
            "2026-04-20",
            19,
            ((21.0, 1.8, 1.0), (16.5, 1.5, 0.45), (7.0, 1.0, 0.2)),
            0.03,
            weekend_factor=0.75,
            holidays={"2026-04-29": 0.6, "2026-05-04": 0.5, "2026-05-05": 0.5, "2026-05-06": 0.55},
        ),
        Service(
            "kora",
            0,
            "2026-11-16",
            20,
            ((9.5, 1.8, 1.0), (13.5, 2.0, 0.85)),
            0.04,
            weekend_factor=0.15,
            holidays={"2026-12-04": 0.15},
            month_end=1.3,
        ),
        Service(
            "najm",
            3,
            "2026-09-14",
            18,
            ((21.5, 2.0, 1.0), (13.0, 2.0, 0.45)),
            0.08,
            weekend=(4, 5),
            weekend_factor=1.3,
            holidays={"2026-09-23": 1.6},
            payday=27,
            payday_factor=1.5,
        ),
        Service(
            "tui",
            12,
            "2026-09-14",
            21,
            ((7.5, 1.5, 0.5), (18.5, 2.0, 0.6)),
            0.7,
            weekend_factor=1.0,
            switch="2026-09-26T14:00",
            new_offset_h=13,
        ),
        Service(
            "mirador",
            -5,
            "2026-07-13",
            21,
            ((8.0, 2.0, 0.8), (19.0, 2.5, 1.0)),
            0.1,
            weekend=(6,),
            weekend_factor=0.85,
            holidays={
                "2026-07-24": 1.4,
                "2026-07-25": 1.5,
                "2026-07-26": 1.4,
                "2026-07-27": 1.5,
                "2026-07-28": 0.7,
                "2026-07-29": 0.75,
            },
        ),
    )
}


@dataclass
class Clock:
    """Per step of one series: UTC seconds, local day index from the first local day, local hour and weekday."""

    start_s: int
    utc: np.ndarray
    day: np.ndarray
    hour: np.ndarray
    weekday: np.ndarray
    dates: list[str]  # ISO local date of each day index
    switch_day: int | None

    def row(self, day: int, hour: float) -> int:
        """The first step of local ``day`` at or after local ``hour`` (hours past 24 run into the next day)."""
        day, hour = day + int(hour // 24), hour % 24
        hits = np.flatnonzero((self.day == day) & (self.hour >= hour - 1e-9))
        if not len(hits):
            raise ValueError(f"no step at local day {day} hour {hour}")
        return int(hits[0])

    def day_rows(self, day: int) -> tuple[int, int]:
        hits = np.flatnonzero(self.day == day)
        return int(hits[0]), int(hits[-1]) + 1


def clock(service: Service) -> Clock:
    first = int(np.datetime64(service.start, "D").astype(np.int64))
    start_s = first * 86400 - int(service.offset_h * 3600)
    utc = start_s + STEP_S * np.arange(service.days * DAY, dtype=np.int64)
    offset = np.full(len(utc), service.offset_h * 3600)
    switch_day = None
    if service.switch:
        at = _utc(service.switch)
        offset[utc >= at] = service.new_offset_h * 3600
    local = utc + offset.astype(np.int64)
    day = local // 86400 - first
    if service.switch:
        switch_day = int(day[np.searchsorted(utc, _utc(service.switch))])
    dates = [str(np.datetime64(first + d, "D")) for d in range(int(day.max()) + 1)]
    return Clock(start_s, utc, day, (local % 86400) / 3600.0, (local // 86400 + 3) % 7, dates, switch_day)


def day_factors(service: Service, c: Clock, busy: set[int]) -> np.ndarray:
    """Per local day: weekend, holiday, month-end and payday factors (``busy`` days keep the weekday level)."""
    out = np.ones(len(c.dates))
    for d, date in enumerate(c.dates):
        weekday = (int(np.datetime64(date, "D").astype(np.int64)) + 3) % 7
        if weekday in service.weekend and d not in busy:
            out[d] *= service.weekend_factor
        out[d] *= service.holidays.get(date, 1.0)
        if service.month_end != 1.0 and (is_month_end(date) or date.endswith("-01")):
            out[d] *= service.month_end
        if service.payday and int(date[8:]) == service.payday:
            out[d] *= service.payday_factor
    return out


def is_month_end(date: str) -> bool:
    return str(np.datetime64(date, "D") + 1).endswith("-01")


def is_weekend(service: Service, c: Clock, day: int) -> bool:
    return (int(np.datetime64(c.dates[day], "D").astype(np.int64)) + 3) % 7 in service.weekend


def calendar_normals(service: Service, c: Clock) -> list[tuple[int, int, str]]:
    """The local days a detector must take in its stride: holidays, the DST switch, month ends, paydays,
    and the weekend days of a service whose weekend is much quieter than its week."""
    out = []
    for d, date in enumerate(c.dates):
        a, b = c.day_rows(d)
        if date in service.holidays:
            out.append((a, b, "public_holiday"))
        if d == c.switch_day:
            out.append((a, b, "dst_switch"))
        if service.month_end != 1.0 and (is_month_end(date) or date.endswith("-01")):
            out.append((a, b, "month_end"))
        if service.payday and int(date[8:]) == service.payday:
            out.append((a, b, "payday"))
        if service.weekend_factor < 0.6 and is_weekend(service, c, d):
            out.append((a, b, "weekend"))
    return out
