"""The audit ledger: verify the chain, list entries."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from genaiops.cli.common import console, engine, err_console

app = typer.Typer(help="The audit ledger: verify its hash chain, list its entries.", no_args_is_help=True)


@app.command("verify")
def verify() -> None:
    """Recompute the hash chain; exit 1 naming the first edited, removed or reordered entry."""
    from genaiops.safety import verify_ledger

    store = engine().store
    report = verify_ledger(store.ledger(), store.ledger_head())
    if report.ok:
        console.print(f"[green]✓ ledger intact[/]: {report.entries} entries, head {report.head[:16]}…")
        return
    err_console.print(f"[bold red]✗ ledger broken[/] at entry #{report.bad_seq}: {escape(report.problem)}")
    raise typer.Exit(1)


@app.command("list")
def list_(
    run: Annotated[str | None, typer.Option(help="Only this run's entries.")] = None,
    limit: Annotated[int, typer.Option(min=1)] = 200,
) -> None:
    """Ledger entries, oldest first."""
    table = Table("#", "at", "kind", "run", "payload")
    rows = [r for r in engine().store.ledger() if run is None or r.run_id == run][-limit:]
    for r in rows:
        table.add_row(str(r.seq), r.at[:19], r.kind, r.run_id, escape(r.payload[:140]))
    console.print(table)
