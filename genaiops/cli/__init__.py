"""The ``genaiops`` command line (typer + rich).

User mistakes (a bad file, an unknown run, a refused decision) and operational failures of the store (a full
disk, a read-only store, an unsupported store URL) print one clear message and exit 2, never a traceback. A
command that runs a graph exits 0 when it succeeded, 1 when it failed or was rejected, 3 when it stopped paused at
an approval gate; Ctrl-C exits 130. ``genaiops --help`` imports no agent framework: heavy modules load inside the
commands.
"""

from __future__ import annotations

import sqlite3
import sys

import typer

from genaiops.cli import approvals, audit, runs, serving
from genaiops.cli.common import close_engines, console, fail

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
            fail(str(exc))
        except sqlite3.Error as exc:  # a database beside the store (the receiver, the model registry)
            fail(f"a database under GENAIOPS_HOME failed: {exc}; check the disk and the permissions of that folder")
        except OSError as exc:  # a file the command writes or reads: a full disk, a read-only folder
            fail(f"{exc.filename or 'a file'}: {exc.strerror or exc}; check the disk and the permissions there")


app = typer.Typer(
    name="genaiops",
    cls=_Group,
    help="Run ML and GenAI operations as durable, gated, audited task graphs.\n\n"
    "Exit codes: 0 succeeded; 1 failed or rejected (a scenario: not as expected); 2 user error (bad file, "
    "unknown id, refused decision); 3 paused at an approval gate, waiting for people; 130 interrupted.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def _options(
    unsafe_policy: bool = typer.Option(
        False,
        "--unsafe-policy",
        help="Accept a GENAIOPS_POLICY_FILE that weakens the home's approval policy (recorded in the audit ledger).",
    ),
) -> None:
    """Run ML and GenAI operations as durable, gated, audited task graphs."""
    from genaiops.cli.common import Options

    Options.unsafe_policy = unsafe_policy


app.command("run")(runs.run)
app.command("resume")(runs.resume)
app.add_typer(runs.runs_app, name="runs")
app.add_typer(runs.scenario_app, name="scenario")
app.add_typer(runs.graph_app, name="graph")
app.add_typer(approvals.app, name="approvals")
app.add_typer(audit.app, name="audit")
app.add_typer(serving.app, name="serving")


@app.command("tools")
def tools() -> None:
    """List the registered tools, what they do and whether they are gated."""
    from rich.table import Table

    from genaiops.tools import load_tools

    table = Table("tool", "risk", "gated actions", "what it does")
    for spec in load_tools():
        table.add_row(spec.name, spec.risk, ", ".join(sorted(spec.actions)) or "-", spec.description.splitlines()[0])
    console.print(table)


def main() -> None:
    """Entry point of the console script."""
    try:
        app()
    except KeyboardInterrupt:
        console.print("[yellow]interrupted[/]; a started run can be continued with `genaiops resume RUN`")
        sys.exit(130)
