"""The world of the ninth blind ops set (bench/ops_series_blind9.py): ten invented services, their local clocks
(standard offset, DST switches as UTC instants, rest days, holidays, paydays) and their daily load curves.

October-November 2027. Rest days are not always Saturday-Sunday: a Riyadh pharmacy courier and a Haifa wafer fab
rest on Friday-Saturday, a Kathmandu permit office and a Monterrey cement dispatcher work six days. DST ends inside
the series for Leipzig (31 October), Haifa (31 October, Israel's rule) and Halifax and Chicago (7 November).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from ops_series_data import DAY, STEP_S


def utc_s(stamp: str) -> int:
    return int(np.datetime64(stamp, "s").astype(np.int64))


@dataclass(frozen=True)
class Service:
    key: str
    place: str
    offset_min: int  # at the series' start
    switches: tuple[tuple[str, int], ...] = ()  # (UTC instant, offset in minutes from then on)
    rest_days: tuple[int, ...] = (5, 6)  # Monday = 0
    holidays: tuple[tuple[str, str], ...] = ()  # (local date, "public_holiday" | "festival_lull")
    paydays: tuple[int, ...] = ()  # days of the month
    shape: str = "office"


SERVICES = {
    s.key: s
    for s in (
        Service(
            "ebibo",
            "Leipzig: the city libraries' e-book lending platform",
            120,
            (("2027-10-31T01:00", 60),),
            (5, 6),
            (("2027-10-31", "public_holiday"), ("2027-11-17", "public_holiday")),
            (),
            "evening",
        ),
        Service(
            "fundyferry",
            "Halifax: ferry and crossing bookings for the Bay of Fundy",
            -180,
            (("2027-11-07T05:00", -240),),
            (5, 6),
            (("2027-11-11", "public_holiday"),),
            (),
            "office",
        ),
        Service(
            "lasalleclr",
            "Chicago: a listed-options clearing member's settlement systems",
            -300,
            (("2027-11-07T07:00", -360),),
            (5, 6),
            (("2027-11-11", "public_holiday"), ("2027-11-25", "public_holiday"), ("2027-11-26", "festival_lull")),
            (),
            "market",
        ),
        Service(
            "dawaa",
            "Riyadh: a pharmacy courier app (Friday-Saturday weekend, evenings busiest)",
            180,
            (),
            (4, 5),
            (),
            (27,),
            "night_owl",
        ),
        Service(
            "himpermit",
            "Kathmandu: trekking permit and TIMS card portal (six-day week, Saturday off, UTC+5:45)",
            345,
            (),
            (5,),
            tuple((f"2027-10-{d}", "festival_lull") for d in (28, 29, 30, 31)) + (("2027-11-01", "public_holiday"),),
            (),
            "office",
        ),
        Service(
            "carmelfab",
            "Haifa: a wafer fab's manufacturing execution system (Friday-Saturday weekend)",
            180,
            (("2027-10-30T23:00", 120),),
            (4, 5),
            tuple((f"2027-10-{d}", "festival_lull") for d in (17, 18, 19, 20, 21))
            + (("2027-10-23", "public_holiday"),),
            (),
            "shift",
        ),
        Service(
            "waikmilk",
            "Auckland: a dairy co-operative's tanker collection and vat telemetry (NZDT)",
            780,
            (),
            (5, 6),
            (("2027-10-25", "public_holiday"),),
            (),
            "dawn",
        ),
        Service(
            "cerrocem",
            "Monterrey: cement dispatch and kiln telemetry (Monday-Saturday, no DST)",
            -360,
            (),
            (6,),
            (("2027-11-15", "public_holiday"),),
            (),
            "shift",
        ),
        Service(
            "panelcut",
            "Seoul: a webtoon reader app (weekend and late-evening reading, episode drops at 23:00)",
            540,
            (),
            (5, 6),
            (),
            (25,),
            "evening",
        ),
        Service(
            "wakala",
            "Nairobi: a mobile-money agent network (cash-in / cash-out, paydays)",
            180,
            (),
            (6,),
            (("2027-10-20", "public_holiday"),),
            (28,),
            "commute",
        ),
    )
}

# daily load curves: (workday bumps, rest-day bumps, floor); a bump is (centre hour, width in hours, height)
SHAPES = {
    "office": (((10.5, 2.2, 1.0), (15.0, 2.0, 0.8)), ((12.5, 3.5, 0.28),), 0.06),
    "evening": (((21.0, 2.0, 1.0), (12.8, 1.3, 0.35), (8.2, 0.8, 0.2)), ((21.5, 2.6, 1.15), (15.0, 3.0, 0.6)), 0.07),
    "market": (((9.2, 0.8, 1.0), (14.6, 0.7, 0.9), (12.0, 2.5, 0.45)), ((11.0, 2.0, 0.04),), 0.02),
    "night_owl": (((22.3, 2.4, 1.0), (13.5, 1.6, 0.4)), ((23.0, 2.8, 1.1), (17.0, 2.5, 0.6)), 0.1),
    "shift": (((11.0, 4.0, 0.35), (19.0, 2.5, 0.15)), ((12.0, 4.0, 0.18),), 0.6),
    "dawn": (((6.0, 1.6, 1.0), (16.0, 1.8, 0.75)), ((6.5, 1.8, 0.8), (16.5, 2.0, 0.5)), 0.08),
    "commute": (((7.5, 1.2, 0.9), (18.2, 1.6, 1.0), (13.0, 2.0, 0.55)), ((11.0, 3.0, 0.6), (17.0, 2.5, 0.5)), 0.04),
    "flat": (((12.0, 6.0, 0.05),), ((12.0, 6.0, 0.05),), 0.95),
}


@dataclass
class Clock:
    """Local time of every row of one series."""

    start_s: int
    hour: np.ndarray  # local hour of day, float
    day: np.ndarray  # local day index from the series' start
    dow: np.ndarray  # Monday = 0
    daytype: np.ndarray  # 0 workday, 1 rest day, 2 public holiday, 3 festival lull
    payday: np.ndarray  # bool
    month_end: np.ndarray  # bool: the last day of a month
    switch_rows: list[int]

    @property
    def n(self) -> int:
        return len(self.hour)

    def row(self, day: int, hour: float) -> int:
        """The first row of local day ``day`` at or after ``hour``."""
        hits = np.flatnonzero((self.day == day) & (self.hour >= hour))
        return int(hits[0]) if len(hits) else int(np.flatnonzero(self.day == day)[-1])

    def day_rows(self, day: int) -> tuple[int, int]:
        hits = np.flatnonzero(self.day == day)
        return int(hits[0]), int(hits[-1]) + 1

    def days_where(self, test) -> list[int]:
        out = []
        for d in range(int(self.day[-1]) + 1):
            a, _ = self.day_rows(d)
            if test(d, a):
                out.append(d)
        return out


def clock(service: Service, start_date: str, days: int) -> Clock:
    """The series start at local midnight of ``start_date`` and run ``days`` * 288 rows."""
    offset0 = service.offset_min * 60
    midnight = utc_s(start_date + "T00:00") - offset0
    n = days * DAY
    utc = midnight + STEP_S * np.arange(n, dtype=np.int64)
    offset = np.full(n, offset0, dtype=np.int64)
    switch_rows = []
    for stamp, minutes in service.switches:
        at = utc >= utc_s(stamp)
        offset[at] = minutes * 60
        if at.any() and not at.all():
            switch_rows.append(int(np.argmax(at)))
    local = utc + offset
    daynum = local // 86400
    hour = (local % 86400) / 3600.0
    dow = (daynum + 3) % 7
    dates = daynum.astype("datetime64[D]")
    months = dates.astype("datetime64[M]")
    dom = (dates - months.astype("datetime64[D]")).astype(np.int64) + 1
    month_end = (dates + 1).astype("datetime64[M]") != months
    daytype = np.where(np.isin(dow, service.rest_days), 1, 0)
    for date, kind in service.holidays:
        daytype[dates == np.datetime64(date)] = 2 if kind == "public_holiday" else 3
    payday = np.isin(dom, service.paydays) & (daytype == 0)
    return Clock(int(midnight), hour, daynum - daynum[0], dow, daytype, payday, month_end, switch_rows)


def _bumps(hour: np.ndarray, bumps) -> np.ndarray:
    out = np.zeros_like(hour)
    for centre, width, height in bumps:
        d = (hour - centre + 12.0) % 24.0 - 12.0
        out += height * np.exp(-0.5 * (d / width) ** 2)
    return out


def load_curve(clk: Clock, shape: str, force_workday: bool = False) -> np.ndarray:
    """Relative load (about 0.05-1.2) of every row: the workday curve, the rest-day curve on rest days and
    public holidays, three quarters of it in a festival lull."""
    work, rest, floor = SHAPES[shape]
    workday = floor + _bumps(clk.hour, work)
    if force_workday:
        return workday
    restday = floor + _bumps(clk.hour, rest)
    out = np.where(clk.daytype == 0, workday, restday)
    out = np.where(clk.daytype == 2, 0.92 * restday, out)
    return np.where(clk.daytype == 3, 0.5 * restday + 0.25 * workday, out)
