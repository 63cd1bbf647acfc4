"""The prompt registry (``GENAIOPS_HOME/prompts.db``, or the store's when it is on PostgreSQL): which version of
each prompt is current, and who released which version when. Releases happen only through runs
(``publish_prompt``, ``roll_back_prompt``: gated actions), so these commands only read."""

from __future__ import annotations

from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.table import Table

from genaiops.cli.common import app_settings, console, engine

app = typer.Typer(
    help="Released prompt versions: the current one of each prompt, and its history.", no_args_is_help=True
)


def _registry() -> Any:
    """The prompt registry (the home's, or the PostgreSQL store's), or a ``NotFoundError`` when nothing was ever
    released in this home (no file is created by a read)."""
    from genaiops.runtime import prompt_registry

    return prompt_registry(app_settings(), create=False)


@app.command("list")
def prompts_list() -> None:
    """Every released prompt and its current version."""
    registry = _registry()
    try:
        table = Table("prompt", "current", "released (run time)", "kind", "run")
        table.columns[0].overflow = table.columns[2].overflow = "fold"  # names are copied: never cut
        table.columns[4].no_wrap = True
        for name in registry.prompts():
            current = registry.current(name)
            table.add_row(name, current.version, current.released_at, current.kind, current.run_id)
        console.print(table)
    finally:
        registry.close()


@app.command("history")
def prompts_history(prompt: Annotated[str, typer.Argument(help="The prompt's name.")]) -> None:
    """Every release of a prompt, oldest first: version, when, by which run, approved by whom, and why."""
    registry = _registry()
    try:
        releases = registry.history(prompt)
    finally:
        registry.close()
    store = engine(read_only=True).store
    table = Table("#", "version", "kind", "released (run time)", "run", "requested by", "approved by", "reason")
    table.columns[4].no_wrap = True
    for release in releases:
        requester, approvers, why = _people(store, release.run_id, release.task_id)
        table.add_row(
            str(release.seq),
            release.version,
            release.kind,
            release.released_at,
            release.run_id,
            requester,
            approvers,
            escape(release.reason or why),
        )
    console.print(table)
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
