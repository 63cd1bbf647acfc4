"""restart_service: rolling restart of a service (gated: remediates)."""

from __future__ import annotations

from pydantic import BaseModel, Field

from genaiops.registry import ToolContext, tool
from genaiops.tools.sre.environment import RemediationAction
from genaiops.tools.sre.remediation import RemediationResult, carry_out, gate_preview, restore_action


class RestartServiceSpec(BaseModel, defer_build=True):
    service: str = Field(min_length=1)


@tool(
    actions=("remediates",),
    risk="medium",
    preview=gate_preview("restart_service"),
    acts_on=("environment",),
    restore=restore_action,
)
def restart_service(args: RestartServiceSpec, ctx: ToolContext) -> RemediationResult:
    """Restart a service's replicas one at a time (clears stuck processes, leaks, bad in-memory state). Runs the
    dry run first and returns it with the receipt; applied at most once per idempotency key."""
    action = RemediationAction(kind="restart", **args.model_dump())
    return carry_out(action, ctx)
