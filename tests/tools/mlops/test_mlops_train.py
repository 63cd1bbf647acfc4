"""Training: determinism, the estimator allow-list, parameter checks, and a registry left unchanged by bad input."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys

import pytest

from genaiops.errors import ToolInputError


def _versions(call, name: str) -> int:
    reg = call.resources["model_registry"]
    return len(reg.list_versions(name)) if name in reg.list_models() else 0


def test_mlops_training_twice_gives_identical_metrics_and_artifact_hash(call, fresh_caller):
    """Same inputs -> bit-identical metrics and the same artifact sha256, even in a fresh store."""
    data = call("load_dataset", source="wine")
    args = {
        "model_name": "wine",
        "dataset": data.dataset_id,
        "estimator": "random_forest_classifier",
        "params": {"n_estimators": 20},
        "seed": 3,
    }
    first, second = call("train_model", **args), call("train_model", **args)
    assert first.artifact_sha == second.artifact_sha
    assert first.holdout_metrics == second.holdout_metrics and first.cv_metrics == second.cv_metrics
    fresh = fresh_caller()
    data2 = fresh("load_dataset", source="wine")
    third = fresh("train_model", **{**args, "dataset": data2.dataset_id})
    assert data2.dataset_id == data.dataset_id
    assert third.artifact_sha == first.artifact_sha and third.holdout_metrics == first.holdout_metrics


def test_mlops_a_different_seed_changes_the_split(call):
    """The seed drives the split: another seed scores other held-out rows."""
    data = call("load_dataset", source="diabetes")
    a = call("train_model", model_name="d", dataset=data.dataset_id, seed=0, cv_folds=0)
    b = call("train_model", model_name="d", dataset=data.dataset_id, seed=1, cv_folds=0)
    assert a.holdout_metrics != b.holdout_metrics


def test_mlops_retry_with_the_same_idempotency_key_registers_once(call):
    """A retried training task (same key) returns the version it registered, not a second one."""
    data = call("load_dataset", source="iris")
    a = call("train_model", key="train-once", model_name="iris", dataset=data.dataset_id, cv_folds=0)
    b = call("train_model", key="train-once", model_name="iris", dataset=data.dataset_id, cv_folds=0)
    assert a.version == b.version == 1 and _versions(call, "iris") == 1


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ({"estimator": "random_forrest_classifier"}, "did you mean 'random_forest_classifier'?"),
        ({"estimator": "ridge"}, "is a regression model but the dataset is classification"),
        ({"params": {"max_iters": 10}}, "did you mean 'max_iter'?"),
        ({"params": {"C": -1.0}}, "rejects its parameters"),
        ({"dataset": "0" * 64}, "run load_dataset first"),
    ],
)
def test_mlops_bad_training_input_is_a_clear_error_and_registers_nothing(call, args, expected):
    """Unknown estimator or parameter, a bad value, a wrong task or a missing dataset: a clear error, no version."""
    data = call("load_dataset", source="iris")
    call("train_model", model_name="iris", dataset=data.dataset_id, cv_folds=0)
    history = call.resources["model_registry"].history("iris")
    with pytest.raises(ToolInputError, match=expected.replace("?", r"\?").replace("(", r"\(")):
        call("train_model", **{"model_name": "iris", "dataset": data.dataset_id, **args})
    assert call.resources["model_registry"].history("iris") == history


def test_mlops_lineage_records_dataset_split_parameters_and_code_version(call):
    """A version's lineage names its dataset fingerprint, split, resolved parameters and code version."""
    data = call("load_dataset", source="iris")
    out = call("train_model", model_name="iris", dataset=data.dataset_id, code_version="abc123", cv_folds=3)
    mv = call.resources["model_registry"].get_version("iris", out.version)
    assert mv.lineage["dataset_id"] == data.dataset_id
    assert mv.lineage["dataset"]["rows"] == 150
    assert mv.lineage["split"] == {"test_size": 0.25, "seed": 0, "stratified": True}
    assert mv.lineage["code_version"] == "abc123"
    assert mv.params["random_state"] == 0 and mv.features[0] == "sepal length (cm)"
    assert set(out.cv_metrics) == {"accuracy", "balanced_accuracy", "f1_macro"}


_OTHER_PROCESS = """
import hashlib, sys
from genaiops.tools.mlops import build_estimator, dump_model, load_bundled
t = load_bundled("wine")
_, est, _ = build_estimator("random_forest_classifier", {"n_estimators": 5}, "classification", 0)
sys.stdout.write(hashlib.sha256(dump_model(est.fit(t.x, t.y))).hexdigest())
"""


def test_mlops_artifact_bytes_are_the_same_in_another_process():
    """Another interpreter (other object ids, other string hash seed) writes the same model bytes."""
    from genaiops.tools.mlops import build_estimator, dump_model, load_bundled

    t = load_bundled("wine")
    _, est, _ = build_estimator("random_forest_classifier", {"n_estimators": 5}, "classification", 0)
    here = hashlib.sha256(dump_model(est.fit(t.x, t.y))).hexdigest()
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    there = subprocess.run(
        [sys.executable, "-c", _OTHER_PROCESS], env=env, capture_output=True, text=True, timeout=120, check=True
    ).stdout
    assert there == here
