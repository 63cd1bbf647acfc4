"""The validation gate and promotion: thresholds, noise-aware comparison, schema checks, stale validations."""

from __future__ import annotations

import csv

import pytest

from genaiops.errors import ToolInputError


@pytest.fixture
def iris_champion(call):
    """iris with v1 (logistic regression) promoted to champion."""
    data = call("load_dataset", source="iris")
    call("train_model", model_name="iris", dataset=data.dataset_id, cv_folds=0)
    call("validate_model", model_name="iris", candidate_version=1)
    call("promote_model", model_name="iris", version=1)
    return data


def _check(result, metric):
    return next(c for c in result.checks if c.metric == metric)


def test_mlops_first_model_is_judged_on_absolute_thresholds_only(call):
    """With no champion, only thresholds apply; a missed threshold fails and says by how much."""
    data = call("load_dataset", source="iris")
    call("train_model", model_name="iris", dataset=data.dataset_id, cv_folds=0)
    result = call("validate_model", model_name="iris", candidate_version=1, thresholds={"accuracy": 0.99})
    assert not result.passed and result.champion_version is None
    assert "misses the threshold (at least 0.99)" in _check(result, "accuracy").why


def test_mlops_a_gain_inside_the_noise_is_not_a_gain(call, iris_champion):
    """LDA is right on one more iris row: +0.026, but the bootstrap interval touches 0, so it fails."""
    v2 = call("train_model", model_name="iris", dataset=iris_champion.dataset_id, estimator="lda", cv_folds=0)
    result = call("validate_model", model_name="iris", candidate_version=v2.version)
    acc = _check(result, "accuracy")
    assert acc.gain > 0 and acc.ci_low <= 0 < acc.ci_high
    assert not result.passed and "inside the noise" in acc.why
    relaxed = call("validate_model", model_name="iris", candidate_version=v2.version, min_improvement=-0.05)
    assert relaxed.passed, relaxed.summary


def test_mlops_a_regression_beyond_the_limit_fails(call, iris_champion):
    """A candidate worse than the champion by more than max_regression fails on that metric."""
    v2 = call("train_model", model_name="iris", dataset=iris_champion.dataset_id, params={"C": 0.05}, cv_folds=0)
    result = call("validate_model", model_name="iris", candidate_version=v2.version, min_improvement=-1)
    assert not result.passed
    assert "regresses by" in _check(result, "accuracy").why


def test_mlops_promotion_needs_a_passing_current_validation(call, iris_champion):
    """No validation, a failed one, or one made against an older champion: promotion is refused."""
    v2 = call("train_model", model_name="iris", dataset=iris_champion.dataset_id, estimator="lda", cv_folds=0)
    with pytest.raises(ToolInputError, match="has not been validated"):
        call("promote_model", model_name="iris", version=v2.version)
    call("validate_model", model_name="iris", candidate_version=v2.version)
    with pytest.raises(ToolInputError, match="failed its latest validation"):
        call("promote_model", model_name="iris", version=v2.version)
    call("validate_model", model_name="iris", candidate_version=v2.version, min_improvement=-0.05)
    v3 = call("train_model", model_name="iris", dataset=iris_champion.dataset_id, estimator="svc", cv_folds=0)
    call("promote_model", model_name="iris", version=v3.version, require_validation=False, reason="manual")
    with pytest.raises(ToolInputError, match="stale"):
        call("promote_model", model_name="iris", version=v2.version)


def test_mlops_mismatched_feature_schema_is_refused_and_nothing_recorded(call, iris_champion, tmp_path):
    """A candidate trained without one of the champion's columns cannot be compared on data that lacks it: the
    error names the column and both ways on (thresholds only, or data with both models' columns), no event."""
    from sklearn.datasets import load_iris

    bunch = load_iris()
    path = tmp_path / "iris3.csv"
    with path.open("w", newline="") as fh:
        out = csv.writer(fh)
        out.writerow([*bunch.feature_names[:3], "species"])
        out.writerows([*row[:3], int(t)] for row, t in zip(bunch.data, bunch.target, strict=True))
    small = call("load_dataset", source=str(path), target="species")
    v2 = call("train_model", model_name="iris", dataset=small.dataset_id, cv_folds=0)
    history = call.resources["model_registry"].history("iris")
    with pytest.raises(
        ToolInputError,
        match=r"champion v1 uses \['petal width \(cm\)'\], which candidate v2 was trained without.*"
        r"compare_with_champion=false.*dataset=",
    ):
        call("validate_model", model_name="iris", candidate_version=v2.version)
    assert call.resources["model_registry"].history("iris") == history


@pytest.mark.parametrize(
    ("tool", "args", "expected"),
    [
        ("deploy_model", {"alias": "champoin"}, "no alias 'champoin' (did you mean 'champion'?)"),
        ("rollback_model", {"alias": "champoin", "reason": "x"}, "did you mean 'champion'"),
        ("validate_model", {"candidate_version": 9}, "has no version 9"),
        ("promote_model", {"version": 9}, "has no version 9"),
        ("describe_model", {"model_name": "irsi"}, "unknown model 'irsi' (did you mean 'iris'?)"),
        ("rollback_model", {"reason": "x"}, "no other version to roll back to"),
        ("validate_model", {"candidate_version": 1, "thresholds": {"acuracy": 0.9}}, "did you mean 'accuracy'"),
    ],
)
def test_mlops_unknown_names_are_clear_errors_and_change_nothing(call, iris_champion, tool, args, expected):
    """Unknown alias, version, model or metric: a ToolInputError naming what exists; the registry is unchanged."""
    reg = call.resources["model_registry"]
    before = (reg.history("iris"), reg.aliases("iris"))
    with pytest.raises(ToolInputError, match=expected.replace("(", r"\(").replace(")", r"\)").replace("?", r"\?")):
        call(tool, **{"model_name": "iris", **args})
    assert (reg.history("iris"), reg.aliases("iris")) == before


def test_mlops_validation_warns_when_the_champion_saw_evaluation_rows(call, iris_champion):
    """A candidate split with another seed is evaluated on rows the champion trained on: the result says so."""
    v2 = call("train_model", model_name="iris", dataset=iris_champion.dataset_id, seed=1, cv_folds=0)
    result = call("validate_model", model_name="iris", candidate_version=v2.version)
    assert result.notes and "favours the champion" in result.notes[0]
    v3 = call("train_model", model_name="iris", dataset=iris_champion.dataset_id, estimator="lda", cv_folds=0)
    assert call("validate_model", model_name="iris", candidate_version=v3.version).notes == []


def test_mlops_regression_gate_signs_error_metrics_so_positive_is_better(call):
    """For regression, mae/rmse are ceilings and their gains are signed so that a lower error is a positive gain."""
    data = call("load_dataset", source="diabetes")
    call("train_model", model_name="diab", dataset=data.dataset_id, estimator="decision_tree_regressor", cv_folds=0)
    call("promote_model", model_name="diab", version=1, require_validation=False)
    call("train_model", model_name="diab", dataset=data.dataset_id, cv_folds=0)
    result = call("validate_model", model_name="diab", candidate_version=2, thresholds={"mae": 10.0})
    mae, r2 = _check(result, "mae"), _check(result, "r2")
    assert mae.candidate < mae.champion and mae.gain > 0 and r2.gain > 0
    assert "misses the threshold (at most 10)" in mae.why and not result.passed
    relaxed = call("validate_model", model_name="diab", candidate_version=2, thresholds={"mae": 60.0})
    assert relaxed.passed, relaxed.summary
