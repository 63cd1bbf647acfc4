"""score_batch: score a dataset with a deployed model (batch scoring) and log the predictions."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from genaiops.errors import ToolInputError
from genaiops.lazy import lazy_module
from genaiops.registry import ToolContext, tool

# The tool's libraries, imported by its first call: validating a scenario needs only the models below.
_access = lazy_module("genaiops.tools.mlops.lib.access")
_codec = lazy_module("genaiops.tools.mlops.lib.codec")
_metrics = lazy_module("genaiops.tools.mlops.lib.metrics")
_prediction_log = lazy_module("genaiops.tools.mlops.lib.prediction_log")


class ScoreBatchInput(BaseModel, defer_build=True):
    endpoint: str = Field(description="A deployed endpoint (deploy_model's endpoint; default the model name).")
    dataset: str = Field(description="dataset_id of the rows to score.")
    log: bool = Field(default=True, description="Record the batch in the prediction log.")
    return_predictions: bool = Field(default=False, description="Include every prediction in the result.")


class ScoreBatchResult(BaseModel, defer_build=True):
    endpoint: str
    model_name: str
    version: int
    rows: int
    summary: dict[str, Any]
    """Class counts (classification) or mean/sd/min/max (regression) of the predictions."""
    metrics: dict[str, float]
    """Scores against the dataset's labels when it has them (performance as labels arrive); else empty."""
    batch_id: int | None = None
    predictions: list[Any] | None = None


def _summary(task: str, preds: Any) -> dict[str, Any]:
    import numpy as np

    if task == "classification":
        labels, counts = np.unique(preds.astype(str), return_counts=True)
        return {"counts": {str(k): int(v) for k, v in zip(labels, counts, strict=True)}}
    values = preds.astype(float)
    return {
        k: round(float(f(values)), 9) for k, f in (("mean", np.mean), ("sd", np.std), ("min", np.min), ("max", np.max))
    }


def _assess(task: str, preds: Any, labels: Any) -> tuple[dict[str, Any], dict[str, float]]:
    """(summary of the predictions, metrics against the labels when there are any)."""
    return _summary(task, preds), ({} if labels is None else _metrics.compute_metrics(task, labels, preds))


def score(artifact: bytes, x: Any, task: str, labels: Any) -> tuple[Any, dict[str, Any], dict[str, float]]:
    """The heavy, pure part of batch scoring on Ray (GENAIOPS_RAY_ADDRESS): load the endpoint's model from its
    hash-checked artifact (type allow-list), predict every row, summarize and score the predictions."""
    import numpy as np

    preds = np.asarray(_codec.load_model(artifact).predict(x))
    return (preds, *_assess(task, preds, labels))


@tool(offload=True)
def score_batch(args: ScoreBatchInput, ctx: ToolContext) -> ScoreBatchResult:
    """Run a deployed model over a dataset's rows; return a summary of the predictions and, when the dataset
    has labels, the live metrics; log the batch (its inputs snapshot feeds detect_drift)."""
    serving = ctx.resource("serving")
    live = serving.deployment(args.endpoint)
    if live is None:
        raise ToolInputError(f"endpoint {args.endpoint!r} has nothing deployed; run deploy_model first")
    table = _access.load_table(ctx, args.dataset)
    if list(table.columns) != live.features:
        with _access.bad_input():
            target = _access.registry_of(ctx).get_version(live.model_name, live.version).target
        what = f"endpoint {args.endpoint!r} ({live.model_name} v{live.version})"
        _access.require_features(table, live.features, what=what, label="scored", target=target)
    labels = table.y if table.labeled else None
    if ctx.computes_remotely:  # the rows are scored by a Ray task with the artifact the endpoint serves
        artifact = _access.artifacts_of(ctx).get(live.artifact_sha)
        preds, summary, metrics = ctx.compute(score, artifact, table.x, table.task, labels)
    else:
        preds = serving.predict(args.endpoint, table.x)
        summary, metrics = _assess(table.task, preds, labels)
    batch_id = None
    if args.log:
        batch = _prediction_log.PredictionBatch(
            model_name=live.model_name,
            version=live.version,
            endpoint=live.endpoint,
            at=ctx.now,
            rows=table.rows,
            inputs_sha=args.dataset,
            summary=summary,
        )
        batch_id = ctx.resource("prediction_log").log(batch, idempotency_key=ctx.idempotency_key).batch_id
    return ScoreBatchResult(
        endpoint=live.endpoint,
        model_name=live.model_name,
        version=live.version,
        rows=table.rows,
        summary=summary,
        metrics=metrics,
        batch_id=batch_id,
        predictions=preds.tolist() if args.return_predictions else None,
    )
