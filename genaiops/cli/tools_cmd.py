"""``genaiops tools``: the registered tools, and ``tools show NAME``: one tool's arguments, result and risk."""

from __future__ import annotations

from typing import Annotated

import typer

from genaiops.cli.output import Format, OutputOption
from genaiops.cli.tools_view import print_tool, print_tools

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

    print_tools(listed_tools(), output)  # the shipped catalogue while it matches the tools' sources (no tool imported)


@app.command("show")
def show(
    name: Annotated[str, typer.Argument(help="The tool's name (`genaiops tools` lists them).")],
    output: OutputOption = Format.table,
) -> None:
    """A tool's arguments (type, default, required, description), result fields, risk, gated actions and the
    resources it needs."""
    from genaiops.cli.tools_catalogue import tool_detail_of

    print_tool(tool_detail_of(name), output)  # an unknown name: NotFoundError with "did you mean"
