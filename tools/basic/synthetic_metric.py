"""synthetic_metric: a seeded latency series for a service, optionally with an injected slowdown."""

import random

from pydantic import BaseModel, Field

from genaiops.registry import ToolContext, tool


class SyntheticMetricInput(BaseModel, defer_build=True):
    service: str = Field(min_length=1)
    points: int = Field(default=120, ge=1, le=100_000)
    baseline_ms: float = Field(default=120.0, gt=0)
    noise_ms: float = Field(default=8.0, ge=0)
    slowdown_from: int | None = Field(default=None, ge=0, description="Index where the slowdown starts.")
    slowdown_factor: float = Field(default=1.0, gt=0)


class SyntheticMetricResult(BaseModel, defer_build=True):
    service: str
    values: list[float]


@tool()
def synthetic_metric(args: SyntheticMetricInput, ctx: ToolContext) -> SyntheticMetricResult:
    """Generate a deterministic p99 latency series (ms) for `service` from the run's seed."""
    rng = random.Random(f"{ctx.seed}:{args.service}")
    values = []
    for i in range(args.points):
        level = args.baseline_ms
        if args.slowdown_from is not None and i >= args.slowdown_from:
            level *= args.slowdown_factor
        values.append(round(level + rng.gauss(0.0, args.noise_ms), 3))
    return SyntheticMetricResult(service=args.service, values=values)
