"""How a task gets performed: the handler protocol the executor calls, and the direct tool handler.

``genaiops.agents`` implements ``TaskHandler`` for tasks an agent performs (it calls the tool itself, through
the same registry); ``graphs`` never imports ``agents``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from pydantic import BaseModel

from genaiops.registry import ToolContext, ToolSpec
from genaiops.threads import in_thread

if TYPE_CHECKING:
    from genaiops.graphs.spec import TaskSpec  # annotations only: an engine that reads builds no graph

__all__ = ["Proposal", "RunEvent", "TaskCall", "TaskHandler", "ToolHandler"]


@dataclass(frozen=True, slots=True)
class Proposal:
    """New tasks a handler asks the run to take on (an agent handing work to another role), with why.

    The executor validates them together with the whole graph and applies the approval policy when they run;
    they start after the proposing task unless they say otherwise."""

    tasks: tuple[TaskSpec, ...]
    reason: str
    by: str


@dataclass(frozen=True, slots=True)
class TaskCall:
    """Everything a handler needs to perform one attempt of a task. A handler may append ``proposals``;
    they are taken on only if the attempt succeeds."""

    task: TaskSpec
    tool: ToolSpec
    args: BaseModel
    context: ToolContext
    proposals: list[Proposal] = field(default_factory=list)


class TaskHandler(Protocol):
    """Performs a task: the direct tool call, or (in ``genaiops.agents``) an agent that calls the tool.

    A handler may also define ``bind(engine)``: the engine calls it once, so the handler can apply the engine's
    own registry, policy, guardrails, clock and store to calls it makes on its own (an agent's further tool calls);
    and ``direct_without_role = True`` when it performs tasks without a role (or team) exactly as ``ToolHandler``
    does, so the executor may call their cheap synchronous tools inline.
    """

    async def perform(self, call: TaskCall) -> BaseModel: ...


class ToolHandler:
    """Calls the tool itself; offloaded tools run in a worker thread so that timeouts and cancellation apply, and
    remote ones as Ray tasks when the engine has a ``ray`` resource (``genaiops.ray_offload``)."""

    async def perform(self, call: TaskCall) -> BaseModel:
        if call.tool.remote and "ray" in call.context.resources:  # heavy work, and a Ray cluster configured
            return await call.context.resources["ray"].call(call.tool, call.args)
        if call.tool.offload:
            import asyncio  # already loaded by whatever awaits this; not at import, so readers never load it

            ray = call.context.resources.get("ray")
            if ray is None:
                return await in_thread(call.tool.invoke, call.args, call.context)
            ray.connect()  # here, on the main thread: the first call joins (or starts) the cluster
            try:  # the tool's ``ctx.compute`` may run on Ray: a timeout or a cancelled run cancels that task too
                return await in_thread(call.tool.invoke, call.args, call.context)
            except asyncio.CancelledError:
                ray.cancel(call.context.compute_key)
                raise
        return call.tool.invoke(call.args, call.context)


@dataclass(frozen=True, slots=True)
class RunEvent:
    run_id: str
    task_id: str | None
    kind: str
    data: dict[str, Any] = field(default_factory=dict)
