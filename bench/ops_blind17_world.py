"""The seventeenth blind ops set's world (bench/ops_series_blind17.py): eleven invented services, each on its own
local clock (UTC offset, its clock switch if it has one), its rest days, holidays and special days, and its demand
curve in local time. Written blind (see the set's module docstring)."""

# ruff: noqa: E501 (the tables keep one series / one service per row)
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import numpy as np

STEP_S = 300
DAY = 288


@dataclass(frozen=True)
class Service:
    key: str
    city: str
    start: dt.date  # local midnight of this date is the first row
    days: int
    offset_h: float  # UTC offset at the start
    after_h: float | None = None  # UTC offset after the clock switch
    switch_day: int = -1  # local day of the switch (at 02:00 local, before it)
    rest: tuple[int, ...] = (5, 6)  # rest weekdays (0 = Monday)
    holidays: dict[int, str] = field(default_factory=dict)  # day -> name (public_holiday normal)
    work: tuple[float, ...] = ()  # 24 hourly knots, working day
    restday: tuple[float, ...] = ()  # 24 hourly knots, rest day / holiday
    specials: tuple[tuple[str, int, float, float, float], ...] = ()  # (normal kind, day, h0, h1, factor)


def _k(*values: float) -> tuple[float, ...]:
    assert len(values) == 24
    return tuple(values)


# fmt: off
OFFICE = _k(0.15, 0.1, 0.1, 0.1, 0.12, 0.2, 0.45, 0.9, 1.5, 1.9, 2.0, 1.95, 1.7, 1.8, 1.9, 1.8, 1.6, 1.3, 0.95, 0.7, 0.55, 0.45, 0.3, 0.2)
OFFICE_REST = _k(0.15, 0.1, 0.1, 0.1, 0.1, 0.12, 0.18, 0.25, 0.35, 0.45, 0.55, 0.6, 0.6, 0.58, 0.55, 0.55, 0.55, 0.52, 0.5, 0.48, 0.42, 0.35, 0.25, 0.18)
# fmt: on

SERVICES: dict[str, Service] = {
    "lodgeline": Service(  # a Vienna hotel chain: check-in peaks, 02:30 night audit, Austria leaves summer time 28 Oct
        "lodgeline", "Vienna", dt.date(2029, 10, 15), 21, 2, 1, 13, (5, 6), {11: "Nationalfeiertag", 17: "Allerheiligen"},
        _k(0.2, 0.12, 0.08, 0.06, 0.06, 0.1, 0.3, 0.7, 0.9, 0.8, 1.1, 1.2, 1.0, 1.1, 1.6, 2.4, 2.6, 2.3, 1.9, 1.5, 1.2, 0.9, 0.6, 0.35),
        _k(0.25, 0.15, 0.1, 0.07, 0.06, 0.08, 0.2, 0.45, 0.75, 1.0, 1.3, 1.2, 1.0, 1.0, 1.5, 2.1, 2.3, 2.0, 1.6, 1.3, 1.1, 0.8, 0.6, 0.4),
        (("month_end", 17, 0.0, 6.0, 1.0),),
    ),
    "velo": Service(  # a Montreal bike-share: commute peaks, rain days, Canada leaves summer time 4 Nov
        "velo", "Montreal", dt.date(2029, 10, 22), 21, -4, -5, 13, (5, 6), {},
        _k(0.1, 0.06, 0.04, 0.03, 0.04, 0.15, 0.6, 1.9, 2.6, 1.2, 0.8, 0.9, 1.2, 1.0, 0.9, 1.2, 2.0, 2.8, 2.0, 1.2, 0.8, 0.55, 0.35, 0.2),
        _k(0.2, 0.12, 0.08, 0.05, 0.04, 0.05, 0.12, 0.3, 0.6, 1.0, 1.5, 1.8, 1.9, 2.0, 2.0, 1.9, 1.7, 1.4, 1.0, 0.7, 0.5, 0.4, 0.3, 0.22),
        (("rain_day", 9, 0.0, 24.0, 0.4), ("rain_day", 16, 6.0, 24.0, 0.45)),
    ),
    "kinship": Service(  # an Adelaide benefits agency portal: payment dates, Labour Day, SA to summer time 7 Oct
        "kinship", "Adelaide", dt.date(2029, 9, 24), 21, 9.5, 10.5, 13, (5, 6), {7: "Labour Day"},
        OFFICE, OFFICE_REST,
        (("payday", 2, 6.0, 14.0, 2.2), ("payday", 10, 6.0, 14.0, 2.0), ("payday", 16, 6.0, 14.0, 2.3)),
    ),
    "ledgerline": Service(  # a Singapore crypto exchange that never sleeps: listings, a halving night
        "ledgerline", "Singapore", dt.date(2029, 10, 8), 18, 8, None, -1, (5, 6), {},
        _k(0.9, 0.8, 0.7, 0.65, 0.6, 0.6, 0.65, 0.75, 0.9, 1.0, 1.1, 1.15, 1.1, 1.1, 1.15, 1.2, 1.25, 1.3, 1.3, 1.35, 1.4, 1.4, 1.3, 1.1),
        _k(0.85, 0.75, 0.65, 0.6, 0.55, 0.55, 0.6, 0.65, 0.75, 0.85, 0.9, 0.95, 1.0, 1.0, 1.0, 1.05, 1.1, 1.1, 1.15, 1.2, 1.25, 1.25, 1.15, 1.0),
        (("listing_event", 10, 18.0, 21.0, 3.5), ("halving_night", 14, 2.0, 7.0, 2.6)),
    ),
    "huerta": Service(  # a Murcia irrigation IoT fleet: valves before sunrise, rain days, Spain leaves summer time
        "huerta", "Murcia", dt.date(2029, 10, 15), 14, 2, 1, 13, (), {},
        _k(*[1.0] * 24),
        _k(*[1.0] * 24),
        (("rain_day", 9, 0.0, 24.0, 1.0), ("rain_day", 12, 0.0, 24.0, 1.0)),
    ),
    "cinemon": Service(  # a Seoul cinema chain: evening and weekend peaks, premiere Wednesdays, Hangul Day
        "cinemon", "Seoul", dt.date(2029, 10, 1), 21, 9, None, -1, (5, 6), {2: "Gaecheonjeol", 8: "Hangul Day"},
        _k(0.3, 0.15, 0.05, 0.02, 0.02, 0.02, 0.04, 0.1, 0.2, 0.3, 0.45, 0.7, 1.0, 1.0, 0.9, 0.9, 1.0, 1.3, 1.9, 2.6, 2.7, 2.2, 1.4, 0.7),
        _k(0.4, 0.2, 0.06, 0.02, 0.02, 0.02, 0.05, 0.15, 0.4, 0.9, 1.4, 1.9, 2.2, 2.3, 2.3, 2.2, 2.1, 2.2, 2.4, 2.5, 2.3, 1.8, 1.2, 0.7),
        (("premiere_night", 9, 18.0, 24.0, 2.2), ("premiere_night", 16, 18.0, 24.0, 2.0)),
    ),
    "textbridge": Service(  # a Manila telco SMS gateway: Sunday rest, Christmas, Rizal Day, New Year's midnight
        "textbridge", "Manila", dt.date(2029, 12, 17), 21, 8, None, -1, (6,), {7: "Christmas Eve", 8: "Christmas", 13: "Rizal Day", 14: "New Year's Eve", 15: "New Year"},
        _k(0.3, 0.15, 0.1, 0.08, 0.1, 0.25, 0.6, 1.1, 1.5, 1.6, 1.6, 1.55, 1.5, 1.5, 1.5, 1.45, 1.4, 1.4, 1.35, 1.3, 1.2, 1.0, 0.7, 0.45),
        _k(0.35, 0.2, 0.12, 0.1, 0.1, 0.15, 0.3, 0.6, 0.9, 1.1, 1.2, 1.25, 1.25, 1.2, 1.2, 1.2, 1.2, 1.25, 1.3, 1.3, 1.2, 1.0, 0.75, 0.5),
        (("noche_buena", 7, 22.0, 24.0, 2.5), ("noche_buena", 8, 0.0, 1.5, 2.5), ("new_year_midnight", 14, 23.5, 24.0, 7.0),
         ("new_year_midnight", 15, 0.0, 1.5, 5.0), ("payday", 13, 8.0, 20.0, 1.6)),
    ),
    "shayyabed": Service(  # a Kathmandu hospital bed-management board: Saturday rest, Dashain holidays
        "shayyabed", "Kathmandu", dt.date(2029, 10, 8), 21, 5.75, None, -1, (5,), {10: "Ghatasthapana+7", 11: "Fulpati", 12: "Maha Ashtami", 13: "Maha Navami", 14: "Vijaya Dashami"},
        _k(0.35, 0.3, 0.28, 0.26, 0.26, 0.3, 0.5, 0.9, 1.4, 1.7, 1.8, 1.7, 1.5, 1.4, 1.4, 1.3, 1.2, 1.1, 1.0, 0.9, 0.8, 0.65, 0.5, 0.4),
        _k(0.35, 0.3, 0.28, 0.26, 0.26, 0.28, 0.35, 0.5, 0.7, 0.8, 0.85, 0.85, 0.8, 0.8, 0.8, 0.75, 0.7, 0.7, 0.7, 0.65, 0.6, 0.5, 0.45, 0.4),
        (),
    ),
    "qalaa": Service(  # a Muscat museum: Friday-Saturday weekend (its busy days), free entry on National Day
        "qalaa", "Muscat", dt.date(2029, 11, 5), 21, 4, None, -1, (4, 5), {13: "National Day", 14: "National Day (2)"},
        _k(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.2, 1.1, 1.4, 1.5, 1.3, 1.1, 1.0, 1.1, 1.4, 1.6, 1.7, 1.5, 1.1, 0.3, 0.0, 0.0),
        _k(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.1, 0.6, 1.0, 1.2, 1.2, 1.4, 2.2, 2.8, 3.0, 3.1, 3.0, 2.7, 2.0, 0.6, 0.0, 0.0),
        (("free_entry_day", 13, 9.0, 21.0, 2.4),),
    ),
    "wavehaka": Service(  # an Auckland radio network: live shows, a telethon, NZ to summer time 30 Sep
        "wavehaka", "Auckland", dt.date(2029, 9, 17), 21, 12, 13, 13, (5, 6), {},
        _k(0.2, 0.12, 0.1, 0.1, 0.15, 0.6, 1.8, 2.4, 2.2, 1.3, 1.0, 0.95, 1.0, 0.95, 0.95, 1.1, 1.7, 2.0, 1.8, 1.1, 0.8, 0.6, 0.4, 0.28),
        _k(0.25, 0.15, 0.12, 0.1, 0.1, 0.15, 0.3, 0.6, 0.95, 1.2, 1.3, 1.3, 1.25, 1.2, 1.15, 1.1, 1.05, 1.0, 1.0, 1.1, 1.2, 0.9, 0.55, 0.35),
        (("telethon", 18, 19.0, 23.0, 2.3),),
    ),
    "roadkey": Service(  # a Denver car-rental fleet: Thanksgiving, the Sunday after it full of returns
        "roadkey", "Denver", dt.date(2029, 11, 7), 21, -7, None, -1, (5, 6), {5: "Veterans Day (observed)", 15: "Thanksgiving"},
        _k(0.2, 0.1, 0.06, 0.05, 0.1, 0.35, 0.9, 1.5, 1.7, 1.5, 1.3, 1.2, 1.2, 1.25, 1.3, 1.5, 1.8, 1.9, 1.6, 1.2, 0.9, 0.7, 0.5, 0.3),
        _k(0.2, 0.12, 0.08, 0.05, 0.08, 0.2, 0.5, 0.9, 1.2, 1.4, 1.5, 1.5, 1.5, 1.6, 1.7, 1.8, 1.8, 1.6, 1.3, 1.0, 0.8, 0.6, 0.45, 0.3),
        (("holiday_returns", 18, 8.0, 22.0, 2.8), ("holiday_returns", 19, 6.0, 12.0, 1.8)),
    ),
}  # fmt: skip


class Clock:
    """Row-wise local time of one service: local day, hour (float) and weekday; the first row is local midnight."""

    def __init__(self, service: Service) -> None:
        self.service = service
        n = service.days * DAY
        midnight = dt.datetime(service.start.year, service.start.month, service.start.day, tzinfo=dt.UTC)
        self.start_s = int(midnight.timestamp() - service.offset_h * 3600)
        utc = self.start_s + STEP_S * np.arange(n, dtype=np.int64)
        offset = np.full(n, service.offset_h * 3600.0)
        self.switch_row = -1
        if service.after_h is not None:
            # the switch happens at 02:00 local on switch_day (in the offset before it)
            at = self.start_s + service.switch_day * 86400 + 2 * 3600
            offset[utc >= at] = service.after_h * 3600.0
            self.switch_row = int((at - self.start_s) // STEP_S)
        local = utc + offset - (self.start_s + service.offset_h * 3600)
        self.day = (local // 86400).astype(int)
        self.hour = (local % 86400) / 3600.0
        first = service.start.weekday()
        self.weekday = (self.day + first) % 7
        self.n = n

    def rows_of(self, day: int, h0: float, h1: float) -> tuple[int, int]:
        """[start, end) rows of local day ``day`` from hour h0 to h1 (h1 may pass 24: into the next day)."""
        t0 = day + h0 / 24.0
        t1 = day + h1 / 24.0
        when = self.day + self.hour / 24.0
        start = int(np.searchsorted(when, t0 - 1e-9))
        end = int(np.searchsorted(when, t1 - 1e-9))
        return start, max(end, start + 1)

    def is_rest(self, day: int) -> bool:
        return (day + self.service.start.weekday()) % 7 in self.service.rest or day in self.service.holidays


def curve(knots: tuple[float, ...], hour: np.ndarray) -> np.ndarray:
    """Periodic linear interpolation of 24 hourly knots."""
    k = np.asarray(knots + knots[:1], float)
    return np.interp(hour, np.arange(25.0), k)


def activity(clock: Clock, busy_days: tuple[int, ...] = ()) -> np.ndarray:
    """The service's demand in local time (mean about 1): work or rest curve by day, its special days applied;
    ``busy_days`` are rest days given a working day's curve (the restday_busy anomaly)."""
    s = clock.service
    work, rest = curve(s.work, clock.hour), curve(s.restday, clock.hour)
    restful = np.array([clock.is_rest(d) and d not in busy_days for d in range(s.days + 1)])[clock.day]
    out = np.where(restful, rest, work)
    for _, day, h0, h1, factor in s.specials:
        a, b = clock.rows_of(day, h0, h1)
        out[a:b] *= factor
    return out


def calendar_normals(clock: Clock) -> list[tuple[int, int, str]]:
    """The service's calendar as normal-behaviour windows: holidays, clock switch (48 h after), special days."""
    s, out = clock.service, []
    for day in s.holidays:
        out.append((*clock.rows_of(day, 0, 24), "public_holiday"))
    if clock.switch_row >= 0:
        out.append((clock.switch_row, min(clock.n, clock.switch_row + 2 * DAY), "dst_switch"))
    for kind, day, h0, h1, _ in s.specials:
        out.append((*clock.rows_of(day, h0, h1), kind))
    return out
