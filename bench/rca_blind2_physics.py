"""Metric physics of the second blind RCA set: load from a daily cycle through the call graph, then saturation,
own latency and errors per service, callees before callers, with noise, tail spikes and error blips.

A fault or distractor writes into ``Effects`` (per-service multipliers and additions, per-edge traffic, errors and
latency the caller sees); ``render`` turns an estate plus effects into one series per service and metric.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field

import numpy as np
from rca_blind2_estates import Estate

BASE = {  # kind: (latency ms range, error rate range, saturation range)
    "api": ((15, 90), (0.0005, 0.004), (0.2, 0.45)),
    "db": ((2, 12), (0.0001, 0.001), (0.25, 0.5)),
    "cache": ((0.4, 2.0), (0.0, 0.0005), (0.3, 0.6)),
    "queue": ((2, 6), (0.0001, 0.0004), (0.05, 0.2)),
    "worker": ((20, 120), (0.001, 0.005), (0.2, 0.5)),
    "batch": ((200, 900), (0.001, 0.003), (0.1, 0.3)),
    "ext": ((80, 300), (0.001, 0.005), (0.2, 0.4)),
}


@dataclass
class Effects:
    n: int
    lat_mult: dict[str, np.ndarray] = field(default_factory=dict)
    err_add: dict[str, np.ndarray] = field(default_factory=dict)
    sat_add: dict[str, np.ndarray] = field(default_factory=dict)
    edge_traffic: dict[tuple[str, str], np.ndarray] = field(default_factory=dict)
    edge_err: dict[tuple[str, str], np.ndarray] = field(default_factory=dict)
    edge_lat: dict[tuple[str, str], np.ndarray] = field(default_factory=dict)
    ingress: np.ndarray | None = None
    batch_on: dict[str, np.ndarray] = field(default_factory=dict)

    def _get(self, table: dict, key, fill: float) -> np.ndarray:
        if key not in table:
            table[key] = np.full(self.n, fill)
        return table[key]

    def lat(self, s: str, shape: np.ndarray, amount: float) -> None:
        self._get(self.lat_mult, s, 1.0)[:] *= 1 + amount * shape

    def err(self, s: str, shape: np.ndarray, amount: float) -> None:
        self._get(self.err_add, s, 0.0)[:] += amount * shape

    def sat(self, s: str, shape: np.ndarray, amount: float) -> None:
        self._get(self.sat_add, s, 0.0)[:] += amount * shape

    def traffic(self, edge: tuple[str, str], shape: np.ndarray, factor: float) -> None:
        """Multiply an edge's traffic by ``factor`` where ``shape`` is 1 (linearly between)."""
        self._get(self.edge_traffic, edge, 1.0)[:] *= 1 + (factor - 1) * shape

    def edge_errors(self, edge: tuple[str, str], shape: np.ndarray, amount: float) -> None:
        self._get(self.edge_err, edge, 0.0)[:] += amount * shape

    def edge_latency(self, edge: tuple[str, str], shape: np.ndarray, ms: float) -> None:
        self._get(self.edge_lat, edge, 0.0)[:] += ms * shape


@dataclass
class Baseline:
    lat0: dict[str, float]
    err0: dict[str, float]
    sat0: dict[str, float]
    amp: float
    hour0: float


def baseline(estate: Estate, rng: np.random.Generator) -> Baseline:
    lat0, err0, sat0 = {}, {}, {}
    for s in sorted(estate.kinds):
        (la, lb), (ea, eb), (sa, sb) = BASE[estate.kinds[s]]
        lat0[s] = float(rng.uniform(la, lb))
        err0[s] = float(rng.uniform(ea, eb))
        sat0[s] = float(rng.uniform(sa, sb))
    return Baseline(lat0, err0, sat0, float(rng.uniform(0.25, 0.45)), float(rng.uniform(0, 24)))


def _loads(estate: Estate, fx: Effects, base: Baseline, order: list[str]) -> dict[str, np.ndarray]:
    t = np.arange(fx.n)
    hours = base.hour0 + t / 60
    cycle = 1 + base.amp * np.sin(2 * math.pi * (hours - 10) / 24)
    if fx.ingress is not None:
        cycle = cycle * fx.ingress
    callers_first = list(reversed(order))
    load: dict[str, np.ndarray] = {}
    worker_in: dict[str, np.ndarray] = {}
    for _ in range(2):  # second pass: workers consume what producers put on their queues
        load = {s: np.zeros(fx.n) for s in estate.kinds}
        for s, share in estate.ingress.items():
            load[s] += share * cycle
        for s in callers_first:
            kind = estate.kinds[s]
            if kind == "worker":
                load[s] += worker_in.get(s, np.zeros(fx.n))
            elif kind == "batch":
                load[s] += fx.batch_on.get(s, np.full(fx.n, 0.3))
            for c, w in estate.callees[s]:
                if estate.kinds[s] == "worker" and estate.kinds[c] == "queue":
                    continue  # consuming is not producing
                mult = fx.edge_traffic.get((s, c), 1.0)
                load[c] += load[s] * w * mult
        for s in estate.kinds:
            if estate.kinds[s] == "worker":
                queues = [c for c, _ in estate.callees[s] if estate.kinds[c] == "queue"]
                worker_in[s] = sum((load[q] * fx.edge_traffic.get((s, q), 1.0) for q in queues), np.zeros(fx.n))
    return load


def render(estate: Estate, fx: Effects, base: Baseline, rng: np.random.Generator, calm: int) -> dict:
    """Series for every service (observed or not): ``{service: {metric: np.ndarray}}``. ``calm``: steps before
    any fault, whose load sets each service's normal level."""
    order = estate.order()
    load = _loads(estate, fx, base, order)
    zero, one = np.zeros(fx.n), np.ones(fx.n)
    out: dict[str, dict[str, np.ndarray]] = {}
    p99_rel: dict[str, np.ndarray] = {}
    for s in order:
        kind = estate.kinds[s]
        norm = max(float(np.mean(load[s][:calm])), 1e-6)
        rel = load[s] / norm
        s0 = base.sat0[s]
        sat = s0 * (0.55 + 0.45 * rel) if kind not in ("cache", "queue") else s0 + 0.03 * (rel - 1)
        sat = np.clip(sat + fx.sat_add.get(s, zero) + rng.normal(0, 0.012, fx.n), 0.0, 1.0)
        cong = np.sqrt((1 - min(s0, 0.9)) / (1 - np.minimum(sat, 0.97)))
        own = base.lat0[s] * cong * fx.lat_mult.get(s, one)
        err = base.err0[s] + fx.err_add.get(s, zero)
        lat = own.copy()
        for c, w in estate.callees[s]:
            if kind == "worker" and estate.kinds[c] == "queue":
                continue
            child = out[c]
            lat += min(1.0, 1.2 * w) * 0.75 * child["latency_p99_ms"] + fx.edge_lat.get((s, c), zero)
            timeouts = np.clip((p99_rel[c] - 4) / 12, 0, 0.3)
            err = err + w * (0.85 * child["error_rate"] + timeouts) + w * fx.edge_err.get((s, c), zero)
        lat = lat * rng.lognormal(0, 0.07, fx.n)
        spikes = rng.random(fx.n) < 0.015
        lat[spikes] *= rng.uniform(1.3, 2.2, spikes.sum())
        err = err * rng.lognormal(0, 0.25, fx.n)
        blips = rng.random(fx.n) < 0.01
        err[blips] += rng.uniform(0.002, 0.01, blips.sum())
        p99_rel[s] = lat / max(float(np.median(lat[:calm])), 1e-6)
        out[s] = {"latency_p99_ms": lat, "error_rate": np.clip(err, 0, 1), "saturation": sat}
    return out


def shape(n: int, onset: int, profile: str, rng: np.random.Generator) -> np.ndarray:
    """0 before ``onset``, then 1 (step), a ramp, or on/off bursts (intermittent)."""
    g = np.zeros(n)
    if profile == "ramp":
        span = int(rng.integers(8, 20))
        g[onset:] = np.minimum(1.0, (np.arange(n - onset) + 1) / span)
    elif profile == "intermittent":
        t = onset
        on = True
        while t < n:
            length = int(rng.integers(2, 6)) if on else int(rng.integers(1, 4))
            g[t : t + length] = 1.0 if on else 0.0
            t += length
            on = not on
    else:
        g[onset:] = 1.0
    return g


def callers_of(estate: Estate, s: str) -> list[str]:
    return [c for c, _ in estate.callers[s]]


def callees_of_kind(estate: Estate, s: str, kinds: tuple[str, ...]) -> list[str]:
    return [c for c, _ in estate.callees[s] if estate.kinds[c] in kinds]


def by_kind(estate: Estate) -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for s, k in sorted(estate.kinds.items()):
        out[k].append(s)
    return out
