"""The listings ``runs list`` and ``approvals list`` print, from a local store or a server; shared by the typer
commands and the fast read path (``genaiops.cli.lite``), so both print the very same characters."""

from __future__ import annotations

from typing import Any

from rich.markup import escape

from genaiops.cli.consoles import console, err_console
from genaiops.cli.output import Col, Format, colored, emit, print_table

__all__ = ["print_inbox", "print_runs"]


def print_runs(shapes: list[dict[str, Any]], output: Format) -> None:
    """Runs as ``runs list`` prints them (from a local store or a server): id, name, status, requester, created,
    task counts; or the document of ``--output json|yaml``."""
    if output is not Format.table:
        emit(shapes, output)
        return
    rows = [
        [
            s["run_id"],
            escape(s["name"]),
            colored(s["status"]),
            escape(s["requester"]),
            s["created_at"][:19].replace("T", " "),
            ", ".join(f"{k} {v}" for k, v in sorted(s["tasks"].items())),
        ]
        for s in shapes
    ]
    cols = [
        Col("run", is_id=True),
        Col("name"),
        Col("status"),
        Col("requester"),
        Col("created (UTC)", whole=True),
        Col("tasks"),
    ]
    print_table(cols, rows)


def print_inbox(found: list[tuple[dict[str, Any], str]], all_: bool, output: Format) -> None:
    """The inbox as ``approvals list`` prints it (from a local store or a server)."""
    from genaiops.cli.shapes import approval_shape

    shapes = [approval_shape(data, status) for data, status in found]
    if output is not Format.table:
        emit(shapes, output)
        return
    if not shapes:
        console.print("no approvals waiting" if not all_ else "no approvals")
        return
    rows = [
        [
            a["approval_id"],
            colored(a["status"]),
            a["run_id"],
            a["task_id"],
            a["tool"],
            a["risk"],
            str(a["required"]),
            escape(a["requester"]),
            a["expires_at"][:16].replace("T", " "),
        ]
        for a in shapes
    ]
    ids = ("approval", "run", "task")
    heads = (*ids[:1], "status", *ids[1:], "tool", "risk", "needs", "requester", "expires (UTC)")
    print_table([Col(h, is_id=h in ids) for h in heads], rows)


MOST = 10_000
"""The most rows one listing asks for (the API's and the CLI's ``--limit`` bound)."""


def asked(limit: int) -> int:
    """How many rows to ask for to know whether ``limit`` cuts the listing: one more, within the bound."""
    return min(limit + 1, MOST)


def note_cut(got: int, limit: int, what: str = "runs") -> None:
    """After a listing that had more than ``limit`` rows to show: say so on stderr (what a script reads, JSON
    too, stays the listing)."""
    if got > limit:
        err_console.print(f"the listing stops at --limit {limit:,} (the newest {what}); more {what} exist: use "
                          f"--limit {min(limit * 10, MOST):,} to see more", soft_wrap=True)  # fmt: skip
