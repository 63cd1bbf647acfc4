"""The simulator's physics: healthy metrics with daily seasonality and noise, plus faults that propagate.

A fault on a service changes its own latency, errors and (for exhaustion) utilisation; each caller sees the
callee's added latency and errors after the edge's delay, scaled by the edge's call weight and gain (retries,
timeouts, partial fan-out). The strongest path wins. Everything is a pure function of the seed and the events.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from genaiops.lazy import lazy_module

from .faults import fault_shape
from .topology import SimTopology

np = lazy_module("numpy")  # imported on first use: registering a tool or validating needs none

__all__ = ["ActiveFault", "Transient", "World", "is_database"]


def is_database(name: str) -> bool:
    """A data-tier service that answers queries itself (not a cache, queue or third-party API)."""
    return name.endswith(("-db", "-index", "-store"))


_METRIC_INDEX = {"latency_p99_ms": 0, "error_rate": 1, "saturation": 2}
_DAY_MINUTES = 1440.0
_RETRY_COST = 3.0
"""Each 1 % of a callee's requests failing adds 3 % to its caller's p99 latency (retries, timeouts)."""


@dataclass(slots=True)
class ActiveFault:
    """A fault placed on the step grid; ``cleared_at`` is set when an action (or its duration) ends it."""

    kind: str
    service: str
    onset: int
    severity: float
    cleared_at: int | None = None
    scale: float = 1.0
    ramp: int | None = None
    """Steps to full strength (None: the kind's own)."""
    on_off: tuple[int, int] | None = None
    """Intermittent: (steps on, steps off), repeating from the onset."""


@dataclass(frozen=True, slots=True)
class Transient:
    """A short-lived change on one metric: noise blips, benign shifts, side effects of actions.

    ``amount`` is relative for latency (0.4 = +40 %) and absolute for error rate and saturation.
    """

    service: str
    metric: str
    start: int
    length: int
    amount: float


@dataclass(slots=True)
class World:
    """Renders metric arrays for a step range from a topology, a seed and the events so far."""

    topology: SimTopology
    seed: int
    minute_of_day_at_zero: float = 0.0
    step_minutes: float = 1.0
    noise_scale: float = 1.0
    """Multiplies every service's noise (1 = the topology's own levels)."""
    effect_scale: float = 1.0
    """Multiplies every fault's added latency and errors (below 1: subtler faults)."""
    _noise: dict[tuple[int, int, int], np.ndarray] = field(default_factory=dict)
    _paths: dict[str, dict[str, tuple[int, float, float]]] = field(default_factory=dict)
    _index: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._index = {name: i for i, name in enumerate(self.topology.services)}

    # -- propagation -------------------------------------------------------------------------------------------
    def propagation(self, root: str) -> dict[str, tuple[int, float, float]]:
        """For each service reached from ``root`` through its callers: (delay, latency gain, error gain)."""
        if root not in self._paths:
            best: dict[str, tuple[int, float, float]] = {root: (0, 1.0, 1.0)}
            frontier = [root]
            while frontier:
                nxt = []
                for callee in frontier:
                    delay, lat, err = best[callee]
                    for edge in self.topology.callers(callee):
                        cand = (
                            delay + edge.delay,
                            lat * edge.weight * edge.latency_gain,
                            err * edge.weight * edge.error_gain,
                        )
                        if edge.caller not in best or cand[1] > best[edge.caller][1]:
                            best[edge.caller] = cand
                            nxt.append(edge.caller)
                frontier = nxt
            self._paths[root] = best
        return self._paths[root]

    # -- rendering ---------------------------------------------------------------------------------------------
    def _standard_normal(self, svc: int, metric: int, a: int, b: int) -> np.ndarray:
        block_len = 1440
        parts = []
        for block in range(a // block_len, (b - 1) // block_len + 1):
            key = (svc, metric, block)
            if key not in self._noise:
                rng = np.random.default_rng([self.seed & 0xFFFFFFFF, svc, metric, block + 2**20])
                # latency p99 is spiky: Student-t (4 degrees of freedom) scaled to unit variance
                draw = rng.standard_t(4, block_len) / np.sqrt(2.0) if metric == 0 else rng.standard_normal(block_len)
                self._noise[key] = draw
            lo, hi = max(a, block * block_len), min(b, (block + 1) * block_len)
            parts.append(self._noise[key][lo - block * block_len : hi - block * block_len])
        return np.concatenate(parts)

    def traffic(self, steps: np.ndarray) -> np.ndarray:
        """Relative request volume: 1 +- 30 % over the day, peaking at 14:00 UTC."""
        minutes = self.minute_of_day_at_zero + steps * self.step_minutes
        return 1.0 + 0.3 * np.cos(2 * math.pi * (minutes - 840.0) / _DAY_MINUTES)

    def _healthy(self, steps: np.ndarray, replica_ratio: dict[str, np.ndarray]) -> np.ndarray:
        traffic = self.traffic(steps)
        out = np.empty((len(self._index), 3, len(steps)))
        for name, i in self._index.items():
            prof = self.topology.profiles[name]
            ratio = replica_ratio.get(name, 1.0)
            out[i, 0] = self.topology.base_latency_ms[name] * (1 + 0.15 * (traffic - 1))
            out[i, 1] = prof.error_rate * traffic
            out[i, 2] = prof.saturation * traffic * ratio
        return out

    @staticmethod
    def _amplitude(t: np.ndarray, fault: ActiveFault, ramp: int) -> np.ndarray:
        tau = t - fault.onset
        amp = np.clip((tau + 1) / ramp, 0.0, 1.0) * (tau >= 0)
        if fault.on_off is not None:
            on, off = fault.on_off
            amp = amp * (np.mod(tau, on + off) < on)
        if fault.cleared_at is not None:
            amp = amp * np.clip(1.0 - (t - fault.cleared_at + 1) / 2.0, 0.0, 1.0)
        return amp

    @staticmethod
    def _sawtooth(t: np.ndarray, fault: ActiveFault, ramp: int) -> tuple[np.ndarray, np.ndarray]:
        """A leak: utilisation climbs over ``ramp`` steps, then an OOM restart (3 steps of errors); again."""
        tau = t - fault.onset
        phase = np.mod(tau, ramp + 3)
        live = (tau >= 0) & (fault.cleared_at is None or t < fault.cleared_at)
        climb = np.where(phase < ramp, (phase + 1) / ramp, 0.0) * live
        return climb, (phase >= ramp) * live

    def _add_fault(self, out: np.ndarray, steps: np.ndarray, fault: ActiveFault) -> None:
        shape = fault_shape(fault.kind, fault.severity, self.effect_scale * fault.scale)
        ramp = fault.ramp or shape.ramp_steps
        root = self._index[fault.service]
        base_lat = self.topology.base_latency_ms[fault.service]
        climb = None
        if shape.pattern == "sawtooth":
            climb, crash = self._sawtooth(steps, fault, ramp)
        for name, (delay, lat_gain, err_gain) in self.propagation(fault.service).items():
            if name == fault.service and not shape.own_visible:
                continue
            if climb is not None:
                c, k = self._sawtooth(steps - delay, fault, ramp)
                lat_amp, err_amp = 0.5 * c**2 + k, k
            else:
                lat_amp = err_amp = self._amplitude(steps - delay, fault, ramp)
            i = self._index[name]
            out[i, 0] += lat_gain * shape.latency_rel * base_lat * lat_amp
            out[i, 1] += err_gain * shape.error_add * err_amp
            if name != fault.service:  # callers retry and time out: errors below become latency here
                out[i, 0] += _RETRY_COST * err_gain * shape.error_add * err_amp * self.topology.base_latency_ms[name]
        amp = climb if climb is not None else self._amplitude(steps, fault, ramp)
        if shape.saturation_to is not None:
            out[root, 2] += np.maximum(0.0, shape.saturation_to - out[root, 2]) * amp
        if shape.traffic_drop:
            out[root, 2] *= 1.0 - shape.traffic_drop * amp
        if shape.callee_drop:
            self._drop_callees(out, fault, shape.callee_drop * amp)
        if shape.fallback_load:
            for db in self.fallback_databases(fault.service):
                onset = fault.onset + 1
                twin = ActiveFault(
                    "_fallback", db, onset, fault.severity, fault.cleared_at, 1.0, fault.ramp, fault.on_off
                )
                self._add_fault(out, steps, twin)

    def _drop_callees(self, out: np.ndarray, fault: ActiveFault, drop: np.ndarray) -> None:
        """A service whose connection pool is exhausted sends its databases less work."""
        last = max(p.tier for p in self.topology.profiles.values())
        for edge in self.topology.edges:
            if edge.caller != fault.service or self.topology.profiles[edge.callee].tier != last:
                continue
            total = sum(e.weight for e in self.topology.callers(edge.callee))
            out[self._index[edge.callee], 2] *= 1.0 - drop * edge.weight / total

    def fallback_databases(self, cache: str) -> list[str]:
        """Databases that callers of ``cache`` also call: where they go when the cache stops answering."""
        last = max(p.tier for p in self.topology.profiles.values())
        out: set[str] = set()
        for edge in self.topology.callers(cache):
            for e in self.topology.edges:
                prof = self.topology.profiles[e.callee]
                if e.caller == edge.caller and e.callee != cache and prof.tier == last and is_database(e.callee):
                    out.add(e.callee)
        return sorted(out)

    def _add_transient(self, out: np.ndarray, steps: np.ndarray, tr: Transient) -> None:
        mask = (steps >= tr.start) & (steps < tr.start + tr.length)
        i, m = self._index[tr.service], _METRIC_INDEX[tr.metric]
        if m == 0:
            out[i, m, mask] *= 1.0 + tr.amount
        else:
            out[i, m, mask] += tr.amount

    def _add_noise(self, out: np.ndarray, a: int, b: int) -> None:
        for name, i in self._index.items():
            prof, k = self.topology.profiles[name], self.noise_scale
            out[i, 0] *= 1.0 + k * prof.latency_noise * self._standard_normal(i, 0, a, b)
            out[i, 1] += k * prof.error_noise * self._standard_normal(i, 1, a, b)
            out[i, 2] += k * prof.saturation_noise * self._standard_normal(i, 2, a, b)
        np.clip(out[:, 0], 0.1, None, out=out[:, 0])
        np.clip(out[:, 1:], 0.0, 1.0, out=out[:, 1:])

    def render(
        self,
        a: int,
        b: int,
        faults: list[ActiveFault],
        transients: list[Transient],
        replica_ratio: dict[str, np.ndarray] | None = None,
    ) -> np.ndarray:
        """Metrics for steps ``[a, b)``: array (services, 3 metrics, steps) in topology order."""
        if b <= a:
            return np.empty((len(self._index), 3, 0))
        steps = np.arange(a, b, dtype=float)
        out = self._healthy(steps, replica_ratio or {})
        for fault in faults:
            self._add_fault(out, steps, fault)
        for tr in transients:
            self._add_transient(out, steps, tr)
        self._add_noise(out, a, b)
        return out
