"""Explain every incident: its best root cause and its impact, so the incidents can be ranked.

Impact counts what users feel: the services with latency or error anomalies, more for entry services (where
user traffic arrives, no caller above them), a little for the summed anomaly strength. An incident where only
utilisation rose (a batch job, a traffic surge absorbed) is a warning and ranks below every user-facing one.

With several incidents at once (several faults), each root leads its own entry and the entries are ranked so
that an unrelated blip does not outrank a real incident (``_rank_roots``):

- a root whose own anomalies are over by the window's end counts half (its incident passed);
- a database that shares a caller with a failing cache, and went bad within the lag after it, is the cache's
  fallback load (callers hit the database instead): its impact goes to the cache's entry;
- entries are weighed by how close their onset is to the leading incident's (``near_minutes``): faults that
  hit together belong to the situation being diagnosed; one hours apart is an earlier, separate problem.
"""

from __future__ import annotations

from datetime import datetime
from math import exp
from typing import TYPE_CHECKING

from ..environment import ChangeEvent, MetricWindow
from .correlation import CorrelationParams, is_cache
from .models import Anomaly, Incident, IncidentRoot
from .rank import rank_candidates

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["explain_incidents", "incident_impact", "still_bad"]

_PARAMS = CorrelationParams()
PASSED = 0.5
"""Share of its impact a root keeps when its own anomalies are over by the window's end."""
NEAR_MINUTES = 30.0
"""Impact decays as exp(-minutes / this) with the distance of an entry's onset from the leading incident's."""


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
    """Each incident's best root, the most impact first; one entry per root service (see ``rank_roots``).

    Incidents whose best root is the same service (an intermittent fault comes back, a group split in two)
    are one problem: their impacts add up under the first one's entry.
    """
    roots: dict[str, IncidentRoot] = {}
    onsets: dict[str, datetime] = {}
    for inc in incidents:
        if not inc.origins:  # an estate-wide traffic surge: nobody's root cause
            continue
        ranked = rank_candidates(inc, graph, changes, list(inc.anomalies), unobserved=unobserved, unreachable=drops)
        if not ranked:
            continue
        impact = incident_impact(inc, graph, window=window) * _ongoing(ranked[0].service, inc, window)
        seen = roots.get(ranked[0].service)
        if seen is not None:
            roots[seen.service] = _absorb(seen, impact, inc.impact)
            continue
        onsets[ranked[0].service] = inc.onset
        roots[ranked[0].service] = IncidentRoot(
            incident=inc.id, service=ranked[0].service, impact=impact, impact_class=inc.impact, candidate=ranked[0]
        )
    return _rank_roots(list(roots.values()), onsets, graph)


def _absorb(entry: IncidentRoot, impact: float, impact_class: str) -> IncidentRoot:
    """``entry`` with another incident's impact added (the same problem seen twice)."""
    upgrade = "user_facing" if impact_class == "user_facing" else entry.impact_class
    return entry.model_copy(update={"impact": entry.impact + impact, "impact_class": upgrade})


def _ongoing(root: str, incident: Incident, window: MetricWindow | None) -> float:
    """1 while the root's own anomalies are still up at the window's end (or it has none, or no window), else
    ``PASSED``: its incident is over."""
    own = [a for a in incident.anomalies if a.service == root]
    if window is None or not own or any(still_bad(a, window) for a in own):
        return 1.0
    return PASSED


def _fallback_of(
    entry: IncidentRoot, entries: list[IncidentRoot], onsets: dict[str, datetime], graph: nx.DiGraph
) -> IncidentRoot | None:
    """The failing cache whose callers loaded ``entry``'s database instead, or None.

    A database calls nobody; the cache shares a direct caller with it and went bad no later than it (detector
    jitter aside) and at most ``max_lag_minutes`` before.
    """
    db = entry.service
    if is_cache(db) or db not in graph or graph.out_degree(db) > 0:
        return None
    callers = set(graph.predecessors(db))
    for other in entries:
        cache = other.service
        if other is entry or not is_cache(cache) or cache not in graph:
            continue
        lag = (onsets[db] - onsets[cache]).total_seconds() / 60.0
        if callers & set(graph.predecessors(cache)) and -_PARAMS.tolerance_minutes <= lag <= _PARAMS.max_lag_minutes:
            return other
    return None


def _rank_roots(
    entries: list[IncidentRoot], onsets: dict[str, datetime], graph: nx.DiGraph, near_minutes: float = NEAR_MINUTES
) -> list[IncidentRoot]:
    """The entries, most impact first: fallback databases folded into their cache's entry, then each impact
    weighed by how close its onset (``onsets``, per root service) is to the leading user-facing incident's."""
    by_service = {e.service: e for e in entries}
    for entry in entries:
        cache = _fallback_of(entry, entries, onsets, graph)
        if cache is not None:
            folded = by_service.pop(entry.service)
            by_service[cache.service] = _absorb(by_service[cache.service], folded.impact, folded.impact_class)
    kept = list(by_service.values())
    if not kept:
        return []
    lead = max(kept, key=lambda r: (r.impact_class == "user_facing", r.impact, r.incident))
    out = []
    for entry in kept:
        minutes = abs((onsets[entry.service] - onsets[lead.service]).total_seconds()) / 60.0
        out.append(entry.model_copy(update={"impact": round(entry.impact * exp(-minutes / near_minutes), 4)}))
    return sorted(out, key=lambda r: (r.impact_class != "user_facing", -r.impact, r.incident))
