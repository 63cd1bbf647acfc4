"""Which real systems the SRE tools' arguments need (``@tool(needs=...)``), apart from the tools' modules: a
scenario's validation asks them through the tools' kept cards (``genaiops.toolcards``) without importing the
tools, so they import nothing but the standard library."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = ["evaluate_slo_needs", "forecast_needs", "observe_needs", "parse_logs_needs", "query_needs"]


def evaluate_slo_needs(args: Mapping[str, Any]) -> set[str]:
    """A ratio SLI counts events, which only a real Prometheus (or inline series) has."""
    slo, series = args.get("slo"), args.get("series")
    sli = slo.get("sli") if isinstance(slo, Mapping) else None
    ratio = isinstance(sli, Mapping) and sli.get("type") == "ratio"
    return {"prometheus"} if ratio and series is None else set()


def forecast_needs(args: Mapping[str, Any]) -> set[str]:
    """A PromQL `query` is read from a real Prometheus."""
    return {"prometheus"} if args.get("query") is not None else set()


def query_needs(args: Mapping[str, Any]) -> set[str]:
    """Raw PromQL needs a real Prometheus; a named metric does not (the simulator answers it)."""
    return {"prometheus"} if args.get("query") is not None else set()


def observe_needs(args: Mapping[str, Any]) -> set[str]:
    """A step or a dependency graph of the task's own only make sense on a real Prometheus."""
    return {"prometheus"} if args.get("step_seconds") is not None or args.get("topology") is not None else set()


def parse_logs_needs(args: Mapping[str, Any]) -> set[str]:
    """A LogQL `query` needs Loki; log text does not."""
    return {"loki"} if args.get("query") is not None else set()
