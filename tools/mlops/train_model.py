"""train_model: fit an allow-listed scikit-learn estimator, store its artifact, register a version."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from genaiops.lazy import lazy_module
from genaiops.registry import ToolContext, tool

from .lib.estimators import ESTIMATORS, build_estimator
from .lib.leakage import suspect_leaks
from .lib.metrics import METRICS, compute_metrics
from .lib.splits import holdout_split

# The tool's libraries, imported by its first call: validating a scenario needs only the models below.
_access = lazy_module("genaiops.tools.mlops.lib.access")
_codec = lazy_module("genaiops.tools.mlops.lib.codec")
_model_registry = lazy_module("genaiops.tools.mlops.lib.model_registry")


class TrainModelInput(BaseModel, defer_build=True):
    model_name: str = Field(min_length=1, description="Registered model to add a version to (created if new).")
    dataset: str = Field(description="dataset_id from load_dataset.")
    estimator: str | None = Field(
        default=None, description=f"One of {sorted(ESTIMATORS)}; default logistic_regression / ridge."
    )
    params: dict[str, Any] = Field(default_factory=dict, description="Estimator parameters (checked by name).")
    test_size: float = Field(default=0.25, gt=0, lt=1, description="Held-out fraction (stratified, seeded).")
    cv_folds: int = Field(default=5, ge=0, le=20, description="Cross-validation folds on the training part; 0: none.")
    seed: int = Field(default=0, description="Seeds the split, the folds and the estimator's random_state.")
    code_version: str = Field(default="", description="Version of the code that trained it (e.g. a git sha).")


class CVScore(BaseModel, defer_build=True):
    mean: float
    std: float


class TrainModelResult(BaseModel, defer_build=True):
    model_name: str
    version: int
    artifact_sha: str
    dataset_id: str
    estimator: str
    params: dict[str, Any]
    holdout_metrics: dict[str, float]
    cv_metrics: dict[str, CVScore]
    train_rows: int
    holdout_rows: int
    warnings: list[str] = Field(
        default_factory=list,
        description="Features that give the label away (alone separate the classes, or track the target): "
        "likely leaks, worth dropping before promoting.",
    )


def _cross_validate(estimator: Any, table: Any, train: Any, folds: int, seed: int) -> dict[str, CVScore]:
    import numpy as np
    from sklearn.base import clone
    from sklearn.model_selection import KFold, StratifiedKFold

    if folds < 2:
        return {}
    x, y = table.x[train], table.y[train]
    cls = StratifiedKFold if table.task == "classification" else KFold
    scores: dict[str, list[float]] = {m: [] for m in METRICS[table.task]}
    for fit_idx, test_idx in cls(n_splits=folds, shuffle=True, random_state=seed).split(x, y):
        model = clone(estimator).fit(x[fit_idx], y[fit_idx])
        for name, value in compute_metrics(table.task, y[test_idx], model.predict(x[test_idx])).items():
            scores[name].append(value)
    return {m: CVScore(mean=round(float(np.mean(v)), 12), std=round(float(np.std(v)), 12)) for m, v in scores.items()}


def fit(
    table: Any, args: TrainModelInput
) -> tuple[str, dict[str, Any], bytes, dict[str, float], dict[str, CVScore], int, int]:
    """The heavy, pure part of training (a Ray task under GENAIOPS_RAY_ADDRESS): split, cross-validate, fit, score
    the held-out rows, serialize. (estimator name, params, artifact, holdout metrics, cv metrics, train rows,
    holdout rows)."""
    name, estimator, params = build_estimator(args.estimator, args.params, table.task, args.seed)
    train, holdout = holdout_split(table, args.test_size, args.seed)
    cv = _cross_validate(estimator, table, train, args.cv_folds, args.seed)
    estimator.fit(table.x[train], table.y[train])
    metrics = compute_metrics(table.task, table.y[holdout], estimator.predict(table.x[holdout]))
    return name, params, _codec.dump_model(estimator), metrics, cv, len(train), len(holdout)


@tool(offload=True)
def train_model(args: TrainModelInput, ctx: ToolContext) -> TrainModelResult:
    """Train a model on a dataset's training split, cross-validate it, score it on the held-out split, store
    the artifact (content-addressed) and register it as the model's next version with its lineage.

    Same inputs give identical metrics and artifact hash. Registering does not promote: use validate_model
    then promote_model.
    """
    import sklearn
    import skops

    table = _access.require_labels(_access.load_table(ctx, args.dataset), "training")
    name, params, artifact, metrics, cv, train_rows, holdout_rows = ctx.compute(fit, table, args)
    sha = _access.artifacts_of(ctx).put(artifact)
    lineage = {
        "dataset_id": args.dataset,
        "dataset": table.fingerprint().model_dump(exclude={"source"}),
        "split": {
            "test_size": args.test_size,
            "seed": args.seed,
            "stratified": table.task == "classification",
        },
        "cv_metrics": {k: v.model_dump() for k, v in cv.items()},
        "code_version": args.code_version,
        "libraries": {"scikit-learn": sklearn.__version__, "skops": skops.__version__},
        "run_id": ctx.run_id,
        "task_id": ctx.task_id,
    }
    draft = _model_registry.ModelVersion(
        name=args.model_name,
        version=0,
        artifact_sha=sha,
        task=table.task,
        target=table.target,
        features=list(table.columns),
        estimator=name,
        params=params,
        metrics=metrics,
        lineage=lineage,
        created_at=ctx.now,
    )
    with _access.bad_input():
        mv = _access.registry_of(ctx).register_version(draft, idempotency_key=ctx.idempotency_key)
    return TrainModelResult(
        model_name=mv.name,
        version=mv.version,
        artifact_sha=sha,
        dataset_id=args.dataset,
        estimator=name,
        params=params,
        holdout_metrics=metrics,
        cv_metrics=cv,
        train_rows=train_rows,
        holdout_rows=holdout_rows,
        warnings=suspect_leaks(table),
    )
