"""The scenario schema that `genaiops scenario schema` writes checks each task's `args` against its tool's
arguments (names, types), still allows a `${...}` reference for any argument, and completes tool names."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from typer.testing import CliRunner

from genaiops.cli import app

SCENARIOS = Path(__file__).resolve().parents[2] / "scenarios"


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    """A validator of the schema the CLI writes."""
    result = CliRunner().invoke(app, ["scenario", "schema"])
    assert result.exit_code == 0, result.output
    schema = json.loads(result.stdout)
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def scenario(*tasks: dict[str, Any]) -> dict[str, Any]:
    return {"name": "x", "tasks": list(tasks)}


def errors(validator: jsonschema.Draft202012Validator, data: dict[str, Any]) -> list[tuple[list, str]]:
    return [(list(e.absolute_path), e.message) for e in validator.iter_errors(data)]


def _as_json(value: Any) -> Any:
    return json.loads(json.dumps(value, default=str))


SHIPPED = sorted(
    str(p.relative_to(SCENARIOS))
    for p in SCENARIOS.rglob("*.yaml")
    if "tasks:" in p.read_text(encoding="utf-8")  # scenarios, not their data files (recorded outputs, suites)
)


@pytest.mark.parametrize("name", SHIPPED)
def test_the_shipped_scenarios_are_valid(validator, name) -> None:
    """Every shipped scenario passes the schema, references and parameters and all."""
    data = _as_json(yaml.safe_load((SCENARIOS / name).read_text(encoding="utf-8")))
    assert errors(validator, data) == []


def test_a_wrong_argument_type_is_marked_at_its_path(validator) -> None:
    """`points: many` for synthetic_metric (an integer) fails at tasks.0.args.points."""
    bad = scenario({"id": "a", "tool": "synthetic_metric", "args": {"service": "s", "points": "many"}})
    assert [path for path, _ in errors(validator, bad)] == [["tasks", 0, "args", "points"]]


def test_an_unknown_argument_is_marked(validator) -> None:
    """An argument the tool does not take fails at tasks.0.args, naming it."""
    bad = scenario({"id": "a", "tool": "noop", "args": {"valeu": 3}})
    [(path, message)] = errors(validator, bad)
    assert path == ["tasks", 0, "args"] and "'valeu'" in message


def test_a_missing_required_argument_is_marked(validator) -> None:
    """apply_change without `target` fails at tasks.0.args."""
    [(path, message)] = errors(validator, scenario({"id": "a", "tool": "apply_change", "args": {}}))
    assert path == ["tasks", 0, "args"] and "'target' is a required property" in message


def test_references_are_allowed_for_any_argument_at_any_depth(validator) -> None:
    """A `${...}` string stands for an integer argument, a whole list, and an item of a list of models."""
    good = scenario(
        {"id": "a", "tool": "noop", "args": {"value": 3}},
        {"id": "b", "tool": "noop", "args": {"value": "${a.value}"}},
        {"id": "c", "tool": "summarize_series", "args": {"values": "${a.value}", "tail": "${a.value}"}},
        {"id": "d", "tool": "summarize_series", "args": {"values": [1.0, "${a.value}"]}},
    )
    assert errors(validator, good) == []
    not_a_reference = scenario({"id": "a", "tool": "noop", "args": {"value": "three"}})
    assert [path for path, _ in errors(validator, not_a_reference)] == [["tasks", 0, "args", "value"]]


def test_an_unknown_tool_name_is_marked(validator) -> None:
    """`tool:` takes a registered tool's name (what editors complete)."""
    [(path, _)] = errors(validator, scenario({"id": "a", "tool": "ecoh"}))
    assert path == ["tasks", 0, "tool"]
