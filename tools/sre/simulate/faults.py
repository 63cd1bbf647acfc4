"""Fault kinds, how each shows on the faulty service over time, and which actions clear it in the simulator."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Literal, get_args

from pydantic import BaseModel, Field, field_validator

from ..environment import as_utc

__all__ = [
    "ALL_FAULT_KINDS",
    "CLEARED_BY",
    "FAULT_KINDS",
    "REALISTIC_FAULT_KINDS",
    "FaultKind",
    "FaultShape",
    "FaultSpec",
    "fault_shape",
]

FaultKind = Literal[  # the five classic kinds first, then the realistic ones
    "latency_spike",
    "error_burst",
    "resource_exhaustion",
    "bad_deploy",
    "dependency_outage",
    "connection_pool_exhaustion",
    "slow_database",
    "retry_storm",
    "cache_stampede",
    "certificate_expiry",
    "dns_failure",
    "thread_pool_starvation",
    "memory_leak",
    "noisy_neighbour",
]
ALL_FAULT_KINDS: tuple[FaultKind, ...] = get_args(FaultKind)
FAULT_KINDS: tuple[FaultKind, ...] = ALL_FAULT_KINDS[:5]
"""The classic kinds (each shows on its own service's latency or errors); tests and scenarios rely on them."""

REALISTIC_FAULT_KINDS: tuple[FaultKind, ...] = ALL_FAULT_KINDS[5:]
"""Kinds with their own physics: some show mostly on *other* services (a cache's database, a caller that cannot
reach its callee), some make a service see less traffic, some come and go (OOM restarts)."""

CLEARED_BY: dict[str, frozenset[str]] = {
    "restart": frozenset(
        {
            "latency_spike",
            "error_burst",
            "resource_exhaustion",
            "connection_pool_exhaustion",
            "thread_pool_starvation",
            "memory_leak",
        }
    ),
    "scale": frozenset({"resource_exhaustion", "retry_storm", "noisy_neighbour"}),
    "roll_back": frozenset({"bad_deploy"}),
    "fail_over": frozenset({"dependency_outage", "slow_database", "dns_failure"}),
    "clear_cache": frozenset({"error_burst"}),
}
"""The simulator's physics: which action kinds clear which fault kinds (``scale`` needs >= 1.5x replicas)."""


class FaultSpec(BaseModel, defer_build=True):
    """A fault injected into the simulated estate from ``at`` until remediated (or for ``duration_minutes``)."""

    kind: FaultKind
    service: str = Field(min_length=1)
    at: datetime
    severity: float = Field(default=0.5, ge=0, le=1, description="0 = mildest, 1 = worst of the kind's range")
    duration_minutes: int | None = Field(default=None, gt=0)
    scale: float = Field(default=1.0, gt=0, le=2, description="multiplies the fault's effect (0.3: a small fault)")
    ramp_minutes: int | None = Field(default=None, gt=0, le=240, description="reach full strength over this long")
    on_off_minutes: tuple[int, int] | None = Field(
        default=None, description="intermittent: (minutes on, minutes off), repeating from the onset"
    )

    @field_validator("at")
    @classmethod
    def _utc(cls, value: datetime) -> datetime:
        return as_utc(value)


@dataclass(frozen=True, slots=True)
class FaultShape:
    """Full-strength effect on the faulty service and the steps it takes to reach it."""

    latency_rel: float
    """Added p99 latency as a multiple of the service's healthy p99."""
    error_add: float
    saturation_to: float | None
    """Utilisation the service is driven to (None: unchanged)."""
    ramp_steps: int
    own_visible: bool = True
    """False: the service's own latency and errors do not move (its callers cannot reach it at all)."""
    traffic_drop: float = 0.0
    """Share of the service's own utilisation that disappears (requests no longer arrive)."""
    callee_drop: float = 0.0
    """Share of the load this service sends to its data-tier callees that disappears (pool exhausted)."""
    fallback_load: float = 0.0
    """A cache: utilisation added to the databases its callers fall back to (they also slow down)."""
    pattern: str = "steady"
    """``steady``; ``sawtooth``: utilisation climbs to an OOM restart (errors), then again."""


_REALISTIC = {
    # kind: (latency_rel, error_add, saturation_to, ramp, extra fields) as functions of severity s
    "connection_pool_exhaustion": lambda s: FaultShape(1.5 + 3.0 * s, 0.02 + 0.10 * s, None, 2, callee_drop=0.4),
    "slow_database": lambda s: FaultShape(2.0 + 4.0 * s, 0.005 + 0.02 * s, 0.9, 3),
    "retry_storm": lambda s: FaultShape(1.5 + 3.0 * s, 0.04 + 0.16 * s, 0.98, 2),
    "cache_stampede": lambda s: FaultShape(0.0, 0.03 + 0.07 * s, None, 1, traffic_drop=0.5, fallback_load=0.6),
    "certificate_expiry": lambda s: FaultShape(0.2, 0.6 + 0.35 * s, None, 1, own_visible=False, traffic_drop=0.9),
    "dns_failure": lambda s: FaultShape(3.0 + 4.0 * s, 0.4 + 0.4 * s, None, 1, own_visible=False, traffic_drop=0.8),
    "thread_pool_starvation": lambda s: FaultShape(3.0 + 5.0 * s, 0.03 + 0.12 * s, None, 2, traffic_drop=0.15),
    "memory_leak": lambda s: FaultShape(0.4, 0.15 + 0.35 * s, 0.97, 25 - int(12 * s), pattern="sawtooth"),
    "noisy_neighbour": lambda s: FaultShape(0.6 + 1.6 * s, 0.005 + 0.02 * s, 0.92, 3),
    "_fallback": lambda s: FaultShape(1.0 + 2.5 * s, 0.005 + 0.02 * s, 0.95, 3),  # a database a cache falls back to
}


def fault_shape(kind: str, severity: float, scale: float = 1.0) -> FaultShape:
    """The effect of a fault of ``kind`` at ``severity`` (0..1) on the faulty service itself.

    ``scale`` multiplies the added latency and errors (a stress-test knob; 1 = the kind's own range).
    """
    s = severity
    shapes = {
        "latency_spike": FaultShape(1.5 + 3.5 * s, 0.0, None, 1),
        "error_burst": FaultShape(0.1, 0.05 + 0.25 * s, None, 1),
        "resource_exhaustion": FaultShape(0.8 + 2.0 * s, 0.01 + 0.04 * s, 0.97, 8),
        "bad_deploy": FaultShape(0.3 + 0.9 * s, 0.03 + 0.17 * s, None, 2),
        "dependency_outage": FaultShape(2.0 + 6.0 * s, 0.5 + 0.45 * s, None, 1),
    }
    shape = shapes[kind] if kind in shapes else _REALISTIC[kind](s)
    if scale == 1.0:
        return shape
    return replace(shape, latency_rel=shape.latency_rel * scale, error_add=shape.error_add * scale)
