"""Harder, realistic incidents: every fault kind, partial observability, decoy changes, distractors, several roots.

``make_realistic_incident`` is what ``bench/rca.py --realistic`` scores diagnosis on. On top of ``make_incident``:

- faults of every kind (``ALL_FAULT_KINDS``), some small (effects x0.35-0.6), ramping (10-20 minutes to full
  strength) or intermittent (a few minutes on, a few off);
- unobserved services: some roots export no metrics of their own (their callers all degrade), and a few other
  services are unobserved too;
- decoy changes: a deploy on a symptomatic service (a caller of the root) minutes before the onset; the real
  change of a bad deploy is logged on time, late (5-25 minutes after) or not at all;
- distractors: GC pauses (one-minute latency spikes), batch CPU plateaus, healthy rolling deploys (a deploy and
  a few minutes of slightly worse latency and errors), traffic surges (utilisation up everywhere);
- multi-fault incidents: 2-3 simultaneous roots with no call path between them.

The ground truth (``faults``) is for scoring only.
"""

from __future__ import annotations

import random
from dataclasses import replace

from ..environment import dependency_graph
from .environment import SimulatedEnvironment
from .faults import ALL_FAULT_KINDS, FaultSpec, fault_shape
from .incidents import SimulatedIncident
from .topology import SimTopology, build_topology
from .world import Transient, World, is_database

__all__ = ["make_realistic_incident"]

_HIDDEN_OK = {"cache_stampede", "connection_pool_exhaustion"}
"""Kinds whose root must keep its metrics (their signature is on other services, read through the root)."""


def _eligible(topo: SimTopology, kind: str) -> list[str]:
    last = max(p.tier for p in topo.profiles.values())
    world = World(topo, 0)
    observed = [n for n, p in topo.profiles.items() if p.observed]
    if kind == "slow_database":
        return [n for n in observed if is_database(n)]
    if kind == "cache_stampede":
        return [n for n in observed if "cache" in n and world.fallback_databases(n)]
    if kind == "connection_pool_exhaustion":
        return [n for n in observed if any(e.caller == n and is_database(e.callee) for e in topo.edges)]
    if kind == "dependency_outage":
        return [n for n, p in topo.profiles.items() if p.tier == last]
    if kind in ("certificate_expiry", "dns_failure"):
        return [n for n in observed if topo.callers(n)]
    return observed


def _roots(topo: SimTopology, rng: random.Random, count: int, kinds: list[str] | None) -> tuple[list[str], list[str]]:
    """Kinds and roots: each root fits its kind and has no call path to or from another root (nor to or from the
    databases a failing cache root sends its load to).

    A kind no free service fits is drawn again (given ``kinds`` are kept, on any free service if need be).
    """
    import networkx as nx

    graph = dependency_graph(topo.to_topology())
    world = World(topo, 0)
    chosen: list[str] = []
    picked: list[str] = []
    taken: set[str] = set()  # the roots and the databases a failing cache root loads

    def free_of(s: str, kind: str) -> bool:
        mine = {s} | (set(world.fallback_databases(s)) if kind == "cache_stampede" else set())
        return not any(m == c or nx.has_path(graph, m, c) or nx.has_path(graph, c, m) for m in mine for c in taken)

    for i in range(len(kinds) if kinds else count):
        for attempt in range(30):
            kind = kinds[i] if kinds else rng.choice(ALL_FAULT_KINDS)
            pool = _eligible(topo, kind)
            free = [s for s in pool if free_of(s, kind)]
            if free or (kinds and attempt == 29):
                picked.append(kind)
                chosen.append(rng.choice(free or pool or topo.services))
                taken.add(chosen[-1])
                if kind == "cache_stampede":
                    taken.update(world.fallback_databases(chosen[-1]))
                break
    return picked, chosen


def _hide(topo: SimTopology, rng: random.Random, roots: list[str], kinds: list[str]) -> None:
    """Take metrics away: from some roots (with two or more callers) and from one or two bystanders."""
    for root, kind in zip(roots, kinds, strict=True):
        if kind not in _HIDDEN_OK and len(topo.callers(root)) >= 2 and rng.random() < 0.25:
            topo.profiles[root] = replace(topo.profiles[root], observed=False)
    others = [n for n in topo.services if n not in roots and topo.profiles[n].tier > 0]
    for name in rng.sample(others, rng.choice((0, 1, 2))):
        topo.profiles[name] = replace(topo.profiles[name], observed=False)


def _fault(env: SimulatedEnvironment, rng: random.Random, kind: str, service: str, onset: int) -> FaultSpec:
    extra: dict = {}
    roll = rng.random()
    if roll < 0.25:
        extra["scale"] = round(rng.uniform(0.35, 0.6), 2)
    elif roll < 0.45:
        extra["ramp_minutes"] = rng.randint(10, 20)
    elif roll < 0.6 and kind != "memory_leak":
        extra["on_off_minutes"] = (rng.randint(3, 5), rng.randint(2, 4))
    return FaultSpec(kind=kind, service=service, at=env.time_of(onset), severity=rng.random(), **extra)


def _changes(incident: SimulatedIncident, rng: random.Random, t0: int) -> None:
    """The real change logged on time, late or never; decoy deploys on symptomatic callers; benign deploys."""
    env = incident.env
    for fault in incident.faults:
        onset = env.step_of(fault.at)
        if fault.kind == "bad_deploy":
            roll = rng.random()
            if roll < 0.5:
                env.record_deploy(fault.service, fault.at)
            elif roll < 0.8:
                env.record_deploy(fault.service, env.time_of(onset + rng.randint(5, 25)))
        callers = [e.caller for e in env.sim.callers(fault.service)]
        if callers and rng.random() < 0.6:
            env.record_deploy(rng.choice(callers), env.time_of(onset - rng.randint(0, 5)))
    for name in rng.sample(env.sim.services, rng.randint(1, 3)):
        env.record_deploy(name, env.time_of(t0 + rng.randint(-90, 10)))


def _distractors(incident: SimulatedIncident, rng: random.Random, t0: int) -> None:
    env, services = incident.env, incident.env.sim.services
    for name in rng.sample(services, rng.randint(1, 2)):  # GC pauses: one-minute latency spikes
        for start in range(t0 - 90 + rng.randint(0, 10), t0 + 30, rng.randint(6, 15)):
            env.add_transient(Transient(name, "latency_p99_ms", start, 1, rng.uniform(0.8, 2.0)))
    if rng.random() < 0.5:  # a batch job's CPU plateau
        env.add_transient(
            Transient(rng.choice(services), "saturation", t0 + rng.randint(-60, 10), rng.randint(30, 90), 0.3)
        )
    if rng.random() < 0.6:  # a healthy rolling deploy: a few minutes slightly worse, then fine
        name, start = rng.choice(services), t0 + rng.randint(-70, 10)
        env.record_deploy(name, env.time_of(start))
        length = rng.randint(3, 6)
        env.add_transient(Transient(name, "latency_p99_ms", start, length, rng.uniform(0.15, 0.3)))
        env.add_transient(Transient(name, "error_rate", start, length, rng.uniform(0.003, 0.008)))
    if rng.random() < 0.3:  # a traffic surge: utilisation up everywhere, latency a little
        start, length, k = t0 + rng.randint(-60, 5), rng.randint(20, 60), rng.uniform(0.3, 0.6)
        for name in services:
            prof = env.sim.profiles[name]
            env.add_transient(Transient(name, "saturation", start, length, prof.saturation * k))
            env.add_transient(Transient(name, "latency_p99_ms", start, length, 0.15 * k))
    for _ in range(rng.randint(2, 5)):  # one-minute blips
        metric = rng.choice(("latency_p99_ms", "error_rate"))
        amount = rng.uniform(0.5, 1.5) if metric == "latency_p99_ms" else rng.uniform(0.02, 0.05)
        env.add_transient(Transient(rng.choice(services), metric, t0 + rng.randint(-80, 15), 1, amount))


def make_realistic_incident(
    topology: str = "platform", seed: int = 0, faults: int = 1, kinds: list[str] | None = None
) -> SimulatedIncident:
    """A realistic incident with ``faults`` simultaneous roots (or one per entry of ``kinds``), seeded end to end."""
    rng = random.Random(f"realistic:{seed}")
    topo = build_topology(topology, seed=rng.randint(0, 3))
    kinds, roots = _roots(topo, rng, faults, list(kinds) if kinds else None)
    _hide(topo, rng, roots, kinds)
    env = SimulatedEnvironment(topo, seed=seed)
    t0 = rng.randint(180, 2 * 1440 - 60)
    specs = []
    for kind, service in zip(kinds, roots, strict=True):
        onset = t0 + (rng.randint(-8, 8) if len(kinds) > 1 else 0)
        specs.append(_fault(env, rng, kind, service, onset))
    end = t0 + rng.randint(12, 25)
    for spec in specs:
        env.inject(spec, log_deploy=False)
        if spec.kind == "memory_leak":  # look after the first OOM restart
            active = env.faults[-1]
            ramp = active.ramp or fault_shape(spec.kind, spec.severity).ramp_steps
            end = max(end, active.onset + ramp + 6)
        elif spec.ramp_minutes:
            end = max(end, env.step_of(spec.at) + spec.ramp_minutes + 5)
    incident = SimulatedIncident(env, specs, (t0 - 90, end))
    _changes(incident, rng, t0)
    _distractors(incident, rng, t0)
    return incident
