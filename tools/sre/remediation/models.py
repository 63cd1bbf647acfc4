"""Results of a remediation's dry run, of carrying it out, and of verifying it."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field

from ..environment import ActionReceipt, RemediationAction

__all__ = ["BlastRadius", "DryRunResult", "MetricCheck", "RemediationResult", "VerifyResult"]

Risk = Literal["low", "medium", "high"]


class BlastRadius(BaseModel, defer_build=True):
    """Who an action on ``service`` can hurt, from the dependency graph."""

    service: str
    direct_callers: list[str]
    dependents: list[str] = Field(description="every service that calls it, directly or not")
    dependencies_loaded: list[str] = Field(default_factory=list, description="dependencies that get more load")
    traffic_share: float = Field(description="share of user requests that touch the service (0..1)")
    disrupted_share: float = Field(description="share of user requests the action may disturb (0..1)")


class DryRunResult(BaseModel, defer_build=True):
    """What an action would do, whom it could hurt, and the risk tier that follows for the approval policy."""

    action: RemediationAction
    risk: Risk
    blast_radius: BlastRadius
    predicted_effect: str
    predicted_metrics: dict[str, float] = Field(default_factory=dict)
    reasons: list[str] = Field(description="why this risk tier")
    reversible: bool
    target_dry_run: ActionReceipt | None = Field(
        default=None,
        description="what the action target said it would do (its own dry run; nothing applied); None for the "
        "simulator, whose prediction is the one above",
    )


class RemediationResult(BaseModel, defer_build=True):
    """An action carried out (or found already carried out under the same idempotency key)."""

    receipt: ActionReceipt
    dry_run: DryRunResult | None = Field(
        description="the dry run this call made; None when the action was already applied under this key"
    )
    verify_after: datetime = Field(description="when the metrics have settled enough to verify")


class MetricCheck(BaseModel, defer_build=True):
    service: str
    metric: str
    baseline: float
    now: float
    ok: bool
    note: str


class VerifyResult(BaseModel, defer_build=True):
    """Did the incident clear? Compares each service's metrics after the action with before the incident."""

    cleared: bool
    still_anomalous: list[str]
    checks: list[MetricCheck]
    window_start: datetime
    window_end: datetime
    explanation: str
