"""The offline planner (placeholder until the trained model lands): intent by keywords, no slots."""

from __future__ import annotations

from typing import Any

from genaiops.agents.planner import PlannerAnswer

__all__ = ["OfflinePlanner"]


class OfflinePlanner:
    def __init__(self, catalogue: Any = None) -> None:
        self.catalogue = catalogue

    def plan(self, text: str, context: dict[str, str] | None = None) -> PlannerAnswer:
        return PlannerAnswer(intent="out_of_scope", confidence=0.0, planner="offline")
