"""How a task gets performed: the handler protocol the executor calls, and the direct tool handler.

``genaiops.agents`` implements ``TaskHandler`` for tasks an agent performs (it calls the tool itself, through
the same registry); ``graphs`` never imports ``agents``.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import Any, Protocol

from pydantic import BaseModel

from genaiops.graphs.spec import TaskSpec
from genaiops.registry import ToolContext, ToolSpec

__all__ = ["RunEvent", "TaskCall", "TaskHandler", "ToolHandler"]


@dataclass(frozen=True, slots=True)
class TaskCall:
    """Everything a handler needs to perform one attempt of a task."""

    task: TaskSpec
    tool: ToolSpec
    args: BaseModel
    context: ToolContext


class TaskHandler(Protocol):
    """Performs a task: the direct tool call, or (in ``genaiops.agents``) an agent that calls the tool."""

    async def perform(self, call: TaskCall) -> BaseModel: ...


class ToolHandler:
    """Calls the tool itself; offloaded tools run in a worker thread so that timeouts and cancellation apply."""

    async def perform(self, call: TaskCall) -> BaseModel:
        if call.tool.offload:
            return await asyncio.to_thread(call.tool.invoke, call.args, call.context)
        return call.tool.invoke(call.args, call.context)


@dataclass(frozen=True, slots=True)
class RunEvent:
    run_id: str
    task_id: str | None
    kind: str
    data: dict[str, Any] = field(default_factory=dict)
