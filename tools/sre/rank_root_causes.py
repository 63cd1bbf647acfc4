"""rank_root_causes: rank the services that may have caused an incident, with evidence for each."""

from __future__ import annotations

from pydantic import BaseModel, Field

from genaiops.errors import ToolInputError
from genaiops.registry import ToolContext, tool
from genaiops.tools.sre.diagnosis import (
    Incident,
    IncidentRoot,
    RootCauseCandidate,
    correlate,
    explain_incidents,
    rank_candidates,
)
from genaiops.tools.sre.diagnosis.correlation import CorrelationParams
from genaiops.tools.sre.diagnosis.resolve import DiagnosisInput, drop_times, resolve_drops, resolve_inputs


class RankRootCausesSpec(DiagnosisInput):
    incident: Incident | None = Field(
        default=None, description="the incident to explain; default: the largest user-facing one in the anomalies"
    )
    service: str | None = Field(
        default=None, description="or: explain the incident that involves this service (e.g. the paged one)"
    )
    top_k: int = Field(default=5, ge=1, le=100)
    all_incidents: bool = Field(
        default=False,
        description="also explain every incident found: `roots` gets each incident's best root, most impact first",
    )


class RankRootCausesResult(BaseModel, defer_build=True):
    incident: Incident | None
    candidates: list[RootCauseCandidate]
    incidents_found: int
    roots: list[IncidentRoot] = Field(
        default_factory=list,
        description="with all_incidents: the best root of every incident, most impact first (several faults at once)",
    )


def _size(inc: Incident) -> tuple:
    """User-facing before resource-only (a traffic surge is not paged), then services, then severity."""
    return (inc.impact == "user_facing", bool(inc.origins), len(inc.services), inc.severity)


def _choose(incidents: list[Incident], service: str | None) -> Incident | None:
    if service is not None:
        hits = [inc for inc in incidents if service in inc.services or service in inc.origins]
        if not hits:
            known = sorted({s for inc in incidents for s in inc.services})
            raise ToolInputError(f"service: no incident involves {service!r}; anomalous services: {known}")
        incidents = hits
    return max(incidents, key=_size, default=None)


def _quiet(args: RankRootCausesSpec, anomalies: list) -> set[str]:
    """Services whose metrics were given and show nothing callers would feel (no latency or error anomaly; their
    utilisation may rise as callers retry): a failure on the edge to them shows on the callers only."""
    if args.metrics is None:
        return set()
    local = CorrelationParams().local_metrics
    return set(args.metrics.series) - {a.service for a in anomalies if a.metric not in local}


@tool()
def rank_root_causes(args: RankRootCausesSpec, ctx: ToolContext) -> RankRootCausesResult:
    """Rank candidate root-cause services for an incident (or, with `all_incidents`, name the root of every
    incident found, most impact first). Each candidate comes with evidence: its anomalous
    metrics (and log anomalies, when `anomalies` from detect_log_anomalies are given beside `metrics`: the
    service whose logs went bad first gets credit), its place in the onset order, the dependent services it
    explains with example call paths, the anomalous dependencies that could explain it instead, and deploys or
    changes just before it went bad."""
    anomalies, graph, changes, unobserved = resolve_inputs(args, ctx)
    incident = args.incident
    found = 1 if incident is not None else 0
    roots: list[IncidentRoot] = []
    drops = resolve_drops(args)
    if incident is None:
        quiet = _quiet(args, anomalies)
        incidents, _ = correlate(anomalies, graph, unobserved=unobserved, unreachable=drop_times(drops), quiet=quiet)
        unobserved = unobserved | {o for inc in incidents for o in inc.origins if o in quiet}
        found = len(incidents)
        if args.all_incidents:
            roots = explain_incidents(incidents, graph, changes, anomalies, unobserved, drops, args.metrics)
        incident = _choose(incidents, args.service)
    if incident is None:
        return RankRootCausesResult(incident=None, candidates=[], incidents_found=0, roots=roots)
    ranked = rank_candidates(incident, graph, changes, anomalies, unobserved=unobserved, unreachable=drops)
    return RankRootCausesResult(
        incident=incident, candidates=ranked[: args.top_k], incidents_found=found, roots=roots[: args.top_k]
    )
