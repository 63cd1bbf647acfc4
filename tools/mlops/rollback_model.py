"""rollback_model: move an alias back to an earlier version and record why - a gated action."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pydantic import BaseModel, Field

from genaiops.errors import ToolInputError
from genaiops.lazy import lazy_module
from genaiops.registry import ToolContext, tool

if TYPE_CHECKING:
    from .lib.serving import Deployment

# The tool's libraries, imported by its first call: validating a scenario needs only the models below.
_access = lazy_module("genaiops.tools.mlops.lib.access")


class RollbackModelInput(BaseModel, defer_build=True):
    model_name: str
    alias: str = "champion"
    to_version: int | None = Field(
        default=None, ge=1, description="A version that held the alias before (default: its previous holder)."
    )
    reason: str = Field(min_length=1, description="Why the roll back (kept in the registry history).")


class RollbackModelResult(BaseModel, defer_build=True):
    model_name: str
    alias: str
    from_version: int
    to_version: int
    event_seq: int
    redeployed: list[str] = Field(default_factory=list)
    """Endpoints that served the alias and now serve ``to_version``."""


def _previous_holder(holders: list[int], current: int) -> int | None:
    """The version that held the alias before the current one took it."""
    for version in reversed(holders):
        if version != current:
            return version
    return None


@tool(actions=("rolls_back",), risk="medium", acts_on=("model_registry", "serving"))
def rollback_model(args: RollbackModelInput, ctx: ToolContext) -> RollbackModelResult:
    """Restore an earlier version under an alias (default: the previous champion), recording the reason; every
    endpoint deployed from that alias then serves the restored version."""
    reg = _access.registry_of(ctx)
    current = _access.resolve_version(ctx, args.model_name, alias=args.alias).version
    served = _served(ctx, args.model_name, args.alias)  # asked first: a serving target that fails changes nothing
    with _access.bad_input():
        moves = [
            e for e in reg.history(args.model_name) if e.alias == args.alias and e.kind in ("alias_set", "rolled_back")
        ]
        holders = [e.version for e in moves if e.version is not None]
        target = args.to_version or _previous_holder(holders, current)
        if args.to_version is not None and args.to_version not in holders:
            _access.resolve_version(ctx, args.model_name, version=args.to_version)  # an unknown one: its versions
            raise ToolInputError(
                f"v{args.to_version} of {args.model_name!r} never held {args.alias!r} (it held "
                f"{sorted(set(holders))}): a roll back returns to a version that served; to make v{args.to_version} "
                f"{args.alias!r}, validate it (validate_model) and promote it (promote_model)"
            )
        if target is None:
            raise ToolInputError(f"{args.alias!r} of {args.model_name!r} has had no other version to roll back to")
        if target == current:
            raise ToolInputError(f"{args.alias!r} already points at v{target}")
        event = reg.set_alias(
            args.model_name,
            args.alias,
            target,
            at=ctx.now,
            kind="rolled_back",
            reason=args.reason,
            detail={"from_version": current, "run_id": ctx.run_id},
            idempotency_key=ctx.idempotency_key,
        )
    return RollbackModelResult(
        model_name=args.model_name,
        alias=args.alias,
        from_version=current,
        to_version=target,
        event_seq=event.seq,
        redeployed=_redeploy(ctx, served, args.model_name, args.alias, target),
    )


def _served(ctx: ToolContext, name: str, alias: str) -> list[Deployment]:
    """The endpoints deployed from ``name``'s ``alias``."""
    return [d for d in ctx.resource("serving").deployments() if (d.model_name, d.alias) == (name, alias)]


def _redeploy(ctx: ToolContext, served: list[Deployment], name: str, alias: str, version: int) -> list[str]:
    """Serve ``name``'s ``version`` on the ``served`` endpoints (deployed from ``alias``); their names."""
    mv = _access.resolve_version(ctx, name, version=version)
    for live in served:
        _access.serve_version(
            ctx, mv, alias=alias, endpoint=live.endpoint, key=f"{ctx.idempotency_key}:{live.endpoint}"
        )
    return [live.endpoint for live in served]
