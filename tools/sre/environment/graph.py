"""The dependency graph as networkx, and the share of user traffic that passes through each service."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from .models import DependencyEdge, ServiceTopology

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["dependency_graph", "traffic_shares"]


def dependency_graph(topology: ServiceTopology | Iterable[DependencyEdge]) -> nx.DiGraph:
    """A DiGraph with an edge ``caller -> callee`` per dependency (attribute ``weight``).

    Callers of a service are its ``predecessors``; what it depends on are its ``successors``.
    """
    import networkx as nx

    graph = nx.DiGraph()
    if isinstance(topology, ServiceTopology):
        graph.add_nodes_from(topology.services)
        edges: Iterable[DependencyEdge] = topology.edges
    else:
        edges = topology
    for edge in edges:
        graph.add_edge(edge.caller, edge.callee, weight=edge.weight)
    return graph


def _reach(graph: nx.DiGraph, entry: str) -> dict[str, float]:
    """Probability that a request entering at ``entry`` touches each service (independent calls)."""
    import networkx as nx

    reach = {entry: 1.0}
    order = nx.topological_sort(graph) if nx.is_directed_acyclic_graph(graph) else graph.nodes
    for node in order:
        if node == entry:
            continue
        miss = 1.0
        for caller in graph.predecessors(node):
            miss *= 1.0 - reach.get(caller, 0.0) * graph[caller][node].get("weight", 1.0)
        if miss < 1.0:
            reach[node] = 1.0 - miss
    return reach


def traffic_shares(topology: ServiceTopology, graph: nx.DiGraph | None = None) -> dict[str, float]:
    """Share of all user requests (0..1) whose call tree touches each service.

    Entry services come from ``topology.ingress``; without it, every service nobody calls is an entry with an
    equal share.
    """
    graph = graph if graph is not None else dependency_graph(topology)
    ingress = dict(topology.ingress) or {n: 1.0 for n in graph.nodes if graph.in_degree(n) == 0}
    total = sum(ingress.values()) or 1.0
    shares = dict.fromkeys(graph.nodes, 0.0)
    for entry, volume in ingress.items():
        for node, prob in _reach(graph, entry).items():
            shares[node] += volume / total * prob
    return {node: min(1.0, share) for node, share in shares.items()}
