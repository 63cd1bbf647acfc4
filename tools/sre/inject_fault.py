"""inject_fault: start a fault in the simulated estate, for drills, game days and offline scenarios."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

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
    severity: float | None = Field(
        default=None, description="as given: with `at`, what re-creates the fault in another process"
    )
    duration_minutes: int | None = None
    note: str


def restore_fault(output: Mapping[str, Any], ctx: ToolContext) -> None:
    """``@tool(restore=...)``: a run continued in another process (``genaiops resume``, a server's worker) starts
    the drill's fault there too, from the task's output, once (keyed by the task's idempotency key), so its
    later tasks find the estate the drill made, not a healthy one."""
    env = ctx.resource("environment")
    if not hasattr(env, "inject"):
        return
    result = InjectFaultResult.model_validate(output)
    if result.severity is None:
        raise ToolExecutionError(
            "the drill's output was recorded by an earlier genaiops, without its severity: its fault cannot be "
            "started again here, and the estate starts healthy"
        )
    fault = FaultSpec(
        kind=result.kind,
        service=result.service,
        at=result.at,
        severity=result.severity,
        duration_minutes=result.duration_minutes,
    )
    env.inject(fault, key=ctx.idempotency_key)


@tool(restore=restore_fault)
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
    env.inject(fault, key=ctx.idempotency_key)
    return InjectFaultResult(
        kind=args.kind,
        service=args.service,
        at=fault.at,
        severity=args.severity,
        duration_minutes=args.duration_minutes,
        note="simulated; the estate lives in this process (a run continued elsewhere starts this fault there again)",
    )
