"""Metric physics of the twelfth blind RCA set (bench/rca_blind12.py), written blind on 2026-12-06 (w-rca12).

One-minute steps. Traffic enters at the estate's entry services (a day curve, jitter, surges) and flows down the
call graph as calls per request, multiplied by retries (lagged one step: a caller retries what failed a minute
ago), duplicated calls and cache misses, capped by connection pools and rate limits, and lost before arrival when a
service cannot be reached (certificate, DNS, mesh policy). Latency and failures then flow back up: a service's own
time grows with its utilisation (a queue), a caller waits for its callees up to its timeout, and a callee's
failures, timeouts and unreachability become the caller's errors, damped on optional calls. Two passes settle the
retry loop. Observed metrics: request_rate, latency_p99_ms, error_rate, saturation, and by kind memory_mb
(processes), hit_ratio (caches) and queue_depth (brokers), each with its own noise.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

import numpy as np
from rca_blind12_estates import Estate

OWN_LATENCY = {  # ms, typical p99 of the service's own work
    "edge": (6, 18), "api": (18, 90), "worker": (40, 260), "batch": (400, 1800), "db": (3, 25),
    "cache": (0.6, 2.5), "broker": (2, 9), "sidecar": (1, 4), "ext": (90, 350),
}  # fmt: skip
TIMEOUT = {"edge": 8000, "api": 2500, "worker": 10000, "batch": 30000, "sidecar": 3000}


@dataclass
class Base:
    own_lat: dict[str, float]
    own_err: dict[str, float]
    util: dict[str, float]  # utilisation at the median of calm traffic
    par: dict[str, float]  # how much of the callees' time adds up (1 sequential, lower when parallel)
    retry: dict[str, float]  # retries per failed call
    timeout: dict[str, float]
    mem: dict[str, float]
    hit: dict[str, float]  # cache hit ratio
    ingress: dict[str, np.ndarray]
    noise: dict[str, float]


@dataclass
class Mods:
    """What faults and distractors change; every array runs over the incident's steps."""

    steps: int
    cap: dict = field(default_factory=dict)  # capacity multiplier
    lat_add: dict = field(default_factory=dict)  # ms added to own work
    lat_mult: dict = field(default_factory=dict)  # multiplier on own latency (GC pauses, restarts)
    err: dict = field(default_factory=dict)  # own failure fraction
    reach: dict = field(default_factory=dict)  # fraction of calls that arrive
    unreach_ms: dict = field(default_factory=dict)  # what a caller waits on a call that does not arrive
    edge: dict = field(default_factory=dict)  # (a, b) -> multiplier on calls
    pool: dict = field(default_factory=dict)  # (a, b) -> most calls served, as a multiple of calm flow
    retry_add: dict = field(default_factory=dict)  # (a, b) -> extra retries per failed call
    limit: dict = field(default_factory=dict)  # service -> most admitted, as a multiple of calm arrivals
    ingress: dict = field(default_factory=dict)  # service -> multiplier on its entry traffic
    surge: np.ndarray | None = None
    sat_add: dict = field(default_factory=dict)
    mem_add: dict = field(default_factory=dict)
    hit: dict = field(default_factory=dict)  # cache -> multiplier on hit ratio
    drain: dict = field(default_factory=dict)  # broker -> fraction its consumers cannot fetch

    def ones(self) -> np.ndarray:
        return np.ones(self.steps)

    def zeros(self) -> np.ndarray:
        return np.zeros(self.steps)

    def mul(self, table: dict, key, arr) -> None:
        table[key] = table.get(key, self.ones()) * arr

    def add(self, table: dict, key, arr) -> None:
        table[key] = table.get(key, self.zeros()) + arr


def baseline(es: Estate, rng, steps: int, start: datetime) -> Base:
    own_lat, own_err, util, par, retry, timeout, mem, hit, noise = {}, {}, {}, {}, {}, {}, {}, {}, {}
    for s in sorted(es.kinds):
        k = es.kinds[s]
        lo, hi = OWN_LATENCY[k]
        own_lat[s] = float(np.exp(rng.uniform(np.log(lo), np.log(hi))))
        own_err[s] = float(rng.uniform(0.0003, 0.006)) if k != "batch" else 0.0
        util[s] = float(rng.uniform(0.22, 0.58))
        par[s] = float(rng.uniform(0.35, 1.0))
        retry[s] = float(rng.choice([0.0, 0.3, 0.6, 1.0]))
        timeout[s] = float(TIMEOUT.get(k, 2000) * rng.uniform(0.6, 1.4))
        mem[s] = float(rng.uniform(300, 2400))
        hit[s] = float(rng.uniform(0.86, 0.97))
        noise[s] = float(rng.uniform(0.04, 0.11))
    minute = start.hour * 60 + start.minute
    t = np.arange(steps)
    day = 0.75 + 0.25 * np.sin(2 * np.pi * ((minute + t) / 1440.0 - 0.3))
    ingress = {}
    for s, rate in es.ingress.items():
        wobble = np.cumsum(rng.normal(0, 0.004, steps))
        jitter = rng.normal(0, 0.03, steps)
        curve = day if es.kinds[s] != "batch" else np.full(steps, 0.15 + 0.1 * rng.random())
        ingress[s] = rate * curve * np.exp(wobble - wobble.mean() + jitter)
    return Base(own_lat, own_err, util, par, retry, timeout, mem, hit, ingress, noise)


def _flows(es: Estate, base: Base, mods: Mods, fail_prev: dict[str, np.ndarray], calm: dict | None):
    """Demand top-down: arrivals per service and calls per edge (wanted, and served after pools)."""
    surge = mods.surge if mods.surge is not None else np.ones(mods.steps)
    incoming = {s: np.zeros(mods.steps) for s in es.kinds}
    arrivals, admitted, wanted, served = {}, {}, {}, {}
    for s in es.order:
        if s in base.ingress:
            feed = base.ingress[s] * mods.ingress.get(s, 1.0)
            if es.kinds[s] in ("edge", "api"):
                feed = feed * surge
            for broker, _ in es.callees(s):
                if es.kinds[s] == "worker" and broker in mods.drain:
                    feed = feed * (1 - mods.drain[broker])
            incoming[s] = incoming[s] + feed
        arrivals[s] = incoming[s] * mods.reach.get(s, 1.0)
        adm = arrivals[s]
        if s in mods.limit and calm is not None:
            adm = np.minimum(adm, mods.limit[s] * np.median(calm["arrivals"][s]))
        admitted[s] = adm
        for b, w in es.callees(s):
            key = (s, b)
            tries = 1 + (base.retry[s] + mods.retry_add.get(key, 0.0)) * fail_prev.get(b, 0.0)
            want = adm * w * mods.edge.get(key, 1.0) * tries
            wanted[key] = want
            got = want
            if key in mods.pool and calm is not None:
                got = np.minimum(want, mods.pool[key] * np.median(calm["served"][key]))
            served[key] = got
            incoming[b] = incoming[b] + got
    return {"arrivals": arrivals, "admitted": admitted, "wanted": wanted, "served": served}


def _settle(es: Estate, base: Base, mods: Mods, flow: dict, calm: dict):
    """Latency and failure bottom-up, given the flows."""
    lat, fail, util = {}, {}, {}
    for s in reversed(es.order):
        capacity = np.median(calm["arrivals"][s]) / base.util[s] + 1e-9
        u = flow["admitted"][s] / (capacity * mods.cap.get(s, 1.0))
        util[s] = u
        queue = ((1 - base.util[s]) / (1 - np.minimum(u, 0.97))) ** 0.8
        own = base.own_lat[s] * queue * mods.lat_mult.get(s, 1.0) + mods.lat_add.get(s, 0.0)
        overload = np.clip((u - 1.0) / np.maximum(u, 1e-9), 0, 1) * 0.9
        ok = (1 - base.own_err[s]) * (1 - np.clip(mods.err.get(s, 0.0), 0, 1)) * (1 - overload)
        if s in mods.limit:
            shed = 1 - flow["admitted"][s] / np.maximum(flow["arrivals"][s], 1e-9)
            ok = ok * (1 - shed)
        wait = np.zeros(mods.steps)
        for b, w in es.callees(s):
            key = (s, b)
            reach = mods.reach.get(b, 1.0)
            took = np.minimum(lat[b], base.timeout[s])
            timed_out = np.clip((lat[b] - 0.6 * base.timeout[s]) / (0.8 * base.timeout[s]), 0, 1) * 0.8
            p = (1 - reach) + reach * np.clip(fail[b] + timed_out, 0, 1)
            short = np.zeros(mods.steps)
            if key in mods.pool:
                short = 1 - flow["served"][key] / np.maximum(flow["wanted"][key], 1e-9)
                p = np.clip(p + 0.75 * short, 0, 1)
            weight = min(w, 2.0) * base.par[s]
            wait = wait + weight * (reach * took + (1 - reach) * mods.unreach_ms.get(b, 30.0)) + 1800 * short
            damp = 0.08 if key in es.optional else 1.0
            ok = ok * (1 - damp * min(w, 1.0) * p)
        lat[s] = own + wait
        fail[s] = 1 - ok
    return lat, fail, util


def render(es: Estate, base: Base, mods: Mods, rng) -> dict[str, dict[str, np.ndarray]]:
    calm_mods = Mods(mods.steps)
    calm = _flows(es, base, calm_mods, {}, None)
    flow = _flows(es, base, mods, {}, calm)
    lat, fail, util = _settle(es, base, mods, flow, calm)
    for _ in range(2):
        prev = {s: np.concatenate([[0.0], f[:-1]]) for s, f in fail.items()}
        flow = _flows(es, base, mods, prev, calm)
        lat, fail, util = _settle(es, base, mods, flow, calm)
    out: dict[str, dict[str, np.ndarray]] = {}
    n = mods.steps
    for s in sorted(es.kinds):
        k = es.kinds[s]
        sig = base.noise[s]
        rate = flow["arrivals"][s] * np.exp(rng.normal(0, 0.03, n))
        p99 = lat[s] * np.exp(rng.normal(0, sig, n) + (rng.random(n) < 0.02) * rng.uniform(0.2, 0.7, n))
        calls = np.maximum(flow["arrivals"][s] * 60, 1.0)
        f = np.clip(fail[s], 0, 1)
        err = np.clip(f + rng.normal(0, 1, n) * np.sqrt(f * (1 - f) / calls + 1e-8), 0, 1)
        sat = np.clip(0.85 * util[s] + mods.sat_add.get(s, 0.0) + rng.normal(0, 0.015, n), 0.0, 1.0)
        m = {"request_rate": np.maximum(rate, 0.0), "latency_p99_ms": np.maximum(p99, 0.05), "error_rate": err,
             "saturation": sat}  # fmt: skip
        if k in ("edge", "api", "worker", "sidecar", "batch"):
            drift = np.cumsum(rng.normal(0, 1.5, n))
            m["memory_mb"] = np.maximum(base.mem[s] + drift + mods.mem_add.get(s, 0.0), 10.0)
        if k == "cache":
            h = base.hit[s] * mods.hit.get(s, 1.0) + rng.normal(0, 0.006, n)
            m["hit_ratio"] = np.clip(h, 0, 1)
        if k == "broker":
            depth = np.zeros(n)
            inflow = flow["arrivals"][s]
            drained = mods.drain.get(s, np.zeros(n)) if isinstance(mods.drain.get(s), np.ndarray) else np.zeros(n)
            level = float(rng.uniform(50, 400))
            for t in range(n):
                level = max(0.0, level * 0.9 + 30 * rng.normal(0, 1) + inflow[t] * drained[t] * 60)
                depth[t] = level + 40
            m["queue_depth"] = depth
        out[s] = {key: np.asarray(v, dtype=float) for key, v in m.items()}
    return out
