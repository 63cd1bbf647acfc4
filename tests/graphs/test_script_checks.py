"""Validation of a scenario's script: task ids under approvals: and expect: (tasks, outputs, gates) must exist,
each unknown one a problem at its line with "did you mean"."""

from __future__ import annotations

import pytest

from genaiops.errors import GraphValidationError
from genaiops.graphs import parse_scenario
from genaiops.safety import ApprovalPolicy
from genaiops.tools import load_tools

REGISTRY = load_tools()
HEAD = "name: s\ntasks:\n  - {id: build, tool: echo, args: {value: 1}}\n  - {id: ship, tool: echo, args: {value: 2}}\n"


def problems(tail: str) -> list[tuple[int | None, str | None, str]]:
    with pytest.raises(GraphValidationError) as info:
        parse_scenario(HEAD + tail, REGISTRY, ApprovalPolicy(), file="s.yaml")
    return [(p.place.line, p.place.field, p.message) for p in info.value.problems]


@pytest.mark.parametrize(
    ("tail", "line", "field", "name"),
    [
        ("approvals:\n  - {task: shipp, approver: a, reason: r}\n", 6, "approvals[0].task", "'shipp'"),
        ("expect:\n  tasks: {buil: succeeded}\n", 6, "expect.tasks.buil", "'buil'"),
        ("expect:\n  outputs: {shp.value: 2}\n", 6, "expect.outputs.shp.value", "'shp'"),
        ("expect:\n  gates: [ship, bild]\n", 6, "expect.gates[1]", "'bild'"),
    ],
)
def test_an_unknown_task_in_the_script_is_named_with_a_suggestion(tail, line, field, name):
    """Each place that names a task is checked; the message suggests the file's closest task id."""
    ((got_line, got_field, message),) = problems(tail)
    assert (got_line, got_field) == (line, field)
    assert f"unknown task {name}" in message and "(did you mean '" in message


def test_a_script_naming_known_tasks_validates():
    """Approvals, expected statuses, outputs and gates that name the file's tasks are fine."""
    tail = (
        "approvals:\n  - {task: ship, approver: a, reason: r}\n"
        "expect: {tasks: {build: succeeded}, outputs: {ship.value: 2}, gates: [ship]}\n"
    )
    spec, _ = parse_scenario(HEAD + tail, REGISTRY, ApprovalPolicy(), file="s.yaml")
    assert spec.expect is not None and spec.expect.gates == ["ship"]
