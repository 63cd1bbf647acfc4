"""detect_anomalies: online anomaly detection on one series, with onset, score, severity and an explanation.

Two detectors: the ops detector (``detectors.ops``: seasonal by day type, drift-, trend- and kind-aware; for
metrics of a known kind with a regular step that divides a day and two days of history) and the shape detector
(``detectors.combined``: all-time breaches + adaptive-resonance novelty; for series of no known kind, short or
irregular ones — the one scored on NAB). ``kind`` picks: auto infers the kind from the metric's name."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from typing import Literal

from pydantic import BaseModel, Field

from genaiops.errors import ToolInputError
from genaiops.lazy import lazy_module
from genaiops.registry import tool
from genaiops.tools.sre.detectors import DEFAULT_PARAMS, explain, group_anomalies, score
from genaiops.tools.sre.detectors.ops import OPS_PARAMS, ops_events, ops_score, points_per_day
from genaiops.tools.sre.detectors.ops_kinds import counter_increases, infer_kind
from genaiops.tools.sre.ingest import MetricSeries

np = lazy_module("numpy")  # imported on first use: registering a tool or validating needs none


class DetectAnomaliesSpec(BaseModel, defer_build=True):
    series: MetricSeries
    threshold: float = Field(default=DEFAULT_PARAMS.threshold, ge=0.0, le=1.0)
    last: int | None = Field(
        default=None, ge=1, description="Report only anomalies that peak in the last `last` points."
    )
    seasonal_weight: float = Field(
        default=DEFAULT_PARAMS.seasonal_weight,
        ge=0.0,
        le=1.0,
        description=(
            "Shape detector only: weight of its same-hour seasonal channel (0 by default: quoted only). The ops "
            "detector always models daily and weekly seasonality."
        ),
    )
    kind: Literal["auto", "counter", "gauge", "ratio", "percentage", "latency", "generic"] = Field(
        default="auto",
        description=(
            "Metric kind: counter (cumulative, resets on restarts; judged on its increase), gauge (growing gauges "
            "such as disk used are judged on their growth, resets undone), ratio (0..1), percentage (0..100), "
            "latency (a percentile; only rises alarm). auto infers it from Prometheus naming (_total/_count: "
            "counter; latency/duration/_p99: latency; ratio/_rate: ratio; percent/utilization: percentage; "
            "_bytes/_size/depth/connections: gauge). A kind selects the ops detector when the step divides a day "
            "and there are two days of points; generic, a kind auto cannot tell, or a series too short or "
            "irregular selects the shape detector."
        ),
    )


class Anomaly(BaseModel, defer_build=True):
    onset: datetime = Field(description="First point at or above the threshold.")
    peak: datetime
    end: datetime
    score: float = Field(
        description=(
            "In [0, 1]. ops detector: 0.5 + 0.5 (1 - 1/s), s = strength as a multiple of the alarm bar (0.75: "
            "twice the bar); shape detector: breach: 0.5 + 0.5 x/(1 + x) for a value x ranges beyond the "
            "all-time range (0.75: one range beyond); novel_shape: ART's confidence (how far the best match "
            "falls below the vigilance, plus the newest-level mismatch; 1 = certain); record channels: 0.5 ties "
            "the record, 0.75 doubles it."
        )
    )
    kind: str = Field(
        description=(
            "ops detector: spike, dip, level_shift, out_of_season (unusual for the time of day though inside "
            "the last day's range), missing_activity (expected activity such as a nightly batch or a cron "
            "heartbeat did not happen, or a counter silent for twice its longest usual interval), "
            "more_activity (counts, resets or sharp drops far above every earlier day at that time: a count "
            "held at several times its level, a job that ran twice, a crash loop), stuck (the same exact value "
            "reported far longer than ever before), growth_change (a growing gauge grows at another rate), "
            "jump. Shape detector: breach (all-time high/low), novel_shape (the recent window matches none of "
            "the shapes learned so far); with other parameter sets also recent_breach, short_breach, spike, "
            "level_shift, seasonal, change_point, "
            "pattern (a burst of new level patterns)."
        )
    )
    value: float = Field(description="The value at the anomaly's most deviant point (a counter's increase per step).")
    explanation: str
    severity: Literal["warning", "critical"] = Field(
        default="warning", description="critical when the strength is at least twice the alarm bar."
    )


class DetectAnomaliesResult(BaseModel, defer_build=True):
    series: str
    points: int
    anomalies: list[Anomaly]
    seasonal_period_points: int = Field(description="Points per day when the series has a daily rhythm, else 0.")
    metric_kind: str = Field(default="generic", description="The kind the series was judged as.")
    detector: Literal["ops", "shape"] = Field(default="shape", description="Which detector ran.")
    note: str = Field(default="", description="Why that detector ran.")


@tool(offload=True, remote=True)
def detect_anomalies(args: DetectAnomaliesSpec) -> DetectAnomaliesResult:
    """Find anomalies in one metric series, online. Metrics of a known kind (given, or inferred from the name)
    with two days of regular points get the ops detector: the usual value for this time of a weekday or weekend
    day learned from earlier days, steady growth and sawtooth resets as normal, kind-aware noise (counts,
    ratios, latencies), missing expected activity; alarms grouped into events with a severity and an
    explanation such as 'http_requests_total shifted level: 120 (increase per step) against a usual 310 for a
    weekday at 14:05 UTC (61% below usual; median of 5 earlier days), z -9.1, for 2h 10m; severity critical'.
    Other series get the shape detector (breaches of the historic range and shapes not seen before)."""
    series = args.series.to_series()
    if len(series) == 0:
        raise ToolInputError(f"series {series.name!r} is empty: give at least one point")
    if not np.isfinite(series.values).all():
        raise ToolInputError(f"series {series.name!r} has NaN/Inf values; clean it with parse_metrics first")
    backwards = np.flatnonzero(np.diff(series.timestamps.astype(np.int64)) < 0)
    if len(backwards):
        raise ToolInputError(
            f"series {series.name!r}: timestamp {int(backwards[0]) + 1} is earlier than the one before it; "
            "sort the series (parse_metrics does) before detecting"
        )
    millis = series.timestamps.astype(np.int64)
    kind = infer_kind(series.name, series.values) if args.kind == "auto" else args.kind
    per_day = points_per_day(millis)
    if kind in (None, "generic"):
        note = "no metric kind given or inferred from the name: shape detector"
    elif not per_day:
        note = f"{kind}: the step does not divide a day (or is irregular): shape detector"
    elif len(series) < OPS_PARAMS.warmup_days * per_day + 1:
        note = f"{kind}: fewer than {OPS_PARAMS.warmup_days:g} days of points: shape detector"
    else:
        rows, note = _ops(series.name, millis, series.values, kind)
        values = counter_increases(series.values) if kind == "counter" else series.values
        return _result(series.name, millis, values, rows, args, (per_day, kind, "ops", note))
    values = counter_increases(series.values) if kind == "counter" else series.values
    rows, period = _shape(series.name, millis, values, args)
    return _result(series.name, millis, values, rows, args, (period, kind or "generic", "shape", note))


_Row = tuple[int, int, int, float, str, int, str, str]  # onset, peak, end, score, kind, value row, text, severity


def _result(
    name: str, millis: np.ndarray, values: np.ndarray, rows: list[_Row], args: DetectAnomaliesSpec, about: tuple
) -> DetectAnomaliesResult:
    """The anomalies at or above the threshold (peaking in the last ``last`` points when given)."""
    period, kind, detector, note = about
    if args.last is not None:
        rows = [r for r in rows if r[1] >= len(values) - args.last]
    anomalies = [
        Anomaly(
            onset=_at(millis, onset),
            peak=_at(millis, peak),
            end=_at(millis, end),
            score=round(score_, 6),
            kind=kind_,
            value=float(values[row]),
            explanation=text,
            severity=severity,
        )
        for onset, peak, end, score_, kind_, row, text, severity in rows
        if score_ >= args.threshold
    ]
    return DetectAnomaliesResult(
        series=name,
        points=len(values),
        anomalies=anomalies,
        seasonal_period_points=period,
        metric_kind=kind,
        detector=detector,
        note=note,
    )


def _at(millis: np.ndarray, index: int) -> datetime:
    return datetime.fromtimestamp(int(millis[index]) / 1000.0, tz=UTC)


def _ops(name: str, millis: np.ndarray, values: np.ndarray, kind: str) -> tuple[list[_Row], str]:
    scored = ops_score(millis, values, kind)
    rows = [
        (e.onset, e.peak, e.end, e.score, e.event_kind, e.peak, e.explanation, e.severity)
        for e in ops_events(name, scored, values)
    ]
    return rows, "ops detector: " + ("growth per hour, resets undone" if scored.domain.growing else f"{kind} series")


def _shape(name: str, millis: np.ndarray, values: np.ndarray, args: DetectAnomaliesSpec) -> tuple[list[_Row], int]:
    params = replace(DEFAULT_PARAMS, threshold=args.threshold, seasonal_weight=args.seasonal_weight)
    scored = score(millis, values, params)
    rows = []
    for d in group_anomalies(scored, params):
        severity = "critical" if d.score >= 0.75 else "warning"
        text = explain(name, values, scored, d, params)
        rows.append((d.onset, d.peak, d.end, d.score, d.channel, d.extreme, text, severity))
    return rows, scored.period
