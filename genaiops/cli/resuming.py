"""Executing a run on this home with its progress drawn: ``genaiops run``, ``scenario run`` and ``resume``, shared by
the typer commands (``genaiops.cli.runs``) and the fast path's ``resume RUN`` (``resume_fast``), so it imports no
typer. The fast path answers exactly as the typer command does: the same settings, engine, checks, progress,
summary, ledger anchor, messages and exit codes (``tests/test_cli_resume.py`` compares the two through
processes); what it is unsure of before the run starts is handed back to typer with nothing printed."""

from __future__ import annotations

import gc
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from genaiops.graphs import Engine, Plan, RunResult

__all__ = ["FINISHED", "check_plan_resources", "resume_fast", "resume_here", "stop_interrupted", "with_progress"]

FINISHED = ("succeeded", "failed", "skipped", "blocked", "rejected")
"""The task states a resumed run does not run again (counted as done on its progress bar)."""


def check_plan_resources(eng: Engine, plan: Plan) -> None:
    """The real systems the plan's tools use or act on answer (and accept the credentials) before the run starts:
    a wrong URL or token is exit 2 with nothing recorded."""
    from genaiops.runtime import check_resources

    tools = {t.spec.tool for t in plan.tasks.values()}
    check_resources(eng.resources, (eng.registry.card(tool) for tool in sorted(tools) if tool in eng.registry))


def with_progress(
    eng: Engine,
    start: Callable[[Engine], Any],
    total: int,
    done: int = 0,
    plan: Plan | None = None,
    again: str | None = None,
) -> Any:
    """Run ``start(eng)`` (a run's coroutine) with its progress drawn, the plan's resources checked first. Ctrl-C
    stops the run (its running tasks run again on resume) and says how to continue it; the interrupt goes on up
    (exit 130). ``again``: a scenario's ``genaiops scenario run FILE``, which continues its drill with ``--resume
    RUN`` (plain ``resume`` applies no scripted approvals and checks no ``expect:``)."""
    import asyncio  # ~0.1 s (it loads ssl): only commands that execute a graph pay for it

    from genaiops.cli.views import LiveProgress
    from genaiops.graphs.tracing import combine_observers

    if plan is not None:
        check_plan_resources(eng, plan)
    runs: list[str] = []

    def note_run(event: Any) -> None:
        if not runs:
            runs.append(event.run_id)

    try:
        with LiveProgress(total, done) as progress:
            eng.on_event = combine_observers(progress, note_run, eng.on_event)  # and the tracer when tracing is on
            return asyncio.run(start(eng))
    except KeyboardInterrupt:
        if runs:
            stop_interrupted(eng, runs[0])
        _say_interrupted(runs[0] if runs else None, again)
        raise


def stop_interrupted(eng: Engine, run_id: str) -> None:
    """The run Ctrl-C interrupted reads ``cancelled``, as `genaiops runs cancel` leaves it (its interrupted tasks
    are back to pending), not ``running`` until its process is found gone: a worker must not take it over. By the
    OS user: whoever pressed Ctrl-C owns this process, whatever identity the run was started under."""
    from genaiops.cli.logs import LOG
    from genaiops.identity import os_user

    try:
        if eng.store.run(run_id).status == "running":
            eng.cancel(run_id, by=os_user(), reason="interrupted (Ctrl-C)")
    except Exception as exc:  # a second Ctrl-C or a store error: the run reads orphaned and resume continues it
        LOG.warning("run %s: not marked cancelled after Ctrl-C: %s", run_id, exc)


def _say_interrupted(run_id: str | None, again: str | None = None) -> None:
    """On stderr (and in the log): the run Ctrl-C stopped, and the command that continues it."""
    from rich.markup import escape

    from genaiops.cli.consoles import err_console
    from genaiops.cli.logs import LOG

    if run_id is None:
        LOG.info("interrupted before the run started")
        err_console.print("[yellow]interrupted[/] before the run started", soft_wrap=True)
        return
    LOG.info("run %s: interrupted", run_id)
    how = f"genaiops resume {run_id}"
    if again:  # a scenario's drill: `resume` alone would continue it as a plain run
        how = (
            f"{again} --resume {run_id} (its scripted approvals applied, its `expect:` checked; `{how}` continues "
            "it as a plain run, whose gates people decide)"
        )
    err_console.print(
        f"[yellow]interrupted:[/] run {run_id} stopped; its running tasks run again when you continue it: "
        f"{escape(how)}",
        soft_wrap=True,
    )


def resume_here(eng: Engine, run_id: str) -> RunResult:
    """Continue ``run_id`` on ``eng`` (an unknown run: ``NotFoundError``; a finished one or one executing
    elsewhere: ``RunStateError``; both before any progress is drawn)."""
    from genaiops.graphs import GraphSpec, build_plan

    run = eng.store.run(run_id)
    eng.check_resumable(run)
    tasks = eng.store.tasks(run_id, decode=False)
    done = sum(1 for t in tasks if t.status in FINISHED)
    stored = build_plan(GraphSpec.model_validate(run.spec))
    return with_progress(eng, lambda e: e.resume(run_id), len(tasks), done, stored)


def resume_fast(run_id: str, home: Path, argv: list[str]) -> bool:
    """``genaiops resume RUN`` (no option, a local SQLite home, no other setting: ``genaiops.cli.lite``) without
    typer. Settings, engine and the run are opened as the typer command opens them; if any of that fails nothing
    is printed and False hands the command to typer, which opens them again and explains. Once the run is known
    the command is answered here to its end (``SystemExit`` with the typer command's exit code): the same
    summary, the ledger anchored and the engine closed, and a failure reported as the typer application reports
    it (``genaiops.cli.failures``). The collector is off while the tables and modules load (startup makes no
    garbage to collect: ~3 % of the command) and back on before the run executes."""
    gc.disable()
    try:
        _start_log(home, argv)
    except BaseException:
        gc.enable()
        raise
    try:
        from genaiops.runtime import open_engine

        settings = _settings()
        eng = open_engine(settings)
    except Exception:  # noqa: BLE001 - the typer command opens them again and says what is wrong
        gc.enable()
        return False
    try:
        eng.store.run(run_id)
        import asyncio  # noqa: F401 - what executing loads, loaded with the collector off

        import genaiops.cli.views  # noqa: F401
        import genaiops.graphs.executor  # noqa: F401
    except Exception:  # noqa: BLE001 - an unknown run, a store failing: typer opens it again and explains
        eng.close()
        return False
    finally:
        gc.freeze()  # what startup made lives to the end: later collections need not walk it
        gc.enable()
    from genaiops.cli import logs, regex_code

    regex_code.seal()  # what the run's tools compile may be made of their data: not kept
    from genaiops.cli.failures import finish

    logs.LOG.info("command: %s", logs.command_line(argv))

    finish(lambda: _resumed(eng, run_id), lambda: _close(settings, eng))
    return True  # not reached: finish exits


def _start_log(home: Path, argv: list[str]) -> None:
    """The kept tables installed, then the log set up as the typer application sets it up (first: what opening
    the engine logs goes to the file)."""
    from genaiops.cli import kept_tables, regex_code

    kept_tables.install_yaml_readings(home)  # the policy and guardrail files, read before: no YAML parsed
    regex_code.install(home)  # before the modules that compile patterns load
    import logging

    from genaiops.cli import logs

    logs.ARGV = argv
    logging.captureWarnings(True)
    logs.setup(home, 0, False)


def _settings() -> Any:
    """``load_settings()`` of this environment, which sets no ``GENAIOPS_*`` field but the home and the store URL
    (``genaiops.cli.lite`` answers only there), without validating it (``settings_as_set``)."""
    import os

    from genaiops.cli.lite import _settings as home_and_store
    from genaiops.settings import settings_as_set

    found = home_and_store()
    if found is None:  # not reached: the fast path checked the environment
        from genaiops.settings import load_settings

        return load_settings()
    home, url = found
    home_set = any(key.lower() == "genaiops_home" for key in os.environ)
    return settings_as_set(home if home_set else None, url)


def _resumed(eng: Engine, run_id: str) -> int:
    from genaiops.cli.views import deciding_for, exit_code, print_result

    result = resume_here(eng, run_id)
    print_result(result, deciding=deciding_for(eng.policy))
    return exit_code(result.status)


def _close(settings: Any, eng: Engine) -> None:
    """As the typer application closes a command's engine: the ledger's new head anchored, then closed."""
    from genaiops.runtime import auto_anchor

    try:
        auto_anchor(settings, eng.store, eng.clock.now().isoformat())
    finally:
        eng.close()
