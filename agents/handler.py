"""The executor's handler for tasks that name a role: an AgentChat agent performs them.

The executor has already validated the arguments, applied guardrails and the approval policy to the task's
tool before the handler is called; the agent is given that one tool only (bound to the task's own
``ToolContext``), so nothing the model writes can reach another tool or skip the gate. Tasks without a role go
straight to the tool, as with ``ToolHandler``.
"""

from __future__ import annotations

from collections.abc import Callable

from autogen_agentchat.agents import AssistantAgent
from autogen_agentchat.messages import ToolCallExecutionEvent
from autogen_core.models import ChatCompletionClient
from pydantic import BaseModel

from genaiops.agents.offline_client import OfflineModelClient, instruction
from genaiops.agents.registry_tools import RegistryTool
from genaiops.errors import ToolExecutionError
from genaiops.graphs.handlers import TaskCall, ToolHandler
from genaiops.roles import ROLES

__all__ = ["AgentHandler"]


class AgentHandler:
    """Performs role tasks with an ``AssistantAgent`` named after the role (offline model by default)."""

    def __init__(self, model_client: Callable[[], ChatCompletionClient] = OfflineModelClient):
        self._model_client = model_client
        self._direct = ToolHandler()

    async def perform(self, call: TaskCall) -> BaseModel:
        role = call.task.role
        if role is None:
            return await self._direct.perform(call)
        agent = AssistantAgent(
            role,
            model_client=self._model_client(),
            tools=[RegistryTool(call.tool, lambda _spec: call.context)],
            system_message=f"You are the {role.replace('_', ' ')}: you {ROLES[role]}.",
            reflect_on_tool_use=True,
        )
        task = instruction([(call.tool.name, call.args.model_dump(mode="json"))])
        result = await agent.run(task=task)
        executions = [m for m in result.messages if isinstance(m, ToolCallExecutionEvent)]
        outcomes = [r for m in executions for r in m.content if r.name == call.tool.name]
        if not outcomes:
            said = result.messages[-1].content if result.messages else "nothing"
            raise ToolExecutionError(f"the {role} agent did not call {call.tool.name}: {said}")
        if outcomes[-1].is_error:
            raise ToolExecutionError(f"{call.tool.name} (called by the {role} agent) failed: {outcomes[-1].content}")
        return call.tool.result_model.model_validate_json(outcomes[-1].content)
