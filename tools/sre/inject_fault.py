"""inject_fault: start a fault in the simulated estate, for drills, game days and offline scenarios."""

from __future__ import annotations

from datetime import datetime, timedelta

from pydantic import BaseModel, Field

from genaiops.errors import ToolExecutionError
from genaiops.registry import ToolContext, tool
from genaiops.tools.sre.simulate.faults import FaultKind, FaultSpec


class InjectFaultSpec(BaseModel, defer_build=True):
    kind: FaultKind
    service: str = Field(min_length=1)
    minutes_ago: int = Field(default=20, ge=0, le=7 * 1440, description="When the fault began, before the run's time.")
    severity: float = Field(default=0.7, ge=0, le=1)
    duration_minutes: int | None = Field(default=None, gt=0, description="Default: until remediated.")


class InjectFaultResult(BaseModel, defer_build=True):
    kind: str
    service: str
    at: datetime
    note: str


@tool()
def inject_fault(args: InjectFaultSpec, ctx: ToolContext) -> InjectFaultResult:
    """Start a fault (latency spike, error burst, resource exhaustion, bad deploy, dependency outage, or a
    realistic kind: connection pool exhaustion, slow database, retry storm, cache stampede, certificate expiry,
    DNS failure, thread-pool starvation, memory leak, noisy neighbour) on a service of the simulated estate
    `minutes_ago` before the run's time. Only the simulator accepts it."""
    env = ctx.resource("environment")
    if not hasattr(env, "inject"):
        raise ToolExecutionError(
            f"inject_fault works on the simulated estate only; the environment is a {type(env).__name__}"
        )
    at = ctx.now - timedelta(minutes=args.minutes_ago)
    fault = FaultSpec(
        kind=args.kind, service=args.service, at=at, severity=args.severity, duration_minutes=args.duration_minutes
    )
    env.inject(fault)
    return InjectFaultResult(
        kind=args.kind,
        service=args.service,
        at=fault.at,
        note="simulated; the estate lives in this process (a run resumed elsewhere starts from a healthy estate)",
    )
