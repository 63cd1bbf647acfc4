"""Metric physics of the fourth blind RCA set: how load, latency, errors and saturation move through an estate.

Load flows down the call graph (callers before callees) from the gateway's user traffic, which follows a daily
cycle; workers and batch jobs pull their own work. A service's utilisation is its load over its capacity; past
1.0 it sheds the excess as errors and passes less load on. Latency (p99) and errors flow back up: a caller's p99
is its own time plus a weighted share of its callees' p99, cut at its timeout (the cut becomes errors), and a
share of its callees' errors that its retries and fallbacks do not absorb. Retries also add load to the callee
(two passes: the first pass's errors set the second's retry load). Saturation is the larger of CPU/threads
utilisation and a memory/disk/pool gauge. The rendering returns the clean series; ``observe`` adds the noise.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import networkx as nx
import numpy as np
from rca_blind4_estates import Estate

BASE_LAT = {  # ms ranges per kind (own work, without callees)
    "gateway": (6, 14),
    "bff": (15, 40),
    "service": (12, 70),
    "worker": (40, 250),
    "queue": (2, 6),
    "database": (3, 18),
    "cache": (0.6, 2.5),
    "batch": (300, 900),
    "external": (90, 400),
}
RPM = {
    "gateway": 6000,
    "bff": 2500,
    "service": 1500,
    "worker": 400,
    "queue": 900,
    "database": 3000,
    "cache": 8000,
    "batch": 60,
    "external": 300,
}


_DRAWS = {  # one value per service, drawn in this order
    "base_lat": lambda rng, k: rng.uniform(*BASE_LAT[k]),
    "base_util": lambda rng, k: rng.uniform(0.18, 0.45),
    "mem": lambda rng, k: rng.uniform(0.25, 0.55),
    "base_err": lambda rng, k: rng.uniform(0.0005, 0.004),
    "absorb": lambda rng, k: rng.uniform(0.1, 0.45),
    "retries": lambda rng, k: rng.choice([0.0, 1.0, 2.0, 3.0]),
    "timeout": lambda rng, k: rng.choice([800.0, 1500.0, 3000.0, 5000.0]),
    "lat_noise": lambda rng, k: rng.uniform(0.04, 0.11),
    "rpm": lambda rng, k: RPM[k] * rng.uniform(0.5, 1.5),
}


@dataclass
class Params:
    """Each service's constants (``svc[service][name]``, names as in ``_DRAWS``) and the window's start hour."""

    svc: dict[str, dict[str, float]]
    start_hour: float


def draw_params(est: Estate, rng: np.random.Generator, start_hour: float) -> Params:
    table = {s: {n: float(f(rng, k)) for n, f in _DRAWS.items()} for s, k in sorted(est.kinds.items())}
    return Params(table, start_hour)


def _ones(steps: int) -> np.ndarray:
    return np.ones(steps)


@dataclass
class Effects:
    """What faults and distractors do, as arrays over the window (missing = no effect)."""

    steps: int
    lat_mult: dict = field(default_factory=dict)
    lat_add: dict = field(default_factory=dict)
    err_add: dict = field(default_factory=dict)
    cap_mult: dict = field(default_factory=dict)
    mem_add: dict = field(default_factory=dict)
    own_load: dict = field(default_factory=dict)
    edge_load: dict = field(default_factory=dict)
    edge_err: dict = field(default_factory=dict)
    edge_lat: dict = field(default_factory=dict)
    edge_absorb: dict = field(default_factory=dict)
    redirect: list = field(default_factory=list)  # (caller, cache, database, share of caller->cache traffic)
    ingress: np.ndarray | None = None

    def mul(self, table: str, key, arr) -> None:
        d = getattr(self, table)
        d[key] = d.get(key, _ones(self.steps)) * arr

    def add(self, table: str, key, arr) -> None:
        d = getattr(self, table)
        d[key] = d.get(key, np.zeros(self.steps)) + arr

    def get(self, table: str, key, default: float) -> np.ndarray:
        d = getattr(self, table)
        return d[key] if key in d else np.full(self.steps, default)


def daily(p: Params, steps: int) -> np.ndarray:
    hours = p.start_hour + np.arange(steps) / 60.0
    return 1.0 + 0.35 * np.sin(2 * np.pi * (hours - 11.0) / 24.0) + 0.08 * np.sin(2 * np.pi * (hours - 7.0) / 12.0)


def _loads(est: Estate, p: Params, fx: Effects, order, err_prev, nominal):
    steps = fx.steps
    graph_callees = defaultdict(list)
    for a, b, w in est.edges:
        graph_callees[a].append((b, w))
    cycle = daily(p, steps)
    ingress = fx.ingress if fx.ingress is not None else _ones(steps)
    load = {s: np.zeros(steps) for s in est.kinds}
    for s, share in est.ingress.items():
        load[s] += share * cycle * ingress
    for s, k in est.kinds.items():
        if k in ("worker", "batch"):
            load[s] += (0.8 + 0.2 * cycle) * fx.get("own_load", s, 1.0)
    demand, shed = {}, {}
    extra = defaultdict(lambda: np.zeros(steps))
    for s in order:
        load[s] = load[s] + extra[s]
        ref = nominal[s] if nominal is not None else None
        util = p.svc[s]["base_util"] * (load[s] / ref if ref is not None else 1.0) / fx.get("cap_mult", s, 1.0)
        demand[s] = util
        shed[s] = np.clip(1.0 - 1.0 / np.maximum(util, 1e-9), 0.0, 1.0)
        served = load[s] * (1.0 - shed[s])
        for b, w in graph_callees[s]:
            retry = 1.0 + p.svc[s]["retries"] * (err_prev[b] if err_prev is not None else 0.0)
            flow = served * w * fx.get("edge_load", (s, b), 1.0) * retry * (1.0 - fx.get("edge_err", (s, b), 0.0))
            extra[b] = extra[b] + flow
        for a, cache, db, share in fx.redirect:
            if a == s:
                extra[db] = extra[db] + served * dict(graph_callees[s])[cache] * share
    return load, demand, shed


def render(est: Estate, p: Params, fx: Effects) -> dict[str, dict[str, np.ndarray]]:
    """Clean (noise-free) series per service and metric, plus ``_load`` per service for the noise model."""
    order = list(nx.topological_sort(est.graph()))
    base = Effects(fx.steps)
    ref_load, _, _ = _loads(est, p, base, order, None, None)
    nominal = {s: max(float(ref_load[s].mean()), 1e-6) for s in est.kinds}
    err = None
    for _ in range(2):
        load, demand, shed = _loads(est, p, fx, order, err, nominal)
        lat, err = _latency_errors(est, p, fx, order, demand, shed)
    out = {}
    for s in est.kinds:
        mem = np.clip(p.svc[s]["mem"] + fx.get("mem_add", s, 0.0), 0.0, 1.0)
        sat = np.maximum(np.clip(demand[s], 0.0, 1.0), mem)
        out[s] = {"latency_p99_ms": lat[s], "error_rate": err[s], "saturation": sat, "_load": load[s] / nominal[s]}
    return out


def _latency_errors(est, p, fx, order, demand, shed):
    callees = defaultdict(list)
    for a, b, w in est.edges:
        callees[a].append((b, w))
    lat, err = {}, {}
    for s in reversed(order):
        u = np.clip(demand[s], 0.0, 0.96)
        own = p.svc[s]["base_lat"] * (1.0 + 0.12 * u / (1.0 - u)) * fx.get("lat_mult", s, 1.0) + fx.get(
            "lat_add", s, 0.0
        )
        own = own * (1.0 + 2.5 * np.clip(demand[s] - 1.0, 0.0, 3.0))
        total, e = own.copy(), p.svc[s]["base_err"] + fx.get("err_add", s, 0.0) + shed[s]
        for b, w in callees[s]:
            to = p.svc[s]["timeout"]
            fail = fx.get("edge_err", (s, b), 0.0)
            absorb = np.maximum(p.svc[s]["absorb"], fx.get("edge_absorb", (s, b), 0.0))
            total = total + 0.8 * w * np.minimum(lat[b], to) + w * fx.get("edge_lat", (s, b), 0.0)
            timeouts = np.clip((lat[b] - to) / to, 0.0, 1.0)
            e = e + w * (1.0 - absorb) * np.clip(err[b] + timeouts + fail, 0.0, 1.0)
        lat[s], err[s] = total, np.clip(e, 0.0, 1.0)
    return lat, err


def noisy(clean: dict, p: Params, rng: np.random.Generator) -> dict[str, dict[str, np.ndarray]]:
    """The observed series: lognormal latency jitter with rare outliers, binomial error counts, gauge noise."""
    out = {}
    for s in sorted(clean):
        c = clean[s]
        steps = len(c["latency_p99_ms"])
        jitter = np.exp(rng.normal(0.0, p.svc[s]["lat_noise"], steps))
        outlier = np.where(rng.random(steps) < 0.004, rng.uniform(1.4, 2.6, steps), 1.0)
        n = np.maximum(1, np.round(p.svc[s]["rpm"] * np.maximum(c["_load"], 0.02))).astype(int)
        errs = rng.binomial(n, np.clip(c["error_rate"], 0.0, 1.0)) / n
        sat = np.clip(c["saturation"] + rng.normal(0.0, 0.012, steps), 0.0, 1.0)
        out[s] = {"latency_p99_ms": c["latency_p99_ms"] * jitter * outlier, "error_rate": errs, "saturation": sat}
    return out


def moved(clean: dict, calm: dict, p: Params, service: str) -> bool:
    """A careful SRE sees ``service`` move: for >= 5 minutes one metric departs from what it would have done
    without the faults by well over its noise (latency +30% and 4 sigma, errors +1.5 points and 4 sigma,
    saturation 0.1 either way)."""
    a, b = clean[service], calm[service]
    rel = a["latency_p99_ms"] / b["latency_p99_ms"]
    lat_hit = (rel > 1.3) & (np.log(rel) > 4 * p.svc[service]["lat_noise"])
    n = np.maximum(1, p.svc[service]["rpm"] * np.maximum(b["_load"], 0.02))
    sigma = np.sqrt(np.clip(b["error_rate"], 1e-4, 1) / n)
    d_err = a["error_rate"] - b["error_rate"]
    err_hit = (d_err > 0.015) & (d_err > 4 * sigma)
    sat_hit = np.abs(a["saturation"] - b["saturation"]) > 0.1
    return max(int(lat_hit.sum()), int(err_hit.sum()), int(sat_hit.sum())) >= 5
