"""Rich views: live progress of a run, its summary, and how to act on a paused run.

To a file or a pipe, where the console would write a line's characters alone, the lines are written without Rich
(``genaiops.cli.plain``): a resumed run imports no Rich. The console (``console``, this module's attribute) is
imported on first use."""

from __future__ import annotations

import logging
import re
import sys
import time
from typing import TYPE_CHECKING, Any, Literal

from genaiops.cli import plain
from genaiops.cli.options import Options
from genaiops.cli.output import Col, colored, print_table

if TYPE_CHECKING:
    from genaiops.graphs import RunEvent, RunResult

LOG = logging.getLogger("genaiops")

__all__ = [
    "Deciding",
    "LiveProgress",
    "colored",
    "deciding_for",
    "exit_code",
    "print_result",
    "rich_console",
    "verdict",
]


def __getattr__(name: str) -> Any:
    """``console``: the stdout console (``genaiops.cli.consoles``), imported on first use."""
    if name != "console":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from genaiops.cli.consoles import console

    globals()["console"] = console
    return console


def rich_console() -> Any:
    """The console these views print through (a test may have replaced this module's ``console``)."""
    return sys.modules[__name__].console


def escape(text: str) -> str:
    """Rich's ``escape`` of ``text`` (markup), imported when a line goes through Rich."""
    from rich.markup import escape as rich_escape

    return rich_escape(text)


_DONE = {"task_succeeded", "task_failed", "task_skipped", "task_blocked", "task_rejected"}


class LiveProgress:
    """A progress bar over a run's tasks, with a line for each notable event (failure, approval, rejection).

    To a file or a pipe Rich draws no live bar: it prints the notable events as they come and the bar once, as it
    stands when the run ends. ``_PlainBar`` writes that line itself (importing and running Rich's progress
    display was ~2 % of a ``resume``'s instructions); on a terminal, or a console it is unsure of, Rich's
    ``Progress`` draws the bar as always."""

    def __init__(self, total: int, done: int = 0):
        self.plain = _PlainBar(total, done) if plain.width() is not None or _PlainBar.fits(rich_console()) else None
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
            self.plain.print()

    def __call__(self, event: RunEvent) -> None:
        if event.kind in _DONE:
            self.plain.advance() if self.plain else self.progress.advance(self.bar)
        if Options.quiet:
            return
        if event.kind in ("task_failed", "task_rejected"):
            mark, error = "✗" if event.kind == "task_failed" else "⊘", str(event.data.get("error", ""))
            plain.say(f"  {mark} {event.task_id}: {error}", f"  [red]{mark}[/] {event.task_id}: {escape(error)}")
        elif event.kind == "approval_requested":
            d = event.data
            said = f"{event.task_id} needs {d.get('required')} approval(s) ({d.get('risk')} risk): {d.get('approval')}"
            plain.say(f"  ⏸ {said}", f"  [yellow]⏸[/] {said}")
        elif event.kind == "approval_decided":  # a scenario's scripted decision (``run_scenario``)
            d = event.data
            mark, verb = ("✓", "approved") if d.get("verdict") == "approve" else ("⊘", "rejected")
            said = f"{event.task_id} {verb} by {d.get('approver')} ({d.get('role')}, scripted): {d.get('reason')}"
            plain.say(f"  {mark} {said}", f"  [{'green' if mark == '✓' else 'red'}]{mark}[/] {escape(said)}")


def _rich_progress(get_time: Any = None) -> Any:
    """Rich's progress display of a run's tasks (``get_time``: its clock, Rich's own when None)."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn  # ~20 ms

    return Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=rich_console(),
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

    def print(self) -> None:
        """The line, as Rich prints it; one wider than the console (Rich would fold it) is printed by Rich."""
        line = self.line()
        limit = plain.width()
        if limit is not None and len(line) <= limit:
            sys.stdout.write(line + "\n")  # what Rich writes of it: no markup, no emoji, not wrapped
            return
        console = rich_console()
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
    report in it does, as compare_prompt_versions' gate; else a check's ``passed``, as check_threshold and
    validate_model give: ``pass`` or ``fail``): the verdict and whether it is favourable (None when it is neither,
    e.g. inconclusive)."""
    if not isinstance(output, dict):
        return None
    for level in (output, *(v for v in output.values() if isinstance(v, dict))):
        said = level.get("verdict")
        if isinstance(said, str):
            if level.get("passed") is False or said.lower() in _NEGATIVE:
                return said, False
            return said, True if level.get("passed") is True or said.lower() in ("pass", "approve") else None
    passed = output.get("passed")
    if isinstance(passed, bool):  # a failed check read as a plain "succeeded" would hide what it found
        return ("pass", True) if passed else ("fail", False)
    return None


def _cut(error: str) -> bool:
    """Whether an error is too long (or has lines) for the table's cell, so it is printed in full below."""
    return len(error) > DETAIL or "\n" in error


def _detail(tid: str, status: str, result: RunResult) -> tuple[str, str]:
    """A task's detail cell: its characters, and its Rich markup."""
    error = result.errors.get(tid)
    if error:
        if _cut(error):
            first = error.splitlines()[0][:DETAIL]
            return f"{first} … (in full below)", escape(first) + " [dim]… (in full below)[/]"
        return error, escape(error)
    found = verdict(result.outputs.get(tid)) if status == "succeeded" else None
    if found is None:
        said = key_result(result.outputs.get(tid)) if status == "succeeded" else ""
        return said, escape(said)
    said, good = found
    colour = "green" if good else "red" if good is False else "yellow"
    return f"verdict: {said}", f"[{colour}]verdict: {escape(said)}[/]"


KEY_RESULT = 80
"""Characters of a task's result summary in the table (``runs show --outputs`` prints the whole result)."""


def key_result(output: Any) -> str:
    """A one-line summary of a task's result for its row: a result's scalar fields in the tool's order
    (``p99=152.3, breached=true``), lists and tables by their size (``values: 60 items``), cut at ``KEY_RESULT``
    characters; characters a terminal would act on (escape sequences, line breaks) shown as ``?``: a result can
    hold text from outside."""
    if output is None:
        return ""
    if isinstance(output, dict):
        parts = []
        for name, value in output.items():
            if _OPAQUE.search(name):
                continue
            if isinstance(value, list | tuple):
                parts.append(f"{name}: {len(value)} item{'' if len(value) == 1 else 's'}")
            elif not isinstance(value, dict):
                parts.append(f"{name}={_scalar(value)}")
            if sum(map(len, parts)) + 2 * len(parts) > KEY_RESULT:
                break
        said = ", ".join(parts)
    elif isinstance(output, list | tuple):
        said = f"{len(output)} item{'' if len(output) == 1 else 's'}"
    else:
        said = _scalar(output)
    said = said if said.isprintable() else "".join(c if c.isprintable() else "?" for c in said)
    return said if len(said) <= KEY_RESULT else said[: KEY_RESULT - 1] + "…"


_OPAQUE = re.compile(r"(key|hash|digest|token|secret|password|signature)s?$", re.IGNORECASE)
"""Result fields left out of the summary: keys, digests and credentials say nothing to a reader (and a secret's
place is never a table, redacted or not)."""


def _scalar(value: Any) -> str:
    """A scalar as JSON writes it, a float to four significant digits, a long text cut."""
    if isinstance(value, bool) or value is None:
        return {True: "true", False: "false", None: "null"}[value]
    if isinstance(value, float):
        return f"{value:.4g}"
    text = str(value)
    return text if len(text) <= 40 else text[:39] + "…"


SHOWN = 50
"""How many tasks and waiting approvals a run's summary lists (``runs show`` lists every task)."""
_QUIET = ("succeeded", "skipped")


Deciding = Literal["here", "server", "authenticated"]
"""Where a paused run's approvals are decided, for what its printout suggests: ``here`` (this CLI, on this home:
then ``genaiops resume``), ``server`` (this CLI pointed at a server, which continues the run itself once they are
decided) or ``authenticated`` (a home whose policy requires authenticated decisions: the server, where this CLI's
own decisions on the home are refused)."""


def deciding_for(policy: Any) -> Deciding:
    """``authenticated`` under a policy that refuses the CLI's decisions on this home, else ``here``."""
    return "authenticated" if policy.require_authenticated else "here"


def print_result(result: RunResult, *, every_task: bool = False, deciding: Deciding = "here") -> None:
    """The run's tasks (the first ``SHOWN``, those that need a look first, unless ``every_task``), full errors,
    its status, verdicts against, and how to act on a paused run."""
    LOG.info("run %s (%s): %s", result.run_id, result.name, result.status)
    for tid, error in result.errors.items():
        LOG.info("run %s task %s: %s", result.run_id, tid, error)
    tasks = list(result.tasks.items())
    if not every_task and len(tasks) > SHOWN:  # a 1,000-task table takes rich over a second to draw
        tasks = sorted(tasks, key=lambda item: item[1] in _QUIET)[:SHOWN]
    details = [_detail(tid, status, result) for tid, status in tasks]
    cols = [Col("task", is_id=True), Col("status"), Col("detail")]
    rows = [[tid, status, text] for (tid, status), (text, _) in zip(tasks, details, strict=True)]
    if not plain.print_table([c.header for c in cols], [c.is_id for c in cols], rows, _title(result, plain=True)):
        rows = [[tid, colored(status), markup] for (tid, status), (_, markup) in zip(tasks, details, strict=True)]
        print_table(cols, rows, title=_title(result, plain=False))
    if len(tasks) < len(result.tasks):
        counts: dict[str, int] = {}
        for status in result.tasks.values():
            counts[status] = counts.get(status, 0) + 1
        summary = ", ".join(f"{status} {n}" for status, n in sorted(counts.items()))
        _say(
            f"… {len(result.tasks) - len(tasks)} more tasks ({summary} in all): "
            f"`genaiops runs show {result.run_id}` lists every one"
        )
    for tid, error in result.errors.items():
        if _cut(error):
            full = f"{tid} (full error): {error}"
            plain.say(full, f"[red]{escape(tid)}[/] (full error): {escape(error)}", soft_wrap=True)
    plain.say(f"run {result.run_id}: {result.status}", f"run {result.run_id}: {colored(result.status)}")
    _print_verdicts(result)
    if result.status == "paused":
        plain.say("Waiting for approval:", "[yellow]Waiting for approval:[/]")
        for request in result.pending[:SHOWN]:
            _say(
                f"  {request.id}  task {request.task_id} -> {request.tool} ({request.risk} risk, "
                f"{request.required} approval(s), roles: {', '.join(request.roles)}, "
                f"expires {request.expires_at:%Y-%m-%d %H:%M} UTC)"
            )
        if len(result.pending) > SHOWN:
            _say(f"  … and {len(result.pending) - SHOWN} more: `genaiops approvals list --run {result.run_id}`")
        _print_how_to_decide(result.run_id, deciding)
    elif result.status in ("cancelled", "orphaned"):
        _say(f"Continue it with: genaiops resume {result.run_id}")


def _print_how_to_decide(run_id: str, deciding: Deciding) -> None:
    """What to do about a paused run, where the person reading is (see ``Deciding``)."""
    if deciding == "authenticated":
        _say("This home's approval policy requires authenticated decisions (require_authenticated: true); this")
        _say("CLI's own are refused. Decide through the server (`genaiops serve`): in its console (/approvals),")
        _say("through its API with a token, or with this CLI pointed at it (GENAIOPS_SERVER_URL and GENAIOPS_TOKEN,")
        _say("a token from `genaiops tokens create`). The server then continues the run.")
        _say("  genaiops approvals show ID   (reading works here)")
        return
    _say("Decide; the server then continues the run itself:" if deciding == "server" else "Decide, then continue:")
    _say("  genaiops approvals show ID")
    _say("  genaiops approvals approve ID --reason '...'   (or: reject; by another person, as themselves)")
    if deciding == "here":
        _say(f"  genaiops resume {run_id}")


def _title(result: RunResult, plain: bool) -> str:
    """The summary table's title: its characters, or its Rich markup."""
    return f"{result.name if plain else escape(result.name)} — run {result.run_id}"


def _say(line: str) -> None:
    """A line that is its own markup (nothing in it escaped), printed as the console prints it."""
    plain.say(line, line)


def _print_verdicts(result: RunResult) -> None:
    """Under the run's status: the tasks that succeeded with an unfavourable verdict (a blocked release is a
    task that did its job, and not a release)."""
    against = []
    for tid, status in result.tasks.items():
        found = verdict(result.outputs.get(tid)) if status == "succeeded" else None
        if found is not None and found[1] is False:
            against.append(f"{tid} ({found[0]})")
    if against:
        said = ", ".join(against)
        plain.say(f"verdict against: {said}", f"[bold red]verdict against:[/] {escape(said)}")
