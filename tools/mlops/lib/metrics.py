"""Metrics (numpy, so a bootstrap of thousands of resamples stays fast) and paired bootstrap intervals."""

from __future__ import annotations

from collections.abc import Callable

from pydantic import BaseModel

from genaiops.lazy import lazy_module

from .tables import Task

np = lazy_module("numpy")  # imported on first use: registering a tool or validating needs none

__all__ = [
    "HIGHER_IS_BETTER",
    "METRICS",
    "PRIMARY_METRIC",
    "Interval",
    "compute_metrics",
    "paired_bootstrap",
]


# Each metric takes 2-D arrays (resamples x rows) and returns one value per resample.
def _accuracy(y: np.ndarray, p: np.ndarray) -> np.ndarray:
    return np.mean(y == p, axis=1)


def _per_class(y: np.ndarray, p: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    classes = np.unique(np.concatenate([y.ravel(), p.ravel()]))
    tp = np.stack([np.sum((y == c) & (p == c), axis=1) for c in classes], axis=1).astype(float)
    support = np.stack([np.sum(y == c, axis=1) for c in classes], axis=1).astype(float)
    predicted = np.stack([np.sum(p == c, axis=1) for c in classes], axis=1).astype(float)
    return tp, support, predicted


def _balanced_accuracy(y: np.ndarray, p: np.ndarray) -> np.ndarray:
    tp, support, _ = _per_class(y, p)
    recall = np.divide(tp, support, out=np.zeros_like(tp), where=support > 0)
    return np.sum(recall, axis=1) / np.maximum(np.sum(support > 0, axis=1), 1)


def _f1_macro(y: np.ndarray, p: np.ndarray) -> np.ndarray:
    tp, support, predicted = _per_class(y, p)
    denom = support + predicted
    f1 = np.divide(2 * tp, denom, out=np.zeros_like(tp), where=denom > 0)
    return np.mean(f1, axis=1)


def _r2(y: np.ndarray, p: np.ndarray) -> np.ndarray:
    ss_res = np.sum((y - p) ** 2, axis=1)
    ss_tot = np.sum((y - np.mean(y, axis=1, keepdims=True)) ** 2, axis=1)
    return np.where(ss_tot > 0, 1.0 - ss_res / np.where(ss_tot > 0, ss_tot, 1.0), 0.0)


def _mae(y: np.ndarray, p: np.ndarray) -> np.ndarray:
    return np.mean(np.abs(y - p), axis=1)


def _rmse(y: np.ndarray, p: np.ndarray) -> np.ndarray:
    return np.sqrt(np.mean((y - p) ** 2, axis=1))


def _encode(task: Task, *arrays: np.ndarray) -> list[np.ndarray]:
    """Class labels as integer codes (fast comparisons); regression values as float64."""
    if task == "regression":
        return [np.asarray(a, dtype=np.float64) for a in arrays]
    labels = [np.asarray(a).astype(str) for a in arrays]
    _, codes = np.unique(np.concatenate(labels), return_inverse=True)
    return np.split(codes, np.cumsum([len(a) for a in labels])[:-1])


Metric = Callable[["np.ndarray", "np.ndarray"], "np.ndarray"]  # strings: numpy is imported on first use
METRICS: dict[Task, dict[str, Metric]] = {
    "classification": {"accuracy": _accuracy, "balanced_accuracy": _balanced_accuracy, "f1_macro": _f1_macro},
    "regression": {"r2": _r2, "mae": _mae, "rmse": _rmse},
}
HIGHER_IS_BETTER = {
    "accuracy": True,
    "balanced_accuracy": True,
    "f1_macro": True,
    "r2": True,
    "mae": False,
    "rmse": False,
}
PRIMARY_METRIC: dict[Task, str] = {"classification": "accuracy", "regression": "r2"}


def compute_metrics(task: Task, y: np.ndarray, p: np.ndarray) -> dict[str, float]:
    """Every metric of the task, rounded to 12 digits (stable text for hashes and comparisons)."""
    y2, p2 = (a[None, :] for a in _encode(task, y, p))
    return {name: round(float(fn(y2, p2)[0]), 12) for name, fn in METRICS[task].items()}


class Interval(BaseModel, defer_build=True):
    """A bootstrap confidence interval of (candidate - champion) of one metric; >0 is better."""

    gain: float
    low: float
    high: float


def paired_bootstrap(
    task: Task, y: np.ndarray, cand: np.ndarray, champ: np.ndarray, *, n: int, confidence: float, seed: int
) -> dict[str, Interval]:
    """Resample the same rows for both models; a positive gain means the candidate is better."""
    y, cand, champ = _encode(task, y, cand, champ)
    rng = np.random.default_rng(seed)
    draws = rng.integers(0, len(y), size=(n, len(y)))
    tail = (1.0 - confidence) / 2.0
    out: dict[str, Interval] = {}
    for name, fn in METRICS[task].items():
        sign = 1.0 if HIGHER_IS_BETTER[name] else -1.0
        gains = sign * (fn(y[draws], cand[draws]) - fn(y[draws], champ[draws]))
        point = sign * float(fn(y[None, :], cand[None, :])[0] - fn(y[None, :], champ[None, :])[0])
        low, high = np.quantile(gains, [tail, 1.0 - tail])
        out[name] = Interval(gain=round(point, 12), low=round(float(low), 12), high=round(float(high), 12))
    return out
