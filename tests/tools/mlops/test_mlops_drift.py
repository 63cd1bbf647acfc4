"""Monitoring: data drift per feature, prediction drift, performance drift, and the retraining proposal."""

from __future__ import annotations

import numpy as np
import pytest

from genaiops.errors import ToolInputError


@pytest.fixture
def champion(call):
    data = call("load_dataset", source="breast_cancer")
    call("train_model", model_name="bc", dataset=data.dataset_id, cv_folds=0)
    call("promote_model", model_name="bc", version=1, require_validation=False)
    return data


def test_mlops_same_distribution_is_not_drift(call, champion):
    """Data from the same distribution as training (its held-out rows) raises no drift and proposes nothing."""
    out = call("detect_drift", model_name="bc", current=champion.dataset_id)
    assert not out.drifted and out.proposed_task is None
    assert all(not f.drifted for f in out.features)
    assert [e.kind for e in call.resources["model_registry"].history("bc")].count("drift_detected") == 0


def test_mlops_a_shifted_feature_is_found_and_named(call, champion):
    """Shifting one feature by one SD flags that feature (PSI and KS), and only that one."""
    shifted = call("shift_dataset", dataset=champion.dataset_id, features=["mean radius"], shift_sd=1.0)
    out = call("detect_drift", model_name="bc", current=shifted.dataset_id)
    flagged = [f.feature for f in out.features if f.drifted]
    assert flagged == ["mean radius"]
    radius = out.features[0]
    assert radius.psi > 0.25 and radius.ks_pvalue < 1e-6 and radius.mean_shift_sd == pytest.approx(1.0, abs=0.15)
    assert out.drifted and out.proposed_task.tool == "train_model"
    assert out.proposed_task.args["dataset"] == shifted.dataset_id


def test_mlops_performance_and_prediction_drift_are_reported(call, champion):
    """A broad shift degrades the model: the performance drop and the prediction shift are measured."""
    shifted = call("shift_dataset", dataset=champion.dataset_id, shift_sd=1.0, scale=1.5, seed=1)
    out = call("detect_drift", model_name="bc", current=shifted.dataset_id)
    assert out.performance.drifted and out.performance.drop > 0.05
    assert out.prediction.drifted and out.prediction.psi > 0.25


def test_mlops_drift_on_other_columns_is_a_schema_error(call, champion):
    """Drift against data with other columns is refused, and nothing is recorded."""
    wine = call("load_dataset", source="wine")
    with pytest.raises(ToolInputError, match="feature schema mismatch"):
        call("detect_drift", model_name="bc", current=wine.dataset_id)
    assert [e.kind for e in call.resources["model_registry"].history("bc")] == ["registered", "alias_set"]


def test_mlops_shift_is_deterministic_per_seed(call, champion):
    """shift_dataset with noise gives the same data for the same seed and other data for another seed."""
    a = call("shift_dataset", dataset=champion.dataset_id, noise_sd=0.5, seed=1).dataset_id
    b = call("shift_dataset", dataset=champion.dataset_id, noise_sd=0.5, seed=1).dataset_id
    c = call("shift_dataset", dataset=champion.dataset_id, noise_sd=0.5, seed=2).dataset_id
    assert a == b != c


def test_mlops_metrics_match_scikit_learn():
    """The fast numpy metrics agree with scikit-learn's on random labels and values."""
    from sklearn import metrics as skm

    from genaiops.tools.mlops import compute_metrics

    rng = np.random.default_rng(0)
    y = rng.integers(0, 4, 300).astype(str)
    p = np.where(rng.random(300) < 0.3, rng.integers(0, 4, 300).astype(str), y)
    got = compute_metrics("classification", y, p)
    assert got["accuracy"] == pytest.approx(skm.accuracy_score(y, p))
    assert got["balanced_accuracy"] == pytest.approx(skm.balanced_accuracy_score(y, p))
    assert got["f1_macro"] == pytest.approx(skm.f1_score(y, p, average="macro"))
    yr = rng.normal(size=200)
    pr = yr + rng.normal(size=200) * 0.4
    reg = compute_metrics("regression", yr, pr)
    assert reg["r2"] == pytest.approx(skm.r2_score(yr, pr))
    assert reg["rmse"] == pytest.approx(skm.root_mean_squared_error(yr, pr))


def test_mlops_unlabeled_batches_are_scored_and_checked_without_performance(call, champion, tmp_path):
    """Unlabeled rows: score_batch gives no metrics and detect_drift reports data drift but no performance."""
    from sklearn.datasets import load_breast_cancer

    bunch = load_breast_cancer()
    lines = [",".join(bunch.feature_names)] + [",".join(repr(float(v)) for v in row * 1.2) for row in bunch.data[:200]]
    (tmp_path / "live.csv").write_text("\n".join(lines) + "\n")
    live = call("load_dataset", source=str(tmp_path / "live.csv"))
    call("deploy_model", model_name="bc")
    scored = call("score_batch", endpoint="bc", dataset=live.dataset_id)
    assert scored.metrics == {} and scored.rows == 200
    out = call("detect_drift", model_name="bc", current=live.dataset_id)
    assert out.performance is None and out.drifted and "no labels yet" in out.summary


def test_mlops_drift_can_compare_with_another_reference(call, champion):
    """With `reference`, the comparison is against that dataset (e.g. last month's batch), not the training rows."""
    before = call("shift_dataset", dataset=champion.dataset_id, features=["mean radius"], shift_sd=1.0)
    same = call("detect_drift", model_name="bc", current=before.dataset_id, reference=before.dataset_id)
    assert not any(f.drifted for f in same.features) and same.reference_dataset_id == before.dataset_id
    wine = call("load_dataset", source="wine")
    with pytest.raises(ToolInputError, match="the reference data has"):
        call("detect_drift", model_name="bc", current=before.dataset_id, reference=wine.dataset_id)
