"""Fault models and distractors of the eighth blind RCA set (bench/rca_blind8.py), written for it.

Each fault names where it can happen (``candidates``) and edits the ``Effects`` of rca_blind8_physics.py with ``a``,
the strength over time (its profile). Ten kinds come from issue #14.4, six are this set's own:

pool_exhaustion    a service's connection pool to its database runs dry: it waits and errors, the database sees
                   *fewer* queries
slow_db            lock contention or a bad plan: the database itself slows and fills
retry_storm        a caller starts retrying without backoff: its callee drowns in load, the caller looks secondary
cache_fallback     a cache node is lost: its callers fall back to the database behind it, which slows
cache_stampede     hot keys expire together every few minutes: bursts of misses hit the database, the cache
                   itself barely moves
cert_expiry        a service's TLS certificate expires: callers fail to connect, the service goes quiet
dns_failure        a service's name stops resolving for some resolvers: callers wait on lookups and fail, the
                   service goes quiet
thread_starvation  a service's worker pool is stuck (blocking calls on the request path): pegged, slow, fewer
                   outgoing calls
memory_leak        heap grows until the process is OOM-killed; restarts in a sawtooth, errors at each kill
noisy_neighbour    a batch job sharing a database hammers it: the database and its other callers slow
consumer_stall     (own) a queue's consumer stops making progress: the queue backs up, producers feel
                   back-pressure
disk_full          (own) a database or broker volume fills: writes fail fast, latency barely moves
vendor_slow        (own) a third party (never observed) slows and errors: only its callers show it
gc_thrash          (own) a heap setting change: sustained, spiky GC time on one service
rate_limit         (own) an entry's rate limit is pushed too low: 429s at the edge, less traffic below
timeout_cut        (own) a caller's client timeout is cut below its callee's normal p99 tail: the caller errors
                   against a healthy callee

Distractors (no fault): GC pauses, a batch plateau, a healthy rolling deploy, a traffic surge at an entry.
"""

from __future__ import annotations

import numpy as np
from rca_blind8_estates import Estate


def _callees_of(es: Estate, s: str, *kinds: str) -> list[str]:
    return [b for b, _ in es.callees(s) if es.kinds[b] in kinds]


def _fallback_db(es: Estate, cache: str) -> list[tuple[str, str]]:
    """(caller, db) pairs: callers of the cache that also read a database."""
    out = []
    for a, _ in es.callers(cache):
        for d in _callees_of(es, a, "db"):
            out.append((a, d))
    return out


def candidates(es: Estate, kind: str) -> list[str]:
    k = es.kinds
    if kind == "pool_exhaustion":
        return [s for s in es.order if k[s] in ("api", "svc") and _callees_of(es, s, "db")]
    if kind in ("slow_db",):
        return [s for s in es.order if k[s] == "db" and len(es.callers(s)) >= 2]
    if kind == "disk_full":
        return [s for s in es.order if k[s] in ("db", "queue") and len(es.callers(s)) >= 2]
    if kind == "retry_storm":
        return [s for s in es.order if k[s] in ("api", "svc", "worker") and _callees_of(es, s, "svc", "api", "db")]
    if kind in ("cache_fallback", "cache_stampede"):
        return [s for s in es.order if k[s] == "cache" and _fallback_db(es, s)]
    if kind in ("cert_expiry", "dns_failure"):
        return [s for s in es.order if k[s] in ("api", "svc", "db") and len(es.callers(s)) >= 2]
    if kind in ("thread_starvation", "gc_thrash"):
        return [s for s in es.order if k[s] in ("api", "svc") and es.callers(s)]
    if kind == "memory_leak":
        return [s for s in es.order if k[s] in ("api", "svc", "worker")]
    if kind == "noisy_neighbour":
        return [
            s for s in es.order if k[s] == "batch" and any(len(es.callers(d)) >= 3 for d in _callees_of(es, s, "db"))
        ]
    if kind == "consumer_stall":
        return [s for s in es.order if k[s] == "worker" and _callees_of(es, s, "queue")]
    if kind == "vendor_slow":
        return [s for s in es.order if k[s] == "ext" and len(es.callers(s)) >= 2]
    if kind == "rate_limit":
        return [s for s in es.order if k[s] == "edge" and len(es.callees(s)) >= 2]
    if kind == "timeout_cut":
        return [s for s in es.order if k[s] in ("api", "svc", "edge") and _callees_of(es, s, "svc", "api", "ext")]
    raise KeyError(kind)


def _pulse(a: np.ndarray, rng) -> np.ndarray:
    return a * (1 + rng.normal(0, 0.08, len(a)))


def pool_exhaustion(es, eff, s, a, rng, base):
    db = rng.choice(_callees_of(es, s, "db"))
    eff.add("lat_add", s, a * base.lat0[s] * rng.uniform(4, 10))
    eff.add("err_add", s, _pulse(a, rng) * rng.uniform(0.04, 0.15))
    eff.add("sat_add", s, a * rng.uniform(0.3, 0.45))
    eff.mul("out_mult", (s, db), 1 - a * rng.uniform(0.5, 0.75))


def slow_db(es, eff, s, a, rng, base):
    eff.mul("lat_mult", s, 1 + a * rng.uniform(5, 15))
    eff.add("sat_add", s, a * rng.uniform(0.2, 0.35))
    eff.add("err_add", s, a * rng.uniform(0.002, 0.02))


def retry_storm(es, eff, s, a, rng, base):
    callee = rng.choice(_callees_of(es, s, "svc", "api", "db"))
    eff.mul("out_mult", (s, callee), 1 + a * rng.uniform(3, 7))
    eff.add("err_add", s, a * rng.uniform(0.01, 0.05))
    eff.add("lat_add", s, a * base.lat0[s] * rng.uniform(0.8, 2.5))
    eff.add("sat_add", callee, a * rng.uniform(0.15, 0.35))


def cache_fallback(es, eff, s, a, rng, base):
    eff.add("err_add", s, a * rng.uniform(0.3, 0.9))
    eff.mul("lat_mult", s, 1 + a * rng.uniform(0.5, 3))
    for caller, db in _fallback_db(es, s):
        eff.mul("out_mult", (caller, db), 1 + a * rng.uniform(2, 5))
        eff.add("sat_add", db, a * rng.uniform(0.1, 0.25))


def cache_stampede(es, eff, s, a, rng, base):
    n = len(a)
    burst = np.zeros(n)
    start = int(np.argmax(a > 0)) if (a > 0).any() else n
    t = start
    period = int(rng.integers(7, 16))
    while t < n:
        width = int(rng.integers(1, 3))
        burst[t : t + width] = 1.0
        t += period + int(rng.integers(-1, 2))
    b = burst * np.maximum(a, (a > 0) * 0.5)
    eff.add("sat_add", s, b * rng.uniform(0.1, 0.25))
    eff.mul("lat_mult", s, 1 + b * rng.uniform(1, 3))
    for caller, db in _fallback_db(es, s):
        eff.mul("out_mult", (caller, db), 1 + b * rng.uniform(4, 9))
        eff.add("sat_add", db, b * rng.uniform(0.15, 0.35))


def cert_expiry(es, eff, s, a, rng, base):
    eff.mul("reach", s, 1 - np.minimum(1, a * rng.uniform(0.5, 1.0)))


def dns_failure(es, eff, s, a, rng, base):
    eff.mul("reach", s, 1 - np.minimum(1, a * rng.uniform(0.3, 0.8)))
    eff.add("reach_lat", s, a * rng.uniform(800, 5000))


def thread_starvation(es, eff, s, a, rng, base):
    eff.add("sat_add", s, a * rng.uniform(0.5, 0.8))
    eff.mul("lat_mult", s, 1 + a * rng.uniform(6, 20))
    eff.add("err_add", s, a * rng.uniform(0.02, 0.1))
    for b, _ in es.callees(s):
        eff.mul("out_mult", (s, b), 1 - a * rng.uniform(0.3, 0.6))


def memory_leak(es, eff, s, a, rng, base):
    """A heap that fills at a rate set by ``a`` and empties at each OOM kill; errors and a cold start at the kill."""
    n = len(a)
    heap = np.zeros(n)
    kills = np.zeros(n)
    level = 0.0
    fill = rng.uniform(0.035, 0.08)
    cold = 0
    for t in range(n):
        level += fill * a[t]
        if level >= 1.0:
            level = 0.0
            kills[t] = 1.0
            cold = int(rng.integers(2, 5))
        heap[t] = level
        if cold:
            kills[t] = max(kills[t], 0.4)
            cold -= 1
    room = 1 - base.sat0[s]
    eff.add("sat_add", s, heap * room * 0.9)
    eff.mul("lat_mult", s, 1 + 4 * heap**3 + kills * rng.uniform(2, 6))
    eff.add("err_add", s, kills * rng.uniform(0.1, 0.4))


def noisy_neighbour(es, eff, s, a, rng, base):
    dbs = [d for d in _callees_of(es, s, "db") if len(es.callers(d)) >= 3]
    db = rng.choice(dbs)
    eff.add("sat_add", s, a * rng.uniform(0.4, 0.65))
    eff.mul("out_mult", (s, db), 1 + a * rng.uniform(3, 8))
    eff.add("sat_add", db, a * rng.uniform(0.15, 0.3))
    eff.mul("lat_mult", db, 1 + a * rng.uniform(1, 4))


def consumer_stall(es, eff, s, a, rng, base):
    q = rng.choice(_callees_of(es, s, "queue"))
    backlog = np.clip(np.cumsum(a) * rng.uniform(0.01, 0.03), 0, 0.7)
    eff.add("sat_add", q, backlog)
    eff.add("sat_add", s, -a * base.sat0[s] * 0.6)
    eff.add("err_add", s, a * rng.uniform(0.05, 0.3))
    eff.add("lat_add", s, a * base.lat0[s] * rng.uniform(3, 10))
    for b, _ in es.callees(s):
        if b != q:
            eff.mul("out_mult", (s, b), 1 - a * 0.8)


def disk_full(es, eff, s, a, rng, base):
    eff.add("sat_add", s, np.minimum(a * 1.2, 1.0) * (1 - base.sat0[s]) * 0.97)
    eff.add("err_add", s, a * rng.uniform(0.15, 0.6))
    eff.mul("lat_mult", s, 1 - a * 0.3)


def vendor_slow(es, eff, s, a, rng, base):
    eff.mul("lat_mult", s, 1 + a * rng.uniform(4, 12))
    eff.add("err_add", s, a * rng.uniform(0.02, 0.2))


def gc_thrash(es, eff, s, a, rng, base):
    jitter = np.exp(rng.normal(0, 0.45, len(a)))
    eff.mul("lat_mult", s, 1 + a * rng.uniform(3, 8) * jitter)
    eff.add("sat_add", s, a * rng.uniform(0.2, 0.4))
    eff.add("err_add", s, a * rng.uniform(0.002, 0.02))


def rate_limit(es, eff, s, a, rng, base):
    drop = a * rng.uniform(0.15, 0.5)
    eff.add("err_add", s, drop)
    eff.mul("lat_mult", s, 1 - drop * 0.3)
    for b, _ in es.callees(s):
        eff.mul("out_mult", (s, b), 1 - drop)


def timeout_cut(es, eff, s, a, rng, base):
    eff.add("err_add", s, a * rng.uniform(0.05, 0.25))
    eff.mul("lat_mult", s, 1 - a * 0.15)


FAULTS = {
    "pool_exhaustion": pool_exhaustion,
    "slow_db": slow_db,
    "retry_storm": retry_storm,
    "cache_fallback": cache_fallback,
    "cache_stampede": cache_stampede,
    "cert_expiry": cert_expiry,
    "dns_failure": dns_failure,
    "thread_starvation": thread_starvation,
    "memory_leak": memory_leak,
    "noisy_neighbour": noisy_neighbour,
    "consumer_stall": consumer_stall,
    "disk_full": disk_full,
    "vendor_slow": vendor_slow,
    "gc_thrash": gc_thrash,
    "rate_limit": rate_limit,
    "timeout_cut": timeout_cut,
}

# what change (if any) sets the fault off, and how an operator or a pipeline writes it down
CHANGE = {
    "pool_exhaustion": ("config", ["db pool max_connections {a} -> {b}", "hikari maximumPoolSize lowered to {b}"]),
    "slow_db": ("deploy", ["migration {v}: drop index on (tenant_id, created_at)", "schema migration {v} applied"]),
    "retry_storm": ("config", ["client retries {a} -> {b}, backoff disabled", "resilience policy rev {v}"]),
    "cache_fallback": None,
    "cache_stampede": ("config", ["ttl for hot keys set to {b}m, no jitter", "cache ttl policy rev {v}"]),
    "cert_expiry": None,
    "dns_failure": ("config", ["moved service record to zone int-{v}", "resolver forwarders updated (rev {v})"]),
    "thread_starvation": ("deploy", ["release {v}: synchronous audit call on request path", "image {v}"]),
    "memory_leak": ("deploy", ["release {v}", "image {v} (new response cache)"]),
    "noisy_neighbour": ("deploy", ["job {v}: full-table reconciliation enabled", "cron schedule moved to :{a}0"]),
    "consumer_stall": ("deploy", ["consumer {v}: new deserializer", "release {v}"]),
    "disk_full": None,
    "vendor_slow": None,
    "gc_thrash": ("config", ["JVM -Xmx {a}g -> {b}g", "GOGC={b}0 (was 100)"]),
    "rate_limit": ("config", ["rate limit {a}000 -> {b}00 rps per client", "WAF rule set rev {v}"]),
    "timeout_cut": ("config", ["upstream timeout {a}000ms -> {b}00ms", "client timeout policy rev {v}"]),
}


# -- distractors: they happen, they are not faults -------------------------------------------------------------


def gc_pauses(es, eff, s, rng, n):
    spikes = np.zeros(n)
    t = int(rng.integers(0, 10))
    while t < n:
        spikes[t] = rng.uniform(1.5, 4.0)
        t += int(rng.integers(5, 14))
    eff.mul("lat_mult", s, 1 + spikes)


def batch_plateau(es, eff, s, rng, n, around: int):
    t0 = int(np.clip(around + rng.integers(-40, 20), 0, n - 10))
    t1 = min(n, t0 + int(rng.integers(25, 70)))
    a = np.zeros(n)
    a[t0:t1] = 1.0
    eff.add("sat_add", s, a * rng.uniform(0.3, 0.55))


def rolling_deploy(es, eff, s, rng, n, at: int):
    a = np.zeros(n)
    for j in range(int(rng.integers(3, 7))):
        t = at + 2 * j + int(rng.integers(0, 2))
        if t < n:
            a[t] = 1.0
    eff.mul("lat_mult", s, 1 + a * rng.uniform(0.2, 0.6))
    eff.add("sat_add", s, -a * 0.08)
    eff.add("err_add", s, a * rng.uniform(0.0005, 0.003))


def traffic_surge(es, eff, entry, rng, n, around: int):
    t0 = int(np.clip(around + rng.integers(-50, 25), 0, n - 15))
    span = int(rng.integers(20, 50))
    a = np.zeros(n)
    up = int(rng.integers(3, 10))
    for t in range(t0, min(n, t0 + span)):
        a[t] = min(1.0, (t - t0 + 1) / up)
    eff.mul("load", entry, 1 + a * rng.uniform(0.2, 0.5))
