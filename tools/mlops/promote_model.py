"""promote_model: point an alias (``champion`` by default) at a validated version - a gated action."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pydantic import BaseModel, Field

from genaiops.errors import ToolInputError
from genaiops.lazy import lazy_module
from genaiops.registry import ToolContext, tool

if TYPE_CHECKING:  # annotations only: the registry's module (SQLite tables) is imported on first use
    from .lib.model_registry import ModelRegistry

# The tool's libraries, imported by its first call: validating a scenario needs only the models below.
_access = lazy_module("genaiops.tools.mlops.lib.access")


class PromoteModelInput(BaseModel, defer_build=True):
    model_name: str
    version: int = Field(ge=1)
    alias: str = Field(default="champion")
    reason: str = Field(default="", description="Why (kept in the registry history).")
    require_validation: bool = Field(
        default=True,
        description="Refuse unless the latest validation against this alias passed and is still current.",
    )


class PromoteModelResult(BaseModel, defer_build=True):
    model_name: str
    alias: str
    version: int
    previous_version: int | None
    event_seq: int


def _check_validated(reg: ModelRegistry, name: str, version: int, alias: str) -> None:
    holder = reg.aliases(name).get(alias)
    if holder == version:
        return
    runs = [e for e in reg.history(name) if e.kind == "validated" and e.version == version and e.alias == alias]
    if not runs:
        raise ToolInputError(
            f"v{version} of {name!r} has not been validated against {alias!r}; run validate_model first "
            "(or pass require_validation=false)"
        )
    last = runs[-1]
    if not last.detail.get("passed"):
        raise ToolInputError(f"v{version} failed its latest validation: {last.reason}")
    if last.detail.get("champion_version") != holder:
        raise ToolInputError(
            f"v{version} was validated against v{last.detail.get('champion_version')}, but {alias!r} is now "
            f"v{holder}; the validation is stale, validate again"
        )


@tool(actions=("deploys",), risk="medium", acts_on=("model_registry",))
def promote_model(args: PromoteModelInput, ctx: ToolContext) -> PromoteModelResult:
    """Promote a registered version to an alias (default champion) after a passing, current validation; the
    registry history records who held the alias before and why it moved."""
    reg = _access.registry_of(ctx)
    _access.resolve_version(ctx, args.model_name, version=args.version)
    with _access.bad_input():
        if args.require_validation:
            _check_validated(reg, args.model_name, args.version, args.alias)
        event = reg.set_alias(
            args.model_name,
            args.alias,
            args.version,
            at=ctx.now,
            reason=args.reason,
            detail={"run_id": ctx.run_id, "task_id": ctx.task_id},
            idempotency_key=ctx.idempotency_key,
        )
    return PromoteModelResult(
        model_name=args.model_name,
        alias=args.alias,
        version=args.version,
        previous_version=event.previous_version,
        event_seq=event.seq,
    )
