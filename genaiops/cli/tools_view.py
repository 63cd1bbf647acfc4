"""How ``genaiops tools`` and ``genaiops tools show NAME`` print (a table, or a JSON/YAML document): shared by the
typer command (``genaiops.cli.tools_cmd``) and the fast read path (``genaiops.cli.lite``), so it imports no typer
and both print the very same characters."""

from __future__ import annotations

import json
from typing import Any

from rich.markup import escape

from genaiops.cli.consoles import console
from genaiops.cli.output import Col, Format, emit, print_table

__all__ = ["print_tool", "print_tools"]


def print_tools(shapes: list[dict[str, Any]], output: Format) -> None:
    """Every tool's name, risk, gated actions and summary (``tools_catalogue.listed_tools``)."""
    if output is not Format.table:
        emit(shapes, output)
        return
    rows = [[t["name"], t["risk"], ", ".join(t["actions"]) or "-", escape(t["summary"])] for t in shapes]
    print_table([Col("tool", is_id=True), Col("risk"), Col("gated actions"), Col("what it does")], rows)


def print_tool(detail: dict[str, Any], output: Format) -> None:
    """One tool in detail (``genaiops.cli.shapes.tool_detail``)."""
    if output is not Format.table:
        emit(detail, output)
        return
    gated = ", ".join(detail["actions"])
    console.print(
        f"[bold]{detail['name']}[/]  risk {detail['risk']}"
        + (f", gated by default ({gated})" if gated else ", not gated by default")
    )
    console.print(escape(detail["description"]))
    console.print("[bold]arguments[/] (`args:` in a scenario):")
    args = [
        [a["name"], escape(a["type"]), "yes" if a["required"] else "no", _shown_default(a), escape(a["description"])]
        for a in detail["arguments"]
    ]
    print_table([Col("name", is_id=True), Col("type"), Col("required"), Col("default"), Col("description")], args)
    console.print("[bold]result[/] (`${TASK.FIELD}` in later tasks):")
    fields = [[f["name"], escape(f["type"]), escape(f["description"])] for f in detail["result"]]
    print_table([Col("name", is_id=True), Col("type"), Col("description")], fields)
    console.print(f"resources it needs: {', '.join(detail['resources']) or 'none'}")
    if detail["acts_on"]:
        console.print(f"changes the state of: {', '.join(detail['acts_on'])}")


def _shown_default(arg: dict) -> str:
    return "" if arg["required"] else escape(json.dumps(arg["default"], default=str))
