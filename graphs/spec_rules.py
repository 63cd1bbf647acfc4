"""The spec models' own validators (``graphs/spec.py``) as plain functions, in a module without pydantic: the
kept schema of ``ScenarioSpec`` refers to them by name, and a cold ``genaiops scenario list`` imports them to
check files without importing the models (``genaiops.cli.catalogue_cards``)."""

from __future__ import annotations

from typing import Any

from genaiops.graphs.params import duration_seconds
from genaiops.graphs.stored import GOAL_TOOL

__all__ = ["budget_named", "goal_tool", "timeout_seconds"]


def goal_tool(data: Any) -> Any:
    """A task's ``goal`` without a ``tool`` runs ``pursue_goal`` (validation refuses a goal with another tool)."""
    if isinstance(data, dict) and data.get("goal") is not None and data.get("tool") is None:
        return {**data, "tool": GOAL_TOOL}
    return data


def budget_named(budget: Any) -> Any:
    """A budget names ``tokens``, ``usd`` or both."""
    if budget.tokens is None and budget.usd is None:
        raise ValueError("a budget names `tokens`, `usd` or both, e.g. {tokens: 20000, usd: 0.5}")
    return budget


def timeout_seconds(value: Any) -> Any:
    """A task's ``timeout`` in seconds: a number, or text as a ``duration`` parameter takes it (``90s``, ``5m``,
    ``1.5h``, ``500ms``; a bare number is seconds). Other text is refused saying what to write."""
    if not isinstance(value, str):
        return value
    seconds = duration_seconds(value)
    if seconds is None:
        raise ValueError("a timeout is seconds per attempt: a number (300) or text such as 90s, 5m, 1.5h")
    return seconds
