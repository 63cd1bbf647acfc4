"""roll_back_prompt: make the previously released version of a prompt current again (a gated action)."""

from __future__ import annotations

from pydantic import BaseModel, Field

from genaiops.errors import ToolExecutionError
from genaiops.registry import ToolContext, tool


class RollBackPromptInput(BaseModel, defer_build=True):
    prompt: str = Field(min_length=1, description="The prompt's name.")
    reason: str = Field(min_length=1, description="Why (recorded with the release).")


class RollBackPromptResult(BaseModel, defer_build=True):
    prompt: str
    version: str
    """The version current after the roll back."""
    replaced: str
    """The version that was current before it."""
    applied: bool
    """False when this idempotency key had already rolled back (nothing changed again)."""


@tool(actions=("rolls_back",), risk="medium", acts_on=("prompt_registry",))
def roll_back_prompt(args: RollBackPromptInput, ctx: ToolContext) -> RollBackPromptResult:
    """Roll `prompt` back to the version that was current before its current one, in the `prompt_registry`
    (a new release: history is kept); once per idempotency key."""
    registry = ctx.resource("prompt_registry")
    if not hasattr(registry, "roll_back"):
        raise ToolExecutionError(f"the prompt_registry resource ({type(registry).__name__}) keeps no versions")
    receipt = registry.roll_back(
        args.prompt,
        ctx.idempotency_key,
        at=ctx.now.isoformat(),
        run_id=ctx.run_id,
        task_id=ctx.task_id,
        reason=args.reason,
    )
    release = receipt.release
    return RollBackPromptResult(
        prompt=release.prompt, version=release.version, replaced=release.baseline or "", applied=receipt.applied
    )
