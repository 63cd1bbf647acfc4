"""Model endpoints that deploy_model started as processes of their own (``GENAIOPS_SERVING=process``): list them,
stop them. Each runs on 127.0.0.1 until stopped, whatever command started it."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from genaiops.cli.common import LOCAL, app_settings, console, fail

app = typer.Typer(
    help="Model endpoints served by uvicorn processes (GENAIOPS_SERVING=process): list them, stop them." + LOCAL,
    no_args_is_help=True,
)


def _target():  # noqa: ANN202 - a ProcessServingTarget (imported here: it loads numpy)
    from genaiops.tools.mlops.lib.resources import serving_processes

    return serving_processes(app_settings().home)


@app.command("list")
def list_() -> None:
    """Every endpoint with its model, version, URL, process id and state (running, or exited)."""
    table = Table("endpoint", "model", "alias", "version", "url", "pid", "state", box=None)
    for p in _target().processes():
        d = p.deployment
        state = "running" if p.running else f"exited (see {p.log})"
        table.add_row(escape(d.endpoint), escape(d.model_name), d.alias, str(d.version), d.url or "", str(p.pid), state)
    if not table.row_count:
        console.print("no served endpoints (deploy_model with GENAIOPS_SERVING=process starts them)")
        return
    console.print(table, soft_wrap=True)


@app.command("stop")
def stop(
    endpoints: Annotated[
        list[str] | None, typer.Argument(help="Endpoints to stop (see `genaiops serving list`).")
    ] = None,
    all_: Annotated[bool, typer.Option("--all", help="Stop every endpoint.")] = False,
) -> None:
    """Stop endpoints: their processes end (the port is freed) and they are forgotten."""
    target = _target()
    names = [p.deployment.endpoint for p in target.processes()] if all_ else list(endpoints or [])
    if not names:
        fail("name the endpoints to stop, or give --all (see `genaiops serving list`)")
    for name in names:
        stopped = target.stop(name)
        where = f"pid {stopped.pid}, port {stopped.port}" if stopped.running else "its process had exited"
        console.print(f"stopped {escape(name)} ({where})")
