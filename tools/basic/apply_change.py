"""apply_change: apply a change to a target through the idempotent receiver (a gated action)."""

from typing import Any

from pydantic import BaseModel, Field

from genaiops.ids import canonical_json
from genaiops.registry import ToolContext, tool


class ApplyChangeInput(BaseModel):
    target: str = Field(min_length=1, description="What the change applies to, e.g. 'checkout@canary'.")
    change: dict[str, Any] = Field(default_factory=dict, description="The change, e.g. {'version': 'v42'}.")


class ApplyChangeResult(BaseModel):
    target: str
    idempotency_key: str
    applied: bool
    """True when this call applied the change; False when an earlier call with the same key already had."""


@tool(actions=("deploys",), risk="medium")
def apply_change(args: ApplyChangeInput, ctx: ToolContext) -> ApplyChangeResult:
    """Apply `change` to `target` exactly once per idempotency key (needs the `receiver` resource)."""
    receipt = ctx.resource("receiver").apply(ctx.idempotency_key, canonical_json(args.model_dump()))
    return ApplyChangeResult(target=args.target, idempotency_key=ctx.idempotency_key, applied=receipt.applied)
