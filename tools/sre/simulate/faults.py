"""Fault kinds, how each shows on the faulty service over time, and which actions clear it in the simulator."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field, field_validator

from ..environment import as_utc

__all__ = ["FAULT_KINDS", "CLEARED_BY", "FaultKind", "FaultShape", "FaultSpec", "fault_shape"]

FaultKind = Literal["latency_spike", "error_burst", "resource_exhaustion", "bad_deploy", "dependency_outage"]
FAULT_KINDS: tuple[FaultKind, ...] = (
    "latency_spike",
    "error_burst",
    "resource_exhaustion",
    "bad_deploy",
    "dependency_outage",
)

CLEARED_BY: dict[str, frozenset[str]] = {
    "restart": frozenset({"latency_spike", "error_burst", "resource_exhaustion"}),
    "scale": frozenset({"resource_exhaustion"}),
    "roll_back": frozenset({"bad_deploy"}),
    "fail_over": frozenset({"dependency_outage"}),
    "clear_cache": frozenset({"error_burst"}),
}
"""The simulator's physics: which action kinds clear which fault kinds (``scale`` needs >= 1.5x replicas)."""


class FaultSpec(BaseModel):
    """A fault injected into the simulated estate from ``at`` until remediated (or for ``duration_minutes``)."""

    kind: FaultKind
    service: str = Field(min_length=1)
    at: datetime
    severity: float = Field(default=0.5, ge=0, le=1, description="0 = mildest, 1 = worst of the kind's range")
    duration_minutes: int | None = Field(default=None, gt=0)

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
    shape = shapes[kind]
    if scale == 1.0:
        return shape
    return FaultShape(shape.latency_rel * scale, shape.error_add * scale, shape.saturation_to, shape.ramp_steps)
