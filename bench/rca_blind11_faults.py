"""Fault models and distractors of the eleventh blind RCA set (rca_blind11.py), written blind for it.

A fault is ``(eligible, apply, hideable, changes)``: which services can be its root, what it does to the
``Effects`` given its strength over time ``m`` (0 before the onset; the profile's shape after it), whether its root
may lack metrics, and the changes it may leave in the log (``None``: none). Sixteen kinds: the issue's ten and six
of this set's own (quota_exhausted, broker_backlog, sidecar_mtls, disk_full, bad_flag, clock_skew).
"""

from __future__ import annotations

import numpy as np
from rca_blind11_estates import Estate
from rca_blind11_physics import Effects, Params

APP = {"svc", "api", "worker"}


def _sync_callees(es: Estate, s: str, kinds=None) -> list[tuple[str, float]]:
    return [(b, w) for b, w in es.callees(s) if es.kinds[b] != "queue" and (kinds is None or es.kinds[b] in kinds)]


# ---- the kinds -------------------------------------------------------------------------------------------


def pool_exhaustion(es: Estate, fx: Effects, p: Params, r: str, m: np.ndarray, rng) -> None:
    """The service's DB connection pool is full: requests queue for a connection, time out; the DB sees less."""
    for d, _ in _sync_callees(es, r, {"db"}):
        fx.edge_mult[(r, d)] *= 1 - 0.7 * m
    fx.lat[r] += rng.uniform(250, 900) * m
    fx.err[r] += rng.uniform(0.08, 0.25) * m
    fx.sat[r] += 0.45 * m


def slow_db(es, fx, p, r, m, rng) -> None:
    """Lock contention or a bad plan: each query holds the DB longer."""
    fx.cap[r] /= 1 + rng.uniform(1.5, 3.5) * m
    fx.lat[r] += p.base_ms[r] * rng.uniform(10, 30) * m


def retry_storm(es, fx, p, r, m, rng) -> None:
    """Aggressive retries without backoff: the root multiplies its calls; its callees drown in them."""
    for b, _ in _sync_callees(es, r, {"svc", "db", "proxy"}):
        fx.edge_mult[(r, b)] *= 1 + rng.uniform(3, 7) * m
    fx.sat[r] += 0.25 * m
    fx.lat[r] += rng.uniform(60, 250) * m


def _read_through(es: Estate, cache: str) -> list[tuple[str, str]]:
    return [(c, d) for c, _ in es.callers(cache) for d, _ in _sync_callees(es, c, {"db"})]


def cache_fallback(es, fx, p, r, m, rng) -> None:
    """The cache refuses connections: its callers read every key from the database instead."""
    fx.err[r] += 0.7 * m
    fx.sat[r] -= 0.35 * m
    for c, d in _read_through(es, r):
        fx.edge_mult[(c, d)] *= 1 + rng.uniform(3, 6) * m
        fx.lat[c] += rng.uniform(5, 30) * m


def cache_stampede(es, fx, p, r, m, rng) -> None:
    """Hot keys expire together: every few minutes a herd of misses hits the database at once."""
    period = int(rng.integers(5, 11))
    t = np.arange(fx.steps)
    herd = m * np.exp(-((t % period) / 1.6))
    for c, _ in es.callers(r):
        fx.edge_mult[(c, r)] *= 1 + 1.5 * herd
    fx.sat[r] += 0.3 * herd
    fx.lat[r] += rng.uniform(3, 12) * herd
    for c, d in _read_through(es, r):
        fx.edge_mult[(c, d)] *= 1 + rng.uniform(5, 10) * herd


def cert_expiry(es, fx, p, r, m, rng) -> None:
    """The root's serving certificate expired: callers' handshakes fail at once; the root itself sees less."""
    for c, _ in es.callers(r):
        fx.edge_err[(c, r)] += 0.97 * m
        fx.edge_mult[(c, r)] *= 1 - 0.9 * m
        fx.edge_lat[(c, r)] -= 0.5 * p.base_ms[r] * m


def dns_failure(es, fx, p, r, m, rng) -> None:
    """The resolver answers SERVFAIL or times out: its clients cannot reach what they look up."""
    fx.err[r] += 0.6 * m
    fx.sat[r] += 0.3 * m
    for c, _ in es.callers(r):
        fx.edge_mult[(c, r)] *= 1 + 3 * m
        fx.err[c] += rng.uniform(0.15, 0.5) * m
        fx.lat[c] += rng.uniform(300, 2500) * m
        for b, _ in es.callees(c):
            if b != r:
                fx.edge_mult[(c, b)] *= 1 - 0.4 * m


def thread_starvation(es, fx, p, r, m, rng) -> None:
    """Blocking calls hold every worker thread: throughput falls, requests wait, some are rejected."""
    fx.cap[r] /= 1 + rng.uniform(2, 5) * m
    fx.lat[r] += rng.uniform(200, 1200) * m
    fx.err[r] += rng.uniform(0.02, 0.08) * m
    for b, _ in es.callees(r):
        fx.edge_mult[(r, b)] *= 1 - 0.45 * m


def memory_leak(es, fx, p, r, m, rng) -> None:
    """Memory grows until the container is OOM-killed and restarts, again and again."""
    period = int(rng.integers(9, 22))
    on = np.cumsum(m > 0)
    phase = np.where(m > 0, (on % period) / period, 0.0)
    fx.sat[r] += 0.6 * phase * np.minimum(m * 2.5, 1)
    fx.lat[r] += p.base_ms[r] * 4 * phase**4 * np.minimum(m * 2.5, 1)
    kill = (m > 0) & (on % period == 0)
    fx.err[r] += np.where(kill, rng.uniform(0.25, 0.6), 0.0) * np.minimum(m * 2.5, 1)
    fx.lat[r] += np.where(kill, rng.uniform(800, 3000), 0.0) * np.minimum(m * 2.5, 1)


def noisy_neighbour(es, fx, p, r, m, rng) -> None:
    """The root grabs the shared node's CPU and disk: its own load rises, its neighbours slow down."""
    fx.sat[r] += 0.5 * m
    fx.work[r] += rng.uniform(20, 80) * m
    for v in es.neighbours(r):
        fx.cap[v] /= 1 + rng.uniform(0.8, 2.0) * m
        fx.lat[v] += p.base_ms[v] * rng.uniform(1, 3) * m


# ---- this set's own kinds ----------------------------------------------------------------------------------------


def quota_exhausted(es, fx, p, r, m, rng) -> None:
    """A third party's daily quota runs out: it answers 429 quickly to every caller."""
    for c, _ in es.callers(r):
        fx.edge_err[(c, r)] += rng.uniform(0.5, 0.9) * m
        fx.edge_lat[(c, r)] -= 0.6 * p.base_ms[r] * m


def broker_backlog(es, fx, p, r, m, rng) -> None:
    """A broker's partitions stall: publishes wait for acks, consumers get nothing and sit idle."""
    fx.lat[r] += rng.uniform(150, 900) * m
    fx.sat[r] += 0.5 * m
    for c, _ in es.callers(r):
        if es.consumes(c, r):
            fx.edge_mult[(c, r)] *= 1 - 0.8 * m
            for b, _ in es.callees(c):
                if b != r:
                    fx.edge_mult[(c, b)] *= 1 - 0.75 * m
        else:
            fx.edge_lat[(c, r)] += rng.uniform(200, 1500) * m
            fx.edge_err[(c, r)] += 0.05 * m


def sidecar_mtls(es, fx, p, r, m, rng) -> None:
    """The root's mesh sidecar gets a policy it cannot satisfy: its outbound calls are refused before leaving."""
    for b, _ in _sync_callees(es, r):
        if es.kinds[b] != "dns":
            fx.edge_err[(r, b)] += 0.9 * m
            fx.edge_mult[(r, b)] *= 1 - 0.85 * m


def disk_full(es, fx, p, r, m, rng) -> None:
    """The root's volume fills: writes fail, the disk (saturation) pins at full."""
    fx.sat[r] += 0.9 * m
    fx.err[r] += rng.uniform(0.2, 0.6) * np.clip((m - 0.3) / 0.7, 0, 1) + 0.05 * m


def bad_flag(es, fx, p, r, m, rng) -> None:
    """A feature flag turns on a new code path for a share of users: it errs and it calls a dependency more."""
    fx.err[r] += rng.uniform(0.08, 0.3) * m
    fx.lat[r] += rng.uniform(40, 200) * m
    callees = _sync_callees(es, r)
    if callees:
        b = callees[int(rng.integers(len(callees)))][0]
        fx.edge_mult[(r, b)] *= 1 + rng.uniform(0.8, 2.5) * m


def clock_skew(es, fx, p, r, m, rng) -> None:
    """The root's clock runs ahead: the tokens it issues are not yet valid; clients fail and fetch again and again."""
    for c, _ in es.callers(r):
        fx.edge_err[(c, r)] += rng.uniform(0.2, 0.5) * m
        fx.edge_mult[(c, r)] *= 1 + rng.uniform(1.2, 2.5) * m


def _has(kinds):
    return lambda es, s: es.kinds[s] in kinds


FAULTS = {
    "pool_exhaustion": (
        lambda es, s: es.kinds[s] in APP and bool(_sync_callees(es, s, {"db"})),
        pool_exhaustion,
        True,
        [("config", "connection pool max {a} -> {b}"), ("deploy", "release {v}: new ORM session handling")],
    ),
    "slow_db": (_has({"db"}), slow_db, True, [("deploy", "migration {v}: drop index"), None]),
    "retry_storm": (
        lambda es, s: es.kinds[s] in APP and bool(_sync_callees(es, s, {"svc", "db", "proxy"})),
        retry_storm,
        False,
        [("config", "client retries {a} -> {b}, backoff disabled")],
    ),
    "cache_fallback": (
        lambda es, s: es.kinds[s] == "cache" and bool(_read_through(es, s)),
        cache_fallback,
        False,
        [("restart", "cache primary restarted"), ("config", "maxmemory-policy noeviction"), None],
    ),
    "cache_stampede": (
        lambda es, s: es.kinds[s] == "cache" and bool(_read_through(es, s)),
        cache_stampede,
        False,
        [("clear_cache", "flushed namespace v{a}"), ("deploy", "release {v}: uniform TTL 300s")],
    ),
    "cert_expiry": (
        lambda es, s: es.kinds[s] in APP | {"proxy", "db"} and bool(es.callers(s)),
        cert_expiry,
        True,
        [None],
    ),
    "dns_failure": (_has({"dns"}), dns_failure, True, [("config", "forwarders changed to {a}.{b}.0.53"), None]),
    "thread_starvation": (
        _has(APP),
        thread_starvation,
        True,
        [("deploy", "release {v}: sync client for reports"), ("config", "executor threads {b} -> {a}")],
    ),
    "memory_leak": (_has(APP), memory_leak, True, [("deploy", "release {v}")]),
    "noisy_neighbour": (
        lambda es, s: es.kinds[s] in APP | {"batch"} and len(es.neighbours(s)) >= 2,
        noisy_neighbour,
        False,
        [("scale", "parallelism {a} -> {b}"), ("deploy", "release {v}"), None],
    ),
    "quota_exhausted": (lambda es, s: es.kinds[s] == "ext" and len(es.callers(s)) >= 2, quota_exhausted, True, [None]),
    "broker_backlog": (_has({"queue"}), broker_backlog, False, [("restart", "broker-{a} restarted"), None]),
    "sidecar_mtls": (
        lambda es, s: es.kinds[s] in APP and len([b for b, _ in _sync_callees(es, s) if es.kinds[b] != "dns"]) >= 1,
        sidecar_mtls,
        True,
        [("config", "PeerAuthentication mode STRICT"), ("config", "DestinationRule tls ISTIO_MUTUAL")],
    ),
    "disk_full": (_has({"db", "queue"}), disk_full, True, [None, ("config", "log retention {a}d -> {b}d")]),
    "bad_flag": (
        lambda es, s: es.kinds[s] in APP and bool(_sync_callees(es, s)),
        bad_flag,
        True,
        [("config", "flag {f} on for {a}%")],
    ),
    "clock_skew": (
        lambda es, s: es.kinds[s] in APP and len(es.callers(s)) >= 1,
        clock_skew,
        True,
        [None, ("config", "ntp pool changed")],
    ),
}


# ---- distractors -------------------------------------------------------------------------------------------------


def gc_pauses(fx: Effects, p: Params, s: str, start: int, rng) -> None:
    period = int(rng.integers(5, 13))
    for i in range(start, fx.steps, period):
        fx.lat[s][i] += p.base_ms[s] * rng.uniform(2, 5)
        fx.sat[s][i] += 0.08


def batch_plateau(fx: Effects, p: Params, s: str, start: int, rng) -> None:
    end = min(fx.steps, start + int(rng.integers(25, 60)))
    fx.sat[s][start:end] += rng.uniform(0.3, 0.5)
    fx.work[s][start:end] += rng.uniform(5, 25)


def rolling_deploy(fx: Effects, p: Params, s: str, start: int, rng) -> None:
    for k in range(3):
        i = start + 4 * k
        if i < fx.steps:
            fx.lat[s][i] += p.base_ms[s] * 0.4
            fx.err[s][i] += 0.004
            fx.cap[s][i] *= 0.75


def traffic_surge(fx: Effects, p: Params, start: int, rng) -> None:
    peak = rng.uniform(1.25, 1.6)
    rise = int(rng.integers(3, 9))
    hold = int(rng.integers(15, 50))
    t = np.arange(fx.steps)
    up = np.clip((t - start) / rise, 0, 1) * np.clip((start + rise + hold + 6 - t) / 6, 0, 1)
    fx.ingress *= 1 + (peak - 1) * up
