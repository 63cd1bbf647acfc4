"""Group anomalies into incidents with time and the dependency graph; suppress explained symptoms.

1. Deduplicate: a service's anomalies within ``merge_minutes`` of each other are one *signal* (earliest onset).
2. Explain: signal A is explained by signal B when A's service depends on B's (within ``max_hops`` calls)
   and B began no later than A (``tolerance_minutes`` of detector jitter) and at most ``max_lag_minutes``
   before. A known problem explains any dependent signal that began after it, however far.
3. Group: connected signals form a group; each signal nothing explains is an *origin*. A group with several
   origins is split, each other signal joining the origin it reaches in fewest explanation steps.
   A service with no metrics that two or more unexplained signals depend on, and at least half of whose
   direct callers are anomalous, becomes an inferred origin
   (signals with their own utilisation anomalies are not put on it: their trouble is likely their own).
   A service with metrics that callers would feel nothing from is inferred the same way when two or more of its
   direct callers began failing with errors within ``quiet_minutes`` and nothing below them explains it: an
   expired certificate, a broken DNS record or a rate limit fails the calls on the edge, which only callers see.
4. Suppress: every non-origin signal is a symptom, kept with the call path to what explains it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from math import log1p
from typing import TYPE_CHECKING

from .models import Anomaly, Incident, KnownProblem, Symptom

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["CorrelationParams", "Signal", "caller_share", "correlate", "explainers", "group_signals"]


@dataclass(frozen=True, slots=True)
class CorrelationParams:
    merge_minutes: float = 10.0
    max_lag_minutes: float = 12.0
    tolerance_minutes: float = 1.0
    max_hops: int = 2
    silent_caller_share: float = 0.5
    """An inferred origin needs at least this share of its direct callers anomalous."""
    quiet_minutes: float = 5.0
    """Callers of a quiet service failing within this many minutes of each other failed together (resolver
    caches and connection pools expire at different times)."""
    local_metrics: tuple[str, ...] = ("saturation",)
    """Metrics callers do not feel: a service whose only anomalies are these explains no one."""

    @property
    def lag(self) -> timedelta:
        return timedelta(minutes=self.max_lag_minutes)

    surge_share: float = 0.25
    surge_minutes: float = 3.0
    """Utilisation rising on this share of the estate (and at least 4 services) within this many minutes is a
    traffic surge: one estate-wide warning, not evidence that any one service is short of resources."""


@dataclass(slots=True)
class Signal:
    """A service's anomalies that belong together in time."""

    service: str
    onset: datetime
    anomalies: list[Anomaly] = field(default_factory=list)
    known: KnownProblem | None = None
    inferred: bool = False
    """A service with no metrics that several unexplained signals depend on (a silent origin)."""
    dropped: bool = False
    """Inferred from a fall in its traffic as its callers went bad (they cannot reach it)."""
    quiet: bool = False
    """Inferred although it has metrics: they stayed normal while its callers' calls to it failed (a failure on the
    edge — an expired certificate, a name that stopped resolving, a rate limit — shows only on the callers)."""

    @property
    def strength(self) -> float:
        return max((a.score for a in self.anomalies), default=0.0)

    def local_evidence(self, local_metrics: tuple[str, ...]) -> bool:
        """True when the service's own resources are anomalous (its trouble is likely its own)."""
        return any(a.metric in local_metrics for a in self.anomalies)

    def felt_by_callers(self, local_metrics: tuple[str, ...]) -> bool:
        """True for a known problem or when some anomaly is on a metric callers feel (latency, errors)."""
        if self.known is not None or self.inferred:
            return True
        return any(a.metric not in local_metrics for a in self.anomalies)


def group_signals(anomalies: list[Anomaly], merge_minutes: float) -> list[Signal]:
    """One signal per service and burst of anomalies (deduplication)."""
    gap = timedelta(minutes=merge_minutes)
    signals: list[Signal] = []
    last: dict[str, Signal] = {}
    for anomaly in sorted(anomalies, key=lambda a: (a.onset, a.service, a.metric)):
        current = last.get(anomaly.service)
        if current is not None and anomaly.onset - current.anomalies[-1].onset <= gap:
            current.anomalies.append(anomaly)
            continue
        current = Signal(anomaly.service, anomaly.onset, [anomaly])
        last[anomaly.service] = current
        signals.append(current)
    return signals


def _minutes(a: datetime, b: datetime) -> float:
    return (a - b).total_seconds() / 60.0


def explainers(signals: list[Signal], graph: nx.DiGraph, params: CorrelationParams) -> dict[int, list[tuple[int, int]]]:
    """For each signal index, the (signal index, hops) pairs that explain it."""
    import networkx as nx

    near = {}
    for s in {sig.service for sig in signals}:
        near[s] = nx.single_source_shortest_path_length(graph, s, cutoff=None) if s in graph else {s: 0}
    out: dict[int, list[tuple[int, int]]] = {}
    for i, a in enumerate(signals):
        if a.known is not None or a.inferred:
            continue
        for j, b in enumerate(signals):
            hops = near[a.service].get(b.service)
            if b.inferred and not b.quiet and a.local_evidence(params.local_metrics):
                continue
            lag = _minutes(_error_onset(a) if b.quiet and _errors(a) else a.onset, b.onset)
            if hops is None and _falls_back(a, b, graph, params):
                hops = 1  # callers of a failing cache hit its sibling database instead
            if i == j or hops is None or not b.felt_by_callers(params.local_metrics):
                continue
            if b.known is not None:
                ok = lag >= -params.tolerance_minutes
            else:
                ok = 1 <= hops <= params.max_hops and -params.tolerance_minutes <= lag <= params.max_lag_minutes
            if ok:
                out.setdefault(i, []).append((j, hops))
    return out


def is_cache(service: str) -> bool:
    """A cache by the naming convention (``*cache*``): its callers fall back to a database when it fails."""
    return "cache" in service


def _falls_back(a: Signal, b: Signal, graph: nx.DiGraph, params: CorrelationParams) -> bool:
    """``b`` is a failing cache and ``a`` a database its callers also use, loaded up right after ``b`` failed."""
    if not is_cache(b.service) or is_cache(a.service) or b.inferred or a.known is not None:
        return False
    if a.service not in graph or b.service not in graph or not a.local_evidence(params.local_metrics):
        return False
    if graph.out_degree(a.service) > 0:  # a database answers itself; it calls nobody
        return False
    if any(x.metric == "error_rate" and (x.ratio is None or x.value - x.baseline >= 0.03) for x in a.anomalies):
        return False  # a loaded database slows down; failing outright is trouble of its own
    shared = set(graph.predecessors(a.service)) & set(graph.predecessors(b.service))
    lag = _minutes(a.onset, b.onset)
    return bool(shared) and -params.tolerance_minutes <= lag <= params.max_lag_minutes


def caller_share(service: str, anomalous: set[str], graph: nx.DiGraph) -> float:
    """Share of ``service``'s direct callers that are anomalous (an outage below hits them all)."""
    callers = list(graph.predecessors(service)) if service in graph else []
    return sum(c in anomalous for c in callers) / len(callers) if callers else 0.0


def silent_origins(
    signals: list[Signal],
    graph: nx.DiGraph,
    unobserved: set[str],
    params: CorrelationParams,
    unreachable: dict[str, list[datetime]] | None = None,
    quiet: set[str] | None = None,
) -> list[Signal]:
    """Services without metrics that two or more unexplained signals depend on, close together in time.

    ``quiet``: services with metrics that stayed normal; one of them is inferred the same way when at least two of
    its direct callers began failing (errors) together with nothing below them to explain it (``_quiet_fit``).

    ``unreachable``: services whose traffic fell away (callers cannot reach them), with when it fell; one
    anomalous caller (directly above, explained or not) within the lag of a fall is enough for them. Of
    candidates that share the anomalous services above them, the best placed one keeps them.
    """
    explain = explainers(signals, graph, params)
    felt = {s.service for s in signals if s.felt_by_callers(params.local_metrics) and s.known is None}
    origins = [
        s
        for i, s in enumerate(signals)
        if i not in explain and s.felt_by_callers(params.local_metrics) and not s.local_evidence(params.local_metrics)
    ]
    callers_felt = [
        s for s in signals if s.known is None and not s.inferred and s.felt_by_callers(params.local_metrics)
    ]
    found = []
    for u in sorted(unobserved & set(graph.nodes)):
        hit = _hidden_fit(u, origins, felt, graph, params)
        if hit:
            found.append((*hit, False))
    for u, falls in sorted((unreachable or {}).items()):
        if u in graph and u not in felt:
            hit = _unreachable_fit(u, falls, callers_felt, graph, params)
            if hit:
                found.append((*hit, True))
    out: list[Signal] = []
    covered: set[str] = set()
    _pick(found, covered, out)
    # then services with metrics, for the failing callers no silent service explains
    failing = [
        s
        for i, s in enumerate(signals)
        if i not in explain and s in callers_felt and _errors(s) and s.service not in covered
    ]
    picked = {s.service for s in out}
    # a service without metrics too: its callers' errors raise their own load (retries), which kept them out above
    edge = (set(quiet or ()) - unobserved) | (unobserved - picked if quiet is not None else set())
    hits = [_quiet_fit(u, failing, felt, graph, params) for u in sorted(edge & set(graph) - felt)]
    _pick([(*hit, None) for hit in hits if hit], covered, out)
    return out


def _pick(found: list[tuple], covered: set[str], out: list[Signal]) -> None:
    """Best fit first; a candidate whose services are mostly explained by one picked before is left out."""
    for _fit, u, first, reach, dropped in sorted(found, key=lambda t: (-t[0], -len(t[3]), t[1])):
        if len(reach & covered) * 2 > len(reach):  # a better-placed silent service explains them
            continue
        covered |= reach
        out.append(Signal(u, first, [], inferred=True, dropped=bool(dropped), quiet=dropped is None))


def _errors(sig: Signal) -> bool:
    return any(a.metric == "error_rate" for a in sig.anomalies)


def _quiet_fit(u: str, failing: list[Signal], felt: set[str], graph: nx.DiGraph, params: CorrelationParams):
    """(fit, service, onset, callers) for a service with normal metrics whose direct callers began failing
    together: at least two of them and ``silent_caller_share`` of all its callers, unexplained, with errors,
    within ``quiet_minutes`` of each other (an expired certificate or a broken name fails every caller). The fit
    is below a silent service's (its own metrics would have shown a fault that is its own)."""
    callers = set(graph.predecessors(u))
    when = [Signal(s.service, _error_onset(s)) for s in failing if s.service in callers]  # when calls began failing
    reach = _densest(when, timedelta(minutes=params.quiet_minutes))
    together = {s.service for s in reach}
    if len(together) < 2 or len(together) < params.silent_caller_share * len(callers):
        return None
    return 0.5 * len(together) / len(callers), u, min(s.onset for s in reach), together


def _error_onset(sig: Signal) -> datetime:
    return min(a.onset for a in sig.anomalies if a.metric == "error_rate")


def _hidden_fit(u: str, origins: list[Signal], felt: set[str], graph: nx.DiGraph, params: CorrelationParams):
    """(fit, service, onset, services above) for a service without metrics, or None."""
    import networkx as nx

    above = nx.single_source_shortest_path_length(graph.reverse(copy=False), u, cutoff=params.max_hops)
    reach = _densest([s for s in origins if s.service in above and s.service != u], params.lag)
    share = caller_share(u, felt, graph)
    if len(reach) < 2 or share < params.silent_caller_share:
        return None
    return share, u, min(s.onset for s in reach), {s.service for s in reach}


def _unreachable_fit(
    u: str, falls: list[datetime], signals: list[Signal], graph: nx.DiGraph, params: CorrelationParams
):
    """(fit, service, onset, services above) for a service whose traffic fell as its callers went bad, or None.

    The fit is 2 when the fall came no later than its callers' trouble (it is what they cannot reach), else 1.
    """
    callers = set(graph.predecessors(u))
    best = None
    for fall in falls:
        reach = [s for s in signals if s.service in callers and abs(s.onset - fall) <= params.lag]
        if reach and (best is None or len(reach) > len(best[1])):
            best = (fall, reach)
    if best is None:
        return None
    fall, reach = best
    first = min(s.onset for s in reach)
    fit = 2.0 if fall <= first + timedelta(minutes=params.tolerance_minutes + 1) else 1.0
    return fit, u, min(first, fall), {s.service for s in reach}


def _densest(signals: list[Signal], lag: timedelta) -> list[Signal]:
    """The most signals whose onsets fit in one ``lag`` (earliest such run): what began together."""
    ordered = sorted(signals, key=lambda s: s.onset)
    best: list[Signal] = []
    for i, s in enumerate(ordered):
        run = [t for t in ordered[i:] if t.onset - s.onset <= lag]
        if len(run) > len(best):
            best = run
    return best


def _assign(signals: list[Signal], explain: dict[int, list[tuple[int, int]]], strength: list[float]) -> list[int]:
    """For each signal, the origin it belongs to (an origin belongs to itself).

    Among the origins a signal reaches through explanations, a known problem wins, then a service whose traffic
    fell away (callers cannot reach it); otherwise the one whose onset came last before the signal's own
    (it is what tipped it over); then fewer steps, then strength.
    """
    owner = []
    for i, sig in enumerate(signals):
        reached: dict[int, int] = {}
        seen, frontier, depth = {i}, [i], 0
        while frontier:
            for k in frontier:
                if k not in explain:
                    reached.setdefault(k, depth)
            depth += 1
            frontier = sorted({j for k in frontier for j, _ in explain.get(k, [])} - seen)
            seen.update(frontier)

        def key(k: int, sig: Signal = sig, reached: dict[int, int] = reached) -> tuple:
            lead = (sig.onset - signals[k].onset).total_seconds()
            known = signals[k].known is not None
            dropped = signals[k].dropped
            return (not known, not dropped, lead if lead >= 0 else float("inf"), reached[k], -strength[k], k)

        owner.append(min(reached, key=key) if reached else i)
    return owner


def _symptom(sig: Signal, origin: Signal, graph: nx.DiGraph) -> Symptom:
    import networkx as nx

    try:
        path = nx.shortest_path(graph, sig.service, origin.service)
    except (nx.NetworkXNoPath, nx.NodeNotFound):
        path = [sig.service, origin.service]
    lag = (sig.onset - origin.onset).total_seconds()
    return Symptom(service=sig.service, explained_by=origin.service, path=path, lag_seconds=lag)


def _incident(origin: Signal, members: list[Signal], graph: nx.DiGraph, local: tuple[str, ...]) -> Incident:
    members = sorted(members, key=lambda s: (s.onset, s.service))
    services = list(dict.fromkeys(s.service for s in members))
    symptoms = [_symptom(s, origin, graph) for s in members if s is not origin and s.service != origin.service]
    severity = round(sum(log1p(a.score) for s in members for a in s.anomalies), 3)
    known = origin.known.service if origin.known else None
    onset = min(s.onset for s in members)
    what = f"known problem at {known}" if known else origin.service
    if origin.inferred:
        what += (
            " (inferred: its callers' calls to it began failing together)"
            if origin.quiet
            else " (inferred: it exports no metrics)"
        )
    summary = f"{len(services)} service(s) anomalous from {onset:%H:%M}; {len(symptoms)} explained by {what}"
    return Incident(
        id=f"inc-{onset:%Y%m%d%H%M}-{origin.service}",
        onset=onset,
        services=services,
        origins=[origin.service],
        symptoms=symptoms,
        anomalies=[a for s in members for a in s.anomalies],
        known_problem=known,
        impact="user_facing" if any(s.felt_by_callers(local) for s in members) else "resource_only",
        severity=severity,
        summary=summary,
    )


def split_surge(
    anomalies: list[Anomaly], graph: nx.DiGraph, params: CorrelationParams
) -> tuple[list[Anomaly], list[Anomaly]]:
    """(the rest, the utilisation anomalies of a traffic surge): many services' utilisation rising at once."""
    local = sorted((a for a in anomalies if a.metric in params.local_metrics), key=_surge_order)
    span = timedelta(minutes=params.surge_minutes)
    best: list[Anomaly] = []
    for i, a in enumerate(local):
        run = [b for b in local[i:] if b.onset - a.onset <= span]
        if len({b.service for b in run}) > len({b.service for b in best}):
            best = run
    if len({b.service for b in best}) < max(4, params.surge_share * graph.number_of_nodes()):
        return anomalies, []
    ids = {id(b) for b in best}
    return [a for a in anomalies if id(a) not in ids], best


def _surge_order(a: Anomaly) -> tuple:
    """Onset first, then names: anomalies at the same instant give the same surge in any input order."""
    return a.onset, a.service, a.metric


def _surge_incident(surge: list[Anomaly]) -> Incident:
    surge = sorted(surge, key=_surge_order)
    onset = min(a.onset for a in surge)
    services = list(dict.fromkeys(a.service for a in surge))
    return Incident(
        id=f"inc-{onset:%Y%m%d%H%M}-traffic-surge",
        onset=onset,
        services=services,
        origins=[],
        anomalies=surge,
        impact="resource_only",
        severity=round(sum(log1p(a.score) for a in surge), 3),
        summary=f"utilisation rose on {len(services)} services at once from {onset:%H:%M}: a traffic surge "
        "(estate-wide, no single origin)",
    )


def correlate(
    anomalies: list[Anomaly],
    graph: nx.DiGraph,
    known: list[KnownProblem] | None = None,
    params: CorrelationParams = CorrelationParams(),
    unobserved: set[str] | None = None,
    unreachable: dict[str, list[datetime]] | None = None,
    quiet: set[str] | None = None,
) -> tuple[list[Incident], int]:
    """Incidents (most severe first) and how many duplicate anomalies were merged into signals.

    ``unobserved``: services that export no metrics; one that several unexplained signals depend on becomes
    an inferred origin; ``unreachable``: services whose traffic fell away (see ``silent_origins``).
    """
    anomalies, surge = split_surge(anomalies, graph, params)
    signals = group_signals(anomalies, params.merge_minutes)
    signals += [Signal(k.service, k.since, [], known=k) for k in known or []]
    if unobserved or unreachable or quiet:
        signals += silent_origins(signals, graph, set(unobserved or ()), params, unreachable, quiet)
    explain = explainers(signals, graph, params)
    owner = _assign(signals, explain, [s.strength for s in signals])
    groups: dict[int, list[Signal]] = {}
    for i, o in enumerate(owner):
        groups.setdefault(o, []).append(signals[i])
    incidents = []
    for o, members in groups.items():
        real = [s for s in members if s.known is None and not s.inferred]
        if real:
            incidents.append(_incident(signals[o], real, graph, params.local_metrics))
    if surge:
        incidents.append(_surge_incident(surge))
    incidents.sort(key=lambda inc: (-inc.severity, inc.onset, inc.id))
    merged = len(anomalies) - sum(1 for s in signals if s.known is None and not s.inferred)
    return incidents, merged
