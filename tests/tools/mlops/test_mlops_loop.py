"""The whole MLOps loop at the tool level, offline: train, validate, promote, drift, retrain, promote, roll back."""

from __future__ import annotations

import pytest

from genaiops.tools import load_tools
from genaiops.tools.mlops import build_memory_resources


def test_mlops_gated_tools_declare_their_actions():
    """Promotion and deployment are 'deploys' actions and roll back is 'rolls_back', so the engine gates them."""
    reg = load_tools()
    assert reg.get("promote_model").actions == frozenset({"deploys"})
    assert reg.get("deploy_model").actions == frozenset({"deploys"})
    assert reg.get("rollback_model").actions == frozenset({"rolls_back"})
    for name in ("load_dataset", "train_model", "validate_model", "detect_drift", "score_batch", "describe_model"):
        assert not reg.get(name).gated_by_default, name


def test_mlops_full_loop_leaves_every_step_in_the_history(call):
    """train v1 -> validate -> promote -> drift -> retrain v2 -> validate vs v1 -> promote -> roll back to v1."""
    _run_loop(call)


@pytest.mark.filterwarnings("ignore:The ``noload`` loader strategy is deprecated:DeprecationWarning")
def test_mlops_full_loop_on_the_mlflow_backend(mlflow_registry, caller_for):
    """The same loop with MLflow holding models, versions and aliases (optional extra)."""
    resources = {**build_memory_resources(), "model_registry": mlflow_registry}
    try:
        _run_loop(caller_for(resources), name="cancer-mlflow")
    finally:
        resources["serving"].close()
        resources["prediction_log"].close()
    client = mlflow_registry.client
    assert client.get_registered_model("cancer-mlflow").aliases == {"champion": 1}
    assert sorted(int(v.version) for v in client.search_model_versions("name='cancer-mlflow'")) == [1, 2]


def _run_loop(call, name: str = "cancer"):
    data = call("load_dataset", source="breast_cancer")
    v1 = call("train_model", model_name=name, dataset=data.dataset_id, cv_folds=3)
    first = call("validate_model", model_name=name, candidate_version=v1.version, thresholds={"accuracy": 0.9})
    assert first.passed and first.champion_version is None
    call("promote_model", model_name=name, version=v1.version, reason="first model")
    call("deploy_model", model_name=name)
    promoted_at = call.now

    drifted = call("shift_dataset", dataset=data.dataset_id, shift_sd=1.5, scale=1.3, seed=7)
    batch = call("score_batch", endpoint=name, dataset=drifted.dataset_id)
    assert batch.version == v1.version and batch.batch_id is not None
    drift = call("detect_drift", model_name=name, current=drifted.dataset_id)
    assert drift.drifted and drift.proposed_task is not None
    assert drift.performance is not None and drift.performance.drifted

    v2 = call(drift.proposed_task.tool, **{**drift.proposed_task.args, "cv_folds": 3})
    assert v2.version == 2 and v2.dataset_id == drifted.dataset_id
    second = call("validate_model", model_name=name, candidate_version=v2.version)
    assert second.champion_version == v1.version
    assert second.passed, second.summary
    primary = next(c for c in second.checks if c.metric == "accuracy")
    assert primary.ci_low is not None and primary.ci_low > 0
    call("promote_model", model_name=name, version=v2.version, reason="retrained after drift")
    call("deploy_model", model_name=name)
    back = call("rollback_model", model_name=name, reason="v2 misbehaves on live traffic")
    assert (back.from_version, back.to_version, back.redeployed) == (2, 1, [name])
    assert call.resources["serving"].deployment(name).version == 1  # the endpoint serves the restored version

    report = call("describe_model", model_name=name, at=promoted_at)
    assert report.aliases == {"champion": 1}
    assert report.alias_at == {"alias": "champion", "at": promoted_at, "version": 1}
    steps = [(e.kind, e.version) for e in report.history]
    assert steps == [
        ("registered", 1),
        ("validated", 1),
        ("alias_set", 1),
        ("deployed", 1),
        ("drift_detected", 1),
        ("registered", 2),
        ("validated", 2),
        ("alias_set", 2),
        ("deployed", 2),
        ("rolled_back", 1),
        ("deployed", 1),
    ]
    assert report.history[-2].reason == "v2 misbehaves on live traffic"
    assert report.history[-2].previous_version == 2
