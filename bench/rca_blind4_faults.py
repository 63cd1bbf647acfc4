"""Fault models and distractors of the fourth blind RCA set (bench/rca_blind4.py).

A fault is ``(eligible, inject)``: ``eligible(estate, service)`` says where it can happen; ``inject(f)`` writes
its effects for the envelope ``f.a`` (0 before onset, up to 1; the profile's shape) and severity ``f.sev`` and
returns the change an operator or pipeline made with it, ``(kind, detail)``, or None when nothing is changed.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from rca_blind4_estates import Estate
from rca_blind4_physics import Effects


@dataclass
class Fault:
    est: Estate
    root: str
    a: np.ndarray
    sev: float
    rng: np.random.Generator
    fx: Effects
    onset: int


def _callers(est: Estate, s: str) -> list[str]:
    return [a for a, b, _ in est.edges if b == s]


def _callees(est: Estate, s: str, kinds: tuple[str, ...] | None = None) -> list[str]:
    return [b for a, b, _ in est.edges if a == s and (kinds is None or est.kinds[b] in kinds)]


def _kind(*kinds):
    return lambda est, s: est.kinds[s] in kinds


def _u(f: Fault, lo: float, hi: float) -> float:
    return float(f.rng.uniform(lo, hi))


def pool_exhaustion(f: Fault):
    db = f.rng.choice(_callees(f.est, f.root, ("database",)))
    f.fx.add("lat_add", f.root, f.a * f.sev * _u(f, 400, 1800))
    f.fx.add("err_add", f.root, f.a * f.sev * _u(f, 0.04, 0.2))
    f.fx.add("mem_add", f.root, f.a * (0.97 - 0.5))  # the pool gauge pins near full
    f.fx.mul("edge_load", (f.root, str(db)), 1.0 - 0.65 * f.a)
    return "config", f"hikari maximumPoolSize {int(_u(f, 40, 80))} -> {int(_u(f, 4, 10))} (cost review)"


def slow_database(f: Fault):
    f.fx.mul("lat_mult", f.root, 1.0 + f.a * f.sev * _u(f, 5, 14))
    f.fx.mul("cap_mult", f.root, 1.0 / (1.0 + f.a * f.sev * 0.7))
    return None


def retry_storm(f: Fault):
    callee = str(f.rng.choice(_callees(f.est, f.root, ("service",))))  # the one client the new policy covers
    f.fx.mul("edge_load", (f.root, callee), 1.0 + f.a * f.sev * _u(f, 3, 7))
    f.fx.mul("cap_mult", f.root, 1.0 / (1.0 + 0.9 * f.a))
    f.fx.mul("lat_mult", f.root, 1.0 + 0.6 * f.a)
    return "config", "client retries: maxAttempts 2 -> 6, backoff 0ms (resilience4j)"


def _backed(est: Estate, s: str) -> bool:
    return est.kinds[s] == "cache" and s in est.backing


def cache_fallback(f: Fault):
    db = f.est.backing[f.root]
    f.fx.add("err_add", f.root, f.a * f.sev * _u(f, 0.6, 1.0))
    f.fx.mul("lat_mult", f.root, 1.0 + f.a * f.sev * 4.0)
    for c in _callers(f.est, f.root):
        f.fx.add("edge_absorb", (c, f.root), 0.95 * f.a)
        f.fx.redirect.append((c, f.root, db, f.a * f.sev * _u(f, 0.75, 0.95)))
    return None


def cache_stampede(f: Fault):
    db = f.est.backing[f.root]
    tau = _u(f, 25, 70)
    t = np.arange(f.fx.steps) - f.onset
    cold = np.where(t >= 0, np.exp(-np.maximum(t, 0) / tau), 0.0)
    miss = np.maximum(cold, f.a * 0.6) * f.sev
    f.fx.add("mem_add", f.root, -0.45 * miss)
    f.fx.add("err_add", f.root, np.where((t >= 0) & (t < 2), 0.25, 0.0))
    for c in _callers(f.est, f.root):
        f.fx.redirect.append((c, f.root, db, miss * 0.9))
    return "clear_cache", "FLUSHALL after key-schema change (v2 keys)"


def cert_expiry(f: Fault):
    share = 1.0 if f.sev >= 1.0 else f.sev + 0.2  # small: one of the ingress hosts' certificates
    for c in _callers(f.est, f.root):
        f.fx.add("edge_err", (c, f.root), f.a * min(share, 1.0))
    return None


def dns_failure(f: Fault):
    share = f.sev * _u(f, 0.6, 1.0)
    for c in _callers(f.est, f.root):
        f.fx.add("edge_err", (c, f.root), f.a * share)
        f.fx.add("edge_lat", (c, f.root), f.a * share * _u(f, 1500, 5000))
    return None


def thread_starvation(f: Fault):
    f.fx.mul("cap_mult", f.root, 1.0 / (1.0 + f.a * f.sev * _u(f, 2.5, 6)))
    f.fx.add("mem_add", f.root, f.a * 0.3)
    return "deploy", "release: pdf export moved onto request threads (blocking)"


def memory_leak(f: Fault):
    period = _u(f, 22, 55)
    t = np.maximum(np.arange(f.fx.steps) - f.onset, 0)
    phase = (t % period) / period
    level = np.where(np.arange(f.fx.steps) >= f.onset, phase, 0.0)
    f.fx.add("mem_add", f.root, level * 0.55)
    f.fx.mul("lat_mult", f.root, 1.0 + 1.2 * level**3)  # GC thrash near the limit
    restart = (np.arange(f.fx.steps) >= f.onset + period - 1) & (phase < 2.0 / period)
    f.fx.add("err_add", f.root, np.where(restart, _u(f, 0.2, 0.6), 0.0))
    return "deploy", f"v{int(_u(f, 3, 9))}.{int(_u(f, 0, 40))}.0: new session memoizer"


def noisy_neighbour(f: Fault):
    f.fx.mul("cap_mult", f.root, 1.0 / (1.0 + f.a * f.sev * _u(f, 1.2, 2.8)))
    f.fx.mul("lat_mult", f.root, 1.0 + f.a * f.sev * _u(f, 0.6, 1.5))
    return None


def bad_deploy(f: Fault):
    f.fx.add("err_add", f.root, f.a * f.sev * _u(f, 0.08, 0.4))
    f.fx.mul("lat_mult", f.root, 1.0 + 0.3 * f.a)
    return "deploy", f"image {f.root}:{int(_u(f, 1000, 9999)):x} (null handling in mapper)"


def disk_full(f: Fault):
    f.fx.add("mem_add", f.root, f.a * 0.6)
    f.fx.add("err_add", f.root, f.a * f.sev * _u(f, 0.25, 0.7))
    return None


def _consumes(est: Estate, s: str) -> bool:
    return est.kinds[s] == "worker" and bool(_callees(est, s, ("queue",)))


def consumer_stall(f: Fault):
    q = _callees(f.est, f.root, ("queue",))[0]
    f.fx.mul("cap_mult", f.root, 1.0 + 25.0 * f.a)
    f.fx.add("mem_add", f.root, -0.5 * f.a)
    f.fx.add("err_add", f.root, f.a * f.sev * 0.03)
    backlog = np.clip(np.cumsum(f.a * f.sev) / _u(f, 30, 60), 0.0, 1.2)
    f.fx.add("mem_add", q, np.minimum(backlog, 1.0) * 0.7)
    full = np.clip((backlog - 0.9) * 3, 0.0, 1.0)
    f.fx.add("err_add", q, full * 0.5)
    f.fx.mul("lat_mult", q, 1.0 + 30.0 * full)
    f.fx.mul("own_load", f.root, 1.0 - 0.9 * f.a)
    return "deploy", "consumer 2.14: prefetch=0 + manual ack (stuck on poison message)"


def third_party_outage(f: Fault):
    f.fx.add("err_add", f.root, f.a * f.sev * _u(f, 0.3, 0.9))
    f.fx.mul("lat_mult", f.root, 1.0 + f.a * f.sev * _u(f, 3, 10))
    return None


def scale_down(f: Fault):
    f.fx.mul("cap_mult", f.root, 1.0 / (1.0 + f.a * f.sev * _u(f, 2.0, 4.0)))
    return "scale", f"replicas {int(_u(f, 9, 16))} -> {int(_u(f, 2, 4))} (HPA maxReplicas typo)"


def packet_loss(f: Fault):
    f.fx.mul("lat_mult", f.root, 1.0 + f.a * f.sev * _u(f, 2, 5))
    f.fx.add("err_add", f.root, f.a * f.sev * _u(f, 0.02, 0.07))
    return None


def _has_db(est: Estate, s: str) -> bool:
    return est.kinds[s] == "service" and bool(_callees(est, s, ("database",)))


def _serves(est: Estate, s: str) -> bool:
    return est.kinds[s] in ("service", "database") and bool(_callers(est, s))


FAULTS = {
    "pool_exhaustion": (_has_db, pool_exhaustion),
    "slow_database": (_kind("database"), slow_database),
    "retry_storm": (lambda e, s: e.kinds[s] in ("service", "bff") and bool(_callees(e, s, ("service",))), retry_storm),
    "cache_fallback": (_backed, cache_fallback),
    "cache_stampede": (_backed, cache_stampede),
    "cert_expiry": (lambda e, s: e.kinds[s] == "service" and bool(_callers(e, s)), cert_expiry),
    "dns_failure": (lambda e, s: e.kinds[s] in ("service", "database") and bool(_callers(e, s)), dns_failure),
    "thread_starvation": (_kind("service", "bff"), thread_starvation),
    "memory_leak_oom": (_kind("service", "bff", "worker"), memory_leak),
    "noisy_neighbour": (_serves, noisy_neighbour),
    "bad_deploy": (_kind("service", "bff", "worker"), bad_deploy),
    "disk_full": (_kind("database"), disk_full),
    "consumer_stall": (_consumes, consumer_stall),
    "third_party_outage": (_kind("external"), third_party_outage),
    "scale_down": (_kind("service", "bff", "gateway"), scale_down),
    "packet_loss": (_serves, packet_loss),
}
RAMP_ONLY = {"memory_leak_oom"}  # a leak is a ramp by nature, whatever the plan says


def gc_pauses(est, s, fx: Effects, rng) -> None:
    every = int(rng.integers(6, 16))
    spikes = np.zeros(fx.steps)
    spikes[int(rng.integers(0, every)) :: every] = rng.uniform(1.5, 3.5)
    fx.mul("lat_mult", s, 1.0 + spikes)


def batch_plateau(est, s, fx: Effects, rng) -> None:
    t0 = int(rng.integers(0, fx.steps // 2))
    on = (np.arange(fx.steps) >= t0) & (np.arange(fx.steps) < t0 + int(rng.integers(60, 140)))
    fx.mul("own_load", s, 1.0 + on * rng.uniform(1.0, 1.8))
    fx.add("mem_add", s, on * 0.35)


def traffic_surge(est, s, fx: Effects, rng) -> None:
    t0 = int(rng.integers(20, fx.steps - 60))
    t = np.arange(fx.steps) - t0
    rise = np.clip(t / rng.uniform(5, 15), 0.0, 1.0) * (t < int(rng.integers(40, 120)))
    fx.ingress = (fx.ingress if fx.ingress is not None else np.ones(fx.steps)) * (1.0 + rise * rng.uniform(0.3, 0.6))


def rolling_deploy(est, s, fx: Effects, rng) -> int:
    t0 = int(rng.integers(10, fx.steps - 10))
    blip = (np.arange(fx.steps) >= t0) & (np.arange(fx.steps) < t0 + int(rng.integers(3, 7)))
    fx.add("err_add", s, blip * 0.004)
    fx.mul("lat_mult", s, 1.0 + blip * 0.12)
    return t0
