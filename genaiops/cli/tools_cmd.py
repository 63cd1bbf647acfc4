"""``genaiops tools``: the registered tools, and ``tools show NAME``: one tool's arguments, result and risk."""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.markup import escape

from genaiops.cli.common import console
from genaiops.cli.output import Col, Format, OutputOption, emit, print_table

app = typer.Typer(
    help="The registered tools (`genaiops tools`), and one tool in detail (`genaiops tools show NAME`).",
    invoke_without_command=True,
)


@app.callback()
def tools(ctx: typer.Context, output: OutputOption = Format.table) -> None:
    """List the registered tools, what they do and whether they are gated."""
    if ctx.invoked_subcommand is not None:
        return
    from genaiops.cli.tools_catalogue import listed_tools

    shapes = listed_tools()  # the shipped catalogue while it matches the tools' sources (no tool imported)
    if output is not Format.table:
        emit(shapes, output)
        return
    rows = [[t["name"], t["risk"], ", ".join(t["actions"]) or "-", escape(t["summary"])] for t in shapes]
    print_table([Col("tool", is_id=True), Col("risk"), Col("gated actions"), Col("what it does")], rows)


@app.command("show")
def show(
    name: Annotated[str, typer.Argument(help="The tool's name (`genaiops tools` lists them).")],
    output: OutputOption = Format.table,
) -> None:
    """A tool's arguments (type, default, required, description), result fields, risk, gated actions and the
    resources it needs."""
    from genaiops.cli.shapes import tool_detail
    from genaiops.tools import load_tools

    detail = tool_detail(load_tools().get(name))  # an unknown name: NotFoundError with "did you mean"
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
