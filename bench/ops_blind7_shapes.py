"""How the seventh blind set's series look (bench/ops_series_blind7.py): one renderer per archetype of metric, each
drawing its normal life (recorded as normal windows) and the anomalies its catalogue line asks for (recorded as
label windows). A renderer takes a ``Draft`` and returns the values; ``Draft`` holds the clock, the random source
and both lists of windows.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from ops_blind7_world import HOUR, Clock, load
from ops_series_data import DAY

Anomaly = tuple[str, int, float, float, float]  # kind, local day, local hour, hours, magnitude


@dataclass
class Draft:
    clock: Clock
    rng: np.random.Generator
    anomalies: tuple[Anomaly, ...]
    deploys: list[int]
    options: dict
    windows: list[tuple[int, int, str]] = field(default_factory=list)
    normals: list[tuple[int, int, str]] = field(default_factory=list)

    @property
    def n(self) -> int:
        return self.clock.n

    def spans(self, kind: str) -> list[tuple[int, int, float]]:
        """Rows [a, b) and magnitude of each anomaly of ``kind``, recorded as label windows."""
        out = []
        for name, day, hour, hours, size in self.anomalies:
            if name == kind:
                a = self.clock.row(day, hour)
                b = self.n if kind == "growth_rate_change" else a + int(round(hours * HOUR))
                self.windows.append((a, b, kind))
                out.append((a, b, size))
        return out

    def quiet_deploys(self, margin: int = 3 * HOUR) -> list[int]:
        """The deploys that fall clear of this series' anomalies (a bad deploy is the anomaly's own start)."""
        busy = [(self.clock.row(d, h), self.clock.row(d, h) + int(hrs * HOUR)) for _, d, h, hrs, _ in self.anomalies]
        return [r for r in self.deploys if all(not (a - margin <= r < b + margin) for a, b in busy)]

    def note(self, a: int, b: int, kind: str) -> None:
        a, b = max(0, a), min(self.n, b)
        if a < b:
            self.normals.append((a, b, kind))

    def calendar(self, follows_load: bool = True) -> None:
        """Record the calendar behaviours every series of the service lives through."""
        clock = self.clock
        if clock.dst_row is not None:
            self.note(clock.dst_row, clock.dst_row + 2 * DAY, "dst_switch")
        if follows_load:
            for mask, kind in ((clock.holiday, "public_holiday"), (clock.month_end, "month_end")):
                for a, b in clock.day_rows(mask):
                    self.note(a, b, kind)

    def activity(self, growth_week: float = 0.02) -> np.ndarray:
        """The service's load with this series' calendar extras and the busy rest days it is asked for."""
        rng_state = self.rng.bit_generator.state
        out = load(self.clock, self.rng, growth_week)
        self.rng.bit_generator.state = rng_state
        busy = load(self.clock, self.rng, growth_week, busy_rest=True)
        for a, b, _ in self.spans("weekend_weekday_load"):
            out[a:b] = busy[a:b]
        clock = self.clock
        out = out * np.where(clock.month_end & (clock.hour > 8) & (clock.hour < 19), 1.45, 1.0)
        if self.options.get("payday"):
            out = out * np.where(clock.payday & (clock.hour > 6), self.options["payday"], 1.0)
            for a, b in clock.day_rows(clock.payday):
                self.note(a, b, "payday")
        release = self.options.get("release")  # (weekday, local hour, height): a weekly ticket or deal drop
        if release:
            weekday, hour, height = release
            since = clock.hour - hour
            on = (clock.weekday == weekday) & (since >= 0) & (since < 1.5)
            out = out * (1 + np.where(on, height * np.exp(-np.maximum(since, 0) / 0.35), 0.0))
            for a, b in clock.day_rows(on):
                self.note(a, b, "weekly_release")
        self.calendar()
        return out


def _scale_spans(draft: Draft, rate: np.ndarray) -> np.ndarray:
    for kind in ("retry_storm", "traffic_sag", "double_emission", "hard_outage"):
        for a, b, size in draft.spans(kind):
            factor = 0.0 if kind == "hard_outage" else size
            if kind == "retry_storm":  # a storm builds up and dies away within its window
                ramp = np.sin(np.linspace(0.15, np.pi - 0.15, b - a))
                rate[a:b] *= 1 + (factor - 1) * ramp
            else:
                rate[a:b] *= factor
    for a, b, size in draft.spans("growth_rate_change"):
        rate[a:b] *= 1 + size * np.arange(b - a) / (7 * DAY)
    return rate


def _counter(draft: Draft, increments: np.ndarray, resets: list[int]) -> np.ndarray:
    total = np.cumsum(increments).astype(float)
    offset = draft.rng.integers(10_000, 900_000)
    out = total + offset
    for r in sorted(resets):
        out[r:] -= out[r] - increments[r]
        draft.note(r, r + 2, "counter_reset")
    return out


def traffic_counter(draft: Draft, per_step: float = 800.0, resets: bool = True) -> np.ndarray:
    """Requests, orders, taps: Poisson counts of the service's load, reset when a deploy restarts the process."""
    rate = _scale_spans(draft, per_step * draft.activity())
    return _counter(draft, draft.rng.poisson(rate), draft.quiet_deploys() if resets else [])


def traffic_gauge(draft: Draft, level: float = 40e6, noise: float = 0.05) -> np.ndarray:
    """A rate or a count of sessions read as a gauge: the load times a level, with AR(1) noise."""
    value = _scale_spans(draft, level * draft.activity())
    return _stale(draft, np.maximum(value * np.exp(_ar1(draft.rng, draft.n, noise)), 0.0))


def _ar1(rng: np.random.Generator, n: int, sigma: float, phi: float = 0.75) -> np.ndarray:
    shocks = rng.normal(0, sigma * np.sqrt(1 - phi**2), n)
    out = np.empty(n)
    out[0] = shocks[0]
    for i in range(1, n):
        out[i] = phi * out[i - 1] + shocks[i]
    return out


def _stale(draft: Draft, values: np.ndarray) -> np.ndarray:
    """A stuck exporter repeats the last value it read, noise and all, until someone restarts it."""
    for a, b, _ in draft.spans("stale_exporter"):
        values[a:b] = values[a - 1]
    return values


def latency(draft: Draft, base: float = 0.25, load_gain: float = 0.7) -> np.ndarray:
    """A p95/p99: rises with load squared, log-normal noise, one-scrape blips, a bump at every deploy."""
    rng, n = draft.rng, draft.n
    value = base * (1 + load_gain * draft.activity() ** 2) * np.exp(_ar1(rng, n, 0.09) + rng.normal(0, 0.05, n))
    blips = rng.random(n) < 0.004
    value[blips] *= rng.uniform(1.5, 2.6, blips.sum())
    for r in draft.quiet_deploys():
        value[r : r + 3] *= rng.uniform(1.5, 2.2)
        draft.note(r, r + 4, "deploy_blip")
    for a, b, size in draft.spans("latency_regression"):
        value[a:b] *= size
    return _stale(draft, value)


def error_ratio(draft: Draft, base: float = 0.004, volume: float = 900.0) -> np.ndarray:
    """Failed / all requests per step: binomial noise that grows at night when few requests come."""
    rng, n = draft.rng, draft.n
    requests = np.maximum(rng.poisson(volume * draft.activity()), 200)
    p = np.full(n, base) * np.exp(_ar1(rng, n, 0.2))
    for r in draft.quiet_deploys():
        p[r : r + 2] *= rng.uniform(3, 6)
        draft.note(r, r + 4, "deploy_blip")
    for a, b, size in draft.spans("error_ratio_burst"):
        ramp = np.minimum(1.0, np.minimum(np.arange(1, b - a + 1), np.arange(b - a, 0, -1)) / 2.0)
        p[a:b] = p[a:b] + (size - p[a:b]) * ramp
    value = rng.binomial(requests, np.clip(p, 0, 1)) / requests
    return _stale(draft, value)


def hit_ratio(draft: Draft, level: float = 0.93) -> np.ndarray:
    """A cache's hit ratio: a touch higher at peak, cold after every deploy for half an hour or so."""
    rng, n = draft.rng, draft.n
    value = level + 0.025 * np.tanh(draft.activity() - 0.5) + _ar1(rng, n, 0.006)
    for r in draft.quiet_deploys():
        depth = rng.uniform(0.25, 0.4)
        steps = np.arange(min(10, n - r))
        value[r : r + len(steps)] -= depth * np.exp(-steps / 2.5)
        draft.note(r, r + 10, "cache_warmup")
    return _stale(draft, np.clip(value, 0, 1))
