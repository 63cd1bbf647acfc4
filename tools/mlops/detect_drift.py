"""detect_drift: data drift per feature, prediction drift and performance drift of a model on new data."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from genaiops.errors import ToolInputError
from genaiops.lazy import lazy_module
from genaiops.registry import ToolContext, tool

from .lib.drift import FeatureDrift, categorical_psi_test, feature_drift, ks_pvalue, psi_test
from .lib.metrics import HIGHER_IS_BETTER, PRIMARY_METRIC, compute_metrics
from .lib.splits import holdout_split

# The tool's libraries, imported by its first call: validating a scenario needs only the models below.
_access = lazy_module("genaiops.tools.mlops.lib.access")

MIN_ROWS = 50
"""Fewest rows of the current batch (and of the reference) for a drift verdict. PSI compares ten decile bins of
the reference, and its significance test (Pearson's chi-square) holds with about 5 rows expected in each bin:
50 rows. Below that PSI measures empty bins, not drift: a batch drawn from the training data itself scores a
median PSI of 8.3 at 1 row, 5.7 at 3, 3.0 at 10, 1.0 at 20, 0.38 at 30 (over the 0.25 alarm) and 0.20 at 50
(400 reference rows, 300 draws each); KS at 1-3 rows has almost no power (a shift of 1 SD found in 18-37 %)."""


class DetectDriftInput(BaseModel, defer_build=True):
    model_name: str
    alias: str = "champion"
    current: str = Field(description="dataset_id of recent data (e.g. a logged batch's inputs_sha).")
    reference: str | None = Field(
        default=None, description="dataset_id to compare with; default the model's own training rows."
    )
    psi_threshold: float = Field(
        default=0.25, gt=0, description="A feature drifts when its PSI is above this (and significant)."
    )
    alpha: float = Field(default=0.05, gt=0, lt=1, description="KS false-alarm rate over all features (Bonferroni).")
    max_performance_drop: float = Field(default=0.05, ge=0, description="Largest tolerated drop of the primary metric.")
    min_drifted_features: int = Field(default=1, ge=1)
    min_rows: int = Field(
        default=MIN_ROWS,
        ge=10,
        description="Fewest rows each sample needs for a verdict; fewer is 'insufficient data' (the task fails).",
    )


class PredictionDrift(BaseModel, defer_build=True):
    psi: float
    ks_pvalue: float | None = None
    drifted: bool


class PerformanceDrift(BaseModel, defer_build=True):
    metric: str
    reference: float
    current: float
    drop: float
    drifted: bool


class ProposedTask(BaseModel, defer_build=True):
    """A task the engine may add to the run (after validation and policy): here, retrain on the new data."""

    tool: str
    args: dict[str, Any]
    reason: str


class DetectDriftResult(BaseModel, defer_build=True):
    drifted: bool
    model_name: str
    version: int
    reference_dataset_id: str
    current_dataset_id: str
    features: list[FeatureDrift]
    prediction: PredictionDrift
    performance: PerformanceDrift | None
    summary: str
    proposed_task: ProposedTask | None = None


def _performance(task: str, version_metrics: dict[str, float], y: Any, preds: Any, limit: float) -> PerformanceDrift:
    metric = PRIMARY_METRIC[task]  # type: ignore[index]
    ref = version_metrics[metric]
    cur = compute_metrics(task, y, preds)[metric]  # type: ignore[arg-type]
    drop = (ref - cur) if HIGHER_IS_BETTER[metric] else (cur - ref)
    return PerformanceDrift(metric=metric, reference=ref, current=cur, drop=round(drop, 9), drifted=drop > limit)


def _prediction(task: str, ref: Any, cur: Any, threshold: float, alpha: float) -> PredictionDrift:
    if task == "classification":
        ref, cur = ref.astype(str), cur.astype(str)
        score, p_psi = categorical_psi_test(ref, cur)
        return PredictionDrift(psi=round(score, 6), drifted=score > threshold and p_psi < alpha)
    ref, cur = ref.astype(float), cur.astype(float)
    score, p_psi = psi_test(ref, cur)
    _, p = ks_pvalue(ref, cur)
    drifted = (score > threshold and p_psi < alpha) or p < alpha
    return PredictionDrift(psi=round(score, 6), ks_pvalue=float(f"{p:.6g}"), drifted=drifted)


def _require_rows(current: tuple[str, str, int], reference: tuple[str, str, int], least: int) -> None:
    """Insufficient data is no verdict, neither drifted nor stable: the task fails saying so, so that a graph's
    ``when: ${drift.drifted}`` never reads a batch of 3 rows as stable (nor as drifted)."""
    for label, dataset_id, rows in (current, reference):
        if rows < least:
            raise ToolInputError(
                f"insufficient data for a drift verdict: the {label} data {dataset_id[:12]!r} has {rows} "
                f"row{'s' if rows != 1 else ''}, and detect_drift needs at least {least} (min_rows): PSI over 10 "
                "decile bins needs about 5 rows a bin, and below that even rows drawn from the training data "
                "score as drifted; no verdict was made (neither drifted nor stable). Check again once more rows "
                "are logged, or lower min_rows (10 at least) knowing the verdict is noisier"
            )


@tool(offload=True)
def detect_drift(args: DetectDriftInput, ctx: ToolContext) -> DetectDriftResult:
    """Compare recent data with the data a model was trained on: per-feature PSI and KS test (Bonferroni over
    features), drift of the model's predictions, and - labels being present - its performance. When something
    drifted, the result proposes a retraining task (train_model on the new data) and the registry
    records it."""
    mv = _access.resolve_version(ctx, args.model_name, alias=args.alias)
    split = mv.lineage["split"]
    reference_id = args.reference or mv.lineage["dataset_id"]
    ref_table = _access.load_table(ctx, reference_id)
    if args.reference is None:
        ref_table = ref_table.with_rows(holdout_split(ref_table, split["test_size"], split["seed"])[0])
    cur = _access.load_table(ctx, args.current)
    for label, table in (("reference", ref_table), ("current", cur)):
        _access.require_features(table, mv.features, what=f"v{mv.version}", label=label, target=mv.target)
    _require_rows(("current", args.current, cur.rows), ("reference", reference_id, ref_table.rows), args.min_rows)
    per_feature_alpha = args.alpha / len(mv.features)
    features = [
        feature_drift(name, ref_table.x[:, j], cur.x[:, j], psi_threshold=args.psi_threshold, alpha=per_feature_alpha)
        for j, name in enumerate(mv.features)
    ]
    model = _access.load_version(ctx, mv)
    cur_pred = model.predict(cur.x)
    prediction = _prediction(mv.task, model.predict(ref_table.x), cur_pred, args.psi_threshold, args.alpha)
    performance = _performance(mv.task, mv.metrics, cur.y, cur_pred, args.max_performance_drop) if cur.labeled else None
    moved = [f.feature for f in features if f.drifted]
    drifted = len(moved) >= args.min_drifted_features or prediction.drifted or bool(performance and performance.drifted)
    perf_text = (
        f"{performance.metric} {performance.reference:.4f} -> {performance.current:.4f}"
        if performance
        else "no labels yet (performance not measured)"
    )
    summary = (
        f"{len(moved)}/{len(features)} features drifted{f' {moved[:5]}' if moved else ''}; predictions "
        f"{'drifted' if prediction.drifted else 'stable'} (PSI {prediction.psi:.3f}); {perf_text}"
    )
    proposal = None
    if drifted:
        proposal = ProposedTask(
            tool="train_model",
            args={
                "model_name": mv.name,
                "dataset": args.current,
                "estimator": mv.estimator,
                "params": {k: v for k, v in mv.params.items() if k != "random_state"},
                "test_size": split["test_size"],
                "seed": split["seed"],
            },
            reason=f"drift on {mv.name} v{mv.version}: {summary}",
        )
        _access.registry_of(ctx).record_event(
            mv.name,
            "drift_detected",
            at=ctx.now,
            version=mv.version,
            alias=args.alias,
            reason=summary,
            detail={"current_dataset_id": args.current, "drifted_features": moved},
            idempotency_key=ctx.idempotency_key,
        )
    return DetectDriftResult(
        drifted=drifted,
        model_name=mv.name,
        version=mv.version,
        reference_dataset_id=reference_id,
        current_dataset_id=args.current,
        features=features,
        prediction=prediction,
        performance=performance,
        summary=summary,
        proposed_task=proposal,
    )
