"""The eleventh blind ops set's world (bench/ops_series_blind11.py): ten invented services, their local clocks and
clock switches, rest days, holidays and special days, and each one's activity curve in local time.

Everything here is invented for the set; no earlier blind set's world was read.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import numpy as np

STEP_S = 300
DAY = 288
EPOCH = dt.date(1970, 1, 1)


def midnight_s(day: dt.date) -> int:
    return (day - EPOCH).days * 86400


def utc_s(y: int, m: int, d: int, h: float = 0.0) -> int:
    return midnight_s(dt.date(y, m, d)) + int(round(h * 3600))


@dataclass(frozen=True)
class Service:
    key: str
    where: str
    start: dt.date  # the series start at local midnight of this day
    days: int
    offset_h: float  # local offset from UTC at the start
    switches: tuple[tuple[int, float], ...] = ()  # (UTC second, new offset in hours)
    rest: frozenset[int] = frozenset({5, 6})  # weekdays off, 0 = Monday
    holidays: dict[dt.date, str] = field(default_factory=dict)
    specials: dict[dt.date, str] = field(default_factory=dict)  # service-specific normal days


class Clock:
    """Local calendar of every 5-minute UTC grid row of a service's series."""

    def __init__(self, svc: Service, days: int | None = None):
        n = (days or svc.days) * DAY
        self.svc = svc
        self.n = n
        self.start_s = midnight_s(svc.start) - int(round(svc.offset_h * 3600))
        self.utc = self.start_s + STEP_S * np.arange(n, dtype=np.int64)
        off = np.full(n, svc.offset_h * 3600.0)
        self.switch_rows = []
        for when, new in svc.switches:
            off[self.utc >= when] = new * 3600.0
            hit = np.flatnonzero(self.utc >= when)
            if len(hit):
                self.switch_rows.append(int(hit[0]))
        local = self.utc + off - midnight_s(svc.start)
        self.lday = (local // 86400).astype(int)
        self.hour = (local % 86400) / 3600.0
        self.dates = [svc.start + dt.timedelta(days=d) for d in range(int(self.lday.max()) + 1)]
        self.dow = np.array([d.weekday() for d in self.dates])[self.lday]
        self.holiday = np.array([d in svc.holidays for d in self.dates])[self.lday]
        self.rest = np.array([d.weekday() in svc.rest or d in svc.holidays for d in self.dates])[self.lday]

    def row(self, day: int, hour: float) -> int:
        """First row at or after local ``hour`` of local day ``day`` (from the series start)."""
        hit = np.flatnonzero((self.lday == day) & (self.hour >= hour - 1e-9))
        if not len(hit):
            hit = np.flatnonzero(self.lday > day)
        return int(hit[0]) if len(hit) else self.n

    def day_rows(self, day: int) -> tuple[int, int]:
        hit = np.flatnonzero(self.lday == day)
        return int(hit[0]), int(hit[-1]) + 1

    def days_of(self, pred) -> list[int]:
        return [d for d, date in enumerate(self.dates) if pred(date)]


def bump(hour: np.ndarray, mu: float, width: float) -> np.ndarray:
    """A smooth daily bump centred at ``mu`` local hours (wraps around midnight)."""
    dist = (hour - mu + 12.0) % 24.0 - 12.0
    return np.exp(-0.5 * (dist / width) ** 2)


def plateau(hour: np.ndarray, a: float, b: float, edge: float = 0.35) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-(hour - a) / edge)) / (1.0 + np.exp(-(b - hour) / edge))


def _d(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


SERVICES = {
    "quay": Service(
        "quay",
        "Severn Quay container terminal, Avonmouth (tide-locked dock; UK clocks leave BST on 31 October)",
        _d("2027-10-18"),
        21,
        1.0,
        ((utc_s(2027, 10, 31, 1.0), 0.0),),
        frozenset({6}),
    ),
    "nsx": Service(
        "nsx",
        "Najd Securities Exchange, Riyadh (trading Sunday-Thursday, auctions at the open and the close)",
        _d("2027-09-12"),
        21,
        3.0,
        (),
        frozenset({4, 5}),
        {_d("2027-09-23"): "national_day"},
        {_d("2027-09-30"): "index_rebalance"},
    ),
    "kiwicast": Service(
        "kiwicast",
        "Kiwicast streaming broadcaster, Auckland (prime time; NZ daylight time from 26 September)",
        _d("2027-09-15"),
        21,
        12.0,
        ((utc_s(2027, 9, 25, 14.0), 13.0),),
        frozenset({5, 6}),
        {},
        {_d("2027-09-25"): "semi_final", _d("2027-10-02"): "sports_final"},
    ),
    "capeuni": Service(
        "capeuni",
        "Cape Peninsula university's learning platform, Cape Town (study week, then exams, Saturday sittings too)",
        _d("2027-10-25"),
        21,
        2.0,
    ),
    "fjordair": Service(
        "fjordair",
        "Fjordair crew rostering, Reykjavik (two departure banks every day; November's roster out on 15 October)",
        _d("2027-10-04"),
        18,
        0.0,
        (),
        frozenset(),
        {},
        {_d("2027-10-15"): "roster_publication"},
    ),
    "vinha": Service(
        "vinha",
        "Valle de Uco vineyard sensors, Mendoza (irrigation from sunrise, frost fans, solar LoRa nodes)",
        _d("2027-10-11"),
        21,
        -3.0,
        (),
        frozenset(),
        {},
        {
            _d("2027-10-13"): "frost_night",
            _d("2027-10-20"): "frost_night",
            _d("2027-10-22"): "rain_skip",
            _d("2027-10-28"): "rain_skip",
        },
    ),
    "mwangaza": Service(
        "mwangaza",
        "Mwangaza referral hospital EHR, Nairobi (07:00 and 19:00 nursing handovers, outpatients Monday-Saturday noon)",
        _d("2027-10-11"),
        18,
        3.0,
        (),
        frozenset({6}),
        {_d("2027-10-20"): "mashujaa_day"},
    ),
    "lodgeit": Service(
        "lodgeit",
        "LodgeIt tax e-filing, Sydney (individual returns due 31 October; AEDT)",
        _d("2027-10-12"),
        21,
        11.0,
    ),
    "sahayog": Service(
        "sahayog",
        "Sahayog remittance payouts, Kathmandu (UTC+5:45, Saturday the only rest day, Dashain)",
        _d("2027-09-27"),
        21,
        5.75,
        (),
        frozenset({5}),
        {_d(f"2027-10-{d:02d}"): "dashain" for d in (7, 8, 9, 10, 11, 12)},
        {_d(f"2027-{d}"): "festival_surge" for d in ("09-30", "10-01", "10-02", "10-03", "10-04", "10-05", "10-06")},
    ),
    "hanbit": Service(
        "hanbit",
        "Hanbit online game, Seoul (Wednesday 06:00-10:00 maintenance, Chuseok 14-16 September)",
        _d("2027-09-06"),
        21,
        9.0,
        (),
        frozenset({5, 6}),
        {_d("2027-09-14"): "chuseok", _d("2027-09-15"): "chuseok", _d("2027-09-16"): "chuseok"},
    ),
}


def activity(clock: Clock, rng: np.random.Generator, busy_days: tuple[int, ...] = ()) -> np.ndarray:
    """The service's traffic curve (about 1 at an ordinary peak) in local time; ``busy_days`` are rest days that
    get a working day's curve (the restday anomaly)."""
    svc, h, key = clock.svc, clock.hour, clock.svc.key
    rest = clock.rest.copy()
    for d in busy_days:
        a, b = clock.day_rows(d)
        rest[a:b] = False
    day_wobble = np.exp(rng.normal(0, 0.06, len(clock.dates)))[clock.lday]
    special = np.array([svc.specials.get(d, "") for d in clock.dates])[clock.lday]
    if key == "quay":
        work = plateau(h, 6, 22) * (1 - 0.35 * bump(h, 12.5, 0.5))
        out = np.where(rest, 0.02, np.where(clock.dow == 5, plateau(h, 6, 12) * 0.6, work))
    elif key == "nsx":
        pre = plateau(h, 9.5, 10.0, 0.05) * 0.35
        cont = plateau(h, 10.0, 15.0, 0.05) * (0.45 + 0.8 * np.exp(-(h - 10) / 0.6) + 0.5 * np.exp((h - 15) / 0.5))
        close = plateau(h, 15.0, 15.17, 0.03) * 2.2
        tal = plateau(h, 15.17, 15.34, 0.03) * 0.2
        curve = pre + np.where(h < 15.0, cont, 0) + close + tal
        curve = curve * np.where(special == "index_rebalance", np.where((h >= 15.0) & (h < 15.2), 4.0, 1.3), 1.0)
        out = np.where(rest, 0.0, curve)
    elif key == "kiwicast":
        weekday = 0.08 + 0.25 * bump(h, 7.2, 0.9) + 0.15 * bump(h, 12.5, 1.0) + 1.0 * bump(h, 20.6, 1.5)
        weekend = 0.1 + 0.2 * bump(h, 9, 1.5) + 0.45 * bump(h, 15, 1.6) + 1.05 * bump(h, 20.4, 1.6)
        out = np.where(rest, weekend, weekday)
        out = out * np.where((special == "sports_final") & (h > 19.3) & (h < 21.7), 2.6, 1.0)
        out = out * np.where((special == "semi_final") & (h > 19.3) & (h < 21.7), 1.8, 1.0)
    elif key == "capeuni":
        exams = clock.lday >= 7
        study = 0.06 + 0.6 * plateau(h, 8.5, 17, 0.8) + 0.5 * bump(h, 22.5, 1.3)
        sitting = 0.05 + 0.9 * plateau(h, 8.5, 12.2, 0.2) + 0.8 * plateau(h, 13.8, 17.2, 0.2) + 0.25 * bump(h, 21, 2)
        sunday = clock.dow == 6
        out = np.where(exams & ~sunday, sitting, np.where(rest, 0.6 * study, study))
    elif key == "fjordair":
        out = 0.03 + 1.0 * bump(h, 6.6, 0.45) + 0.75 * bump(h, 15.4, 0.5) + 0.3 * bump(h, 16.6, 0.35)
        out = out * np.where(clock.dow == 5, 0.8, 1.0)
    elif key == "vinha":
        out = plateau(h, 7.0, 20.2, 0.6)  # daylight (the renderers use their own sunrise)
    elif key == "mwangaza":
        inpatient = 0.25 + 0.45 * bump(h, 7.0, 0.35) + 0.4 * bump(h, 19.0, 0.35) + 0.1 * plateau(h, 7, 22)
        outpatient = plateau(h, 8.0, 17.0, 0.4) * (0.7 + 0.3 * bump(h, 10.5, 2))
        sat_half = plateau(h, 8.0, 13.0, 0.4) * 0.6
        op = np.where(rest, 0.0, np.where(clock.dow == 5, sat_half, outpatient))
        out = inpatient + op
    elif key == "lodgeit":
        weekday = 0.04 + 0.5 * plateau(h, 8.5, 17.5, 0.7) + 0.75 * bump(h, 20.3, 1.4)
        weekend = 0.04 + 0.6 * plateau(h, 9.5, 17, 1.0) + 0.6 * bump(h, 20, 1.5)
        out = np.where(rest, weekend, weekday)
        date_idx = clock.lday
        ramp = 1.0 + np.clip((date_idx - 9) / 10.0, 0, 1) * 1.6
        out = out * ramp
        final = date_idx == 19
        out = out * np.where(final, 1.0 + 1.8 * plateau(h, 18, 24, 0.6), 1.0)
        out = np.where(date_idx >= 20, out * 0.15, out)
    elif key == "sahayog":
        agents = plateau(h, 9.0, 18.0, 0.3) * (0.8 + 0.2 * bump(h, 11, 1.5))
        wallet = 0.03 + 0.3 * plateau(h, 6.5, 22, 0.6)
        out = np.where(rest, wallet * 0.8, agents + wallet)
        out = out * np.where(special == "festival_surge", 2.3, 1.0)
        out = np.where(clock.holiday, wallet * 1.1, out)
    elif key == "hanbit":
        weekday = 0.12 + 0.25 * plateau(h, 12, 18, 1.2) + 0.85 * bump(h, 22.0, 2.0)
        weekend = 0.15 + 0.6 * plateau(h, 10.5, 19, 1.2) + 0.9 * bump(h, 21.7, 2.2)
        out = np.where(rest, weekend, weekday) * np.where(clock.holiday, 1.2, 1.0)
        maint = (clock.dow == 2) & (h >= 6.0) & (h < 10.0)
        out = np.where(maint, 0.0, out)
    else:  # pragma: no cover
        raise KeyError(key)
    return out * day_wobble


def special_windows(clock: Clock) -> list[tuple[int, int, str]]:
    """Normal windows that come from the calendar: holidays, special days, clock switches."""
    out = []
    for d, date in enumerate(clock.dates):
        a = clock.row(d, 0.0) if d <= clock.lday.max() else clock.n
        b = min(clock.n, a + DAY)
        if a >= clock.n:
            continue
        if date in clock.svc.holidays:
            out.append((a, b, "public_holiday"))
        tag = clock.svc.specials.get(date)
        if tag:
            out.append((a, b, "sports_final" if tag == "semi_final" else tag))
    for r in clock.switch_rows:
        out.append((r, min(clock.n, r + 2 * DAY), "dst_switch"))
    return out
