"""remediate_capacity: expand, clean up or scale a capacity gauge's resource (gated: remediates).

What ``forecast_exhaustion`` proposes for a gauge that will reach its limit sooner than the policy's
``capacity.propose_below_hours``. The change request goes to the ``receiver`` (the idempotent stand-in of the
capacity system: a volume manager, a cleanup job, an autoscaler), once per idempotency key.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from genaiops.ids import canonical_json
from genaiops.registry import ToolContext, tool


class RemediateCapacitySpec(BaseModel, defer_build=True):
    action: Literal["expand", "clean_up", "scale"] = Field(
        description="expand (a volume, a pool), clean_up (rotate, compact, delete old data), scale (replicas, "
        "consumers)."
    )
    target: str = Field(min_length=1, description="The gauge, e.g. 'disk_used_pct{service=\"orders-db\"}'.")
    service: str | None = None
    kind: Literal["disk", "memory", "inodes", "connections", "queue"] | None = None
    hours_left: float | None = Field(default=None, ge=0, description="What the forecast said (for the approvers).")
    reason: str = Field(default="", max_length=2000)


class RemediateCapacityResult(BaseModel, defer_build=True):
    action: str
    target: str
    idempotency_key: str
    applied: bool
    """False when an earlier call with this key already applied it (a retry)."""


@tool(actions=("remediates",), risk="medium", acts_on=("receiver",))
def remediate_capacity(args: RemediateCapacitySpec, ctx: ToolContext) -> RemediateCapacityResult:
    """Expand, clean up or scale the resource behind a capacity gauge that is running out (what
    forecast_exhaustion proposes); a gated change, applied at most once per idempotency key."""
    receipt = ctx.resource("receiver").apply(ctx.idempotency_key, canonical_json(args.model_dump()))
    return RemediateCapacityResult(
        action=args.action, target=args.target, idempotency_key=ctx.idempotency_key, applied=receipt.applied
    )
