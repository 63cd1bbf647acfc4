"""Fault models and distractors of bench/rca_blind5.py.

A fault is ``fn(es, base, root, p, rng, fx)``: ``p`` is its strength per minute (0..1, from ``physics.shape``), and
it writes only into ``fx``. ``Fault`` says where the fault can strike, which profiles it takes, whether its root can
lack metrics (no when its symptoms would point at another service), and what change (if any) a team would log.
The issue's kinds come first; the last five are this set's own (disk full, third-party outage, a bad deploy, a
stalled queue consumer, a capacity cut by an autoscaler or a hand scale-down).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from rca_blind5_estates import Estate
from rca_blind5_physics import Effects

ALL = ("step", "small", "ramp", "intermittent")


def pool_exhaustion(es, base, root, p, rng, fx, profile="step"):
    """The service's connection pool to its database is used up: it waits and times out; its db sees less."""
    Effects.add(fx.sat_add, root, (0.99 - base.util[root]) * np.minimum(p * 1.6, 1.0))
    Effects.mul(fx.lat_mult, root, 1 + rng.uniform(4, 9) * p)
    Effects.add(fx.err_add, root, rng.uniform(0.08, 0.25) * p)
    for db, _ in es.dbs_of(root):
        Effects.mul(fx.edge_mult, (root, db), 1 - rng.uniform(0.5, 0.7) * p)


def slow_db(es, base, root, p, rng, fx, profile="step"):
    """Bad plan / lock waits / IO: every query takes longer; IO wait shows as saturation."""
    Effects.mul(fx.lat_mult, root, 1 + rng.uniform(4, 14) * p)
    Effects.add(fx.sat_add, root, rng.uniform(0.2, 0.4) * p)


def retry_storm(es, base, root, p, rng, fx, profile="step"):
    """A short error burst, then callers' retries multiply the load and keep the service overloaded."""
    onset = int(np.argmax(p > 0))
    burst = np.zeros(fx.steps)
    burst[onset : onset + 3] = rng.uniform(0.15, 0.35)
    Effects.add(fx.err_add, root, burst)
    factor = rng.uniform(1.25, 1.7) / base.util[root]  # enough retries to push it well past its capacity
    amplified = 1 + (factor - 1) * p
    for c, _ in es.callers[root]:
        Effects.mul(fx.edge_mult, (c, root), amplified)
    for c, _ in es.callees[root]:  # it sheds the retried requests at admission: its dependencies see no more
        Effects.mul(fx.edge_mult, (root, c), 1 / amplified)


def _fallback(es, root, miss, fx):
    for c, w in es.callers[root]:
        dbs = es.dbs_of(c)
        total = sum(dw for _, dw in dbs)
        for db, dw in dbs:
            fx.virtual.setdefault(db, []).append((c, w * 0.85 * miss * dw / total))


def cache_fallback(es, base, root, p, rng, fx, profile="step"):
    """Cache nodes fail; callers fall back to their database, which takes the hits the cache used to absorb."""
    Effects.add(fx.err_add, root, rng.uniform(0.5, 0.95) * p)
    Effects.mul(fx.lat_mult, root, 1 + rng.uniform(2, 6) * p)
    _fallback(es, root, p, fx)


def cache_stampede(es, base, root, p, rng, fx, profile="step"):
    """The cache is flushed (or hot keys expire): misses stampede to the database while it refills."""
    steps = fx.steps
    miss = np.zeros(steps)
    tau = rng.uniform(7, 14)
    starts = [t for t in range(steps) if p[t] > 0 and (t == 0 or p[t - 1] == 0)]
    depth = rng.uniform(0.5, 0.7) if profile == "intermittent" else float(p.max())
    for t0 in starts:
        t = np.arange(steps - t0)
        miss[t0:] = np.maximum(miss[t0:], depth * np.exp(-t / tau))
    Effects.add(fx.sat_add, root, -base.util[root] * miss * 0.9)
    Effects.mul(fx.lat_mult, root, 1 + 2.5 * miss)
    Effects.add(fx.err_add, root, 0.03 * miss)
    _fallback(es, root, miss, fx)


def cert_expiry(es, base, root, p, rng, fx, profile="step"):
    """The service's TLS certificate expired: callers' handshakes fail, the service sees its traffic vanish."""
    for c, _ in es.callers[root]:
        Effects.add(fx.edge_fail, (c, root), 0.97 * p)
        Effects.mul(fx.edge_mult, (c, root), 1 - 0.97 * p)


def dns_failure(es, base, root, p, rng, fx, profile="step"):
    """Resolver pods fail or a bad zone is pushed: lookups time out or return SERVFAIL."""
    Effects.add(fx.err_add, root, rng.uniform(0.6, 0.95) * p)
    Effects.mul(fx.lat_mult, root, 1 + rng.uniform(20, 60) * p)
    Effects.add(fx.sat_add, root, 0.3 * p)


def thread_starvation(es, base, root, p, rng, fx, profile="step"):
    """Worker threads blocked on something slow: the service can serve far fewer requests."""
    Effects.mul(fx.cap_mult, root, 1 - rng.uniform(0.5, 0.7) * p)
    Effects.add(fx.sat_add, root, 0.15 * p)


def memory_leak(es, base, root, p, rng, fx, profile="step"):
    """Memory climbs, GC thrashes, the container is OOM-killed and restarts; repeat."""
    steps = fx.steps
    onset = int(np.argmax(p > 0))
    period = {"step": rng.uniform(6, 10), "ramp": rng.uniform(25, 40), "small": 1e9}.get(profile, rng.uniform(12, 18))
    top = 0.99 if period < 1e8 else base.util[root] + rng.uniform(0.28, 0.4)
    mem = np.zeros(steps)
    kill = np.zeros(steps)
    level = 0.0
    for t in range(onset, steps):
        level += (top - base.util[root]) / period
        if level >= top - base.util[root]:
            kill[t : t + 2] = 1.0
            level = 0.05
        mem[t] = level
    Effects.add(fx.sat_add, root, mem)
    pressure = np.clip((base.util[root] + mem - 0.8) / 0.2, 0.0, 1.0)
    Effects.mul(fx.lat_mult, root, (1 + 1.2 * pressure) * (1 + 2.0 * kill) * (1 + 0.3 * (mem > 0)))
    Effects.add(fx.err_add, root, rng.uniform(0.12, 0.3) * kill)


def noisy_neighbour(es, base, root, p, rng, fx, profile="step"):
    """Another tenant on the same nodes eats CPU and memory bandwidth (not in the graph)."""
    Effects.mul(fx.cap_mult, root, 1 - rng.uniform(0.35, 0.5) * p)
    Effects.mul(fx.lat_mult, root, 1 + rng.uniform(0.4, 0.9) * p)


def disk_full(es, base, root, p, rng, fx, profile="step"):
    """The data volume fills up: writes fail once it is full."""
    Effects.add(fx.sat_add, root, (0.995 - base.util[root]) * p)
    Effects.add(fx.err_add, root, rng.uniform(0.3, 0.6) * p**3)
    Effects.mul(fx.lat_mult, root, 1 + 0.6 * p**3)


def third_party_outage(es, base, root, p, rng, fx, profile="step"):
    """A provider degrades: slow answers and 5xx."""
    Effects.add(fx.err_add, root, rng.uniform(0.25, 0.8) * p)
    Effects.mul(fx.lat_mult, root, 1 + rng.uniform(3, 10) * p)


def bad_deploy(es, base, root, p, rng, fx, profile="step"):
    """A release with a bug on one code path: 5xx on part of the requests."""
    Effects.add(fx.err_add, root, rng.uniform(0.05, 0.25) * p)
    Effects.mul(fx.lat_mult, root, 1 + 0.3 * p)


def consumer_stall(es, base, root, p, rng, fx, profile="step"):
    """The consumer deadlocks on a poison message or a lost partition lease: the backlog grows."""
    Effects.mul(fx.throughput, root, 1 - 0.95 * p)
    Effects.mul(fx.lat_mult, root, 1 + rng.uniform(8, 20) * p)


def capacity_cut(es, base, root, p, rng, fx, profile="step"):
    """Replicas cut by a bad HPA minimum or a manual scale-down: same traffic on fewer pods."""
    Effects.mul(fx.cap_mult, root, 1 - rng.uniform(0.45, 0.6) * p)


@dataclass(frozen=True)
class Fault:
    fn: object
    targets: tuple[str, ...]
    profiles: tuple[str, ...] = ALL
    hideable: bool = True
    change: str | None = None  # the change kind a team logs for it (None: nothing is ever logged)
    details: tuple[str, ...] = ()


FAULTS: dict[str, Fault] = {
    "pool_exhaustion": Fault(
        pool_exhaustion,
        ("api", "bff", "worker"),
        change="config",
        details=(
            "hikari maximumPoolSize 40 -> 8",
            "pgbouncer pool_mode=session",
            "db.pool.max=5 (was 50) per review #2231",
            "new ORM version, conns not released",
        ),
    ),
    "slow_db": Fault(
        slow_db,
        ("db",),
        change="deploy",
        details=(
            "migration 0412_add_idx_on_created_at",
            "schema change: drop partial index",
            "pg 15.6 -> 15.7 minor upgrade",
            "stats reset + autovacuum off (oops)",
        ),
    ),
    "retry_storm": Fault(retry_storm, ("api",), ("step", "small", "ramp")),
    "cache_fallback": Fault(
        cache_fallback,
        ("cache",),
        hideable=False,
        change="restart",
        details=(
            "redis cluster node rotation",
            "elasticache failover test",
            "memcached pods rescheduled",
            "valkey 8.0 rolling restart",
        ),
    ),
    "cache_stampede": Fault(
        cache_stampede,
        ("cache",),
        ("step", "small", "intermittent"),
        hideable=False,
        change="clear_cache",
        details=(
            "FLUSHALL after bad price import",
            "cache purge prefix=*",
            "TTL 3600 -> 60 on hot keys",
            "cache warmup skipped",
        ),
    ),
    "cert_expiry": Fault(cert_expiry, ("api", "bff", "external"), ("step", "small")),
    "dns_failure": Fault(
        dns_failure,
        ("dns",),
        ("step", "small", "intermittent"),
        change="config",
        details=(
            "Corefile: forward . 10.0.0.2 (typo)",
            "ndots 5 -> 2 rollout",
            "coredns 1.11 upgrade",
            "stub zone for corp.internal added",
        ),
    ),
    "thread_starvation": Fault(
        thread_starvation,
        ("api", "bff", "gateway"),
        change="deploy",
        details=(
            "sync call to audit log in request path",
            "tomcat maxThreads 200 -> 20",
            "blocking JDBC in reactor thread",
            "new PDF renderer in handler",
        ),
    ),
    "memory_leak": Fault(
        memory_leak,
        ("api", "bff", "worker"),
        change="deploy",
        details=(
            "v2.31.0: request cache without eviction",
            "upgrade jackson 2.17",
            "listener registered per request",
            "grpc channel per call",
        ),
    ),
    "noisy_neighbour": Fault(noisy_neighbour, ("api", "db", "worker")),
    "disk_full": Fault(disk_full, ("db",), ("step", "small", "ramp")),
    "third_party_outage": Fault(third_party_outage, ("external",)),
    "bad_deploy": Fault(
        bad_deploy,
        ("api", "bff", "gateway", "worker"),
        ("step", "small", "intermittent"),
        change="deploy",
        details=(
            "release 2026.3.14-rc2",
            "helm upgrade --set image.tag=9f3ac1e",
            "argo sync: feature flag new_checkout=on",
            "hotfix NPE in mapper",
        ),
    ),
    "consumer_stall": Fault(
        consumer_stall,
        ("worker",),
        ("step", "small", "intermittent"),
        hideable=False,
        change="deploy",
        details=("consumer lib 3.2 (new rebalance protocol)", "max.poll.records 500 -> 50000", "new message schema v7"),
    ),
    "capacity_cut": Fault(
        capacity_cut,
        ("api", "bff", "gateway"),
        ("step", "small"),
        change="scale",
        details=(
            "replicas 8 -> 3",
            "HPA minReplicas 6 -> 2",
            "karpenter consolidation: 2 nodes",
            "scale to 2 for cost review",
        ),
    ),
}


def candidates(es: Estate, kind: str) -> list[str]:
    """Services this fault can strike in ``es`` (a cache only if every caller has a database to fall back to)."""
    out = []
    for s, k in sorted(es.kinds.items()):
        if k not in FAULTS[kind].targets:
            continue
        if kind.startswith("cache") and not all(es.dbs_of(c) for c, _ in es.callers[s]):
            continue
        if kind in ("retry_storm", "cert_expiry") and not es.callers[s]:
            continue
        if kind == "pool_exhaustion" and not es.dbs_of(s):
            continue
        out.append(s)
    return out


def touched(es: Estate, kind: str, root: str) -> set[str]:
    """The root and the services its fault acts on directly (the databases of a cache's callers, a pool's db)."""
    if kind.startswith("cache"):
        return {root} | {db for c, _ in es.callers[root] for db, _ in es.dbs_of(c)}
    if kind == "pool_exhaustion":
        return {root} | {db for db, _ in es.dbs_of(root)}
    return {root}


# distractors: harmless things that move metrics, placed anywhere from minute 30 on


def gc_pauses(es, base, svc, t0, rng, fx):
    mult = np.ones(fx.steps)
    t = t0
    while t < fx.steps:
        mult[t] = rng.uniform(1.8, 3.2)
        t += int(rng.integers(4, 10))
    Effects.mul(fx.lat_mult, svc, mult)


def batch_plateau(es, base, svc, t0, rng, fx):
    level = np.ones(fx.steps)
    level[t0 : t0 + int(rng.integers(30, 70))] = rng.uniform(0.85, 0.95) / base.util[svc]
    Effects.mul(fx.load_mult, svc, level)


def rolling_deploy(es, base, svc, t0, rng, fx):
    blip = np.zeros(fx.steps)
    blip[t0 : t0 + int(rng.integers(3, 6))] = 1.0
    Effects.mul(fx.lat_mult, svc, 1 + 0.2 * blip)
    Effects.add(fx.err_add, svc, 0.003 * blip)


def traffic_surge(es, base, svc, t0, rng, fx):
    t = np.arange(fx.steps)
    fx.ingress = fx.ingress * (1 + rng.uniform(0.15, 0.3) * np.clip((t - t0) / rng.uniform(5, 15), 0, 1))


DISTRACTORS = {
    "gc_pauses": (gc_pauses, ("api", "bff", "worker", "gateway")),
    "batch_plateau": (batch_plateau, ("batch",)),
    "rolling_deploy": (rolling_deploy, ("api", "bff", "worker", "gateway")),
    "traffic_surge": (traffic_surge, ("gateway",)),
}
