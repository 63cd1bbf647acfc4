"""dry_run_remediation: predict a remediation's effect, blast radius and risk tier without doing it."""

from __future__ import annotations

from genaiops.registry import ToolContext, tool
from genaiops.tools.sre.environment import RemediationAction
from genaiops.tools.sre.remediation import DryRunResult, dry_run


@tool()
def dry_run_remediation(args: RemediationAction, ctx: ToolContext) -> DryRunResult:
    """Dry-run a remediation (restart, scale, roll_back, fail_over, clear_cache) on a service: check it can
    apply, predict its effect, list the services that depend on it and the share of user traffic it may
    disturb, and give its risk tier (low / medium / high) for the approval policy. Changes nothing. With a real
    action target, the target's own dry run says what it would do (`target_dry_run`)."""
    env = ctx.resource("environment")
    result = dry_run(args, env, ctx.now)
    rehearse = getattr(env, "rehearse", None)
    if callable(rehearse):
        result = result.model_copy(update={"target_dry_run": rehearse(result.action, ctx.now, ctx.idempotency_key)})
    return result
