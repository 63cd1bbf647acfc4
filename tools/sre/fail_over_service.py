"""fail_over_service: move a service to its standby region (gated: remediates)."""

from __future__ import annotations

from pydantic import BaseModel, Field

from genaiops.registry import ToolContext, tool
from genaiops.tools.sre.environment import RemediationAction
from genaiops.tools.sre.remediation import RemediationResult, carry_out, gate_preview, restore_action


class FailOverServiceSpec(BaseModel, defer_build=True):
    service: str = Field(min_length=1)
    region: str | None = Field(default=None, description="default: the service's standby region")


@tool(
    actions=("remediates",),
    risk="high",
    preview=gate_preview("fail_over_service"),
    acts_on=("environment",),
    restore=restore_action,
)
def fail_over_service(args: FailOverServiceSpec, ctx: ToolContext) -> RemediationResult:
    """Fail a service over to its standby region (for an outage of the service or of what it runs on).
    Runs the dry run first and returns it with the receipt; applied at most once per idempotency key."""
    action = RemediationAction(kind="fail_over", **args.model_dump())
    return carry_out(action, ctx)
