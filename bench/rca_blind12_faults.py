"""Fault models and distractors of the twelfth blind RCA set (bench/rca_blind12.py), written blind on 2026-12-06.

A fault is (who it can hit, what it does). ``apply(es, base, mods, s, g, amp, rng)`` writes its effect into the
``Mods`` (``g`` is the profile's 0..1 shape over the steps, ``amp`` its size) and returns the change an operator
would have logged for it, ``(kind, detail)``, or None when nothing was changed by anyone (an expiry, a neighbour).
"""

from __future__ import annotations

import numpy as np
from rca_blind12_estates import Estate
from rca_blind12_physics import Base, Mods

PROC = ("api", "worker", "edge")


def _has_db(es: Estate, s: str) -> list[str]:
    return [b for b, _ in es.callees(s) if es.kinds[b] == "db"]


def _pick(rng, items):
    return items[int(rng.integers(0, len(items)))]


def pool_exhaustion(es, base, mods, s, g, amp, rng):
    db = _pick(rng, _has_db(es, s))
    # leaked connections: past the onset the pool serves less than the calm flow, so the database sees less
    mods.pool[(s, db)] = np.where(g > 0, 1.02 - 0.7 * amp * g, 1e6)
    mods.add(mods.sat_add, s, 0.25 * g * amp)
    return "deploy", f"orm {rng.integers(3, 6)}.{rng.integers(0, 20)} — session handling refactor"


def slow_db(es, base, mods, s, g, amp, rng):
    mods.add(mods.lat_add, s, base.own_lat[s] * rng.uniform(6, 18) * amp * g)
    mods.mul(mods.cap, s, 1 - 0.45 * amp * g)
    mods.add(mods.sat_add, s, 0.2 * g * amp)
    what = _pick(rng, ["migration 0412: drop index on (tenant_id, created_at)", "analyze disabled on hot table",
                       "long-running lock from an ad-hoc backfill"])  # fmt: skip
    return ("config", what) if "backfill" not in what else None


def retry_storm(es, base, mods, s, g, amp, rng):
    callees = [b for b, _ in es.callees(s) if es.kinds[b] not in ("ext",)]
    b = _pick(rng, callees)
    mods.mul(mods.edge, (s, b), 1 + 1.5 * amp * g)
    mods.add(mods.retry_add, (s, b), 5.0 * amp * g)
    mods.add(mods.lat_add, s, 60 * amp * g)
    return "deploy", "http client: retries 1 -> 6, backoff removed"


def cache_fallback(es, base, mods, s, g, amp, rng):
    mods.mul(mods.hit, s, 1 - 0.6 * amp * g)
    for a, _ in es.callers(s):
        for db in _has_db(es, a):
            mods.mul(mods.edge, (a, db), 1 + 7 * amp * g)
    mods.add(mods.lat_add, s, base.own_lat[s] * 2 * amp * g)
    return "config", f"maxmemory {rng.choice([8, 16])}gb -> {rng.choice([1, 2])}gb, policy allkeys-lru"


def cache_stampede(es, base, mods, s, g, amp, rng):
    n = mods.steps
    period = int(rng.integers(4, 8))
    spikes = ((np.arange(n) % period) < 2).astype(float) * (g > 0)
    churn = 0.15 + 0.85 * spikes  # hot keys expire together; between waves some keys are still cold
    mods.mul(mods.hit, s, 1 - 0.7 * amp * churn * g)
    for a, _ in es.callers(s):
        for db in _has_db(es, a):
            mods.mul(mods.edge, (a, db), 1 + 14 * amp * churn * g)
        mods.add(mods.lat_add, a, 40 * amp * churn * g)
    mods.add(mods.sat_add, s, 0.15 * amp * churn * g)
    return "config", "ttl for hot keys 3600s -> 300s, no jitter"


def cert_expiry(es, base, mods, s, g, amp, rng):
    mods.mul(mods.reach, s, 1 - 0.97 * min(amp, 1.0) * g)
    mods.unreach_ms[s] = 15.0
    return None


def dns_failure(es, base, mods, s, g, amp, rng):
    mods.mul(mods.reach, s, 1 - rng.uniform(0.55, 0.9) * min(amp, 1.0) * g)
    mods.unreach_ms[s] = float(rng.uniform(1500, 5000))  # resolver timeout
    return ("config", "record moved to the new private zone") if rng.random() < 0.5 else None


def threadpool_starvation(es, base, mods, s, g, amp, rng):
    mods.mul(mods.cap, s, 1 - 0.7 * amp * g)
    mods.add(mods.sat_add, s, 0.5 * amp * g)
    mods.add(mods.lat_add, s, 300 * amp * g)
    return "deploy", "synchronous pdf call in request path"


def memory_leak(es, base, mods, s, g, amp, rng):
    n = mods.steps
    grow = np.cumsum(g) * rng.uniform(25, 60) * amp
    period = int(rng.integers(9, 16))
    on = np.flatnonzero(g > 0)
    grow_r = grow.copy()
    restart = np.zeros(n)
    if len(on):
        for t in range(on[0] + period, n, period):
            grow_r[t:] -= grow_r[t] - 5
            restart[t : t + 2] = 1
    mods.add(mods.mem_add, s, np.maximum(grow_r, 0))
    mods.mul(mods.cap, s, 1 - 0.55 * restart)
    mods.add(mods.err, s, 0.3 * restart * amp)
    mods.mul(mods.lat_mult, s, 1 + 1.5 * np.clip(grow_r / (grow_r.max() + 1e-9), 0, 1) * amp + 3 * restart)
    return "deploy", "image cache keeps decoded frames"


def noisy_neighbour(es, base, mods, s, g, amp, rng):
    mods.mul(mods.cap, s, 1 - 0.55 * amp * g)
    mods.add(mods.lat_add, s, base.own_lat[s] * 1.5 * amp * g)
    mods.add(mods.sat_add, s, 0.3 * amp * g)
    return None


def bad_flag(es, base, mods, s, g, amp, rng):
    mods.add(mods.err, s, rng.uniform(0.12, 0.45) * amp * g)
    flag = _pick(rng, ["new-rounding-rules", "async-write-path", "v2-entitlements", "strict-schema"])
    return "config", f"flag {flag} -> 100%"


def broker_backlog(es, base, mods, s, g, amp, rng):
    mods.drain[s] = np.clip(0.8 * amp * g, 0, 0.95)
    mods.add(mods.lat_add, s, rng.uniform(80, 400) * amp * g)
    mods.add(mods.err, s, 0.06 * amp * g)
    mods.add(mods.sat_add, s, 0.4 * amp * g)
    return ("config", "retention.bytes lowered, segment compaction") if rng.random() < 0.5 else None


def mesh_policy(es, base, mods, s, g, amp, rng):
    mods.mul(mods.reach, s, 1 - rng.uniform(0.5, 0.95) * min(amp, 1.0) * g)
    mods.unreach_ms[s] = 4.0
    return "config", "AuthorizationPolicy: principals list rewritten"


def rate_limit(es, base, mods, s, g, amp, rng):
    lim = 1.0 - 0.5 * amp
    mods.limit[s] = np.where(g > 0, np.maximum(lim, 0.35) + (1 - g) * 3, 50.0)
    return "config", f"ratelimit {rng.integers(800, 2000)}/s -> {rng.integers(150, 400)}/s"


def disk_full(es, base, mods, s, g, amp, rng):
    writes = rng.uniform(0.3, 0.7)
    mods.add(mods.err, s, writes * amp * g)
    mods.add(mods.sat_add, s, 0.6 * g)
    mods.add(mods.lat_add, s, base.own_lat[s] * 0.8 * g)
    return None


def clock_skew(es, base, mods, s, g, amp, rng):
    mods.add(mods.err, s, rng.uniform(0.15, 0.5) * amp * g)
    mods.add(mods.lat_add, s, 20 * amp * g)
    return ("config", "chrony: pool servers replaced") if rng.random() < 0.4 else None


def _proc(es, s):
    return es.kinds[s] in PROC and bool(es.callers(s) or s in es.ingress)


def _called(es, s, n=1):
    return len(es.callers(s)) >= n


FAULTS = {
    "pool_exhaustion": (lambda es, s: es.kinds[s] in ("api", "worker") and bool(_has_db(es, s)), pool_exhaustion),
    "slow_db": (lambda es, s: es.kinds[s] == "db" and _called(es, s), slow_db),
    "retry_storm": (
        lambda es, s: es.kinds[s] in ("api", "worker", "edge") and any(es.kinds[b] != "ext" for b, _ in es.callees(s)),
        retry_storm,
    ),
    "cache_fallback": (
        lambda es, s: es.kinds[s] == "cache" and any(_has_db(es, a) for a, _ in es.callers(s)),
        cache_fallback,
    ),
    "cache_stampede": (
        lambda es, s: es.kinds[s] == "cache" and any(_has_db(es, a) for a, _ in es.callers(s)),
        cache_stampede,
    ),
    "cert_expiry": (lambda es, s: es.kinds[s] in ("api", "db", "ext", "sidecar") and _called(es, s), cert_expiry),
    "dns_failure": (lambda es, s: es.kinds[s] in ("api", "db", "ext", "broker") and _called(es, s), dns_failure),
    "threadpool_starvation": (lambda es, s: es.kinds[s] in ("api", "worker") and _proc(es, s), threadpool_starvation),
    "memory_leak": (lambda es, s: es.kinds[s] in ("api", "worker", "edge") and _proc(es, s), memory_leak),
    "noisy_neighbour": (lambda es, s: es.kinds[s] in ("api", "db", "worker") and _called(es, s), noisy_neighbour),
    "bad_flag": (lambda es, s: es.kinds[s] in ("api", "worker") and _proc(es, s), bad_flag),
    "broker_backlog": (lambda es, s: es.kinds[s] == "broker", broker_backlog),
    "mesh_policy": (lambda es, s: es.kinds[s] in ("api", "sidecar") and _called(es, s), mesh_policy),
    "rate_limit": (lambda es, s: es.kinds[s] in ("api", "edge") and (_called(es, s, 2) or s in es.ingress), rate_limit),
    "disk_full": (lambda es, s: es.kinds[s] in ("db", "broker") and _called(es, s), disk_full),
    "clock_skew": (lambda es, s: es.kinds[s] == "api" and _called(es, s), clock_skew),
}
NEVER_HIDDEN = {"cache_fallback", "cache_stampede", "broker_backlog"}


def gc_pauses(es: Estate, base: Base, mods: Mods, s: str, at: int, rng) -> None:
    n = mods.steps
    every = int(rng.integers(3, 8))
    t = np.arange(n)
    spikes = ((t % every) == 0) & (t >= at)
    mods.mul(mods.lat_mult, s, 1 + spikes * rng.uniform(1.0, 2.5))
    mods.add(mods.sat_add, s, spikes * 0.12)


def batch_plateau(es: Estate, base: Base, mods: Mods, s: str, at: int, rng) -> None:
    n = mods.steps
    t = np.arange(n)
    span = int(rng.integers(25, 70))
    on = ((t >= at) & (t < at + span)).astype(float)
    mods.mul(mods.ingress, s, 1 + on * rng.uniform(4, 7))
    mods.add(mods.sat_add, s, on * 0.4)


def rolling_deploy(es: Estate, base: Base, mods: Mods, s: str, at: int, rng) -> None:
    n = mods.steps
    t = np.arange(n)
    wave = np.zeros(n)
    for k in range(3):
        wave[(t >= at + 3 * k) & (t < at + 3 * k + 1)] = 1
    mods.mul(mods.cap, s, 1 - 0.3 * wave)
    mods.mul(mods.lat_mult, s, 1 + 0.25 * wave)
    mods.add(mods.mem_add, s, -200 * wave)


def traffic_surge(es: Estate, base: Base, mods: Mods, at: int, rng) -> None:
    n = mods.steps
    t = np.arange(n)
    peak = rng.uniform(0.25, 0.6)
    rise = np.clip((t - at) / 6.0, 0, 1)
    fall = np.clip((at + int(rng.integers(20, 60)) - t) / 6.0, 0, 1)
    mods.surge = 1 + peak * rise * fall
