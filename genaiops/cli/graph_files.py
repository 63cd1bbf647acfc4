"""Graph files checked and drawn (``genaiops scenario validate``, ``genaiops graph show``): shared by the typer
commands (``genaiops.cli.runs``) and the fast path (``genaiops.cli.lite``), so it imports no typer."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from genaiops.graphs import Plan, ScenarioSpec
    from genaiops.safety import ApprovalPolicy
    from genaiops.settings import Settings
    from genaiops.yamlfile import Source

__all__ = ["draw_graph", "load_graph_file", "print_validated", "validated_line", "validated_text"]


def load_graph_file(
    file: Path,
    sets: list[str] | None,
    settings: Settings,
    policy: ApprovalPolicy,
    checked: dict[str, list] | None = None,
    source: Source | None = None,
    values: dict[str, Any] | None = None,
) -> tuple[ScenarioSpec, Plan]:
    """The scenario in ``file`` validated with the parameters ``sets`` (``NAME=VALUE``) against the tools, the
    policy, the data roots and the resources the settings configure (``GraphValidationError`` lists every
    problem). ``checked`` receives the files the data roots were asked about (``genaiops.cli.file_cache``).
    ``source``: the file as ``read_file`` read it, when the caller has (it is filled in place: use it once);
    ``values``: typed parameter values instead of ``sets`` (a run's recorded ones)."""
    from genaiops.graphs import parse_sets
    from genaiops.graphs.validate import validate_scenario
    from genaiops.runtime import configured_resources, data_roots
    from genaiops.tools import tools_on_demand
    from genaiops.yamlfile import read_file

    roots: Any = data_roots(settings).for_scenario(file)
    if checked is not None:
        from genaiops.cli.file_cache import Recording

        roots = Recording(roots)
        roots.checked = checked
    resources = configured_resources(settings)  # a tool needing an unconfigured real system: a validation problem
    params = values if values is not None else parse_sets(sets or [])
    if source is None:
        source = read_file(str(file))  # as load_scenario reads it
    return validate_scenario(source, tools_on_demand(), policy, roots=roots, params=params, resources=resources)


def validated_line(file: Path, plan: Plan) -> str:
    """What ``scenario validate`` prints for a valid file (Rich markup)."""
    return validated_text(file, len(plan.tasks), len(plan.loops))


def validated_text(file: Path, tasks: int, loops: int) -> str:
    """``validated_line`` from the counts (a kept answer: ``genaiops.cli.file_cache``)."""
    return f"[green]✓[/] {file}: {tasks} tasks, {loops} loops, valid"


def print_validated(file: Path, tasks: int, loops: int) -> None:
    """``validated_text`` printed as the Rich console prints it, without importing Rich when ``print`` writes the
    same characters (``genaiops.cli.deciding.plain_lines``; the check mark is one printable cell, checked as an
    ASCII letter, and needs a UTF-8 stdout): Rich's import was ~1/10 of a validation's instructions."""
    import sys

    from genaiops.cli.deciding import plain_lines

    rest = f" {file}: {tasks} tasks, {loops} loops, valid"
    utf8 = (getattr(sys.stdout, "encoding", None) or "").lower().replace("-", "") == "utf8"
    if utf8 and plain_lines([f"v{rest}"]) is not None:
        print(f"✓{rest}")
        return
    from genaiops.cli.consoles import console

    console.print(validated_text(file, tasks, loops))


def draw_graph(spec: Any, policy: ApprovalPolicy, format: str) -> str:
    """The graph of a validated scenario as ``graph show`` prints it (``text`` or ``mermaid``), each gated task
    labelled with the approvals the policy asks for."""
    from genaiops.graphs import build_plan, render_mermaid, render_text
    from genaiops.tools import tools_on_demand

    plan = build_plan(spec.graph())
    registry = tools_on_demand()

    def gate(tid: str) -> str | None:
        task = plan.tasks[tid].spec
        need = policy.requirement(registry.card(task.tool), task.risk, task.approval)
        return f"gate: {need.approvals} approval(s), {need.risk}" if need.gated else None

    return render_text(plan, gate) if format == "text" else render_mermaid(plan, gate)
