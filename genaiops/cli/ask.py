"""``genaiops ask "TEXT"``: what the planner understood (intent, slots, scenario, params) and the plan that
would run, validated as a file is, with the gates it would stop at. Nothing runs."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.markup import escape

from genaiops.cli.common import app_policy, app_settings, console, fail
from genaiops.cli.output import Format, OutputOption

if TYPE_CHECKING:
    from genaiops.agents.planner import PlannerAnswer, PlanPreview
    from genaiops.agents.planner.catalogue import Catalogue

__all__ = ["app_catalogue", "ask", "answer_and_plan"]


def ask(
    text: Annotated[str, typer.Argument(help="The request, in words (quote it).", show_default=False)],
    json_: Annotated[bool, typer.Option("--json", help="Print the answer and the plan as one JSON document.")] = False,
    output: OutputOption = Format.table,
    model: Annotated[
        str | None,
        typer.Option(
            "--model",
            help="Plan with a model: openai:NAME (GENAIOPS_MODEL_BASE_URL for an OpenAI-compatible server), "
            "azure:DEPLOYMENT, ollama:NAME. Default: the offline planner (or GENAIOPS_MODEL_PROVIDER).",
        ),
    ] = None,
    scenarios: Annotated[
        Path | None,
        typer.Option("--scenarios", help="The scenario catalogue folder (default: GENAIOPS_SCENARIOS_DIR)."),
    ] = None,
) -> None:
    """Plan a request in words (intent, scenario, params, gates) without running anything.

    The request passes the input guardrails first, as in `genaiops chat`: an injection is refused; secrets and
    personal data are redacted before a planner model sees them.

    Shows the intent, the slots, the catalogue scenario and its params, the tasks and the approval gates the run
    would stop at (risk tier, who may approve), or why the plan does not validate. Run it with the `genaiops run
    FILE --set ...` line shown."""
    from genaiops.agents.planner.fill import check_text
    from genaiops.cli.output import emit

    text = screened(check_text(text))  # before opening anything: an empty, huge or refused request is exit 2 at once
    catalogue = app_catalogue(scenarios)
    answer, preview = answer_and_plan(text, catalogue, model=model)
    fmt = Format.json if json_ else output
    if fmt is not Format.table:
        emit(document(answer, preview), fmt)
    else:
        show(answer, preview)


def screened(text: str) -> str:
    """The request as the chat desk plans it: through the shipped input guardrails (an injection refused, exit 2
    with the reason; secrets and personal data redacted before a planner model sees them), the system's own ids
    kept whole."""
    from genaiops.desk.commands import restore_ids, shield_ids
    from genaiops.runtime import ShippedGuardrails

    shielded, ids = shield_ids(text)
    result = ShippedGuardrails().screen("input", shielded)
    if result.outcome == "block":
        fail(f"refused by the input guardrails: {result.reason}. Nothing was planned.")
    return restore_ids(result.text, ids)


def app_catalogue(folder: Path | None = None, *, memory: bool = True) -> Catalogue:
    """The catalogue this command plans against: the scenario files under ``folder`` (default
    GENAIOPS_SCENARIOS_DIR), loaded as ``genaiops run`` loads them, retrieved from the home's Chroma memory."""
    from genaiops.errors import UserError
    from genaiops.runtime import planning_catalogue
    from genaiops.tools import tools_on_demand

    settings = app_settings()
    folder = folder or settings.scenarios_dir
    if not folder.is_dir():
        raise UserError(f"{folder}: no such scenario folder; give --scenarios DIR or set GENAIOPS_SCENARIOS_DIR")
    return planning_catalogue(settings, folder=folder, registry=tools_on_demand(), policy=app_policy(), memory=memory)


def answer_and_plan(
    text: str, catalogue: Catalogue, *, model: str | None = None, context: dict[str, str] | None = None
) -> tuple[PlannerAnswer, PlanPreview]:
    """The planner's answer to ``text`` and the validated plan it stands for (the desk uses this too)."""
    from genaiops.agents.planner import instantiate, make_planner

    planner = make_planner(app_settings(), model=model, catalogue=catalogue)
    answer = planner.plan(text, context)
    return answer, instantiate(answer, catalogue)


def document(answer: PlannerAnswer, preview: PlanPreview) -> dict[str, Any]:
    """``{intent, slots, scenario, params, confidence, planner, notes, plan: {..., valid}}``."""
    return answer.model_dump(mode="json") | {"plan": preview.model_dump(mode="json") | {"valid": preview.valid}}


def show(answer: PlannerAnswer, preview: PlanPreview) -> None:
    line = console.print
    line(f"[bold]intent[/]    {answer.intent} (confidence {answer.confidence:.2f}, {escape(answer.planner)} planner)")
    line(f"[bold]slots[/]     {_pairs(answer.slots) or 'none'}", soft_wrap=True)
    if preview.scenario is None:
        line(f"[bold]plan[/]      none: {escape(preview.problems[0]) if preview.problems else '-'}", soft_wrap=True)
    else:
        line(f"[bold]scenario[/]  {escape(preview.scenario)} ({escape(preview.file or '?')})", soft_wrap=True)
        line(f"[bold]params[/]    {_pairs(preview.params) or 'none'}", soft_wrap=True)
        _show_plan(preview)
    for note in answer.notes:
        line(f"[yellow]note:[/] {escape(note)}", soft_wrap=True)
    line("[dim]nothing was run[/]")


def _show_plan(preview: PlanPreview) -> None:
    line = console.print
    if preview.problems:
        line("[bold red]the plan does not validate; it will not run:[/]")
        for problem in preview.problems:
            line(f"  - {escape(problem)}", soft_wrap=True)
        return
    line(f"[bold]tasks[/]     {len(preview.tasks)}")
    for task in preview.tasks:
        who = f" ({task.performer})" if task.performer else ""
        what = task.tool or (f"goal: {task.goal}" if task.goal else "-")
        line(f"  {escape(task.id)}: {escape(what)}{escape(who)}", soft_wrap=True)
    if preview.gates:
        line("[bold]stops for approval at[/]")
        for g in preview.gates:
            roles = ", ".join(g.roles)
            gate = f"  {escape(g.task_id)} ({escape(g.tool)}, {g.risk} risk, {g.approvals} of {escape(roles)})"
            line(gate, soft_wrap=True)
    else:
        line("[bold]stops for approval at[/] none")
    sets = " ".join(f"--set {k}={_quoted(v)}" for k, v in preview.params.items() if v is not None)  # None: unset
    line(f"[bold]to run it[/] genaiops run {escape(preview.file or '')} {escape(sets)}".rstrip(), soft_wrap=True)


def _pairs(values: dict[str, Any]) -> str:
    return escape(" ".join(f"{k}={v}" for k, v in values.items() if v is not None))


def _quoted(value: Any) -> str:
    import shlex

    return shlex.quote(str(value))
