"""Past incidents for the memory benchmark, generated from the SRE simulator (seeded) and committed as YAML.

Each incident is one seeded fault of ``make_incident`` (seeds 0-59, topologies shop/media/platform in turn),
written up the way an on-call engineer writes a resolved ticket: the symptoms seen (the fault's own shape from
``fault_shape``, the callers it reached per ``truth_labels``, the unrelated deploys in the change log), the root
cause and what fixed it (the action the fault's runbook recommends, as ``CLEARED_BY`` allows). Phrasings vary
by a seeded choice so that incidents of one kind are not copies of one sentence.

    python bench/memory_incidents.py     # rewrites bench/memory_incidents.yaml
"""

from __future__ import annotations

import random
from pathlib import Path

import yaml

from genaiops.tools.sre.simulate import make_incident, truth_labels
from genaiops.tools.sre.simulate.faults import fault_shape

OUT = Path(__file__).with_name("memory_incidents.yaml")
TOPOLOGY_CYCLE = ("shop", "media", "platform")

SYMPTOMS = {
    "latency_spike": [
        "p99 latency of {svc} went from {base:.0f} ms to about {lat:.0f} ms within a minute",
        "{svc} became slow: p99 {x:.1f}x its usual value, error rate flat",
        "latency alert on {svc}, response times {x:.1f} times normal, no errors to speak of",
    ],
    "error_burst": [
        "{svc} started failing about {err:.0f}% of requests",
        "error rate of {svc} jumped to {err:.0f}% in one minute",
        "5xx responses from {svc} climbed to roughly {err:.0f}% of traffic",
    ],
    "resource_exhaustion": [
        "CPU/memory utilisation of {svc} crept up to 97% over several minutes, then latency rose {x:.1f}x",
        "{svc} saturated: utilisation pinned near 100%, p99 {x:.1f}x, a few errors",
        "{svc} ran out of headroom (utilisation climbing for ~8 minutes), slow responses followed",
    ],
    "bad_deploy": [
        "right after {svc} went {old} -> {new}, its error rate rose to {err:.0f}% and p99 {x:.1f}x",
        "{svc} release {new} went out and errors started a minute later ({err:.0f}%)",
        "errors and latency on {svc} up since the {new} deploy: {err:.0f}% failures",
    ],
    "dependency_outage": [
        "{svc} was down: {err:.0f}% of calls failed or timed out",
        "{svc} unavailable, connections timing out, {err:.0f}% errors",
        "outage of {svc}: requests to it failed ({err:.0f}%), latency {x:.0f}x from timeouts",
    ],
}

CAUSES = {
    "latency_spike": ["thread pool exhaustion", "long garbage-collection pauses", "lock contention", "noisy neighbour"],
    "error_burst": ["a poisoned cache entry", "a bad feature flag read at runtime", "an expired cached credential"],
    "resource_exhaustion": ["a memory leak", "a traffic shift onto too few replicas", "a runaway batch job"],
    "bad_deploy": ["a regression in the new build", "a broken config shipped with the release"],
    "dependency_outage": ["the primary region of the backend failed", "the provider had an outage"],
}


def _resolution(kind: str, svc: str, prof, state, rng: random.Random) -> tuple[str, list[str], str]:
    """What was done, the action kinds, and the runbook followed."""
    if kind == "latency_spike":
        return f"rolling restart of {svc}; latency back to baseline after five minutes", ["restart"], kind
    if kind == "error_burst":
        if prof.has_cache and rng.random() < 0.8:
            return f"cleared the cache of {svc}; errors stopped", ["clear_cache"], kind
        return f"restarted {svc} (no cache to clear); error rate back to normal", ["restart"], kind
    if kind == "resource_exhaustion":
        n = prof.replicas
        if rng.random() < 0.3:
            return (
                f"restart of {svc} only helped for an hour; scaled {n} -> {2 * n} replicas, cleared",
                ["restart", "scale"],
                "remediation_not_cleared",
            )
        return f"scaled {svc} from {n} to {2 * n} replicas; utilisation dropped, latency recovered", ["scale"], kind
    if kind == "bad_deploy":
        if rng.random() < 0.3:
            return (
                f"a restart did nothing (same build came back); rolled {svc} back to {state.previous_version}",
                ["restart", "roll_back"],
                "remediation_not_cleared",
            )
        return f"rolled {svc} back to {state.previous_version}; errors cleared", ["roll_back"], kind
    if prof.has_standby:
        return f"failed {svc} over to eu-central-1; callers recovered", ["fail_over"], kind
    return f"no standby for {svc}: degraded the feature behind a flag until the provider recovered", [], kind


def incident_record(seed: int) -> dict:
    """The written-up incident for ``make_incident(topology, seed)``."""
    rng = random.Random(f"memory-incident:{seed}")
    inc = make_incident(TOPOLOGY_CYCLE[seed % 3], seed=seed)
    fault = inc.faults[0]
    kind, svc = fault.kind, fault.service
    prof, state = inc.env.sim.profiles[svc], inc.env.state(svc)
    shape = fault_shape(kind, fault.severity)
    base = inc.env.sim.base_latency_ms[svc]
    values = {
        "svc": svc,
        "base": base,
        "lat": base * (1 + shape.latency_rel),
        "x": 1 + shape.latency_rel,
        "err": 100 * shape.error_add,
        "old": state.previous_version or "v1",
        "new": state.version,
    }
    symptom = rng.choice(SYMPTOMS[kind]).format(**values)
    callers = sorted(s for s in truth_labels(inc) if s != svc)
    deploys = sorted({e.service for e in inc.env.events if e.kind == "deploy" and e.service != svc})
    if callers:
        symptom += f"; callers affected: {', '.join(callers[:5])}"
    if deploys:
        symptom += f". Unrelated deploys in the hour before: {', '.join(deploys)}"
    resolution, actions, runbook = _resolution(kind, svc, prof, state, rng)
    return {
        "id": f"INC-{1000 + seed}",
        "title": f"{svc}: {kind.replace('_', ' ')} ({TOPOLOGY_CYCLE[seed % 3]} estate)",
        "symptoms": symptom,
        "root_service": svc,
        "fault_kind": kind,
        "root_cause": f"{rng.choice(CAUSES[kind])} on {svc}",
        "resolution": resolution,
        "actions": actions,
        "cleared": True,
        "services": [svc, *callers],
        "runbook": runbook,
    }


def main() -> None:
    records = [incident_record(seed) for seed in range(60)]
    header = "# Generated by bench/memory_incidents.py from the SRE simulator (seeds 0-59); do not edit by hand.\n"
    OUT.write_text(header + yaml.safe_dump(records, sort_keys=False, width=120), encoding="utf-8")
    print(f"wrote {len(records)} incidents to {OUT}")


if __name__ == "__main__":
    main()
