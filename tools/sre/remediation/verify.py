"""Verify: after an action, re-check the incident's services against their metrics before the incident."""

from __future__ import annotations

from datetime import datetime, timedelta

from genaiops.errors import ToolInputError
from genaiops.lazy import lazy_module

from ..environment import Environment, check_service
from .models import MetricCheck, VerifyResult

np = lazy_module("numpy")  # imported on first use: registering a tool or validating needs none

__all__ = ["verify_cleared"]

_FLOORS = {"latency_p99_ms": ("ratio", 0.2), "error_rate": ("abs", 0.006), "saturation": ("abs", 0.08)}
_Z = 4.0


def _check(service: str, metric: str, before: list[float], after: list[float]) -> MetricCheck:
    base = float(np.median(before))
    mad = float(np.median(np.abs(np.asarray(before) - base))) * 1.4826
    now = float(np.median(after))
    kind, floor = _FLOORS.get(metric, ("ratio", 0.2))
    allowed = max(_Z * mad, floor * abs(base) if kind == "ratio" else floor)
    ok = now <= base + allowed
    note = f"{metric} {now:.4g} vs {base:.4g} before the incident ({'ok' if ok else 'still raised'})"
    return MetricCheck(service=service, metric=metric, baseline=round(base, 6), now=round(now, 6), ok=ok, note=note)


def verify_cleared(
    env: Environment,
    services: list[str],
    incident_onset: datetime,
    action_at: datetime,
    settle_minutes: int = 5,
    window_minutes: int = 10,
    baseline_minutes: int = 60,
) -> VerifyResult:
    """Compare ``[action_at + settle, + window)`` with the ``baseline_minutes`` before ``incident_onset``."""
    if not services:
        raise ToolInputError("services: name the incident's services to re-check")
    topology = env.topology()
    for name in services:
        check_service(topology, name, "services")
    if action_at < incident_onset:
        raise ToolInputError("action_at: the action must come after the incident's onset")
    start = action_at + timedelta(minutes=settle_minutes)
    end = start + timedelta(minutes=window_minutes)
    before = env.observe(incident_onset - timedelta(minutes=baseline_minutes), incident_onset)
    after = env.observe(start, end)
    checks = [
        _check(name, metric, values, after.series[name][metric])
        for name in services
        if name in before.series and name in after.series
        for metric, values in before.series[name].items()
    ]
    if not checks:
        raise ToolInputError(f"services: none of {services} exports metrics; re-check their callers")
    still = sorted({c.service for c in checks if not c.ok})
    cleared = not still
    explanation = (
        f"all {len(checks)} metrics of {len({c.service for c in checks})} service(s) back to their pre-incident level"
        if cleared
        else f"still raised on {', '.join(still)}: " + "; ".join(c.note for c in checks if not c.ok)[:400]
    )
    return VerifyResult(
        cleared=cleared,
        still_anomalous=still,
        checks=checks,
        window_start=start,
        window_end=end,
        explanation=explanation,
    )
