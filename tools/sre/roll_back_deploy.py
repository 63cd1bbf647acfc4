"""roll_back_deploy: roll a service back to its previous version (gated: rolls_back)."""

from __future__ import annotations

from pydantic import BaseModel, Field

from genaiops.registry import ToolContext, tool
from genaiops.tools.sre.environment import RemediationAction
from genaiops.tools.sre.remediation import RemediationResult, carry_out, gate_preview, restore_action


class RollBackDeploySpec(BaseModel, defer_build=True):
    service: str = Field(min_length=1)
    to_version: str | None = Field(default=None, description="default: the version before the last deploy")


@tool(
    actions=("rolls_back",),
    risk="medium",
    preview=gate_preview("roll_back_deploy"),
    acts_on=("environment",),
    restore=restore_action,
)
def roll_back_deploy(args: RollBackDeploySpec, ctx: ToolContext) -> RemediationResult:
    """Roll a service back to the version before its last deploy (or `to_version`) — the fix for a bad deploy.
    Runs the dry run first and returns it with the receipt; applied at most once per idempotency key."""
    action = RemediationAction(kind="roll_back", **args.model_dump())
    return carry_out(action, ctx)
