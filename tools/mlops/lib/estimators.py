"""The estimator allow-list: scikit-learn models chosen by name, parameters checked before anything is fitted.

Each entry names its class, its task and whether it needs scaled features (then it is wrapped in a
``Pipeline(StandardScaler, model)``). Seeds go to every ``random_state``, so training is reproducible.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any

from genaiops.errors import ToolInputError, did_you_mean

from .tables import Task

__all__ = ["DEFAULT_ESTIMATORS", "ESTIMATORS", "EstimatorEntry", "build_estimator", "trusted_types"]


@dataclass(frozen=True, slots=True)
class EstimatorEntry:
    name: str
    path: str
    task: Task
    scaled: bool
    defaults: tuple[tuple[str, Any], ...] = ()


def _entries(*items: EstimatorEntry) -> dict[str, EstimatorEntry]:
    return {e.name: e for e in items}


ESTIMATORS: dict[str, EstimatorEntry] = _entries(
    EstimatorEntry(
        "logistic_regression",
        "sklearn.linear_model.LogisticRegression",
        "classification",
        True,
        (("max_iter", 2000),),
    ),
    EstimatorEntry("svc", "sklearn.svm.SVC", "classification", True),
    EstimatorEntry("knn_classifier", "sklearn.neighbors.KNeighborsClassifier", "classification", True),
    EstimatorEntry("lda", "sklearn.discriminant_analysis.LinearDiscriminantAnalysis", "classification", False),
    EstimatorEntry("gaussian_nb", "sklearn.naive_bayes.GaussianNB", "classification", False),
    EstimatorEntry("decision_tree_classifier", "sklearn.tree.DecisionTreeClassifier", "classification", False),
    EstimatorEntry(
        "random_forest_classifier",
        "sklearn.ensemble.RandomForestClassifier",
        "classification",
        False,
        (("n_estimators", 100),),
    ),
    EstimatorEntry(
        "gradient_boosting_classifier",
        "sklearn.ensemble.HistGradientBoostingClassifier",
        "classification",
        False,
    ),
    EstimatorEntry("ridge", "sklearn.linear_model.Ridge", "regression", True),
    EstimatorEntry("linear_regression", "sklearn.linear_model.LinearRegression", "regression", False),
    EstimatorEntry("lasso", "sklearn.linear_model.Lasso", "regression", True),
    EstimatorEntry("svr", "sklearn.svm.SVR", "regression", True),
    EstimatorEntry("knn_regressor", "sklearn.neighbors.KNeighborsRegressor", "regression", True),
    EstimatorEntry("decision_tree_regressor", "sklearn.tree.DecisionTreeRegressor", "regression", False),
    EstimatorEntry(
        "random_forest_regressor",
        "sklearn.ensemble.RandomForestRegressor",
        "regression",
        False,
        (("n_estimators", 100),),
    ),
    EstimatorEntry(
        "gradient_boosting_regressor", "sklearn.ensemble.HistGradientBoostingRegressor", "regression", False
    ),
)

DEFAULT_ESTIMATORS: dict[Task, str] = {"classification": "logistic_regression", "regression": "ridge"}


def _entry(name: str | None, task: Task) -> EstimatorEntry:
    name = name or DEFAULT_ESTIMATORS[task]
    entry = ESTIMATORS.get(name)
    if entry is None:
        raise ToolInputError(
            f"estimator: unknown estimator {name!r}{did_you_mean(name, ESTIMATORS)}; "
            f"the allow-list is {sorted(ESTIMATORS)}"
        )
    if entry.task != task:
        fits = sorted(n for n, e in ESTIMATORS.items() if e.task == task)
        raise ToolInputError(
            f"estimator: {name!r} is a {entry.task} model but the dataset is {task}; use one of {fits}"
        )
    return entry


def build_estimator(name: str | None, params: dict[str, Any], task: Task, seed: int) -> tuple[str, Any, dict]:
    """Return (name, unfitted estimator, its resolved parameters); an unknown parameter gets a suggestion."""
    from sklearn.pipeline import Pipeline
    from sklearn.preprocessing import StandardScaler

    entry = _entry(name, task)
    module, _, cls_name = entry.path.rpartition(".")
    cls = getattr(importlib.import_module(module), cls_name)
    valid = cls().get_params()
    for key in params:
        if key not in valid:
            raise ToolInputError(
                f"params.{key}: {entry.name} has no parameter {key!r}{did_you_mean(key, valid)}; "
                f"its parameters are {sorted(valid)}"
            )
    resolved = {**dict(entry.defaults), **params}
    if "random_state" in valid and "random_state" not in params:
        resolved["random_state"] = seed
    try:
        model = cls(**resolved)
        model._validate_params()  # the same check fit() runs, before any work is done
    except (TypeError, ValueError) as exc:
        raise ToolInputError(f"params: {entry.name} rejects its parameters: {exc}") from None
    estimator = Pipeline([("scale", StandardScaler()), ("model", model)]) if entry.scaled else model
    return entry.name, estimator, {k: resolved[k] for k in sorted(resolved)}


def trusted_types() -> list[str]:
    """Types a model artifact may hold beyond skops' defaults: the allow-list and its fitted parts."""
    types = set(_FITTED_PARTS)
    for entry in ESTIMATORS.values():
        module, _, cls_name = entry.path.rpartition(".")
        cls = getattr(importlib.import_module(module), cls_name)
        types.add(f"{cls.__module__}.{cls.__qualname__}")
    return sorted(types)


_FITTED_PARTS = (
    "sklearn.pipeline.Pipeline",
    "sklearn.preprocessing._data.StandardScaler",
    "sklearn.tree._tree.Tree",
    "sklearn.ensemble._hist_gradient_boosting.predictor.TreePredictor",
    "sklearn.neighbors._kd_tree.KDTree",
    "sklearn.neighbors._ball_tree.BallTree",
    "sklearn.metrics._dist_metrics.EuclideanDistance64",
)
