"""Validation of a graph before anything runs: every problem at once, each with its place and a fix hint.

Checks: the spec's own shape (types, required fields, unknown keys), duplicate ids, unknown tools and roles
("did you mean ...?"), arguments that do not fit the tool's input model, ``after`` and ``${...}`` references to
tasks or outputs that do not exist upstream, conditions that do not parse, approval overrides the policy forbids,
tools that need a real system the settings do not configure (when told which are), task ids a scenario's
``approvals:`` and ``expect:`` name that the file does not have,
cycles (loops must be declared with ``max_iterations``), and tasks that can never run.
"""

from __future__ import annotations

import contextlib
from collections.abc import Collection, Mapping
from typing import TYPE_CHECKING, Any, Protocol

from pydantic import ValidationError

from genaiops.data_roots import DataRoots
from genaiops.errors import SpecError
from genaiops.graphs.arg_checks import check_arguments
from genaiops.graphs.checker import Checker, graph_error
from genaiops.graphs.params import RECORDED, fill_params, name_given
from genaiops.graphs.plan import Plan, build_plan
from genaiops.graphs.script_checks import check_script
from genaiops.graphs.spec import GraphSpec, ScenarioSpec, TaskSpec
from genaiops.registry import ToolRegistry
from genaiops.yamldoc import gc_paused
from genaiops.yamlfile import Source, model_problems, read_file, read_yaml

if TYPE_CHECKING:
    from genaiops.toolcards import ToolCard

__all__ = ["ApprovalRules", "load_scenario", "parse_scenario", "validate_scenario"]


class ApprovalRules(Protocol):
    """The part of the approval policy validation needs (``genaiops.safety.ApprovalPolicy`` has it)."""

    def check_override(self, tool: ToolCard, approval: str) -> str | None: ...


def load_scenario(
    path: str,
    registry: ToolRegistry,
    rules: ApprovalRules | None = None,
    *,
    roots: DataRoots | None = None,
    params: Mapping[str, Any] | None = None,
    resources: Collection[str] | None = None,
) -> tuple[ScenarioSpec, Plan]:
    """Read, parse and validate a scenario file; raise ``SpecError`` or ``GraphValidationError``. Given the
    data ``roots`` (with the scenario's folder), file arguments outside them are problems too. ``params`` fill
    the file's ``params:`` (``--set`` text or typed values); the filled values are in ``spec.param_values``.
    Given the names of the configured optional ``resources`` (``genaiops.resources``), a task whose tool needs
    another is a problem too."""
    return validate_scenario(read_file(path), registry, rules, roots=roots, params=params, resources=resources)


def parse_scenario(
    text: str,
    registry: ToolRegistry,
    rules: ApprovalRules | None = None,
    file: str | None = None,
    params: Mapping[str, Any] | None = None,
    *,
    resources: Collection[str] | None = None,
):
    """Like ``load_scenario`` for YAML text."""
    return validate_scenario(read_yaml(text, file), registry, rules, params=params, resources=resources)


def validate_scenario(
    source: Source,
    registry: ToolRegistry,
    rules: ApprovalRules | None = None,
    *,
    roots: DataRoots | None = None,
    params: Mapping[str, Any] | None = None,
    resources: Collection[str] | None = None,
) -> tuple[ScenarioSpec, Plan]:
    with gc_paused():
        return _validate(source, registry, rules, roots, params or {}, resources)


def _validate(
    source: Source,
    registry: ToolRegistry,
    rules: ApprovalRules | None,
    roots: DataRoots | None,
    params: Mapping[str, Any],
    resources: Collection[str] | None,
) -> tuple[ScenarioSpec, Plan]:
    data = _as_mapping(source)
    given_at: dict[str, str] = {}
    values, problems, complete = fill_params(source, params, given_at=given_at)  # replaced before the shape check
    problems += source.duplicates
    if not complete:
        raise graph_error(problems)
    try:
        spec = ScenarioSpec.model_validate(data)
    except ValidationError as exc:
        problems += model_problems(source, ScenarioSpec, exc)
        spec = None
    tasks = dict(enumerate(spec.tasks)) if spec is not None else _parseable_tasks(data)
    checker = Checker(source, registry, rules, tasks, problems, resources)
    checker.check()
    problems += check_script(source, checker.ids, checker.output_problem)
    problems += check_arguments(source, registry, roots)
    if problems:
        raise graph_error(name_given(problems, given_at, params))
    assert spec is not None
    if values:
        spec = spec.model_copy(update={RECORDED: values})
    return spec, build_plan(_graph_of(spec))


def _graph_of(spec: ScenarioSpec) -> GraphSpec:
    """The graph part of a validated scenario, without validating its tasks a second time (``spec.graph()``
    dumps and re-validates them: 12 % of validating a 100,000-task chain)."""
    return GraphSpec.model_construct(
        _fields_set=spec.model_fields_set & set(GraphSpec.model_fields),
        **{name: getattr(spec, name) for name in GraphSpec.model_fields},
    )


def _as_mapping(source: Source) -> Mapping[str, Any]:
    if source.data is None:
        raise SpecError(f"{source.file or '<spec>'}: the file is empty; a graph needs at least `name` and `tasks`")
    if not isinstance(source.data, dict):
        kind = type(source.data).__name__
        raise SpecError(
            f"{source.file or '<spec>'}:1: the top level must be a mapping with `name` and `tasks`, not {kind}"
        )
    return source.data


def _parseable_tasks(data: Mapping[str, Any]) -> dict[int, TaskSpec]:
    raw = data.get("tasks")
    if not isinstance(raw, list):
        return {}
    tasks = {}
    for i, item in enumerate(raw):
        with contextlib.suppress(ValidationError):  # an invalid task is already reported by the whole-spec check
            tasks[i] = TaskSpec.model_validate(item)
    return tasks
