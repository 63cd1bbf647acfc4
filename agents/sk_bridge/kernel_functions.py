"""Registry tools as Semantic Kernel functions: the tool's name, docstring and input-model fields, and no body.

SK sees each tool's real parameters (names, JSON schemas with types, descriptions, defaults, required), so a
planner or auto function calling builds correct calls. The function itself cannot perform the tool: its body
refuses, and only ``GatedInvocationFilter`` performs registry functions (through the engine, never by calling
``next``). Nothing in these objects can reach the tool, so forgetting the filter fails closed.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from semantic_kernel.filters.functions.function_invocation_context import FunctionInvocationContext
from semantic_kernel.functions import KernelFunction, KernelFunctionMetadata, KernelParameterMetadata, KernelPlugin

from genaiops.agents.sk_bridge.gated_call import GatedCallError
from genaiops.registry import ToolRegistry, ToolSpec
from genaiops.safety.policy import ApprovalPolicy, Requirement

__all__ = ["PLUGIN_NAME", "RegistryFunction", "registry_function", "registry_plugin"]

PLUGIN_NAME = "genaiops"

_TYPE_NAMES = {"string": "str", "integer": "int", "number": "float", "boolean": "bool", "array": "list"}


class RegistryFunction(KernelFunction):
    """A registry tool seen by SK. ``tool_name`` is all it holds: the filter looks the tool up in its engine."""

    tool_name: str

    async def _invoke_internal(self, context: FunctionInvocationContext) -> None:
        raise GatedCallError(
            f"{self.tool_name} was not performed: a genaiops tool runs only through the gate; add "
            "GatedInvocationFilter(engine, requester=...) to the kernel (add_registry_plugin does both)",
            tool=self.tool_name,
            status="blocked",
        )

    async def _invoke_internal_stream(self, context: FunctionInvocationContext) -> None:
        await self._invoke_internal(context)


def registry_function(
    tool: ToolSpec, plugin_name: str = PLUGIN_NAME, policy: ApprovalPolicy | None = None
) -> RegistryFunction:
    """The SK function for one registry tool; its description says whether a call waits for approval (under
    ``policy`` when given, else under the default policy)."""
    schema = tool.input_model.model_json_schema()
    defs = schema.get("$defs", {})
    required = set(schema.get("required", ()))
    parameters = [
        _parameter(name, _inline(prop, defs), name in required) for name, prop in schema.get("properties", {}).items()
    ]
    result_schema = tool.result_model.model_json_schema()
    returns = KernelParameterMetadata(
        name="return",
        description=(tool.result_model.__doc__ or tool.result_model.__name__).strip().splitlines()[0],
        type_=tool.result_model.__name__,
        type_object=tool.result_model,
        is_required=True,
        schema_data=_inline(result_schema, result_schema.get("$defs", {})),
    )
    metadata = KernelFunctionMetadata(
        name=tool.name,
        plugin_name=plugin_name,
        description=_description(tool, (policy or ApprovalPolicy()).requirement(tool)),
        parameters=parameters,
        return_parameter=returns,
        is_prompt=False,
        is_asynchronous=True,
        additional_properties={"genaiops_tool": tool.name, "actions": sorted(tool.actions), "risk": tool.risk},
    )
    return RegistryFunction(metadata=metadata, tool_name=tool.name)


def registry_plugin(
    registry: ToolRegistry,
    names: Iterable[str] | None = None,
    *,
    name: str = PLUGIN_NAME,
    description: str = "",
    policy: ApprovalPolicy | None = None,
) -> KernelPlugin:
    """A plugin with the registry's tools (all, or ``names``: an unknown one raises ``NotFoundError``)."""
    tools = list(registry) if names is None else [registry.get(n) for n in names]
    return KernelPlugin(
        name=name,
        description=description or "genaiops tools; gated ones wait for human approval before they act",
        functions=[registry_function(t, name, policy) for t in tools],
    )


def _description(tool: ToolSpec, requirement: Requirement) -> str:
    """The docstring, plus what a caller (or a model) should know about the gate."""
    if not requirement.gated:
        return tool.description
    why = ", ".join(a.replace("_", " ") for a in sorted(tool.actions)) or f"is {requirement.risk} risk"
    return f"{tool.description}\n\nIt {why}: the call waits for human approval and fails if it is rejected."


def _parameter(name: str, prop: dict[str, Any], required: bool) -> KernelParameterMetadata:
    kind = prop.get("type") or next((p.get("type") for p in prop.get("anyOf", []) if p.get("type") != "null"), None)
    return KernelParameterMetadata(
        name=name,
        description=prop.get("description"),
        default_value=prop.get("default"),
        type_=_TYPE_NAMES.get(kind, "dict" if kind == "object" else "object"),
        is_required=required,
        schema_data=prop,
    )


def _inline(schema: Any, defs: dict[str, Any], seen: frozenset[str] = frozenset()) -> Any:
    """``schema`` with every ``$ref`` to ``$defs`` replaced by its definition (a function schema stands alone)."""
    if isinstance(schema, list):
        return [_inline(item, defs, seen) for item in schema]
    if not isinstance(schema, dict):
        return schema
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/$defs/"):
        key = ref.removeprefix("#/$defs/")
        if key in seen or key not in defs:  # a recursive model: stop at an open object
            return {"type": "object"}
        extra = {k: v for k, v in schema.items() if k != "$ref"}
        return {**_inline(defs[key], defs, seen | {key}), **extra}
    return {k: _inline(v, defs, seen) for k, v in schema.items() if k != "$defs"}
