"""Metric physics for bench/rca_blind6.py: how load, latency, errors and saturation move through a call graph.

One pass per minute-vector (numpy arrays over the window):
- load flows down: a service's request rate is its own ingress share times the day's traffic, plus what its callers
  send it (edge weight x a load multiplier: retries raise it, an exhausted pool or a starved thread pool lowers it;
  connections that fail before they arrive — TLS, DNS — never reach the callee);
- latency flows up: own p99 grows with utilisation (a queueing factor, 1 at the service's usual load), callees'
  p99 add in with their weight (capped at the caller's timeout, 5x their usual p99); beyond the timeout the caller
  counts errors;
- errors flow up, damped by how callers treat a failing callee (a cache miss falls back: 5 % of cache errors show;
  a queue publish is retried: 40 %; an external API: 70 %; anything else: 85 %);
- saturation is utilisation plus threads held waiting on slow callees plus whatever a fault adds (memory, disk);
  over ~0.93 the service sheds load as errors.
Observed values add noise: multiplicative, heavy-tailed noise on p99, counting noise on error rates, gauge noise on
saturation. The same noise draws serve the faulted run and the clean counterfactual, which the visibility rule
compares.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from rca_blind6_estates import Estate

PASS = {"cache": 0.05, "queue": 0.4, "external": 0.7, "dns": 0.0}
OWN_P99 = {
    "gateway": (8, 20), "bff": (20, 45), "api": (12, 70), "worker": (40, 140), "queue": (2, 6), "db": (3, 18),
    "cache": (0.6, 2.5), "batch": (300, 900), "external": (90, 420), "dns": (1, 3),
}  # fmt: skip


@dataclass
class Params:
    """One incident's draw of the estate's constants."""

    p99: dict[str, float]
    err: dict[str, float]
    util: dict[str, float]
    volume: float
    lat_sd: dict[str, float]
    sat_sd: dict[str, float]


@dataclass
class Effects:
    """What faults and distractors do, as arrays over the window (missing entries mean 'no change')."""

    steps: int
    traffic: np.ndarray
    lat_add: dict[str, np.ndarray] = field(default_factory=dict)
    lat_mult: dict[str, np.ndarray] = field(default_factory=dict)
    err_add: dict[str, np.ndarray] = field(default_factory=dict)
    sat_add: dict[str, np.ndarray] = field(default_factory=dict)
    cap_mult: dict[str, np.ndarray] = field(default_factory=dict)
    load: dict[tuple[str, str], np.ndarray] = field(default_factory=dict)
    fail: dict[tuple[str, str], np.ndarray] = field(default_factory=dict)

    def add(self, table: str, key, values: np.ndarray) -> None:
        got = getattr(self, table)
        got[key] = got.get(key, 0.0) + values

    def mul(self, table: str, key, values: np.ndarray) -> None:
        got = getattr(self, table)
        got[key] = got.get(key, 1.0) * values

    def copy(self) -> Effects:
        return Effects(
            self.steps, self.traffic.copy(), dict(self.lat_add), dict(self.lat_mult), dict(self.err_add),
            dict(self.sat_add), dict(self.cap_mult), dict(self.load), dict(self.fail),
        )  # fmt: skip


def draw_params(est: Estate, rng: np.random.Generator) -> Params:
    p99 = {s: float(rng.uniform(*OWN_P99[k])) for s, k in est.kinds.items()}
    err = {
        s: float(rng.uniform(0.002, 0.01) if k == "external" else rng.uniform(0.0003, 0.003))
        for s, k in est.kinds.items()
    }
    util = {s: float(rng.uniform(0.45, 0.7) if k == "batch" else rng.uniform(0.22, 0.58)) for s, k in est.kinds.items()}
    lat_sd = {s: float(rng.uniform(0.04, 0.09)) for s in est.kinds}
    sat_sd = {s: float(rng.uniform(0.008, 0.025)) for s in est.kinds}
    return Params(p99, err, util, float(rng.uniform(6000, 40000)), lat_sd, sat_sd)


def daily_traffic(start_hour: float, steps: int, rng: np.random.Generator) -> np.ndarray:
    """Requests relative to the day's mean: a two-hump day (late morning, evening) with a night trough."""
    h = start_hour + np.arange(steps) / 60.0
    day = 1 + 0.35 * np.sin(2 * np.pi * (h - 8) / 24) + 0.15 * np.sin(4 * np.pi * (h - 14) / 24)
    wobble = np.cumsum(rng.normal(0, 0.004, steps))
    return np.clip(day + wobble - wobble.mean(), 0.3, None)


def _rates(est: Estate, order: list[str], eff: Effects) -> dict[str, np.ndarray]:
    rate: dict[str, np.ndarray] = {}
    for s in order:
        r = est.ingress.get(s, 0.0) * eff.traffic
        for a, w in est.ins[s]:
            b = s
            r = r + rate[a] * w * eff.load.get((a, b), 1.0) * (1 - eff.fail.get((a, b), 0.0))
        rate[s] = r
    return rate


def run(est: Estate, p: Params, eff: Effects, ref: dict | None = None) -> dict:
    """Noise-free metrics; ``ref`` (the clean run) gives the usual p99 that timeouts and waiting threads use."""
    order = est.topo
    rate = _rates(est, order, eff)
    base = ref["base"] if ref else {s: max(float(rate[s].mean()), 1e-9) for s in order}
    lat: dict[str, np.ndarray] = {}
    err: dict[str, np.ndarray] = {}
    sat: dict[str, np.ndarray] = {}
    for s in reversed(order):
        util = p.util[s] * rate[s] / (base[s] * eff.cap_mult.get(s, 1.0))
        queueing = (1 - p.util[s]) / (1 - np.minimum(util, 0.96))
        own = p.p99[s] * queueing * eff.lat_mult.get(s, 1.0) + eff.lat_add.get(s, 0.0)
        down = np.zeros(eff.steps)
        survive = np.ones(eff.steps)
        for b, w in est.outs[s]:
            kind = est.kinds[b]
            fail = eff.fail.get((s, b), 0.0)
            usual = ref["lat"][b] if ref else lat[b]
            timeout = np.clip((lat[b] / usual - 5) / 5, 0, 0.7)
            if kind != "dns":
                down = down + 0.8 * w * eff.load.get((s, b), 1.0) * (1 - fail) * np.minimum(lat[b], 5 * usual)
            callee_err = PASS.get(kind, 0.85) * err[b] + timeout
            survive = survive * (1 - np.clip(w * (fail + (1 - fail) * callee_err), 0, 1))
        total = own + down
        waiting = np.clip(total / ref["lat"][s], 1, 4) if ref else 1.0
        u = util * (1 + 0.3 * (waiting - 1)) + eff.sat_add.get(s, 0.0)
        overload = np.clip((u - 0.93) * 2.5, 0, 0.7)
        own_err = np.clip(p.err[s] + eff.err_add.get(s, 0.0) + overload, 0, 1)
        err[s] = 1 - (1 - own_err) * survive
        lat[s] = total
        sat[s] = np.clip(u, 0, 1)
    return {"rate": rate, "base": base, "lat": lat, "err": err, "sat": sat}


def draw_noise(est: Estate, steps: int, rng: np.random.Generator) -> dict[str, np.ndarray]:
    out = {}
    for s in sorted(est.kinds):
        lat = rng.standard_t(5, steps) * 0.8
        lat[rng.random(steps) < 0.01] += rng.uniform(1.5, 3.0)
        out[s] = np.stack([lat, rng.normal(0, 1, steps), rng.normal(0, 1, steps)])
    return out


def observe(est: Estate, p: Params, clean: dict, got: dict, noise: dict[str, np.ndarray]) -> dict[str, dict]:
    """The exported series: p99 in ms, error rate 0..1, saturation 0..1 (batch jobs export no error rate)."""
    out: dict[str, dict] = {}
    for s, kind in est.kinds.items():
        n = noise[s]
        lat = got["lat"][s] * np.exp(p.lat_sd[s] * n[0])
        calls = np.maximum(p.volume * clean["rate"][s], 5.0)
        e = got["err"][s]
        err = np.clip(e + np.sqrt(e / calls) * n[1] + 0.0002 * np.abs(n[1]), 0, 1)
        sat = np.clip(got["sat"][s] + p.sat_sd[s] * n[2], 0, 1)
        series = {"latency_p99_ms": lat, "saturation": sat}
        if kind != "batch":
            series["error_rate"] = err
        out[s] = series
    return out


def sigma(p: Params, clean: dict, s: str) -> dict[str, np.ndarray]:
    """The noise scale of each metric of ``s`` around its clean value (what a deviation is measured in)."""
    calls = np.maximum(p.volume * clean["rate"][s], 5.0)
    e = clean["err"][s]
    return {
        "latency_p99_ms": p.lat_sd[s] * clean["lat"][s],
        "error_rate": np.sqrt(e / calls) + 0.0003,
        "saturation": np.full_like(e, p.sat_sd[s]),
    }


def degraded_minutes(p: Params, clean: dict, got: dict, s: str, z: float, kind: str) -> int:
    """Minutes where some metric of ``s`` sits at least ``z`` noise scales off its clean value."""
    sig = sigma(p, clean, s)
    keys = (("latency_p99_ms", "lat"), ("saturation", "sat")) + ((("error_rate", "err"),) if kind != "batch" else ())
    worst = np.zeros(len(clean["lat"][s]), dtype=bool)
    for metric, key in keys:
        worst |= np.abs(got[key][s] - clean[key][s]) >= z * sig[metric]
    return int(worst.sum())
