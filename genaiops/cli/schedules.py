"""Schedules: run a scenario file on a cron expression (the server's worker starts due runs; so does run-due)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from genaiops.cli.common import LOCAL, app_policy, app_settings, console, engine, fail, run_async, who
from genaiops.cli.notifications import NowOption, ops_db, parse_now
from genaiops.cli.output import Col, Format, OutputOption, emit, print_table

app = typer.Typer(help="Run scenarios on a schedule (cron): add, list, pause, resume, remove, run-due." + LOCAL,
                  no_args_is_help=True)  # fmt: skip

NameArg = Annotated[str, typer.Argument(help="The schedule's name (or id).")]


@app.command("add")
def add(
    file: Annotated[Path, typer.Argument(help="The scenario YAML file to run.")],
    cron: Annotated[str, typer.Option("--cron", help="When, in UTC: 'minute hour day month weekday' (0 2 * * *).")],
    set_: Annotated[
        list[str] | None, typer.Option("--set", help="NAME=VALUE for a parameter the scenario declares (repeat).")
    ] = None,
    missed: Annotated[
        str, typer.Option(help="Occurrences missed while nothing ran: skip them, or catch-up with ONE run.")
    ] = "skip",
    name: Annotated[str | None, typer.Option(help="The schedule's name (default: the file's name).")] = None,
    as_: Annotated[str | None, typer.Option("--as", help="Claim to be NAME (drill homes only).")] = None,
) -> None:
    """Add a schedule; the cron expression and the scenario (validated as `scenario validate` does) are checked
    now. Its runs are requested by you (the schedule's owner)."""
    from genaiops.ops.cron import check_cron
    from genaiops.ops.params import load_with_params, parse_sets
    from genaiops.ops.schedules import add_schedule
    from genaiops.runtime import data_roots
    from genaiops.tools import load_tools

    if missed not in ("skip", "catch-up"):
        fail(f"--missed {missed!r}: use skip or catch-up")
    expression = check_cron(cron)
    params = parse_sets(set_ or [])
    path = file.resolve()
    roots = data_roots(app_settings()).for_scenario(path)
    load_with_params(file, load_tools(), app_policy(), roots, params)  # every problem, with its place
    owner = who(as_, app_policy()).name
    with ops_db() as ops:
        schedule = add_schedule(ops, scenario=path, cron=expression, params=params, missed=missed,  # type: ignore[arg-type]
                                owner=owner, name=name, now=parse_now(None))  # fmt: skip
    console.print(
        f"schedule {schedule.name} ({schedule.schedule_id}): {file} at '{expression}' UTC, owner {owner}; "
        f"next run {schedule.next_due[:16].replace('T', ' ')} UTC"
    )


def _shown_file(scenario: str, catalogue: Path) -> str:
    """A schedule's scenario file as the table shows it: within the scenario catalogue, its path there
    (``mlops/drift_check.yaml``, the folder telling apart files of one name); elsewhere its folder and name."""
    path = Path(scenario)
    if path.is_relative_to(catalogue):
        return str(path.relative_to(catalogue))
    return str(Path(path.parent.name, path.name))


@app.command("list")
def list_(output: OutputOption = Format.table) -> None:
    """Every schedule: its cron, next run time, last run and that run's status."""
    from dataclasses import asdict

    from genaiops.ops.schedules import list_schedules

    with ops_db() as ops:
        rows = list_schedules(ops)
    if output is not Format.table:
        emit([{**asdict(s), "last_run": None if last is None else asdict(last)} for s, last in rows], output)
        return
    if not rows:
        console.print("no schedules: `genaiops schedules add FILE --cron '0 2 * * *'` adds one")
        return
    table, catalogue = [], app_settings().scenarios_dir.resolve()
    for schedule, last in rows:
        shown = "-" if last is None else f"{last.run_id or last.due_at[:16]} {last.status}"
        if last is not None and last.missed:
            shown += f" ({last.missed} missed)"
        table.append([
            escape(schedule.name), escape(_shown_file(schedule.scenario, catalogue)), escape(schedule.cron),
            schedule.missed,
            escape(schedule.owner), "-" if schedule.paused else schedule.next_due[:16].replace("T", " "),
            escape(shown), "paused" if schedule.paused else "active",
        ])  # fmt: skip
    heads = ["name", "scenario", "cron (UTC)", "missed", "owner", "next run (UTC)", "last run", "status"]
    print_table([Col(h, is_id=h in ("name", "cron (UTC)", "next run (UTC)")) for h in heads], table)
    for schedule, last in rows:
        if last is not None and last.error:
            console.print(f"[red]✗[/] {schedule.name}: {escape(last.error)}", soft_wrap=True)


@app.command("remove")
def remove(name: NameArg) -> None:
    """Remove a schedule (its past runs stay)."""
    from genaiops.ops.schedules import remove_schedule

    with ops_db() as ops:
        schedule = remove_schedule(ops, name)
    console.print(f"schedule {schedule.name} removed")


@app.command("pause")
def pause(name: NameArg) -> None:
    """Stop starting runs until resumed."""
    from genaiops.ops.schedules import set_paused

    with ops_db() as ops:
        schedule = set_paused(ops, name, True, parse_now(None))
    console.print(f"schedule {schedule.name} paused")


@app.command("resume")
def resume(name: NameArg) -> None:
    """Start runs again, from the next occurrence (those that passed while paused are not run)."""
    from genaiops.ops.schedules import set_paused

    with ops_db() as ops:
        schedule = set_paused(ops, name, False, parse_now(None))
    console.print(f"schedule {schedule.name} resumed; next run {schedule.next_due[:16].replace('T', ' ')} UTC")


@app.command("run-due")
def run_due(now: NowOption = None) -> None:
    """Start the runs of every schedule due now, once (for cron; the server's worker does it continuously).

    Exits 0 when every run started ended succeeded or paused at a gate (waiting for people) or nothing was due; 1
    when a run it started failed, was rejected or cancelled, or a schedule could not start its run (recorded; see
    `schedules list`): a cron job can alert on 1."""
    from genaiops.ops import run_due_schedules

    eng = engine()
    report = run_async(run_due_schedules(eng, app_settings(), parse_now(now)))
    for name, run_id, status in report.started:
        console.print(f"schedule {name}: run {run_id}: {status}")
    for name, count in report.skipped:
        console.print(f"schedule {name}: skipped {count} missed occurrence(s)")
    for error in report.errors:
        console.print(f"[red]✗[/] {escape(error)}", soft_wrap=True)
    if not (report.started or report.skipped or report.errors):
        console.print("no schedule is due")
    failed = any(status not in _FINE for _, _, status in report.started)
    raise typer.Exit(1 if report.errors or failed else 0)


_FINE = {"succeeded", "paused"}
"""Statuses of a started run that `run-due` exits 0 for: a paused run waits for people as any run does."""
