"""stage_model_drill: put a model in service on the drill registry and serving stand-ins, for drills and the
offline catalogue scenarios (retrain on drift, roll back, a model incident) — the MLOps twin of inject_fault."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from pydantic import BaseModel, Field

from genaiops.errors import ToolExecutionError, ToolInputError
from genaiops.lazy import lazy_module
from genaiops.registry import ToolContext, tool
from genaiops.tools.mlops.deploy_model import DeployModelInput, deploy_model
from genaiops.tools.mlops.promote_model import PromoteModelInput, promote_model
from genaiops.tools.mlops.train_model import TrainModelInput, train_model

# The tool's libraries, imported by its first call: validating a scenario needs only the models below.
_access = lazy_module("genaiops.tools.mlops.lib.access")

_ALIAS = "champion"
_APART = timedelta(days=7)
"""How long before the next one each staged version was promoted."""


class StageModelDrillInput(BaseModel, defer_build=True):
    model_name: str = Field(min_length=1, description="The model to put in service (created when not registered).")
    dataset: str = Field(description="dataset_id from load_dataset: what every staged version is trained on.")
    versions: int = Field(
        default=1,
        ge=1,
        le=5,
        description="Versions trained and promoted to champion in turn: the last is the champion, the one before "
        "it the previous holder (what a roll back returns to).",
    )
    minutes_ago: int = Field(
        default=60,
        ge=0,
        le=7 * 1440,
        description="When the champion was promoted and deployed, in minutes before the run's time (a model "
        "incident lines it up with the fault it caused).",
    )
    deploy: bool = Field(default=True, description="Serve the champion at the endpoint named like the model.")
    seed: int = Field(default=0, description="Version N is trained with seed + N - 1.")


class StageModelDrillResult(BaseModel, defer_build=True):
    model_name: str
    staged: bool = Field(description="False when the model was already registered: its history was left alone.")
    versions: list[int]
    champion: int
    previous: int | None = Field(description="The champion's previous holder (None: it never had one).")
    deployed_at: datetime | None
    endpoint: str | None
    note: str


@tool(acts_on=("model_registry", "serving"), needs=("drill_mlops",))
def stage_model_drill(args: StageModelDrillInput, ctx: ToolContext) -> StageModelDrillResult:
    """Stage a drill: train `versions` versions of a model, promote each to champion in turn and serve the last,
    on the home's drill registry and serving stand-ins only (refused on MLflow or a serving process). A model
    already registered is left as it is (its champion is only served again), so a drill can run twice."""
    _require_drill_targets(ctx)
    reg = _access.registry_of(ctx)
    when = ctx.now - timedelta(minutes=args.minutes_ago)
    staged = args.model_name not in reg.list_models()
    if staged:
        _stage(args, ctx, when)
    champion = reg.aliases(args.model_name).get(_ALIAS)
    if champion is None:
        raise ToolInputError(f"{args.model_name!r} is registered but has no {_ALIAS!r}; choose another model_name")
    deployed = None
    if args.deploy:
        live = deploy_model(DeployModelInput(model_name=args.model_name), _at(ctx, "deploy", when)).deployment
        deployed = live.endpoint
    note = "staged on the drill registry" if staged else "already registered: served its champion again"
    return StageModelDrillResult(
        model_name=args.model_name,
        staged=staged,
        versions=[v.version for v in reg.list_versions(args.model_name)],
        champion=champion,
        previous=_previous_holder(ctx, args.model_name, champion),
        deployed_at=when if args.deploy else None,
        endpoint=deployed,
        note=note,
    )


def _require_drill_targets(ctx: ToolContext) -> None:
    for name in ("model_registry", "serving"):
        if getattr(ctx.resource(name), "drill", False) is not True:
            raise ToolExecutionError(
                f"stage_model_drill works on the home's drill stand-ins only, and {name} is a real system "
                f"({type(ctx.resource(name)).__name__}); train, validate and promote there with the gated tools"
            )


def _stage(args: StageModelDrillInput, ctx: ToolContext, when: datetime) -> None:
    """Train and promote each version in turn, a week apart, the last at ``when``."""
    for n in range(1, args.versions + 1):
        at = when - _APART * (args.versions - n)
        train = TrainModelInput(model_name=args.model_name, dataset=args.dataset, cv_folds=0, seed=args.seed + n - 1)
        version = train_model(train, _at(ctx, f"train-{n}", at)).version
        promote = PromoteModelInput(
            model_name=args.model_name, version=version, reason="drill staging", require_validation=False
        )
        promote_model(promote, _at(ctx, f"promote-{n}", at))


def _at(ctx: ToolContext, step: str, at: datetime) -> ToolContext:
    """The call's context for one step: its own idempotency key (registry writes are idempotent per key)."""
    return replace(ctx, idempotency_key=f"{ctx.idempotency_key}:{step}", now=at)


def _previous_holder(ctx: ToolContext, name: str, champion: int) -> int | None:
    """The last other version the alias pointed at (what rollback_model returns to by default)."""
    moves = (
        e
        for e in _access.registry_of(ctx).history(name)
        if e.alias == _ALIAS and e.kind in ("alias_set", "rolled_back")
    )
    holders = [e.version for e in moves if e.version is not None]
    return next((v for v in reversed(holders) if v != champion), None)
