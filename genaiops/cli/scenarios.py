"""``genaiops scenario list [DIR]``: the scenarios under a folder, what each is for and where it will stop for
people (each gated task, its risk tier and who may approve, from the approval policy as validation computes it)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from rich.markup import escape

from genaiops.cli.common import console
from genaiops.cli.output import Col, Format, OutputOption, emit, print_table

_SUFFIXES = (".yaml", ".yml")


def scenario_list(
    folder: Annotated[
        Path, typer.Argument(help="Where to look (recursively) for scenario files.", show_default=True)
    ] = Path("scenarios"),
    output: OutputOption = Format.table,
) -> None:
    """The scenarios under a folder (default ./scenarios, recursive): name, purpose, and the approval gates
    each will stop at. A YAML file without `tasks:` (a suite, recorded outputs) is not a scenario; one that
    does not validate is listed with its first problem. With GENAIOPS_SERVER_URL set, the server's catalogue
    (its GENAIOPS_SCENARIOS_DIR), each file named as `genaiops run` takes it there."""
    from genaiops.cli.remote import server_client
    from genaiops.errors import UserError

    remote = server_client()
    if remote is not None:
        if folder != Path("scenarios"):
            raise UserError(
                f"{folder}: a server lists its own catalogue (GENAIOPS_SCENARIOS_DIR on the server); drop the "
                "folder, or unset GENAIOPS_SERVER_URL to list a folder here"
            )
        shapes = [_served(entry) for entry in remote.scenarios()]
    elif not folder.is_dir():
        raise UserError(f"{folder}: no such folder; give the folder that holds your scenario files")
    else:
        shapes = [_scenario(file) for file in candidates(folder)]
    if output is not Format.table:
        emit(shapes, output)
        return
    if not shapes:
        console.print(f"no scenarios under {escape(str(folder))}", soft_wrap=True)
        return
    rows = [
        [escape(s["file"]), escape(s["name"] or "-"), _purpose(s), _params(s["parameters"]), _gates(s["gates"])]
        for s in shapes
    ]
    cols = [Col("file", is_id=True), Col("name"), Col("purpose"), Col("parameters"), Col("stops for approval at")]
    print_table(cols, rows)


def candidates(folder: Path) -> list[Path]:
    """YAML files under ``folder`` whose top level has ``tasks:`` (read cheaply, before validating)."""
    found = []
    for file in sorted(p for p in folder.rglob("*") if p.suffix in _SUFFIXES and p.is_file()):
        data = _top_level(file)
        if isinstance(data, dict) and "tasks" in data:
            found.append(file)
    return found


def _top_level(file: Path) -> Any:
    """The file's YAML data, read with libyaml when PyYAML has it (~10x faster than its Python parser); what
    libyaml refuses is read again by the Python parser, so the answer is the same with or without it."""
    import yaml

    try:
        text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return {"tasks": None}  # let validation name the problem
    loaders = [yaml.CSafeLoader] if yaml.__with_libyaml__ else []
    for loader in [*loaders, yaml.SafeLoader]:
        try:
            return yaml.load(text, Loader=loader)  # noqa: S506 - safe loaders
        except yaml.YAMLError:
            continue
    return {"tasks": None}  # let validation name the problem


def _scenario(file: Path) -> dict[str, Any]:
    from genaiops.cli.runs import _load
    from genaiops.cli.shapes import scenario_shape
    from genaiops.errors import UserError
    from genaiops.graphs import catalogue_values, scenario_params

    try:
        params = scenario_params(file)
        sets = [f"{name}={value}" for name, value in catalogue_values(params).items()]
        spec, _ = _load(file, sets)  # required parameters nobody gave yet: a sample value, to find the gates
    except UserError as exc:
        return scenario_shape(str(file), None, "", 0, [], " ".join(str(exc).split()))
    purpose = " ".join(spec.description.split())
    return scenario_shape(str(file), spec.name, purpose, len(spec.tasks), gates_of(spec), None, params)


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


def gates_of(spec: Any) -> list[dict[str, Any]]:
    """Each task the approval policy gates: its tool, risk tier, approvals needed and the roles that may give them."""
    from genaiops.cli.common import app_policy
    from genaiops.graphs.gating import gated_tasks
    from genaiops.tools import tools_on_demand

    return gated_tasks(spec, app_policy(), tools_on_demand())  # the tools validation imported: not every one


def _purpose(shape: dict[str, Any]) -> str:
    if shape["problem"]:
        return f"[red]invalid:[/] {escape(shape['problem'])}"
    return escape(shape["purpose"].split(". ")[0].rstrip(".")) or "-"


def _params(params: list[dict[str, Any]]) -> str:
    if not params:
        return "none"
    return "; ".join(escape(f"{p['name']} ({p['type']}, {_default(p)})") for p in params)


def _default(param: dict[str, Any]) -> str:
    if param["required"]:
        return "required"
    return "optional" if param["default"] is None else f"default {param['default']}"


def _gates(gates: list[dict[str, Any]]) -> str:
    if not gates:
        return "none"
    return "; ".join(
        f"{g['task_id']} ({g['tool']}, {g['risk']}, {g['approvals']} of {', '.join(g['roles'])})" for g in gates
    )
