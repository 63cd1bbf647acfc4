"""Rich views: live progress of a run, its summary, and how to act on a paused run."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from genaiops.cli.common import console

if TYPE_CHECKING:
    from genaiops.graphs import RunEvent, RunResult

_COLORS = {
    "succeeded": "green",
    "failed": "red",
    "rejected": "red",
    "blocked": "red",
    "paused": "yellow",
    "waiting": "yellow",
    "skipped": "dim",
    "cancelled": "magenta",
    "running": "cyan",
    "orphaned": "bold magenta",
    "pending": "white",
}
_DONE = {"task_succeeded", "task_failed", "task_skipped", "task_blocked", "task_rejected"}


def colored(status: str) -> str:
    return f"[{_COLORS.get(status, 'white')}]{status}[/]"


class LiveProgress:
    """A progress bar over a run's tasks, with a line for each notable event (failure, approval, rejection)."""

    def __init__(self, total: int, done: int = 0):
        self.progress = Progress(
            TextColumn("[bold]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=console,
            transient=False,
        )
        self.bar = self.progress.add_task("tasks", total=total, completed=done)

    def __enter__(self) -> LiveProgress:
        self.progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.progress.stop()

    def __call__(self, event: RunEvent) -> None:
        if event.kind in _DONE:
            self.progress.advance(self.bar)
        if event.kind == "task_failed":
            self.progress.console.print(f"  [red]✗[/] {event.task_id}: {escape(str(event.data.get('error', '')))}")
        elif event.kind == "approval_requested":
            d = event.data
            self.progress.console.print(
                f"  [yellow]⏸[/] {event.task_id} needs {d.get('required')} approval(s) "
                f"({d.get('risk')} risk): {d.get('approval')}"
            )
        elif event.kind == "task_rejected":
            self.progress.console.print(f"  [red]⊘[/] {event.task_id}: {escape(str(event.data.get('error', '')))}")


def print_result(result: RunResult) -> None:
    table = Table("task", "status", "detail", title=f"{result.name} — run {result.run_id}", title_justify="left")
    for tid, status in result.tasks.items():
        detail = result.errors.get(tid) or ""
        table.add_row(tid, colored(status), escape(detail[:160]))
    console.print(table)
    console.print(f"run {result.run_id}: {colored(result.status)}")
    if result.status == "paused":
        console.print("[yellow]Waiting for approval:[/]")
        for request in result.pending:
            console.print(
                f"  {request.id}  task {request.task_id} -> {request.tool} ({request.risk} risk, "
                f"{request.required} approval(s), roles: {', '.join(request.roles)}, "
                f"expires {request.expires_at:%Y-%m-%d %H:%M} UTC)"
            )
        console.print("Decide, then continue:")
        console.print("  genaiops approvals show ID")
        console.print("  genaiops approvals approve ID --as NAME --reason '...'   (or: reject)")
        console.print(f"  genaiops resume {result.run_id}")
    elif result.status in ("cancelled", "orphaned"):
        console.print(f"Continue it with: genaiops resume {result.run_id}")
