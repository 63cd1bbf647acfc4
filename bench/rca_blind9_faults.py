"""Fault kinds and distractors of the ninth blind RCA set (bench/rca_blind9.py), written for it.

Each fault turns a ``Scene``'s knobs from its onset, scaled by an envelope (the profile: step, small, ramp,
intermittent) and a severity, and returns the services it touches directly (where a decoy change may land).
The root is the service a reviewer would name in the postmortem:

- pool_exhaustion: the app's connection pool to its database is too small; requests wait for a connection and
  time out, the database sees *fewer* queries (root: the app);
- slow_db: lock contention or a bad plan makes a database slow and busy (root: the database);
- retry_storm: a caller retries a callee without backoff; the callee drowns under the extra calls (root: the caller);
- cache_fallback: a cache loses its contents / nodes; callers go to their database instead (root: the cache);
- cache_stampede: a hot key expires every few minutes and every caller rebuilds it at once (root: the cache);
- cert_expiry: a service's serving certificate expires; callers' handshakes fail fast, the service goes quiet;
- dns_failure: the internal resolver fails; every service resolving through it loses calls to its callees;
- thread_starvation: a service's worker pool is blocked; it is saturated, slow and rejects work;
- memory_leak: a service's memory climbs until it is OOM-killed and restarts, again and again;
- noisy_neighbour: a batch job or worker hogs the node it shares with other services (root: the hog);
- bad_config_push (own): a config push breaks one request path: errors only, no slowdown;
- broker_partition_loss (own): the shared broker loses partition leaders; producers wait for acks and fail,
  consumers idle (root: the broker);
- disk_full (own): a database's volume fills; writes fail fast;
- third_party_outage (own): a vendor API (never observed) hangs and errors;
- clock_skew (own): the auth service's clock drifts; the tokens it mints are rejected by the services that check
  them, while its own metrics barely move;
- sidecar_crashloop (own): an inbound mesh proxy crash-loops; callers are refused, the service behind it idles.
"""

from __future__ import annotations

import numpy as np
from rca_blind9_estates import Estate
from rca_blind9_physics import Scene


def envelope(T: int, onset: int, profile: str, rng) -> np.ndarray:
    e = np.zeros(T)
    n = T - onset
    if profile == "step":
        e[onset:] = 1.0
    elif profile == "small":
        e[onset:] = rng.uniform(0.15, 0.3)
    elif profile == "ramp":
        width = int(rng.integers(15, 40))
        e[onset:] = np.minimum(np.arange(1, n + 1) / width, 1.0)
    else:  # intermittent
        t = onset
        while t < T:
            on = int(rng.integers(2, 7))
            e[t : t + on] = rng.uniform(0.7, 1.1)
            t += on + int(rng.integers(3, 11))
    return e


def _db_callees(es: Estate, s: str) -> list[tuple[str, float]]:
    return [(c, w) for c, w in es.callees(s) if es.kinds[c] == "db"]


def eligible(es: Estate, kind: str) -> list[str]:
    k = es.kinds
    if kind == "pool_exhaustion":
        return [s for s in es.of_kind("api", "svc", "auth", "worker") if _db_callees(es, s)]
    if kind in ("slow_db", "disk_full"):
        return [s for s in es.of_kind("db") if es.callers(s)]
    if kind == "retry_storm":
        return [
            s for s in es.of_kind("api", "svc", "edge", "worker") if any(k[c] not in ("ext",) for c, _ in es.callees(s))
        ]
    if kind in ("cache_fallback", "cache_stampede"):
        return [s for s in es.of_kind("cache") if any(_db_callees(es, c) for c, _ in es.callers(s))]
    if kind == "cert_expiry":
        return [s for s in es.of_kind("api", "svc", "auth") if es.callers(s)]
    if kind == "dns_failure":
        return es.of_kind("dns")
    if kind in ("thread_starvation", "memory_leak", "bad_config_push"):
        return [s for s in es.of_kind("api", "svc", "auth") if es.callers(s)]
    if kind == "noisy_neighbour":
        return sorted(es.hosts)
    if kind == "broker_partition_loss":
        return es.of_kind("broker")
    if kind == "third_party_outage":
        return [s for s in es.of_kind("ext") if len(es.callers(s)) >= 2]
    if kind == "clock_skew":
        return es.of_kind("auth")
    if kind == "sidecar_crashloop":
        return es.of_kind("sidecar")
    raise KeyError(kind)


def pool_exhaustion(sc: Scene, es: Estate, s: str, e: np.ndarray, sev: float, rng) -> list[str]:
    for db, _ in _db_callees(es, s):
        sc.edge_cut(s, db)[:] += np.clip(0.55 * sev * e, 0, 0.9)
    sc.stall[s] += 900 * sev * e
    sc.busy[s] += 0.25 * sev * e
    return [s] + [db for db, _ in _db_callees(es, s)]


def slow_db(sc, es, s, e, sev, rng):
    sc.slow[s] *= 1 + 7 * sev * e
    sc.busy[s] += 0.3 * sev * e
    return [s] + [c for c, _ in es.callers(s)]


def retry_storm(sc, es, s, e, sev, rng):
    targets = [c for c, _ in es.callees(s) if es.kinds[c] != "ext"]
    target = targets[int(rng.integers(len(targets)))]
    sc.edge_amp(s, target)[:] *= 1 + 5 * sev * e
    sc.cpu[target] *= 1 + 0.8 * sev * e
    sc.busy[s] += 0.12 * sev * e
    return [s, target]


def cache_fallback(sc, es, s, e, sev, rng):
    touched = [s]
    for c, wc in es.callers(s):
        sc.edge_amp(c, s)[:] *= 1 - 0.85 * np.clip(e, 0, 1)
        for db, wd in _db_callees(es, c):
            sc.edge_amp(c, db)[:] *= 1 + min(wc / wd, 6.0) * 0.9 * sev * e
            touched += [c, db]
    sc.own_err[s] += 0.06 * sev * e
    sc.busy[s] -= 0.15 * np.clip(e, 0, 1)
    return touched


def cache_stampede(sc, es, s, e, sev, rng):
    T = sc.T
    ttl = int(rng.integers(5, 12))
    burst = np.zeros(T)
    on = np.nonzero(e > 0)[0]
    if len(on):
        for t in range(int(on[0]), T, ttl):
            burst[t : t + int(rng.integers(1, 4))] = 1.0
    b = burst * e
    touched = [s]
    for c, wc in es.callers(s):
        for db, wd in _db_callees(es, c):
            sc.edge_amp(c, db)[:] *= 1 + min(wc / wd, 6.0) * 1.6 * sev * b
            touched += [c, db]
        sc.stall[c] += 120 * sev * b
    sc.slow[s] *= 1 + 3 * sev * b
    sc.busy[s] += 0.2 * sev * b
    return touched


def cert_expiry(sc, es, s, e, sev, rng):
    callers = es.callers(s)
    share = 1.0 if e.max() > 0.5 else 0.6
    touched = [s]
    for i, (c, _) in enumerate(callers):
        if share < 1 and i % 2:
            continue
        sc.edge_cut(c, s)[:] += np.clip(0.96 * np.clip(e / max(e.max(), 1e-9), 0, 1) * min(sev, 1.0), 0, 0.98)
        touched.append(c)
    return touched


def dns_failure(sc, es, s, e, sev, rng):
    touched = [s]
    for c, _ in es.callers(s):
        for b, _ in es.callees(c):
            if b != s:
                sc.edge_cut(c, b)[:] += np.clip(0.55 * sev * e, 0, 0.95)
        touched.append(c)
    sc.slow[s] *= 1 + 12 * sev * e
    sc.own_err[s] += 0.4 * sev * e
    return touched


def thread_starvation(sc, es, s, e, sev, rng):
    sc.busy[s] += 0.65 * sev * e
    sc.slow[s] *= 1 + 4 * sev * e
    sc.own_err[s] += 0.12 * sev * e
    for c, _ in es.callees(s):
        sc.edge_amp(s, c)[:] *= 1 - 0.4 * np.clip(e, 0, 1)
    return [s] + [c for c, _ in es.callers(s)]


def memory_leak(sc, es, s, e, sev, rng):
    T = sc.T
    on = np.nonzero(e > 0)[0]
    if not len(on):
        return [s]
    rate = float(rng.uniform(0.03, 0.08)) * sev * float(e[on].mean())
    mem = np.zeros(T)
    m = 0.0
    crash = np.zeros(T)
    for t in range(int(on[0]), T):
        m += rate
        if m >= 1.0:
            crash[t : t + int(rng.integers(1, 3))] = 1.0
            m = 0.0
        mem[t] = m
    sc.busy[s] += 0.55 * mem
    sc.slow[s] *= 1 + 2.5 * np.clip(mem - 0.6, 0, None) / 0.4 + 2 * crash
    sc.own_err[s] += 0.45 * crash
    return [s] + [c for c, _ in es.callers(s)]


def noisy_neighbour(sc, es, s, e, sev, rng):
    sc.busy[s] += 0.55 * sev * e
    sc.inflow[s] *= 1 + 1.5 * e
    for v in es.hosts[s]:
        sc.slow[v] *= 1 + 1.6 * sev * e
        sc.busy[v] += 0.22 * sev * e
    return [s, *es.hosts[s]]


def bad_config_push(sc, es, s, e, sev, rng):
    sc.own_err[s] += 0.3 * sev * e
    return [s] + [c for c, _ in es.callers(s)]


def broker_partition_loss(sc, es, s, e, sev, rng):
    sc.slow[s] *= 1 + 9 * sev * e
    sc.own_err[s] += 0.18 * sev * e
    sc.busy[s] += 0.1 * sev * e
    touched = [s]
    for c, _ in es.callers(s):
        touched.append(c)
        if es.kinds[c] == "worker":  # consumers idle and pass less downstream
            sc.inflow[c] *= 1 - 0.6 * np.clip(e, 0, 1)
    return touched


def disk_full(sc, es, s, e, sev, rng):
    sc.own_err[s] += 0.45 * sev * e
    sc.slow[s] *= 1 - 0.25 * np.clip(e, 0, 1)
    sc.busy[s] += 0.05 * e
    return [s] + [c for c, _ in es.callers(s)]


def third_party_outage(sc, es, s, e, sev, rng):
    sc.slow[s] *= 1 + 16 * sev * e
    sc.own_err[s] += 0.5 * sev * e
    return [s] + [c for c, _ in es.callers(s)]


def clock_skew(sc, es, s, e, sev, rng):
    for c, w in es.callers(s):
        sc.own_err[c] += 0.45 * sev * w * e
    sc.own_err[s] += 0.015 * e
    return [s] + [c for c, _ in es.callers(s)]


def sidecar_crashloop(sc, es, s, e, sev, rng):
    T = sc.T
    down = np.zeros(T)
    on = np.nonzero(e > 0)[0]
    if len(on):
        t, gap = int(on[0]), 2
        while t < T:
            d = int(rng.integers(1, 3))
            down[t : t + d] = 1.0
            t += d + gap
            gap = min(gap + 1, 6)
    d = np.clip(down * np.clip(e, 0, 1) * min(sev, 1.0) + 0.25 * np.clip(e, 0, 1), 0, 0.95)
    for c, _ in es.callers(s):
        sc.edge_cut(c, s)[:] += d
    sc.slow[s] *= 1 + 2 * d
    sc.own_err[s] += 0.1 * d
    return [s] + [c for c, _ in es.callers(s)] + [b for b, _ in es.callees(s)]


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
    "bad_config_push": bad_config_push,
    "broker_partition_loss": broker_partition_loss,
    "disk_full": disk_full,
    "third_party_outage": third_party_outage,
    "clock_skew": clock_skew,
    "sidecar_crashloop": sidecar_crashloop,
}
NO_RAMP = {"cert_expiry"}  # an expired certificate does not expire gradually

# the real change each kind may leave: (change kind, phrasings); kinds absent leave none
CHANGE = {
    "pool_exhaustion": (
        "config",
        ["hikari maximumPoolSize 48 -> 6 (ticket OPS-3381)", "db pool: max_conns lowered for cost review"],
    ),
    "retry_storm": (
        "config",
        ["client retries: attempts 2 -> 7, backoff disabled", "resilience4j retry profile 'aggressive' enabled"],
    ),
    "thread_starvation": (
        "deploy",
        ["release 2026.48.3: blocking audit call moved onto request threads", "v5.12.0 (sync PDF render in handler)"],
    ),
    "memory_leak": (
        "deploy",
        ["release 7.3.0: new in-process session map", "build 8841: switch to streaming json parser"],
    ),
    "bad_config_push": ("config", ["flag 'new-pricing-path' -> 100%", "routing table v219 pushed to all pods"]),
    "sidecar_crashloop": ("deploy", ["mesh proxy 1.22.3 -> 1.23.0", "envoy bootstrap: new rate-limit filter"]),
    "slow_db": (
        "config",
        ["migration 0142: drop idx_booking_ref (thought unused)", "autovacuum disabled on hot table"],
    ),
    "clock_skew": (
        "config",
        ["chrony: internal ntp pool switched to ntp-legacy", "VM image rebuilt, time sync agent missing"],
    ),
    "dns_failure": ("config", ["resolver: forward zone for svc.internal edited", "coredns cache plugin ttl 0"]),
}
SOMETIMES_NONE = {"slow_db", "clock_skew", "dns_failure"}  # these often happen with no change at all


# ---- distractors: they move metrics but explain no incident -----------------------------------------------------


def gc_pauses(sc: Scene, es: Estate, s: str, start: int, rng) -> None:
    t = start
    while t < sc.T:
        sc.slow[s][t] *= rng.uniform(2.2, 4.0)
        t += int(rng.integers(6, 14))


def batch_plateau(sc: Scene, es: Estate, s: str, start: int, rng) -> None:
    end = min(sc.T, start + int(rng.integers(25, 55)))
    sc.busy[s][start:end] += rng.uniform(0.3, 0.5)


def rolling_deploy(sc: Scene, es: Estate, s: str, start: int, rng) -> None:
    t = start
    for _ in range(int(rng.integers(3, 6))):
        sc.busy[s][t : t + 2] += 0.12
        sc.slow[s][t : t + 2] *= 1.35
        sc.own_err[s][t : t + 1] += 0.004
        t += int(rng.integers(2, 5))


def traffic_surge(sc: Scene, es: Estate, s: str, start: int, rng) -> None:
    width = int(rng.integers(20, 45))
    up = rng.uniform(0.3, 0.6)
    ramp = np.clip(np.minimum(np.arange(sc.T) - start, start + width - np.arange(sc.T)) / 6.0, 0, 1)
    sc.inflow[s] *= 1 + up * ramp
