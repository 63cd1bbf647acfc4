"""Labels that arrive after scoring: joined to the logged batch, they give performance drift."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sklearn.datasets import load_breast_cancer

from genaiops.errors import ToolInputError


def unlabeled_csv(tmp_path: Path, shift_sd: float) -> tuple[Path, list[int]]:
    """The bundled breast-cancer rows as a CSV without labels (optionally shifted), and their true labels."""
    data = load_breast_cancer()
    path = tmp_path / "incoming.csv"
    with path.open("w", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(data.feature_names)
        sd = data.data.std(axis=0)
        for row in data.data:
            writer.writerow(row + shift_sd * sd)
    return path, [int(v) for v in data.target]


@pytest.mark.parametrize(("shift_sd", "drops"), [(0.0, False), (2.0, True)])
def test_late_labels_give_the_performance_of_the_scored_batch(call, tmp_path, shift_sd, drops):
    """Scored without labels, labelled later: detect_drift measures performance on exactly the scored rows."""
    data = call("load_dataset", source="breast_cancer")
    v1 = call("train_model", model_name="cancer", dataset=data.dataset_id, cv_folds=3)
    call("validate_model", model_name="cancer", candidate_version=v1.version)
    call("promote_model", model_name="cancer", version=v1.version, reason="first")
    call("deploy_model", model_name="cancer")
    path, truth = unlabeled_csv(tmp_path, shift_sd)
    incoming = call("load_dataset", source=str(path))
    batch = call("score_batch", endpoint="cancer", dataset=incoming.dataset_id)
    assert batch.metrics == {}  # no labels yet: no performance
    labeled = call("label_batch", model_name="cancer", batch_id=batch.batch_id, labels=truth)
    assert labeled.version == v1.version and labeled.fingerprint.rows == len(truth)
    drift = call("detect_drift", model_name="cancer", current=labeled.dataset_id)
    assert drift.performance is not None
    assert drift.performance.drifted is drops


def test_labels_that_do_not_fit_the_batch_are_refused(call, tmp_path):
    """A wrong count, an unknown batch, or mixed label types each get a clear error."""
    data = call("load_dataset", source="breast_cancer")
    v1 = call("train_model", model_name="cancer", dataset=data.dataset_id, cv_folds=3)
    call("validate_model", model_name="cancer", candidate_version=v1.version)
    call("promote_model", model_name="cancer", version=v1.version, reason="first")
    call("deploy_model", model_name="cancer")
    batch = call("score_batch", endpoint="cancer", dataset=data.dataset_id)
    with pytest.raises(ToolInputError, match="scored 569 rows, got 2 labels"):
        call("label_batch", model_name="cancer", batch_id=batch.batch_id, labels=[0, 1])
    with pytest.raises(ToolInputError, match="has no logged batch 99"):
        call("label_batch", model_name="cancer", batch_id=99, labels=[0])
    with pytest.raises(ToolInputError, match="mix of text and numbers"):
        call("label_batch", model_name="cancer", batch_id=batch.batch_id, labels=["a", *[1] * 568])
