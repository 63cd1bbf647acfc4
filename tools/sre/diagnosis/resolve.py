"""Shared plumbing for the diagnosis tools: where the graph, anomalies and changes come from."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from genaiops.errors import ToolInputError
from genaiops.registry import ToolContext

from ..environment import ChangeEvent, dependency_graph
from .models import Anomaly, DiagnosisInput
from .onset import OnsetParams, detect_drops, detect_onsets

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["DiagnosisInput", "drop_times", "resolve_drops", "resolve_inputs"]


LOG_DROP = "log:drop"
"""A service whose log volume fell away is read like one whose traffic fell (callers cannot reach it)."""


def _environment(ctx: ToolContext | None, need: str):
    if ctx is None or "environment" not in ctx.resources:
        raise ToolInputError(f"{need}: not given, and there is no `environment` resource to read it from")
    return ctx.resources["environment"]


def resolve_inputs(
    args: DiagnosisInput, ctx: ToolContext | None
) -> tuple[list[Anomaly], nx.DiGraph, list[ChangeEvent], set[str]]:
    """Anomalies, dependency graph, change events and unobserved services for a diagnosis tool."""
    topology = args.topology or _environment(ctx, "topology").topology()
    anomalies = [a for a in _anomalies(args) if a.metric != LOG_DROP]  # a log drop is a drop (resolve_drops)
    graph = dependency_graph(topology)
    for i, a in enumerate(anomalies):
        if a.service not in graph:
            raise ToolInputError(f"anomalies[{i}].service: {a.service!r} is not in the dependency graph")
    changes = args.changes
    if changes is None:
        changes = []
        if args.metrics is not None and ctx is not None and "environment" in ctx.resources:
            end = args.metrics.start.timestamp() + args.metrics.length * args.metrics.step_seconds
            changes = ctx.resources["environment"].changes(args.metrics.start, datetime.fromtimestamp(end, UTC))
    if args.unobserved is not None:
        unobserved = set(args.unobserved)
    elif args.metrics is not None:
        unobserved = set(topology.services) - set(args.metrics.series)
    else:
        unobserved = set()
    return anomalies, graph, changes, unobserved


def _anomalies(args: DiagnosisInput) -> list[Anomaly]:
    """The given anomalies; with metrics and no metric anomalies given, plus the onsets found in the metrics
    (log and alert evidence sits beside them)."""
    given = list(args.anomalies or [])
    if args.metrics is None or any(a.source == "detector" for a in given):
        return given
    return detect_onsets(args.metrics, OnsetParams()) + given


def resolve_drops(args: DiagnosisInput) -> list[Anomaly]:
    """Traffic drops in the given metrics, and log-volume drops among the given anomalies: who callers cannot
    reach."""
    found = detect_drops(args.metrics) if args.metrics is not None else []
    return found + [a for a in args.anomalies or [] if a.metric == LOG_DROP]


def drop_times(drops: list[Anomaly]) -> dict[str, list[datetime]]:
    """When each service's traffic fell away (a batch job ending can look like one: callers' timing decides)."""
    out: dict[str, list[datetime]] = {}
    for a in sorted(drops, key=lambda a: a.onset):
        out.setdefault(a.service, []).append(a.onset)
    return out
