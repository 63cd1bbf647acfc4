"""The typer application behind ``genaiops`` (``genaiops.cli.main`` runs it unless the command is one of the
read commands ``genaiops.cli.lite`` answers without typer, Rich's console setup and pydantic's settings)."""

from __future__ import annotations

import importlib
import shlex
import sys
from typing import Any

import typer

from genaiops.cli import COMMANDS, LOCAL, logs
from genaiops.cli.common import app_settings, close_engines, console, fail

__all__ = ["app", "load_command", "run"]


class _Suggesting(typer.core.TyperGroup):
    """A group whose unknown command exits 2 with the real commands it may mean (``suggest_commands``)."""

    def resolve_command(self, ctx, args):  # type: ignore[no-untyped-def]
        name = args[0] if args else ""
        if name and not name.startswith("-") and not ctx.resilient_parsing and self.get_command(ctx, name) is None:
            ctx.fail(f"No such command {name!r}. {suggest_commands(name, self.commands, ctx.command_path)}")
        return super().resolve_command(ctx, args)


def suggest_commands(name: str, commands: dict[str, Any], path: str) -> str:
    """What an unknown command ``name`` may mean among ``commands`` (name -> click command), from the real
    commands only: close in spelling (as click's suggestion), else those whose one-line help uses the word
    (``accounts``: users, tokens; ``inbox``: approvals), else the list of them."""
    import difflib
    import re

    shown = {key: cmd for key, cmd in commands.items() if not getattr(cmd, "hidden", False)}
    close = difflib.get_close_matches(name, list(shown), n=3)
    if not close and len(name) >= 4:
        word = name.lower().removesuffix("s")
        for key, cmd in shown.items():
            text = (cmd.short_help or cmd.help or "").replace(LOCAL, "").lower()
            if word in {w.removesuffix("s") for w in re.findall(r"[a-z]+", text)}:
                close.append(key)
    if close:
        quoted = [repr(key) for key in close[:3]]
        return f"Did you mean {' or '.join([', '.join(quoted[:-1]), quoted[-1]] if len(quoted) > 1 else quoted)}?"
    return f"The commands of `{path}`: {', '.join(shown)} (`{path} --help` says what each does)."


class _Group(_Suggesting):
    """Turns our user errors and store failures, raised anywhere below (closing included), into a message and
    exit code 2. Its commands are loaded when used (``COMMANDS``): a command imports only its own module."""

    def __init__(self, **attrs):  # type: ignore[no-untyped-def]
        super().__init__(**attrs)
        self._listing = False
        for name, (_, _, short_help) in COMMANDS.items():
            self.commands.setdefault(name, _Stub(name=name, help=short_help))

    def get_command(self, ctx, cmd_name):  # type: ignore[no-untyped-def]
        """The command ``cmd_name``, its module imported on first use; while the help lists the commands, the
        stand-ins of ``COMMANDS`` (name and one-line help), so that listing them imports no command module."""
        command = super().get_command(ctx, cmd_name)
        if isinstance(command, _Stub) and not self._listing:
            command = self.commands[cmd_name] = load_command(cmd_name)
        return command

    def format_help(self, ctx, formatter):  # type: ignore[no-untyped-def]
        self._listing = True
        try:
            return super().format_help(ctx, formatter)
        finally:
            self._listing = False

    def invoke(self, ctx):  # type: ignore[no-untyped-def]
        from genaiops.cli.failures import explain, logged_failure

        try:
            try:
                return super().invoke(ctx)
            finally:
                close_engines()
        except BrokenPipeError:  # the reader of our output went away (`| head`): genaiops.cli.main ends quietly
            raise
        except Exception as exc:
            if type(exc).__name__ == "NoSuchOption":  # click's, as typer vendors it (typer._click): by its name
                self._say_where_it_goes(exc)
                raise
            message = explain(exc)  # a user error or an operational failure (store, disk): one line, exit 2
            if message is None:
                raise
            logged_failure(message)
            raise typer.Exit(2) from None

    def _say_where_it_goes(self, exc: Any) -> None:
        """A global option typed after the command (``genaiops run FILE --quiet``): the error shows the command line
        with the option where it goes, ``genaiops --quiet run FILE``. The option is not moved for the user: only
        ``genaiops`` itself reads it, and before the command the line means one thing whatever the command's own
        options (a value that looks like an option included)."""
        option = exc.option_name
        if option not in {name for param in self.params for name in param.opts + param.secondary_opts}:
            return
        argv = list(logs.ARGV or sys.argv[1:])
        moved = [option, *(arg for arg in argv if arg != option)] if option in argv else [option, *argv]
        exc.message = (
            f"{option} is an option of genaiops itself, not of the command: put it before the command, "
            f"`genaiops {shlex.join(moved)}`"
        )
        exc.possibilities = None  # the command's own options are beside the point


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


class _Stub(typer.core.TyperCommand):
    """A command's name and one-line help (``COMMANDS``), standing in for it until it is used."""


def load_command(name: str) -> typer.core.TyperCommand | typer.core.TyperGroup:
    """The command ``genaiops NAME`` runs, built by typer from its module as ``app.command`` / ``app.add_typer``
    would build it (``scenario`` also gets ``scenario list`` and ``scenario test``, from genaiops.cli.scenarios and
    genaiops.cli.scenario_test)."""
    module_name, attribute, _ = COMMANDS[name]
    target = getattr(importlib.import_module(f"genaiops.cli.{module_name}"), attribute)
    holder = typer.Typer()
    if isinstance(target, typer.Typer):
        if name == "scenario" and not any(info.name == "list" for info in target.registered_commands):
            from genaiops.cli.scenario_test import scenario_test
            from genaiops.cli.scenarios import scenario_list

            target.command("list")(scenario_list)
            target.command("test")(scenario_test)
        holder.add_typer(target, name=name, cls=_Suggesting)
    else:
        holder.command(name)(target)
    return typer.main.get_group(holder).commands[name]  # type: ignore[return-value]


def run() -> None:
    """The typer application, as the console script runs it. Python warnings (dependencies' ``UserWarning``s and
    the like) go to the log file, not the screen; an unexpected exception is one line on the screen, its traceback
    in the log."""
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
        from genaiops.cli.failures import log_file

        LOG.error("unexpected error", exc_info=True, extra=FILE_ONLY)
        try:
            fail(f"unexpected {type(exc).__name__}: {exc} (a bug in genaiops; its traceback is in {log_file()})", 1)
        except typer.Exit as done:
            sys.exit(done.exit_code)
