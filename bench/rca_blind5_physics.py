"""Metric physics of bench/rca_blind5.py: how load, saturation, latency and errors move through an estate.

Per minute: user traffic (a daily cycle, slow wander) enters at the gateways and flows down the call edges by their
weights; a queue's inflow flows on to its consumers at the rate they manage; batch jobs make their own load. An
overloaded service forwards at most its capacity. Saturation is load over capacity (a cache reports memory, a queue
its backlog). Latency p99 is the service's own time, stretched by queueing as saturation rises, plus the time of
its synchronous callees (each capped by the caller's timeout). Errors are the service's own, rejections past
saturation 1, a share of its callees' errors (little of a cache's: callers fall back), failed connections and
timeouts. Faults and distractors act only through ``Effects``; the tool sees noisy samples.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from rca_blind5_estates import Estate

OWN_LATENCY = {"gateway": 9, "bff": 16, "api": 26, "worker": 90, "queue": 3, "db": 6, "cache": 0.9,
               "batch": 420, "external": 140, "dns": 1.6}  # fmt: skip
OWN_ERRORS = {"external": 0.004, "batch": 0.001, "dns": 0.0005}
BATCH_LEVEL = 0.02  # a batch job's load, in units of all user traffic


@dataclass
class Baseline:
    util: dict[str, float]  # saturation at mean traffic
    own_lat: dict[str, float]
    own_err: dict[str, float]
    sigma: dict[str, float]  # latency noise, in log space
    err_sd: dict[str, float]
    base_load: dict[str, float] = field(default_factory=dict)
    base_lat: dict[str, float] = field(default_factory=dict)


class Effects:
    """What faults and distractors do, as per-minute arrays (missing keys mean 'no change')."""

    def __init__(self, steps: int):
        self.steps = steps
        self.lat_mult: dict[str, np.ndarray] = {}
        self.err_add: dict[str, np.ndarray] = {}
        self.sat_add: dict[str, np.ndarray] = {}  # reported saturation only (pools, disks, memory)
        self.cap_mult: dict[str, np.ndarray] = {}
        self.edge_mult: dict[tuple[str, str], np.ndarray] = {}
        self.edge_fail: dict[tuple[str, str], np.ndarray] = {}
        self.virtual: dict[str, list[tuple[str, np.ndarray]]] = {}  # callee -> (caller, share of caller's load)
        self.throughput: dict[str, np.ndarray] = {}
        self.load_mult: dict[str, np.ndarray] = {}
        self.ingress = np.ones(steps)

    @staticmethod
    def mul(table: dict, key, arr) -> None:
        table[key] = table.get(key, 1.0) * arr

    @staticmethod
    def add(table: dict, key, arr) -> None:
        table[key] = table.get(key, 0.0) + arr


def baseline(es: Estate, rng: np.random.Generator) -> Baseline:
    util, own_lat, own_err, sigma, err_sd = {}, {}, {}, {}, {}
    for s in sorted(es.kinds):
        k = es.kinds[s]
        util[s] = float(rng.uniform(0.45, 0.72) if k == "cache" else rng.uniform(0.04, 0.12) if k == "queue"
                        else rng.uniform(0.15, 0.3) if k == "batch" else rng.uniform(0.25, 0.5))  # fmt: skip
        own_lat[s] = OWN_LATENCY[k] * float(rng.uniform(0.7, 1.5))
        own_err[s] = OWN_ERRORS.get(k, 0.0015) * float(rng.uniform(0.4, 1.8))
        sigma[s] = float(rng.uniform(0.04, 0.11))
        err_sd[s] = own_err[s] * float(rng.uniform(0.2, 0.45)) + 0.0002
    base = Baseline(util, own_lat, own_err, sigma, err_sd)
    calm = Effects(1)
    quiet = {s: {m: np.zeros(1) for m in ("lat", "err", "sat")} for s in es.kinds}
    loads = _loads(es, base, calm, np.ones(1), first=True)
    base.base_load = {s: float(v[0]) for s, v in loads.items()}
    got = render(es, base, calm, quiet, np.ones(1), noiseless=True)
    base.base_lat = {s: float(got[s]["latency_p99_ms"][0]) for s in es.kinds}
    return base


def make_noise(es: Estate, base: Baseline, rng: np.random.Generator, steps: int) -> dict:
    noise: dict = {}
    for s in sorted(es.kinds):
        spikes = (rng.random(steps) < 0.006) * rng.uniform(0.3, 0.8, steps)
        wander = np.cumsum(rng.normal(0, 0.01, steps))
        noise[s] = {
            "lat": rng.normal(0, base.sigma[s], steps) + spikes + 0.3 * (wander - wander.mean()) * base.sigma[s] * 10,
            "err": np.abs(rng.normal(0, base.err_sd[s], steps)),
            "sat": rng.normal(0, 0.012, steps),
        }
    walk = np.cumsum(rng.normal(0, 0.004, steps))
    noise["_traffic"] = np.exp(walk - walk.mean() + rng.normal(0, 0.015, steps))
    return noise


def daily(hours: np.ndarray) -> np.ndarray:
    return 1 + 0.25 * np.sin(2 * np.pi * (hours - 9.5) / 24) + 0.05 * np.sin(2 * np.pi * (hours - 13) / 12)


def _loads(es: Estate, base: Baseline, fx: Effects, traffic: np.ndarray, first: bool = False, sat=None) -> dict:
    load: dict[str, np.ndarray] = {}
    for s in es.load_order:
        kind = es.kinds[s]
        v = es.ingress.get(s, 0.0) * traffic * fx.ingress
        if kind == "batch":
            v = v + BATCH_LEVEL
        for c, w in es.callers[s]:
            v = v + load[c] * w * fx.edge_mult.get((c, s), 1.0) * _forward(c, sat)
        for c, share in fx.virtual.get(s, []):
            v = v + load[c] * share * _forward(c, sat)
        for q in es.consumes.get(s, []):
            v = v + load[q] * fx.throughput.get(s, 1.0)
        v = v * fx.load_mult.get(s, 1.0)
        load[s] = np.maximum(v, 0.0) if first else v
        if sat is not None:
            sat[s] = _raw_sat(s, kind, load[s], base, fx)
    return load


def _forward(service: str, sat) -> np.ndarray | float:
    """An overloaded service passes on at most what it can process."""
    return 1.0 if sat is None else 1.0 / np.maximum(sat[service], 1.0)


def _raw_sat(s: str, kind: str, load: np.ndarray, base: Baseline, fx: Effects) -> np.ndarray:
    ratio = load / max(base.base_load[s], 1e-9)
    if kind == "cache":
        return base.util[s] + 0.06 * (ratio - 1)
    if kind == "queue":
        return base.util[s] + 0.02 * (ratio - 1)
    return base.util[s] * ratio / fx.cap_mult.get(s, 1.0)


def _stretch(rho: np.ndarray, rho0: float) -> np.ndarray:
    """Queueing: p99 grows like 1/(1-rho) and keeps growing while the service is overloaded."""
    capped = np.minimum(rho, 0.97)
    over = np.maximum(rho - 1.0, 0.0)
    return np.minimum((1 - min(rho0, 0.9)) / (1 - capped) * (1 + 3 * over), 60.0)


def _backlog(es: Estate, q: str, sat: dict, fx: Effects) -> np.ndarray:
    """Consumer lag: grows while the queue's consumers fall behind, drains when they catch up."""
    consumers = [w for w, qs in es.consumes.items() if q in qs]
    behind = np.zeros_like(sat[q])
    for w in consumers:
        done = fx.throughput.get(w, 1.0) / np.maximum(sat[w], 1.0)
        behind = np.maximum(behind, 1 - done)
    out = np.zeros_like(behind)
    level = 0.0
    for t, d in enumerate(behind):
        level = min(max(level + 0.04 * d - (0.025 if d < 0.05 else 0.0), 0.0), 0.9)
        out[t] = level
    return out


def render(es: Estate, base: Baseline, fx: Effects, noise: dict, hours: np.ndarray, noiseless: bool = False) -> dict:
    traffic = daily(hours) * (1.0 if noiseless else noise["_traffic"])
    if noiseless:
        traffic = np.ones_like(hours, dtype=float)
    sat: dict[str, np.ndarray] = {}
    _loads(es, base, fx, traffic, sat=sat)
    for q in (s for s in es.kinds if es.kinds[s] == "queue"):
        sat[q] = sat[q] + _backlog(es, q, sat, fx)
    lat: dict[str, np.ndarray] = {}
    err: dict[str, np.ndarray] = {}
    for s in es.latency_order:
        kind = es.kinds[s]
        rho = sat[s] if kind not in ("cache", "queue") else 0.3 + (sat[s] - base.util[s])
        rho0 = base.util[s] if kind not in ("cache", "queue") else 0.3
        stretch = 1.0 if kind == "batch" else _stretch(rho, rho0)  # a batch step's time does not queue
        own = base.own_lat[s] * stretch * fx.lat_mult.get(s, 1.0)
        total = own * np.ones_like(rho)
        e = base.own_err[s] + fx.err_add.get(s, 0.0) + np.clip((sat[s] - 1.0) * 0.5, 0.0, 0.5)
        for c, w in es.callees[s]:
            limit = 4 * base.base_lat.get(c, 1e9) + 30 if base.base_lat else 1e9
            fail = fx.edge_fail.get((s, c), 0.0)
            total = total + w * 0.85 * np.minimum(lat[c], limit) * (1 - fail)
            keep = 0.05 if es.kinds[c] == "cache" else 0.7
            timeouts = 0.7 * np.clip((lat[c] - limit) / limit, 0.0, 1.0)
            e = e + w * (keep * err[c] + fail + timeouts)
        lat[s] = total
        err[s] = np.clip(e, 0.0, 1.0)
    out = {}
    for s in sorted(es.kinds):
        n = noise[s]
        shown = sat[s] + fx.sat_add.get(s, 0.0)
        out[s] = {
            "latency_p99_ms": lat[s] * np.exp(n["lat"]),
            "error_rate": np.clip(err[s] + n["err"], 0.0, 1.0),
            "saturation": np.clip(shown + n["sat"], 0.0, 1.0),
        }
    return out


def shape(profile: str, onset: int, steps: int, rng: np.random.Generator) -> np.ndarray:
    """A fault's strength per minute, 0 before ``onset``: step, small (a fraction), ramp, or on/off bursts."""
    t = np.arange(steps, dtype=float)
    rise = np.clip((t - onset + 1) / float(rng.integers(1, 3)), 0.0, 1.0)
    if profile == "step":
        return rise
    if profile == "small":
        return rise * float(rng.uniform(0.28, 0.42))
    if profile == "ramp":
        return np.clip((t - onset) / float(rng.uniform(14, 32)), 0.0, 1.0)
    on = np.zeros(steps)
    at = onset
    while at < steps:
        dur = int(rng.integers(2, 6))
        on[at : at + dur] = 1.0
        at += dur + int(rng.integers(3, 9))
    return on
