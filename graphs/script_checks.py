"""Validation of a scenario's script: the task ids its ``approvals:`` decide and its ``expect:`` names.

A scripted decision for a task that does not exist would never be used, and an expectation about one could
never hold; both are problems at their place, with "did you mean" over the file's task ids.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from genaiops.errors import Problem, did_you_mean, shorten
from genaiops.graphs.refs import Ref
from genaiops.yamlfile import Source

__all__ = ["check_script"]

_FIX = "name a task id of this file"


TASK_STATUSES = ("succeeded", "failed", "skipped", "blocked", "rejected", "waiting", "pending", "running", "cancelled")
"""What ``expect.tasks`` may say a task ended as."""


def check_script(
    source: Source, ids: Sequence[str], outputs: Callable[[Ref], tuple[str, str] | None] | None = None
) -> list[Problem]:
    """Problems with the task ids under ``approvals:`` and ``expect:`` (tasks, outputs, gates) of ``source``, the
    statuses ``expect.tasks`` names, and (given ``outputs``: the graph checker's ``output_problem``) the outputs
    ``expect.outputs`` names."""
    data = source.data if isinstance(source.data, Mapping) else {}
    known = set(ids)
    problems: list[Problem] = []

    def unknown(path: tuple, tid: object, what: str) -> None:
        if isinstance(tid, str) and tid not in known:
            message = f"{what} names unknown task {shorten(tid)}{did_you_mean(tid, ids)}"
            problems.append(source.problem(path, message, _FIX))

    for i, script in enumerate(_items(data.get("approvals"))):
        if isinstance(script, Mapping):
            unknown(("approvals", i, "task"), script.get("task"), "a scripted approval")
    expect = data.get("expect")
    if not isinstance(expect, Mapping):
        return problems
    tasks = expect.get("tasks")
    for tid in _keys(tasks):
        unknown(("expect", "tasks", tid), tid, "`expect.tasks`")
        status = tasks[tid]
        if isinstance(status, str) and status not in TASK_STATUSES:
            message = f"`expect.tasks` {tid}: unknown status {shorten(status)}{did_you_mean(status, TASK_STATUSES)}"
            problems.append(source.problem(("expect", "tasks", tid), message, f"one of: {', '.join(TASK_STATUSES)}"))
    for path in _keys(expect.get("outputs")):
        if isinstance(path, str):
            tid, *rest = path.split(".")
            unknown(("expect", "outputs", path), tid, f"`expect.outputs` {shorten(path)}")
            problem = outputs(Ref(tid, tuple(rest))) if outputs is not None and tid in known and rest else None
            if problem is not None:
                problems.append(
                    source.problem(("expect", "outputs", path), f"`expect.outputs` {problem[0]}", problem[1])
                )
    for i, tid in enumerate(_items(expect.get("gates"))):
        unknown(("expect", "gates", i), tid, "`expect.gates`")
    return problems


def _items(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _keys(value: Any) -> list[Any]:
    return list(value) if isinstance(value, Mapping) else []
