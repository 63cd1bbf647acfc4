"""Validation's promises beyond the message (graphs/validate.py): each problem says how to fix it, problems come
in file order across sections, odd shapes are problems and never crashes, loops are checked, and references are
checked only as far as the upstream's result model reaches."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from genaiops.errors import GraphValidationError
from genaiops.graphs import parse_scenario
from genaiops.roles import ROLES
from genaiops.safety import ApprovalPolicy
from genaiops.tools import load_tools

REGISTRY = load_tools()
TOP_KEYS = "name, description, seed, at, tasks, loops, budget, params, approvals, expect"


def problems(text: str) -> list[tuple[int | None, str | None, str, str]]:
    with pytest.raises(GraphValidationError) as info:
        parse_scenario(text, REGISTRY, ApprovalPolicy(), file="flow.yaml")
    return [(p.place.line, p.place.field, p.message, p.hint) for p in info.value.problems]


def valid(text: str) -> None:
    parse_scenario(text, REGISTRY, ApprovalPolicy(), file="flow.yaml")


HEAD = "name: x\ntasks:\n"
A_NOOP = HEAD + "  - id: a\n    tool: noop\n"

HINTS = [
    pytest.param("nmae: x\ntasks:\n  - id: a\n    tool: noop\n", "nmae", f"allowed keys: {TOP_KEYS}", id="top-key"),
    pytest.param(
        A_NOOP + "    retry: {atempts: 2}\n",
        "tasks[0].retry.atempts",
        "allowed keys: attempts, backoff, factor, max_backoff",
        id="nested-key",
    ),
    pytest.param("tasks:\n  - id: a\n    tool: noop\n", "name", "add `name: ...`", id="missing-key"),
    pytest.param(A_NOOP + "  - id: a\n    tool: noop\n", "tasks[1].id", "give every task a unique id", id="dup-id"),
    pytest.param(HEAD + "  - id: a\n", "tasks[0]", "add `tool: NAME`, or give a role a goal", id="no-tool"),
    pytest.param(
        HEAD + "  - id: a\n    tool: ecoh\n",
        "tasks[0].tool",
        "run `genaiops tools` to list the registered tools",
        id="unknown-tool",
    ),  # fmt: skip
    pytest.param(
        HEAD + "  - id: a\n    tool: echo\n    team: [sre, safety_reviewer]\n",
        "tasks[0].tool",
        "use decide_release (or a tool with a `votes` field)",
        id="team-tool",
    ),
    pytest.param(
        HEAD + "  - id: a\n    tool: apply_change\n    approval: auto\n    args: {target: t}\n",
        "tasks[0].approval",
        "remove `approval: auto` or change the approval policy",
        id="auto-override",
    ),
    pytest.param(A_NOOP + "    after: [a]\n", "tasks[0].after[0]", "remove it from `after`", id="after-itself"),
    pytest.param(
        HEAD + "  - id: a\n    tool: echo\n    role: sre_\n", "tasks[0].role", f"roles: {', '.join(ROLES)}", id="role"
    ),
    pytest.param(
        HEAD + "  - id: a\n    tool: decide_release\n    args: {subject: s}\n    team: [sre, nobody]\n",
        "tasks[0].team[1]",
        f"roles: {', '.join(ROLES)}",
        id="team-role",
    ),
    pytest.param(
        HEAD + "  - id: a\n    tool: decide_release\n    args: {subject: s}\n    team: [sre, sre]\n",
        "tasks[0].team",
        "list the roles under `team:` only",
        id="team-twice",
    ),
    pytest.param(A_NOOP + "    args: {valeu: 1}\n", "tasks[0].args.valeu", "noop takes: value", id="unknown-arg"),
    pytest.param(
        HEAD + "  - id: a\n    tool: apply_change\n", "tasks[0].args.target", "add `target:` under args", id="arg"
    ),
    pytest.param(
        HEAD + "  - id: a\n    tool: echo\n    args: {value: '${a.value}'}\n",
        "tasks[0].args.value",
        "refer to an upstream task's output",
        id="ref-itself",
    ),
    pytest.param(
        A_NOOP + "  - id: b\n    tool: echo\n    args: {value: '${a.valu}'}\n",
        "tasks[1].args.value",
        "its outputs: value",
        id="ref-output",
    ),
    pytest.param(A_NOOP + "    when: 'false'\n", "tasks[0]", "remove the task or fix its condition", id="unreachable"),
]


@pytest.mark.parametrize(("text", "field", "hint"), HINTS)
def test_each_problem_says_how_to_fix_it(text, field, hint):
    """Every kind of problem carries a hint with the fix (allowed keys, the key to add, the known roles, tools
    or outputs, what to remove), at the field it is about."""
    hints = {f: h for _, f, _, h in problems(text)}
    assert field in hints, hints
    assert hints[field] == hint or hints[field].startswith(hint), hints[field]


def test_a_task_without_a_tool_is_a_problem_naming_it():
    """A task that names no tool is one problem, naming the task."""
    assert [(f, m) for _, f, m, _ in problems(HEAD + "  - id: a\n")] == [("tasks[0]", "task 'a' names no tool")]


def test_a_task_listing_itself_in_after_is_named():
    """A task in its own `after` is reported with that message."""
    (problem,) = problems(A_NOOP + "    after: [a]\n")
    assert problem[2] == "task 'a' lists itself in `after`"


def test_problems_are_in_file_order_across_sections():
    """Problems in tasks, loops and a top-level key come in the order of their lines, not of their names."""
    text = HEAD + "  - id: a\n    tool: ecoh\nloops:\n  - id: l\n    body: [zz]\n    until: 'true'\n"
    text += "    max_iterations: 2\nextra: 1\n"
    assert [(line, field) for line, field, _, _ in problems(text)] == [
        (4, "tasks[0].tool"),
        (7, "loops[0].body[0]"),
        (10, "extra"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("name: x\n", [(1, "tasks", "missing required key 'tasks'")], id="no-tasks"),
        pytest.param("name: x\ntasks: 5\n", [(2, "tasks", "expected a list (got 5)")], id="tasks-int"),
        pytest.param(
            A_NOOP + "loops: [5]\n",
            [(5, "loops[0]", "expected a mapping (got 5)")],
            id="loop-int",
        ),
        pytest.param(
            A_NOOP + "loops:\n  - id: l\n    body: [a]\n    until: 5\n    max_iterations: 2\n",
            [(8, "loops[0].until", "Input should be a valid string (got 5)")],
            id="until-int",
        ),
        pytest.param(
            A_NOOP + "loops:\n  - id: l\n    body: [a]\n    until: {a: 1}\n    max_iterations: 2\n",
            [(8, "loops[0].until", "Input should be a valid string (got {'a': 1})")],
            id="until-mapping",
        ),
    ],
)
def test_odd_shapes_are_problems_not_crashes(text, expected):
    """Tasks or loops of the wrong type, or a non-text `until`, are reported once (as the wrong type, not also
    as a condition that does not parse), with their place."""
    assert [(line, field, message) for line, field, message, _ in problems(text)] == expected


def test_a_task_in_two_loops_and_a_bad_until_are_reported():
    """A task already in another loop names that loop; an `until` that does not parse is reported at it."""
    loop = "  - id: {id}\n    body: [a]\n    until: '{until}'\n    max_iterations: 2\n"
    text = A_NOOP + "loops:\n" + loop.format(id="l1", until="true") + loop.format(id="l2", until="${a.value} >")
    assert [(line, field, message.split(";")[0]) for line, field, message, _ in problems(text)] == [
        (11, "loops[1].body[0]", "task 'a' is already in loop 'l1'"),
        (12, "loops[1].until", "cannot parse '${a.value} >'"),
    ]


def test_an_isolated_task_that_can_never_run_is_reported():
    """A task with no dependencies and no dependents whose `when` is always false is unreachable."""
    (problem,) = problems(A_NOOP + "    when: 'false'\n")
    assert problem[:3] == (3, "tasks[0]", "task 'a' is unreachable: its `when` is always false")


# --- references: checked as far as the upstream's result model reaches -------------------------------------------


def test_a_reference_for_a_typed_argument_is_checked_when_it_resolves():
    """`value: ${a.value}` for an integer argument is not a type error at validation (the text is a reference)."""
    valid(HEAD + "  - id: a\n    tool: echo\n  - id: b\n    tool: noop\n    args: {value: '${a.value}'}\n")


def test_a_reference_into_an_untyped_output_is_checked_when_it_resolves():
    """A path below an output of any type (echo's `value`) cannot be checked before the run, and is accepted."""
    valid(HEAD + "  - id: a\n    tool: echo\n  - id: b\n    tool: echo\n    args: {value: '${a.value.deep.er}'}\n")


def test_a_reference_to_a_broken_task_reports_only_that_task():
    """A reference to a task that is itself invalid (bad shape, unknown tool) adds no problem of its own: the
    upstream's problem is the one to fix."""
    broken_shape = A_NOOP.replace("id: a", "id: x") + "  - id: a\n    tool: noop\n    retry: 5\n"
    text = broken_shape + "  - id: b\n    tool: echo\n    args: {value: '${a.zzz}'}\n"
    assert [field for _, field, _, _ in problems(text)] == ["tasks[1].retry"]
    text = HEAD + "  - id: a\n    tool: ecoh\n  - id: b\n    tool: echo\n    args: {value: '${a.value}'}\n"
    assert [field for _, field, _, _ in problems(text)] == ["tasks[0].tool"]


def test_a_reference_to_a_whole_output_is_not_checked_further():
    """`${a}` (a task's whole output) needs no field check."""
    valid(A_NOOP + "  - id: b\n    tool: echo\n    args: {value: '${a}'}\n")


def test_a_rule_over_several_arguments_reads_as_the_rule(tmp_path) -> None:
    """`genaiops scenario validate` of rank_root_causes given neither anomalies nor metrics: the line says what to
    give, without pydantic's 'Value error,' and an empty 'argument :' place (exit 2)."""
    graph = tmp_path / "rank.yaml"
    graph.write_text(HEAD + "  - id: rank\n    tool: rank_root_causes\n    args: {service: checkout}\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith("GENAIOPS_")} | {"GENAIOPS_HOME": str(tmp_path)}
    done = subprocess.run(
        [str(Path(sys.executable).parent / "genaiops"), "scenario", "validate", str(graph)],
        env=env, capture_output=True, text=True, timeout=120, check=False, cwd=tmp_path,
    )  # fmt: skip
    said = done.stdout + done.stderr
    assert done.returncode == 2, said
    assert "rank.yaml:5: tasks[0].args: give `anomalies` (from a detector or alerts) or `metrics`" in said
    assert "Value error" not in said and "argument :" not in said
