"""The ``genaiops`` command line (typer + rich).

User mistakes (a bad file, an unknown run, a refused decision) and operational failures of the store (a full
disk, a read-only store, an unsupported store URL) print one clear message and exit 2, never a traceback. A
command that runs a graph exits 0 when it succeeded, 1 when it failed or was rejected, 3 when it stopped paused at
an approval gate; Ctrl-C exits 130; an unexpected error (a bug) prints one line naming the log file, which holds
its traceback (``genaiops.cli.logs``), and exits 1. ``genaiops --help`` imports no agent framework: heavy modules
load inside the commands.
"""

from __future__ import annotations

import sqlite3
import sys
from typing import NoReturn

import typer

from genaiops.cli import (
    accounts,
    approvals,
    audit,
    notifications,
    prompts,
    runs,
    scenarios,
    schedules,
    serving,
    tools_cmd,
)
from genaiops.cli.common import app_settings, close_engines, console, fail

__all__ = ["app", "main"]


class _Group(typer.core.TyperGroup):
    """Turns our user errors and store failures, raised anywhere below (closing included), into a message and
    exit code 2."""

    def invoke(self, ctx):  # type: ignore[no-untyped-def]
        from genaiops.errors import StoreError, UserError

        try:
            try:
                return super().invoke(ctx)
            finally:
                close_engines()
        except (UserError, StoreError) as exc:
            _failed(str(exc))
        except sqlite3.Error as exc:  # a database beside the store (the receiver, the model registry)
            _failed(f"a database under GENAIOPS_HOME failed: {exc}; check the disk and the permissions of that folder")
        except OSError as exc:  # a file the command writes or reads: a full disk, a read-only folder
            _failed(f"{exc.filename or 'a file'}: {exc.strerror or exc}; check the disk and the permissions there")


def _failed(message: str) -> NoReturn:
    """A user error or an operational failure: logged with its traceback (the file only), then one line, exit 2."""
    from genaiops.cli.logs import FILE_ONLY, LOG

    LOG.info("exit 2: %s", message, exc_info=True, extra=FILE_ONLY)
    fail(message)


app = typer.Typer(
    name="genaiops",
    cls=_Group,
    help="Run ML and GenAI operations as durable, gated, audited task graphs.\n\n"
    "Exit codes: 0 succeeded; 1 failed or rejected (a scenario: not as expected); 2 user error (bad file, "
    "unknown id, refused decision); 3 paused at an approval gate, waiting for people; 130 interrupted.\n\n"
    "With GENAIOPS_SERVER_URL and GENAIOPS_TOKEN set, run, resume, runs, approvals, scenario run/list and audit "
    "list/verify act on that server; the other commands act on this home.",
    no_args_is_help=True,
    add_completion=True,  # --install-completion / --show-completion (bash, zsh, fish, powershell)
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import version

        print(f"genaiops {version('genaiops')}")
        raise typer.Exit(0)


@app.callback()
def _options(
    ctx: typer.Context,
    unsafe_policy: bool = typer.Option(
        False,
        "--unsafe-policy",
        help="Accept a GENAIOPS_POLICY_FILE that weakens the home's approval policy (recorded in the audit ledger).",
    ),
    verbose: int = typer.Option(
        0, "--verbose", "-v", count=True, help="Say more on stderr (-v: what the command does, -vv: debug)."
    ),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress display; on stderr, errors only."),
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version of genaiops and exit."
    ),
) -> None:
    """Run ML and GenAI operations as durable, gated, audited task graphs."""
    from genaiops.cli.common import Options

    Options.unsafe_policy, Options.quiet = unsafe_policy, quiet
    _start_log(ctx, verbose, quiet)


def _start_log(ctx: typer.Context, verbose: int, quiet: bool) -> None:
    """The log file under GENAIOPS_HOME/logs (a bad setting is reported by the command, not here)."""
    from genaiops.cli import logs
    from genaiops.errors import UserError

    try:
        home = app_settings().home
    except UserError:
        home = None
    file = logs.setup(home, verbose, quiet)
    logs.LOG.info("command: %s", logs.command_line(logs.ARGV or [ctx.invoked_subcommand or ""]))
    logs.LOG.debug("log file: %s", file)


app.command("run")(runs.run)
app.command("resume")(runs.resume)
app.add_typer(runs.runs_app, name="runs")
app.add_typer(runs.scenario_app, name="scenario")
runs.scenario_app.command("list")(scenarios.scenario_list)
app.add_typer(runs.graph_app, name="graph")
app.add_typer(approvals.app, name="approvals")
app.add_typer(audit.app, name="audit")
app.add_typer(notifications.app, name="notifications")
app.add_typer(schedules.app, name="schedules")
app.add_typer(accounts.users_app, name="users")
app.add_typer(accounts.tokens_app, name="tokens")
app.command("serve")(accounts.serve)
app.add_typer(tools_cmd.app, name="tools")
app.add_typer(prompts.app, name="prompts")
app.add_typer(serving.app, name="serving")


def main() -> None:
    """Entry point of the console script. Python warnings (dependencies' ``UserWarning``s and the like) go to
    the log file, not the screen; an unexpected exception is one line on the screen, its traceback in the log."""
    import logging

    from genaiops.cli import logs
    from genaiops.cli.logs import FILE_ONLY, LOG

    logs.ARGV = sys.argv[1:]
    logging.captureWarnings(True)
    try:
        app()
    except KeyboardInterrupt:
        LOG.info("interrupted")
        console.print("[yellow]interrupted[/]; a started run can be continued with `genaiops resume RUN`")
        sys.exit(130)
    except Exception as exc:  # a bug: never a traceback on the screen
        LOG.error("unexpected error", exc_info=True, extra=FILE_ONLY)
        try:
            fail(f"unexpected {type(exc).__name__}: {exc} (a bug in genaiops; its traceback is in {_log_file()})", 1)
        except typer.Exit as done:
            sys.exit(done.exit_code)


def _log_file() -> str:
    from genaiops.cli.logs import LOG_FILE

    try:
        return str(app_settings().home / "logs" / LOG_FILE)
    except Exception:  # noqa: BLE001 - only to name the file in a message
        return f"GENAIOPS_HOME/logs/{LOG_FILE}"
