"""parse_metrics: metrics text (CSV, Prometheus exposition, Prometheus API JSON) -> clean series."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field

from genaiops.registry import tool
from genaiops.tools.sre.ingest import Gap, MetricSeries, load_series


class ParseMetricsSpec(BaseModel, defer_build=True):
    content: str = Field(description="The metrics text itself (a file's content or an HTTP answer's body).")
    format: Literal["auto", "csv", "prometheus_text", "prometheus_json"] = "auto"
    name: str = Field(default="series", description="Series name for CSV input (Prometheus names its own).")
    timestamp_column: str = Field(default="timestamp", min_length=1, description="CSV: the header of the times.")
    value_column: str = Field(default="value", min_length=1, description="CSV: the header of the values.")
    duplicates: Literal["reject", "keep", "first", "last", "mean"] = "reject"
    nan: Literal["reject", "drop"] = "drop"
    timezone: str = Field(default="UTC", description="Zone of timestamps written without one (IANA name).")
    scraped_at: datetime | None = Field(
        default=None, description="Time of exposition samples that carry no timestamp (the scrape time)."
    )


class SeriesGaps(BaseModel, defer_build=True):
    series: str
    gaps: list[Gap]


class ParseMetricsResult(BaseModel, defer_build=True):
    series: list[MetricSeries]
    notes: list[str] = Field(description="What cleaning changed: sorting, dropped NaNs, merged duplicates.")
    gaps: list[SeriesGaps] = Field(description="Stretches with no samples, per series (reported, not filled).")


def result_from(loaded) -> ParseMetricsResult:
    """Shared by ``parse_metrics`` and ``query_metrics``."""
    return ParseMetricsResult(
        series=[MetricSeries.from_series(s) for s in loaded.series],
        notes=loaded.notes,
        gaps=[SeriesGaps(series=name, gaps=gaps) for name, gaps in loaded.gaps.items() if gaps],
    )


@tool(offload=True)
def parse_metrics(args: ParseMetricsSpec) -> ParseMetricsResult:
    """Parse metrics given as text: CSV with a 'timestamp,value' header (NAB style), Prometheus text exposition,
    or Prometheus HTTP API JSON (query_range/query). Timestamps become UTC; out-of-order points are sorted;
    NaNs are dropped (or rejected) and duplicates rejected (or kept/merged) by policy; gaps are reported.
    Errors name the line or JSON field and the fix."""
    loaded = load_series(
        args.content,
        args.format,
        name=args.name,
        duplicates=args.duplicates,
        nan=args.nan,
        timezone=args.timezone,
        scraped_at=args.scraped_at,
        timestamp_column=args.timestamp_column,
        value_column=args.value_column,
    )
    return result_from(loaded)
