"""Fault models and distractors of the second blind RCA set.

A fault is written onto ``Effects`` from its onset step with a profile (step, ramp, intermittent) and an
amplitude (1 normal, ~0.4 small). ``FAULTS[kind]`` = (who can be the root, the writer). The writer returns the
other services it touches directly (a pool-exhausted service's database, a flushed cache's databases, a stalled
worker's queue) so simultaneous faults can be kept apart, and the change it would leave in a change log (or None).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from rca_blind2_estates import Estate
from rca_blind2_physics import Baseline, Effects, callees_of_kind, callers_of

Fault = Callable[[Estate, Effects, Baseline, str, np.ndarray, float, int, np.random.Generator], tuple]


def pool_exhaustion(es, fx, base, s, g, a, onset, rng):
    dbs = callees_of_kind(es, s, ("db",))
    fx.lat(s, g, 4.0 * a)
    fx.err(s, g, 0.05 * a)
    fx.sat(s, g, min(0.4, 0.95 - base.sat0[s]) * a)
    for d in dbs:
        fx.traffic((s, d), g, 1 - 0.6 * a)
    return set(dbs), ("config", "db pool maxsize 50 -> 8 (typo in helm values)")


def slow_db(es, fx, base, s, g, a, onset, rng):
    fx.lat(s, g, 6.0 * a)
    fx.sat(s, g, 0.3 * a)
    fx.err(s, g, 0.006 * a)
    detail = str(rng.choice(["migration 0412: drop idx_orders_created", "analyze disabled", "autovacuum off"]))
    return set(), ("deploy", detail)


def retry_storm(es, fx, base, s, g, a, onset, rng):
    fx.err(s, g, 0.08 * a)
    fx.sat(s, g, min(0.45, 0.97 - base.sat0[s]) * a)
    fx.lat(s, g, 2.5 * a)
    for c in callers_of(es, s):
        fx.traffic((c, s), g, 1 + 2.0 * a)
        fx.sat(c, g, 0.08 * a)
    return set(), None


def _miss_curve(n, onset, a, rng):
    half = float(rng.uniform(25, 60))
    g = np.zeros(n)
    g[onset:] = a * 0.5 ** (np.arange(n - onset) / half)
    return g


def cache_stampede(es, fx, base, s, g, a, onset, rng):
    """The cache was flushed or restarted: its memory falls, misses go to the databases behind its callers."""
    miss = _miss_curve(fx.n, onset, a, rng)
    blip = np.zeros(fx.n)
    blip[onset : onset + 2] = 1.0
    fx.err(s, blip, 0.05)
    fx.sat(s, miss, -0.8 * base.sat0[s])
    fx.lat(s, g, -0.1)
    dbs = set()
    for c in callers_of(es, s):
        for d in callees_of_kind(es, c, ("db",)):
            fx.traffic((c, d), miss, 5.0)
            fx.lat(d, miss, 2.5)
            fx.sat(d, miss, 0.25)
            dbs.add(d)
    return dbs, ("restart", "redis pod rescheduled (node drain)")


def cache_fallback(es, fx, base, s, g, a, onset, rng):
    """The cache answers with errors (OOM policy / cluster split); callers fall back to their databases."""
    fx.err(s, g, 0.5 * a)
    fx.lat(s, g, 3.0 * a)
    dbs = set()
    for c in callers_of(es, s):
        fx.lat(c, g, 0.3 * a)
        for d in callees_of_kind(es, c, ("db",)):
            fx.traffic((c, d), g, 1 + 3.0 * a)
            fx.lat(d, g, 1.5 * a)
            dbs.add(d)
        fx.edge_errors((c, s), g, -0.4 * a)  # the caller catches the cache's errors and reads the database
    return dbs, ("config", "maxmemory-policy noeviction")


def cert_expiry(es, fx, base, s, g, a, onset, rng):
    for c in callers_of(es, s):
        fx.edge_errors((c, s), g, 0.9 * a)
        fx.traffic((c, s), g, 1 - 0.9 * a)
    return set(), None


def dns_failure(es, fx, base, s, g, a, onset, rng):
    for c in callers_of(es, s):
        fx.edge_errors((c, s), g, 0.6 * a)
        fx.edge_latency((c, s), g, 1500.0 * a)
        fx.traffic((c, s), g, 1 - 0.6 * a)
    return set(), ("config", "external-dns: record set migrated to new zone")


def thread_starvation(es, fx, base, s, g, a, onset, rng):
    fx.sat(s, g, (0.97 - base.sat0[s]) * a)
    fx.lat(s, g, 5.0 * a)
    fx.err(s, g, 0.03 * a)
    return set(), ("deploy", "switch http client to blocking io")


def memory_leak_oom(es, fx, base, s, g, a, onset, rng):
    period = int(rng.integers(8, 16))
    mem = np.zeros(fx.n)
    restart = np.zeros(fx.n)
    for t in range(onset, fx.n):
        k = (t - onset) % period
        mem[t] = (k + 1) / period
        if k == period - 1:
            restart[t : t + 2] = 1.0
    fx.sat(s, mem, (0.95 - base.sat0[s]) * max(a, 0.6))
    fx.lat(s, mem, 1.2 * a)
    fx.lat(s, restart, 2.0)
    fx.err(s, restart, 0.15 * max(a, 0.5))
    fx.err(s, mem, 0.004)
    return set(), ("restart", "OOMKilled (exit 137)")


def noisy_neighbour(es, fx, base, s, g, a, onset, rng):
    fx.sat(s, g, 0.25 * a + 0.05)
    fx.lat(s, g, 1.6 * a)
    fx.err(s, g, 0.004 * a)
    return set(), None


def bad_deploy(es, fx, base, s, g, a, onset, rng):
    fx.lat(s, g, 2.0 * a)
    fx.err(s, g, 0.03 * a)
    fx.sat(s, g, 0.15 * a)
    return set(), ("deploy", f"v{rng.integers(2, 9)}.{rng.integers(0, 40)}.{rng.integers(0, 9)}")


def poison_message(es, fx, base, s, g, a, onset, rng):
    """A consumer crash-loops on one message: it idles and errors, its queue backs up, producers feel it."""
    fx.err(s, g, 0.3 * a)
    fx.sat(s, g, -0.5 * base.sat0[s])
    fx.lat(s, g, 1.0 * a)
    queues = callees_of_kind(es, s, ("queue",))
    depth = np.zeros(fx.n)
    depth[onset:] = np.minimum(0.85, (np.arange(fx.n - onset) + 1) * float(rng.uniform(0.02, 0.05)))
    for q in queues:
        fx.sat(q, depth, 1.0)
        fx.lat(q, np.clip(depth - 0.5, 0, None), 4.0)
        fx.traffic((s, q), g, 1 - 0.8 * a)
        for p in callers_of(es, q):
            if es.kinds[p] != "worker":
                fx.edge_latency((p, q), np.clip(depth - 0.5, 0, None), 80.0)
    for c, _ in es.callees[s]:
        if es.kinds[c] != "queue":
            fx.traffic((s, c), g, 1 - 0.8 * a)
    return set(queues), ("deploy", "producer schema v7 (new optional field)")


def third_party_outage(es, fx, base, s, g, a, onset, rng):
    fx.lat(s, g, 4.0 * a)
    fx.err(s, g, 0.2 * a)
    return set(), None


def disk_full(es, fx, base, s, g, a, onset, rng):
    fill = np.zeros(fx.n)
    span = int(rng.integers(5, 14))
    fill[onset:] = np.minimum(1.0, (np.arange(fx.n - onset) + 1) / span)
    full = (fill >= 1.0).astype(float) * (g > 0)
    fx.sat(s, fill, 0.99 - base.sat0[s])
    fx.err(s, full, 0.25 * a)
    fx.lat(s, full, 1.0 * a)
    return set(), None


def bad_flag(es, fx, base, s, g, a, onset, rng):
    fx.err(s, g, 0.06 * a)
    return set(), ("config", "flag new_pricing_path=100%")


def _has_callers(es, s):
    return bool(es.callers[s])


def _internal(es, s, kinds):
    return es.kinds[s] in kinds and _has_callers(es, s)


def _cache_with_db_behind(es, s):
    return es.kinds[s] == "cache" and any(callees_of_kind(es, c, ("db",)) for c in callers_of(es, s))


FAULTS: dict[str, tuple[Callable[[Estate, str], bool], Callable]] = {
    "pool_exhaustion": (
        lambda es, s: _internal(es, s, ("api",)) and bool(callees_of_kind(es, s, ("db",))),
        pool_exhaustion,
    ),
    "slow_db": (lambda es, s: es.kinds[s] == "db" and _has_callers(es, s), slow_db),
    "retry_storm": (lambda es, s: _internal(es, s, ("api", "db")) and len(es.callers[s]) >= 1, retry_storm),
    "cache_stampede": (_cache_with_db_behind, cache_stampede),
    "cache_fallback": (_cache_with_db_behind, cache_fallback),
    "cert_expiry": (lambda es, s: _internal(es, s, ("api",)), cert_expiry),
    "dns_failure": (lambda es, s: _internal(es, s, ("api", "db", "cache")), dns_failure),
    "thread_starvation": (lambda es, s: _internal(es, s, ("api",)), thread_starvation),
    "memory_leak_oom": (lambda es, s: _internal(es, s, ("api", "cache")), memory_leak_oom),
    "noisy_neighbour": (lambda es, s: _internal(es, s, ("api", "db")), noisy_neighbour),
    "bad_deploy": (lambda es, s: _internal(es, s, ("api",)), bad_deploy),
    "poison_message": (
        lambda es, s: es.kinds[s] == "worker" and bool(callees_of_kind(es, s, ("queue",))),
        poison_message,
    ),
    "third_party_outage": (lambda es, s: es.kinds[s] == "ext", third_party_outage),
    "disk_full": (lambda es, s: _internal(es, s, ("db", "queue")), disk_full),
    "bad_flag": (lambda es, s: _internal(es, s, ("api",)), bad_flag),
}
# Kinds whose root shows in its own metrics only as less traffic, or not at all: never 'small' (a reviewer
# could not tell them from noise) and their fault is a step or intermittent.
STEP_ONLY = {"cert_expiry", "dns_failure", "memory_leak_oom", "disk_full", "cache_stampede", "poison_message"}


# ---- distractors: anomalies that are no root's doing -------------------------------------------------------


def gc_pauses(es, fx, base, s, rng):
    g = np.zeros(fx.n)
    t = int(rng.integers(0, 10))
    while t < fx.n:
        g[t : t + int(rng.integers(1, 3))] = 1.0
        t += int(rng.integers(7, 16))
    fx.lat(s, g, float(rng.uniform(1.0, 2.5)))


def batch_plateau(es, fx, base, s, rng, at):
    on = np.full(fx.n, 0.3)
    on[at:] = float(rng.uniform(0.9, 1.4))
    fx.batch_on[s] = on
    g = np.zeros(fx.n)
    g[at:] = 1.0
    fx.sat(s, g, float(rng.uniform(0.35, 0.55)))


def rolling_deploy(es, fx, base, s, rng, at):
    for k in range(3):
        g = np.zeros(fx.n)
        g[at + 2 * k : at + 2 * k + 2] = 1.0
        fx.sat(s, g, 0.12)
        fx.lat(s, g, 0.12)


def traffic_surge(fx, rng, at):
    factor = float(rng.uniform(1.3, 1.7))
    g = np.zeros(fx.n)
    g[at:] = np.minimum(1.0, (np.arange(fx.n - at) + 1) / 4)
    fx.ingress = 1 + (factor - 1) * g
