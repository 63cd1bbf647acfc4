"""Carry out a remediation: dry run first (it validates), then apply once per idempotency key."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime, timedelta
from typing import Any

from pydantic import BaseModel

from genaiops.errors import ToolInputError, did_you_mean
from genaiops.registry import ToolContext, ToolPreview

from ..environment import Environment, RemediationAction
from .assess import dry_run
from .catalogue import CATALOGUE
from .models import DryRunResult, RemediationResult

__all__ = ["action_for", "carry_out", "gate_preview", "preview", "restore_action"]

SETTLE_MINUTES = 5


def carry_out(action: RemediationAction, ctx: ToolContext) -> RemediationResult:
    """Apply ``action`` through the ``environment`` resource at the run's time, with its dry run attached."""
    env = ctx.resource("environment")
    prior = env.receipt(ctx.idempotency_key)
    if prior is not None:
        replay = prior.model_copy(update={"applied": False})
        return RemediationResult(receipt=replay, dry_run=None, verify_after=_verify_after(prior.at))
    prediction = dry_run(action, env, ctx.now)
    receipt = env.apply(prediction.action, ctx.now, ctx.idempotency_key)
    return RemediationResult(receipt=receipt, dry_run=prediction, verify_after=_verify_after(receipt.at))


def restore_action(output: Mapping[str, Any], ctx: ToolContext) -> None:
    """The ``@tool(restore=...)`` hook of a remediation tool: a run continued in another process finds the
    action its task carried out (the stored receipt) done on the simulated estate there too. An action sent to
    a real target is never sent again (``TargetedEnvironment.restore_receipt`` does nothing)."""
    restore = getattr(ctx.resource("environment"), "restore_receipt", None)
    if restore is not None:
        restore(RemediationResult.model_validate(output).receipt)


def action_for(tool: str, args: Mapping[str, Any]) -> RemediationAction:
    """The ``RemediationAction`` a call of remediation tool ``tool`` with ``args`` stands for."""
    kinds = {profile.tool: kind for kind, profile in CATALOGUE.items()}
    if tool not in kinds:
        raise ToolInputError(
            f"tool: {tool!r} is not a remediation tool{did_you_mean(tool, kinds)}; known: {sorted(kinds)}"
        )
    return RemediationAction(kind=kinds[tool], **dict(args))


def preview(tool: str, args: Mapping[str, Any], env: Environment, at: datetime) -> DryRunResult:
    """The dry run of a pending remediation call: what an approval gate shows, and the risk tier it applies."""
    return dry_run(action_for(tool, args), env, at)


def gate_preview(tool: str) -> Callable[[BaseModel, ToolContext], ToolPreview]:
    """The ``@tool(preview=...)`` hook of a remediation tool: its dry run, before the approval policy decides."""

    def run(args: BaseModel, ctx: ToolContext) -> ToolPreview:
        result = preview(tool, args.model_dump(), ctx.resource("environment"), ctx.now)
        return ToolPreview(risk=result.risk, summary=result.predicted_effect, details=result.model_dump(mode="json"))

    return run


def _verify_after(at: datetime) -> datetime:
    return at + timedelta(minutes=SETTLE_MINUTES + 10)
