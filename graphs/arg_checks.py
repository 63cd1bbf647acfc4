"""Checks on what task arguments hold, run with the rest of validation: file paths.

A file argument (a field the tool's input model marks ``DataPath``) must lie under the data roots: the same rule
the ``data_roots`` resource enforces when the tool runs, reported before anything runs.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from genaiops.data_roots import DATA_ROOTS_FIX, DataRoots, data_path_fields
from genaiops.errors import Problem
from genaiops.graphs.refs import find_refs
from genaiops.graphs.source import Source
from genaiops.registry import ToolRegistry

__all__ = ["check_arguments"]


def check_arguments(source: Source, registry: ToolRegistry, roots: DataRoots | None = None) -> list[Problem]:
    """Problems with the file paths in the tasks' arguments."""
    problems: list[Problem] = []
    data = source.data if isinstance(source.data, Mapping) else {}
    paths: dict[str, tuple[str, ...]] = {}
    for i, task in _items(data.get("tasks")):
        args = task.get("args")
        if not isinstance(args, dict):
            continue
        at = ("tasks", i, "args")
        tool = task.get("tool")
        if roots is not None and isinstance(tool, str) and tool in registry:
            if tool not in paths:
                paths[tool] = data_path_fields(registry.get(tool).input_model)
            problems += _path_problems(source, paths[tool], args, at, roots)
    return problems


def _items(raw: Any) -> Iterator[tuple[int, Mapping[str, Any]]]:
    if isinstance(raw, list):
        yield from ((i, item) for i, item in enumerate(raw) if type(item) is dict)


def _path_problems(
    source: Source, fields: tuple[str, ...], args: Mapping[str, Any], at: tuple, roots: DataRoots
) -> list[Problem]:
    problems = []
    for name in fields:
        value = args.get(name)
        if not isinstance(value, str) or any(True for _ in find_refs(value)):
            continue  # not a path (the input model says so), or known only when the run gets there
        message = roots.problem(value)
        if message is not None:
            problems.append(source.problem((*at, name), message, DATA_ROOTS_FIX))
    return problems
