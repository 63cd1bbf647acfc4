"""Metric physics of the eighth blind RCA set: how load, latency, errors and saturation move through an estate.

Written for this set without reading any other generator. One step is a minute. A fault does not write metrics
directly: it edits an ``Effects`` (its own latency, errors and saturation; how many calls a caller sends to a callee;
what share of the calls to a service arrive at all; extra wait on the way to a service), and ``render`` works out
what every service shows:

1. load flows from the entry services down the call graph (a caller that sends fewer calls, or calls that never
   arrive -- expired certificate, a name that does not resolve -- leave its callee with *less* traffic, retries and
   cache misses with more);
2. from the leaves up: saturation follows load; past ~80 % a service queues (latency climbs) and past ~95 % it
   sheds (errors); a caller waits for its slow callees (its p99 sees a slow callee even when few requests go
   there), its threads pile up while it waits, its own timeout turns a very slow callee into errors, and a share of
   its callees' errors comes through (little from a cache, which it falls back around);
3. noise of the kind real exporters show (multiplicative on p99 with rare tail spikes, count noise on error ratios).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from rca_blind8_estates import Estate

LAT0 = {
    "edge": (20, 60),
    "api": (30, 120),
    "svc": (8, 60),
    "db": (2, 15),
    "cache": (0.6, 2.5),
    "queue": (2, 8),
    "worker": (40, 300),
    "batch": (200, 2000),
    "ext": (80, 400),
}
ERR0 = {
    "edge": (0.002, 0.008),
    "api": (0.001, 0.006),
    "svc": (0.0005, 0.005),
    "db": (0.0001, 0.001),
    "cache": (0.0001, 0.001),
    "queue": (0.0001, 0.0005),
    "worker": (0.001, 0.01),
    "batch": (0.0, 0.0),
    "ext": (0.003, 0.02),
}
SAT0 = {"db": (0.25, 0.6), "batch": (0.1, 0.3), "cache": (0.1, 0.4), "queue": (0.05, 0.3)}
PASS = {"cache": 0.05, "queue": 0.5, "ext": 0.7}  # share of a callee's extra errors its callers return
COUPLE = {"queue": 0.15}  # publishing to a queue does not wait for the consumers
THREADED = {"edge", "api", "svc", "worker"}


@dataclass
class Base:
    lat0: dict[str, float]
    err0: dict[str, float]
    sat0: dict[str, float]
    noise: dict[str, float]
    drift: np.ndarray  # slow traffic drift over the window, shared by the estate


def baseline(es: Estate, n: int, rng: np.random.Generator) -> Base:
    lat0, err0, sat0, noise = {}, {}, {}, {}
    for s in es.order:
        k = es.kinds[s]
        lo, hi = LAT0[k]
        lat0[s] = float(np.exp(rng.uniform(np.log(lo), np.log(hi))))
        lo, hi = ERR0[k]
        err0[s] = float(rng.uniform(lo, hi))
        lo, hi = SAT0.get(k, (0.15, 0.55))
        sat0[s] = float(rng.uniform(lo, hi))
        noise[s] = float(rng.uniform(0.04, 0.12))
    t = np.arange(n)
    period = rng.uniform(300, 900)
    drift = 1 + rng.uniform(0.04, 0.18) * np.sin(2 * np.pi * t / period + rng.uniform(0, 2 * np.pi))
    return Base(lat0=lat0, err0=err0, sat0=sat0, noise=noise, drift=drift)


@dataclass
class Effects:
    n: int
    lat_mult: dict = field(default_factory=dict)
    lat_add: dict = field(default_factory=dict)
    err_add: dict = field(default_factory=dict)
    sat_add: dict = field(default_factory=dict)
    out_mult: dict = field(default_factory=dict)  # (caller, callee) -> multiplier on the calls sent
    reach: dict = field(default_factory=dict)  # service -> share of the calls to it that arrive
    reach_lat: dict = field(default_factory=dict)  # service -> ms its callers lose before reaching it
    load: dict = field(default_factory=dict)  # entry/worker/batch -> multiplier on its own traffic

    def add(self, which: str, key, arr) -> None:
        d = getattr(self, which)
        d[key] = d.get(key, 0.0) + np.asarray(arr, dtype=float)

    def mul(self, which: str, key, arr) -> None:
        d = getattr(self, which)
        d[key] = d.get(key, 1.0) * np.asarray(arr, dtype=float)


def volumes(es: Estate) -> dict[str, float]:
    vol: dict[str, float] = {}
    for s in es.order:
        callers = es.callers(s)
        if not callers:
            vol[s] = es.ingress.get(s, 0.25)
        else:
            vol[s] = sum(vol[a] * w for a, w in callers)
    return vol


def render(es: Estate, base: Base, eff: Effects, rng: np.random.Generator) -> dict[str, dict[str, np.ndarray]]:
    n = eff.n
    one = np.ones(n)
    vol = volumes(es)
    rel: dict[str, np.ndarray] = {}
    for s in es.order:  # callers first: relative load
        reach = eff.reach.get(s, one)
        callers = es.callers(s)
        if not callers:
            rel[s] = base.drift * eff.load.get(s, one)
        else:
            tot = sum(vol[a] * w for a, w in callers)
            rel[s] = sum(vol[a] * w * rel[a] * eff.out_mult.get((a, s), one) for a, w in callers) / tot
        rel[s] = rel[s] * reach
    lat: dict[str, np.ndarray] = {}
    err: dict[str, np.ndarray] = {}
    sat: dict[str, np.ndarray] = {}
    for s in reversed(es.order):  # callees first
        k = es.kinds[s]
        l0 = base.lat0[s]
        wait = np.zeros(n)
        perr = np.zeros(n)
        for b, w in es.callees(s):
            kb = es.kinds[b]
            extra = np.clip(lat[b] - base.lat0[b], 0, None) + eff.reach_lat.get(b, 0.0)
            wait += min(1.0, 0.35 + w) * COUPLE.get(kb, 1.0) * extra
            timeout = max(base.lat0[b] * 25, 250.0)
            timed_out = 0.5 * np.clip((lat[b] - timeout) / timeout, 0, 1)
            lost = 1 - eff.reach.get(b, one)
            perr += w * (PASS.get(kb, 0.75) * np.clip(err[b] - base.err0[b], 0, None) + 0.9 * lost + timed_out)
        sa = base.sat0[s] * rel[s] ** 0.85 + eff.sat_add.get(s, 0.0)
        if k in THREADED:
            sa = sa + 0.3 * np.clip(wait / (l0 * 4), 0, 1)
        sa = np.clip(sa, 0.01, 1.0)
        q = np.clip((sa - 0.8) / 0.2, 0, 1.5)
        own = l0 * (1 + 0.12 * (base.drift - 1)) * eff.lat_mult.get(s, one) + eff.lat_add.get(s, 0.0)
        own = np.clip(own, l0 * 0.3, None) * (1 + 5 * q**2)
        lat[s] = own + wait
        shed = 0.25 * np.clip((sa - 0.95) / 0.05, 0, 1)
        err[s] = np.clip(base.err0[s] + eff.err_add.get(s, 0.0) + perr + shed, 0, 1)
        sat[s] = sa
    out: dict[str, dict[str, np.ndarray]] = {}
    for s in es.order:
        sd = base.noise[s]
        ln = lat[s] * np.exp(rng.normal(0, sd, n))
        tail = rng.random(n) < 0.012
        ln = ln * np.where(tail, rng.uniform(1.4, 2.4, n), 1.0)
        e0 = base.err0[s]
        en = err[s] * np.exp(rng.normal(0, 0.25, n)) + np.abs(rng.normal(0, e0 * 0.3 + 1e-5, n))
        sn = sat[s] + rng.normal(0, 0.012, n)
        out[s] = {
            "latency_p99_ms": np.round(np.clip(ln, 0.05, None), 3),
            "error_rate": np.round(np.clip(en, 0, 1), 6),
            "saturation": np.round(np.clip(sn, 0, 1), 4),
        }
    return out


def shape(profile: str, n: int, onset: int, rng: np.random.Generator) -> np.ndarray:
    """How strongly a fault acts at each step: 0 before its onset, up to 1 (a small one stays well below)."""
    a = np.zeros(n)
    if profile in ("step", "small"):
        rise = int(rng.integers(1, 4))
        a[onset:] = np.minimum(1.0, (np.arange(n - onset) + 1) / rise)
        if profile == "small":
            a *= rng.uniform(0.22, 0.42)
    elif profile == "ramp":
        span = int(rng.integers(20, 46))
        a[onset:] = np.minimum(1.0, (np.arange(n - onset) + 1) / span)
    elif profile == "intermittent":
        t = onset
        while t < n:
            on = int(rng.integers(2, 8))
            a[t : t + on] = rng.uniform(0.7, 1.0)
            t += on + int(rng.integers(4, 15))
    else:
        raise ValueError(profile)
    return a
