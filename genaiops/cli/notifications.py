"""Notifications: send what is due once (for cron and tests; the server's worker does it continuously), list."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.markup import escape

from genaiops.cli.common import LOCAL, app_settings, console, engine, fail, run_async
from genaiops.cli.output import Col, Format, OutputOption, emit, print_table

if TYPE_CHECKING:
    from genaiops.ops.db import OpsDB

app = typer.Typer(
    help="Notifications (webhooks, e-mail): send what is due, list deliveries." + LOCAL, no_args_is_help=True
)

NowOption = Annotated[
    str | None,
    typer.Option("--now", help="Act as if it were this time (ISO 8601, UTC if no zone): drills and tests."),
]


def parse_now(text: str | None) -> datetime:
    if text is None:
        return datetime.now(UTC)
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        fail(f"--now {text!r}: not an ISO 8601 time; write e.g. 2026-12-01T02:00:00Z")
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


@contextmanager
def ops_db() -> Iterator[OpsDB]:
    """The notification and schedule tables of this home's store (the store alone: no engine, no agents)."""
    from genaiops.ops.db import OpsDB
    from genaiops.runtime import open_store

    store = open_store(app_settings())
    try:
        with OpsDB(store) as ops:
            yield ops
    finally:
        store.close()


@app.command("send")
def send(now: NowOption = None) -> None:
    """Derive notifications from what happened since the last call and deliver every due one (retries included).

    Exits 0 when every attempt succeeded, 1 when some failed (recorded, retried later), 2 on a bad file."""
    from genaiops.ops import config_path, dispatch_due, load_config

    settings = app_settings()
    config = load_config(settings)  # a bad file fails before the store opens
    if config is None or not config.channels:
        console.print(f"no notification channels: write {config_path(settings)} (README: Notifications and schedules)")
        return
    eng = engine()  # expired approvals are closed first, so their notifications go out now
    report = run_async(dispatch_due(eng.store, settings, parse_now(now), config=config))
    console.print(
        f"derived {report.derived}, sent {report.sent}, not delivered {report.retrying} (pending: will retry), "
        f"gave up {report.failed} (failed)"
    )  # the words in parentheses are the statuses `notifications list --status` takes for them
    for error in report.errors:
        console.print(f"[red]✗[/] {escape(error)}", soft_wrap=True)
    raise typer.Exit(1 if report.errors else 0)


@app.command("check")
def check() -> None:
    """Check the notifications file and that every secret it names is set; send nothing.

    Exits 0 when every channel can be used, 2 otherwise (each problem named)."""
    from genaiops.errors import ToolInputError
    from genaiops.ops import config_path, load_config
    from genaiops.secret_refs import SECRET_SCHEME, SecretStore

    settings = app_settings()
    config = load_config(settings)
    if config is None or not config.channels:
        fail(f"no notification channels: write {config_path(settings)} (README: Notifications and schedules)")
    secrets = SecretStore(os.environ, settings.home / "keys" / "secrets")
    problems = []
    for channel, ref in config.secret_refs():
        try:
            secrets.get(ref[len(SECRET_SCHEME) :])
        except (ToolInputError, OSError) as exc:
            problems.append(f"channel {channel}: {exc}")
    for name, channel in config.channels.items():
        console.print(f"{name}: {channel.type}, events {', '.join(channel.events)}")
    if config.public_url is None:
        console.print("[yellow]no public_url[/]: messages carry no link; set GENAIOPS_PUBLIC_URL or public_url")
    if problems:
        fail("; ".join(problems))
    console.print(f"[green]✓[/] {config_path(settings)}: {len(config.channels)} channel(s) ready")


@app.command("list")
def list_(
    status: Annotated[
        str | None, typer.Option(help="Only deliveries in this status: pending, sending, sent or failed.")
    ] = None,
    limit: Annotated[int, typer.Option(min=1, max=10_000)] = 100,
    output: OutputOption = Format.table,
) -> None:
    """Deliveries, newest first: event, channel, status, attempts, next try and the last error (a listing cut by
    --limit says so on stderr)."""
    from genaiops.ops.outbox import list_outbox

    if status not in (None, "pending", "sending", "sent", "failed"):
        fail(f"--status {status!r}: use pending, sending, sent or failed")
    from genaiops.cli.listings import asked, note_cut

    with ops_db() as ops:
        rows = list_outbox(ops, status, asked(limit))
    got, rows = len(rows), rows[:limit]
    if output is not Format.table:
        emit([{"delivery": r.delivery, "event": r.event, "closed": r.message.closed, "title": r.message.title,
               "about": r.subject, "run_id": r.run_id, "channel": r.channel,
               "status": r.status, "attempts": r.attempts, "created_at": r.created_at, "next_try": r.next_try,
               "sent_at": r.sent_at, "last_error": r.last_error} for r in rows], output)  # fmt: skip
    else:
        _print_deliveries(rows)
    note_cut(got, limit, "deliveries")


def _event(row: Any) -> str:
    """The event as it was sent: an approval request sent after it closed says so (``approval.requested
    (sent expired)``)."""
    closed = row.message.closed
    return f"{row.event} (sent {closed})" if closed and row.status == "sent" else row.event


def _print_deliveries(rows: list) -> None:
    if not rows:
        console.print("no notifications")
        return
    cols = [Col("delivery", is_id=True), Col("event"), Col("about", is_id=True), Col("channel"), Col("status"),
            Col("attempts"), Col("next try / sent (UTC)", whole=True), Col("last error")]  # fmt: skip
    table = []
    for row in rows:  # the delivery and the approval or run it is about are ids people copy: whole, never cut
        when = row.sent_at if row.status == "sent" else row.next_try if row.status != "failed" else "-"
        table.append([
            escape(row.delivery), escape(_event(row)), escape(row.subject), escape(row.channel), row.status,
            str(row.attempts), (when or "-")[:19].replace("T", " "), escape(row.last_error or ""),
        ])  # fmt: skip
    print_table(cols, table)
