"""Load-driven renderers of the eighth blind set: request / order / heartbeat counters, connection gauges, latency
percentiles and error ratios. Each takes a ``Draft`` (clock, rng, parameters, the anomalies to inject) and returns
the values; the draft collects the labelled windows and the normal-behaviour windows.

An anomaly is ``(kind, local day index, local hour, hours[, size])``; where a human reviewer would put the window
is decided here, next to the code that makes the shape.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from ops_blind8_clock import Clock, local_day_of
from ops_series_data import DAY


@dataclass
class Draft:
    clock: Clock
    rng: np.random.Generator
    p: dict
    anomalies: list = field(default_factory=list)
    windows: list = field(default_factory=list)
    normals: list = field(default_factory=list)

    def label(self, a: int, b: int, kind: str) -> None:
        self.windows.append((int(a), int(min(b, self.clock.n - 1)), kind))

    def normal(self, a: int, b: int, kind: str) -> None:
        a, b = max(0, int(a)), min(self.clock.n, int(b))
        if a < b:
            self.normals.append((a, b, kind))

    def take(self, *kinds: str) -> list:
        return [x for x in self.anomalies if x[0] in kinds]

    def deploy_rows(self) -> list[int]:
        return [self.clock.at(d, h) for d, h in self.clock.service.deploys if d < self.clock.days]


def bump(hour: np.ndarray, center: float, width: float) -> np.ndarray:
    d = (hour - center + 12.0) % 24.0 - 12.0
    return np.exp(-0.5 * (d / width) ** 2)


def shape(hour: np.ndarray, peaks: tuple, floor: float) -> np.ndarray:
    out = np.full(len(hour), floor, dtype=float)
    for center, width, amp in peaks:
        out += amp * bump(hour, center, width)
    return out


def ar1(rng: np.random.Generator, n: int, sigma: float, phi: float = 0.8) -> np.ndarray:
    e = rng.normal(0.0, sigma * np.sqrt(1 - phi * phi), n)
    out = np.empty(n)
    acc = 0.0
    for i in range(n):
        acc = phi * acc + e[i]
        out[i] = acc
    return out


def calendar_rows(clk: Clock, dates: tuple[str, ...]) -> np.ndarray:
    days = [local_day_of(d) - local_day_of(clk.service.start) for d in dates]
    return np.isin(clk.day, days)


def load(dr: Draft) -> np.ndarray:
    """Relative load (about 1 at a workday peak): work/off-day profiles, holidays as off days, slow growth,
    day-to-day wobble, payday and month-end boosts; weekend_weekday_traffic / weekday_quiet swap a day's profile."""
    clk, p, rng = dr.clock, dr.p, dr.rng
    work = shape(clk.hour, p["work"], p.get("floor", 0.08))
    off = shape(clk.hour, p.get("off", p["work"]), p.get("floor", 0.08)) * p.get("off_level", 0.45)
    off_day = clk.off_day.copy()
    for kind, day, *_ in dr.take("weekend_weekday_traffic", "weekday_quiet"):
        off_day[clk.day == day] = kind == "weekday_quiet"
        dr.label(clk.at(day, 7.0), clk.at(day, 21.0), kind)
    out = np.where(off_day, off, work)
    wobble = np.exp(rng.normal(0.0, 0.035, clk.days + 2))
    out *= wobble[np.clip(clk.day, 0, clk.days + 1)]
    out *= 1.0 + p.get("growth", 0.004) * np.arange(clk.n) / DAY
    svc = clk.service
    for dates, name in ((svc.paydays, "payday"), (svc.month_end, "month_end")):
        boost = p.get(name)
        if dates:
            rows = calendar_rows(clk, dates)
            if boost:
                out[rows] *= boost
            for d in np.unique(clk.day[rows]):
                dr.normal(clk.at(int(d), 0.0), clk.at(int(d) + 1, 0.0), name)
    for d in np.unique(clk.day[clk.holiday]):
        dr.normal(clk.at(int(d), 0.0), clk.at(int(d) + 1, 0.0), "public_holiday")
    sw = clk.switch_row()
    if sw is not None:
        dr.normal(sw, sw + 2 * DAY, "dst_switch")
    return out * np.exp(ar1(rng, clk.n, p.get("noise", 0.05)))


def maintenance(dr: Draft, level: np.ndarray, to: float = 0.02) -> None:
    """Weekly planned maintenance: traffic drained to ``to`` of itself for ``minutes`` at a fixed local slot."""
    slot = dr.p.get("maintenance")
    if not slot:
        return
    wday, hour, minutes = slot
    clk = dr.clock
    for d in range(clk.days):
        a = clk.at(d, hour)
        if clk.wday[a] == wday:
            b = a + minutes // 5
            level[a:b] *= to
            dr.normal(a, b + 3, "maintenance_window")


def outages(dr: Draft, level: np.ndarray, zero: float = 0.0) -> None:
    """count_spike, partial_outage_drop, hard_down_zero on a load-like array."""
    clk, rng = dr.clock, dr.rng
    for kind, day, hour, hours, *size in dr.take("count_spike", "partial_outage_drop", "hard_down_zero"):
        a, b = clk.span(day, hour, hours)
        if kind == "count_spike":
            level[a:b] *= size[0] if size else rng.uniform(5, 9)
        elif kind == "partial_outage_drop":
            level[a:b] *= size[0] if size else rng.uniform(0.35, 0.6)
        else:
            level[a:b] = zero
        dr.label(a, b, kind)


def counter(dr: Draft, rate: np.ndarray, resets: list[int]) -> np.ndarray:
    """Cumulative Poisson counts of ``rate`` per step, reset to zero at ``resets`` (process restarts)."""
    inc = dr.rng.poisson(np.maximum(rate, 0.0)).astype(float)
    out = np.cumsum(inc) + float(dr.rng.integers(10_000, 5_000_000))
    for r in sorted(resets):
        if 0 < r < len(out):
            out[r:] -= out[r - 1]
    return out


def traffic_counter(dr: Draft) -> np.ndarray:
    """A request / order / event counter (``..._total``): load x peak rate per step, planned maintenance,
    restarts on deploys (counter_reset), a crash loop resets it every few scrapes."""
    level = load(dr)
    maintenance(dr, level)
    outages(dr, level)
    resets = dr.deploy_rows()
    for r in resets:
        dr.normal(r - 1, r + 4, "counter_reset")
    for _, day, hour, hours, *_ in dr.take("crash_loop"):
        a, b = dr.clock.span(day, hour, hours)
        level[a:b] *= 0.45
        resets += list(range(a, b, 3)) + list(range(a + 1, b, 7))
        dr.label(a, b, "crash_loop")
    for day, hour, hours, factor in dr.p.get("backfill", ()):
        a, b = dr.clock.span(day, hour, hours)
        level[a:b] += factor
        dr.normal(a, b, "backfill")
    return counter(dr, level * dr.p["peak"], resets)


def heartbeat_counter(dr: Draft) -> np.ndarray:
    """Device heartbeats (``..._total``): a fleet reporting every 5 minutes, fewer at night (solar-powered probes
    sleep), no weekly pattern; fleet segments drop out or reconnect in storms."""
    clk, p = dr.clock, dr.p
    level = p.get("night", 0.6) + (1 - p.get("night", 0.6)) * np.clip(np.sin((clk.hour - 6.5) / 12 * np.pi), 0, 1)
    level = level * (1 + p.get("growth", 0.002) * np.arange(clk.n) / DAY) * np.exp(ar1(dr.rng, clk.n, 0.01))
    outages(dr, level)
    resets = dr.deploy_rows()
    for r in resets:
        dr.normal(r - 1, r + 4, "counter_reset")
    sw = clk.switch_row()
    if sw is not None:
        dr.normal(sw, sw + 2 * DAY, "dst_switch")
    return counter(dr, level * p["peak"], resets)


def conn_gauge(dr: Draft) -> np.ndarray:
    """Open connections / sessions / active users (gauge): load x peak with Poisson noise; maintenance drains
    it; outages; a frozen exporter repeats its last value (stuck_value)."""
    level = load(dr)
    maintenance(dr, level, to=0.0)
    outages(dr, level)
    values = dr.rng.poisson(np.maximum(level * dr.p["peak"], 0.0)).astype(float)
    stuck(dr, values)
    return values


def stuck(dr: Draft, values: np.ndarray) -> None:
    for _, day, hour, hours, *_ in dr.take("stuck_value"):
        a, b = dr.clock.span(day, hour, hours)
        values[a:b] = values[a - 1]
        dr.label(a, b, "stuck_value")


def latency(dr: Draft) -> np.ndarray:
    """A latency percentile (seconds or ms, by ``unit``): base + load term, log-normal noise, one-scrape blips,
    deploy blips; latency_regression ramps up over half an hour, holds, and is rolled back."""
    clk, p, rng = dr.clock, dr.p, dr.rng
    level = load(dr)
    value = p["base"] * (1 + p.get("load_gain", 0.6) * level / max(level.max(), 1e-9) * 2)
    value *= np.exp(rng.normal(0, p.get("jitter", 0.06), clk.n))
    blips = rng.random(clk.n) < 0.004
    value[blips] *= rng.uniform(1.5, 2.5, blips.sum())
    for r in dr.deploy_rows():
        value[r : r + 2] *= rng.uniform(1.6, 2.2)
        dr.normal(r - 1, r + 5, "deploy_blip")
    for _, day, hour, hours, *size in dr.take("latency_regression"):
        a, b = clk.span(day, hour, hours)
        k = size[0] if size else rng.uniform(1.9, 3.0)
        ramp = np.minimum(1.0, (np.arange(b - a) + 1) / 6.0)
        value[a:b] *= 1 + (k - 1) * ramp
        dr.label(a, b, "latency_regression")
    stuck(dr, value)
    return value


def error_ratio(dr: Draft) -> np.ndarray:
    """Failed / all requests in the step (``..._ratio``): binomial noise over the step's requests (noisier at
    night), deploy blips; error_ratio_surge for a bad config push or a failing dependency."""
    clk, p, rng = dr.clock, dr.p, dr.rng
    level = load(dr)
    requests = np.maximum(rng.poisson(level * p["peak"]), 1)
    ratio = np.full(clk.n, p["base"]) * np.exp(ar1(rng, clk.n, 0.15))
    for r in dr.deploy_rows():
        ratio[r : r + 2] *= rng.uniform(2.0, 3.0)
        dr.normal(r - 1, r + 5, "deploy_blip")
    for _, day, hour, hours, *size in dr.take("error_ratio_surge"):
        a, b = clk.span(day, hour, hours)
        ratio[a:b] = size[0] if size else rng.uniform(0.04, 0.12)
        dr.label(a, b, "error_ratio_surge")
    return rng.binomial(requests, np.clip(ratio, 0, 1)) / requests


def hit_ratio(dr: Draft) -> np.ndarray:
    """Cache hits / lookups (``..._ratio``), high and load-tolerant; after every deploy the cache is cold and
    refills over half an hour (cache_warmup)."""
    clk, p, rng = dr.clock, dr.p, dr.rng
    level = load(dr)
    value = p["base"] - 0.03 * level / level.max() + rng.normal(0, 0.006, clk.n)
    for r in dr.deploy_rows():
        t = np.arange(min(clk.n - r, 24))
        value[r : r + len(t)] -= (p["base"] - 0.35) * np.exp(-t / 3.5)
        dr.normal(r, r + 12, "cache_warmup")
    stuck(dr, value)
    return np.clip(value, 0.0, 1.0)


def dock_percent(dr: Draft) -> np.ndarray:
    """Share of free docks (``..._percent``): trucks refill the stations overnight, commuters empty them in the
    rush hours; a frozen station feed repeats its last value (stuck_value)."""
    level = load(dr)
    value = 100 * (dr.p["full"] - dr.p["swing"] * level / level.max()) + 2.0 * ar1(dr.rng, dr.clock.n, 1.0, 0.9)
    stuck(dr, value)
    return np.clip(value, 0.0, 100.0)
