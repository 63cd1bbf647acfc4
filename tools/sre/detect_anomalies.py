"""detect_anomalies: online anomaly detection on one series, with onset, score and an explanation."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import numpy as np
from pydantic import BaseModel, Field

from genaiops.errors import ToolInputError
from genaiops.registry import tool
from genaiops.tools.sre.detectors import DEFAULT_PARAMS, explain, group_anomalies, score
from genaiops.tools.sre.ingest import MetricSeries


class DetectAnomaliesSpec(BaseModel):
    series: MetricSeries
    threshold: float = Field(default=DEFAULT_PARAMS.threshold, ge=0.0, le=1.0)
    last: int | None = Field(
        default=None, ge=1, description="Report only anomalies that peak in the last `last` points."
    )
    seasonal_weight: float = Field(
        default=DEFAULT_PARAMS.seasonal_weight,
        ge=0.0,
        le=1.0,
        description="Weight of the same-hour seasonal channel (0 by default: seasonality is only quoted).",
    )


class Anomaly(BaseModel):
    onset: datetime = Field(description="First point at or above the threshold.")
    peak: datetime
    end: datetime
    score: float = Field(
        description=(
            "In [0, 1]. breach: 0.5 + 0.5 x/(1 + x) for a value x ranges beyond the all-time range (0.75: one "
            "range beyond); novel_shape: ART's confidence (how far the best match falls below the vigilance, "
            "plus the newest-level mismatch; 1 = certain); record channels: 0.5 ties the record, 0.75 doubles it."
        )
    )
    kind: str = Field(
        description=(
            "breach (all-time high/low), novel_shape (the recent window matches none of the shapes learned "
            "so far); with other parameter sets also recent_breach, short_breach, spike, level_shift, "
            "seasonal, change_point, pattern (a burst of new level patterns)."
        )
    )
    value: float
    explanation: str


class DetectAnomaliesResult(BaseModel):
    series: str
    points: int
    anomalies: list[Anomaly]
    seasonal_period_points: int = Field(description="Points per day when the series has a daily rhythm, else 0.")


@tool(offload=True, remote=True)
def detect_anomalies(args: DetectAnomaliesSpec) -> DetectAnomaliesResult:
    """Find anomalies in one metric series with the default online detector (breaches of the series' historic
    range, and windows whose shape matches none of the shapes learned so far, by adaptive resonance; the
    same-hour seasonal channel can be weighted in). Each anomaly has an onset time, a score and a one-line
    explanation such as 'p99_latency 812 is 4.1x its 7-day same-hour baseline 198'."""
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
    params = replace(DEFAULT_PARAMS, threshold=args.threshold, seasonal_weight=args.seasonal_weight)
    millis = series.timestamps.astype(np.int64)
    scored = score(millis, series.values, params)
    detections = group_anomalies(scored, params)
    if args.last is not None:
        detections = [d for d in detections if d.peak >= len(series) - args.last]

    def at(index: int) -> datetime:
        return datetime.fromtimestamp(int(millis[index]) / 1000.0, tz=UTC)

    anomalies = [
        Anomaly(
            onset=at(d.onset),
            peak=at(d.peak),
            end=at(d.end),
            score=round(d.score, 6),
            kind=d.channel,
            value=float(series.values[d.extreme]),
            explanation=explain(series.name, series.values, scored, d, params),
        )
        for d in detections
    ]
    return DetectAnomaliesResult(
        series=series.name, points=len(series), anomalies=anomalies, seasonal_period_points=scored.period
    )
