"""Fault models and distractors of the third blind RCA set.

A fault is ``apply(es, eff, root, a, rng)`` where ``a`` is its intensity per minute (0 before the onset, shaped by
the profile). Ten kinds come from the issue; six are this writer's own picks from real incidents: a bad code
deploy (errors, or a canary that ramps), a third party throttling (429s; never has metrics of its own), a disk
filling up until writes fail, packet loss on a node, a queue consumer in a crash loop, and an autoscaler cap.
Each kind says which services it can hit, which profiles make sense, whether its root may be one without
metrics, and which change (if any) triggered it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from rca_blind3_estates import Estate
from rca_blind3_physics import Effects

PROFILES = ("step", "small", "ramp", "intermittent")


def shape(profile: str, steps: int, onset: int, rng: np.random.Generator) -> np.ndarray:
    """Intensity 0..1 per minute: a step, a smaller step, a ramp, or on/off bursts."""
    a = np.zeros(steps)
    t = np.arange(steps)
    if profile == "step":
        a[onset:] = 1.0
        a[onset] = 0.5
    elif profile == "small":
        a[onset:] = rng.uniform(0.35, 0.5)
    elif profile == "ramp":
        a = np.clip((t - onset) / rng.uniform(20, 45), 0.0, 1.0)
    elif profile == "intermittent":
        i = onset
        while i < steps:
            on = int(rng.integers(3, 9))
            a[i : i + on] = 1.0
            i += on + int(rng.integers(4, 12))
    else:
        raise ValueError(f"unknown profile {profile!r}; expected one of {PROFILES}")
    return a


def _callers_with(es: Estate, s: str, kinds: tuple[str, ...]) -> list[str]:
    return [c for c in es.callers(s) if es.kinds[c] in kinds]


# --- faults from the issue --------------------------------------------------------------------------------------


def conn_pool(es, eff, s, a, rng):
    eff.add("lat_add", s, a * rng.uniform(300, 900))
    eff.add("err_add", s, a * rng.uniform(0.12, 0.3))
    eff.add("sat_add", s, a * 0.3)
    eff.add("out_mult", s, 1.0 - 0.65 * a)  # requests wait for a connection: the database sees fewer queries


def slow_db(es, eff, s, a, rng):
    eff.add("lat_mult", s, 1.0 + a * rng.uniform(5, 14))
    eff.add("sat_add", s, a * rng.uniform(0.2, 0.35))


def retry_storm(es, eff, s, a, rng):
    eff.add("err_add", s, a * 0.04)  # the hiccup that started it
    amp = 1.0 + a * rng.uniform(1.5, 2.6)
    eff.add("in_amp", s, amp)  # callers retrying without backoff keep it down ...
    eff.add("out_mult", s, (1.0 + 0.15 * a) / amp)  # ... and it rejects most of them before calling anything
    for c in es.callers(s):
        eff.add("sat_add", c, a * 0.12)


def cache_fallback(es, eff, s, a, rng):
    eff.add("err_add", s, a * rng.uniform(0.4, 0.8))  # connection refused from the cache nodes
    eff.add("sat_add", s, -a * 0.25)
    eff.fallback[s] = eff.fallback.get(s, 0 * a) + a * 0.9


def cache_stampede(es, eff, s, a, rng):
    eff.fallback[s] = eff.fallback.get(s, 0 * a) + a * rng.uniform(0.5, 0.8)
    eff.add("sat_add", s, -a * 0.3)  # keys gone: memory drops, then refills
    eff.add("lat_add", s, a * 3.0)


def cert_expiry(es, eff, s, a, rng):
    eff.add("in_fail", s, a * 0.97)  # handshakes fail before a request reaches the service


def dns_failure(es, eff, s, a, rng):
    eff.add("in_fail", s, a * rng.uniform(0.4, 0.7))
    eff.add("in_lat", s, a * rng.uniform(800, 2500))  # resolver timeouts before the fallback resolver answers


def thread_pool(es, eff, s, a, rng):
    eff.add("cap", s, 1.0 / (1.0 + a * 3.0))
    eff.add("lat_add", s, a * rng.uniform(400, 1500))
    eff.add("err_add", s, a * 0.06)
    eff.add("out_mult", s, 1.0 - 0.35 * a)


def memory_leak(es, eff, s, a, rng):
    period = rng.uniform(28, 55) * (1.6 if a.max() < 0.9 else 1.0)
    mem = np.zeros(eff.steps)
    restart = np.zeros(eff.steps)
    level = 0.0
    for t in range(eff.steps):
        if a[t] > 0:
            level += 1.0 / period
            if level >= 1.0:
                level = 0.0
                restart[t : t + 2] = rng.uniform(0.2, 0.45)  # OOM kill: in-flight requests fail while it restarts
        mem[t] = level
    eff.add("sat_add", s, 0.45 * mem)
    eff.add("lat_mult", s, 1.0 + 3.0 * mem**3)  # GC thrash as the heap fills
    eff.add("err_add", s, restart)


def noisy_neighbour(es, eff, s, a, rng):
    eff.add("cap", s, 1.0 / (1.0 + a * rng.uniform(0.9, 1.6)))  # CPU steal from another tenant on the node
    eff.add("lat_mult", s, 1.0 + a * 0.8)


# --- this writer's own kinds ---------------------------------------------------------------------------------------


def bad_deploy(es, eff, s, a, rng):
    eff.add("err_add", s, a * rng.uniform(0.08, 0.35))
    eff.add("lat_mult", s, 1.0 + 0.3 * a)


def third_party_throttle(es, eff, s, a, rng):
    eff.add("err_add", s, a * rng.uniform(0.3, 0.7))
    eff.add("lat_add", s, a * 200.0)


def disk_full(es, eff, s, a, rng):
    eff.add("sat_add", s, 0.5 * a)
    eff.add("err_add", s, np.where(a > 0.85, rng.uniform(0.25, 0.55), 0.0))  # writes fail once the volume is full
    eff.add("lat_mult", s, 1.0 + 0.5 * a)


def packet_loss(es, eff, s, a, rng):
    eff.add("in_lat", s, a * rng.uniform(200, 600))  # retransmits on the way in ...
    eff.add("in_fail", s, a * 0.05)
    eff.add("lat_add", s, a * 150.0)  # ... and out


def consumer_crashloop(es, eff, s, a, rng):
    eff.add("err_add", s, a * 0.9)
    eff.add("sat_add", s, -a * 0.35)
    eff.add("out_mult", s, 1.0 - 0.9 * a)


def autoscaler_cap(es, eff, s, a, rng):
    eff.add("cap", s, 1.0 / (1.0 + a * rng.uniform(1.0, 1.5)))


@dataclass(frozen=True)
class FaultKind:
    apply: Callable
    targets: tuple[str, ...]  # service kinds it can hit
    profiles: tuple[str, ...]
    hideable: bool  # may the root be a service without metrics
    change: tuple[str, str] | None  # (ChangeEvent kind, detail) of the change that triggers it


def _with_db(es: Estate, s: str) -> bool:
    return any(es.kinds[b] == "db" for b in es.callees(s))


FAULTS: dict[str, FaultKind] = {
    "conn_pool_exhaustion": FaultKind(
        conn_pool,
        ("api", "worker"),
        PROFILES,
        True,
        ("config", "hikari maximumPoolSize 40 -> 8 (copy-paste from staging)"),
    ),
    "slow_database": FaultKind(slow_db, ("db",), PROFILES, True, None),
    "retry_storm": FaultKind(retry_storm, ("api",), ("step", "small", "ramp"), True, None),
    "cache_fallback": FaultKind(cache_fallback, ("cache",), PROFILES, False, None),
    "cache_stampede": FaultKind(
        cache_stampede,
        ("cache",),
        ("step", "small", "intermittent"),
        False,
        ("clear_cache", "FLUSHALL after key schema v3 migration"),
    ),
    "cert_expiry": FaultKind(cert_expiry, ("api", "db", "cache"), ("step", "small"), True, None),
    "dns_failure": FaultKind(
        dns_failure,
        ("api", "db", "cache"),
        ("step", "small", "intermittent"),
        True,
        ("config", "service record moved to svc.int zone"),
    ),
    "thread_pool_starvation": FaultKind(
        thread_pool, ("api", "bff", "worker"), PROFILES, True, ("deploy", "adds blocking call in request thread")
    ),
    "memory_leak_oom": FaultKind(
        memory_leak, ("api", "bff", "worker"), ("ramp", "small"), True, ("deploy", "new session cache (unbounded map)")
    ),
    "noisy_neighbour": FaultKind(noisy_neighbour, ("api", "db", "worker", "cache"), PROFILES, True, None),
    "bad_deploy": FaultKind(bad_deploy, ("api", "bff", "worker"), PROFILES, True, ("deploy", "release train 2026.49")),
    "third_party_throttle": FaultKind(
        third_party_throttle, ("external",), ("step", "small", "intermittent"), True, None
    ),
    "disk_full": FaultKind(
        disk_full,
        ("db", "api", "queue"),
        ("ramp", "step", "small"),
        True,
        ("config", "log level DEBUG for troubleshooting"),
    ),
    "packet_loss": FaultKind(packet_loss, ("api", "worker", "db"), PROFILES, True, None),
    "consumer_crashloop": FaultKind(
        consumer_crashloop,
        ("worker",),
        ("step", "small", "intermittent"),
        False,
        ("deploy", "consumer v4 with new message schema"),
    ),
    "autoscaler_cap": FaultKind(
        autoscaler_cap, ("api", "bff", "gateway"), ("step", "small"), True, ("config", "hpa maxReplicas 12 -> 4")
    ),
}


def eligible(es: Estate, kind: str, s: str) -> bool:
    fk = FAULTS[kind]
    if es.kinds[s] not in fk.targets:
        return False
    if kind == "conn_pool_exhaustion":
        return _with_db(es, s)
    if kind in ("cache_fallback", "cache_stampede"):
        return any(_with_db(es, c) for c in es.callers(s))
    if kind == "third_party_throttle":
        return len(es.callers(s)) >= 2
    return bool(es.callers(s)) or s in es.ingress


# --- distractors: real-looking movement that is no fault ---------------------------------------------------------


def gc_pauses(eff: Effects, s: str, rng: np.random.Generator) -> None:
    hits = (rng.random(eff.steps) < 0.04).astype(float)
    eff.add("lat_mult", s, 1.0 + hits * rng.uniform(1.0, 2.5))


def batch_plateau(eff: Effects, s: str, start: int, rng: np.random.Generator) -> None:
    a = np.zeros(eff.steps)
    a[start : start + int(rng.integers(40, 90))] = 1.0
    eff.add("in_amp", s, 1.0 + a * rng.uniform(0.5, 0.8))


def rolling_deploy(eff: Effects, s: str, at: int, rng: np.random.Generator) -> None:
    a = np.zeros(eff.steps)
    a[at : at + 4] = 1.0
    eff.add("err_add", s, a * rng.uniform(0.002, 0.006))
    eff.add("sat_add", s, a * 0.04)


def traffic_surge(eff: Effects, start: int, rng: np.random.Generator) -> None:
    t = np.arange(eff.steps)
    width = rng.uniform(15, 35)
    eff.surge = 1.0 + rng.uniform(0.2, 0.35) * np.exp(-(((t - start - width) / width) ** 2))
