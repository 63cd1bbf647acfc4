"""The fourteenth blind ops set's world: ten invented services, their local clocks (with their daylight-saving
switches), rest days, holidays and special days, and each service's activity curve in local time.

Part of bench/ops_series_blind14.py (docs/ops_series.md, "Fourteenth blind set"); numpy and the standard library.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import numpy as np

STEP_S = 300
DAY = 288
HOUR = 12


def utc_s(y: int, m: int, d: int, h: float = 0.0) -> int:
    """Seconds since the epoch of a UTC wall time."""
    base = dt.datetime(y, m, d, tzinfo=dt.UTC).timestamp()
    return int(base + h * 3600)


@dataclass(frozen=True)
class Service:
    key: str
    title: str
    start: tuple[int, int, int]  # local date of the first row (local midnight)
    days: int
    std_h: float  # UTC offset at the start, hours
    switch: tuple[int, float] | None = None  # (UTC second of the clock change, offset after it)
    rest: frozenset = frozenset()  # local weekdays (0 = Monday) the service rests
    holidays: dict = field(default_factory=dict)  # day index -> name
    specials: dict = field(default_factory=dict)  # special-day kind -> day indices


SERVICES = {
    "tix": Service(
        "tix", "Boletera Zocalo, concert ticketing (Mexico City, UTC-6, no DST)", (2028, 3, 13), 21, -6.0,
        holidays={7: "natalicio_benito_juarez"},
        specials={"onsale": (2, 9, 11, 16, 19)},
    ),
    "radar": Service(
        "radar", "Top End weather radar network (Darwin, UTC+9:30)", (2028, 3, 6), 21, 9.5,
        specials={"storm": (1, 3, 4, 8, 10, 11, 14, 17, 18)},
    ),
    "water": Service(
        "water", "Aguas do Douro pumping on the night tariff (Porto, WET -> WEST 26 March)", (2028, 3, 13), 21, 0.0,
        switch=(utc_s(2028, 3, 26, 1), 1.0), rest=frozenset({6}),
    ),
    "church": Service(
        "church", "Iglesia Camino streaming (Santiago de Chile, UTC-3 -> UTC-4 on 2 April)", (2028, 3, 23), 21, -3.0,
        switch=(utc_s(2028, 4, 2, 3), -4.0),
        specials={"palm_sunday": (17,)},
    ),
    "lotto": Service(
        "lotto", "Highveld Lotto, Wednesday and Saturday draws (Johannesburg, UTC+2)", (2028, 3, 9), 21, 2.0,
        holidays={12: "human_rights_day"},
        specials={"draw": (2, 6, 9, 13, 16, 20), "jackpot": (16, 20), "payday": (15, 16)},
    ),
    "food": Service(
        "food", "Rappidito food delivery (Bogota, UTC-5)", (2028, 3, 13), 18, -5.0,
        holidays={7: "san_jose"},
        specials={"rain": (2, 4, 8, 10, 13, 15, 16)},
    ),
    "hpc": Service(
        "hpc", "Kaivos research cluster scheduler (Helsinki, EET -> EEST 26 March)", (2028, 3, 13), 21, 2.0,
        switch=(utc_s(2028, 3, 26, 1), 3.0), rest=frozenset({5, 6}),
        specials={"month_start": (19,)},
    ),
    "paywall": Service(
        "paywall", "Ha'Yom Digital newspaper paywall (Tel Aviv, IST -> IDT 24 March; Friday-Saturday weekend)",
        (2028, 3, 12), 21, 2.0,
        switch=(utc_s(2028, 3, 24, 0), 3.0), rest=frozenset({4, 5}),
        specials={"breaking": (3, 9, 15, 18)},
    ),
    "ev": Service(
        "ev", "Ladeklar EV charging (Oslo, CET -> CEST 26 March)", (2028, 3, 24), 21, 1.0,
        switch=(utc_s(2028, 3, 26, 1), 2.0), rest=frozenset({5, 6}),
        holidays={20: "skjaertorsdag"},
        specials={"exodus": (15, 19)},
    ),
    "fleet": Service(
        "fleet", "Southern Ocean longline fleet satellite uplink (Hobart, AEDT -> AEST 2 April)", (2028, 3, 17), 21,
        11.0, switch=(utc_s(2028, 4, 1, 16), 10.0),
        specials={"in_port": (10, 11)},
    ),
}  # fmt: skip


class Clock:
    """One service's rows on the UTC 5-minute grid, seen on its local clock."""

    def __init__(self, service: Service, days: int | None = None) -> None:
        self.service = service
        self.days = days or service.days
        self.n = self.days * DAY
        y, m, d = service.start
        self.start_s = int(utc_s(y, m, d) - service.std_h * 3600)
        utc = self.start_s + STEP_S * np.arange(self.n, dtype=np.int64)
        offset = np.full(self.n, service.std_h)
        self.switch_row = None
        if service.switch is not None:
            after = utc >= service.switch[0]
            offset[after] = service.switch[1]
            if after.any():
                self.switch_row = int(np.argmax(after))
        local = utc + (offset * 3600).astype(np.int64)
        local0 = utc_s(y, m, d)
        self.day = ((local - local0) // 86400).astype(int)  # local day index
        self.hour = ((local - local0) % 86400) / 3600.0
        first_weekday = dt.date(y, m, d).weekday()
        self.weekday = (first_weekday + self.day) % 7
        self.rest = np.isin(self.weekday, sorted(service.rest))
        self.holiday = np.isin(self.day, sorted(service.holidays))

    def date(self, day: int) -> dt.date:
        return dt.date(*self.service.start) + dt.timedelta(days=day)

    def special(self, kind: str) -> tuple[int, ...]:
        return tuple(d for d in self.service.specials.get(kind, ()) if d < self.days)

    def rows(self, day: int, h0: float, h1: float) -> tuple[int, int]:
        """[start, end) rows of local day ``day`` from hour h0 to h1 (h1 may pass midnight, up to 48)."""
        if h1 > 24:
            a, _ = self.rows(day, h0, 24)
            _, b = self.rows(day + 1, 0, h1 - 24)
            return a, b
        hits = np.flatnonzero((self.day == day) & (self.hour >= h0) & (self.hour < h1))
        if not len(hits):
            raise ValueError(f"no rows on day {day} {h0}-{h1}")
        return int(hits[0]), int(hits[-1]) + 1

    def day_mask(self, days) -> np.ndarray:
        return np.isin(self.day, list(days))


def bump(hour: np.ndarray, mu: float, sd: float) -> np.ndarray:
    """A Gaussian bump on the 24-hour circle."""
    d = (hour - mu + 12) % 24 - 12
    return np.exp(-0.5 * (d / sd) ** 2)


def window(hour: np.ndarray, h0: float, h1: float, edge: float = 0.25) -> np.ndarray:
    """1 inside [h0, h1) local hours (may wrap midnight), with soft edges of ``edge`` hours."""
    if h1 < h0:
        return np.maximum(window(hour, h0, 24, edge), window(hour, 0, h1, edge))
    up = np.clip((hour - h0) / edge + 0.5, 0, 1)
    down = np.clip((h1 - hour) / edge + 0.5, 0, 1)
    return np.minimum(up, down)


def calendar_normals(clock: Clock) -> list[tuple[int, int, str]]:
    """Holidays and the 48 hours after a clock switch (every series of the service shares them)."""
    out = []
    for day in clock.service.holidays:
        if day < clock.days:
            a, b = clock.rows(day, 0, 24)
            out.append((a, b, "public_holiday"))
    if clock.switch_row is not None:
        out.append((clock.switch_row, min(clock.n, clock.switch_row + 2 * DAY), "dst_switch"))
    return out


def _tix(clock: Clock, rng: np.random.Generator, busy: tuple[int, ...], rest: np.ndarray, normals: list) -> np.ndarray:
    h, wd, holiday = clock.hour, clock.weekday, clock.holiday
    act = 0.12 + 0.45 * bump(h, 13, 2.5) + 0.7 * bump(h, 21, 2.0) + 0.2 * (wd >= 4) * bump(h, 23, 1.5)
    act = act * np.where(holiday, 1.25, 1.0)
    for d in clock.special("onsale"):
        a, _ = clock.rows(d, 10, 10.5)
        span = np.arange(clock.n) - a
        surge = np.where(span >= 0, 5.5 * np.exp(-np.maximum(span, 0) / 14.0), 0) * (span < 48)
        act = act * (1 + surge)
        normals.append((a, a + 36, "onsale_surge"))
    return act


def _radar(
    clock: Clock, rng: np.random.Generator, busy: tuple[int, ...], rest: np.ndarray, normals: list
) -> np.ndarray:
    h = clock.hour
    act = 0.6 + 0.05 * bump(h, 15, 3)
    for d in clock.special("storm"):
        a, b = clock.rows(d, 13.5 + rng.uniform(-1, 1), 19.5 + rng.uniform(0, 2))
        act[a:b] += 0.9 * np.sin(np.linspace(0, np.pi, b - a)) ** 0.7
        normals.append((a, b, "storm_day"))
    return act


def _water(
    clock: Clock, rng: np.random.Generator, busy: tuple[int, ...], rest: np.ndarray, normals: list
) -> np.ndarray:
    h, wd = clock.hour, clock.weekday
    act = 0.25 + 0.75 * bump(h, 8, 1.3) + 0.35 * bump(h, 13, 1.5) + 0.65 * bump(h, 20.5, 1.8)
    sunday = wd == 6
    act = np.where(sunday, 0.25 + 0.6 * bump(h, 10.5, 2.2) + 0.55 * bump(h, 20, 2), act)
    return act


def _church(
    clock: Clock, rng: np.random.Generator, busy: tuple[int, ...], rest: np.ndarray, normals: list
) -> np.ndarray:
    h, wd = clock.hour, clock.weekday
    act = 0.05 + 0.15 * bump(h, 7, 0.6) + 0.08 * bump(h, 21, 2)
    sunday, wednesday = wd == 6, wd == 2
    act = act + sunday * (1.0 * window(h, 10, 11.5) + 0.75 * window(h, 12, 13.5) + 0.45 * window(h, 19, 20))
    act = act + wednesday * 0.5 * window(h, 20, 21)
    for d in clock.special("palm_sunday"):
        act = np.where(clock.day == d, act * 1.9, act)
        a, b = clock.rows(d, 9.5, 14)
        normals.append((a, b, "palm_sunday"))
    return act


def _lotto(
    clock: Clock, rng: np.random.Generator, busy: tuple[int, ...], rest: np.ndarray, normals: list
) -> np.ndarray:
    h, wd, holiday = clock.hour, clock.weekday, clock.holiday
    shops = window(h, 7, 21, 0.5)
    act = 0.03 + shops * (0.25 + 0.3 * bump(h, 12.5, 1.5) + 0.45 * bump(h, 17.5, 1.5))
    act = act * np.where(wd == 6, 0.6, 1.0) * np.where(holiday, 0.7, 1.0)
    closed = np.zeros(clock.n, bool)
    for d in clock.special("draw"):
        a, b = clock.rows(d, 15, 20.5)
        act[a:b] *= 1.0 + np.linspace(0.3, 1.8, b - a)
        c0, c1 = clock.rows(d, 20.5, 21.25)
        closed[c0:c1] = d not in busy  # busy draw days: the sales cut-off was not enforced
    for d in clock.special("jackpot"):
        a, b = clock.rows(d, 0, 20.5)
        act[a:b] *= 1.8
        normals.append((a, b, "jackpot_rollover"))
    for d in clock.special("payday"):
        a, b = clock.rows(d, 0, 24)
        act[a:b] *= 1.3
        normals.append((a, b, "payday"))
    act = np.where(closed, 0.0, act)
    return act


def _food(clock: Clock, rng: np.random.Generator, busy: tuple[int, ...], rest: np.ndarray, normals: list) -> np.ndarray:
    h, wd, holiday = clock.hour, clock.weekday, clock.holiday
    act = 0.04 + 0.8 * bump(h, 12.8, 0.9) + 0.9 * bump(h, 19.7, 1.2) + 0.1 * bump(h, 16, 1.5)
    weekend = wd >= 5
    act = act * np.where(weekend, 1.2, 1.0) * np.where(holiday, 1.3, 1.0)
    for d in clock.special("rain"):
        start = rng.uniform(16.5, 19)
        a, b = clock.rows(d, start, start + rng.uniform(2, 3.5))
        act[a:b] *= 1.55
        normals.append((a, b, "rain_surge"))
    return act


def _hpc(clock: Clock, rng: np.random.Generator, busy: tuple[int, ...], rest: np.ndarray, normals: list) -> np.ndarray:
    h = clock.hour
    act = 0.08 + 0.9 * window(h, 8.5, 17.5, 1.0) - 0.25 * bump(h, 11.5, 0.5) + 0.15 * bump(h, 21, 1.5)
    act = np.where(rest, 0.1 + 0.15 * bump(h, 14, 3), act)
    for d in clock.special("month_start"):
        a, b = clock.rows(d, 0, 24)
        act[a:b] += 0.45 * window(h[a:b], 0.5, 12, 1.0)
        normals.append((a, b, "month_start"))
    return act


def _paywall(
    clock: Clock, rng: np.random.Generator, busy: tuple[int, ...], rest: np.ndarray, normals: list
) -> np.ndarray:
    h, wd = clock.hour, clock.weekday
    act = 0.15 + 0.75 * bump(h, 7.5, 1.3) + 0.4 * bump(h, 13, 2) + 0.6 * bump(h, 21.5, 1.6)
    friday, saturday = (wd == 4) & ~clock.day_mask(busy), (wd == 5) & ~clock.day_mask(busy)
    act = np.where(friday, (0.15 + 0.8 * bump(h, 9, 2)) * np.where(h < 15, 1, 0.5), act)
    act = np.where(saturday, 0.12 + 0.05 * bump(h, 12, 3) + 0.55 * window(h, 19.5, 23.5, 0.8), act)
    for d in clock.special("breaking"):
        start = rng.uniform(9, 18)
        a, b = clock.rows(d, start, start + rng.uniform(3, 5))
        act[a:b] *= 1 + 1.6 * np.exp(-np.arange(b - a) / 20.0)
        normals.append((a, b, "breaking_news"))
    return act


def _ev(clock: Clock, rng: np.random.Generator, busy: tuple[int, ...], rest: np.ndarray, normals: list) -> np.ndarray:
    h, holiday = clock.hour, clock.holiday
    act = 0.05 + 0.5 * bump(h, 7.8, 0.8) + 0.9 * bump(h, 17.3, 1.1) + 0.2 * bump(h, 12, 2)
    act = np.where(rest, 0.05 + 0.3 * bump(h, 13, 3) + 0.2 * bump(h, 18, 1.5), act)
    act = act * np.where(holiday, 0.6, 1.0)
    for d in clock.special("exodus"):
        a, b = clock.rows(d, 8, 20)
        act[a:b] *= 1.45
        normals.append((a, b, "easter_exodus"))
    return act


def _fleet(
    clock: Clock, rng: np.random.Generator, busy: tuple[int, ...], rest: np.ndarray, normals: list
) -> np.ndarray:
    h = clock.hour
    act = 0.6 + 0.3 * bump(h, 5.5, 0.8) + 0.3 * bump(h, 18, 0.8)
    for d in clock.special("in_port"):
        a, b = clock.rows(d, 0, 24)
        act[a:b] *= 0.2
        normals.append((a, b, "fleet_in_port"))
    return act


CURVES = {
    "tix": _tix,
    "radar": _radar,
    "water": _water,
    "church": _church,
    "lotto": _lotto,
    "food": _food,
    "hpc": _hpc,
    "paywall": _paywall,
    "ev": _ev,
    "fleet": _fleet,
}


def activity(clock: Clock, rng: np.random.Generator, busy: tuple[int, ...] = ()) -> tuple[np.ndarray, list]:
    """The service's demand (about 1 at a working day's peak) per row and its special-day normals; ``busy`` days
    are rest days that behave as working days (the restday_busy anomaly)."""
    key = clock.service.key
    normals: list[tuple[int, int, str]] = []
    rest = clock.rest & ~clock.day_mask(busy)
    wobble = np.exp(rng.normal(0, 0.05, clock.days + 2))[clock.day]
    act = CURVES[key](clock, rng, busy, rest, normals)
    if clock.service.rest and key not in ("paywall", "hpc", "ev"):
        act = np.where(rest, act * 0.55, act)
    return np.maximum(act * wobble, 0.0), normals
