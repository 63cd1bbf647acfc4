"""Faults and distractors of the tenth blind RCA set. A fault gets its root, its intensity over time ``p``
(0 before the onset, shaped by the profile, already scaled for a small fault) and writes into ``Effects``.

The issue's kinds: pool exhaustion (the root stops reaching its database: the database sees less traffic), slow
database, retry storm (a caller's new retry policy multiplies its calls), cache -> database fallback (a cache node
lost), cache stampede (synchronised expiry), certificate expiry (the root's callers fail their handshakes; the
root only sees less traffic), DNS failure (the root cannot resolve its callees: they see less traffic), thread-pool
starvation, memory leak with OOM restarts, noisy neighbour (CPU steal on the root's host). Kinds of this set:
broker stall, sidecar rate limit (a mesh policy rejecting part of the root's inbound calls), full disk, clock skew
(the root rejects its callers' signed tokens), N+1 queries behind a feature flag, third-party quota exhaustion.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from rca_blind10_estates import Estate
from rca_blind10_physics import Effects

INTERNAL = {"svc", "db", "cache", "broker", "proxy"}


def _dbs(es: Estate, s: str) -> list[str]:
    return [c for c, _ in es.callees(s) if es.kinds[c] == "db"]


@dataclass(frozen=True)
class Fault:
    eligible: Callable[[Estate, str], bool]
    apply: Callable[[Effects, Estate, str, np.ndarray, np.random.Generator], None]
    change: tuple[str, str] | None  # (change kind, what the log says) when the fault comes with a change
    hideable: bool  # may the root be a service without metrics


def _pool(fx, es, s, p, rng):
    for db in _dbs(es, s):
        fx.mul("fwd", (s, db), 1.0 - rng.uniform(0.55, 0.8) * p)
    fx.add("own_lat", s, rng.uniform(400, 1500) * p)
    fx.add("own_err", s, rng.uniform(0.12, 0.35) * p)
    fx.add("own_sat", s, rng.uniform(0.3, 0.5) * p)


def _slow_db(fx, es, s, p, rng):
    fx.add("own_lat", s, rng.uniform(60, 260) * p)
    fx.add("own_sat", s, rng.uniform(0.2, 0.45) * p)
    fx.add("own_err", s, rng.uniform(0.0, 0.06) * p)


def _retry_target(es, s):
    cands = [(c, w) for c, w in es.callees(s) if es.kinds[c] in ("svc", "db", "proxy")]
    return max(cands, key=lambda cw: cw[1])[0] if cands else None


def _retry(fx, es, s, p, rng):
    c = _retry_target(es, s)
    fx.mul("fwd", (s, c), 1.0 + rng.uniform(3.0, 7.0) * p)
    fx.add("own_lat", s, rng.uniform(150, 500) * p)
    fx.add("own_err", s, rng.uniform(0.03, 0.12) * p)


def _cache_users(es, s):
    return [(c, _dbs(es, c)) for c, _ in es.callers(s)]


def _fallback(fx, es, s, p, rng):
    fx.add("own_err", s, rng.uniform(0.55, 0.95) * p)
    for c, dbs in _cache_users(es, s):
        if dbs:
            for db in dbs:
                fx.mul("fwd", (c, db), 1.0 + rng.uniform(2.0, 5.0) * p)
            fx.add("own_lat", c, rng.uniform(20, 80) * p)
        else:
            fx.add("own_err", c, rng.uniform(0.05, 0.2) * p)
            fx.add("own_lat", c, rng.uniform(30, 120) * p)


def _stampede(fx, es, s, p, rng):
    fx.add("own_sat", s, rng.uniform(0.15, 0.35) * p)
    for c, dbs in _cache_users(es, s):
        fx.mul("fwd", (c, s), 1.0 + rng.uniform(0.4, 0.9) * p)
        for db in dbs:
            fx.mul("fwd", (c, db), 1.0 + rng.uniform(4.0, 9.0) * p)
        if not dbs:
            fx.add("own_lat", c, rng.uniform(40, 200) * p)


def _cert(fx, es, s, p, rng):
    share = 1.0 if p.max() > 0.7 else rng.uniform(0.5, 1.0)
    for c, _ in es.callers(s):
        fx.add("fail", (c, s), np.minimum(share * p, 1.0))
        fx.add("fail_lat", (c, s), 8.0 * p)


def _dns(fx, es, s, p, rng):
    for c, _ in es.callees(s):
        fx.add("fail", (s, c), np.minimum(rng.uniform(0.7, 1.0) * p, 1.0))
        fx.add("fail_lat", (s, c), rng.uniform(800, 5000) * p)


def _threads(fx, es, s, p, rng):
    fx.mul("cap", s, 1.0 - rng.uniform(0.45, 0.75) * p)
    fx.add("own_lat", s, rng.uniform(100, 600) * p)
    for c, _ in es.callees(s):
        fx.mul("fwd", (s, c), 1.0 - 0.3 * p)


def _leak(fx, es, s, p, rng):
    T = fx.steps
    on = np.maximum.accumulate(p > 0)  # a leak does not stop between bursts: bursty faults leak fast
    bursty = on.any() and float(np.mean(p[on] == 0)) > 0.2
    speed = rng.uniform(0.02, 0.04) if bursty else rng.uniform(0.008, 0.03) * max(float(p.max()), 0.3)
    mem = np.zeros(T)
    err = np.zeros(T)
    level = 0.0
    down = 0
    for i in range(T):
        if not on[i]:
            continue
        if down:
            down -= 1
            err[i] = rng.uniform(0.3, 0.6)
            level = 0.0
            continue
        level += speed
        if level >= 0.55:  # out of memory: the pod is killed and restarts (two minutes of failures)
            down = 2
            err[i] = 0.5
        mem[i] = level
    fx.add("own_sat", s, mem)
    fx.add("own_lat", s, 900.0 * mem**2.5)
    fx.add("own_err", s, err)


def _neighbour(fx, es, s, p, rng):
    jitter = rng.uniform(0.6, 1.4, fx.steps)
    fx.mul("cap", s, 1.0 - rng.uniform(0.35, 0.6) * p * jitter.clip(0, 1.2))
    fx.add("own_lat", s, rng.uniform(0.6, 2.5) * 40 * p * jitter)


def _broker(fx, es, s, p, rng):
    fx.add("own_lat", s, rng.uniform(300, 1500) * p)
    fx.add("own_sat", s, rng.uniform(0.25, 0.45) * p)
    fx.add("own_err", s, rng.uniform(0.15, 0.5) * p)
    for c, _ in es.callers(s):
        fx.mul("fwd", (c, s), 1.0 - 0.4 * p)


def _sidecar(fx, es, s, p, rng):
    share = rng.uniform(0.25, 0.6)
    for c, _ in es.callers(s):
        fx.add("fail", (c, s), share * p)
        fx.add("fail_lat", (c, s), 2.0 * p)
    fx.add("own_lat", s, rng.uniform(8, 30) * p)


def _disk(fx, es, s, p, rng):
    fx.add("own_err", s, rng.uniform(0.3, 0.7) * p)
    fx.mul("cap", s, 1.0 + 0.3 * p)  # failed writes return fast


def _skew(fx, es, s, p, rng):
    fx.add("own_err", s, rng.uniform(0.3, 0.8) * p)


def _nplus1(fx, es, s, p, rng):
    for db in _dbs(es, s)[:1]:
        fx.mul("fwd", (s, db), 1.0 + rng.uniform(6.0, 15.0) * p)
    fx.add("own_lat", s, rng.uniform(80, 300) * p)


def _quota(fx, es, s, p, rng):
    fx.add("own_err", s, rng.uniform(0.4, 0.9) * p)


def _has_callers(n):
    return lambda es, s: len(es.callers(s)) >= n


FAULTS: dict[str, Fault] = {
    "pool_exhaustion": Fault(
        lambda es, s: es.kinds[s] == "svc" and bool(_dbs(es, s)),
        _pool,
        ("config", "db pool max_size lowered in values.yaml"),
        False,
    ),
    "slow_db": Fault(
        lambda es, s: es.kinds[s] == "db" and len(es.callers(s)) >= 1,
        _slow_db,
        ("deploy", "schema migration: add index concurrently"),
        True,
    ),
    "retry_storm": Fault(
        lambda es, s: es.kinds[s] in ("svc", "edge", "proxy") and _retry_target(es, s) is not None,
        _retry,
        ("config", "client retries 2 -> 8, backoff removed"),
        False,
    ),
    "cache_fallback": Fault(
        lambda es, s: es.kinds[s] == "cache" and any(d for _, d in _cache_users(es, s)), _fallback, None, False
    ),
    "cache_stampede": Fault(
        lambda es, s: es.kinds[s] == "cache" and any(d for _, d in _cache_users(es, s)),
        _stampede,
        ("clear_cache", "flush after price list import"),
        False,
    ),
    "cert_expiry": Fault(lambda es, s: es.kinds[s] in INTERNAL and len(es.callers(s)) >= 1, _cert, None, True),
    "dns_failure": Fault(
        lambda es, s: es.kinds[s] in ("svc", "edge") and len(es.callees(s)) >= 2,
        _dns,
        ("config", "resolv.conf: search domains rewritten by node image"),
        False,
    ),
    "thread_starvation": Fault(
        lambda es, s: es.kinds[s] in ("svc", "edge"),
        _threads,
        ("deploy", "sync call to signer moved onto request pool"),
        True,
    ),
    "memory_leak": Fault(
        lambda es, s: es.kinds[s] in ("svc", "edge"), _leak, ("deploy", "upgrade http client 4.2 -> 4.3"), False
    ),
    "noisy_neighbour": Fault(lambda es, s: es.kinds[s] in ("svc", "db", "edge"), _neighbour, None, True),
    "broker_stall": Fault(lambda es, s: es.kinds[s] == "broker" and len(es.callers(s)) >= 2, _broker, None, True),
    "sidecar_rate_limit": Fault(
        lambda es, s: es.kinds[s] == "svc" and len(es.callers(s)) >= 2,
        _sidecar,
        ("config", "mesh policy: local rate limit 200 rps"),
        True,
    ),
    "disk_full": Fault(lambda es, s: es.kinds[s] in ("db", "broker") and len(es.callers(s)) >= 2, _disk, None, True),
    "clock_skew": Fault(lambda es, s: es.kinds[s] == "svc" and len(es.callers(s)) >= 2, _skew, None, True),
    "n_plus_one": Fault(
        lambda es, s: es.kinds[s] in ("svc", "edge") and bool(_dbs(es, s)),
        _nplus1,
        ("config", "flag eager_related_lookup on for 100%"),
        False,
    ),
    "quota_exhausted": Fault(lambda es, s: es.kinds[s] == "ext" and len(es.callers(s)) >= 2, _quota, None, True),
}


def gc_pauses(fx: Effects, s: str, rng: np.random.Generator) -> None:
    """Short latency spikes every few minutes on a healthy JVM service."""
    every = int(rng.integers(6, 15))
    spikes = np.zeros(fx.steps)
    spikes[int(rng.integers(0, every)) :: every] = rng.uniform(1.5, 4.0)
    fx.add("own_lat", s, 35.0 * spikes)


def batch_plateau(fx: Effects, s: str, start: int, length: int, rng: np.random.Generator) -> None:
    """A batch job runs: its saturation sits high for a while and its callees see its calls."""
    on = np.zeros(fx.steps)
    on[start : start + length] = 1.0
    fx.add("own_sat", s, rng.uniform(0.25, 0.4) * on)
    fx.mul("load", s, 1.0 + rng.uniform(2.0, 5.0) * on)


def rolling_deploy(fx: Effects, s: str, start: int, rng: np.random.Generator) -> None:
    """A healthy rolling deploy: three pods replaced one by one, a small latency bump each."""
    for k in range(3):
        bump = np.zeros(fx.steps)
        a = start + 3 * k
        bump[a : a + 2] = 1.0
        fx.add("own_lat", s, rng.uniform(5, 15) * bump)


def traffic_surge(fx: Effects, s: str, start: int, length: int, rng: np.random.Generator) -> None:
    """More users on one entry point (a jackpot announcement, a pass, a new episode): no errors."""
    t = np.arange(fx.steps)
    up = np.clip((t - start) / 8.0, 0, 1) * np.clip((start + length - t) / 8.0, 0, 1)
    fx.mul("load", s, 1.0 + rng.uniform(0.3, 0.7) * up)
