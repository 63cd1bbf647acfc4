"""observe_services: pull a window of service metrics, the dependency graph and recent changes.

From the simulated ``environment`` by default; from a real Prometheus (the ``prometheus`` resource,
``GENAIOPS_PROMETHEUS_URL``) when one is configured: metrics through the PromQL template table, the dependency
graph as the task gives it (Prometheus does not know who calls whom), and no change events.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from pydantic import BaseModel, Field

from genaiops.errors import ToolExecutionError, ToolInputError
from genaiops.registry import ToolContext, tool
from genaiops.tools.sre.environment import METRICS, ChangeEvent, MetricWindow, ServiceTopology
from genaiops.tools.sre.ingest.promql import observe_window
from genaiops.tools.sre.resource_needs import observe_needs


class ObserveServicesSpec(BaseModel, defer_build=True):
    lookback_minutes: int = Field(default=120, ge=5, le=7 * 1440, description="window ending at `end`")
    end: datetime | None = Field(default=None, description="end of the window; default: the run's time")
    services: list[str] | None = Field(default=None, description="default: every service with metrics")
    step_seconds: int | None = Field(
        default=None,
        ge=1,
        le=3600,
        description="Prometheus only: sample spacing (default 60); the simulator's is fixed",
    )
    topology: ServiceTopology | None = Field(
        default=None,
        description="Prometheus only: the dependency graph (default: the services that report, with no edges)",
    )


class ObserveServicesResult(BaseModel, defer_build=True):
    metrics: MetricWindow
    topology: ServiceTopology
    changes: list[ChangeEvent]
    unobserved: list[str] = Field(description="services in the topology that export no metrics")


@tool(uses=("prometheus",), needs=observe_needs)
def observe_services(args: ObserveServicesSpec, ctx: ToolContext) -> ObserveServicesResult:
    """Read p99 latency, error rate and utilisation of the services for the last `lookback_minutes`, with the
    dependency graph and the deploys and actions in the window: from a real Prometheus when one is configured
    (give `topology`, as Prometheus does not know who calls whom), else from the simulated environment."""
    end = args.end or ctx.now
    start = end - timedelta(minutes=args.lookback_minutes)
    if args.services is not None and not args.services:
        raise ToolInputError("services: give at least one service, or leave it out for all")
    prometheus = ctx.resources.get("prometheus")
    if prometheus is not None:
        return _from_prometheus(args, prometheus, start, end)
    if args.step_seconds is not None or args.topology is not None:
        raise ToolInputError(
            "step_seconds and topology apply to a real Prometheus (set GENAIOPS_PROMETHEUS_URL); the simulated "
            "estate has its own step and dependency graph: leave them out"
        )
    env = ctx.resource("environment")
    topology = env.topology()
    window = env.observe(start, end, args.services)
    return ObserveServicesResult(
        metrics=window,
        topology=topology,
        changes=env.changes(start, end),
        unobserved=[s for s in topology.services if s not in window.series and args.services is None],
    )


def _from_prometheus(args: ObserveServicesSpec, prometheus, start: datetime, end: datetime) -> ObserveServicesResult:  # noqa: ANN001
    services = args.services or (args.topology.services if args.topology else None)
    window = observe_window(prometheus, start, end, args.step_seconds or 60, services)
    if not window.series:
        raise ToolExecutionError(
            f"{prometheus.where} has no samples of {', '.join(METRICS)} for "
            f"{'services ' + ', '.join(services) if services else 'any service'} between {start.isoformat()} "
            f"and {end.isoformat()}: check the metric names and the '{prometheus.queries.service_label}' label "
            "against the PromQL templates (GENAIOPS_PROMETHEUS_QUERIES, README: Real systems: Prometheus)"
        )
    topology = args.topology or ServiceTopology(services=sorted(window.series), edges=[])
    return ObserveServicesResult(
        metrics=window,
        topology=topology,
        changes=[],
        unobserved=[s for s in topology.services if s not in window.series],
    )
