"""Rich views: live progress of a run, its summary, and how to act on a paused run."""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING, Any

from rich.markup import escape

from genaiops.cli.consoles import Options, console
from genaiops.cli.output import Col, colored, print_table

if TYPE_CHECKING:
    from genaiops.graphs import RunEvent, RunResult

LOG = logging.getLogger("genaiops")

__all__ = ["LiveProgress", "colored", "exit_code", "print_result", "verdict"]

_DONE = {"task_succeeded", "task_failed", "task_skipped", "task_blocked", "task_rejected"}


class LiveProgress:
    """A progress bar over a run's tasks, with a line for each notable event (failure, approval, rejection).

    To a file or a pipe Rich draws no live bar: it prints the notable events as they come and the bar once, as it
    stands when the run ends. ``_PlainBar`` writes that line itself (importing and running Rich's progress
    display was ~2 % of a ``resume``'s instructions); on a terminal, or a console it is unsure of, Rich's
    ``Progress`` draws the bar as always."""

    def __init__(self, total: int, done: int = 0):
        self.plain = _PlainBar(total, done) if _PlainBar.fits(console) else None
        self.progress = None if self.plain else _rich_progress()
        self.bar = None if self.plain else self.progress.add_task("tasks", total=total, completed=done)

    def __enter__(self) -> LiveProgress:
        if self.progress is not None:
            self.progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.progress is not None:
            self.progress.stop()
        elif not Options.quiet:  # Rich's disabled progress (--quiet) prints nothing
            self.plain.print(console)

    def __call__(self, event: RunEvent) -> None:
        if event.kind in _DONE:
            self.plain.advance() if self.plain else self.progress.advance(self.bar)
        if Options.quiet:
            return
        if event.kind == "task_failed":
            console.print(f"  [red]✗[/] {event.task_id}: {escape(str(event.data.get('error', '')))}")
        elif event.kind == "approval_requested":
            d = event.data
            console.print(
                f"  [yellow]⏸[/] {event.task_id} needs {d.get('required')} approval(s) "
                f"({d.get('risk')} risk): {d.get('approval')}"
            )
        elif event.kind == "task_rejected":
            console.print(f"  [red]⊘[/] {event.task_id}: {escape(str(event.data.get('error', '')))}")


def _rich_progress(get_time: Any = None) -> Any:
    """Rich's progress display of a run's tasks (``get_time``: its clock, Rich's own when None)."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn  # ~20 ms

    return Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=False,
        disable=Options.quiet,
        get_time=get_time,
    )


class _PlainBar:
    """The line Rich's ``Progress`` (``_rich_progress``) prints when it stops on a console without a terminal:
    ``tasks``, the bar (40 cells: a ``━`` per whole 40th done, a ``╸`` for a half, spaces for the rest, as Rich
    draws it without colours), ``done/total`` and the time elapsed (until the last task was done)."""

    WIDTH = 40
    clock = staticmethod(time.monotonic)  # Rich's clock (``Console.get_time``)

    def __init__(self, total: int, done: int) -> None:
        self.total, self.done, self.began = total, done, self.clock()
        self.finished: float | None = None  # the time elapsed when the last task was done (Rich's finished_time)

    @staticmethod
    def fits(console: Any) -> bool:
        """Whether Rich would print the bar once, plainly: a console that is not a terminal nor Jupyter, without
        colours, writing UTF-8."""
        return (
            not console.is_terminal and not console.is_jupyter and console.color_system is None
            and not console.legacy_windows and console.encoding.lower().startswith("utf")
        )  # fmt: skip

    def advance(self) -> None:
        self.done += 1
        if self.done >= self.total and self.finished is None:
            self.finished = self.clock() - self.began

    def line(self) -> str:
        from datetime import timedelta

        done = min(self.total, max(0, self.done))
        halves = int(self.WIDTH * 2 * done / self.total) if self.total else self.WIDTH * 2
        bar = "━" * (halves // 2) + "╸" * (halves % 2)
        elapsed = self.finished if self.finished is not None else self.clock() - self.began
        count = f"{self.done:{len(str(self.total))}d}/{self.total}"
        return f"tasks {bar:<{self.WIDTH}} {count} {timedelta(seconds=max(0, int(elapsed)))}"

    def print(self, console: Any) -> None:
        """The line, as Rich prints it; one wider than the console (Rich would fold it) is printed by Rich."""
        line = self.line()
        if len(line) <= console.width:
            console.print(line, markup=False, emoji=False, highlight=False, soft_wrap=True)
            return
        ended = self.clock()
        times = iter([self.began])
        progress = _rich_progress(get_time=lambda: next(times, ended))
        progress.add_task("tasks", total=self.total, completed=self.done)
        progress.tasks[0].finished_time = self.finished  # as Rich's advance set it
        progress.start()
        progress.stop()


EXIT_CODES = {"succeeded": 0, "paused": 3}
"""How a command that runs a graph exits: 0 succeeded, 3 paused at a gate (waiting for people), 1 anything else
(failed, rejected, cancelled). User mistakes exit 2 and an interrupt (Ctrl-C) 130 (``genaiops.cli``)."""

DETAIL = 160
"""Characters of a task's error shown in the table; a longer error is printed in full below it."""

_NEGATIVE = {"block", "blocked", "fail", "failed", "reject", "rejected"}


def exit_code(status: str) -> int:
    """The exit code of a command whose run ended (or stopped) in ``status``."""
    return EXIT_CODES.get(status, 1)


def verdict(output: Any) -> tuple[str, bool | None] | None:
    """A task's verdict, when its result states one (``verdict``, as review_output and decide_release give, or a
    report in it does, as compare_prompt_versions' gate): the verdict and whether it is favourable (None when it
    is neither, e.g. inconclusive)."""
    if not isinstance(output, dict):
        return None
    for level in (output, *(v for v in output.values() if isinstance(v, dict))):
        said = level.get("verdict")
        if isinstance(said, str):
            if level.get("passed") is False or said.lower() in _NEGATIVE:
                return said, False
            return said, True if level.get("passed") is True or said.lower() in ("pass", "approve") else None
    return None


def _cut(error: str) -> bool:
    """Whether an error is too long (or has lines) for the table's cell, so it is printed in full below."""
    return len(error) > DETAIL or "\n" in error


def _detail(tid: str, status: str, result: RunResult) -> str:
    error = result.errors.get(tid)
    if error:
        return escape(error.splitlines()[0][:DETAIL]) + " [dim]… (in full below)[/]" if _cut(error) else escape(error)
    found = verdict(result.outputs.get(tid)) if status == "succeeded" else None
    if found is None:
        return ""
    said, good = found
    return f"[{'green' if good else 'red' if good is False else 'yellow'}]verdict: {escape(said)}[/]"


SHOWN = 50
"""How many tasks and waiting approvals a run's summary lists (``runs show`` lists every task)."""
_QUIET = ("succeeded", "skipped")


def print_result(result: RunResult, *, every_task: bool = False) -> None:
    """The run's tasks (the first ``SHOWN``, those that need a look first, unless ``every_task``), full errors,
    its status, verdicts against, and how to act on a paused run."""
    LOG.info("run %s (%s): %s", result.run_id, result.name, result.status)
    for tid, error in result.errors.items():
        LOG.info("run %s task %s: %s", result.run_id, tid, error)
    tasks = list(result.tasks.items())
    if not every_task and len(tasks) > SHOWN:  # a 1,000-task table takes rich over a second to draw
        tasks = sorted(tasks, key=lambda item: item[1] in _QUIET)[:SHOWN]
    rows = [[tid, colored(status), _detail(tid, status, result)] for tid, status in tasks]
    title = f"{escape(result.name)} — run {result.run_id}"
    print_table([Col("task", is_id=True), Col("status"), Col("detail")], rows, title=title)
    if len(tasks) < len(result.tasks):
        counts: dict[str, int] = {}
        for status in result.tasks.values():
            counts[status] = counts.get(status, 0) + 1
        summary = ", ".join(f"{status} {n}" for status, n in sorted(counts.items()))
        console.print(
            f"… {len(result.tasks) - len(tasks)} more tasks ({summary} in all): "
            f"`genaiops runs show {result.run_id}` lists every one"
        )
    for tid, error in result.errors.items():
        if _cut(error):
            console.print(f"[red]{escape(tid)}[/] (full error): {escape(error)}", soft_wrap=True)
    console.print(f"run {result.run_id}: {colored(result.status)}")
    _print_verdicts(result)
    if result.status == "paused":
        console.print("[yellow]Waiting for approval:[/]")
        for request in result.pending[:SHOWN]:
            console.print(
                f"  {request.id}  task {request.task_id} -> {request.tool} ({request.risk} risk, "
                f"{request.required} approval(s), roles: {', '.join(request.roles)}, "
                f"expires {request.expires_at:%Y-%m-%d %H:%M} UTC)"
            )
        if len(result.pending) > SHOWN:
            console.print(
                f"  … and {len(result.pending) - SHOWN} more: `genaiops approvals list --run {result.run_id}`"
            )
        console.print("Decide, then continue:")
        console.print("  genaiops approvals show ID")
        console.print("  genaiops approvals approve ID --reason '...'   (or: reject; by another person, as themselves)")
        console.print(f"  genaiops resume {result.run_id}")
    elif result.status in ("cancelled", "orphaned"):
        console.print(f"Continue it with: genaiops resume {result.run_id}")


def _print_verdicts(result: RunResult) -> None:
    """Under the run's status: the tasks that succeeded with an unfavourable verdict (a blocked release is a
    task that did its job, and not a release)."""
    against = []
    for tid, status in result.tasks.items():
        found = verdict(result.outputs.get(tid)) if status == "succeeded" else None
        if found is not None and found[1] is False:
            against.append(f"{tid} ({found[0]})")
    if against:
        console.print(f"[bold red]verdict against:[/] {escape(', '.join(against))}")
