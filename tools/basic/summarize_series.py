"""summarize_series: count, mean, median, p99 and max of a series."""

import statistics

from pydantic import BaseModel, Field

from genaiops.registry import tool


class SummarizeSeriesInput(BaseModel, defer_build=True):
    values: list[float] = Field(min_length=1)
    tail: int | None = Field(default=None, ge=1, description="Summarise only the last `tail` points.")


class SummarizeSeriesResult(BaseModel, defer_build=True):
    count: int
    mean: float
    median: float
    p99: float
    max: float


@tool()
def summarize_series(args: SummarizeSeriesInput) -> SummarizeSeriesResult:
    """Summarise a numeric series (optionally only its last `tail` points)."""
    values = args.values[-args.tail :] if args.tail else args.values
    ordered = sorted(values)
    p99 = ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]
    return SummarizeSeriesResult(
        count=len(values),
        mean=round(statistics.fmean(values), 6),
        median=round(statistics.median(values), 6),
        p99=p99,
        max=ordered[-1],
    )
