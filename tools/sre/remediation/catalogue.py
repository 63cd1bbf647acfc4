"""The catalogue of remediation actions: what each does, what it disturbs, and its least risk tier."""

from __future__ import annotations

from dataclasses import dataclass

from ..environment import ActionKind

__all__ = ["CATALOGUE", "ActionProfile"]


@dataclass(frozen=True, slots=True)
class ActionProfile:
    """An action kind as an operator knows it."""

    kind: ActionKind
    tool: str
    does: str
    helps_with: tuple[str, ...]
    disturbance: str
    floor: str
    """The least risk tier, whatever the blast radius (``low``/``medium``/``high``)."""
    reversible: bool


CATALOGUE: dict[str, ActionProfile] = {
    "restart": ActionProfile(
        "restart",
        "restart_service",
        "rolling restart of the service's replicas, one at a time",
        ("latency_spike", "error_burst", "resource_exhaustion"),
        "each replica is out for about a minute: 1/replicas of capacity; a single replica means an outage",
        "low",
        True,
    ),
    "scale": ActionProfile(
        "scale",
        "scale_service",
        "change the replica count",
        ("resource_exhaustion",),
        "scaling up disturbs nothing; scaling down removes capacity",
        "low",
        True,
    ),
    "roll_back": ActionProfile(
        "roll_back",
        "roll_back_deploy",
        "redeploy the previous (or a named) version",
        ("bad_deploy",),
        "a new rollout: every request to the service meets the old code again, including its old bugs",
        "medium",
        True,
    ),
    "fail_over": ActionProfile(
        "fail_over",
        "fail_over_service",
        "move the service's traffic to its standby region",
        ("dependency_outage",),
        "open connections drop and caches are cold in the standby region for a few minutes",
        "medium",
        True,
    ),
    "clear_cache": ActionProfile(
        "clear_cache",
        "clear_cache",
        "drop the service's cache",
        ("error_burst",),
        "cache misses send the cached load to the service's own dependencies until it warms up",
        "low",
        False,
    ),
}
