"""The handler the runtime gives the engine: role tasks go to agents, others straight to their tool.

AutoGen is imported on the first role task, so commands and runs without agents do not pay for it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel

from genaiops.agents.models import ModelSettings, describe_failure, model_client
from genaiops.errors import GenAIOpsError, ToolExecutionError
from genaiops.graphs.handlers import TaskCall, ToolHandler

__all__ = ["AgentTasks"]


class AgentTasks:
    """``TaskHandler`` for the runtime: an ``AgentHandler`` on the configured model for tasks with a role."""

    direct_without_role = True  # tasks without a role go straight to their tool, as with ToolHandler

    def __init__(
        self, models: ModelSettings | None = None, tracer: Any = None, prices: Mapping[str, tuple[float, float]] = {}
    ):
        """``prices``: US dollars per million prompt and completion tokens, by model name (settings)."""
        self.models = models or ModelSettings()
        self.tracer = tracer
        self.model_name = self.models.model or self.models.provider
        self.price = prices.get(self.model_name, (0.0, 0.0))
        self._direct = ToolHandler()
        self._agents: Any = None
        self._engine: Any = None

    def bind(self, engine: Any) -> None:
        self._engine = engine

    async def perform(self, call: TaskCall) -> BaseModel:
        if call.task.role is None and not call.task.team:
            return await self._direct.perform(call)
        if self._agents is None:
            from genaiops.agents.handler import AgentHandler

            self._agents = AgentHandler(
                lambda: model_client(self.models), tracer=self.tracer, model_name=self.model_name, price=self.price
            )
            self._agents.bind(self._engine)
        try:
            return await self._agents.perform(call)
        except GenAIOpsError:
            raise
        except Exception as exc:  # what escapes an agent is the model call's failure: say where, never the key
            raise ToolExecutionError(describe_failure(exc, self.models)) from exc
