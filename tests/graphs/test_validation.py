"""Graph validation: every bad input is reported with its message, line and field, all problems at once."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from genaiops.errors import GraphValidationError, SpecError, UserError
from genaiops.graphs import ScenarioSpec, load_scenario, parse_scenario
from genaiops.safety import ApprovalPolicy
from genaiops.tools import load_tools

REPO = Path(__file__).resolve().parents[2]
CANARY = REPO / "scenarios" / "canary_release.yaml"
FILE = "flow.yaml"


@pytest.fixture(scope="module")
def registry():
    return load_tools()


def problems_of(text: str, registry, policy: ApprovalPolicy | None = None) -> list:
    with pytest.raises(GraphValidationError) as info:
        parse_scenario(text, registry, policy or ApprovalPolicy(), file=FILE)
    return info.value.problems


def spec_error(text: str, registry) -> str:
    with pytest.raises(SpecError) as info:
        parse_scenario(text, registry, ApprovalPolicy(), file=FILE)
    return str(info.value)


# --- files that cannot be read or parsed -------------------------------------------------------------------

SPEC_ERRORS = [
    pytest.param(
        "name: x\ntasks:\n  - id: a\n    tool: echo\n   args: [1\n",
        f"{FILE}:5: malformed YAML",
        id="malformed-yaml",
    ),
    pytest.param("name: x\ntasks:\n\t- id: a\n", f"{FILE}:3: malformed YAML", id="tab-indent"),
    pytest.param("name: x\ntasks: [a, {b: 1\n", f"{FILE}:3: malformed YAML", id="unclosed-flow"),
    pytest.param("", f"{FILE}: the file is empty", id="empty"),
    pytest.param("# only a comment\n", f"{FILE}: the file is empty", id="only-comment"),
    pytest.param(
        "- a\n- b\n", f"{FILE}:1: the top level must be a mapping with `name` and `tasks`, not list", id="list"
    ),
    pytest.param("42\n", f"{FILE}:1: the top level must be a mapping with `name` and `tasks`, not int", id="scalar"),
]


@pytest.mark.parametrize(("text", "prefix"), SPEC_ERRORS)
def test_unparseable_text_is_a_spec_error_with_file_and_line(registry, text, prefix):
    """YAML that cannot be parsed, an empty file or a non-mapping top level is a SpecError naming file and line."""
    message = spec_error(text, registry)
    assert message.startswith(prefix), message
    assert "\n" not in message


def test_missing_file_is_a_spec_error(registry, tmp_path):
    """A path that does not exist is a SpecError that names it and says to check the path."""
    missing = tmp_path / "nope.yaml"
    with pytest.raises(SpecError, match="no such file; check the path") as info:
        load_scenario(str(missing), registry)
    assert str(missing) in str(info.value)


def test_directory_is_a_spec_error(registry, tmp_path):
    """A directory given as a scenario is a SpecError asking for a .yaml file."""
    with pytest.raises(SpecError, match="is a directory; give the path of a .yaml file"):
        load_scenario(str(tmp_path), registry)


def test_file_problems_carry_the_file_path(registry, tmp_path):
    """Problems found in a file name that file, the line and the field."""
    path = tmp_path / "bad.yaml"
    path.write_text("name: x\ntasks:\n  - id: a\n    tool: ecoh\n", encoding="utf-8")
    with pytest.raises(GraphValidationError) as info:
        load_scenario(str(path), registry)
    (problem,) = info.value.problems
    assert (problem.place.file, problem.place.line, problem.place.field) == (str(path), 4, "tasks[0].tool")
    assert f"{path}:4: tasks[0].tool: unknown tool 'ecoh'" in str(info.value)


# --- one problem each: message, line, field ----------------------------------------------------------------

T_AB = "name: x\ntasks:\n  - id: a\n    tool: noop\n  - id: b\n"

CASES = [
    pytest.param(
        "name: x\ntasks:\n  - id: a\n    tool: ecoh\n",
        4,
        "tasks[0].tool",
        "unknown tool 'ecoh' (did you mean 'echo'?)",
        id="unknown-tool",
    ),
    pytest.param(
        "name: x\ntasks:\n  - id: a\n    tool: echo\n    role: sre_\n",
        5,
        "tasks[0].role",
        "unknown role 'sre_' (did you mean 'sre'?)",
        id="unknown-role",
    ),
    pytest.param(
        "name: x\ntasks:\n  - id: a\n    tool: decide_release\n    args: {subject: s}\n"
        "    team: [sre, safety_reviewr]\n",
        6,
        "tasks[0].team[1]",
        "unknown role 'safety_reviewr' (did you mean 'safety_reviewer'?)",
        id="unknown-team-role",
    ),
    pytest.param(
        "name: x\ntasks:\n  - id: a\n    tool: decide_release\n    args: {subject: s}\n    team: [sre, sre]\n",
        6,
        "tasks[0].team",
        "a team names each role once and replaces `role`",
        id="team-twice",
    ),
    pytest.param(
        "name: x\ntasks:\n  - id: a\n    tool: echo\n    team: [sre, safety_reviewer]\n",
        4,
        "tasks[0].tool",
        "a team's tool combines its members' votes, and 'echo' takes none",
        id="team-tool-without-votes",
    ),
    pytest.param(
        "name: x\ntasks:\n  - id: a\n    tool: noop\n    args: {valeu: 1}\n",
        5,
        "tasks[0].args.valeu",
        "unknown argument 'valeu' for tool noop (did you mean 'value'?)",
        id="unknown-arg",
    ),
    pytest.param(
        "name: x\ntasks:\n  - id: a\n    tool: noop\n    aftre: []\n",
        5,
        "tasks[0].aftre",
        "unknown key 'aftre' (did you mean 'after'?)",
        id="unknown-key",
    ),
    pytest.param(
        "name: x\ntasks:\n  - id: a\n    tool: noop\n    args: {value: abc}\n",
        5,
        "tasks[0].args.value",
        "argument value: Input should be a valid integer",
        id="type-error-int",
    ),
    pytest.param(
        "name: x\ntasks:\n  - id: a\n    tool: summarize_series\n    args:\n      values: [1, 2]\n      tail: 0\n",
        7,
        "tasks[0].args.tail",
        "argument tail: Input should be greater than or equal to 1",
        id="type-error-bound",
    ),
    pytest.param(
        "name: x\ntasks:\n  - id: a\n    tool: apply_change\n",
        3,
        "tasks[0].args.target",
        "missing argument 'target' for tool apply_change",
        id="missing-arg",
    ),
    pytest.param(
        T_AB + "    tool: noop\n    after: [aa]\n",
        7,
        "tasks[1].after[0]",
        "unknown task 'aa' in `after` (did you mean 'a'?)",
        id="unknown-after",
    ),
    pytest.param(
        T_AB + "    tool: echo\n    args: {value: '${c.value}'}\n",
        7,
        "tasks[1].args.value",
        "unknown task 'c' in ${c.value}",
        id="ref-missing-task",
    ),
    pytest.param(
        T_AB + "    tool: echo\n    args: {value: '${a.valu}'}\n",
        7,
        "tasks[1].args.value",
        "${a.valu}: noop has no output 'valu' (did you mean 'value'?)",
        id="ref-missing-field",
    ),
    pytest.param(
        "name: x\ntasks:\n  - id: a\n    tool: echo\n    args: {value: '${a.value}'}\n",
        5,
        "tasks[0].args.value",
        "${a.value} refers to the task itself",
        id="ref-to-itself",
    ),
    pytest.param(
        T_AB + "    tool: noop\n    when: '${a.value} >'\n",
        7,
        "tasks[1].when",
        "cannot parse '${a.value} >'",
        id="when-syntax",
    ),
    pytest.param(
        T_AB + "    tool: noop\n    when: \"__import__('os')\"\n",
        7,
        "tasks[1].when",
        "uses a function call (Call), which conditions do not allow",
        id="when-call",
    ),
    pytest.param(
        T_AB + "    tool: noop\n    when: __import__\n",
        7,
        "tasks[1].when",
        "unknown name '__import__'",
        id="when-dunder-name",
    ),
    pytest.param(
        T_AB + "    tool: noop\n    when: os.system\n",
        7,
        "tasks[1].when",
        "uses an attribute (a.b) (Attribute), which conditions do not allow",
        id="when-attribute",
    ),
    pytest.param(
        T_AB + "    tool: noop\n    when: '${a.valu} > 1'\n",
        7,
        "tasks[1].when",
        "${a.valu}: noop has no output 'valu'",
        id="when-ref-missing-field",
    ),
    pytest.param(
        "name: x\ntasks:\n  - id: a\n    tool: noop\n  - id: a\n    tool: noop\n",
        5,
        "tasks[1].id",
        "duplicate task id 'a' (first at tasks[0])",
        id="duplicate-id",
    ),
    pytest.param(
        "name: x\ntasks:\n  - id: a\n    tool: noop\n    tool: echo\n",
        5,
        "tasks[0].tool",
        "duplicate key 'tool': YAML would silently keep only the last one",
        id="duplicate-yaml-key",
    ),
    pytest.param(
        "name: x\ntasks:\n  - id: a\n    tool: apply_change\n    approval: auto\n    args: {target: t}\n",
        5,
        "tasks[0].approval",
        "`approval: auto` is not allowed for apply_change: it deploys",
        id="auto-on-gated-tool",
    ),
    pytest.param(
        "tasks:\n  - id: a\n    tool: noop\n",
        1,
        "name",
        "missing required key 'name'",
        id="missing-name",
    ),
    pytest.param(
        "name: x\ntasks:\n  - id: 'a b'\n    tool: noop\n",
        3,
        "tasks[0].id",
        "String should match pattern",
        id="bad-task-id",
    ),
    pytest.param(
        "name: x\ntasks:\n  - id: a\n    tool: noop\nloops:\n  - id: l\n    body: [a]\n    until: '${a.value} == 0'\n",
        6,
        "loops[0].max_iterations",
        "missing required key 'max_iterations'",
        id="loop-without-bound",
    ),
    pytest.param(
        "name: x\ntasks:\n  - id: a\n    tool: noop\n"
        "loops:\n  - id: l\n    body: [b]\n    until: '${a.value} == 0'\n    max_iterations: 2\n",
        7,
        "loops[0].body[0]",
        "unknown task 'b' in loop body",
        id="loop-unknown-body",
    ),
]


@pytest.mark.parametrize(("text", "line", "field", "message"), CASES)
def test_each_bad_input_names_message_line_and_field(registry, text, line, field, message):
    """A single mistake gives exactly one problem, with its message, 1-based line and dotted field."""
    problems = problems_of(text, registry)
    assert len(problems) == 1, [str(p) for p in problems]
    (problem,) = problems
    assert message in problem.message
    assert problem.place.file == FILE
    assert (problem.place.line, problem.place.field) == (line, field)


def test_auto_on_gated_tool_passes_when_the_policy_allows_it(registry):
    """`approval: auto` on a deploying tool is accepted when the policy allows spec overrides."""
    text = "name: x\ntasks:\n  - id: a\n    tool: apply_change\n    approval: auto\n    args: {target: t}\n"
    spec, _ = parse_scenario(text, registry, ApprovalPolicy(allow_spec_auto=True), file=FILE)
    assert spec.tasks[0].approval == "auto"


@pytest.mark.parametrize(
    ("text", "members"),
    [
        pytest.param(
            "name: x\ntasks:\n  - id: a\n    tool: noop\n    after: [b]\n  - id: b\n    tool: noop\n    after: [a]\n",
            {"a", "b"},
            id="2-cycle",
        ),
        pytest.param(
            "name: x\ntasks:\n  - id: a\n    tool: noop\n    after: [c]\n  - id: b\n    tool: noop\n    after: [a]\n"
            "  - id: c\n    tool: echo\n    args: {value: '${b.value}'}\n",
            {"a", "b", "c"},
            id="3-cycle-through-ref",
        ),
        pytest.param(
            "name: x\ntasks:\n  - id: a\n    tool: noop\n    when: '${b.value} > 1'\n"
            "  - id: b\n    tool: noop\n    after: [a]\n",
            {"a", "b"},
            id="2-cycle-through-when",
        ),
    ],
)
def test_unbounded_cycles_are_reported_with_their_path(registry, text, members):
    """A dependency cycle is one problem naming every task on it and pointing to `loops:` as the fix."""
    problems = problems_of(text, registry)
    assert len(problems) == 1, [str(p) for p in problems]
    (problem,) = problems
    assert problem.message.startswith("unbounded cycle ")
    path = problem.message.removeprefix("unbounded cycle ").split(" -> ")
    assert set(path) == members and path[0] == path[-1]
    assert "max_iterations" in problem.hint
    lines = text.splitlines()
    ids = [line.split("id: ")[1] for line in lines if "- id: " in line]
    first = path[0]
    assert problem.place.field == f"tasks[{ids.index(first)}]"
    assert problem.place.line == lines.index(f"  - id: {first}") + 1


def test_task_after_itself_is_a_validation_problem(registry):
    """A task that lists itself in `after` is reported as a problem, not a crash."""
    problems = problems_of("name: x\ntasks:\n  - id: a\n    tool: noop\n    after: [a]\n", registry)
    assert [p.place.field for p in problems] == ["tasks[0].after[0]"]


def test_unreachable_tasks_and_their_dependents(registry):
    """`when: false` makes a task unreachable, and every task that depends only on it, each reported."""
    text = (
        "name: x\ntasks:\n"
        "  - id: a\n    tool: noop\n    when: 'false'\n"
        "  - id: b\n    tool: echo\n    args: {value: '${a.value}'}\n"
        "  - id: c\n    tool: noop\n    after: [b]\n"
        "  - id: d\n    tool: noop\n"
        "  - id: e\n    tool: noop\n    after: [a, d]\n"
    )
    problems = problems_of(text, registry)
    got = [(p.place.line, p.place.field, p.message) for p in problems]
    assert got == [
        (3, "tasks[0]", "task 'a' is unreachable: its `when` is always false"),
        (6, "tasks[1]", "task 'b' is unreachable: every task it depends on can never run"),
        (9, "tasks[2]", "task 'c' is unreachable: every task it depends on can never run"),
    ]


def test_all_problems_are_reported_at_once_in_file_order(registry):
    """Several mistakes in one file are all reported in one error, sorted by line, each with a place."""
    text = (
        "name: x\n"
        "tasks:\n"
        "  - id: a\n"
        "    tool: ecoh\n"  # 4: unknown tool
        "  - id: b\n"
        "    tool: noop\n"
        "    args: {value: x, extra: 1}\n"  # 7: type error + unknown arg
        "  - id: c\n"
        "    tool: noop\n"
        "    after: [zz]\n"  # 10: unknown after
        "    role: bogus\n"  # 11: unknown role
        "  - id: d\n"
        "    tool: echo\n"
        "    when: '${b.nope}'\n"  # 14: missing output
        "  - id: d\n"  # 15: duplicate id
        "    tool: noop\n"
        "    tool: noop\n"  # 17: duplicate key
    )
    with pytest.raises(GraphValidationError) as info:
        parse_scenario(text, registry, ApprovalPolicy(), file=FILE)
    problems = info.value.problems
    places = [(p.place.line, p.place.field) for p in problems]
    assert places == [
        (4, "tasks[0].tool"),
        (7, "tasks[1].args.extra"),
        (7, "tasks[1].args.value"),
        (10, "tasks[2].after[0]"),
        (11, "tasks[2].role"),
        (14, "tasks[3].when"),
        (15, "tasks[4].id"),
        (17, "tasks[4].tool"),
    ]
    text_out = str(info.value)
    assert text_out.startswith(f"{len(problems)} problems in the graph:")
    assert all(f"{FILE}:{line}: {field}" in text_out for line, field in places)


def test_validation_errors_are_user_errors(registry):
    """Every validation failure is a UserError (the CLI turns it into exit code 2)."""
    assert issubclass(GraphValidationError, UserError) and issubclass(SpecError, UserError)


def test_a_bounded_loop_is_valid(registry):
    """A loop declared with a body, an `until` and `max_iterations` passes validation and builds a plan."""
    text = (
        "name: x\ntasks:\n  - id: a\n    tool: noop\n"
        "  - id: b\n    tool: noop\n    after: [a]\n"
        "loops:\n  - id: l\n    body: [b]\n    until: '${b.value} == 0'\n    max_iterations: 3\n"
    )
    spec, plan = parse_scenario(text, registry, ApprovalPolicy(), file=FILE)
    assert list(plan.loops) == ["l"] and plan.loops["l"].spec.max_iterations == 3
    assert set(plan.order) == {"a", "b"}


def test_the_shipped_scenario_is_valid(registry):
    """The canary scenario passes validation under the default policy."""
    spec, plan = load_scenario(str(CANARY), registry, ApprovalPolicy())
    assert spec.name == "canary-release" and "promote" in plan.tasks


# --- the generated JSON schema ------------------------------------------------------------------------------


def _as_json(value: Any) -> Any:
    """What an editor's YAML->JSON view sees: timestamps as ISO strings."""

    def default(v: Any) -> str:
        if isinstance(v, (datetime, date)):
            return v.isoformat()
        raise TypeError(type(v).__name__)

    return json.loads(json.dumps(value, default=default))


def test_json_schema_validates_the_shipped_scenario():
    """ScenarioSpec's JSON schema accepts the shipped canary scenario."""
    schema = ScenarioSpec.model_json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    data = _as_json(yaml.safe_load(CANARY.read_text(encoding="utf-8")))
    jsonschema.validate(data, schema, cls=jsonschema.Draft202012Validator)


@pytest.mark.parametrize(
    ("mutate", "where"),
    [
        pytest.param(lambda d: d["tasks"][0].update(aftre=[]), "aftre", id="unknown-key"),
        pytest.param(lambda d: d.pop("name"), "name", id="missing-name"),
        pytest.param(lambda d: d["tasks"][0].update(approval="sometimes"), "sometimes", id="bad-enum"),
        pytest.param(
            lambda d: d.update(loops=[{"id": "l", "body": ["x"], "until": "true"}]), "max_iterations", id="loop"
        ),
    ],
)
def test_json_schema_rejects_what_validation_rejects(mutate, where):
    """The schema refuses unknown keys, missing required keys, bad enums and unbounded loops."""
    data = _as_json(yaml.safe_load(CANARY.read_text(encoding="utf-8")))
    mutate(data)
    with pytest.raises(jsonschema.ValidationError) as info:
        jsonschema.validate(data, ScenarioSpec.model_json_schema(), cls=jsonschema.Draft202012Validator)
    assert where in str(info.value.message)


def test_cli_schema_is_the_model_schema(tmp_path, monkeypatch):
    """`genaiops scenario schema` prints the same schema, and it validates the shipped scenario."""
    from typer.testing import CliRunner

    from genaiops.cli import app

    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("GENAIOPS_HOME", str(tmp_path / "home"))
    result = CliRunner().invoke(app, ["scenario", "schema"])
    assert result.exit_code == 0, result.output
    schema = json.loads(result.stdout)
    from genaiops.graphs.schema import scenario_schema
    from genaiops.tools import load_tools

    assert schema == scenario_schema(load_tools())
    data = _as_json(yaml.safe_load(CANARY.read_text(encoding="utf-8")))
    jsonschema.validate(data, schema, cls=jsonschema.Draft202012Validator)


def test_a_rule_over_several_arguments_waits_for_their_references():
    """A tool whose input needs one of two arguments validates when that argument is a reference, and still
    reports the rule when nothing is given."""
    from genaiops.graphs import parse_scenario
    from genaiops.tools import load_tools

    head = "name: x\ntasks:\n  - id: a\n    tool: noop\n  - id: b\n    tool: consult_memory\n"
    parse_scenario(head + '    args: {ranking: "${a.value}"}\n', load_tools())
    with pytest.raises(GraphValidationError, match=r"give `symptoms` \(text\) or `ranking`"):
        parse_scenario(head + "    args: {k: 2}\n", load_tools())
