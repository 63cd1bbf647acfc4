"""query_metrics: a PromQL range query, or a named metric (a PromQL template), as clean series.

With a ``prometheus`` resource (``GENAIOPS_PROMETHEUS_URL``) both read the real server; without one a named metric
of the simulator's (``latency_p99_ms``, ``error_rate``, ``saturation``) is read from the ``environment``, and raw
PromQL cannot run: a task giving ``query`` needs Prometheus, which validation checks.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any, Literal

from pydantic import BaseModel, Field, model_validator

from genaiops.errors import ToolInputError
from genaiops.registry import ToolContext, tool
from genaiops.tools.sre import arg_rules
from genaiops.tools.sre.environment import METRICS, MetricWindow
from genaiops.tools.sre.ingest import MetricSeries, load_series
from genaiops.tools.sre.ingest.prometheus import series_name
from genaiops.tools.sre.parse_metrics import ParseMetricsResult, SeriesGaps, result_from
from genaiops.tools.sre.resource_needs import query_needs


class QueryMetricsSpec(BaseModel, defer_build=True):
    query: str | None = Field(
        default=None, min_length=1, description="PromQL, e.g. 'histogram_quantile(0.99, ...)' (needs Prometheus)."
    )
    metric: str | None = Field(
        default=None,
        min_length=1,
        description="Or a metric of the PromQL template table (latency_p50_ms, latency_p95_ms, latency_p99_ms, "
        "error_rate, request_rate, cpu_cores, memory_bytes, saturation, or one the queries file adds); "
        "without Prometheus the simulator answers latency_p99_ms, error_rate and saturation.",
    )
    service: str | None = Field(default=None, description="With `metric`: one service (default: every service).")
    start: datetime | None = Field(default=None, description="Default: `lookback_minutes` before `end`.")
    end: datetime | None = Field(default=None, description="Default: the run's time.")
    lookback_minutes: int = Field(default=60, ge=1, le=7 * 1440)
    step_seconds: float = Field(default=60.0, gt=0)
    nan: Literal["reject", "drop"] = "drop"

    _one_question = model_validator(mode="after")(arg_rules.query_metrics_one_question)


@tool(offload=True, uses=("prometheus",), needs=query_needs)
def query_metrics(args: QueryMetricsSpec, ctx: ToolContext) -> ParseMetricsResult:
    """Read metric series for [start, end] at step_seconds, cleaned like parse_metrics: a PromQL `query` through
    Prometheus' /api/v1/query_range, or a named `metric` (latency_p99_ms, error_rate, request_rate, ...) of one
    `service` or all, from Prometheus when configured, else from the simulated environment."""
    end = args.end or ctx.now
    start = args.start or end - timedelta(minutes=args.lookback_minutes)
    if end <= start:
        raise ToolInputError(f"start {start.isoformat()} must be before end {end.isoformat()}")
    source = ctx.resources.get("prometheus")
    if source is None:
        if args.query is not None:
            ctx.resource("prometheus")  # raises: says which setting configures it
        return _simulated(args, ctx.resource("environment"), start, end)
    query = args.query or source.queries.render(args.metric, [args.service] if args.service else None)
    text = source.query_range(query, start, end, args.step_seconds)
    try:
        loaded = load_series(text, "prometheus_json", nan=args.nan)
    except ToolInputError as exc:
        raise ToolInputError(f"query {query!r}: {exc} (from {source.where}, GENAIOPS_PROMETHEUS_URL)") from None
    result = result_from(loaded)
    return result if args.metric is None else _named(result, args.metric)


def _named(result: ParseMetricsResult, metric: str) -> ParseMetricsResult:
    """Series of a template (PromQL expressions have no metric name) named after the metric and their labels."""
    names = {s.name: series_name(metric, s.labels) for s in result.series}
    return ParseMetricsResult(
        series=[s.model_copy(update={"name": names[s.name]}) for s in result.series],
        notes=result.notes,
        gaps=[SeriesGaps(series=names.get(g.series, g.series), gaps=g.gaps) for g in result.gaps],
    )


def _simulated(args: QueryMetricsSpec, env: Any, start: datetime, end: datetime) -> ParseMetricsResult:
    if args.metric not in METRICS:
        raise ToolInputError(
            f"metric: the simulated estate has {', '.join(METRICS)}; {args.metric!r} needs Prometheus: set "
            "GENAIOPS_PROMETHEUS_URL (see README, Real systems)"
        )
    window: MetricWindow = env.observe(start, end, [args.service] if args.service else None)
    step = timedelta(seconds=window.step_seconds)
    series = [
        MetricSeries(
            name=series_name(args.metric, {"service": service}),
            labels={"service": service},
            timestamps=[window.start + k * step for k in range(len(values[args.metric]))],
            values=values[args.metric],
        )
        for service, values in window.series.items()
        if args.metric in values
    ]
    return ParseMetricsResult(series=series, notes=[], gaps=[])
