"""Metric physics of the blind RCA set: traffic flows down the call graph, health flows back up.

Per minute and per service: offered traffic (user ingress with a daily cycle, calls from callers by edge weight,
callers' retries on errors, cache misses falling through to the database behind the cache, queue consumers that
keep pace with producers), CPU utilisation (traffic x cost / capacity + background), own p99 latency with a
queueing knee as utilisation nears 1, and the p99 and errors each caller sees from its callees (errors,
handshake/resolution failures on the edge, time-outs when a callee is slower than the caller's time-out; calls to
caches are shielded by falling back to the database). Exported like a Prometheus estate with the default template
table: ``latency_p99_ms``, ``error_rate`` (0..1) and ``saturation`` (CPU / limit; a database also counts busy
connections, a queue its backlog). Noise: log-normal latency with rare spikes, binomial error counts, jittery CPU.

Written for the blind set without reading the team's simulator or diagnosis code.
"""

from __future__ import annotations

import graphlib
from collections import defaultdict
from dataclasses import dataclass, field

import numpy as np
from rca_blind_estates import Estate

__all__ = ["Effects", "Physics", "simulate", "observe"]

_P99 = {"api": (25, 90), "db": (5, 22), "cache": (0.8, 3), "queue": (3, 10), "worker": (150, 600),
        "model": (25, 70), "search": (20, 60), "external": (120, 380)}  # fmt: skip
_ERR = {"api": (5e-4, 4e-3), "db": (1e-4, 1e-3), "cache": (1e-4, 5e-4), "queue": (1e-4, 5e-4),
        "worker": (1e-3, 5e-3), "model": (5e-4, 2e-3), "search": (3e-4, 2e-3), "external": (2e-3, 1e-2)}  # fmt: skip
_UTIL = {"api": (0.18, 0.5), "db": (0.22, 0.5), "cache": (0.08, 0.3), "queue": (0.15, 0.35),
         "worker": (0.3, 0.6), "model": (0.35, 0.6), "search": (0.28, 0.5), "external": (0.2, 0.4)}  # fmt: skip


@dataclass
class Physics:
    """One estate's per-service constants for one incident (drawn from its seed)."""

    estate: Estate
    p99: dict[str, float]
    base_err: dict[str, float]
    util0: dict[str, float]
    bg: dict[str, float]
    retries: dict[str, int]
    timeout: dict[str, float]
    propagate: dict[str, float]
    noise: dict[str, float]
    conn0: dict[str, float]
    worker_rate: dict[str, float]
    total_rps: float
    amplitude: float
    start_hour: float
    order: list[str] = field(default_factory=list)  # callees first

    @classmethod
    def draw(cls, estate: Estate, rng: np.random.Generator, start_hour: float) -> Physics:
        def per_role(table: dict) -> dict[str, float]:
            return {s: float(rng.uniform(*table[r])) for s, r in estate.roles.items()}

        graph = {s: set(estate.callees(s)) for s in estate.services}
        return cls(
            estate=estate,
            p99=per_role(_P99),
            base_err=per_role(_ERR),
            util0=per_role(_UTIL),
            bg={s: float(rng.uniform(0.02, 0.07)) for s in estate.services},
            retries={s: (3 if r == "worker" else int(rng.integers(0, 3))) for s, r in estate.roles.items()},
            timeout={s: float(rng.uniform(700, 3000)) for s in estate.services},
            propagate={s: float(rng.uniform(0.6, 1.0)) for s in estate.services},
            noise={s: float(rng.uniform(0.05, 0.13)) for s in estate.services},
            conn0={s: float(rng.uniform(0.15, 0.35)) for s in estate.services},
            worker_rate={s: float(rng.uniform(15, 150)) for s, r in estate.roles.items() if r == "worker"},
            total_rps=float(rng.uniform(300, 2500)),
            amplitude=float(rng.uniform(0.25, 0.45)),
            start_hour=start_hour,
            order=list(graphlib.TopologicalSorter(graph).static_order()),
        )


class Effects:
    """What faults and distractors do, minute by minute: multipliers default to 1, additions to 0."""

    def __init__(self, steps: int):
        self.steps = steps
        ones, zeros = (lambda: np.ones(steps)), (lambda: np.zeros(steps))
        self.lat = defaultdict(ones)  # own latency multiplier
        self.err = defaultdict(zeros)  # own error ratio added
        self.cpu = defaultdict(zeros)  # utilisation added
        self.cap = defaultdict(ones)  # capacity multiplier
        self.inbound = defaultdict(ones)  # share of offered traffic that reaches the service
        self.edge_traffic = defaultdict(ones)  # (caller, callee) -> multiplier on calls sent
        self.edge_err = defaultdict(zeros)  # (caller, callee) -> failures the caller sees, not the callee
        self.edge_lat = defaultdict(zeros)  # (caller, callee) -> ms added to each call
        self.miss = defaultdict(zeros)  # cache -> share of former hits that now miss (0..1)
        self.backlog = defaultdict(zeros)  # queue -> saturation added (lag, disk)
        self.surge = defaultdict(ones)  # entry -> ingress multiplier
        self.consume = defaultdict(ones)  # worker -> share of produced messages it keeps up with


_PROBES = 2.0  # req/s of health checks and synthetic probes that reach a service whatever its callers do


def _knee(u: np.ndarray) -> np.ndarray:
    """Queueing: flat to ~65% busy, then steep; overload is bounded (queues are finite, requests time out)."""
    u = np.minimum(u, 1.3)
    over = np.clip(u - 0.65, 0, None)
    return 1 + 2.5 * over**2 / np.clip(1 - u, 0.04, None)


def _daily(ph: Physics, steps: int, rng: np.random.Generator) -> np.ndarray:
    hours = ph.start_hour + np.arange(steps) / 60
    wander = np.exp(np.cumsum(rng.normal(0, 0.004, steps)))
    return (1 + ph.amplitude * np.sin(2 * np.pi * (hours - 10) / 24)) * wander


def simulate(ph: Physics, fx: Effects, daily: np.ndarray, rounds: int = 4) -> dict[str, dict[str, np.ndarray]]:
    """Noise-free per-minute state of every service: traffic, util, p99, err, sat."""
    est, steps = ph.estate, fx.steps
    zero = np.zeros(steps)
    seen: dict[tuple[str, str], np.ndarray] = {}
    err = {s: zero + ph.base_err[s] for s in est.services}
    publish: dict[str, np.ndarray] = defaultdict(lambda: zero)
    callers_first = ph.order[::-1]
    total_ingress = sum(est.ingress.values()) or 1.0
    for _ in range(rounds):
        traffic: dict[str, np.ndarray] = {}
        new_publish: dict[str, np.ndarray] = defaultdict(lambda: zero)
        for s in callers_first:
            t = ph.total_rps * est.ingress.get(s, 0.0) / total_ingress * daily * fx.surge[s]
            if s in ph.worker_rate:
                q = est.queues.get(s)
                t = t + (ph.worker_rate[s] * daily + (publish[q] if q else 0)) * fx.consume[s]
            for c in est.callers(s):
                w = est.edges[(c, s)]
                w_eff = w + (1 - w) * _hit_loss(est, fx, seen, c, s)
                retry = 1 + ph.retries[c] * seen.get((c, s), zero)
                t = t + traffic[c] * fx.inbound[c] * w_eff * fx.edge_traffic[(c, s)] * np.minimum(retry, 3.0)
                if est.roles[s] == "queue" and est.roles[c] != "worker":
                    new_publish[s] = new_publish[s] + traffic[c] * fx.inbound[c] * w * fx.edge_traffic[(c, s)]
            traffic[s] = t
        publish = new_publish
        state = _health(ph, fx, traffic, err, seen)
    return state


def _hit_loss(est: Estate, fx: Effects, seen: dict, caller: str, callee: str) -> np.ndarray | float:
    """Share of the caller's former cache hits that now fall through to ``callee`` (the cache's database)."""
    loss = 0.0
    for cache, backing in est.caches.items():
        if backing == callee and (caller, cache) in est.edges:
            loss = loss + np.clip(fx.miss[cache] + seen.get((caller, cache), 0.0), 0, 1)
    return loss


def _health(ph: Physics, fx: Effects, traffic: dict, err: dict, seen: dict) -> dict[str, dict[str, np.ndarray]]:
    est = ph.estate
    out: dict[str, dict[str, np.ndarray]] = {}
    lat: dict[str, np.ndarray] = {}
    for s in ph.order:
        arrival = traffic[s] * fx.inbound[s]
        mean = max(float(np.mean(traffic[s][:30])), 1e-6)
        cost = (ph.util0[s] - ph.bg[s]) / mean
        util = arrival * cost / fx.cap[s] + ph.bg[s] + fx.cpu[s]
        own = ph.p99[s] * fx.lat[s] * _knee(util)
        shed = np.clip((util - 0.97) * 2, 0, 0.9)
        down_lat, down_err = [], np.zeros(fx.steps)
        for c in est.callees(s):
            w, tmo = est.edges[(s, c)], ph.timeout[s]
            late = np.clip((lat[c] + fx.edge_lat[(s, c)] - tmo) / tmo, 0, 1)
            got = np.clip(err[c] + fx.edge_err[(s, c)] + late, 0, 1)
            seen[(s, c)] = got
            call = (np.minimum(lat[c], tmo) + fx.edge_lat[(s, c)]) * (1 + ph.retries[s] * got)
            down_lat.append(w * call)
            shield = 0.05 if est.roles[c] == "cache" else (0.4 if est.roles[c] == "queue" else 1.0)
            down_err = down_err + w * got * shield
        if not down_lat:
            below = 0.0
        elif s in est.fanout:
            below = np.max(down_lat, axis=0)
        else:
            below = 0.8 * np.sum(down_lat, axis=0)
        err[s] = np.clip(ph.base_err[s] + fx.err[s] + shed + ph.propagate[s] * down_err, 0, 1)
        lat[s] = own + below
        sat = util
        if est.roles[s] == "db":
            mean_lat = max(float(np.mean(lat[s][:30])), 1e-6)
            conn = ph.conn0[s] * (arrival * lat[s]) / (mean * mean_lat)
            sat = np.maximum(sat, conn)
        if est.roles[s] == "queue":
            sat = sat + fx.backlog[s]
        # what the service's own histogram shows: its requests, plus a trickle of probes that only touch it
        seen_p99 = (arrival * lat[s] + _PROBES * own) / (arrival + _PROBES)
        seen_err = (arrival * err[s] + _PROBES * ph.base_err[s]) / (arrival + _PROBES)
        out[s] = {
            "traffic": arrival + _PROBES,
            "util": util,
            "p99": seen_p99,
            "err": seen_err,
            "sat": np.clip(sat, 0, 1),
        }
    return out


def observe(ph: Physics, state: dict, observed: list[str], rng: np.random.Generator) -> dict[str, dict[str, list]]:
    """What the scrape shows: the three exported metrics with noise, for services that have metrics."""
    series: dict[str, dict[str, list]] = {}
    for s in observed:
        st, steps = state[s], len(state[s]["p99"])
        p99 = st["p99"] * np.exp(rng.normal(0, ph.noise[s], steps))
        spikes = rng.random(steps) < 0.007
        p99 = np.where(spikes, p99 * rng.uniform(1.5, 2.5, steps), p99)
        n = np.maximum(np.round(st["traffic"] * 60), 5).astype(np.int64)
        errors = rng.binomial(n, np.clip(st["err"], 0, 1)) / n
        sat = np.clip(st["sat"] + rng.normal(0, 0.012, steps), 0, 1)
        series[s] = {
            "latency_p99_ms": [round(float(v), 2) for v in p99],
            "error_rate": [round(float(v), 5) for v in errors],
            "saturation": [round(float(v), 4) for v in sat],
        }
    return series


def baseline_daily(ph: Physics, steps: int, rng: np.random.Generator) -> np.ndarray:
    return _daily(ph, steps, rng)
