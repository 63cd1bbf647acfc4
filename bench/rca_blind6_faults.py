"""Fault models and distractors for bench/rca_blind6.py.

A fault gets the root service, an envelope ``env`` (0..1 over the window: the profile's shape) and an amplitude
``amp``; it writes into ``Effects``. Fifteen kinds: the issue's nine (connection-pool exhaustion, slow database,
retry storm, cache fallback/stampede, certificate expiry, DNS failure, thread-pool starvation, memory leak with OOM
restarts, noisy neighbour) and six more seen in production: a disk filling up on a database or broker, a bad config
push, a poison message crash-looping a queue consumer, a third-party API slowing down, clock skew on one node
making a service reject tokens, and an autoscaler/manual scale-in that went too far.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from rca_blind6_estates import Estate

CALLABLE = ("gateway", "bff", "api", "worker")


def envelope(profile: str, onset: int, steps: int, rng: np.random.Generator) -> np.ndarray:
    """0 before ``onset``; then a step (held, or mitigated after 35-60 min), a ramp, or on/off bursts."""
    env = np.zeros(steps)
    if profile in ("step", "small"):
        end = steps if rng.random() < 0.7 else min(steps, onset + int(rng.integers(35, 60)))
        env[onset:end] = 1.0
    elif profile == "ramp":
        length = int(rng.integers(12, 35))
        env[onset:] = np.clip((np.arange(steps - onset) + 1) / length, 0, 1)
    else:
        t = onset
        while t < steps:
            on = int(rng.integers(3, 8))
            env[t : t + on] = 1.0
            t += on + int(rng.integers(4, 12))
    return env


def amplitude(profile: str, rng: np.random.Generator) -> float:
    return float(rng.uniform(0.15, 0.4) if profile == "small" else rng.uniform(0.8, 1.25))


def _dbs(est: Estate, s: str) -> list[str]:
    return [b for b in est.callees(s) if est.kinds[b] == "db"]


def _pool(est, p, eff, s, env, amp, rng):
    db = _dbs(est, s)[0]
    eff.add("lat_add", s, env * amp * p.p99[s] * rng.uniform(3, 7))
    eff.add("err_add", s, env * amp * rng.uniform(0.05, 0.12))
    eff.add("sat_add", s, env * amp * rng.uniform(0.25, 0.4))
    eff.mul("load", (s, db), 1 - env * min(0.85, amp * 0.65))
    size = f"{rng.choice([40, 50, 64])} -> {rng.choice([4, 6, 8])}"
    return f"pool: db.pool.max_size {size} (hotfix-{rng.integers(100, 999)})"


def _slow_db(est, p, eff, s, env, amp, rng):
    eff.mul("lat_mult", s, 1 + env * amp * rng.uniform(4, 9))
    eff.add("sat_add", s, env * amp * rng.uniform(0.2, 0.35))
    return f"migration {rng.integers(2024100, 2024999)}_drop_idx_{s.split('-')[0]}_created_at"


def _retry_storm(est, p, eff, s, env, amp, rng):
    targets = [b for b in est.callees(s) if est.kinds[b] in ("api", "db")]
    target = targets[int(rng.integers(len(targets)))]
    eff.mul("load", (s, target), 1 + env * amp * rng.uniform(1.5, 3))
    eff.add("sat_add", s, env * amp * rng.uniform(0.2, 0.35))
    eff.add("err_add", s, env * amp * rng.uniform(0.03, 0.08))
    return f"retries: {target} maxAttempts 2 -> 8, backoff removed"


def _cache(est, p, eff, s, env, amp, rng):
    eff.add("err_add", s, env * min(1.0, amp * rng.uniform(0.6, 0.95)))
    eff.mul("lat_mult", s, 1 + env * amp * 3)
    eff.add("sat_add", s, -env * min(p.util[s] * 0.9, amp * 0.3))
    for a in est.callers(s):
        for db in _dbs(est, a):
            eff.mul("load", (a, db), 1 + env * amp * rng.uniform(2.5, 5))
    return "cache node replaced"


def _cert(est, p, eff, s, env, amp, rng):
    for a in est.callers(s):
        eff.fail[(a, s)] = np.clip(eff.fail.get((a, s), 0.0) + env * min(0.97, amp * 0.9), 0, 1)
    return "tls cert rotation"


def _dns(est, p, eff, s, env, amp, rng):
    eff.add("err_add", s, env * min(0.9, amp * 0.7))
    eff.add("lat_add", s, env * amp * 1500)
    for a in est.callers(s):
        eff.add("lat_add", a, env * amp * rng.uniform(150, 400))
        for b in est.callees(a):
            if b != s:
                eff.fail[(a, b)] = np.clip(eff.fail.get((a, b), 0.0) + env * amp * rng.uniform(0.15, 0.35), 0, 1)
    return "resolver config"


def _starve(est, p, eff, s, env, amp, rng):
    eff.add("sat_add", s, env * amp * rng.uniform(0.45, 0.6))
    eff.mul("lat_mult", s, 1 + env * amp * rng.uniform(3, 6))
    eff.add("err_add", s, env * amp * rng.uniform(0.05, 0.15))
    for b in est.callees(s):
        eff.mul("load", (s, b), 1 - env * min(0.7, amp * 0.5))
    return "sync http client in async handler"


def _leak(est, p, eff, s, env, amp, rng):
    """Memory climbs from the onset; at the limit the pod is OOM-killed: a burst of errors, then it starts over."""
    steps = len(env)
    onset = int(np.argmax(env > 0))
    period = int(rng.integers(9, 15) / max(amp, 0.3))
    mem = np.zeros(steps)
    oom = np.zeros(steps)
    headroom = 0.97 - p.util[s]
    t, age = onset, 0
    while t < steps:
        jitter = int(rng.integers(-2, 3))
        if age >= period + jitter:
            oom[t : t + 2] = 1.0
            age = 0
        mem[t] = headroom * age / period
        age += 1
        t += 1
    eff.add("sat_add", s, mem)
    eff.mul("lat_mult", s, 1 + 2.5 * (mem / headroom) ** 4 + 4 * oom)
    eff.add("err_add", s, oom * rng.uniform(0.3, 0.6))
    return "bump http lib"


def _neighbour(est, p, eff, s, env, amp, rng):
    eff.mul("cap_mult", s, 1 / (1 + env * amp * rng.uniform(0.9, 1.6)))
    eff.mul("lat_mult", s, 1 + env * amp * rng.uniform(0.5, 1.0))
    return ""


def _disk(est, p, eff, s, env, amp, rng):
    eff.add("err_add", s, env * amp * rng.uniform(0.2, 0.45))
    eff.add("sat_add", s, env * (0.98 - p.util[s]))
    eff.mul("lat_mult", s, 1 + env * amp * 0.6)
    return ""


def _config(est, p, eff, s, env, amp, rng):
    eff.add("err_add", s, env * amp * rng.uniform(0.12, 0.3))
    eff.mul("lat_mult", s, 1 + env * amp * 0.3)
    return str(rng.choice(["feature flag checkout.v2=on", "envoy route table", "timeouts.yaml", "FEATURE_NEW_TAX=1"]))


def _poison(est, p, eff, s, env, amp, rng):
    queue = next(b for b in est.callees(s) if est.kinds[b] == "queue")
    eff.add("err_add", s, env * amp * rng.uniform(0.35, 0.7))
    eff.add("sat_add", s, -env * p.util[s] * 0.5)
    backlog = np.cumsum(env) * amp * rng.uniform(0.015, 0.03)
    eff.add("sat_add", queue, np.minimum(backlog, 0.99 - p.util[queue]))
    eff.mul("lat_mult", queue, 1 + np.minimum(backlog, 2.0))
    for b in est.callees(s):
        if b != queue:
            eff.mul("load", (s, b), 1 - env * min(0.8, amp * 0.7))
    return "consumer v2 schema"


def _vendor(est, p, eff, s, env, amp, rng):
    eff.add("lat_add", s, env * amp * p.p99[s] * rng.uniform(4, 9))
    eff.add("err_add", s, env * amp * rng.uniform(0.01, 0.05))
    return ""


def _skew(est, p, eff, s, env, amp, rng):
    eff.add("err_add", s, env * amp * rng.uniform(0.2, 0.34))
    return ""


def _scale_in(est, p, eff, s, env, amp, rng):
    eff.mul("cap_mult", s, 1 - env * min(0.75, amp * 0.62))
    return f"replicas {rng.choice([6, 8, 12])} -> {rng.choice([2, 3])}"


@dataclass(frozen=True)
class FaultSpec:
    apply: Callable
    eligible: Callable[[Estate, str], bool]
    change: str | None  # the change-log kind of the change that caused it (None: nothing changed on purpose)
    hideable: bool  # may the root be a service without metrics


def _k(*kinds):
    return lambda est, s: est.kinds[s] in kinds


FAULTS: dict[str, FaultSpec] = {
    "pool_exhaustion": FaultSpec(_pool, lambda e, s: e.kinds[s] in CALLABLE and bool(_dbs(e, s)), "config", True),
    "slow_db": FaultSpec(_slow_db, _k("db"), "deploy", True),
    "retry_storm": FaultSpec(
        _retry_storm,
        lambda e, s: e.kinds[s] in ("bff", "api", "worker") and any(e.kinds[b] in ("api", "db") for b in e.callees(s)),
        "config",
        False,
    ),
    "cache_fallback": FaultSpec(
        _cache, lambda e, s: e.kinds[s] == "cache" and any(_dbs(e, a) for a in e.callers(s)), None, False
    ),
    "cert_expiry": FaultSpec(_cert, lambda e, s: e.kinds[s] in ("api", "bff") and bool(e.callers(s)), None, True),
    "dns_failure": FaultSpec(_dns, _k("dns"), None, True),
    "thread_starvation": FaultSpec(_starve, lambda e, s: e.kinds[s] in CALLABLE and bool(e.callees(s)), "deploy", True),
    "memory_leak_oom": FaultSpec(_leak, _k("bff", "api", "worker"), "deploy", True),
    "noisy_neighbour": FaultSpec(_neighbour, _k("api", "db", "cache", "bff"), None, False),
    "disk_full": FaultSpec(_disk, _k("db", "queue"), None, True),
    "bad_config": FaultSpec(_config, _k("gateway", "bff", "api", "worker"), "config", True),
    "poison_message": FaultSpec(
        _poison,
        lambda e, s: e.kinds[s] == "worker" and any(e.kinds[b] == "queue" for b in e.callees(s)),
        "deploy",
        False,
    ),
    "vendor_slowdown": FaultSpec(_vendor, _k("external"), None, True),
    "clock_skew": FaultSpec(_skew, lambda e, s: e.kinds[s] == "api" and len(e.callers(s)) >= 2, None, True),
    "scale_in": FaultSpec(_scale_in, _k("bff", "api", "worker", "gateway"), "scale", True),
}


def gc_pauses(est, p, eff, s, rng):
    """Stop-the-world pauses every 6-12 minutes: one-minute p99 spikes, nothing else moves."""
    t = int(rng.integers(0, 10))
    while t < eff.steps:
        spike = np.zeros(eff.steps)
        spike[t] = rng.uniform(1.2, 2.5)
        eff.add("lat_add", s, spike * p.p99[s])
        t += int(rng.integers(6, 13))


def batch_plateau(est, p, eff, s, rng):
    """A scheduled batch job runs at full CPU for 30-60 minutes; its databases get a little busier."""
    start = int(rng.integers(0, eff.steps - 30))
    on = np.zeros(eff.steps)
    on[start : start + int(rng.integers(30, 60))] = 1.0
    eff.add("sat_add", s, on * (0.93 - p.util[s]))
    for b in est.callees(s):
        eff.mul("load", (s, b), 1 + on * 0.5)


def rolling_deploy(est, p, eff, s, rng) -> int:
    """A healthy rolling deploy: a few minutes of slightly higher p99 and saturation while pods warm up."""
    start = int(rng.integers(5, eff.steps - 10))
    bump = np.zeros(eff.steps)
    bump[start : start + int(rng.integers(3, 7))] = 1.0
    eff.mul("lat_mult", s, 1 + bump * rng.uniform(0.1, 0.25))
    eff.add("sat_add", s, bump * rng.uniform(0.03, 0.08))
    return start


def traffic_surge(est, p, eff, rng):
    """A campaign or a push notification: user traffic up 25-50 % for 20-45 minutes, ramping in and out."""
    start = int(rng.integers(0, eff.steps - 25))
    length = int(rng.integers(20, 45))
    t = np.arange(eff.steps)
    shape = np.clip(np.minimum(t - start, start + length - t) / 6, 0, 1)
    eff.traffic = eff.traffic * (1 + shape * rng.uniform(0.25, 0.5))
