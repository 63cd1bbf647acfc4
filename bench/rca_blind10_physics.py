"""Metric physics of the tenth blind RCA set: traffic flows from callers to callees (calls per request, times what
each edge forwards and lets through), load against capacity gives utilisation and queueing delay, and errors and
latency flow back from callees to callers with a coupling per callee kind (a cache's failure is a miss, not an
error; a broker's publish is asynchronous). One-minute steps; four metrics per service: request_rate,
error_rate, latency_p99_ms, saturation."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from rca_blind10_estates import Estate

BASE_LAT = {"edge": 45.0, "svc": 35.0, "db": 9.0, "cache": 1.2, "broker": 6.0, "batch": 400.0, "proxy": 3.0,
            "ext": 120.0}  # fmt: skip
BASE_UTIL = {"edge": 0.32, "svc": 0.38, "db": 0.42, "cache": 0.25, "broker": 0.35, "batch": 0.55, "proxy": 0.2,
             "ext": 0.3}  # fmt: skip
ERR_COUPLING = {"cache": 0.04, "broker": 0.7, "ext": 0.8, "db": 0.9, "svc": 0.85, "proxy": 0.95, "batch": 0.5,
                "edge": 0.85}  # fmt: skip
LAT_COUPLING = {"cache": 0.9, "broker": 0.35, "ext": 0.7, "db": 0.8, "svc": 0.75, "proxy": 0.95, "batch": 0.2,
                "edge": 0.75}  # fmt: skip


@dataclass
class Effects:
    """What faults and distractors do, per service and per edge, step by step (defaults: nothing)."""

    steps: int
    load: dict[str, np.ndarray] = field(default_factory=dict)  # x outside traffic entering the service
    own_err: dict[str, np.ndarray] = field(default_factory=dict)  # share of requests the service fails itself
    own_lat: dict[str, np.ndarray] = field(default_factory=dict)  # ms added by the service itself
    own_sat: dict[str, np.ndarray] = field(default_factory=dict)  # utilisation added (memory, locks, neighbours)
    cap: dict[str, np.ndarray] = field(default_factory=dict)  # x capacity
    fwd: dict[tuple[str, str], np.ndarray] = field(default_factory=dict)  # x calls the caller makes to the callee
    fail: dict[tuple[str, str], np.ndarray] = field(default_factory=dict)  # share failing before reaching callee
    fail_lat: dict[tuple[str, str], np.ndarray] = field(default_factory=dict)  # ms a failing call costs the caller

    def _get(self, table, key, default):
        if key not in table:
            table[key] = np.full(self.steps, default, dtype=float)
        return table[key]

    def add(self, table: str, key, values) -> None:
        arr = self._get(getattr(self, table), key, 0.0)
        arr += values

    def mul(self, table: str, key, values) -> None:
        arr = self._get(getattr(self, table), key, 1.0)
        arr *= values


def render(es: Estate, fx: Effects, rng: np.random.Generator, day_phase: float) -> dict[str, dict[str, np.ndarray]]:
    """The four metrics of every service (third parties included; the environment hides what has no metrics)."""
    T = fx.steps
    t = np.arange(T, dtype=float)
    one = np.ones(T)
    diurnal = 1.0 + 0.18 * np.sin(2 * np.pi * (t / 1440.0 + day_phase))
    order = es.order
    rate: dict[str, np.ndarray] = {}
    base_rate: dict[str, float] = {}
    for s in order:
        r = es.ingress.get(s, 0.0) * diurnal * fx.load.get(s, one)
        b = es.ingress.get(s, 0.0)
        for c, w in es.callers(s):
            r = r + rate[c] * w * fx.fwd.get((c, s), one) * (1.0 - fx.fail.get((c, s), 0 * one))
            b += base_rate[c] * w
        rate[s] = np.maximum(r, 0.0)
        base_rate[s] = max(b, 1e-6)
    util: dict[str, np.ndarray] = {}
    qlat: dict[str, np.ndarray] = {}
    over: dict[str, np.ndarray] = {}
    for s in order:
        k = es.kinds[s]
        u0 = BASE_UTIL[k]
        u = u0 * rate[s] / base_rate[s] / fx.cap.get(s, one) + fx.own_sat.get(s, 0 * one)
        util[s] = u
        q = 1.0 / (1.0 - np.minimum(u, 0.96))
        qlat[s] = BASE_LAT[k] * 0.7 * np.maximum(q * (1.0 - u0) - 1.0, -0.3)
        over[s] = np.clip((u - 0.9) * 3.5, 0.0, 0.7)
    err: dict[str, np.ndarray] = {}
    lat: dict[str, np.ndarray] = {}
    for s in reversed(order):
        k = es.kinds[s]
        ok = (1.0 - fx.own_err.get(s, 0 * one)) * (1.0 - over[s])
        la = BASE_LAT[k] + fx.own_lat.get(s, 0 * one) + qlat[s]
        for c, w in es.callees(s):
            kc = es.kinds[c]
            f = fx.fail.get((s, c), 0 * one)
            share = min(1.0, w)
            bad = f + (1.0 - f) * err[c] * ERR_COUPLING[kc]
            ok = ok * (1.0 - share * np.clip(bad, 0.0, 1.0))
            la = la + min(1.5, w) * LAT_COUPLING[kc] * (lat[c] - BASE_LAT[kc]) * (1.0 - f)
            la = la + share * fx.fail_lat.get((s, c), 0 * one)
        err[s] = 1.0 - ok
        lat[s] = np.maximum(la, 0.3 * BASE_LAT[k])
    out = {}
    for s in order:
        k = es.kinds[s]
        noise = rng.normal(0.0, 1.0, (4, T))
        base_err = rng.uniform(0.0005, 0.008)
        rr = rate[s] * (1.0 + 0.035 * noise[0])
        er = err[s] + base_err * np.exp(0.35 * noise[1])
        lt = lat[s] * np.exp(0.07 * noise[2] + rng.uniform(-0.02, 0.02))
        sa = util[s] + 0.012 * noise[3]
        out[s] = {
            "request_rate": np.round(np.maximum(rr, 0.0), 3),
            "error_rate": np.round(np.clip(er, 0.0, 1.0), 5),
            "latency_p99_ms": np.round(np.maximum(lt, 0.2), 2),
            "saturation": np.round(np.clip(sa, 0.0, 1.0), 4),
        }
    return out
