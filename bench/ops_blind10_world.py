"""The tenth blind ops set's world (bench/ops_series_blind10.py): ten invented services, their local clocks (UTC
offset and its switches), working patterns, holidays and special periods, and their daily load curves.

Every service keeps its own calendar: ``day_types`` gives one type per local day ("work", "rest", "half", "holiday",
or a special type such as "ramadan_work", "closed", "term", "powder"), and ``curves`` maps a type to a daily load
shape (base plus Gaussian bumps and plateaus in local hours). Nothing here is random.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field

import numpy as np

STEP_S = 300
DAY = 288


@dataclass(frozen=True)
class Service:
    code: str
    title: str
    offset_h: float  # UTC offset at the series' start
    start: str  # local date of the first row (local midnight)
    rest: tuple[int, ...]  # weekdays off (0 = Monday)
    curves: dict  # day type -> (base, ((centre_h, width_h, height) | ("p", from_h, to_h, height), ...))
    half: tuple[int, ...] = ()  # weekdays with a half day
    switches: tuple[tuple[str, float], ...] = ()  # (local ISO time of the switch, new UTC offset in hours)
    holidays: dict = field(default_factory=dict)  # local ISO date -> day type
    periods: tuple[tuple[str, str, str, str], ...] = ()  # (first, last, type on workdays, type on rest days)
    saturdays_off: tuple[int, ...] = ()  # which Saturdays of the month are off (1-based), else worked
    notes: dict = field(default_factory=dict)  # calendar normals: local ISO date -> normal kind(s)

    def day_type(self, day: dt.date) -> str:
        iso = day.isoformat()
        if iso in self.holidays:
            return self.holidays[iso]
        off = day.weekday() in self.rest
        if day.weekday() == 5 and self.saturdays_off:
            off = (day.day - 1) // 7 + 1 in self.saturdays_off
        for first, last, work, rest in self.periods:
            if first <= iso <= last:
                return rest if off else work
        if off:
            return "rest"
        return "half" if day.weekday() in self.half else "work"

    def curve(self, kind: str) -> tuple:
        for key in (kind, kind.split("_")[-1], "work"):
            if key in self.curves:
                return self.curves[key]
        raise KeyError(kind)


def shape(hours: np.ndarray, base: float, spec: tuple) -> np.ndarray:
    """A daily load curve at the given local hours (wrapping at midnight)."""
    out = np.full(hours.shape, float(base))
    for item in spec:
        if item[0] == "p":
            _, lo, hi, height = item
            length = (hi - lo) % 24
            t = (hours - lo) % 24
            t = np.where(t < 12 + length / 2, t, t - 24)
            out += height / (1 + np.exp(-t / 0.25)) / (1 + np.exp(-(length - t) / 0.25))
        else:
            centre, width, height = item
            d = (hours - centre + 12) % 24 - 12
            out += height * np.exp(-0.5 * (d / width) ** 2)
    return out


class Clock:
    """One series' clock: rows -> local day index, local hour, day type; row lookup by (day, hour)."""

    def __init__(self, service: Service, days: int):
        self.service, self.days = service, days
        first = dt.date.fromisoformat(service.start)
        local0 = calendar.timegm(first.timetuple())
        self.start_s = int(local0 - service.offset_h * 3600)
        n = days * DAY
        utc = self.start_s + STEP_S * np.arange(n, dtype=np.int64)
        offset = np.full(n, service.offset_h * 3600.0)
        current = service.offset_h
        self.switch_rows = []
        for when, new in service.switches:
            at_utc = calendar.timegm(dt.datetime.fromisoformat(when).timetuple()) - current * 3600
            offset[utc >= at_utc] = new * 3600
            self.switch_rows.append(int(np.searchsorted(utc, at_utc)))
            current = new
        self.local = (utc + offset - local0).astype(np.int64)  # local seconds since the first local midnight
        self.day = self.local // 86400
        self.hour = (self.local % 86400) / 3600.0
        self.dates = [first + dt.timedelta(days=k) for k in range(days + 2)]
        self.types = [service.day_type(d) for d in self.dates]
        self.n = n

    def row(self, day: int, hour: float) -> int:
        """The first row at or after local (day, hour)."""
        return int(np.searchsorted(self.local, day * 86400 + hour * 3600))

    def day_of(self, iso: str) -> int:
        return (dt.date.fromisoformat(iso) - self.dates[0]).days

    def weekday(self, day: int) -> int:
        return self.dates[day].weekday()

    def load(self, override: dict | None = None, shift: dict | None = None) -> np.ndarray:
        """The service's load curve per row (types may be overridden per day; hours shifted per day)."""
        override, shift = override or {}, shift or {}
        out = np.empty(self.n)
        for day in range(int(self.day[-1]) + 1):
            rows = slice(self.row(day, 0), self.row(day + 1, 0))
            base, spec = self.service.curve(override.get(day, self.types[day]))
            out[rows] = shape(self.hour[rows] - shift.get(day, 0.0), base, spec)
        return out


# --- the ten services (all invented) --------------------------------------------------------------------------

_PLANT = (0.04, (("p", 6, 22, 0.9), (10.5, 1.5, 0.1), (18, 1.5, 0.08)))
_PLANT_NIGHT = (0.04, (("p", 6, 22, 0.9), ("p", 22, 6, 0.55)))

SERVICES = {
    "tatun": Service(
        "tatun",
        "Tatun Cycle Works, Taichung: carbon bicycle frame plant MES (three shifts 06/14/22, Saturday morning "
        "shift only, Sunday off, closed for the Lunar New Year week, a make-up workday on Saturday 22 January)",
        8,
        "2028-01-10",
        rest=(6,),
        half=(5,),
        curves={
            "work": _PLANT_NIGHT,
            "half": (0.04, (("p", 6, 14, 0.85),)),
            "rest": (0.03, ()),
            "closed": (0.02, ()),
            "eve": (0.04, (("p", 6, 12, 0.7),)),
        },
        holidays={
            "2028-01-22": "work",
            "2028-01-24": "eve",
            **{f"2028-01-{d}": "closed" for d in range(25, 31)},
        },
        notes={
            "2028-01-22": "makeup_workday",
            "2028-01-24": "lunar_new_year",
            **{f"2028-01-{d}": "lunar_new_year" for d in range(25, 31)},
        },
    ),
    "kilat": Service(
        "kilat",
        "Warung Kilat, Jakarta: motorbike food delivery (lunch and dinner peaks, busier weekends; from 28 January "
        "Ramadan moves demand to sahur at 03:00 and iftar at 18:05; Imlek holiday 26 January; payday the 25th)",
        7,
        "2028-01-17",
        rest=(5, 6),
        curves={
            "work": (0.05, ((12.2, 1.1, 0.75), (19.0, 1.4, 1.0), (8.0, 1.0, 0.2))),
            "rest": (0.06, ((12.8, 1.5, 0.9), (19.3, 1.6, 1.15), (9.5, 1.2, 0.25))),
            "holiday": (0.06, ((13.0, 1.6, 0.95), (19.2, 1.6, 1.2))),
            "ramadan_work": (0.04, ((3.2, 0.6, 0.55), (18.1, 0.7, 1.35), (20.5, 1.2, 0.45), (12.5, 1.2, 0.12))),
            "ramadan_rest": (0.05, ((3.3, 0.7, 0.65), (18.1, 0.8, 1.5), (20.8, 1.4, 0.55), (13.0, 1.5, 0.15))),
        },
        holidays={"2028-01-26": "holiday"},
        periods=(("2028-01-28", "2028-02-26", "ramadan_work", "ramadan_rest"),),
        notes={
            "2028-01-26": "public_holiday",
            "2028-01-25": "payday",
            **{f"2028-01-{d}": "ramadan_hours" for d in (28, 29, 30)},
        },
    ),
    "atlas": Service(
        "atlas",
        "Régie Atlas Eau-Électricité, Casablanca: water and power bill payment portal (Morocco leaves UTC+1 for "
        "UTC+0 on 23 January for Ramadan; office hours shorten to 09:00-15:00 from 28 January; monthly billing "
        "run in the night of the 1st; month-end payments)",
        1,
        "2028-01-17",
        rest=(5, 6),
        switches=(("2028-01-23T03:00:00", 0),),
        curves={
            "work": (0.06, ((10.5, 1.6, 0.8), (15.5, 1.8, 0.6), (21.5, 1.3, 0.35))),
            "rest": (0.05, ((11.5, 2.0, 0.35), (21.0, 1.5, 0.3))),
            "ramadan_work": (0.05, ((11.0, 1.4, 0.8), (14.0, 0.9, 0.4), (21.8, 1.2, 0.55))),
            "ramadan_rest": (0.05, ((12.0, 1.8, 0.3), (22.0, 1.3, 0.45))),
        },
        periods=(("2028-01-28", "2028-02-26", "ramadan_work", "ramadan_rest"),),
        notes={
            "2028-01-31": "month_end",
            "2028-02-01": "month_end",
            **{f"2028-01-{d}": "ramadan_hours" for d in (28, 29, 30)},
        },
    ),
    "wattle": Service(
        "wattle",
        "Wattle LMS, Melbourne: learning platform of Victorian state schools (summer break, Australia Day 26 "
        "January, teachers back on 27 January, students from 31 January: the term triples the load)",
        11,
        "2028-01-17",
        rest=(5, 6),
        curves={
            "break": (0.05, ((11.0, 2.5, 0.22), (20.0, 1.8, 0.15))),
            "rest": (0.04, ((15.0, 3.0, 0.12), (20.0, 1.5, 0.25))),
            "holiday": (0.04, ((14.0, 3.0, 0.1),)),
            "staff": (0.05, ((10.0, 2.0, 0.45), (14.0, 1.6, 0.3), (20.0, 1.5, 0.2))),
            "term": (0.05, ((9.2, 0.7, 0.9), (11.5, 1.2, 0.75), (14.2, 1.0, 0.6), (19.8, 1.4, 0.7))),
        },
        holidays={"2028-01-26": "holiday", "2028-01-27": "staff", "2028-01-28": "staff"},
        periods=(("2028-01-17", "2028-01-25", "break", "rest"), ("2028-01-31", "2028-04-07", "term", "rest")),
        notes={
            "2028-01-26": "public_holiday",
            **{f"2028-0{m}-{d:02d}": "term_start" for m, d in ((1, 27), (1, 31), (2, 1))},
        },
    ),
    "kestrel": Service(
        "kestrel",
        "Kestrel Peak, Colorado: ski resort lift gates and ticketing (lifts 08:30-16:00 every day, weekends "
        "busiest, a powder day on Wednesday 8 March draws a weekend crowd; US DST starts 12 March)",
        -7,
        "2028-02-27",
        rest=(5, 6),
        switches=(("2028-03-12T02:00:00", -6),),
        curves={
            "work": (0.02, (("p", 8.5, 16.0, 0.45), (10.0, 0.8, 0.35), (19.5, 1.5, 0.06))),
            "rest": (0.02, (("p", 8.5, 16.0, 0.8), (9.3, 0.7, 0.6), (19.5, 1.5, 0.1))),
            "powder": (0.02, (("p", 8.3, 16.0, 0.85), (9.0, 0.6, 0.75))),
        },
        holidays={"2028-03-08": "powder"},
        notes={"2028-03-08": "powder_day"},
    ),
    "meghna": Service(
        "meghna",
        "Meghna Knit Composite, Gazipur near Dhaka: knitwear exporter's ERP and sewing-line MES (Friday off, "
        "08:00-17:00 plus overtime to 20:00, Shaheed Dibosh 21 February, wages on 14 February)",
        6,
        "2028-02-06",
        rest=(4,),
        curves={
            "work": (0.05, (("p", 8.0, 17.0, 0.8), ("p", 17.0, 20.0, 0.45), (13.2, 0.4, -0.35))),
            "rest": (0.03, ()),
            "holiday": (0.03, ((11.0, 2.0, 0.05),)),
        },
        holidays={"2028-02-21": "holiday"},
        notes={"2028-02-21": "public_holiday", "2028-02-14": "payday"},
    ),
    "lampo": Service(
        "lampo",
        "Lämpö Oy, Tampere: district heating network SCADA and customer portal (EU DST 26 March, monthly meter "
        "billing run in the night of 1 April, month-end 31 March)",
        2,
        "2028-03-13",
        rest=(5, 6),
        switches=(("2028-03-26T03:00:00", 3),),
        curves={
            "work": (0.25, ((7.0, 1.2, 0.55), (18.5, 2.0, 0.5), (12.0, 2.5, 0.2))),
            "rest": (0.25, ((9.0, 1.6, 0.45), (19.0, 2.0, 0.5))),
        },
        notes={"2028-03-31": "month_end", "2028-04-01": "month_end"},
    ),
    "vaga": Service(
        "vaga",
        "Vaga Já, São Paulo: street-parking and toll app (commute peaks, Carnival 26-29 February, Ash Wednesday "
        "until 14:00, month-end 29 February (a leap day), meal-voucher payday on Monday 21 February)",
        -3,
        "2028-02-14",
        rest=(5, 6),
        curves={
            "work": (0.04, ((8.0, 1.0, 0.8), (12.5, 1.5, 0.4), (18.2, 1.2, 0.9))),
            "rest": (0.05, ((11.0, 2.5, 0.45), (20.5, 2.0, 0.5))),
            "carnival": (0.08, ((16.0, 3.0, 0.35), (23.0, 2.0, 0.45), (2.0, 1.5, 0.3))),
            "ash": (0.05, ((11.0, 2.0, 0.25), (15.0, 1.0, 0.55), (18.3, 1.2, 0.85))),
        },
        holidays={"2028-02-28": "carnival", "2028-02-29": "carnival", "2028-03-01": "ash"},
        notes={
            "2028-02-28": "carnival",
            "2028-02-29": ("carnival", "month_end"),
            "2028-03-01": ("carnival", "month_end"),
            "2028-02-21": "payday",
        },
    ),
    "condor": Service(
        "condor",
        "Minera Cóndor Blanco, Atacama: open-pit copper mine haul-truck fleet over satellite links (24/7, 12-hour "
        "shifts changing at 08:00 and 20:00, crews on a 4x4 roster changing every fourth morning, no weekends; "
        "Chile leaves DST at midnight into Sunday 2 April)",
        -3,
        "2028-03-19",
        rest=(),
        switches=(("2028-04-02T00:00:00", -4),),
        curves={"work": (0.92, ((14.0, 3.0, 0.05), (2.0, 3.0, -0.05)))},
    ),
    "vidarbha": Service(
        "vidarbha",
        "Vidarbha Sahakari Bank, Nagpur: co-operative bank core banking (branches 10:00-17:00, closed Sundays and "
        "the second and fourth Saturdays, open the third; Mahashivratri 23 February; end-of-day batch at 21:30 "
        "on working days)",
        5.5,
        "2028-02-07",
        rest=(6,),
        saturdays_off=(2, 4),
        curves={
            "work": (0.05, (("p", 10.0, 17.0, 0.7), (11.5, 1.0, 0.3), (15.5, 0.8, 0.2), (20.5, 1.5, 0.12))),
            "rest": (0.04, ((11.0, 2.5, 0.12), (20.0, 1.5, 0.1))),
            "holiday": (0.04, ((11.0, 2.5, 0.1),)),
        },
        holidays={"2028-02-23": "holiday"},
        notes={"2028-02-23": "public_holiday"},
    ),
}
