"""Metric physics of the third blind RCA set: how load, latency, errors and saturation move through an estate.

Load flows callers-first: user traffic enters at the gateways (with a daily cycle), every caller sends ``weight``
of its requests to each callee. Saturation is load over capacity plus what a fault adds, and rises too when a
service's threads sit waiting on slow callees. Latency and errors flow callees-first: a caller's p99 is its own
work (queueing grows it near saturation) plus the weighted latency of what it calls, capped at a timeout that turns
into errors; a callee's errors reach a caller in proportion to the call share (cache errors barely do: callers fall
back). Queues decouple: a worker's trouble shows as backlog on its queue, not as latency at the publisher.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from rca_blind3_estates import KIND_LATENCY, Estate

ERR_PASS = {"cache": 0.08, "queue": 0.0}  # share of a callee's errors that its callers turn into their own
BASE_ERR = {"external": 0.004, "batch": 0.0, "worker": 0.003}


@dataclass
class Effects:
    """What faults and distractors do, per service, per minute (arrays of length ``steps``; absent = neutral)."""

    steps: int
    cap: dict[str, np.ndarray] = field(default_factory=dict)  # capacity multiplier
    sat_add: dict[str, np.ndarray] = field(default_factory=dict)
    lat_mult: dict[str, np.ndarray] = field(default_factory=dict)  # own work multiplier
    lat_add: dict[str, np.ndarray] = field(default_factory=dict)  # own extra ms
    err_add: dict[str, np.ndarray] = field(default_factory=dict)
    in_fail: dict[str, np.ndarray] = field(default_factory=dict)  # calls to s failing before they reach s
    in_lat: dict[str, np.ndarray] = field(default_factory=dict)  # ms added on the way to s
    in_amp: dict[str, np.ndarray] = field(default_factory=dict)  # load reaching s multiplied (retries)
    out_mult: dict[str, np.ndarray] = field(default_factory=dict)  # share of s's outgoing calls actually made
    fallback: dict[str, np.ndarray] = field(default_factory=dict)  # cache s: share of lookups sent to the db
    surge: np.ndarray | None = None  # multiplier on all user traffic

    def _get(self, table: dict, s: str, neutral: float) -> np.ndarray:
        return table.get(s, np.full(self.steps, neutral))

    def add(self, table_name: str, s: str, values: np.ndarray, neutral: float = 0.0) -> None:
        """Combine ``values`` into one table: sums for additive tables, products for multipliers."""
        table = getattr(self, table_name)
        if table_name in ("cap", "lat_mult", "in_amp", "out_mult"):
            table[s] = self._get(table, s, 1.0) * values
        else:
            table[s] = self._get(table, s, neutral) + values


def daily(steps: int, start_hour: float) -> np.ndarray:
    hours = start_hour + np.arange(steps) / 60.0
    return 1.0 + 0.28 * np.sin(2 * np.pi * (hours - 10.0) / 24.0) + 0.06 * np.sin(2 * np.pi * (hours - 19.5) / 6.0)


def _queueing(u: np.ndarray) -> np.ndarray:
    u = np.clip(u, 0.0, 0.97)
    return u**3 / (1.0 - u)


def _loads(es: Estate, eff: Effects | None, traffic: np.ndarray) -> dict[str, np.ndarray]:
    steps = len(traffic)
    ones = np.ones(steps)
    load = {s: np.zeros(steps) for s in es.kinds}
    pending = {s: np.zeros(steps) for s in es.kinds}
    for s in es.order():
        kind = es.kinds[s]
        arriving = pending[s] + (es.ingress.get(s, 0.0) * traffic if s in es.ingress else 0.0)
        if kind == "batch":
            arriving = arriving + ones
        if eff is not None:
            arriving = arriving * eff._get(eff.in_amp, s, 1.0) * (1.0 - eff._get(eff.in_fail, s, 0.0))
        load[s] = arriving
        out = arriving * (eff._get(eff.out_mult, s, 1.0) if eff is not None else 1.0)
        for b in es.callees(s):
            pending[b] = pending[b] + out * es.weight(s, b)
            if eff is not None and b in eff.fallback:  # cache misses land on the caller's databases
                for d in es.callees(s):
                    if es.kinds[d] == "db":
                        pending[d] = pending[d] + out * es.weight(s, b) * eff.fallback[b] * 1.6
    return load


@dataclass
class Nominal:
    """The estate at its daily mean with no fault: capacities, latencies and timeouts derive from it."""

    load: dict[str, float]
    cap: dict[str, float]
    lat: dict[str, float]
    timeout: dict[str, float]


def nominal(es: Estate) -> Nominal:
    load = {s: float(v[0]) for s, v in _loads(es, None, np.ones(1)).items()}
    cap = {s: max(load[s], 1e-6) / es.base_sat[s] for s in es.kinds}
    lat: dict[str, float] = {}
    for s in reversed(es.order()):
        own = KIND_LATENCY[es.kinds[s]] * (1.0 + 0.5 * float(_queueing(np.array([es.base_sat[s]]))[0]))
        if es.kinds[s] != "queue":
            own += sum(es.weight(s, b) * lat[b] for b in es.callees(s))
        lat[s] = own
    timeout = {s: max(5.0 * lat[s], 250.0) for s in es.kinds}
    return Nominal(load, cap, lat, timeout)


def render(es: Estate, eff: Effects, start_hour: float, rng: np.random.Generator) -> dict[str, dict[str, np.ndarray]]:
    """Every service's ``latency_p99_ms``, ``error_rate`` and ``saturation`` per minute, noise included."""
    steps = eff.steps
    nom = nominal(es)
    traffic = daily(steps, start_hour) * (eff.surge if eff.surge is not None else 1.0)
    load = _loads(es, eff, traffic)
    cpu, lat, err = {}, {}, {}
    for s in reversed(es.order()):
        kind = es.kinds[s]
        u = load[s] / (nom.cap[s] * eff._get(eff.cap, s, 1.0)) + eff._get(eff.sat_add, s, 0.0)
        own = KIND_LATENCY[kind] * eff._get(eff.lat_mult, s, 1.0) * (1.0 + 0.5 * _queueing(u))
        own = own + eff._get(eff.lat_add, s, 0.0)
        ok = (1.0 - BASE_ERR.get(kind, 0.0015)) * (1.0 - np.clip(eff._get(eff.err_add, s, 0.0), 0, 1))
        ok = ok * (1.0 - np.clip((u - 0.93) * 2.2, 0.0, 0.7))  # overload sheds requests
        total = own.copy()
        for b in es.callees(s):
            w = es.weight(s, b)
            if kind == "queue":  # the worker's trouble becomes backlog, the publisher does not wait for it
                deficit = np.clip(
                    err[b] + np.maximum(cpu[b] - 0.95, 0) * 2 + (1 - eff._get(eff.out_mult, b, 1.0)), 0, 1
                )
                backlog = np.zeros(steps)
                level = 0.0
                for t in range(steps):
                    level = max(0.0, level + deficit[t] - 0.04)
                    backlog[t] = level
                u = u + np.minimum(0.5, 0.04 * backlog)
                continue
            seen = lat[b] + eff._get(eff.in_lat, b, 0.0)
            tmo = nom.timeout[b]
            timed_out = np.clip((seen - tmo) / tmo, 0.0, 1.0) * 0.85
            total = total + w * np.minimum(seen, tmo)
            failed = 1.0 - (1.0 - err[b] * ERR_PASS.get(es.kinds[b], 0.85)) * (1.0 - eff._get(eff.in_fail, b, 0.0))
            failed = np.clip(failed + timed_out, 0.0, 1.0)
            ok = ok * (1.0 - w * failed)
        cpu[s] = u
        lat[s] = total
        err[s] = 1.0 - ok
    series: dict[str, dict[str, np.ndarray]] = {}
    for s in es.kinds:
        wait = np.maximum(lat[s] / nom.lat[s] - 1.0, 0.0)
        sat = cpu[s] + 0.18 * es.base_sat[s] * np.minimum(wait, 4.0)
        reqs = np.maximum(load[s] / max(nom.load[s], 1e-9), 0.02) * 2500.0
        e = err[s] + rng.normal(0.0, 1.0, steps) * np.sqrt(np.clip(err[s], 1e-4, 1) / reqs)
        spikes = rng.random(steps) < 0.01
        lp = lat[s] * np.exp(rng.normal(0.0, 0.05, steps)) * np.where(spikes, rng.uniform(1.2, 1.6, steps), 1.0)
        series[s] = {
            "latency_p99_ms": np.round(lp, 2),
            "error_rate": np.round(np.clip(e, 0.0, 1.0), 5),
            "saturation": np.round(np.clip(sat + rng.normal(0.0, 0.012, steps), 0.0, 1.0), 4),
        }
    return series
