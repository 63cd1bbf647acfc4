"""The SK ``FUNCTION_INVOCATION`` filter that puts genaiops' gate in front of every registry function.

For a ``RegistryFunction`` it never calls ``next``: it performs the call as a one-task genaiops run
(``GatedCall``) and sets ``context.result``. Any other function passes through untouched.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from functools import cache

from pydantic import BaseModel
from semantic_kernel import Kernel
from semantic_kernel.filters import FilterTypes
from semantic_kernel.filters.functions.function_invocation_context import FunctionInvocationContext
from semantic_kernel.functions import FunctionResult, KernelPlugin

from genaiops.agents.sk_bridge.gated_call import GatedCall
from genaiops.agents.sk_bridge.kernel_functions import PLUGIN_NAME, RegistryFunction, registry_plugin
from genaiops.graphs import Engine

__all__ = ["GatedInvocationFilter", "add_registry_plugin", "as_json_text"]

Next = Callable[[FunctionInvocationContext], Awaitable[None]]


class GatedInvocationFilter:
    """Performs registry functions through ``engine`` as ``requester`` (who can never approve their own calls).

    ``FunctionResult.value`` is the tool's result model (after the result guardrails) whose ``str()`` is its JSON,
    so a model reading it through SK gets JSON (dates, enums and all), as through AutoGen; ``metadata`` holds
    ``run_id`` and the result as ``json``. A refused or failed call raises ``GatedCallError`` (``kernel.invoke``
    wraps it in SK's ``KernelInvokeException``: the genaiops error is its ``__cause__``). ``poll_interval`` and
    ``timeout`` (seconds) are ``GatedCall``'s.
    """

    def __init__(self, engine: Engine, *, requester: str, poll_interval: float = 0.5, timeout: float | None = None):
        self.call = GatedCall(engine, requester=requester, poll_interval=poll_interval, timeout=timeout)

    async def __call__(self, context: FunctionInvocationContext, next: Next) -> None:  # noqa: A002 (SK's name)
        function = context.function
        if not isinstance(function, RegistryFunction):
            await next(context)
            return
        result, run = await self.call.perform(function.tool_name, context.arguments)
        context.result = FunctionResult(
            function=function.metadata,
            value=as_json_text(result),
            metadata={"run_id": run.run_id, "json": result.model_dump_json()},
        )

    def register(self, kernel: Kernel) -> None:
        """Add this filter to ``kernel`` (the same as ``kernel.add_filter(FilterTypes.FUNCTION_INVOCATION, self)``)."""
        kernel.add_filter(FilterTypes.FUNCTION_INVOCATION, self)


def as_json_text(result: BaseModel) -> BaseModel:
    """``result`` as an instance of its model whose ``str()`` is the model's JSON. SK hands a function's value to
    the model as ``str(value)``, which for a pydantic model is ``field=repr(value)`` text, not JSON."""
    return _json_text_model(type(result)).model_construct(_fields_set=result.model_fields_set, **dict(result))


@cache
def _json_text_model(model: type[BaseModel]) -> type[BaseModel]:
    def as_json(self: BaseModel) -> str:
        return self.model_dump_json()

    return type(model.__name__, (model,), {"__str__": as_json, "__module__": model.__module__})


def add_registry_plugin(
    kernel: Kernel,
    engine: Engine,
    *,
    requester: str,
    names: Iterable[str] | None = None,
    plugin_name: str = PLUGIN_NAME,
    poll_interval: float = 0.5,
    timeout: float | None = None,
) -> KernelPlugin:
    """Add the engine's registry tools (all, or ``names``) to ``kernel`` as a plugin, with the gate in front."""
    gate = GatedInvocationFilter(engine, requester=requester, poll_interval=poll_interval, timeout=timeout)
    gate.register(kernel)
    plugin = registry_plugin(engine.registry, names, name=plugin_name, policy=engine.policy)
    kernel.add_plugin(plugin)
    return plugin
