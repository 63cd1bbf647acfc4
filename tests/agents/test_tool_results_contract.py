"""The contract between every registered tool and the agents: whatever a tool returns reaches the model as valid
JSON that reads back as the same result — through the AutoGen tool (``RegistryTool``), through an agent's
guarded tool, session and stored turns, and through the Semantic Kernel bridge (``str`` of its function result).
The examples are built from each result model's field annotations, so a new tool is covered with no new test code
(a field type the builder does not know fails here, naming it)."""

from __future__ import annotations

import dataclasses
import enum
import json
import types
import typing
import uuid
from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

import annotated_types
import pytest
from pydantic import BaseModel

from genaiops.agents.handler import AgentHandler
from genaiops.agents.registry_tools import registry_tools
from genaiops.agents.roles import Role
from genaiops.graphs import Engine, GraphSpec, TaskSpec
from genaiops.registry import ToolContext, ToolRegistry, ToolSpec
from genaiops.runtime import load_guardrails
from genaiops.settings import load_settings
from genaiops.store import Store
from genaiops.tools import load_tools

TOOLS = load_tools()
WHEN = datetime(2026, 1, 5, 10, 20, 30, 123000, tzinfo=UTC)
_SIMPLE: dict[Any, Any] = {
    bool: True,
    datetime: WHEN,
    date: WHEN.date(),
    time: WHEN.timetz(),
    timedelta: timedelta(minutes=5, seconds=1),
    Decimal: Decimal("12.50"),
    uuid.UUID: uuid.UUID(int=7),
    Path: Path("data/example.csv"),
    bytes: b"example bytes",
    Any: {"any": [1, "two", None, True]},
    object: {"any": [1, "two"]},
}


def example(annotation: Any, full: bool, metadata: Sequence[Any] = ()) -> Any:
    """A value of ``annotation`` that its validators accept: every optional part set when ``full``, left out
    (``None``, empty) when not."""
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin is typing.Annotated:
        return example(args[0], full, [*metadata, *args[1:]])
    if origin is Literal:
        return args[-1]
    if origin in (typing.Union, types.UnionType):
        kinds = [a for a in args if a is not type(None)]
        return None if not full and len(kinds) < len(args) else example(kinds[0], full, metadata)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return _model_data(annotation, full)
    if origin in (list, set, frozenset, tuple, Sequence):
        return _items(annotation, origin, args, full)
    if origin in (dict, Mapping):
        return {example(args[0], full): example(args[1], full)}  # keys as the text elsewhere: cross-checks hold
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return next(iter(annotation))
    if annotation in (int, float):
        return _number(annotation, metadata)
    if annotation is str:
        return _text(metadata)
    if annotation in _SIMPLE:
        return _SIMPLE[annotation]
    raise TypeError(f"the example builder does not know {annotation!r}: add it to _SIMPLE or example()")


def _items(annotation: Any, origin: Any, args: tuple[Any, ...], full: bool) -> Any:
    if origin is tuple and args and args[-1] is not Ellipsis:
        return tuple(example(a, full) for a in args)
    item = example(args[0], full) if args else "item"
    if origin in (set, frozenset):
        return origin({item}) if isinstance(item, typing.Hashable) else origin()
    return [item, item] if full else [item]


def _number(kind: type, metadata: Sequence[Any]) -> int | float:
    low = next((m.ge for m in metadata if isinstance(m, annotated_types.Ge)), None)
    above = next((m.gt for m in metadata if isinstance(m, annotated_types.Gt)), None)
    high = next((m.le for m in metadata if isinstance(m, annotated_types.Le)), None)
    below = next((m.lt for m in metadata if isinstance(m, annotated_types.Lt)), None)
    low = low if low is not None else (above + (1 if kind is int else 0.25) if above is not None else None)
    high = high if high is not None else (below - (1 if kind is int else 0.25) if below is not None else None)
    value = 3 if kind is int else 0.75
    if low is not None and value < low:
        value = low
    if high is not None and value > high:
        value = high
    return kind(value)


def _text(metadata: Sequence[Any]) -> str:
    shortest = max((m.min_length for m in metadata if isinstance(m, annotated_types.MinLen)), default=0)
    longest = min((m.max_length for m in metadata if isinstance(m, annotated_types.MaxLen)), default=200)
    return ("example é ✓ " * 20)[: max(shortest, min(longest, 12))].ljust(shortest, "x")


def _model_data(model: type[BaseModel], full: bool) -> dict[str, Any]:
    return {
        name: example(info.annotation, full, info.metadata)
        for name, info in model.model_fields.items()
        if full or info.is_required()
    }


def build(model: type[BaseModel], full: bool) -> BaseModel:
    """An instance of ``model`` with every field (``full``) or only the required ones."""
    return model.model_validate(_model_data(model, full))


def _result_examples(spec: ToolSpec) -> dict[str, BaseModel]:
    return {"minimal": build(spec.result_model, False), "full": build(spec.result_model, True)}


def _assert_reads_back(spec: ToolSpec, text: str, expected: BaseModel) -> None:
    decoded = json.loads(text)  # valid JSON (not Python's repr, not NaN)
    assert isinstance(decoded, dict), text
    assert spec.result_model.model_validate_json(text) == expected, text


def test_the_builder_knows_every_field_type_of_every_result_model() -> None:
    """Every registered tool's result model has a minimal and a full example, and some hold a datetime (the type
    AutoGen's default conversion could not send)."""
    built = {spec.name: _result_examples(spec) for spec in TOOLS}
    assert len(built) == len(TOOLS) >= 40
    with_dates = [name for name, ex in built.items() if "2026-01-05T10:20:30.123" in ex["full"].model_dump_json()]
    assert {"observe_services", "rank_root_causes", "roll_back_deploy", "verify_remediation"} <= set(with_dates)


@pytest.mark.parametrize("spec", list(TOOLS), ids=lambda spec: spec.name)
def test_registry_tool_gives_the_model_every_result_as_json(spec: ToolSpec) -> None:
    """RegistryTool.return_value_as_string (what AutoGen sends the model) is valid JSON that validates back to the
    same result, for the minimal and the full example of the tool's result model."""
    tool = registry_tools(TOOLS, [spec.name], lambda s: ToolContext("r", "t", "k", WHEN))[0]
    for kind, result in _result_examples(spec).items():
        text = tool.return_value_as_string(result)
        assert "not JSON serializable" not in text, (kind, text)
        _assert_reads_back(spec, text, result)


@pytest.mark.parametrize("spec", list(TOOLS), ids=lambda spec: spec.name)
def test_semantic_kernel_gives_the_model_every_result_as_json(spec: ToolSpec) -> None:
    """SK hands a model ``str(FunctionResult)``: through the bridge it is the result's JSON, and the value is still
    an instance of the tool's result model (what an SK application reads)."""
    from semantic_kernel.functions import FunctionResult

    from genaiops.agents.sk_bridge import registry_plugin
    from genaiops.agents.sk_bridge.invocation_filter import as_json_text

    function = registry_plugin(TOOLS, [spec.name])[spec.name]
    for result in _result_examples(spec).values():
        value = as_json_text(result)
        assert isinstance(value, spec.result_model)
        _assert_reads_back(spec, str(FunctionResult(function=function.metadata, value=value)), result)


class Which(BaseModel):
    which: Literal["minimal", "full"]


def _stub(spec: ToolSpec, examples: Mapping[str, BaseModel]) -> ToolSpec:
    """The tool as far as its result goes: it returns the example asked for (no effect, no gate, no inputs)."""
    return dataclasses.replace(
        spec,
        fn=lambda args: examples[args.which],
        input_model=Which,
        takes_context=False,
        offload=False,
        actions=frozenset(),
        risk="low",
        preview=None,
    )


@pytest.mark.parametrize("spec", list(TOOLS), ids=lambda spec: spec.name)
async def test_an_agent_gets_every_result_and_its_stored_turn_reads_back(spec: ToolSpec) -> None:
    """An agent task on the tool (offline model, guarded tool, session screening, stored turns): the task
    succeeds, the model's tool result is no error and is JSON that validates back to the tool's result."""
    examples = _result_examples(spec)
    registry = ToolRegistry()
    registry.register(_stub(spec, examples))
    roles = {"sre": Role("sre", "every tool's results", "Call the tool you are asked to call.", (spec.name,))}
    screen = load_guardrails(load_settings(guardrails="tasks"))
    engine = Engine(Store.open(":memory:"), registry, handler=AgentHandler(roles=roles), screen=screen)
    tasks = [TaskSpec(id=kind, role="sre", tool=spec.name, args={"which": kind}) for kind in examples]
    result = await engine.start(GraphSpec(name="contract", tasks=tasks), requester="ann")
    assert result.status == "succeeded", result.errors
    for kind, expected in examples.items():
        executed = [t for t in engine.store.agent_turns(result.run_id, kind) if t.kind == "ToolCallExecutionEvent"]
        [call] = [c for t in executed for c in json.loads(t.content)["content"]]
        assert call["is_error"] is False, call["content"]
        _assert_reads_back(spec, call["content"], _as_the_model_reads(spec, call["content"], expected))
        assert spec.result_model.model_validate(result.outputs[kind]) == expected


def _as_the_model_reads(spec: ToolSpec, text: str, expected: BaseModel) -> BaseModel:
    """``expected`` with each field under review as the model got it: a screened summary, never the content."""
    shown = json.loads(text)
    for name in spec.under_review & set(shown):
        assert isinstance(shown[name], str) and shown[name].startswith("⟦content under review"), shown[name]
    return expected.model_copy(update={name: shown[name] for name in spec.under_review & set(shown)})
