"""``genaiops scenario list [DIR]``: the scenarios under a folder, what each is for and where it will stop for
people (each gated task, its risk tier and who may approve, from the approval policy as validation computes it)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from genaiops.cli.output import Format, OutputOption


def scenario_list(
    folder: Annotated[
        Path | None,
        typer.Argument(
            help="Where to look (recursively) for scenarios; default GENAIOPS_SCENARIOS_DIR, else ./scenarios.",
            show_default=False,
        ),
    ] = None,
    output: OutputOption = Format.table,
) -> None:
    """The scenarios under a folder (default GENAIOPS_SCENARIOS_DIR, else ./scenarios; recursive): name,
    purpose, and the approval gates each will stop at. A YAML file without `tasks:` (a suite, recorded outputs)
    is not a scenario; one that does not validate is listed with all its problems, as `scenario validate` says
    them. With GENAIOPS_SERVER_URL set, the server's catalogue (its GENAIOPS_SCENARIOS_DIR), each file named as
    `genaiops run` takes it there. Exits 0 even when a file is invalid (a listing, not a check): a CI job runs
    `genaiops scenario validate FILE...`, which exits 2 when any file is invalid."""
    from genaiops.cli.remote import server_client
    from genaiops.errors import UserError

    remote = server_client()
    if remote is not None:
        if folder is not None and folder != Path("scenarios"):
            raise UserError(
                f"{folder}: a server lists its own catalogue (GENAIOPS_SCENARIOS_DIR on the server); drop the "
                "folder, or unset GENAIOPS_SERVER_URL to list a folder here"
            )
        shapes, folder = [_served(entry) for entry in remote.scenarios()], Path("the server's catalogue")
    else:
        from genaiops.cli.common import app_policy, app_settings
        from genaiops.cli.scenario_catalogue import candidates, catalogue_entry

        folder = folder or app_settings().scenarios_dir
        if not folder.is_dir():
            raise UserError(f"{folder}: no such folder; give the folder that holds your scenario files "
                            "(`genaiops scenario list FOLDER`), or set GENAIOPS_SCENARIOS_DIR to it")  # fmt: skip
        shapes = [catalogue_entry(file, lambda: (app_settings(), app_policy())) for file in candidates(folder)]
    from genaiops.cli.scenario_catalogue import print_catalogue

    print_catalogue(shapes, folder, output)


def _served(entry: dict[str, Any]) -> dict[str, Any]:
    """A server's catalogue entry (``GET /scenarios``) in the shape of ``scenario list``; its ``file`` is the path
    below the server's catalogue folder, as ``genaiops run FILE`` names it in server mode."""
    from genaiops.cli.shapes import scenario_shape

    file = entry["name"] + Path(entry["file"]).suffix
    gates = [
        {"task_id": g["task"], "tool": g["tool"], "risk": g["risk"], "approvals": g["approvals"], "roles": g["roles"]}
        for g in entry["gates"]
    ]
    purpose = " ".join(entry["description"].split())
    shape = scenario_shape(file, entry["title"], purpose, entry["tasks"], gates, entry["problem"])
    return shape | {"parameters": entry["parameters"]}
