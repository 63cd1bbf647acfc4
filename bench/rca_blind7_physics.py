"""The seventh blind RCA set's metric physics: load flows down, latency and errors flow up, saturation follows load.

Per minute and service: load is the ingress traffic (daily cycle, slow wander) times the edge weights down the call
graph (a worker's load is the queue it consumes; a batch job runs at its own rate). Saturation is load over
capacity (caches report memory, queues their backlog). Latency is the service's own time, inflated by queueing as
saturation nears 1, plus the weighted latency of its synchronous callees, each capped at the caller's timeout;
errors are its own plus what its callees return plus the calls that time out, plus rejections past capacity.
Faults and distractors act through ``Effects``: multipliers and additions per service and per call edge.
"""

from __future__ import annotations

from collections import defaultdict
from graphlib import TopologicalSorter

import numpy as np
from rca_blind7_estates import Estate

BASE_LAT = {"gateway": 12.0, "bff": 35.0, "api": 45.0, "worker": 140.0, "queue": 4.0, "db": 9.0, "cache": 1.2,
            "search": 55.0, "batch": 900.0, "external": 180.0}  # fmt: skip
BASE_ERR = {"gateway": 0.002, "bff": 0.003, "api": 0.002, "worker": 0.004, "queue": 0.0005, "db": 0.0008,
            "cache": 0.0005, "search": 0.002, "batch": 0.0, "external": 0.004}  # fmt: skip
LOAD_BASED = {"gateway", "bff", "api", "worker", "db", "search", "batch"}


class Effects:
    """Everything that bends the physics: per service ``lat_mult``, ``lat_add`` (ms), ``err_add``, ``sat_add``,
    ``cap_mult`` and ``load_mult``; per edge ``edge_load``, ``edge_err`` and ``edge_lat`` (ms); global
    ``traffic``. Missing entries are neutral."""

    MULT = {"lat_mult", "cap_mult", "load_mult", "edge_load", "traffic"}

    def __init__(self, steps: int):
        self.steps = steps
        self.fields: dict[str, dict] = defaultdict(dict)

    def get(self, name: str, key) -> np.ndarray:
        arr = self.fields[name].get(key)
        if arr is None:
            arr = np.ones(self.steps) if name in self.MULT else np.zeros(self.steps)
        return arr

    def add(self, name: str, key, values) -> None:
        values = np.broadcast_to(np.asarray(values, dtype=float), (self.steps,))
        if name in self.MULT:
            self.fields[name][key] = self.get(name, key) * values
        else:
            self.fields[name][key] = self.get(name, key) + values


class Profile:
    """Per-service constants of one estate: capacity, own latency and error rate, timeouts, noise."""

    def __init__(self, es: Estate, rng: np.random.Generator):
        self.es = es
        self.lat = {s: BASE_LAT[k] * rng.uniform(0.6, 1.6) for s, k in es.kinds.items()}
        self.err = {s: BASE_ERR[k] * rng.uniform(0.3, 1.2) for s, k in es.kinds.items()}
        self.noise = {s: rng.uniform(0.03, 0.08) for s in es.kinds}
        self.batch_rate = {s: rng.uniform(40, 120) for s, k in es.kinds.items() if k == "batch"}
        self.cache_mem = {s: rng.uniform(0.45, 0.75) for s, k in es.kinds.items() if k == "cache"}
        calm = loads(es, self, 1000.0, Effects(1), np.ones(1))
        self.cap = {s: max(float(calm[s][0]), 1.0) / rng.uniform(0.3, 0.55) for s in es.kinds}


def _load_order(es: Estate) -> list[str]:
    deps: dict[str, set[str]] = {s: set() for s in es.kinds}
    for a, b, _ in es.edges:
        if es.consumes(a) == b:
            deps[a].add(b)  # a worker's load comes from its queue
        else:
            deps[b].add(a)
    return list(TopologicalSorter(deps).static_order())


def _call_order(es: Estate) -> list[str]:
    """Callees before callers."""
    deps = {s: {b for b, _ in es.callees(s)} for s in es.kinds}
    return list(TopologicalSorter(deps).static_order())


def loads(es: Estate, prof: Profile, total: float, eff: Effects, cycle: np.ndarray) -> dict[str, np.ndarray]:
    load: dict[str, np.ndarray] = {}
    for s in _load_order(es):
        kind = es.kinds[s]
        if kind == "batch":
            val = np.full(eff.steps, prof.batch_rate[s])
        else:
            val = total * es.ingress.get(s, 0.0) * cycle * eff.get("traffic", None)
            if kind == "worker" and es.consumes(s):
                q = es.consumes(s)
                val = val + load[q] * eff.get("edge_load", (s, q))
            for a, w in es.callers(s):
                if es.consumes(a) != s:
                    val = val + load[a] * w * eff.get("edge_load", (a, s))
        load[s] = val * eff.get("load_mult", s)
    return load


def render(es: Estate, prof: Profile, eff: Effects, cycle: np.ndarray, rng: np.random.Generator) -> dict:
    """Noisy ``series[service][metric]`` for one incident."""
    load = loads(es, prof, 1000.0, eff, cycle)
    sat: dict[str, np.ndarray] = {}
    raw: dict[str, np.ndarray] = {}
    for s, kind in es.kinds.items():
        r = load[s] / (prof.cap[s] * eff.get("cap_mult", s))
        raw[s] = r
        if kind == "cache":
            base = np.full(eff.steps, prof.cache_mem[s])
        elif kind == "queue":
            base = np.full(eff.steps, 0.04)
        else:
            base = r
        sat[s] = np.clip(base + eff.get("sat_add", s), 0.0, 1.0)
    lat: dict[str, np.ndarray] = {}
    err: dict[str, np.ndarray] = {}
    for s in _call_order(es):
        kind = es.kinds[s]
        busy = np.clip(raw[s] + (eff.get("sat_add", s) if kind in LOAD_BASED else 0), 0, 1.2)
        queueing = 1.0 + 7.0 * np.clip(busy, 0, 1) ** 6 + 6.0 * np.clip(busy - 1.0, 0, None)
        lt = prof.lat[s] * queueing * eff.get("lat_mult", s) + eff.get("lat_add", s)
        er = prof.err[s] + eff.get("err_add", s) + 0.6 * np.clip(raw[s] - 1.0, 0, None)
        for c, w in es.callees(s):
            if es.consumes(s) == c:
                continue  # polling its own queue costs a worker nothing it reports
            timeout = 10.0 * prof.lat[c] + 250.0
            seen = lat[c] + eff.get("edge_lat", (s, c))
            lt = lt + 0.85 * w * np.minimum(seen, timeout)
            timed_out = np.clip(seen / timeout - 1.0, 0, 1)
            er = er + w * (0.8 * err[c] + eff.get("edge_err", (s, c)) + 0.7 * timed_out)
        lat[s] = lt
        err[s] = np.clip(er, 0.0, 1.0)
    out = {}
    for s in es.kinds:
        n = prof.noise[s]
        latency = lat[s] * np.exp(rng.normal(0, n, eff.steps))
        latency *= np.where(rng.random(eff.steps) < 0.01, rng.uniform(1.3, 1.8, eff.steps), 1.0)
        errors = np.clip(err[s] + rng.normal(0, 0.1 * err[s] + 0.0006, eff.steps), 0, 1)
        saturation = np.clip(sat[s] + rng.normal(0, 0.012, eff.steps), 0, 1)
        out[s] = {"latency_p99_ms": latency, "error_rate": errors, "saturation": saturation}
    return out


def daily_cycle(start_minute: int, steps: int, rng: np.random.Generator) -> np.ndarray:
    """Traffic over the window: a day curve (low at 04:00, high in the evening) and a slow random wander."""
    minutes = start_minute + np.arange(steps)
    day = 1.0 + 0.35 * np.sin(2 * np.pi * (minutes / 1440.0 - 10 / 24))
    wander = np.cumsum(rng.normal(0, 0.004, steps))
    return day * np.exp(wander - wander.mean())
