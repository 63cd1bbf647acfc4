"""Model endpoints that deploy_model started as processes of their own (``GENAIOPS_SERVING=process``): list them,
stop them. Each runs on 127.0.0.1 until stopped, whatever command started it. ``serving list`` also shows what the
drill target (``GENAIOPS_SERVING=drill``, the default) records as deployed: those endpoints have no process; the
process that uses one serves it."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from genaiops.cli.common import LOCAL, app_settings, console, fail
from genaiops.cli.output import Format, OutputOption, emit

app = typer.Typer(
    help="Model endpoints served by uvicorn processes (GENAIOPS_SERVING=process): list them, stop them." + LOCAL,
    no_args_is_help=True,
)


def _target():  # noqa: ANN202 - a ProcessServingTarget (imported here: it loads numpy)
    from genaiops.tools.mlops.lib.resources import serving_processes

    return serving_processes(app_settings().home)


@app.command("list")
def list_(output: OutputOption = Format.table) -> None:
    """Every endpoint with its model, version, URL, process id and state: running, or exited (process endpoints),
    or drill (recorded by the drill target; served by the process that uses it)."""
    rows = [_process_shape(p) for p in _target().processes()] + _drill_shapes()
    if output is not Format.table:
        emit(rows, output)
        return
    if not rows:
        console.print("no served endpoints (deploy_model serves one; GENAIOPS_SERVING=process gives it a process)")
        return
    table = Table("endpoint", "model", "alias", "version", "url", "pid", "state", box=None)
    for row in rows:
        state = row["state"] if row["problem"] is None else f"{row['state']}: {row['problem']}"
        pid = "-" if row["pid"] is None else str(row["pid"])
        table.add_row(
            escape(row["endpoint"]), escape(row["model"] or "-"), row["alias"] or "-",
            "-" if row["version"] is None else str(row["version"]), row["url"] or "", pid, escape(state),
        )  # fmt: skip
    console.print(table, soft_wrap=True)


def _process_shape(p) -> dict:  # noqa: ANN001 - a ServedProcess
    d = p.deployment
    return {
        "endpoint": d.endpoint, "model": d.model_name, "alias": d.alias, "version": d.version, "url": d.url,
        "pid": p.pid, "state": "running" if p.running else "exited", "kind": "process",
        "problem": None if p.running else f"see {p.log}",
    }  # fmt: skip


def _drill_target():  # noqa: ANN202 - a DrillServingTarget over the home's records (imported here: numpy)
    from genaiops.tools.mlops.lib.artifacts import LocalArtifactStore
    from genaiops.tools.mlops.lib.serving_drill import DrillServingTarget

    home = app_settings().home
    return DrillServingTarget(home / "serving", LocalArtifactStore(home / "artifacts"))


def _drill_shapes() -> list[dict]:
    """The drill target's recorded deployments (read from the records; no model is loaded); a record that cannot
    be read is listed with its problem instead of failing the whole list."""
    from genaiops.tools.mlops.lib.serving_drill import DrillRecordError

    target = _drill_target()
    rows = []
    for endpoint in target.recorded():
        try:
            d = target.recorded_deployment(endpoint)
        except DrillRecordError as exc:
            rows.append({
                "endpoint": endpoint, "model": None, "alias": None, "version": None, "url": None, "pid": None,
                "state": "drill", "kind": "drill", "problem": str(exc),
            })  # fmt: skip
            continue
        if d is not None:
            rows.append({
                "endpoint": d.endpoint, "model": d.model_name, "alias": d.alias, "version": d.version, "url": None,
                "pid": None, "state": "drill", "kind": "drill", "problem": None,
            })  # fmt: skip
    return rows


@app.command("stop")
def stop(
    endpoints: Annotated[
        list[str] | None, typer.Argument(help="Endpoints to stop (see `genaiops serving list`).")
    ] = None,
    all_: Annotated[bool, typer.Option("--all", help="Stop every endpoint.")] = False,
) -> None:
    """Stop endpoints: their processes end (the port is freed) and they are forgotten; a drill endpoint's record
    is deleted (later drills find nothing deployed there)."""
    from genaiops.errors import NotFoundError, did_you_mean

    target, drills = _target(), _drill_target()
    processes = [p.deployment.endpoint for p in target.processes()]
    recorded = drills.recorded()
    names = [*processes, *(n for n in recorded if n not in processes)] if all_ else list(endpoints or [])
    if not names:
        if all_:
            console.print("no served endpoints: nothing to stop")
            return
        fail("name the endpoints to stop, or give --all (see `genaiops serving list`)")
    for name in names:
        if name not in processes and name in recorded:
            drills.forget(name)
            console.print(f"stopped {escape(name)} (a drill record, no process: deleted)")
            continue
        try:
            stopped = target.stop(name)
        except NotFoundError:
            if name in recorded:  # a process endpoint gone meanwhile whose drill record remains
                drills.forget(name)
                console.print(f"stopped {escape(name)} (a drill record, no process: deleted)")
                continue
            known = sorted({*processes, *recorded})
            raise NotFoundError(
                f"no served endpoint {name!r}{did_you_mean(name, known)}; endpoints: {known or 'none'} "
                "(genaiops serving list)"
            ) from None
        where = f"pid {stopped.pid}, port {stopped.port}" if stopped.running else "its process had exited"
        if name in recorded and drills.forget(name):  # the same name deployed to the drill target too
            where += "; its drill record deleted"
        console.print(f"stopped {escape(name)} ({where})")
