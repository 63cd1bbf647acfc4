"""apply_change: apply a change to a target through the idempotent receiver (a gated action)."""

import time
from typing import Any

from pydantic import BaseModel, Field

from genaiops.ids import canonical_json
from genaiops.registry import ToolContext, tool


class ApplyChangeInput(BaseModel, defer_build=True):
    target: str = Field(min_length=1, description="What the change applies to, e.g. 'checkout@canary'.")
    change: dict[str, Any] = Field(default_factory=dict, description="The change, e.g. {'version': 'v42'}.")
    hold_seconds: float = Field(
        default=0.0, ge=0, le=60, description="Keep the call open this long after applying (a slow acknowledgement)."
    )


class ApplyChangeResult(BaseModel, defer_build=True):
    target: str
    idempotency_key: str
    applied: bool
    """The receiver confirmed the change under this key. A retry with the same key is confirmed without being
    applied again, so a retried task returns what its first attempt would have."""


@tool(actions=("deploys",), risk="medium", offload=True, acts_on=("receiver",))
def apply_change(args: ApplyChangeInput, ctx: ToolContext) -> ApplyChangeResult:
    """Apply `change` to `target` exactly once per idempotency key (needs the `receiver` resource)."""
    change = args.model_dump(exclude={"hold_seconds"})
    ctx.resource("receiver").apply(ctx.idempotency_key, canonical_json(change))  # raises if it cannot apply
    if args.hold_seconds:
        time.sleep(args.hold_seconds)
    return ApplyChangeResult(target=args.target, idempotency_key=ctx.idempotency_key, applied=True)
