"""clear_cache: drop a service's cache (gated: remediates)."""

from __future__ import annotations

from pydantic import BaseModel, Field

from genaiops.registry import ToolContext, tool
from genaiops.tools.sre.environment import RemediationAction
from genaiops.tools.sre.remediation import RemediationResult, carry_out, gate_preview, restore_action


class ClearCacheSpec(BaseModel, defer_build=True):
    service: str = Field(min_length=1)


@tool(
    actions=("remediates",),
    risk="medium",
    preview=gate_preview("clear_cache"),
    acts_on=("environment",),
    restore=restore_action,
)
def clear_cache(args: ClearCacheSpec, ctx: ToolContext) -> RemediationResult:
    """Clear a service's cache (for errors from poisoned or stale cache entries); its dependencies take the
    cache-miss load while it warms. Runs the dry run first; applied at most once per idempotency key."""
    action = RemediationAction(kind="clear_cache", **args.model_dump())
    return carry_out(action, ctx)
