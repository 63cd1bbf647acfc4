"""validate_model: the promotion gate - absolute thresholds and candidate vs champion on the same rows."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, Field

from genaiops.errors import ToolInputError, did_you_mean
from genaiops.lazy import lazy_module
from genaiops.registry import ToolContext, tool

from .lib.gate import GatePolicy, MetricCheck, run_gate
from .lib.metrics import METRICS, PRIMARY_METRIC
from .lib.splits import holdout_split

if TYPE_CHECKING:  # annotations only: the registry's module (SQLite tables) is imported on first use
    from .lib.model_registry import ModelVersion
    from .lib.tables import Table

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
    compare_with_champion: bool = Field(
        default=True,
        description="False: check the thresholds only, not the champion (e.g. the champion's score came from a "
        "leaky column the candidate dropped); the history records that it was not compared.",
    )


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


def _check_schema(cand: ModelVersion, champ: ModelVersion | None, table: Table, dataset_id: str) -> None:
    """Each model is scored on its own columns of the evaluation data, so the candidate may use fewer columns
    than the champion (one dropped as a leak) or other ones; the data must hold every column of both."""
    if cand.task != (champ.task if champ else cand.task):
        raise ToolInputError(f"candidate is a {cand.task} model, champion v{champ.version} a {champ.task} model")
    missing = [f for f in cand.features if f not in table.columns]
    if missing:
        raise ToolInputError(
            f"the evaluation data {dataset_id[:12]!r} lacks {missing}, which candidate v{cand.version} uses "
            f"(it has {list(table.columns)}); validate on data with the candidate's columns (dataset=...)"
        )
    if champ is None:
        return
    missing = [f for f in champ.features if f not in table.columns]
    if not missing:
        return
    dropped = [f for f in missing if f not in cand.features]
    champ_data = champ.lineage.get("dataset_id", "")
    raise ToolInputError(
        f"champion v{champ.version} uses {missing}, which candidate v{cand.version} was trained without"
        f"{'' if dropped == missing else ' (or not all of)'} and the evaluation data {dataset_id[:12]!r} lacks: "
        "the two cannot be scored on the same rows. If the champion's score came from that column (a leak, "
        "as train_model warns), it is not a score to beat: validate the candidate on its own with "
        "compare_with_champion=false and the thresholds it must meet (e.g. thresholds={'accuracy': 0.8}), then "
        "promote it. Otherwise validate on data that holds both models' columns (the candidate reads only its "
        f"own): dataset='{champ_data}' (v{champ.version}'s training data)"
    )


def _columns(table: Table, features: list[str]) -> Any:
    """The evaluation rows with a model's own columns, in its order."""
    return table.x[:, [table.columns.index(f) for f in features]]


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
    holder = champ
    champ = champ if args.compare_with_champion else None
    _check_schema(cand, champ, table, dataset_id)
    if dataset_id == cand.lineage["dataset_id"]:
        split = cand.lineage["split"]
        table = table.with_rows(holdout_split(table, split["test_size"], split["seed"])[1])
    notes = _overlap_notes(cand, champ, dataset_id)
    if holder and not champ:
        notes.append(
            f"not compared with champion v{holder.version} (compare_with_champion=false): only the thresholds "
            f"{args.thresholds or '(none given)'} were checked"
        )
    cand_pred = _access.load_version(ctx, cand).predict(_columns(table, cand.features))
    champ_pred = _access.load_version(ctx, champ).predict(_columns(table, champ.features)) if champ else None
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
    if champ:
        against = f"champion v{champ.version}"
    elif holder:
        against = f"its thresholds only, not compared with champion v{holder.version} (compare_with_champion=false)"
    else:
        against = "no champion yet (absolute thresholds only)"
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
            "champion_version": holder.version if holder else None,
            "compared_with_champion": champ is not None,
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
