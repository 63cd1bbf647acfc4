"""Rank candidate root causes of an incident, each with the evidence behind its place.

Candidates are the incident's services plus anomalous dependencies of them that began within the lag
window (so a root the grouping left out can still be ranked). Each gets points for:

- coverage: the share of anomalous services that depend on it (directly or not) — a root explains them all;
- not explained: none of its own anomalous dependencies went bad before it did;
- onset order: it went bad when the first anomaly callers can feel began (decays with the minutes between:
  a utilisation rise long before anything else is more likely unrelated);
- severity: how strong its own anomalies are, relative to the incident's strongest;
- a change: a deploy or config push on it shortly before its onset;
- local saturation: its own utilisation rose (a resource problem does not travel up the call graph);
- logs first: its log anomalies (``source="log"``) began first among the candidates' (to ``log_first_seconds``):
  the service whose logs fail first is usually where the trouble starts (only when log evidence is given);
- a penalty when it has no metrics at all (a third-party dependency, inferred from its callers), waived when
  two or more otherwise unexplained anomalous services depend on it and at least half of its direct callers
  are anomalous (it is then the simplest explanation).

Weights were set on development seeds (see ``bench/rca.py``) and are the same for every incident.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from math import exp, log1p
from typing import TYPE_CHECKING

from ..environment import ChangeEvent
from .correlation import CorrelationParams, Signal, caller_share, group_signals
from .models import Anomaly, Incident, RootCauseCandidate, RootCauseEvidence

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["RankWeights", "rank_candidates"]

_PARAMS = CorrelationParams()


@dataclass(frozen=True, slots=True)
class RankWeights:
    coverage: float = 2.0
    unexplained: float = 1.5
    early: float = 1.0
    early_minutes: float = 3.0
    severity: float = 0.5
    change: float = 0.7
    change_window_minutes: float = 30.0
    saturation: float = 0.3
    unobserved: float = 1.0
    """Penalty for a candidate with no metrics of its own (it can only be inferred from its callers)."""
    late_change_minutes: float = 30.0
    """A change logged up to this long after the onset still counts (logs lag), for half the credit."""
    unreachable: float = 0.5
    """Bonus for a service whose traffic fell away while its callers went bad (they cannot reach it)."""
    origin: float = 1.0
    """Bonus for the incident's origin as correlation found it (nothing else in the incident explains it)."""
    log_first: float = 1.0
    """Bonus for the candidate whose logs went bad first (log anomalies only; none when no logs were given)."""
    log_first_seconds: float = 10.0
    """Log onsets this close to the first one count as first too (clock skew between hosts)."""


def _candidates(
    incident: Incident,
    pool: list[Anomaly],
    graph: nx.DiGraph,
    params: CorrelationParams,
    unobserved: set[str],
    unreachable: dict[str, Anomaly],
) -> list[Signal]:
    """The incident's signals plus anomalous dependencies of its services within the lag window."""
    import networkx as nx

    inside = set(incident.services)
    below: set[str] = set()
    for s in inside:
        if s in graph:
            below |= nx.descendants(graph, s)
    lag = timedelta(minutes=params.max_lag_minutes)
    extra = [a for a in pool if a.service in below and a.service not in inside and abs(a.onset - incident.onset) <= lag]
    signals = group_signals(list(incident.anomalies) + extra, params.merge_minutes)
    first: dict[str, Signal] = {}
    for sig in signals:
        first.setdefault(sig.service, sig)
    return list(first.values()) + _silent(list(first.values()), graph, unobserved, params, unreachable)


def _silent(
    signals: list[Signal],
    graph: nx.DiGraph,
    unobserved: set[str],
    params: CorrelationParams,
    unreachable: dict[str, Anomaly],
) -> list[Signal]:
    """Services without metrics (or whose traffic fell away) below the incident's felt signals, dated by the
    first signal above them."""
    import networkx as nx

    out = []
    felt = {s.service for s in signals if s.felt_by_callers(params.local_metrics)}
    lag = timedelta(minutes=params.max_lag_minutes)
    for u in sorted((unobserved | set(unreachable)) & set(graph.nodes) - felt):
        above = nx.single_source_shortest_path_length(graph.reverse(copy=False), u, cutoff=params.max_hops)
        reach = [s for s in signals if s.service in above and s.felt_by_callers(params.local_metrics)]
        drop = unreachable.get(u)
        if drop is not None:
            reach = [s for s in reach if abs(s.onset - drop.onset) <= lag]
        if reach:
            onset = min(s.onset for s in reach)
            out.append(Signal(u, onset, [drop] if drop else [], inferred=True))
    return out


def _features(sig: Signal, signals: list[Signal], graph: nx.DiGraph, params: CorrelationParams) -> dict:
    import networkx as nx

    above = nx.ancestors(graph, sig.service) if sig.service in graph else set()
    below = nx.descendants(graph, sig.service) if sig.service in graph else set()
    tol = timedelta(minutes=params.tolerance_minutes)
    felt = sig.felt_by_callers(params.local_metrics)
    explains = [s.service for s in signals if s.service in above and not s.inferred] if felt else []
    explained_by = [
        s.service
        for s in signals
        if s.service in below
        and s.onset <= sig.onset + tol
        and not s.inferred
        and s.felt_by_callers(params.local_metrics)
    ]
    return {"explains": explains, "explained_by": explained_by}


def _paths(service: str, explains: list[str], graph: nx.DiGraph, limit: int = 3) -> list[list[str]]:
    import networkx as nx

    paths = [nx.shortest_path(graph, s, service) for s in explains]
    return sorted(paths, key=lambda p: (-len(p), p))[:limit]


def _change_credit(sig: Signal, changes: list[ChangeEvent], unexplained: float) -> float:
    """1 for a change before the onset, 0.5 for one logged after it (late); none for a mere symptom."""
    if not changes or not unexplained:
        return 0.0
    return 1.0 if any(c.at <= sig.onset + timedelta(minutes=1) for c in changes) else 0.5


def _score(sig: Signal, feats: dict, first, top_strength: float, n: int, changes: list, w: RankWeights) -> float:
    coverage = (len(feats["explains"]) + (0 if sig.inferred else 1)) / n
    unexplained = 0.0 if feats["explained_by"] else 1.0
    minutes = abs((sig.onset - first).total_seconds()) / 60.0
    early = exp(-minutes / w.early_minutes)
    severity = log1p(sig.strength) / log1p(top_strength) if top_strength > 0 else 0.0
    saturated = any(a.metric == "saturation" for a in sig.anomalies)
    dropped = any(a.metric in ("traffic_drop", "log:drop") for a in sig.anomalies)  # callers cannot reach it
    return (
        w.coverage * coverage
        + w.unexplained * unexplained
        + w.early * early
        + w.severity * severity
        + w.change * _change_credit(sig, changes, unexplained)
        + w.saturation * (1.0 if saturated else 0.0)
        + w.unreachable * (1.0 if dropped else 0.0)
        - w.unobserved * (1.0 if sig.inferred and feats["branches"] < 2 and not dropped else 0.0)
    )


def _changes_before(sig: Signal, changes: list[ChangeEvent], w: RankWeights) -> list[ChangeEvent]:
    """Changes on the service from ``change_window_minutes`` before its onset to ``late_change_minutes`` after."""
    lo = sig.onset - timedelta(minutes=w.change_window_minutes)
    hi = sig.onset + timedelta(minutes=w.late_change_minutes)
    return [c for c in changes if c.service == sig.service and lo <= c.at <= hi]


def _summary(service: str, ev: RootCauseEvidence, n: int, inferred: bool) -> str:
    """One line of evidence; ``n``: every candidate ranked by onset (``onset_rank`` counts them all, the ones
    inferred from their callers too)."""
    if inferred:
        parts = [f"{service}: no metrics of its own, inferred from its callers; #{ev.onset_rank} of {n} by onset"]
    else:
        parts = [f"{service}: anomalous #{ev.onset_rank} of {n}"]
    if ev.explains:
        parts.append(f"explains {len(ev.explains)} dependent service(s)")
    if ev.explained_by:
        parts.append(f"but its dependencies {', '.join(ev.explained_by)} went bad first")
    if ev.logs_first and ev.log_onset is not None:
        parts.append(f"its logs went bad first ({ev.log_onset:%H:%M:%S})")
    if ev.changes:
        parts.append(f"changed {ev.changes[-1].at:%H:%M} ({ev.changes[-1].kind} {ev.changes[-1].detail})")
    return "; ".join(parts)


def _log_onsets(signals: list[Signal]) -> dict[str, datetime]:
    """Each candidate's earliest log anomaly."""
    out: dict[str, datetime] = {}
    for sig in signals:
        times = [a.onset for a in sig.anomalies if a.source == "log"]
        if times:
            out[sig.service] = min(times)
    return out


def _logs_first(log_onsets: dict[str, datetime], w: RankWeights) -> set[str]:
    """Candidates whose logs went bad first (within ``log_first_seconds`` of the first)."""
    if not log_onsets:
        return set()
    first = min(log_onsets.values())
    return {s for s, t in log_onsets.items() if (t - first).total_seconds() <= w.log_first_seconds}


def _calling_unreachable(signals: list[Signal], graph: nx.DiGraph, drops: set[str]) -> set[str]:
    """Services that call one whose traffic (or log volume) fell away: their errors are what they cannot reach,
    so their logs failing first says nothing about them (DNS, TLS failures below)."""
    fell = drops | {s.service for s in signals if any(a.metric in ("traffic_drop", "log:drop") for a in s.anomalies)}
    return {s.service for s in signals if s.service in graph and fell & set(graph.successors(s.service))}


def rank_candidates(
    incident: Incident,
    graph: nx.DiGraph,
    changes: list[ChangeEvent] | None = None,
    pool: list[Anomaly] | None = None,
    params: CorrelationParams = _PARAMS,
    weights: RankWeights = RankWeights(),
    unobserved: set[str] | None = None,
    unreachable: list[Anomaly] | None = None,
) -> list[RootCauseCandidate]:
    """Candidates for ``incident``'s root cause, best first, with evidence.

    ``pool``: every anomaly seen (dependencies outside the incident may still be the cause); ``unobserved``:
    services without metrics, ranked from what their callers show; ``unreachable``: traffic drops
    (``detect_drops``): a service whose traffic fell away as its callers went bad is ranked like a silent one.
    """
    import networkx as nx

    drops: dict[str, Anomaly] = {}
    for a in unreachable or []:  # the fall nearest the incident (a batch job ending can look like one too)
        seen = drops.get(a.service)
        if seen is None or abs(a.onset - incident.onset) < abs(seen.onset - incident.onset):
            drops[a.service] = a
    signals = _candidates(incident, pool or [], graph, params, unobserved or set(), drops)
    if not signals:
        return []
    felt = [s for s in signals if s.felt_by_callers(params.local_metrics)] or signals
    first = min(s.onset for s in felt)
    top = max(s.strength for s in signals)
    order = {s.service: i + 1 for i, s in enumerate(sorted(signals, key=lambda s: (s.onset, s.service)))}
    observed_count = sum(1 for s in signals if not s.inferred)
    scored = []
    felt_services = {s.service for s in signals if not s.inferred and s.felt_by_callers(params.local_metrics)}
    every = {sig.service: _features(sig, signals, graph, params) for sig in signals}
    heads = {
        s.service
        for s in signals
        if not s.inferred
        and not every[s.service]["explained_by"]
        and s.felt_by_callers(params.local_metrics)
        and not s.local_evidence(params.local_metrics)
    }
    origins = set(incident.origins)
    inferred = {s.service for s in signals if s.inferred}
    log_onsets = _log_onsets(signals)
    log_first = _logs_first(log_onsets, weights) - _calling_unreachable(signals, graph, set(drops))
    for sig in signals:
        feats = every[sig.service]
        feats["branches"] = len(heads & set(feats["explains"]))
        if sig.inferred and caller_share(sig.service, felt_services, graph) < params.silent_caller_share:
            feats["branches"] = min(feats["branches"], 1)
        below = nx.descendants(graph, sig.service)  # a silent origin below explains this service
        feats["explained_by"] = feats["explained_by"] + sorted(o for o in origins & inferred if o in below)
        recent = _changes_before(sig, changes or [], weights)
        score = _score(sig, feats, first, top, observed_count, recent, weights)
        score += weights.origin * (sig.service in origins) + weights.log_first * (sig.service in log_first)
        evidence = RootCauseEvidence(
            metrics=[a.explanation or f"{a.metric} anomalous (score {a.score:g})" for a in sig.anomalies]
            or ["no metrics of its own: inferred from the services that call it"],
            onset=sig.onset,
            onset_rank=order[sig.service],
            explains=feats["explains"],
            paths=_paths(sig.service, feats["explains"], graph),
            explained_by=feats["explained_by"],
            changes=recent,
            log_onset=log_onsets.get(sig.service),
            logs_first=sig.service in log_first,
        )
        scored.append((score, sig.service, evidence))
    scored.sort(key=lambda t: (-t[0], t[1]))
    best = scored[0][0] or 1.0
    return [
        RootCauseCandidate(
            rank=i + 1,
            service=s,
            score=round(max(0.0, sc / best), 4),
            summary=_summary(s, ev, len(order), s in inferred),
            evidence=ev,
        )
        for i, (sc, s, ev) in enumerate(scored)
    ]
