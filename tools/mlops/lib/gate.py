"""The validation gate, as a pure function of predictions: absolute thresholds, then candidate vs champion.

Rules (uncertainty always counts against the candidate):

- absolute: each metric in ``thresholds`` must meet its floor (a ceiling for error metrics: mae, rmse);
- improvement: on the primary metric, the *lower* end of the paired-bootstrap interval of the gain must lie
  above ``min_improvement`` - a gain inside the noise is not a gain (a negative value is a non-inferiority margin);
- regression: on every metric, the point estimate may not be worse than the champion by more than
  ``max_regression``.
"""

from __future__ import annotations

from pydantic import BaseModel

from genaiops.lazy import lazy_module

from .metrics import HIGHER_IS_BETTER, Interval, compute_metrics, paired_bootstrap
from .tables import Task

np = lazy_module("numpy")  # imported on first use: registering a tool or validating needs none

__all__ = ["GatePolicy", "MetricCheck", "run_gate"]


class GatePolicy(BaseModel, defer_build=True):
    primary_metric: str
    thresholds: dict[str, float]
    min_improvement: float
    max_regression: float
    confidence: float
    n_bootstrap: int
    seed: int


class MetricCheck(BaseModel, defer_build=True):
    """One metric, candidate beside champion, and what the gate made of it."""

    metric: str
    candidate: float
    champion: float | None = None
    gain: float | None = None
    """candidate - champion, signed so that positive is better (also for error metrics)."""
    ci_low: float | None = None
    ci_high: float | None = None
    threshold: float | None = None
    passed: bool
    why: str


def _absolute(metric: str, value: float, floor: float | None) -> tuple[bool, str]:
    if floor is None:
        return True, ""
    higher = HIGHER_IS_BETTER[metric]
    ok = value >= floor if higher else value <= floor
    word = "at least" if higher else "at most"
    return ok, f"{metric} {value:.4f} {'meets' if ok else 'misses'} the threshold ({word} {floor:g})"


def _versus(metric: str, ci: Interval, policy: GatePolicy, level: int) -> tuple[bool, list[str]]:
    notes, ok = [], True
    if ci.gain < -policy.max_regression:
        ok = False
        notes.append(f"regresses by {-ci.gain:.4f} (> max_regression {policy.max_regression:g})")
    if metric == policy.primary_metric:
        band = f"{level}% CI of the gain [{ci.low:+.4f}, {ci.high:+.4f}]"
        if ci.low > policy.min_improvement:
            notes.append(f"gain {ci.gain:+.4f} holds: {band} lies above {policy.min_improvement:g}")
        else:
            ok = False
            notes.append(
                f"gain {ci.gain:+.4f} is not enough or inside the noise: {band} does not lie "
                f"above min_improvement {policy.min_improvement:g}"
            )
    return ok, notes


def run_gate(
    task: Task, y: np.ndarray, candidate: np.ndarray, champion: np.ndarray | None, policy: GatePolicy
) -> list[MetricCheck]:
    """Check every metric of the task; ``champion`` is None when there is no champion yet."""
    cand = compute_metrics(task, y, candidate)
    champ = compute_metrics(task, y, champion) if champion is not None else {}
    cis = {}
    if champion is not None:
        cis = paired_bootstrap(
            task, y, candidate, champion, n=policy.n_bootstrap, confidence=policy.confidence, seed=policy.seed
        )
    level = round(policy.confidence * 100)
    checks = []
    for metric, value in cand.items():
        ok, why = _absolute(metric, value, policy.thresholds.get(metric))
        notes = [why] if why else []
        if metric in cis:
            versus_ok, more = _versus(metric, cis[metric], policy, level)
            ok, notes = ok and versus_ok, notes + more
        ci = cis.get(metric)
        checks.append(
            MetricCheck(
                metric=metric,
                candidate=value,
                champion=champ.get(metric),
                gain=ci.gain if ci else None,
                ci_low=ci.low if ci else None,
                ci_high=ci.high if ci else None,
                threshold=policy.thresholds.get(metric),
                passed=ok,
                why="; ".join(notes) or "no check applies",
            )
        )
    return checks
