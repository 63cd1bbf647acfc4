"""Scenario parameters: `params:` declarations, `${params.NAME}` anywhere a value goes, and the checks on values
given with `--set` (each a problem at file:line with a fix)."""

from __future__ import annotations

from pathlib import Path

import pytest

from genaiops.errors import GraphValidationError, SpecError, UserError
from genaiops.graphs import Param, ParamSpec, parse_scenario, parse_sets, scenario_params
from genaiops.safety import ApprovalPolicy
from genaiops.tools import load_tools

FILE = "p.yaml"
TEXT = """name: p
params:
  service: {default: checkout, allowed: [checkout, payments]}
  limit: {type: number, default: 300}
  wait: {type: duration, default: 5m}
  ticket: {description: change ticket}
  dry: {type: boolean, default: false}
tasks:
  - id: a
    tool: echo
    args: {value: "${params.service} (ticket ${params.ticket}, dry ${params.dry})"}
    timeout: ${params.wait}
  - id: b
    tool: echo
    when: "${params.limit} > 100 and ${params.service} == 'checkout' and not ${params.dry}"
    args: {value: "${params.limit}"}
"""


@pytest.fixture(scope="module")
def registry():
    return load_tools()


def parse(registry, values, text: str = TEXT):
    return parse_scenario(text, registry, ApprovalPolicy(), file=FILE, params=values)


def problems(registry, values, text: str = TEXT) -> list[str]:
    with pytest.raises(GraphValidationError) as info:
        parse(registry, values, text)
    return [str(p) for p in info.value.problems]


def test_values_fill_every_kind_of_place_with_their_type(registry):
    """A whole-value reference takes the typed value (a duration in seconds), text interpolates, a condition gets
    literals; the filled values are recorded on the spec and in the graph the run stores."""
    spec, plan = parse(registry, {"ticket": "CHG-1", "limit": "250", "dry": "no"})
    assert spec.param_values == {"service": "checkout", "limit": 250, "wait": 300, "ticket": "CHG-1", "dry": False}
    assert spec.tasks[0].args == {"value": "checkout (ticket CHG-1, dry false)"}
    assert spec.tasks[0].timeout == 300
    assert spec.tasks[1].when == "250 > 100 and \"checkout\" == 'checkout' and not false"
    assert spec.tasks[1].args == {"value": 250}
    assert plan.spec.param_values == spec.param_values  # what Engine.start stores (and resume reads back)


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        pytest.param(
            {"ticket": "t", "servce": "x"},
            "p.yaml:2: params: unknown parameter 'servce' (did you mean 'service'?)\n"
            "    hint: parameters: service, limit, wait, ticket, dry",
            id="unknown",
        ),
        pytest.param(
            {},
            "p.yaml:6: params.ticket: parameter 'ticket' is required\n    hint: give it a value (ticket=VALUE: "
            "`--set` on the command line, `params` through the API or the console)",
            id="missing",
        ),
        pytest.param(
            {"ticket": "t", "limit": "lots"},
            "p.yaml:4: params.limit: limit=lots: not a number, e.g. 2.5\n    hint: `limit` is a number parameter",
            id="wrong-type",
        ),
        pytest.param({"ticket": "t", "dry": "maybe"}, "dry=maybe: not true or false", id="not-boolean"),
        pytest.param({"ticket": "t", "wait": "soon"}, "wait=soon: not a duration", id="not-duration"),
        pytest.param(
            {"ticket": "t", "service": "orders"},
            "p.yaml:3: params.service: service=orders: not an allowed value\n    hint: allowed: checkout, payments",
            id="not-allowed",
        ),
        pytest.param({"ticket": "${a.value}"}, "ticket: a value may not hold `${`", id="reference-injection"),
    ],
)
def test_bad_values_are_one_problem_each_at_the_declaration(registry, values, expected):
    """Each bad --set value is reported alone, at the parameter's line, with the fix (no knock-on problems from
    a graph filled with holes)."""
    (problem,) = problems(registry, values)
    assert expected in problem, problem


def test_declarations_and_references_are_checked(registry):
    """An undeclared reference gets "did you mean", an unused declaration, a default of the wrong type, a
    required parameter with a default and a bad declaration key are each reported at their line."""
    text = (
        "name: p\nparams:\n  service: {default: checkout}\n  unused: {type: integer, default: 1}\n"
        "  limit: {type: integer, default: high}\n  both: {required: true, default: x}\n  typo: {tpye: string}\n"
        "tasks:\n  - id: a\n    tool: echo\n    args: {value: '${params.servce} ${params.limit} ${params.both}'}\n"
    )
    found = problems(registry, {}, text)
    assert any(p.startswith("p.yaml:4: params.unused: parameter 'unused' is declared but never used") for p in found)
    assert any(p.startswith("p.yaml:5: params.limit.default: default 'high' is not a whole number") for p in found)
    assert any(p.startswith("p.yaml:6: params.both: parameter 'both' is required and has a default") for p in found)
    assert any("p.yaml:7: params.typo.tpye: unknown key 'tpye' (did you mean 'type'?)" in p for p in found)
    assert any(
        p.startswith("p.yaml:11: tasks[0].args.value: unknown parameter 'servce' in '${params.servce}' (did you mean")
        for p in found
    ), found


def test_a_reference_without_declarations_is_an_unknown_parameter(registry):
    """`${params.X}` in a file that declares no params is a problem at its line (not an unknown task)."""
    text = "name: p\ntasks:\n  - id: a\n    tool: echo\n    args: {value: '${params.x}'}\n"
    (found,) = problems(registry, {}, text)
    assert found.startswith("p.yaml:5: tasks[0].args.value: unknown parameter in ${params.x}"), found
    (found,) = problems(registry, {"x": "1"}, text)
    assert "unknown parameter 'x'" in found and "the file declares no `params:`" in found


def test_param_values_cannot_be_written_in_a_file(registry):
    """`param_values` is recorded by genaiops; a file that sets it is refused at its line."""
    text = "name: p\nparam_values: {a: 1}\ntasks:\n  - id: a\n    tool: noop\n"
    assert any(
        p.startswith("p.yaml:2: param_values: param_values is recorded by genaiops")
        for p in problems(registry, {}, text)
    )


def test_the_recorded_values_load_again_an_unset_optional_one_included(registry):
    """``param_values`` (None for an optional parameter nobody set) given back as params loads the same graph:
    None is "not given", never the text 'None' (the chat desk starts the run from the previewed values)."""
    text = TEXT.replace(
        "  dry: {type: boolean, default: false}",
        "  dry: {type: boolean, default: false}\n  to: {type: integer, required: false}",
    ).replace('"${params.limit}"}', '"${params.to}"}')
    spec, _ = parse(registry, {"ticket": "CHG-1"}, text)
    assert spec.param_values["to"] is None
    again, _ = parse(registry, spec.param_values, text)
    assert again.param_values == spec.param_values and again.tasks[1].args == {"value": None}
    assert problems(registry, {"ticket": None}) == [
        "p.yaml:6: params.ticket: parameter 'ticket' is required\n    hint: give it a value (ticket=VALUE: `--set` on "
        "the command line, `params` through the API or the console)"
    ]
    wrong = problems(registry, {"ticket": "t", "to": "x"}, text)
    assert wrong == ["p.yaml:8: params.to: to=x: not a whole number, e.g. 3\n    hint: `to` is an integer parameter"]


def test_scenario_params_lists_the_declarations(tmp_path: Path):
    """`scenario_params(path)` gives each declared parameter with its type, default and whether it is required."""
    path = tmp_path / "s.yaml"
    path.write_text(TEXT, encoding="utf-8")
    params = scenario_params(path)
    assert [(p.name, p.type, p.required, p.spec.default) for p in params] == [
        ("service", "string", False, "checkout"),
        ("limit", "number", False, 300),
        ("wait", "duration", False, "5m"),
        ("ticket", "string", True, None),
        ("dry", "boolean", False, False),
    ]
    assert params[3] == Param("ticket", ParamSpec(description="change ticket"))
    path.write_text("name: p\nparams:\n  x: {type: text}\ntasks: []\n", encoding="utf-8")
    with pytest.raises(SpecError, match=r"s.yaml:3: params.x.type: unknown value 'text'"):
        scenario_params(path)


def test_parse_sets_reads_name_value_pairs():
    """`--set k=v` pairs: values may hold `=`; a pair without `=` or a name given twice is a user error."""
    assert parse_sets(["a=1", "b=x=y", "c="]) == {"a": "1", "b": "x=y", "c": ""}
    with pytest.raises(UserError, match="write --set NAME=VALUE"):
        parse_sets(["a"])
    with pytest.raises(UserError, match="given twice"):
        parse_sets(["a=1", "a=2"])
