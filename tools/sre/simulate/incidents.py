"""Seeded incidents for benchmarks, tests and scenarios: faults plus the noise an on-call engineer sees.

Each incident places one or more faults on a simulated estate, adds red herrings (deploys that are fine,
one-minute blips, a batch job that raises one service's utilisation) and says which window someone would
look at after being paged. The ground truth (``faults``, ``truth_labels``) is for scoring only: diagnosis
code never reads it.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from ..environment import dependency_graph
from .environment import SimulatedEnvironment
from .faults import FAULT_KINDS, FaultSpec, fault_shape
from .topology import SimTopology, build_topology
from .world import Transient

__all__ = ["SimulatedIncident", "make_incident", "truth_labels"]


@dataclass(slots=True)
class SimulatedIncident:
    """An estate with injected faults and the step window an on-call engineer would pull."""

    env: SimulatedEnvironment
    faults: list[FaultSpec]
    window: tuple[int, int]

    @property
    def start(self):
        return self.env.time_of(self.window[0])

    @property
    def end(self):
        return self.env.time_of(self.window[1])


def _independent_roots(topo: SimTopology, rng: random.Random, kinds: list[str]) -> list[str]:
    import networkx as nx

    graph = dependency_graph(topo.to_topology())
    data = [n for n, p in topo.profiles.items() if p.tier == max(q.tier for q in topo.profiles.values())]
    chosen: list[str] = []
    for kind in kinds:
        pool = data if kind == "dependency_outage" else topo.services
        options = [
            s
            for s in pool
            if s not in chosen and not any(nx.has_path(graph, s, c) or nx.has_path(graph, c, s) for c in chosen)
        ]
        chosen.append(rng.choice(options or [s for s in pool if s not in chosen]))
    return chosen


def _red_herrings(env: SimulatedIncident, rng: random.Random, t0: int) -> None:
    services = env.env.sim.services
    for name in rng.sample(services, rng.randint(2, 4)):
        env.env.record_deploy(name, env.env.time_of(t0 + rng.randint(-90, 10)))
    for _ in range(rng.randint(3, 6)):
        metric = rng.choice(("latency_p99_ms", "error_rate"))
        amount = rng.uniform(0.5, 1.5) if metric == "latency_p99_ms" else rng.uniform(0.02, 0.05)
        start = t0 + rng.randint(-80, 15)
        env.env.add_transient(Transient(rng.choice(services), metric, start, rng.randint(1, 2), amount))
    if rng.random() < 0.3:
        start = t0 + rng.randint(-60, 10)
        amount = rng.uniform(0.15, 0.3)
        env.env.add_transient(Transient(rng.choice(services), "saturation", start, rng.randint(30, 60), amount))


def make_incident(
    topology: str | SimTopology = "shop",
    seed: int = 0,
    kinds: list[str] | None = None,
    *,
    noise: bool = True,
    look_after: tuple[int, int] = (12, 25),
    noise_scale: float = 1.0,
    effect_scale: float = 1.0,
) -> SimulatedIncident:
    """An incident with one fault per entry of ``kinds`` (default: one random kind), seeded end to end.

    Several faults land on services with no call path between them, with onsets within +-8 minutes.
    ``noise``: add red herrings; ``look_after``: the window ends this many minutes (range) after the fault;
    ``noise_scale``: multiply every service's metric noise; ``effect_scale``: multiply faults' effects.
    """
    rng = random.Random(f"incident:{seed}")
    topo = topology if isinstance(topology, SimTopology) else build_topology(topology, seed=rng.randint(0, 3))
    kinds = kinds or [rng.choice(FAULT_KINDS)]
    env = SimulatedEnvironment(topo, seed=seed, noise_scale=noise_scale, effect_scale=effect_scale)
    t0 = rng.randint(180, 2 * 1440 - 60)
    faults = []
    for kind, service in zip(kinds, _independent_roots(topo, rng, kinds), strict=True):
        onset = t0 + (rng.randint(-8, 8) if len(kinds) > 1 else 0)
        faults.append(FaultSpec(kind=kind, service=service, at=env.time_of(onset), severity=rng.random()))
    incident = SimulatedIncident(env, faults, (t0 - 90, t0 + rng.randint(*look_after)))
    if noise:
        _red_herrings(incident, rng, t0)
    for fault in faults:
        env.inject(fault)
    return incident


def truth_labels(incident: SimulatedIncident, min_z: float = 3.0) -> dict[str, int]:
    """For scoring: each service's strongest injected fault (index into ``faults``), where it is visible.

    A fault is visible on a service when its expected shift is at least ``min_z`` noise standard deviations.
    """
    topo, world = incident.env.sim, incident.env.world
    best: dict[str, tuple[float, int]] = {}
    for k, fault in enumerate(incident.faults):
        shape = fault_shape(fault.kind, fault.severity, world.effect_scale)
        root_lat = topo.base_latency_ms[fault.service]
        for name, (_, lat_gain, err_gain) in world.propagation(fault.service).items():
            prof = topo.profiles[name]
            z_lat = lat_gain * shape.latency_rel * root_lat / (prof.latency_noise * topo.base_latency_ms[name])
            z_err = err_gain * shape.error_add / prof.error_noise
            z = max(z_lat, z_err, float("inf") if name == fault.service else 0.0)
            if z >= min_z and z > best.get(name, (0.0, -1))[0]:
                best[name] = (z, k)
    return {name: k for name, (_, k) in best.items()}
