"""What ``audit list`` and ``audit verify`` print and how a verification is summed up; shared by the typer
commands and the fast read path (``genaiops.cli.lite``)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.markup import escape

from genaiops.cli.consoles import console
from genaiops.cli.output import Col, Format, emit, print_table

if TYPE_CHECKING:
    from genaiops.graphs.audit import AuditReport
    from genaiops.store import Store

__all__ = ["needs_key", "print_entries", "print_intact", "report_of", "show_entries"]


def needs_key(home: Path, store: Store) -> bool:
    """Whether verifying needs the ledger key: an entry has a MAC, or the home keeps anchors."""
    return any(e.mac for e in store.ledger()) or any((home / "keys" / "anchors").glob("*.json"))


def report_of(report: AuditReport, anchor_problems: list[str]) -> dict[str, Any]:
    """A verification as ``audit verify`` prints it (the shape of the server's ``GET /audit/verify``)."""
    ledger = report.ledger
    return {
        "ok": report.ok and not anchor_problems,
        "entries": ledger.entries,
        "head": ledger.head,
        "bad_seq": ledger.bad_seq,
        "problem": None if ledger.ok else ledger.problem,
        "unauthenticated": ledger.unauthenticated,
        "anchored": ledger.anchored,
        "missing": report.missing,
        "anchor_problems": anchor_problems,
    }


def print_intact(report: dict) -> None:
    console.print(f"[green]✓ ledger intact[/]: {report['entries']} entries, head {report['head'][:16]}…")
    if report["unauthenticated"]:
        console.print(
            f"  {report['unauthenticated']} unauthenticated (written before keys): chained, but without a MAC; later "
            "entries are authenticated"
        )
    if report["anchored"] is None:
        console.print("  no anchor yet: `genaiops audit anchor` exports the signed head (truncation is then detected)")
    else:
        console.print(f"  matches its anchors (the newest at entry #{report['anchored']})")


def print_entries(rows: list, full: bool) -> None:
    shown = [
        [str(r.seq), r.at[:19].replace("T", " "), r.kind, r.run_id, escape(_readable(r.payload, full))] for r in rows
    ]
    cols = [Col("#"), Col("at (UTC)", whole=True), Col("kind", whole=True), Col("run", is_id=True), Col("payload")]
    print_table(cols, shown)  # too narrow for them whole: field: value lines, the payload as wide as the terminal


_PAYLOAD = 140


def _readable(payload: str, full: bool) -> str:
    """A payload as a table shows it: an object's fields as ``name=value`` separated by spaces, so that a narrow
    column wraps between fields rather than inside a word of canonical JSON; cut at 140 characters unless
    ``full`` (``-o json`` gives the document)."""
    import json

    try:
        data = json.loads(payload)
    except ValueError:
        data = None
    if isinstance(data, dict):  # hashes last: who decided what comes before 64 hex digits
        data = dict(sorted(data.items(), key=lambda item: item[0].endswith("hash")))
        payload = " ".join(
            f"{k}={v if isinstance(v, str) else json.dumps(v, ensure_ascii=False)}" for k, v in data.items()
        )
    return payload if full or len(payload) <= _PAYLOAD else payload[:_PAYLOAD] + "… (--full, -o json)"


def show_entries(rows: list, full: bool, output: Format) -> None:
    """Ledger rows as ``audit list`` prints them: a table, or the document of ``--output json|yaml``."""
    from genaiops.cli.shapes import ledger_shape

    if output is not Format.table:
        emit([ledger_shape(r) for r in rows], output)
    else:
        print_entries(rows, full)
