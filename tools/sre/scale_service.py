"""scale_service: change a service's replica count (gated: remediates)."""

from __future__ import annotations

from pydantic import BaseModel, Field

from genaiops.registry import ToolContext, tool
from genaiops.tools.sre.environment import RemediationAction
from genaiops.tools.sre.remediation import RemediationResult, carry_out, gate_preview, restore_action


class ScaleServiceSpec(BaseModel, defer_build=True):
    service: str = Field(min_length=1)
    replicas: int = Field(ge=1, le=1000, description="the new replica count")


@tool(
    actions=("remediates",),
    risk="low",
    preview=gate_preview("scale_service"),
    acts_on=("environment",),
    restore=restore_action,
)
def scale_service(args: ScaleServiceSpec, ctx: ToolContext) -> RemediationResult:
    """Scale a service to `replicas` (relieves saturation / resource exhaustion when scaled up by half or more).
    Runs the dry run first and returns it with the receipt; applied at most once per idempotency key."""
    action = RemediationAction(kind="scale", **args.model_dump())
    return carry_out(action, ctx)
