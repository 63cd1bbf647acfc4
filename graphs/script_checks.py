"""Validation of a scenario's script: the task ids its ``approvals:`` decide and its ``expect:`` names.

A scripted decision for a task that does not exist would never be used, and an expectation about one could
never hold; both are problems at their place, with "did you mean" over the file's task ids.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from genaiops.errors import Problem, did_you_mean, shorten
from genaiops.yamlfile import Source

__all__ = ["check_script"]

_FIX = "name a task id of this file"


def check_script(source: Source, ids: Sequence[str]) -> list[Problem]:
    """Problems with the task ids under ``approvals:`` and ``expect:`` (tasks, outputs, gates) of ``source``."""
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
    for tid in _keys(expect.get("tasks")):
        unknown(("expect", "tasks", tid), tid, "`expect.tasks`")
    for path in _keys(expect.get("outputs")):
        if isinstance(path, str):
            unknown(("expect", "outputs", path), path.split(".")[0], f"`expect.outputs` {shorten(path)}")
    for i, tid in enumerate(_items(expect.get("gates"))):
        unknown(("expect", "gates", i), tid, "`expect.gates`")
    return problems


def _items(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _keys(value: Any) -> list[Any]:
    return list(value) if isinstance(value, Mapping) else []
