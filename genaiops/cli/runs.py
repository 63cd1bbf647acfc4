"""Commands that start, continue, show and draw runs: run, resume, runs, scenario, graph."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.markup import escape

from genaiops.cli.common import app_policy, app_settings, console, engine, fail, store_reader, who
from genaiops.cli.listings import asked, note_cut, print_runs
from genaiops.cli.output import Format, OutputOption, emit
from genaiops.cli.resuming import FINISHED, check_plan_resources, resume_here, with_progress
from genaiops.cli.run_view import print_run, run_document
from genaiops.cli.views import deciding_for, exit_code, print_result

runs_app = typer.Typer(help="List, show and cancel runs.", no_args_is_help=True)
scenario_app = typer.Typer(
    help="Run and check scenario files (scripted approvals, expected outcomes).", no_args_is_help=True
)
graph_app = typer.Typer(help="Draw a graph file as text or Mermaid.", no_args_is_help=True)

FileArg = Annotated[Path, typer.Argument(help="A graph or scenario YAML file.")]
AsOption = Annotated[
    str | None,
    typer.Option(
        "--as",
        help="Claim to be NAME (drill homes only: the policy's allow_claimed_identities). Default: the OS user.",
    ),
]
ModelOption = Annotated[
    str | None,
    typer.Option(
        "--model",
        help="Model for agent (role) tasks: offline (default), openai:NAME, azure:DEPLOYMENT, ollama:NAME "
        "(overrides GENAIOPS_MODEL_PROVIDER / GENAIOPS_MODEL_NAME).",
    ),
]
SetOption = Annotated[
    list[str] | None,
    typer.Option(
        "--set",
        metavar="NAME=VALUE",
        help="Fill the scenario's parameter NAME (its `params:`; used as ${params.NAME}). Repeatable.",
    ),
]


def _load(file: Path, sets: list[str] | None = None):
    from genaiops.cli.graph_files import load_graph_file

    return load_graph_file(file, sets, app_settings(), app_policy())


def _source(file: Path) -> str:
    """The run's stored ``source``: the file's absolute path, so a resume anywhere finds its folder (data roots)."""
    return str(file.resolve())


def _execute(start, total: int, model: str | None = None, plan=None, again: str | None = None):
    eng = engine(model=model)  # settings, store and guardrails first: a bad setting fails before progress is drawn
    return with_progress(eng, start, total, plan=plan, again=again), eng


DetachOption = Annotated[
    bool,
    typer.Option("--detach", help="Store the run as queued and return: a `genaiops worker` executes it."),
]


def run(
    file: FileArg,
    as_: AsOption = None,
    model: ModelOption = None,
    set_: SetOption = None,
    detach: DetachOption = False,
) -> None:
    """Validate and run a graph. Gated tasks wait for people; the run pauses when only they are left.

    With GENAIOPS_SERVER_URL set, the server runs FILE (a scenario of its catalogue: its name, or a path under
    GENAIOPS_SCENARIOS_DIR) and this command follows it. With --detach, the run is queued for the workers
    (`genaiops worker`) and the command returns at once with its id.

    Exits 0 succeeded (or queued), 1 failed or rejected, 2 on a user error, 3 paused at a gate, 130 interrupted."""
    _on_server(file, as_, model, set_)
    spec, plan = _load(file, set_)
    requester, source = who(as_, app_policy()).name, _source(file)
    if detach:
        eng = engine(model=model)
        check_plan_resources(eng, plan)
        run_id = eng.submit(plan, requester=requester, source=source)
        console.print(f"run {run_id}: queued; a `genaiops worker` executes it (`genaiops runs show {run_id}`)")
        raise typer.Exit(0)
    result, eng = _execute(
        lambda e: e.start(plan, requester=requester, source=source), len(spec.tasks), model=model, plan=plan
    )
    print_result(result, deciding=deciding_for(eng.policy))
    raise typer.Exit(exit_code(result.status))


def resume(run_id: Annotated[str, typer.Argument(help="The run to continue.")], model: ModelOption = None) -> None:
    """Continue a paused, cancelled or interrupted run (decisions made since then take effect).

    With GENAIOPS_SERVER_URL set, the server resumes it now and this command follows it.

    Exits 0 succeeded, 1 failed or rejected, 2 on a user error, 3 paused at a gate again, 130 interrupted."""
    _resume_on_server(run_id, model)
    eng = engine(model=model)
    result = resume_here(eng, run_id)  # the same as `resume RUN` without typer (genaiops.cli.lite)
    print_result(result, deciding=deciding_for(eng.policy))
    raise typer.Exit(exit_code(result.status))


def _server(as_: str | None, model: str | None):  # noqa: ANN202 - Server | None
    from genaiops.cli.remote import refuse_names, server_client

    remote = server_client()
    if remote is not None:
        refuse_names(as_)
    if remote is not None and model is not None:
        fail("--model: the server runs agent tasks with the model its own settings name; drop --model")
    return remote


def _on_server(file: Path, as_: str | None, model: str | None, sets: list[str] | None, note: str = "") -> None:
    """In server mode: start the catalogue scenario FILE names on the server, follow it, print what a local run
    prints and exit as it exits; without a server, return."""
    from genaiops.cli.common import err_console
    from genaiops.cli.remote import catalogue_name, follow, run_pieces
    from genaiops.graphs import parse_sets

    remote = _server(as_, model)
    if remote is None:
        return
    name = catalogue_name(file, app_settings().scenarios_dir)
    run_id = remote.start(name, parse_sets(sets or []))
    err_console.print(f"the server runs its catalogue scenario {escape(name)} as run {run_id}{note}", soft_wrap=True)
    detail = follow(remote, run_id, len(remote.run_detail(run_id)["spec"].get("tasks", [])))
    _spec, result, _events, _turns = run_pieces(detail)
    print_result(result, deciding="server")
    raise typer.Exit(exit_code(result.status))


def _resume_on_server(run_id: str, model: str | None) -> None:
    """In server mode: the server resumes the run now (its engine claims it) and this command follows it."""
    from genaiops.cli.remote import follow, run_pieces

    remote = _server(None, model)
    if remote is None:
        return
    before = remote.run_detail(run_id)
    rows = before["task_rows"]
    seen = max((e["seq"] for e in before["events"]), default=0)
    remote.resume(run_id)
    detail = follow(remote, run_id, len(rows), sum(1 for t in rows if t["status"] in FINISHED), seen)
    _spec, result, _events, _turns = run_pieces(detail)
    print_result(result, deciding="server")
    raise typer.Exit(exit_code(result.status))


@runs_app.command("list")
def runs_list(
    status: Annotated[
        str | None, typer.Option(help="Only runs in this status (orphaned: running, but its process is gone).")
    ] = None,
    limit: Annotated[int, typer.Option(min=1, max=10_000)] = 50,
    output: OutputOption = Format.table,
) -> None:
    """The latest runs, newest first."""
    from genaiops.cli.remote import server_client
    from genaiops.cli.shapes import run_shape
    from genaiops.graphs import RUN_STATUSES, run_status

    if status is not None and status not in RUN_STATUSES:
        from genaiops.errors import did_you_mean

        fail(f"--status {status!r}{did_you_mean(status, RUN_STATUSES)}: a run is {', '.join(RUN_STATUSES)}")
    remote = server_client()
    if remote is not None:
        got = remote.runs(status, asked(limit))
        print_runs(got[:limit], output)
        return note_cut(len(got), limit)
    stored = "running" if status == "orphaned" else status
    store = store_reader()
    rows = store.runs(limit=asked(limit), status=stored)
    shapes = [run_shape(run, run_status(run), store) for run in rows[:limit]]
    print_runs([s for s in shapes if status is None or s["status"] == status], output)
    note_cut(len(rows), limit)


@runs_app.command("show")
def runs_show(
    run_id: Annotated[str, typer.Argument()],
    events: Annotated[bool, typer.Option("--events", help="Also list every recorded event.")] = False,
    outputs: Annotated[bool, typer.Option("--outputs", help="Also print each task's output (JSON).")] = False,
    turns: Annotated[bool, typer.Option("--turns", help="Also list every stored agent turn.")] = False,
    output: OutputOption = Format.table,
) -> None:
    """One run: its graph with each task's status, errors, pending approvals (and events, outputs, turns)."""
    from genaiops.cli.remote import run_document as remote_document
    from genaiops.cli.remote import run_pieces, server_client
    from genaiops.cli.shapes import run_shape

    remote = server_client()
    if remote is not None:
        detail = remote.run_detail(run_id)
        if output is not Format.table:
            emit(remote_document(detail, events=events, outputs=outputs, turns=turns), output)
            return
        return print_run(*run_pieces(detail), events=events, outputs=outputs, turns=turns)
    eng = engine(read_only=True)
    run = eng.store.run(run_id)
    result = eng.result(run_id)
    stored = (eng.store.events(run_id), eng.store.agent_turns(run_id))
    if output is not Format.table:
        rows = eng.store.tasks(run_id, decode=False)
        shape = run_shape(run, result.status, eng.store)
        document = run_document(shape, rows, result, *stored, events=events, outputs=outputs, turns=turns,
                                spec=run.spec)  # fmt: skip
        emit(document, output)
        return
    print_run(run.spec, result, *stored, events=events, outputs=outputs, turns=turns, deciding=deciding_for(eng.policy))


@runs_app.command("cancel")
def runs_cancel(
    run_id: Annotated[str, typer.Argument()],
    as_: AsOption = None,
    reason: Annotated[str, typer.Option(help="Why (recorded).")] = "cancelled from the CLI",
) -> None:
    """Cancel a run. A paused run's approvals are withdrawn; `genaiops resume RUN` can still continue it."""
    from genaiops.cli.remote import refuse_names, server_client

    remote = server_client()
    if remote is not None:
        refuse_names(as_)
        console.print(remote.cancel(run_id, reason))
        return
    from genaiops.graphs.plain_decision import kept_reason

    eng = engine(decisions=True)
    reason, said = kept_reason(reason)
    eng.cancel(run_id, by=who(as_, eng.policy).name, reason=reason)
    console.print(" ".join([f"run {run_id}: cancel recorded", *said]))


ResumeOption = Annotated[
    str | None,
    typer.Option(
        "--resume",
        metavar="RUN",
        help="Continue RUN, a run of this scenario that was interrupted or paused, as a drill: its scripted "
        "approvals applied, its `expect:` checked (`genaiops resume RUN` continues it as a plain run).",
    ),
]


@scenario_app.command("run")
def scenario_run(
    file: FileArg,
    as_: AsOption = None,
    model: ModelOption = None,
    set_: SetOption = None,
    resume: ResumeOption = None,
) -> None:
    """Run a scenario end to end: scripted approvals are applied, then the expected outcome is checked.

    Exits 0 when the run ended as the scenario's `expect:` says (with no `expect:`, when it succeeded), 1 when
    not, 2 on a user error, 3 when it stopped paused at a gate the script does not decide, 130 interrupted.
    With GENAIOPS_SERVER_URL set, the server runs it as `run` does (no scripted approvals, no `expect:` check)."""
    from genaiops.graphs import check_expectations, run_scenario, script_shortfalls

    if resume is not None and app_settings().server_url:
        fail("--resume continues a drill in this home; the server runs no drills: unset GENAIOPS_SERVER_URL")
    _on_server(file, as_, model, set_, note=_NOT_SCRIPTED)
    if resume is not None:
        spec, plan, total = _resumable(file, resume, set_)
    else:
        spec, plan = _load(file, set_)
        total = len(spec.tasks)
    requester, source = who(as_, app_policy()).name, _source(file)
    result, eng = _execute(
        lambda e: run_scenario(e, spec, requester=requester, source=source, plan=plan, resume=resume),
        total,
        model=model,
        plan=plan,
        again=_again(file),
    )
    print_result(result, deciding=deciding_for(eng.policy))
    for note in script_shortfalls(spec, result):
        console.print(f"[yellow]note:[/] {escape(note)}", soft_wrap=True)
    failures = check_expectations(spec, result, eng.store)
    for failure in failures:
        console.print(f"[red]✗ expectation:[/] {escape(failure)}")
    if spec.expect is not None and not failures:
        console.print("[green]✓ scenario ended as expected[/]")
    raise typer.Exit(_scenario_exit(spec.expect is not None, failures, result.status))


def _resumable(file: Path, run_id: str, sets: list[str] | None):
    """The scenario ``file`` validated with the values ``run_id`` was started with (``--set`` may not change
    them), after checking that the run is this file's as it is now: a run of another file, or of this one before
    an edit, is a user error naming the command that starts the drill over."""
    import hashlib

    from genaiops.cli.graph_files import load_graph_file
    from genaiops.errors import UserError
    from genaiops.graphs import GraphSpec

    if sets:
        raise UserError("--set and --resume: a run continues with the values it was started with; drop --set")
    store = store_reader()
    run = store.run(run_id)
    first = next((e[4] for e in store.events(run_id) if e[2] == "run_created"), None) or {}
    over = f"start the drill over: genaiops scenario run {file}"
    if run.source != _source(file):
        if run.source and not Path(run.source).exists():  # the run's file was moved or renamed
            raise UserError(
                f"{run_id} is not a run of {file}: {run_id} was started from {run.source}, which is gone (moved or "
                f"renamed?); move {file} back to {run.source} to continue the drill, continue it as a plain run "
                f"(people decide its gates): genaiops resume {run_id}, or {over}"
            )
        raise UserError(f"{run_id} is not a run of {file} (it was started from {run.source or 'no file'}); {over}")
    started = GraphSpec.model_validate(run.spec)
    spec, plan = load_graph_file(file, None, app_settings(), app_policy(), values=started.param_values)
    now = plan.spec.model_copy(update={"param_values": started.param_values})
    if first.get("spec_hash") != hashlib.sha256(now.model_dump_json().encode()).hexdigest():
        changes = _changes(started.model_dump(mode="json"), now.model_dump(mode="json"), file)
        raise UserError(
            f"{run_id} is not a run of {file} as the file is now: it was edited since the run started"
            f"{': ' + '; '.join(changes) if changes else ''}; undo the edit to continue the drill, or {over}"
        )
    return spec, plan, len(store.tasks(run_id, decode=False))


def _changes(before: Any, after: Any, file: Path, path: tuple = (), limit: int = 3) -> list[str]:
    """The first ``limit`` fields that differ between the spec a run started with and the file's now, each at
    its ``file:line`` (the task named), with both values."""
    from genaiops.errors import GenAIOpsError, Place, shorten
    from genaiops.yamldoc import field_name
    from genaiops.yamlfile import read_file

    found: list[tuple] = []

    def walk(a: Any, b: Any, at: tuple) -> None:
        if len(found) >= limit or a == b:
            return
        if isinstance(a, dict) and isinstance(b, dict):
            for key in [*a, *(k for k in b if k not in a)]:
                walk(a.get(key), b.get(key), (*at, key))
        elif isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
            for i, (x, y) in enumerate(zip(a, b, strict=True)):
                walk(x, y, (*at, i))
        else:
            found.append((at, a, b))

    walk(before, after, path)
    try:
        source = read_file(file)
    except GenAIOpsError:
        source = None
    said = []
    for at, a, b in found:
        place = source.place(at) if source is not None else Place(str(file), None, field_name(at))
        task = f" (task {after['tasks'][at[1]]['id']})" if at[:1] == ("tasks",) and len(at) > 1 else ""
        said.append(f"{place}{task}: {shorten(a)} when the run started, {shorten(b)} now")
    return said


def _again(file: Path) -> str:
    """The command that continues this scenario's drill, given ``--resume RUN``."""
    import shlex

    return shlex.join(["genaiops", "scenario", "run", str(file)])


_NOT_SCRIPTED = (
    "; the server runs a scenario as `genaiops run` does: it applies no scripted approvals and checks no "
    "`expect:` (people decide its gates: `genaiops approvals list`); unset GENAIOPS_SERVER_URL for a local drill"
)


def _scenario_exit(expects: bool, failures: list[str], status: str) -> int:
    """0 when the scenario ended as its ``expect`` says (a scenario may expect a rejection or a pause); otherwise
    as ``run``: 3 while it waits at a gate, 1 when it ended otherwise than expected (or failed, with no expect)."""
    if expects and not failures:
        return 0
    if status == "paused":
        return exit_code(status)
    return 1 if failures else exit_code(status)


@scenario_app.command("validate")
def scenario_validate(
    files: Annotated[list[Path], typer.Argument(help="Scenario or graph YAML files (several: `ops/*.yaml`).")],
    set_: SetOption = None,
) -> None:
    """Check scenarios without running anything (with the parameters given, for each file); every problem is
    listed with its place. Each file is reported; exits 0 when all are valid, 2 when any is not."""
    from genaiops.cli.failures import explain, logged_failure
    from genaiops.cli.graph_files import validated_line

    invalid = 0
    for file in files:
        try:
            _, plan = _load(file, set_)
        except Exception as exc:
            message = explain(exc)
            if message is None or len(files) == 1:
                raise  # a bug, or the one file's error: said as every command says it
            logged_failure(message)
            invalid += 1
            continue
        console.print(validated_line(file, plan))
    if invalid:
        console.print(f"{invalid} of {len(files)} files invalid")
        raise typer.Exit(2)


@scenario_app.command("schema")
def scenario_schema(
    out: Annotated[Path | None, typer.Option(help="Write the JSON schema here instead of printing it.")] = None,
) -> None:
    """The JSON schema of scenario files, for editors (yaml-language-server): with each tool's arguments, so
    editors complete and check `args`."""
    from genaiops.graphs.schema import scenario_schema
    from genaiops.tools import load_tools

    text = json.dumps(scenario_schema(load_tools()), indent=2)
    if out is None:
        print(text)
    else:
        out.write_text(text + "\n", encoding="utf-8")
        console.print(f"wrote {out}")


@graph_app.command("show")
def graph_show(
    file: FileArg,
    format: Annotated[str, typer.Option("--format", "-f", help="text or mermaid")] = "text",
) -> None:
    """Draw a graph file: tasks, dependencies, conditions, loops and approval gates."""
    from genaiops.cli.graph_files import draw_graph

    if format not in ("text", "mermaid"):
        fail(f"unknown format {format!r}; use --format text or --format mermaid")
    spec, _ = _load(file)
    print(draw_graph(spec, app_policy(), format))
