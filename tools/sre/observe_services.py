"""observe_services: pull a window of service metrics, the dependency graph and recent changes."""

from __future__ import annotations

from datetime import datetime, timedelta

from pydantic import BaseModel, Field

from genaiops.errors import ToolInputError
from genaiops.registry import ToolContext, tool
from genaiops.tools.sre.environment import ChangeEvent, MetricWindow, ServiceTopology


class ObserveServicesSpec(BaseModel):
    lookback_minutes: int = Field(default=120, ge=5, le=7 * 1440, description="window ending at `end`")
    end: datetime | None = Field(default=None, description="end of the window; default: the run's time")
    services: list[str] | None = Field(default=None, description="default: every service with metrics")


class ObserveServicesResult(BaseModel):
    metrics: MetricWindow
    topology: ServiceTopology
    changes: list[ChangeEvent]
    unobserved: list[str] = Field(description="services in the topology that export no metrics")


@tool()
def observe_services(args: ObserveServicesSpec, ctx: ToolContext) -> ObserveServicesResult:
    """Read p99 latency, error rate and utilisation of the services for the last `lookback_minutes` from the
    environment, with its dependency graph and the deploys and actions in the window (needs `environment`)."""
    env = ctx.resource("environment")
    end = args.end or ctx.now
    start = end - timedelta(minutes=args.lookback_minutes)
    topology = env.topology()
    if args.services is not None and not args.services:
        raise ToolInputError("services: give at least one service, or leave it out for all")
    window = env.observe(start, end, args.services)
    return ObserveServicesResult(
        metrics=window,
        topology=topology,
        changes=env.changes(start, end),
        unobserved=[s for s in topology.services if s not in window.series and args.services is None],
    )
