"""Explain every incident: its best root cause and its impact, so the incidents can be ranked.

Impact counts what users feel: the services with latency or error anomalies, more for entry services (where
user traffic arrives, no caller above them), a little for the summed anomaly strength. An incident where only
utilisation rose (a batch job, a traffic surge absorbed) is a warning and ranks below every user-facing one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..environment import ChangeEvent
from .correlate import CorrelationParams
from .models import Anomaly, Incident, IncidentRoot
from .rank import rank_candidates

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["explain_incidents", "incident_impact"]


def incident_impact(incident: Incident, graph: nx.DiGraph, params: CorrelationParams = CorrelationParams()) -> float:
    """Services felt, entry services felt (x2.5 in all), plus a tenth of the incident's severity."""
    felt = {a.service for a in incident.anomalies if a.metric not in params.local_metrics}
    entries = {s for s in felt if s in graph and graph.in_degree(s) == 0}
    score = len(felt) + 1.5 * len(entries) + 0.1 * incident.severity
    if incident.impact == "resource_only":
        return round(0.1 * len(incident.services) + 0.01 * incident.severity, 4)
    return round(1.0 + score, 4)


def explain_incidents(
    incidents: list[Incident],
    graph: nx.DiGraph,
    changes: list[ChangeEvent],
    pool: list[Anomaly],
    unobserved: set[str],
    drops: list[Anomaly] | None = None,
) -> list[IncidentRoot]:
    """Each incident's best root, the most impact first; one entry per root service.

    Incidents whose best root is the same service (an intermittent fault comes back, a group split in two)
    are one problem: their impacts add up under the first one's entry.
    """
    roots: dict[str, IncidentRoot] = {}
    for inc in incidents:
        ranked = rank_candidates(inc, graph, changes, list(inc.anomalies), unobserved=unobserved, unreachable=drops)
        if not ranked:
            continue
        impact = incident_impact(inc, graph)
        seen = roots.get(ranked[0].service)
        if seen is not None:
            upgrade = "user_facing" if inc.impact == "user_facing" else seen.impact_class
            roots[seen.service] = seen.model_copy(update={"impact": seen.impact + impact, "impact_class": upgrade})
            continue
        roots[ranked[0].service] = IncidentRoot(
            incident=inc.id, service=ranked[0].service, impact=impact, impact_class=inc.impact, candidate=ranked[0]
        )
    return sorted(roots.values(), key=lambda r: (r.impact_class != "user_facing", -r.impact, r.incident))
