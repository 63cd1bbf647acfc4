"""The scenario catalogue: the scenario files under ``GENAIOPS_SCENARIOS_DIR`` (default ``./scenarios``), by
name (the path below that folder without ``.yaml``), with what a person needs to start one: its description,
its approval gates under the current policy, and its parameters.

``load_for_run`` is the one function that reads a scenario for a run with parameters: the API calls it, and
scenario parameters (``params:``, ``${params.NAME}``) plug in here.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from genaiops.errors import GraphValidationError, NotFoundError, SpecError, did_you_mean
from genaiops.graphs import Param, Plan, ScenarioSpec, catalogue_values, load_scenario, scenario_params
from genaiops.registry import ToolRegistry
from genaiops.runtime import data_roots
from genaiops.safety import ApprovalPolicy
from genaiops.server.schemas import GateOut, ScenarioOut
from genaiops.settings import Settings

__all__ = ["describe", "find_scenario", "list_scenarios", "load_for_run"]

_NAME = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]*(/[A-Za-z0-9_][A-Za-z0-9_.-]*)*")


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*.yaml") if p.is_file() and not p.name.startswith("."))


def _name(folder: Path, path: Path) -> str:
    return path.relative_to(folder).with_suffix("").as_posix()


def _is_scenario(path: Path) -> bool:
    """A YAML file with a top-level ``tasks:`` (suites and recorded outputs live beside scenarios)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    return re.search(r"^tasks:", text, re.MULTILINE) is not None


def find_scenario(settings: Settings, name: str) -> Path:
    """The file of the scenario ``name`` (its path below the catalogue folder without ``.yaml``, or the ``name:``
    exactly one file declares, which `genaiops scenario list` and the alert rules call it);
    ``NotFoundError`` (with close names) for anything else, a path that leaves the catalogue folder included."""
    folder = settings.scenarios_dir.resolve()
    files = [p for p in _files(folder) if _is_scenario(p)] if folder.is_dir() else []
    names = [_name(folder, p) for p in files]
    if _NAME.fullmatch(name) and ".." not in name.split("/") and name in names:  # checked before the file system
        path = (folder / f"{name}.yaml").resolve()  # sees it: a NUL in a path raises ValueError there
        if path.is_relative_to(folder):
            return path
    declared = {p: _declared_name(p) for p in files}
    same = [p for p, title in declared.items() if title == name]
    if len(same) == 1:
        return same[0]
    titles = [t for t in declared.values() if t]
    raise NotFoundError(
        f"no scenario {name[:80]!r} in the catalogue {folder}{did_you_mean(name, names + titles)}; "
        "`genaiops scenario list` lists them"
    )


_DECLARED = re.compile(r"""^name:[ \t]*(['"]?)([^'"#\s][^'"#]*?)\1[ \t]*(?:#.*)?$""", re.MULTILINE)


def _declared_name(path: Path) -> str | None:
    """The top-level ``name:`` of a scenario file, read as text (the file is validated when it runs)."""
    try:
        found = _DECLARED.search(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        return None
    return found.group(2) if found else None


def load_for_run(
    settings: Settings, registry: ToolRegistry, policy: ApprovalPolicy, path: Path, params: dict[str, Any]
) -> tuple[ScenarioSpec, Plan]:
    """Read and validate a scenario for a run with ``params`` (the values of its ``params:``, checked and filled
    as ``genaiops run FILE --set`` does: unknown names, missing required values, wrong types are problems)."""
    roots = data_roots(settings).for_scenario(path)
    return load_scenario(str(path), registry, policy, roots=roots, params=params)


def describe(settings: Settings, registry: ToolRegistry, policy: ApprovalPolicy, path: Path) -> ScenarioOut:
    """One catalogue entry: name, description, tasks and gates; a file that does not validate says why."""
    folder = settings.scenarios_dir.resolve()
    shown = path.relative_to(folder).as_posix()  # the server's own folders are none of a client's business
    entry = ScenarioOut(name=_name(folder, path), file=shown)
    try:
        samples = catalogue_values(scenario_params(path))  # required parameters nobody gave yet: to find the gates
        roots = data_roots(settings).for_scenario(path)
        spec, plan = load_scenario(str(path), registry, policy, roots=roots, params=samples)
    except (GraphValidationError, SpecError) as exc:
        problem = " ".join(str(exc).replace(str(path), shown).split())  # in full on one line, as the CLI lists it
        return entry.model_copy(update={"valid": False, "problem": problem})
    gates = []
    for tid in plan.order:
        task = plan.tasks[tid].spec
        if task.tool is None:
            continue  # an agent (role) task: its tool calls are gated one by one when it runs
        need = policy.requirement(registry.get(task.tool), task.risk, task.approval)
        if need.gated:
            gates.append(GateOut(task=tid, tool=task.tool, risk=need.risk, approvals=need.approvals,
                                 roles=list(need.roles)))  # fmt: skip
    params = getattr(spec, "params", None) or {}
    return entry.model_copy(
        update={
            "title": spec.name,
            "parameters": [_parameter(p) for p in scenario_params(path)],
            "description": (spec.description or "").strip(),
            "tasks": len(spec.tasks),
            "gates": gates,
            "params": params if isinstance(params, dict) else {},
        }
    )


def _parameter(param: Param) -> dict[str, Any]:
    spec = param.spec
    return {"name": param.name, "type": param.type, "required": param.required, "default": spec.default,
            "allowed": spec.allowed, "description": spec.description}  # fmt: skip


def list_scenarios(settings: Settings, registry: ToolRegistry, policy: ApprovalPolicy) -> list[ScenarioOut]:
    folder = settings.scenarios_dir.resolve()
    if not folder.is_dir():
        return []
    return [describe(settings, registry, policy, p) for p in _files(folder) if _is_scenario(p)]
