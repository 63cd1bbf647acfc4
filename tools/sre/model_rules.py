"""The SRE input models' own validators as plain functions, in a module without pydantic: a tool card names
them by reference (``genaiops.toolcards``), and checking a scenario's arguments against the cards then imports
this module, not the models (a cold ``genaiops scenario list`` imports no pydantic:
``genaiops.cli.catalogue_cards``). The models use these very functions (``environment.models``,
``diagnosis.models``, ``slo.spec``)."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

__all__ = [
    "alerts_within_window",
    "as_utc",
    "duration_seconds",
    "duration_text",
    "good_or_bad",
    "known_services",
    "one_bound",
    "same_length",
    "short_is_shorter",
    "slo_window",
    "something_to_work_on",
    "target_leaves_a_budget",
]


def as_utc(value: datetime) -> datetime:
    """A timezone-aware UTC datetime (a naive one is read as UTC)."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def known_services(topology: Any) -> Any:
    """A topology's edges and ingress name only its services."""
    known = set(topology.services)
    for i, edge in enumerate(topology.edges):
        for end in (edge.caller, edge.callee):
            if end not in known:
                raise ValueError(f"edges[{i}] names {end!r}, which is not in services")
    for name in topology.ingress:
        if name not in known:
            raise ValueError(f"ingress names {name!r}, which is not in services")
    return topology


def same_length(window: Any) -> Any:
    """Every series of a metrics window has the same number of samples."""
    lengths = {len(v) for metrics in window.series.values() for v in metrics.values()}
    if len(lengths) > 1:
        raise ValueError(f"every series must have the same number of samples; got lengths {sorted(lengths)}")
    return window


def something_to_work_on(diagnosis: Any) -> Any:
    """A diagnosis is given anomalies or metrics."""
    if diagnosis.anomalies is None and diagnosis.metrics is None:
        raise ValueError("give `anomalies` (from a detector or alerts) or `metrics` (a MetricWindow)")
    return diagnosis


_DURATION = re.compile(r"^([1-9]\d{0,5})(s|m|h|d|w)$")
_UNIT = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 7 * 86400}


def duration_seconds(text: str) -> int:
    """``'30d'`` -> 2592000; ``ValueError`` naming the accepted form otherwise."""
    match = _DURATION.match(text.strip()) if isinstance(text, str) else None
    if match is None:
        raise ValueError(f"{text!r} is not a duration; write a whole number and a unit: 5m, 1h, 3d, 30d, 4w")
    return int(match[1]) * _UNIT[match[2]]


def duration_text(value: str) -> str:
    """An SLO window written as a duration (``duration_seconds``), stripped."""
    duration_seconds(value)
    return value.strip()


_LONGEST_WINDOW = 366 * 86400
"""An SLO window spans at most a year: the simulated estate and the budget arithmetic hold every step of it
in memory (5000w asked for gigabytes; 999999w overflowed the calendar)."""
_SMALLEST_BUDGET = 1e-9
"""The smallest error budget (``1 - target``) an SLO may have: nine nines; one that rounds to 0 divided by zero."""


def slo_window(value: str) -> str:
    """An SLO window: a duration (``duration_text``) of at most a year."""
    value = duration_text(value)
    if duration_seconds(value) > _LONGEST_WINDOW:
        raise ValueError(
            f"{value!r} is longer than a year; an error budget spans days or weeks (30d, 4w), at most 366d"
        )
    return value


def target_leaves_a_budget(value: float) -> float:
    """An SLO target (percent) that leaves an error budget of at least nine nines' worth, and is not a fraction
    (0.99 taken as 0.99 % allows 99 % of errors: such an SLO never burns)."""
    if value == 1:  # 100 % as a fraction: the advice to write 100 would meet the rule below
        raise ValueError(
            "1 reads as a fraction (100 %), and a target of 100 % leaves no error budget to measure: write a percent "
            "below 100, at most 99.9999999 (e.g. 99.9)"
        )
    if 0 < value < 1:
        raise ValueError(
            f"{value!r} reads as a fraction, but the target is a percent: write {value * 100:g} for {value * 100:g} %"
        )
    if round(1 - value / 100, 12) < _SMALLEST_BUDGET:
        raise ValueError(f"{value!r} leaves no error budget to measure; write at most 99.9999999 (nine nines)")
    return value


def alerts_within_window(alerts: Any, info: Any) -> Any:
    """An SLO's burn-rate alerts look at most its whole window: a longer one measures a budget that is not there. A
    field check on ``alerts`` (the window is validated before it), so it is reported beside the SLO's other
    mistakes, not only once they are fixed; a window that is itself wrong is reported there and not compared."""
    window = info.data.get("window")
    if window is None or not alerts:
        return alerts
    for i, alert in enumerate(alerts):
        if duration_seconds(alert.long) > duration_seconds(window):
            raise ValueError(
                f"long window {alert.long} is longer than the SLO window {window} (alert {i + 1}); a burn-rate "
                "alert looks at most the whole window (the SRE workbook's for 30d: 1h, 6h, 3d)"
            )
    return alerts


def good_or_bad(sli: Any) -> Any:
    """A ratio SLI counts good or bad events, not both."""
    if (sli.good is None) == (sli.bad is None):
        raise ValueError("give either `good` or `bad` (events), with `total`")
    return sli


def one_bound(sli: Any) -> Any:
    """A threshold SLI has one bound."""
    if (sli.below is None) == (sli.above is None):
        raise ValueError("give one bound: `below: 300` (good when lower) or `above: 0.5` (good when higher)")
    return sli


def short_is_shorter(alert: Any) -> Any:
    """A burn alert's short window is shorter than its long one."""
    if duration_seconds(alert.short) >= duration_seconds(alert.long):
        raise ValueError(f"short window {alert.short} must be shorter than long window {alert.long}")
    return alert
