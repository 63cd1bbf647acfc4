"""Explain every incident: its best root cause and its impact, so the incidents can be ranked.

Impact counts what users feel: the services with latency or error anomalies, more for entry services (where
user traffic arrives, no caller above them), a little for the summed anomaly strength. An incident where only
utilisation rose (a batch job, a traffic surge absorbed) is a warning and ranks below every user-facing one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..environment import ChangeEvent, MetricWindow
from .correlation import CorrelationParams
from .models import Anomaly, Incident, IncidentRoot
from .rank import rank_candidates

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["explain_incidents", "incident_impact", "still_bad"]

_PARAMS = CorrelationParams()


def still_bad(anomaly: Anomaly, window: MetricWindow, tail: int = 6) -> bool:
    """True when the anomalous metric is still at least halfway up at some point of the window's last steps."""
    values = window.series.get(anomaly.service, {}).get(anomaly.metric)
    if not values or anomaly.value is None or anomaly.baseline is None:
        return True
    recent = [v for v in values[-tail:] if v == v]  # NaN (scrape gaps) left out
    return bool(recent) and max(recent) >= anomaly.baseline + 0.5 * (anomaly.value - anomaly.baseline)


def incident_impact(
    incident: Incident,
    graph: nx.DiGraph,
    params: CorrelationParams = _PARAMS,
    window: MetricWindow | None = None,
) -> float:
    """Services felt, entry services felt (x2.5 in all), plus a tenth of the incident's severity.

    With the metric ``window``, a service whose trouble is over by the window's end counts a third (a blip, a
    rolling deploy's few bad minutes) — an ongoing incident outranks one that already passed.
    """
    felt: dict[str, float] = {}
    for a in incident.anomalies:
        if a.metric not in params.local_metrics:
            weight = 1.0 if window is None or still_bad(a, window) else 1 / 3
            felt[a.service] = max(felt.get(a.service, 0.0), weight)
    entries = sum(w for s, w in felt.items() if s in graph and graph.in_degree(s) == 0)
    score = sum(felt.values()) + 1.5 * entries + 0.1 * incident.severity
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
    window: MetricWindow | None = None,
) -> list[IncidentRoot]:
    """Each incident's best root, the most impact first; one entry per root service.

    Incidents whose best root is the same service (an intermittent fault comes back, a group split in two)
    are one problem: their impacts add up under the first one's entry.
    """
    roots: dict[str, IncidentRoot] = {}
    for inc in incidents:
        if not inc.origins:  # an estate-wide traffic surge: nobody's root cause
            continue
        ranked = rank_candidates(inc, graph, changes, list(inc.anomalies), unobserved=unobserved, unreachable=drops)
        if not ranked:
            continue
        impact = incident_impact(inc, graph, window=window)
        seen = roots.get(ranked[0].service)
        if seen is not None:
            upgrade = "user_facing" if inc.impact == "user_facing" else seen.impact_class
            roots[seen.service] = seen.model_copy(update={"impact": seen.impact + impact, "impact_class": upgrade})
            continue
        roots[ranked[0].service] = IncidentRoot(
            incident=inc.id, service=ranked[0].service, impact=impact, impact_class=inc.impact, candidate=ranked[0]
        )
    return sorted(roots.values(), key=lambda r: (r.impact_class != "user_facing", -r.impact, r.incident))
