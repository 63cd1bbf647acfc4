"""query_metrics: a PromQL range query through the executor's ``prometheus`` resource -> clean series."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field, model_validator

from genaiops.errors import ToolInputError
from genaiops.registry import ToolContext, tool
from genaiops.tools.sre.ingest import load_series
from genaiops.tools.sre.parse_metrics import ParseMetricsResult, result_from


class QueryMetricsSpec(BaseModel):
    query: str = Field(min_length=1, description="PromQL, e.g. 'histogram_quantile(0.99, ...)'.")
    start: datetime
    end: datetime
    step_seconds: float = Field(default=60.0, gt=0)
    nan: Literal["reject", "drop"] = "drop"

    @model_validator(mode="after")
    def _ordered(self) -> QueryMetricsSpec:
        if self.end <= self.start:
            raise ValueError(f"end {self.end.isoformat()} must be after start {self.start.isoformat()}")
        return self


@tool(offload=True)
def query_metrics(args: QueryMetricsSpec, ctx: ToolContext) -> ParseMetricsResult:
    """Run a Prometheus range query (/api/v1/query_range) for [start, end] at step_seconds and return the
    series, cleaned like parse_metrics. Needs the 'prometheus' resource (a Prometheus HTTP API client)."""
    source = ctx.resource("prometheus")
    text = source.query_range(args.query, args.start, args.end, args.step_seconds)
    try:
        loaded = load_series(text, "prometheus_json", nan=args.nan)
    except ToolInputError as exc:
        raise ToolInputError(f"query {args.query!r}: {exc}") from None
    return result_from(loaded)
