"""deploy_model: serve the version behind an alias on the serving target - a gated action."""

from __future__ import annotations

from pydantic import BaseModel, Field

from genaiops.lazy import lazy_module
from genaiops.registry import ToolContext, tool

from .lib.serving import Deployment

# The tool's libraries, imported by its first call: validating a scenario needs only the models below.
_access = lazy_module("genaiops.tools.mlops.lib.access")


class DeployModelInput(BaseModel, defer_build=True):
    model_name: str
    alias: str = "champion"
    endpoint: str | None = Field(default=None, description="Endpoint name (default: the model name).")


class DeployModelResult(BaseModel, defer_build=True):
    deployment: Deployment


@tool(actions=("deploys",), risk="medium", acts_on=("serving", "model_registry"))
def deploy_model(args: DeployModelInput, ctx: ToolContext) -> DeployModelResult:
    """Deploy the version an alias points at to the serving target (batch scoring and an HTTP endpoint: in this
    process for drills, recorded in the home so that later processes - a resumed run - serve it too; or a uvicorn
    process that outlives the run). The artifact is hash-checked and loaded with the type allow-list before it
    serves."""
    mv = _access.resolve_version(ctx, args.model_name, alias=args.alias)
    live = _access.serve_version(
        ctx, mv, alias=args.alias, endpoint=args.endpoint or args.model_name, key=ctx.idempotency_key
    )
    return DeployModelResult(deployment=live)
