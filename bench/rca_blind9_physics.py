"""Metric physics of the ninth blind RCA set (bench/rca_blind9.py), written for it.

A ``Scene`` holds, per service and per minute, knobs that faults and distractors turn: a multiplier on the
requests a service receives from outside (``inflow``), on its own service time (``slow``), added milliseconds
(``stall``), its own error share (``own_err``), CPU cost per request (``cpu``) and added saturation (``busy``);
per call edge, an amplification of the calls (retries, fallbacks, shed work: ``amp``) and the share of calls that
fail before reaching the callee (``cut``: refused connections, handshake and name failures; the callee never sees
them). ``render`` then works out, minute by minute:

- requests: user traffic at the edges (a slow swell plus a shared wobble), workers and batches at their own pace,
  pushed down the call graph callers-first;
- saturation: the service's usual utilisation scaled by its load and CPU cost, plus ``busy``; above 0.97 the
  overflow is shed as errors;
- p99 latency, callees first: own time inflated by queueing (1/(1-u))^0.7 relative to the usual, plus each callee's
  latency weighted by the share of calls that reach it, capped at the caller's timeout; calls that time out become
  errors;
- error share: own errors, overload shedding, cut calls and the callee errors that leak through (caches' errors
  mostly fall back, so little leaks);
- then a scrape: multiplicative jitter on latency with rare outliers, additive noise on errors and saturation.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
from rca_blind9_estates import ESTATES, Estate

BASE_MS = {  # own p99 service time range per kind
    "edge": (8, 25),
    "api": (20, 70),
    "svc": (10, 60),
    "worker": (30, 120),
    "batch": (200, 900),
    "db": (3, 25),
    "cache": (0.6, 3),
    "broker": (4, 12),
    "dns": (0.8, 3),
    "auth": (6, 20),
    "ext": (80, 320),
    "sidecar": (0.5, 2),
}
LEAK = {"cache": 0.15, "dns": 0.6}  # share of a callee's errors that reach its caller (default 0.85)


class Scene:
    def __init__(self, estate: Estate, steps: int, seed: int):
        self.estate = estate
        self.T = steps
        rng = np.random.default_rng(seed)
        self.inflow = {s: np.ones(steps) for s in estate.kinds}
        self.slow = {s: np.ones(steps) for s in estate.kinds}
        self.stall = {s: np.zeros(steps) for s in estate.kinds}
        self.own_err = {s: np.zeros(steps) for s in estate.kinds}
        self.cpu = {s: np.ones(steps) for s in estate.kinds}
        self.busy = {s: np.zeros(steps) for s in estate.kinds}
        self.amp: dict[tuple[str, str], np.ndarray] = {}
        self.cut: dict[tuple[str, str], np.ndarray] = {}
        t = np.arange(steps)
        wobble = np.cumsum(rng.normal(0, 0.006, steps))
        wobble -= np.linspace(wobble[0], wobble[-1], steps)
        self.traffic = 1 + rng.uniform(0.03, 0.12) * np.sin(2 * np.pi * t / rng.uniform(240, 600) + rng.uniform(0, 6))
        self.traffic = np.maximum(self.traffic + wobble, 0.5)
        self.noise_seed = int(rng.integers(2**31))

    def edge_amp(self, a: str, b: str) -> np.ndarray:
        return self.amp.setdefault((a, b), np.ones(self.T))

    def edge_cut(self, a: str, b: str) -> np.ndarray:
        return self.cut.setdefault((a, b), np.zeros(self.T))


@lru_cache(maxsize=8)
def usual(name: str) -> dict[str, dict[str, float]]:
    """Per service: usual load, utilisation, own time, error share and latency (deterministic per estate)."""
    estate = ESTATES[name]
    rng = np.random.default_rng(sum(map(ord, name)) * 7919)
    out: dict[str, dict[str, float]] = {}
    for s in estate.order:
        kind = estate.kinds[s]
        lo, hi = BASE_MS[kind]
        load = estate.ingress.get(s, 0.0) * 1000.0
        for c, w in estate.callers(s):
            load += out[c]["load"] * w
        if kind in ("worker", "batch"):
            load = float(rng.uniform(40, 160))
        out[s] = {
            "load": max(load, 1.0),
            "util": float(rng.uniform(0.18, 0.55)),
            "ms": float(np.exp(rng.uniform(np.log(lo), np.log(hi)))),
            "err": float(rng.uniform(0.0003, 0.003)),
        }
    for s in reversed(estate.order):
        u = out[s]
        u["lat"] = u["ms"] + sum(w * out[c]["lat"] * 0.9 for c, w in estate.callees(s))
    return out


def render(scene: Scene) -> dict[str, dict[str, np.ndarray]]:
    estate, T = scene.estate, scene.T
    base = usual(estate.name)
    ones, zeros = np.ones(T), np.zeros(T)
    load: dict[str, np.ndarray] = {}
    for s in estate.order:
        kind = estate.kinds[s]
        if kind in ("worker", "batch"):
            x = base[s]["load"] * scene.inflow[s]
        else:
            x = estate.ingress.get(s, 0.0) * 1000.0 * scene.traffic * scene.inflow[s]
            for c, w in estate.callers(s):
                x = x + load[c] * w * scene.amp.get((c, s), ones) * (1 - scene.cut.get((c, s), zeros))
            if not estate.ingress.get(s):
                x = x * scene.inflow[s]
        load[s] = x
    sat: dict[str, np.ndarray] = {}
    shed: dict[str, np.ndarray] = {}
    for s in estate.order:
        raw = base[s]["util"] * load[s] / base[s]["load"] * scene.cpu[s] + scene.busy[s]
        sat[s] = np.clip(raw, 0.005, 0.995)
        shed[s] = np.clip((raw - 0.97) * 0.8, 0, 0.75)
    lat: dict[str, np.ndarray] = {}
    err: dict[str, np.ndarray] = {}
    for s in reversed(estate.order):
        b = base[s]
        queue = ((1 - b["util"]) / (1 - np.minimum(sat[s], 0.97))) ** 0.7
        own = b["ms"] * scene.slow[s] * np.maximum(queue, 0.6) + scene.stall[s]
        total = own.copy()
        ok = (1 - np.clip(b["err"] + scene.own_err[s], 0, 1)) * (1 - shed[s])
        for c, w in estate.callees(s):
            cut = scene.cut.get((s, c), zeros)
            timeout = 6 * base[c]["lat"] + 250
            late = np.clip((lat[c] - timeout) / (timeout * 2), 0, 0.9)
            reach = w * (1 - cut)
            total = total + reach * np.minimum(lat[c], timeout) * 0.9 + w * cut * 1.5
            bad = w * cut + reach * (LEAK.get(estate.kinds[c], 0.85) * err[c] * (1 - late) + late)
            ok = ok * (1 - np.clip(bad, 0, 1))
        lat[s] = np.maximum(total, 0.2)
        err[s] = np.clip(1 - ok, 0, 1)
    rng = np.random.default_rng(scene.noise_seed)
    series: dict[str, dict[str, np.ndarray]] = {}
    for s in sorted(estate.kinds):
        jitter = np.exp(rng.normal(0, 0.055, T))
        outlier = np.where(rng.random(T) < 0.01, rng.uniform(1.3, 1.9, T), 1.0)
        e = err[s] + rng.normal(0, 0.0012, T) + err[s] * rng.normal(0, 0.08, T)
        series[s] = {
            "latency_p99_ms": np.round(lat[s] * jitter * outlier, 3),
            "error_rate": np.round(np.clip(e, 0, 1), 5),
            "saturation": np.round(np.clip(sat[s] + rng.normal(0, 0.012, T), 0, 1), 4),
        }
    return series
