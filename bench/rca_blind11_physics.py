"""Metric physics of the eleventh blind RCA set (rca_blind11.py), written blind for it.

One minute per step. Requests flow down the call graph (ingress share x the estate's rate, then calls per request
times an edge multiplier that faults can move; a worker pulls what was published to its queue); each service's
utilisation is its rate over its capacity plus what faults add. Own latency grows with a queueing factor
1 / (1 - utilisation); a caller's p99 adds a share of each synchronous callee's p99, capped at its client timeout,
beyond which the call fails. Errors: own, overload past 92 % utilisation, failed calls (edge errors), timeouts, and
a share of each callee's errors (a cache miss is served by the database, so cache errors barely reach callers).
Four metrics per service: latency_p99_ms, error_rate, saturation and requests_per_s, with noise of their own kind
(multiplicative and autocorrelated on latency, binomial on errors, Poisson on rates).
"""

from __future__ import annotations

from collections import defaultdict

import numpy as np
from rca_blind11_estates import Estate

BASE_MS = {
    "api": (6, 18),
    "proxy": (1, 4),
    "svc": (8, 70),
    "worker": (20, 120),
    "batch": (150, 900),
    "db": (2, 25),
    "cache": (0.4, 2.5),
    "queue": (2, 9),
    "dns": (0.5, 3),
    "ext": (60, 350),
}
# how much of a callee's errors reaches the caller, per callee kind
ERR_REACH = {"cache": 0.08, "queue": 0.5, "dns": 0.35, "ext": 0.7}


class Effects:
    """What faults and distractors do, as arrays over the window: capacity factor, added own latency (ms), added own
    error rate, added saturation, added own work (requests/s), per-edge call multiplier, call failure and delay."""

    def __init__(self, steps: int):
        self.steps = steps
        self.cap = defaultdict(lambda: np.ones(steps))
        self.lat = defaultdict(lambda: np.zeros(steps))
        self.err = defaultdict(lambda: np.zeros(steps))
        self.sat = defaultdict(lambda: np.zeros(steps))
        self.work = defaultdict(lambda: np.zeros(steps))
        self.edge_mult = defaultdict(lambda: np.ones(steps))
        self.edge_err = defaultdict(lambda: np.zeros(steps))
        self.edge_lat = defaultdict(lambda: np.zeros(steps))
        self.ingress = np.ones(steps)


class Params:
    """Per-incident constants of every service (drawn from the incident's generator)."""

    def __init__(self, es: Estate, rng: np.random.Generator):
        self.rate = float(rng.uniform(300, 2400))
        self.base_ms = {s: float(rng.uniform(*BASE_MS[k])) for s, k in es.kinds.items()}
        self.util0 = {s: float(rng.uniform(0.12, 0.42)) for s in es.kinds}
        self.err0 = {s: float(rng.uniform(0.0004, 0.006)) for s in es.kinds}
        self.timeout = {s: float(rng.uniform(1500, 6000)) for s in es.kinds}
        self.jitter = {s: float(rng.uniform(0.04, 0.11)) for s in es.kinds}
        self.mem = {s: float(rng.uniform(0.2, 0.55)) for s in es.kinds}
        self.own_work = {
            s: float(rng.uniform(5, 60))
            for s, k in es.kinds.items()
            if k == "batch" or (k == "worker" and not any(es.consumes(s, q) for q, _ in es.callees(s)))
        }
        self.reach = {s: float(rng.uniform(0.55, 0.9)) for s in es.kinds}


def _rates(es: Estate, p: Params, fx: Effects, total: np.ndarray, pulled: dict[str, np.ndarray]) -> dict:
    lam = {s: np.zeros(fx.steps) for s in es.kinds}
    for s in es.order:
        lam[s] = lam[s] + es.ingress.get(s, 0.0) * total + fx.work[s]
        if s in p.own_work:
            lam[s] = lam[s] + p.own_work[s]
        if es.kinds[s] == "worker":
            lam[s] = lam[s] + sum(pulled.get(q, 0.0) * w for q, w in es.callees(s) if es.consumes(s, q))
        for b, w in es.callees(s):
            if es.consumes(s, b):
                lam[b] = lam[b] + 0.05 * lam[s] * fx.edge_mult[(s, b)]  # polls and acks
            else:
                lam[b] = lam[b] + lam[s] * w * fx.edge_mult[(s, b)]
    return lam


def render(es: Estate, p: Params, fx: Effects, rng: np.random.Generator) -> dict[str, dict[str, np.ndarray]]:
    T = fx.steps
    t = np.arange(T)
    drift = 1 + 0.08 * np.sin(2 * np.pi * (t / T * 0.5 + rng.uniform(0, 1)))
    total = p.rate * drift * fx.ingress * np.exp(rng.normal(0, 0.015, T))
    published: dict[str, np.ndarray] = {}
    for _ in range(4):  # a worker may publish to a queue another worker pulls: settle the chain
        lam = _rates(es, p, fx, total, published)
        published = {
            q: sum(lam[a] * w * fx.edge_mult[(a, q)] for a, w in es.callers(q) if not es.consumes(a, q))
            for q, k in es.kinds.items()
            if k == "queue"
        }
    lam0 = {s: float(np.median(lam[s][: min(60, T)])) + 1e-6 for s in es.kinds}
    cap = {s: lam0[s] / p.util0[s] * fx.cap[s] for s in es.kinds}
    util = {s: lam[s] / cap[s] + fx.sat[s] for s in es.kinds}
    lat: dict[str, np.ndarray] = {}
    err: dict[str, np.ndarray] = {}
    for s in reversed(es.order):
        u = np.clip(util[s], 0, 0.97)
        own = p.base_ms[s] * (0.65 + 0.35 / (1 - u)) + fx.lat[s]
        e_fail = 1 - (1 - np.clip(p.err0[s] + fx.err[s], 0, 1)) * (1 - np.clip((util[s] - 0.92) * 1.5, 0, 0.6))
        keep = 1 - e_fail
        for b, w in es.callees(s):
            share = min(w, 1.0)
            if es.kinds[b] == "queue":
                down = 0.03 if es.consumes(s, b) else 0.08
                own = own + down * lat[b] + fx.edge_lat[(s, b)]
            else:
                callee_ms = np.minimum(lat[b] + fx.edge_lat[(s, b)], p.timeout[s])
                own = own + 0.75 * share * callee_ms
                timed_out = 1 / (1 + np.exp(-(lat[b] + fx.edge_lat[(s, b)] - p.timeout[s]) / (0.15 * p.timeout[s])))
                keep = keep * (1 - share * np.clip(timed_out - 0.002, 0, 1))
            reach = ERR_REACH.get(es.kinds[b], p.reach[s])
            keep = keep * (1 - share * reach * err[b]) * (1 - share * np.clip(fx.edge_err[(s, b)], 0, 1))
        lat[s] = np.maximum(own, 0.2)
        err[s] = np.clip(1 - keep, 0, 1)
    return _observe(es, p, fx, lam, util, lat, err, rng)


def _observe(es, p, fx, lam, util, lat, err, rng) -> dict[str, dict[str, np.ndarray]]:
    T = fx.steps
    out: dict[str, dict[str, np.ndarray]] = {}
    for s, kind in es.kinds.items():
        wobble = np.zeros(T)
        x = 0.0
        for i, z in enumerate(rng.normal(0, p.jitter[s], T)):
            x = 0.6 * x + z
            wobble[i] = x
        spikes = np.where(rng.random(T) < 0.004, rng.uniform(1.3, 1.9, T), 1.0)
        latency = lat[s] * np.exp(wobble) * spikes
        n = np.maximum(np.round(lam[s] * 60), 1).astype(np.int64)
        errors = rng.binomial(n, np.clip(err[s], 0, 1)) / n
        rps = rng.poisson(np.maximum(lam[s], 0) * 60) / 60.0
        if kind in ("cache", "queue", "db"):
            sat = 0.55 * np.clip(util[s], 0, 1.5) + p.mem[s] * 0.6 + fx.sat[s] * 0.45
        else:
            sat = 0.8 * np.clip(util[s], 0, 1.5) + 0.1 * p.mem[s]
        sat = np.clip(sat + rng.normal(0, 0.012, T), 0.0, 1.0)
        out[s] = {
            "latency_p99_ms": np.round(np.maximum(latency, 0.1), 3),
            "error_rate": np.round(errors, 6),
            "saturation": np.round(sat, 4),
            "requests_per_s": np.round(rps, 2),
        }
    return out
