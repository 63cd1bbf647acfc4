"""The seventh blind RCA set's fault models and distractors.

A fault gets the estate, its root, ``g`` (the profile over the window: 0 calm, 1 full strength), a severity and a
random generator, and bends ``Effects``. Ten kinds come from the issue; six are the writer's own production
favourites: a full disk, a consumer crash-looping on its queue, a bad canary, packet loss on one service's nodes,
a credential rotation that locks a service out of its database, and a third party's (or internal) rate quota
running out. ``FAULTS[kind]`` = (model, eligible roots, change logged for it or None, allowed profiles).
"""

from __future__ import annotations

import numpy as np
from rca_blind7_estates import Estate

ALL = ("step", "small", "ramp", "intermittent")


def _dbs(es: Estate, s: str) -> list[str]:
    return [b for b, _ in es.callees(s) if es.kinds[b] in ("db", "search")]


def _called(es: Estate, s: str, n: int = 1) -> bool:
    return len(es.callers(s)) >= n


def pool_exhaustion(es, s, g, sev, rng, eff):
    """The service's DB connection pool runs dry: requests wait for a connection, some time out; its database
    sees fewer queries."""
    eff.add("lat_add", s, g * sev * rng.uniform(500, 1500))
    eff.add("err_add", s, g * sev * rng.uniform(0.05, 0.15))
    eff.add("sat_add", s, g * 0.35)
    for db in _dbs(es, s):
        eff.add("edge_load", (s, db), 1 - 0.7 * g)


def slow_database(es, s, g, sev, rng, eff):
    """A database turns slow (a plan regression, an I/O-starved volume)."""
    eff.add("lat_mult", s, 1 + g * sev * rng.uniform(5, 12))
    eff.add("sat_add", s, g * sev * 0.3)


def retry_storm(es, s, g, sev, rng, eff):
    """The service hiccups, its callers retry without backoff, the extra load keeps it down."""
    eff.add("err_add", s, g * sev * rng.uniform(0.04, 0.1))
    for a, _ in es.callers(s):
        eff.add("edge_load", (a, s), 1 + g * sev * rng.uniform(2.5, 4.0))


def _fallback(es, cache, g, factor, eff):
    for a, _ in es.callers(cache):
        for b, _ in es.callees(a):
            if es.kinds[b] in ("db", "search", "api") and b != cache:
                eff.add("edge_load", (a, b), 1 + factor * g)
        eff.add("lat_add", a, 30 * g)


def cache_fallback(es, s, g, sev, rng, eff):
    """The cache is unreachable: clients fail over to the database behind them, which now takes every read."""
    eff.add("err_add", s, g * rng.uniform(0.4, 0.9))
    eff.add("lat_add", s, g * 40)
    eff.add("sat_add", s, -0.4 * g)
    _fallback(es, s, g, sev * rng.uniform(2.5, 4.5), eff)


def cache_stampede(es, s, g, sev, rng, eff):
    """The cache is flushed (or hot keys expire together): memory drops, every miss goes to the database at once;
    the stampede fades as the cache refills."""
    last_rise, pulse = None, np.zeros(len(g))
    tau = rng.uniform(12, 25)
    for t in range(len(g)):
        if g[t] > 0.5 and (t == 0 or g[t - 1] <= 0.5):
            last_rise = t
        if last_rise is not None:
            pulse[t] = np.exp(-(t - last_rise) / tau)
    eff.add("sat_add", s, -0.5 * pulse)
    eff.add("lat_add", s, 2 * pulse)
    _fallback(es, s, pulse, sev * rng.uniform(4, 7), eff)


def cert_expiry(es, s, g, sev, rng, eff):
    """The service's TLS certificate expires: every caller's handshake fails; the service itself goes quiet."""
    share = 1.0 if sev > 0.6 else 0.5  # a small profile: only the clients that check expiry strictly
    for a, _ in es.callers(s):
        eff.add("edge_err", (a, s), g * share * 0.95)
    eff.add("load_mult", s, 1 - g * share * 0.9)


def dns_failure(es, s, g, sev, rng, eff):
    """The service's DNS record stops resolving (a bad zone push): callers wait for the resolver, then fail."""
    for a, _ in es.callers(s):
        eff.add("edge_err", (a, s), g * sev * 0.6)
        eff.add("edge_lat", (a, s), g * 2500)
    eff.add("load_mult", s, 1 - 0.6 * g * min(sev, 1))


def thread_starvation(es, s, g, sev, rng, eff):
    """The request thread pool is starved (blocking calls on it): the service queues, rejects, and sends less on."""
    eff.add("cap_mult", s, 1 - 0.55 * g * min(sev, 1.2))
    eff.add("lat_add", s, g * sev * rng.uniform(400, 1200))
    eff.add("err_add", s, g * sev * 0.04)
    for b, _ in es.callees(s):
        eff.add("edge_load", (s, b), 1 - 0.4 * g)


def memory_leak(es, s, g, sev, rng, eff):
    """Memory grows until the container is OOM-killed and restarts; each restart drops requests for a minute."""
    rate = sev * rng.uniform(0.02, 0.05)
    heap, out_lat, out_err = 0.0, np.ones(len(g)), np.zeros(len(g))
    heaps = np.zeros(len(g))
    for t in range(len(g)):
        heap += rate * g[t]
        if heap > 0.55:
            heap = 0.0
            out_err[t : t + 2] += rng.uniform(0.3, 0.6)
            out_lat[t : t + 2] *= 3.0
        heaps[t] = heap
        out_lat[t] *= 1 + 2.5 * heaps[t] ** 2
    eff.add("sat_add", s, heaps)
    eff.add("lat_mult", s, out_lat)
    eff.add("err_add", s, out_err)


def noisy_neighbour(es, s, g, sev, rng, eff):
    """Another tenant on the same nodes eats the CPU: the service is throttled (its neighbour is not ours)."""
    eff.add("cap_mult", s, 1 - 0.45 * g * min(sev, 1.2))
    eff.add("sat_add", s, 0.2 * g)
    eff.add("lat_mult", s, 1 + 1.5 * g * sev)


def disk_full(es, s, g, sev, rng, eff):
    """The volume fills up: usage climbs, and once it is full the writes fail."""
    fill = np.clip(np.cumsum(g) * rng.uniform(0.02, 0.04) * max(sev, 0.5), 0, 0.6)
    eff.add("sat_add", s, fill)
    full = (fill >= 0.45).astype(float)
    eff.add("err_add", s, full * sev * rng.uniform(0.2, 0.5))
    eff.add("lat_mult", s, 1 + 2 * full * sev)


def consumer_crashloop(es, s, g, sev, rng, eff):
    """The worker crash-loops on its queue: it fails and stops processing, the queue backs up, publishers of a
    full queue get rejected."""
    q = es.consumes(s)
    eff.add("err_add", s, g * sev * rng.uniform(0.3, 0.6))
    eff.add("sat_add", s, -0.2 * g)
    eff.add("lat_mult", s, 1 + 2 * g)
    for b, _ in es.callees(s):
        if b != q:
            eff.add("edge_load", (s, b), 1 - 0.8 * g)
    backlog = np.clip(np.cumsum(g) * rng.uniform(0.02, 0.04) * max(sev, 0.5), 0, 0.95)
    eff.add("sat_add", q, backlog)
    full = np.clip((backlog - 0.85) * 10, 0, 1)
    for a, _ in es.callers(q):
        if es.consumes(a) != q:
            eff.add("edge_err", (a, q), 0.5 * full)


def bad_canary(es, s, g, sev, rng, eff):
    """A canary of a new version answers part of the traffic with errors and slower."""
    eff.add("err_add", s, g * sev * rng.uniform(0.08, 0.2))
    eff.add("lat_mult", s, 1 + 0.6 * g * sev)


def packet_loss(es, s, g, sev, rng, eff):
    """Its nodes drop packets: every outbound call of the service waits on retransmits; callees see nothing."""
    for b, _ in es.callees(s):
        eff.add("edge_lat", (s, b), g * sev * rng.uniform(250, 600))
        eff.add("edge_err", (s, b), g * sev * 0.02)
    eff.add("sat_add", s, 0.15 * g)


def credential_rotation(es, s, g, sev, rng, eff):
    """Its database password was rotated without updating the service: connections are refused."""
    for db in _dbs(es, s):
        eff.add("edge_err", (s, db), g * min(sev, 1.1) * 0.7)
        eff.add("edge_load", (s, db), 1 - 0.8 * g)
    eff.add("lat_add", s, 20 * g)


def quota_exhausted(es, s, g, sev, rng, eff):
    """The service's rate quota runs out: it answers a share of requests with 429."""
    share = g * sev * rng.uniform(0.25, 0.5)
    eff.add("err_add", s, share)
    eff.add("load_mult", s, 1 - 0.3 * share)


def _internal(kinds):
    return lambda es, s: es.kinds[s] in kinds


FAULTS = {
    "pool_exhaustion": (pool_exhaustion, lambda es, s: es.kinds[s] in ("api", "bff", "worker") and _dbs(es, s),
                        ("config", "db pool size lowered"), ALL),
    "slow_database": (slow_database, lambda es, s: es.kinds[s] in ("db", "search") and _called(es, s),
                      ("config", "schema migration applied"), ALL),
    "retry_storm": (retry_storm, lambda es, s: es.kinds[s] in ("api", "db", "search") and _called(es, s, 2),
                    ("deploy", "new release"), ALL),
    "cache_fallback": (cache_fallback, lambda es, s: es.kinds[s] == "cache", None, ALL),
    "cache_stampede": (cache_stampede, lambda es, s: es.kinds[s] == "cache", ("clear_cache", "cache flushed"),
                       ("step", "small", "intermittent")),
    "cert_expiry": (cert_expiry, lambda es, s: es.kinds[s] in ("api", "external", "search") and _called(es, s),
                    None, ("step", "small")),
    "dns_failure": (dns_failure, lambda es, s: es.kinds[s] in ("api", "external", "db") and _called(es, s),
                    ("config", "dns zone update"), ("step", "small", "intermittent")),
    "thread_starvation": (thread_starvation, _internal(("api", "bff")), ("deploy", "new release"), ALL),
    "memory_leak": (memory_leak, _internal(("api", "bff", "worker")), ("deploy", "new release"),
                    ("step", "small", "ramp")),
    "noisy_neighbour": (noisy_neighbour, _internal(("api", "bff", "db", "search", "worker")), None, ALL),
    "disk_full": (disk_full, _internal(("db", "search")), None, ("step", "small", "ramp")),
    "consumer_crashloop": (consumer_crashloop, lambda es, s: es.consumes(s) is not None, ("deploy", "new release"),
                           ("step", "small", "intermittent")),
    "bad_canary": (bad_canary, _internal(("api", "bff", "gateway")), ("deploy", "canary 10%"), ALL),
    "packet_loss": (packet_loss, lambda es, s: es.kinds[s] in ("api", "bff", "worker") and len(es.callees(s)) >= 2,
                    None, ALL),
    "credential_rotation": (credential_rotation, lambda es, s: es.kinds[s] in ("api", "worker") and _dbs(es, s),
                            ("config", "db credentials rotated"), ("step", "small")),
    "quota_exhausted": (quota_exhausted, lambda es, s: es.kinds[s] in ("api", "external") and _called(es, s),
                        None, ("step", "small", "ramp", "intermittent")),
}  # fmt: skip


# ---- distractors: things that move the charts but are nobody's root cause --------------------------------------


def gc_pauses(es, s, steps, rng, eff):
    """Stop-the-world pauses: one-minute latency spikes every few minutes."""
    spikes = np.zeros(steps)
    t = int(rng.integers(0, 10))
    while t < steps:
        spikes[t] = rng.uniform(0.8, 1.6)
        t += int(rng.integers(6, 14))
    eff.add("lat_mult", s, 1 + spikes)


def batch_plateau(es, s, steps, rng, eff):
    """A batch job runs a heavier stage: its CPU plateaus near the top for half an hour."""
    t0 = int(rng.integers(20, steps - 40))
    on = np.zeros(steps)
    on[t0 : t0 + int(rng.integers(25, 45))] = 1
    eff.add("sat_add", s, 0.45 * on)
    for b, _ in es.callees(s):
        eff.add("edge_load", (s, b), 1 + 0.5 * on)


def rolling_deploy(es, s, steps, rng, eff) -> int:
    """A healthy rolling deploy: a few minutes of slightly higher latency and lower capacity, then normal."""
    t0 = int(rng.integers(30, steps - 15))
    on = np.zeros(steps)
    on[t0 : t0 + int(rng.integers(4, 9))] = 1
    eff.add("lat_mult", s, 1 + 0.15 * on)
    eff.add("cap_mult", s, 1 - 0.2 * on)
    return t0


def traffic_surge(es, steps, rng, eff):
    """A marketing push or a school-day start: everything gets 20-40 % more traffic for a while."""
    t0 = int(rng.integers(20, steps - 30))
    n = int(rng.integers(15, 35))
    ramp = np.zeros(steps)
    ramp[t0 : t0 + n] = np.minimum(1, np.arange(n) / 4)
    eff.add("traffic", None, 1 + rng.uniform(0.2, 0.4) * ramp)
