"""deploy_model: serve the version behind an alias on the serving target - a gated action."""

from __future__ import annotations

from pydantic import BaseModel, Field

from genaiops.registry import ToolContext, tool

from .lib.access import load_version, registry_of, resolve_version
from .lib.serving import Deployment


class DeployModelInput(BaseModel):
    model_name: str
    alias: str = "champion"
    endpoint: str | None = Field(default=None, description="Endpoint name (default: the model name).")


class DeployModelResult(BaseModel):
    deployment: Deployment


@tool(actions=("deploys",), risk="medium", acts_on=("serving", "model_registry"))
def deploy_model(args: DeployModelInput, ctx: ToolContext) -> DeployModelResult:
    """Deploy the version an alias points at to the serving target (batch scoring and a local HTTP endpoint).
    The artifact is hash-checked and loaded with the type allow-list before it serves."""
    mv = resolve_version(ctx, args.model_name, alias=args.alias)
    model = load_version(ctx, mv)
    spec = Deployment(
        endpoint=args.endpoint or args.model_name,
        model_name=mv.name,
        alias=args.alias,
        version=mv.version,
        artifact_sha=mv.artifact_sha,
        features=mv.features,
    )
    live = ctx.resource("serving").deploy(spec, model)
    registry_of(ctx).record_event(
        mv.name,
        "deployed",
        at=ctx.now,
        version=mv.version,
        alias=args.alias,
        reason=f"endpoint {live.endpoint}",
        detail={"endpoint": live.endpoint, "url": live.url},
        idempotency_key=ctx.idempotency_key,
    )
    return DeployModelResult(deployment=live)
