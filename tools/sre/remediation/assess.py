"""Dry run: check an action against the service's state, and predict its effect and blast radius.

The risk tier comes from the share of user requests the action may disturb (the service's traffic share
times how much of its traffic the action touches): under 5 % is ``low``, under 25 % ``medium``, else
``high`` — never below the action's floor in the catalogue.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from statistics import median

from genaiops.errors import ToolInputError

from ..environment import Environment, RemediationAction, ServiceState, check_service, dependency_graph, traffic_shares
from .catalogue import CATALOGUE
from .models import BlastRadius, DryRunResult

__all__ = ["RISK_ORDER", "dry_run", "tier_for"]

RISK_ORDER = ("low", "medium", "high")
_LOW, _MEDIUM = 0.05, 0.25


def tier_for(disrupted_share: float, floor: str) -> str:
    """The risk tier for a disturbed share of traffic, raised to ``floor``."""
    tier = "low" if disrupted_share < _LOW else "medium" if disrupted_share < _MEDIUM else "high"
    return max(tier, floor, key=RISK_ORDER.index)


def check_action(action: RemediationAction, state: ServiceState) -> RemediationAction:
    """The action with its defaults filled in; ``ToolInputError`` when it cannot apply to this service."""
    name = action.service
    if action.kind == "scale":
        if action.replicas is None:
            raise ToolInputError(f"replicas: scaling {name} needs a replica count (it has {state.replicas})")
        if action.replicas == state.replicas:
            raise ToolInputError(f"replicas: {name} already has {state.replicas}; give a different count")
    if action.kind == "roll_back":
        target = action.to_version or state.previous_version
        if target is None:
            raise ToolInputError(
                f"to_version: {name} runs {state.version} and has no previous version; name one with to_version"
            )
        if target == state.version:
            raise ToolInputError(f"to_version: {name} already runs {target}")
        action = action.model_copy(update={"to_version": target})
    if action.kind == "fail_over":
        region = action.region or state.standby_region
        if region is None:
            raise ToolInputError(f"region: {name} has no standby region to fail over to; name one with region")
        if region == state.region:
            raise ToolInputError(f"region: {name} already serves from {region}")
        action = action.model_copy(update={"region": region})
    if action.kind == "clear_cache" and not state.has_cache:
        raise ToolInputError(f"service: {name} has no cache to clear; restart it instead if it misbehaves")
    return action


def _saturation(env: Environment, services: list[str], at: datetime) -> dict[str, float]:
    """Median utilisation of each service over the 10 minutes before ``at`` (services with metrics only)."""
    out = {}
    for name in services:
        try:
            window = env.observe(at - timedelta(minutes=10), at, [name])
        except ToolInputError:
            continue
        values = window.series.get(name, {}).get("saturation")
        if values:
            out[name] = round(median(values), 4)
    return out


def _disturbance(action: RemediationAction, state: ServiceState, loaded: dict[str, float]) -> tuple[float, str]:
    if action.kind == "restart":
        frac = 1.0 if state.replicas == 1 else 1.0 / state.replicas
        return frac, f"one of {state.replicas} replicas out at a time ({frac:.0%} of its capacity)"
    if action.kind == "scale":
        new = action.replicas or state.replicas
        frac = max(0.0, (state.replicas - new) / state.replicas)
        return frac, f"{state.replicas} -> {new} replicas" + (" removes capacity" if frac else " adds capacity")
    if action.kind == "clear_cache":
        hot = [s for s, v in loaded.items() if v > 0.7]
        if hot:
            return 1.0, f"cache misses would load dependencies already above 70 % utilisation: {', '.join(hot)}"
        return 0.2, "cache misses add load to its dependencies while it warms up (they have headroom)"
    if action.kind == "roll_back":
        return 1.0, f"every request to it meets {action.to_version} again (now {state.version})"
    return 1.0, f"all its traffic moves {state.region} -> {action.region}"


def _predict(action: RemediationAction, state: ServiceState, sat: dict[str, float]) -> tuple[str, dict[str, float]]:
    profile = CATALOGUE[action.kind]
    effect = f"{profile.does}; usually clears {', '.join(profile.helps_with)}"
    metrics: dict[str, float] = {}
    current = sat.get(action.service)
    if action.kind == "scale" and current is not None:
        metrics["saturation"] = round(current * state.replicas / (action.replicas or state.replicas), 4)
        effect += f"; utilisation {current:.0%} -> about {metrics['saturation']:.0%}"
    return effect, metrics


def dry_run(action: RemediationAction, env: Environment, at: datetime) -> DryRunResult:
    """Predict ``action``'s effect and blast radius at ``at`` and set its risk tier; change nothing."""
    topology = env.topology()
    check_service(topology, action.service)
    state = env.state(action.service)
    action = check_action(action, state)
    graph = dependency_graph(topology)
    shares = traffic_shares(topology, graph)
    import networkx as nx

    callees = sorted(graph.successors(action.service)) if action.kind == "clear_cache" else []
    sat = _saturation(env, [action.service, *callees], at)
    frac, why = _disturbance(action, state, {s: sat[s] for s in callees if s in sat})
    share = shares.get(action.service, 0.0)
    disrupted = round(share * frac, 4)
    profile = CATALOGUE[action.kind]
    risk = tier_for(disrupted, profile.floor)
    effect, metrics = _predict(action, state, sat)
    reasons = [
        f"{action.service} carries {share:.0%} of user requests; {why}",
        f"up to {disrupted:.0%} of requests disturbed -> {tier_for(disrupted, 'low')}",
    ]
    if risk != tier_for(disrupted, "low"):
        reasons.append(f"{action.kind} is never below {profile.floor} ({profile.disturbance})")
    blast = BlastRadius(
        service=action.service,
        direct_callers=sorted(graph.predecessors(action.service)),
        dependents=sorted(nx.ancestors(graph, action.service)),
        dependencies_loaded=callees,
        traffic_share=round(share, 4),
        disrupted_share=disrupted,
    )
    return DryRunResult(
        action=action,
        risk=risk,
        blast_radius=blast,
        predicted_effect=effect,
        predicted_metrics=metrics,
        reasons=reasons,
        reversible=profile.reversible,
    )
