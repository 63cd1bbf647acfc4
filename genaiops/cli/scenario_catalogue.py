"""The lines of ``genaiops scenario list``: which files under a folder are scenarios, each one's name, purpose,
parameters and the gates it will stop at, and the table or document they make. Shared by the typer command
(``genaiops.cli.scenarios``) and the fast path (``genaiops.cli.lite``), so it imports no typer; each file's line
is kept for an unchanged file, settings and code (``genaiops.cli.file_cache``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from genaiops.cli import file_cache

__all__ = ["candidates", "catalogue_entry", "declared_name", "gates_of", "print_catalogue"]

_SUFFIXES = (".yaml", ".yml")


def candidates(folder: Path) -> list[Path]:
    """YAML files under ``folder`` whose top level has ``tasks:`` (read cheaply, before validating)."""
    found = []
    for file in sorted(p for p in folder.rglob("*") if p.suffix in _SUFFIXES and p.is_file()):
        key = file_cache.file_key("scenario file", file, None)
        kept = file_cache.recall(key)
        if kept is None:
            data = _top_level(file)
            kept = [isinstance(data, dict) and "tasks" in data]
            file_cache.remember(key, kept)
        if kept[0]:
            found.append(file)
    return found


def declared_name(file: Path) -> str | None:
    """The ``name:`` ``file`` declares (None: none, or not a mapping)."""
    data = _top_level(file)
    name = data.get("name") if isinstance(data, dict) else None
    return name if isinstance(name, str) else None


_READ: dict[Path, Any] = {}
"""Each file ``candidates`` read as validation reads it (``genaiops.yamlfile.read_file``), until its line is made:
a cold ``scenario list`` parsed each scenario three times (here, for its parameters, to validate it)."""


def _top_level(file: Path) -> Any:
    """The file's YAML data, as validation reads it (kept in ``_READ`` for ``catalogue_entry``); a file it
    refuses is read as before this reader was shared: see ``_loaded``."""
    from genaiops.errors import SpecError
    from genaiops.yamlfile import read_file

    try:
        source = read_file(file)
    except SpecError:
        return _loaded(file)
    _READ[file] = source
    return source.data


def _reread(file: Path) -> None:
    """Read ``file`` again into ``_READ`` as ``candidates`` did."""
    import contextlib

    from genaiops.errors import SpecError
    from genaiops.yamlfile import read_file

    with contextlib.suppress(SpecError):  # unreadable: the full path reads it and says why
        _READ[file] = read_file(file)


def _loaded(file: Path) -> Any:
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


Quick = Callable[[Path, Any, dict[str, list]], "dict[str, Any] | None"]
"""A valid file's line made without the models (``genaiops.cli.catalogue_cards.quick_shape``), or None."""


def catalogue_entry(file: Path, context: Callable[[], tuple[Any, Any]], quick: Quick | None = None) -> dict[str, Any]:
    """The line of ``file``: validated with a sample value for each required parameter nobody gave, against
    the settings and approval policy ``context()`` gives (called only when the line is not kept); a file that
    does not validate gets all its problems. ``quick(file, source, checked)`` is asked first, when given."""
    from genaiops.errors import UserError

    key = file_cache.file_key("scenario list", file, None)
    kept = file_cache.recall(key)
    if kept is not None:
        return kept
    if quick is not None and file in _READ:
        checked: dict[str, list] = {}
        shape = quick(file, _READ.pop(file), checked)
        if shape is not None:
            file_cache.remember(key, shape, checked)
            return shape
        _reread(file)  # the file's data was changed in place (its parameters filled)
    from genaiops.cli.graph_files import load_graph_file
    from genaiops.cli.shapes import scenario_shape
    from genaiops.graphs import catalogue_values, scenario_params

    checked = {}
    keep = True
    try:
        source = _READ.pop(file, None)
        params = scenario_params(file, source)
        sets = [f"{name}={value}" for name, value in catalogue_values(params).items()]
        keep = False  # a settings or policy problem is not the file's: never kept
        settings, policy = context()
        keep = True
        spec, _ = load_graph_file(file, sets, settings, policy, checked, source)
    except UserError as exc:
        shape = scenario_shape(str(file), None, "", 0, [], " ".join(str(exc).split()))
    else:
        purpose = " ".join(spec.description.split())
        shape = scenario_shape(str(file), spec.name, purpose, len(spec.tasks), gates_of(spec, policy), None, params)
    if keep:
        file_cache.remember(key, shape, checked)
    return shape


def gates_of(spec: Any, policy: Any) -> list[dict[str, Any]]:
    """Each task the approval policy gates: its tool, risk tier, approvals needed and the roles that may give them."""
    from genaiops.graphs.gating import gated_tasks
    from genaiops.tools import tools_on_demand

    return gated_tasks(spec, policy, tools_on_demand())  # the tools validation imported: not every one


def print_catalogue(shapes: list[dict[str, Any]], folder: Path, output: Any) -> None:
    """The lines as a table, or as a JSON / YAML document (``output``: a ``Format``)."""
    from rich.markup import escape

    from genaiops.cli.consoles import console
    from genaiops.cli.output import Col, Format, emit, print_table

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


def _purpose(shape: dict[str, Any]) -> str:
    from rich.markup import escape

    if shape["problem"]:
        return f"[red]invalid:[/] {escape(shape['problem'])}"
    return escape(shape["purpose"].split(". ")[0].rstrip(".")) or "-"


def _params(params: list[dict[str, Any]]) -> str:
    from rich.markup import escape

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
