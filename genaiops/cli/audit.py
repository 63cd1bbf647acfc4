"""The audit ledger: verify it (chain, MACs, anchors, and against the store's tables), anchor it, list entries."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from genaiops.cli.audit_view import needs_key, print_intact, report_of, show_entries
from genaiops.cli.common import app_settings, console, engine, err_console, fail, store_reader
from genaiops.cli.output import Format, OutputOption

app = typer.Typer(
    help="The audit ledger: verify it, export a signed head (anchor), list its entries.", no_args_is_help=True
)

_ON_THE_HOST = "run it on the server's host, without GENAIOPS_SERVER_URL"
AnchorFile = Annotated[
    Path | None, typer.Option("--anchor", help="Also check against this exported anchor (from `audit anchor --out`).")
]


@app.command("verify")
def verify(anchor: AnchorFile = None) -> None:
    """Check the ledger: its hash chain, each entry's MAC (the key under GENAIOPS_HOME/keys), the anchors (a cut
    or wiped ledger), and that every request, decision and executed gated action in the store has its entry.
    Exit 1 naming each problem. With GENAIOPS_SERVER_URL set, the server verifies its ledger (GET /audit/verify)."""
    from genaiops.cli.remote import server_client
    from genaiops.graphs.audit import audit_store, ledger_anchors
    from genaiops.keys import key_file, retired_keys
    from genaiops.runtime import ledger_key

    remote = server_client()
    if remote is not None:
        if anchor is not None:
            fail(f"--anchor is checked with the ledger key of the home: {_ON_THE_HOST}")
        return _print_report(remote.verify())
    settings = app_settings()
    store = store_reader()
    key = ledger_key(settings, create=False)
    anchors, bad = ledger_anchors(settings.home, store, key) if key is not None else ([], [])
    if key is None and (anchor is not None or needs_key(settings.home, store)):
        fail(
            f"the ledger key {key_file(settings.home)} is missing, so the ledger's MACs and anchors cannot be "
            "checked; restore it from your backup of GENAIOPS_HOME (or point GENAIOPS_HOME at the home that has it)"
        )
    if anchor is not None:
        anchors, bad = _exported(anchor, key, store, anchors, bad)  # type: ignore[arg-type] - key checked above
    retired = retired_keys(settings.home) if key is not None else []
    _print_report(report_of(audit_store(store, key=key, anchors=anchors, retired=retired), bad))


def _print_report(report: dict) -> None:
    """A verification as ``audit verify`` prints it (from this home, or a server's ``GET /audit/verify``); exit 1
    when it found a problem."""
    for line in report["anchor_problems"]:
        err_console.print(f"[bold red]✗ anchor[/]: {escape(line)}", soft_wrap=True)
    if report["problem"] is not None:
        err_console.print(
            f"[bold red]✗ ledger broken[/] at entry #{report['bad_seq']}: {escape(report['problem'])}", soft_wrap=True
        )
    for line in report["missing"]:
        err_console.print(f"[bold red]✗ missing from the ledger[/]: {escape(line)}", soft_wrap=True)
    if not report["ok"]:
        raise typer.Exit(1)
    print_intact(report)


def _exported(path: Path, key: bytes, store, anchors: list, bad: list[str]) -> tuple[list, list[str]]:  # noqa: ANN001
    from genaiops.graphs.audit import store_location

    location = store_location(app_settings().home, store)
    from genaiops.safety.ledger import check_anchor

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        fail(f"--anchor {path}: cannot read it as an anchor file: {exc}")
    checked = check_anchor(key, data) if isinstance(data, dict) else None
    if checked is None:
        return anchors, [*bad, f"{path} is not signed by the ledger key (edited, or from another home)"]
    if checked.store != location:
        fail(f"--anchor {path} is the anchor of the store {checked.store}, not of {location}")
    return [*anchors, checked], bad


@app.command("anchor")
def anchor(
    out: Annotated[Path | None, typer.Option("--out", help="Also write the anchor (JSON) to this file.")] = None,
) -> None:
    """Export the signed head of the ledger (entry number, hash, time, HMAC), kept under GENAIOPS_HOME/keys/anchors:
    `audit verify` then detects a ledger cut or wiped below it. Keep a copy elsewhere (--out). It signs with the
    home's key: never through a server (GENAIOPS_SERVER_URL set is refused)."""
    from genaiops.cli.remote import server_client
    from genaiops.runtime import anchor_ledger

    if server_client() is not None:
        fail(f"audit anchor signs with the ledger key of the home: {_ON_THE_HOST}")
    eng = engine(read_only=True)
    signed, kept = anchor_ledger(app_settings(), eng.store, eng.clock.now().isoformat())
    text = json.dumps(signed.as_dict(), indent=2) + "\n"
    if out is not None:
        try:
            out.write_text(text, encoding="utf-8")
        except OSError as exc:
            fail(f"--out {out}: cannot write the anchor: {exc}")
    console.print(f"anchored the ledger at entry #{signed.seq} (head {signed.hash[:16]}…): {kept}")
    if out is not None:
        console.print(f"wrote {out}")


@app.command("rotate-key")
def rotate_key(
    reason: Annotated[str, typer.Option("--reason", help="Why (recorded in the ledger entry).")] = "key rotation",
) -> None:
    """Retire the ledger key for a new one: entries from now on are signed with the new key, the rotation itself
    is a ledger entry (signed with it), and the old key is kept under GENAIOPS_HOME/keys/retired (never in the
    store) so the entries before still verify; an entry signed with the old key after the rotation fails `audit
    verify`. The ledger must verify first. Every other machine that writes this store needs the new key: copy
    keys/ledger.key and keys/retired/ (mode 0600) there; until then it is refused before it signs. Upgrade every
    machine that shares the store before rotating: an older genaiops reads MACs that name their key as rewritten
    (the store does not record which release each machine runs, so this is not checked). A rotation killed
    half-way is settled by the next command that opens the ledger. Never through a server (GENAIOPS_SERVER_URL
    set is refused)."""
    from genaiops.cli.key_rotation import rotate_ledger_key
    from genaiops.cli.remote import server_client
    from genaiops.identity import os_user

    if server_client() is not None:
        fail(f"audit rotate-key replaces the ledger key of the home: {_ON_THE_HOST}")
    eng = engine(decisions=True)
    settings = app_settings()
    done = rotate_ledger_key(settings, eng.store, at=eng.clock.now().isoformat(), by=os_user(), reason=reason)
    console.print(
        f"rotated the ledger key: entry #{done.seq} retires key {done.retired_key} for key {done.key}, which signs "
        f"every entry from now on ({done.key_file}); the retired key is kept in {done.retired} to verify the "
        "entries before it",
        soft_wrap=True,
    )
    if eng.store.backend_name != "sqlite":
        console.print(
            f"other machines that write {eng.store.location}: copy {done.key_file} and {done.retired.parent}/ "
            "(mode 0600) to their homes; until then they are refused before they sign",
            soft_wrap=True,
        )


@app.command("list")
def list_(
    run: Annotated[str | None, typer.Option(help="Only this run's entries.")] = None,
    limit: Annotated[int, typer.Option(min=1, help="At most this many entries, the newest of those kept.")] = 200,
    since: Annotated[
        str | None, typer.Option(help="Only entries at or after this ISO date or time, UTC (e.g. 2026-11-30).")
    ] = None,
    until: Annotated[str | None, typer.Option(help="Only entries before this ISO date or time, UTC.")] = None,
    kind: Annotated[
        list[str],
        typer.Option("--kind", help="Only entries of this kind, e.g. approval_decided, token_revoked (repeatable)."),
    ] = [],  # noqa: B006
    full: Annotated[bool, typer.Option("--full", help="Each payload whole (else its first 140 characters).")] = False,
    output: OutputOption = Format.table,
) -> None:
    """Ledger entries, oldest first. With GENAIOPS_SERVER_URL set, the server's (GET /audit). Payloads are cut
    at 140 characters and wrap in a narrow terminal: -o json (or --full) gives them whole."""
    from genaiops.graphs.audit import entries_between, entries_of_kinds, instant

    start = None if since is None else instant("--since", since)
    end = None if until is None else instant("--until", until)
    if _listed_on_server(run, limit, full, output, (since, until), kind):
        return
    store = store_reader()
    if run is not None:
        store.run(run)  # an unknown run: exit 2 naming it (a run with no entries yet lists nothing)
    rows = entries_between([r for r in store.ledger() if run is None or r.run_id == run], start, end)
    show_entries(entries_of_kinds(rows, kind)[-limit:], full, output)


def _listed_on_server(
    run: str | None, limit: int, full: bool, output: Format, period: tuple[str | None, str | None], kinds: list[str]
) -> bool:
    """In server mode: the server's entries (``GET /audit``, payloads as stored), printed as this home's are."""
    from genaiops.cli.remote import server_client
    from genaiops.ids import canonical_json
    from genaiops.store import LedgerRow

    remote = server_client()
    if remote is None:
        return False
    found = remote.audit(run, limit, period, tuple(kinds))
    rows = [LedgerRow(**(e | {"payload": canonical_json(e["payload"])})) for e in found]
    show_entries(rows, full, output)
    return True
