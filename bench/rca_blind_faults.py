"""Fault and distractor models of the blind RCA set: what each does to the physics, and what gets logged.

Every fault has a root service (the one a careful on-call engineer would name and act on) and an activation
``a`` (0..1 per minute: a step, a ramp, or on/off bursts) scaled by a magnitude (normal or small). Each kind
returns the change that caused it (if one did), which the incident then logs on time, late or not at all.

The nine kinds the issue names, modelled from how they usually show up in practice, plus six of our own:
``bad_config_push``, ``consumer_lag``, ``rate_limited``, ``disk_full``, ``node_pool_loss``, ``hot_key``.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from rca_blind_estates import Estate

__all__ = ["DISTRACTORS", "FAULTS", "activation", "eligible", "extra_targets"]

Change = tuple[str, int, str] | None  # (kind, minute, detail)


def activation(steps: int, t0: int, shape: str, rng: np.random.Generator) -> np.ndarray:
    """0..1 per minute from ``t0``: ``step``, ``ramp`` (over 6-15 min) or ``intermittent`` (on/off bursts)."""
    a = np.zeros(steps)
    if shape == "step":
        a[t0:] = 1
    elif shape == "ramp":
        d = int(rng.integers(6, 16))
        a[t0:] = np.clip((np.arange(steps - t0) + 1) / d, 0, 1)
    else:
        t = t0
        while t < steps:
            on, off = int(rng.integers(2, 5)), int(rng.integers(2, 6))
            a[t : t + on] = 1
            t += on + off
    return a


def _pool(ph, fx, est, s, a, m, rng, t0):  # noqa: ANN001
    db = next(c for c in est.callees(s) if est.roles[c] == "db")
    fx.lat[s] *= 1 + 5 * m * a
    fx.err[s] += 0.06 * m * a
    fx.edge_traffic[(s, db)] *= 1 - 0.6 * np.minimum(m, 1) * a
    fx.cpu[s] -= 0.04 * a
    return ("config", t0, "hikari maximumPoolSize 40 -> 8") if rng.random() < 0.5 else None


def _slow_db(ph, fx, est, s, a, m, rng, t0):  # noqa: ANN001
    if rng.random() < 0.5:  # lock contention: slow, not busy
        fx.lat[s] *= 1 + 7 * m * a
        return None
    fx.lat[s] *= 1 + 4 * m * a  # a bad plan: slow and busy
    fx.cpu[s] += 0.35 * m * a
    return ("deploy", t0, "migration 0142_add_idx_orders_status (plan flip)") if rng.random() < 0.5 else None


def _retry_storm(ph, fx, est, s, a, m, rng, t0):  # noqa: ANN001
    blip = int(rng.integers(2, 4))
    fx.err[s][t0 : t0 + blip] += 0.7
    after = np.zeros(fx.steps)
    after[t0:] = 1
    for c in est.callers(s):
        ph.retries[c] = max(ph.retries[c], 2)
        fx.edge_traffic[(c, s)] *= 1 + 1.6 * m * after
    return ("deploy", t0, "rollout v3.14.2") if rng.random() < 0.35 else None


def _stampede(ph, fx, est, s, a, m, rng, t0):  # noqa: ANN001
    if rng.random() < 0.5:  # failed over to an empty replica: a short outage, then everything misses
        fx.err[s][t0 : t0 + int(rng.integers(1, 3))] += 0.5
        fx.miss[s] += np.minimum(m, 1) * a
        fx.cpu[s] += 0.12 * a  # filling and evicting
    else:
        fx.err[s] += 0.9 * np.minimum(m, 1) * a  # down: callers fall back to the database
    return ("restart", t0, "redis failover") if rng.random() < 0.5 else None


def _cert(ph, fx, est, s, a, m, rng, t0):  # noqa: ANN001
    share = min(m, 1.0)  # small: only some replicas still serve the expired certificate
    for c in est.callers(s):
        fx.edge_err[(c, s)] += share * a
    fx.inbound[s] *= 1 - share * a
    return None


def _dns(ph, fx, est, s, a, m, rng, t0):  # noqa: ANN001
    share = min(m, 1.0)
    for c in est.callers(s):
        lag = int(rng.integers(0, 6))  # each caller's resolver cache expires at its own time
        shifted = np.concatenate([np.zeros(lag), a[: fx.steps - lag]])
        fx.edge_err[(c, s)] += share * shifted
        fx.edge_lat[(c, s)] += 300 * shifted
    fx.inbound[s] *= 1 - share * a
    return ("config", t0, "svc record moved to mesh DNS") if rng.random() < 0.4 else None


def _threads(ph, fx, est, s, a, m, rng, t0):  # noqa: ANN001
    fx.lat[s] *= 1 + 8 * m * a
    fx.err[s] += 0.08 * m * a
    fx.cpu[s] -= 0.05 * a
    for c in est.callees(s):
        fx.edge_traffic[(s, c)] *= 1 - 0.5 * np.minimum(m, 1) * a
    return ("deploy", t0, "sync call to geo lookup in request path") if rng.random() < 0.5 else None


def _leak(ph, fx, est, s, a, m, rng, t0):  # noqa: ANN001
    start = max(t0 - int(rng.integers(20, 46)), 5)
    gc = np.zeros(fx.steps)
    gc[start:t0] = np.linspace(0, 0.22 * m, t0 - start)
    t, period = t0, int(rng.integers(4, 10))
    while t < fx.steps:
        down = int(rng.integers(1, 3))
        fx.err[s][t : t + down] += 0.35 * m
        fx.lat[s][t : t + down] *= 2.5
        fx.cap[s][t : t + down] *= 0.5
        gc[t + down : t + period] = np.linspace(0, 0.12 * m, max(period - down, 0))[: len(gc[t + down : t + period])]
        t += period
    fx.cpu[s] += gc
    return ("deploy", start, "release 2026.03-rc4") if rng.random() < 0.6 else None


def _neighbour(ph, fx, est, s, a, m, rng, t0):  # noqa: ANN001
    fx.cap[s] *= 1 - 0.45 * np.minimum(m, 1.2) * a
    fx.lat[s] *= 1 + 0.3 * m * a
    return None


def _bad_config(ph, fx, est, s, a, m, rng, t0):  # noqa: ANN001
    fx.err[s] += float(rng.uniform(0.04, 0.25)) * m * a
    fx.lat[s] *= 1 + 0.2 * a
    return ("config", t0, "flag checkout.v2-tax=true (all regions)")


def _lag(ph, fx, est, s, a, m, rng, t0):  # noqa: ANN001
    q = est.queues[s]
    fx.lat[s] *= 1 + 4 * m * a
    fx.cpu[s] += 0.25 * m * a
    fx.consume[s] *= 1 - 0.5 * np.minimum(m, 1) * a
    fx.backlog[q] += np.clip(np.cumsum(0.012 * m * a), 0, 0.6)
    return ("deploy", t0, "consumer v2 (batch size 500 -> 5000)") if rng.random() < 0.4 else None


def _rate_limited(ph, fx, est, s, a, m, rng, t0):  # noqa: ANN001
    share = float(rng.uniform(0.15, 0.45)) * min(m, 1.2)
    for c in est.callers(s):
        fx.edge_err[(c, s)] += share * a
    fx.inbound[s] *= 1 - share * a
    return (
        ("config", t0, "quota per client 500 rps -> 200 rps")
        if est.roles[s] != "external" and rng.random() < 0.5
        else None
    )


def _disk_full(ph, fx, est, s, a, m, rng, t0):  # noqa: ANN001
    fx.err[s] += float(rng.uniform(0.2, 0.5)) * min(m, 1.2) * a
    fx.lat[s] *= 1 + 0.5 * a
    return None


def _node_pool(ph, fx, est, s, a, m, rng, t0):  # noqa: ANN001
    fx.cap[s] *= 1 - 0.45 * np.minimum(m, 1) * a
    fx.err[s][t0 : t0 + 2] += 0.2 * min(m, 1)
    fx.lat[s] *= 1 + 0.15 * a
    return ("scale", t0 + int(rng.integers(4, 10)), "hpa: replicas 12 -> 18") if rng.random() < 0.5 else None


def _hot_key(ph, fx, est, s, a, m, rng, t0):  # noqa: ANN001
    fx.cpu[s] += 0.5 * m * a
    fx.lat[s] *= 1 + 6 * m * a
    return None


FaultFn = Callable[..., Change]
FAULTS: dict[str, FaultFn] = {
    "pool_exhaustion": _pool,
    "slow_db": _slow_db,
    "retry_storm": _retry_storm,
    "cache_stampede": _stampede,
    "cert_expiry": _cert,
    "dns_failure": _dns,
    "thread_starvation": _threads,
    "memory_leak_oom": _leak,
    "noisy_neighbour": _neighbour,
    "bad_config_push": _bad_config,
    "consumer_lag": _lag,
    "rate_limited": _rate_limited,
    "disk_full": _disk_full,
    "node_pool_loss": _node_pool,
    "hot_key": _hot_key,
}

_ROLES = {
    "pool_exhaustion": {"api"},
    "slow_db": {"db"},
    "retry_storm": {"api", "search", "model"},
    "cache_stampede": {"cache"},
    "cert_expiry": {"api", "db", "search", "model", "cache"},
    "dns_failure": {"api", "db", "search", "model", "cache"},
    "thread_starvation": {"api"},
    "memory_leak_oom": {"api", "model", "worker", "search"},
    "noisy_neighbour": {"api", "db", "model", "search"},
    "bad_config_push": {"api", "worker"},
    "consumer_lag": {"worker"},
    "rate_limited": {"api", "external"},
    "disk_full": {"db"},
    "node_pool_loss": {"api", "model", "search"},
    "hot_key": {"cache"},
}
_CALLERS_NEEDED = {"retry_storm": 2, "cert_expiry": 2, "dns_failure": 2, "rate_limited": 2}  # callers all degrade


def eligible(est: Estate, kind: str, service: str, dark: set[str]) -> bool:
    """Whether ``service`` can be the root of a ``kind`` fault that a reviewer could pin on it."""
    if est.roles[service] not in _ROLES[kind]:
        return False
    lit_callers = [c for c in est.callers(service) if c not in dark]
    if service in dark and len(lit_callers) < 2:
        return False  # one caller degrading alone could be that caller's own fault
    if len(lit_callers) < _CALLERS_NEEDED.get(kind, 0):
        return False
    if kind == "pool_exhaustion" and not any(est.roles[c] == "db" for c in est.callees(service)):
        return False
    if kind == "cache_stampede" and (service not in est.caches or not lit_callers):
        return False
    if kind == "consumer_lag" and service not in est.queues:
        return False
    if kind == "rate_limited" and est.roles[service] == "external" and len(lit_callers) < 2:
        return False
    return est.roles[service] != "external" or kind == "rate_limited"


def extra_targets(est: Estate, kind: str, service: str) -> set[str]:
    """Services a fault touches besides its root and the root's callers (kept apart from other roots)."""
    if kind == "cache_stampede":
        return {est.caches[service]}
    if kind == "consumer_lag":
        return {est.queues[service], *est.callees(service)}
    if kind in ("pool_exhaustion", "thread_starvation"):
        return set(est.callees(service))
    return set()


# Distractors: they move metrics but are not incidents (checked in rca_blind: none may hurt users).
def _gc(ph, fx, est, s, ts, rng):  # noqa: ANN001
    t = ts
    while t < fx.steps:
        fx.lat[s][t] *= float(rng.uniform(1.8, 3.0))
        t += int(rng.integers(5, 11))
    return None


def _batch(ph, fx, est, s, ts, rng):  # noqa: ANN001
    end = ts + int(rng.integers(20, 46))
    fx.cpu[s][ts:end] += float(rng.uniform(0.15, 0.3))
    return None


def _rolling(ph, fx, est, s, ts, rng):  # noqa: ANN001
    for k in range(int(rng.integers(3, 6))):
        fx.cap[s][ts + 2 * k : ts + 2 * k + 1] *= 0.8
        fx.lat[s][ts + 2 * k : ts + 2 * k + 1] *= 1.12
    return ("deploy", ts, "rolling update, maxUnavailable=1")


def _surge(ph, fx, est, s, ts, rng):  # noqa: ANN001
    up = float(rng.uniform(0.25, 0.5))
    fx.surge[s][ts:] *= 1 + up * np.clip((np.arange(fx.steps - ts) + 1) / 10, 0, 1)
    return None


DISTRACTORS: dict[str, tuple[Callable, set[str]]] = {
    "gc_pauses": (_gc, {"api", "model", "search", "worker"}),
    "batch_plateau": (_batch, {"db", "api", "search", "worker"}),
    "rolling_deploy": (_rolling, {"api", "model", "worker"}),
    "traffic_surge": (_surge, set()),  # on an entry service
}
