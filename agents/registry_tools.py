"""Registry tools as AutoGen tools: the same typed functions, their own pydantic models as the call schema.

Each call runs the registered tool with the ``ToolContext`` the caller supplies (the task's run, idempotency key,
logical time and resources), so an agent's tool call has exactly the context a direct tool call has.

What the model reads of a result is the result model in pydantic's JSON mode (``JsonResultTool``): AutoGen's own
``return_value_as_string`` does ``json.dumps(value.model_dump())``, which turns any ``datetime`` in a result into
the tool error "Object of type datetime is not JSON serializable" as the model sees it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from autogen_core import CancellationToken
from autogen_core.tools import BaseTool
from pydantic import BaseModel

from genaiops.registry import ToolContext, ToolRegistry, ToolSpec
from genaiops.threads import in_thread

__all__ = ["JsonResultTool", "RegistryTool", "registry_tools", "result_text"]


def result_text(value: Any) -> str:
    """A tool result as the model reads it: a pydantic result as JSON (dates, enums, sets, decimals included)."""
    if isinstance(value, BaseModel):
        return value.model_dump_json()
    return str(value)


ArgsT = TypeVar("ArgsT", bound=BaseModel)
ReturnT = TypeVar("ReturnT")


class JsonResultTool(BaseTool[ArgsT, ReturnT]):
    """An AutoGen tool whose results reach the model as JSON-mode text (``result_text``)."""

    def return_value_as_string(self, value: Any) -> str:
        return result_text(value)


class RegistryTool(JsonResultTool[BaseModel, BaseModel]):
    """One registered tool, callable by an AgentChat agent."""

    def __init__(self, spec: ToolSpec, context: Callable[[ToolSpec], ToolContext]):
        super().__init__(spec.input_model, spec.result_model, spec.name, spec.description)
        self.spec = spec
        self._context = context

    async def run(self, args: BaseModel, cancellation_token: CancellationToken) -> BaseModel:
        ctx = self._context(self.spec)
        if self.spec.offload:
            return await in_thread(self.spec.invoke, args, ctx)
        return self.spec.invoke(args, ctx)


def registry_tools(
    registry: ToolRegistry, names: Iterable[str], context: Callable[[ToolSpec], ToolContext]
) -> list[RegistryTool]:
    """AutoGen tools for ``names`` (an unknown name raises ``NotFoundError`` with the closest match)."""
    return [RegistryTool(registry.get(name), context) for name in names]
