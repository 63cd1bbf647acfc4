"""correlate_incidents: group anomalies and alerts across services into incidents; suppress symptoms."""

from __future__ import annotations

from pydantic import BaseModel, Field

from genaiops.registry import ToolContext, tool
from genaiops.tools.sre.diagnosis import CorrelationParams, Incident, KnownProblem, correlate
from genaiops.tools.sre.diagnosis.resolve import DiagnosisInput, drop_times, resolve_drops, resolve_inputs

_DEFAULT = CorrelationParams()


class CorrelateIncidentsSpec(DiagnosisInput):
    known_problems: list[KnownProblem] = Field(
        default_factory=list, description="problems already being handled: what they explain is not paged"
    )
    max_lag_minutes: float = Field(default=_DEFAULT.max_lag_minutes, gt=0, le=240)
    max_hops: int = Field(default=_DEFAULT.max_hops, ge=1, le=10)


class CorrelateIncidentsResult(BaseModel, defer_build=True):
    incidents: list[Incident] = Field(description="most severe first")
    anomalies_in: int
    duplicates_merged: int
    symptoms_suppressed: int
    page: list[str] = Field(
        description="services to page about: origins of user-facing incidents that no known problem explains"
    )


@tool()
def correlate_incidents(args: CorrelateIncidentsSpec, ctx: ToolContext) -> CorrelateIncidentsResult:
    """Group anomalies (metric, log or alert) on many services into incidents using onset times and the service
    dependency graph: merge duplicates, put a caller's anomaly with the dependency that explains it, split independent
    problems, and mark explained anomalies (and those a known problem explains) as suppressed symptoms."""
    anomalies, graph, _, unobserved = resolve_inputs(args, ctx)
    params = CorrelationParams(max_lag_minutes=args.max_lag_minutes, max_hops=args.max_hops)
    unreachable = drop_times(resolve_drops(args))
    incidents, merged = correlate(anomalies, graph, args.known_problems, params, unobserved, unreachable)
    page = [o for inc in incidents if inc.known_problem is None and inc.impact == "user_facing" for o in inc.origins]
    return CorrelateIncidentsResult(
        incidents=incidents,
        anomalies_in=len(anomalies),
        duplicates_merged=merged,
        symptoms_suppressed=sum(len(inc.symptoms) for inc in incidents),
        page=list(dict.fromkeys(page)),
    )
