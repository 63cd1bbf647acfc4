"""The prompt registry (``GENAIOPS_HOME/prompts.db``, or the store's when it is on PostgreSQL): which version of
each prompt is current, and who released which version when. Releases happen only through runs
(``publish_prompt``, ``roll_back_prompt``: gated actions), so these commands only read."""

from __future__ import annotations

from typing import Annotated, Any

import typer
from rich.markup import escape

from genaiops.cli.common import app_settings, console, engine
from genaiops.cli.output import Col, Format, OutputOption, emit, print_table

app = typer.Typer(
    help="Released prompt versions: the current one of each prompt, and its history.", no_args_is_help=True
)


def _registry() -> Any:
    """The prompt registry (the home's, or the PostgreSQL store's), or a ``NotFoundError`` when nothing was ever
    released in this home (no file is created by a read)."""
    from genaiops.runtime import prompt_registry

    return prompt_registry(app_settings(), create=False)


@app.command("list")
def prompts_list(output: OutputOption = Format.table) -> None:
    """Every released prompt and its current version."""
    from genaiops.errors import NotFoundError

    try:
        registry = _registry()
    except NotFoundError as exc:  # nothing released in this home yet: an empty list, not an error
        if output is not Format.table:
            emit([], output)
        else:
            console.print(str(exc), soft_wrap=True)
        return
    try:
        rows = [
            {"prompt": name, "current": c.version, "released_at": c.released_at, "kind": c.kind, "run_id": c.run_id}
            for name in registry.prompts()
            for c in (registry.current(name),)
        ]
    finally:
        registry.close()
    if output is not Format.table:
        emit(rows, output)
        return
    cols = [Col("prompt", is_id=True), Col("current", is_id=True), Col("released (run time)", whole=True), Col("kind"),
            Col("run", is_id=True)]  # fmt: skip
    print_table(cols, [[escape(r["prompt"]), escape(r["current"]), r["released_at"], r["kind"], r["run_id"]]
                       for r in rows])  # fmt: skip


@app.command("history")
def prompts_history(
    prompt: Annotated[str, typer.Argument(help="The prompt's name.")], output: OutputOption = Format.table
) -> None:
    """Every release of a prompt, oldest first: version, when, by which run, approved by whom, and why."""
    registry = _registry()
    try:
        releases = registry.history(prompt)
    finally:
        registry.close()
    store = engine(read_only=True).store
    rows = []
    for release in releases:
        requester, approvers, why = _people(store, release.run_id, release.task_id)
        rows.append({
            "seq": release.seq, "version": release.version, "kind": release.kind, "baseline": release.baseline,
            "released_at": release.released_at, "run_id": release.run_id, "task_id": release.task_id,
            "requested_by": None if requester == "-" else requester,
            "approved_by": None if approvers == "-" else approvers, "reason": release.reason or why,
            "template_sha256": release.template_sha256,
        })  # fmt: skip
    if output is not Format.table:
        emit(rows, output)
        return
    cols = [Col("#"), Col("version", is_id=True), Col("kind"), Col("released (run time)", whole=True),
            Col("run", is_id=True), Col("requested by"), Col("approved by"), Col("reason")]  # fmt: skip
    print_table(cols, [
        [str(r["seq"]), escape(r["version"]), r["kind"], r["released_at"], r["run_id"],
         escape(r["requested_by"] or "-"), escape(r["approved_by"] or "-"), escape(r["reason"])]
        for r in rows
    ])  # fmt: skip
    console.print(f"current: {prompt} {releases[-1].version}")


def _people(store: Any, run_id: str, task_id: str) -> tuple[str, str, str]:
    """Who asked for the run, who approved the releasing task and why (from the store; '-' when unknown)."""
    from genaiops.errors import NotFoundError

    try:
        requester = store.run(run_id).requester
    except NotFoundError:
        return "-", "-", ""
    approvals = [
        decision
        for request, _status in store.approvals(run_id=run_id)
        if request.get("task_id") == task_id
        for decision in store.decisions(request["id"])
        if decision.get("verdict") == "approve"
    ]
    names = [f"{d['approver']}{' (scripted)' if d.get('kind') == 'scripted' else ''}" for d in approvals]
    return requester, ", ".join(names) or "-", "; ".join(str(d.get("reason", "")) for d in approvals)
