"""validate_model: the promotion gate - absolute thresholds and candidate vs champion on the same rows."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pydantic import BaseModel, Field

from genaiops.errors import ToolInputError, did_you_mean
from genaiops.lazy import lazy_module
from genaiops.registry import ToolContext, tool

from .lib.gate import GatePolicy, MetricCheck, run_gate
from .lib.metrics import METRICS, PRIMARY_METRIC
from .lib.splits import holdout_split

if TYPE_CHECKING:  # annotations only: the registry's module (SQLite tables) is imported on first use
    from .lib.model_registry import ModelVersion

# The tool's libraries, imported by its first call: validating a scenario needs only the models below.
_access = lazy_module("genaiops.tools.mlops.lib.access")


class ValidateModelInput(BaseModel, defer_build=True):
    model_name: str
    candidate_version: int = Field(ge=1)
    champion_alias: str = Field(default="champion", description="Compare with the version under this alias.")
    dataset: str | None = Field(
        default=None,
        description="Evaluation dataset_id. Default: the candidate's training dataset, its held-out rows. "
        "Another dataset is used whole.",
    )
    thresholds: dict[str, float] = Field(
        default_factory=dict,
        description="Absolute floors per metric (ceilings for mae/rmse), e.g. {'accuracy': 0.9}.",
    )
    primary_metric: str | None = Field(default=None, description="Default accuracy (classification) / r2.")
    min_improvement: float = Field(
        default=0.0,
        description="The CI's lower end of the primary gain must exceed this; negative = non-inferiority.",
    )
    max_regression: float = Field(default=0.01, ge=0, description="Largest allowed drop on any metric.")
    confidence: float = Field(default=0.95, gt=0.5, lt=1)
    n_bootstrap: int = Field(default=1000, ge=100, le=20000)
    seed: int = 0


class ValidateModelResult(BaseModel, defer_build=True):
    passed: bool
    model_name: str
    candidate_version: int
    champion_version: int | None
    eval_dataset_id: str
    eval_rows: int
    checks: list[MetricCheck]
    summary: str
    notes: list[str] = []
    """Caveats about the comparison (e.g. the champion has seen some evaluation rows)."""


def _champion(ctx: ToolContext, name: str, alias: str) -> ModelVersion | None:
    with _access.bad_input():
        current = _access.registry_of(ctx).aliases(name)
    return _access.resolve_version(ctx, name, alias=alias) if alias in current else None


def _check_schema(cand: ModelVersion, champ: ModelVersion | None, eval_features: tuple[str, ...]) -> None:
    if cand.task != (champ.task if champ else cand.task):
        raise ToolInputError(f"candidate is a {cand.task} model, champion v{champ.version} a {champ.task} model")
    for label, features in (("champion", champ.features if champ else None), ("evaluation data", eval_features)):
        if features is not None and list(features) != cand.features:
            lacks = sorted(set(features) - set(cand.features))
            adds = sorted(set(cand.features) - set(features))
            detail = f"the candidate lacks {lacks} and adds {adds}" if lacks or adds else "same names, other order"
            raise ToolInputError(
                f"feature schema mismatch between candidate v{cand.version} and the {label}: {detail}; "
                "train the candidate on data with the same columns"
            )


def _overlap_notes(cand: ModelVersion, champ: ModelVersion | None, dataset_id: str) -> list[str]:
    if champ is None or champ.lineage.get("dataset_id") != dataset_id:
        return []
    if champ.lineage.get("split") == cand.lineage.get("split"):
        return []
    return [
        f"champion v{champ.version} was trained on this dataset with another split, so some evaluation rows "
        "were in its training data: the comparison favours the champion"
    ]


@tool(offload=True)
def validate_model(args: ValidateModelInput, ctx: ToolContext) -> ValidateModelResult:
    """Decide whether a registered candidate version may be promoted: absolute metric thresholds, and a paired
    bootstrap comparison with the current champion on the same held-out rows (a gain inside the noise is not a
    gain; no metric may regress more than max_regression). Says pass/fail and why, metric by metric, and
    records the verdict in the registry history (promote_model requires a passing one)."""
    cand = _access.resolve_version(ctx, args.model_name, version=args.candidate_version)
    champ = _champion(ctx, args.model_name, args.champion_alias)
    metrics = METRICS[cand.task]  # type: ignore[index]
    primary = args.primary_metric or PRIMARY_METRIC[cand.task]  # type: ignore[index]
    for m in [primary, *args.thresholds]:
        if m not in metrics:
            raise ToolInputError(f"unknown metric {m!r}{did_you_mean(m, metrics)} for {cand.task}; use {list(metrics)}")
    dataset_id = args.dataset or cand.lineage["dataset_id"]
    table = _access.require_labels(_access.load_table(ctx, dataset_id), "validation")
    _check_schema(cand, champ, table.columns)
    if dataset_id == cand.lineage["dataset_id"]:
        split = cand.lineage["split"]
        table = table.with_rows(holdout_split(table, split["test_size"], split["seed"])[1])
    notes = _overlap_notes(cand, champ, dataset_id)
    cand_pred = _access.load_version(ctx, cand).predict(table.x)
    champ_pred = _access.load_version(ctx, champ).predict(table.x) if champ else None
    policy = GatePolicy(
        primary_metric=primary,
        thresholds=args.thresholds,
        min_improvement=args.min_improvement,
        max_regression=args.max_regression,
        confidence=args.confidence,
        n_bootstrap=args.n_bootstrap,
        seed=args.seed,
    )
    checks = run_gate(cand.task, table.y, cand_pred, champ_pred, policy)  # type: ignore[arg-type]
    passed = all(c.passed for c in checks)
    failed = [c.metric for c in checks if not c.passed]
    against = f"champion v{champ.version}" if champ else "no champion yet (absolute thresholds only)"
    summary = f"v{cand.version} {'passes' if passed else 'fails'} against {against}" + (
        f"; failing: {failed}" if failed else ""
    )
    _access.registry_of(ctx).record_event(
        args.model_name,
        "validated",
        at=ctx.now,
        version=cand.version,
        alias=args.champion_alias,
        reason=summary,
        idempotency_key=ctx.idempotency_key,
        detail={
            "passed": passed,
            "champion_version": champ.version if champ else None,
            "eval_dataset_id": dataset_id,
            "checks": [c.model_dump() for c in checks],
        },
    )
    return ValidateModelResult(
        passed=passed,
        model_name=args.model_name,
        candidate_version=cand.version,
        champion_version=champ.version if champ else None,
        eval_dataset_id=dataset_id,
        eval_rows=table.rows,
        checks=checks,
        summary=summary,
        notes=notes,
    )
