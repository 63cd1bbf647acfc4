"""Alerts in: take an Alertmanager webhook payload on this home (no server needed), and list what came in."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from genaiops.cli.common import (
    app_policy,
    app_settings,
    console,
    engine,
    err_console,
    fail,
    run_async,
    store_reader,
    who,
)
from genaiops.cli.output import Format, OutputOption, emit

app = typer.Typer(help="Alertmanager alerts: ingest a webhook payload (into this home, even with GENAIOPS_SERVER_URL "
                       "set), list alerts and incidents (the server's when GENAIOPS_SERVER_URL is set).",
                  no_args_is_help=True)  # fmt: skip


@app.command("ingest")
def ingest(
    file: Annotated[str, typer.Argument(help="The payload's JSON file, or - for standard input.")],
    as_: Annotated[str | None, typer.Option("--as", help="Claim to be NAME (drill homes only).")] = None,
    json_: Annotated[bool, typer.Option("--json", help="Print the intake report as JSON (-o json).")] = False,
    output: OutputOption = Format.table,
) -> None:
    """Take one Alertmanager webhook payload as the server's POST /api/v1/alerts/alertmanager does: store the
    alerts (deduplicated by fingerprint), group them into incidents, start what the alert rules say (under the
    gates: a gated task waits for people), close incidents whose alerts resolved.

    Exits 0; 1 when some alerts could not be used (stored with their reason) or the alert rules file is wrong
    (the alerts are taken, no rule is used); 2 for a payload refused whole."""
    from genaiops.ops.alert_rules import rules_for_intake
    from genaiops.ops.alerts import decode_payload, ingest_alerts

    settings = app_settings()
    raw = _read(file, settings.alert_max_bytes)
    data = decode_payload(raw, settings.alert_max_bytes)
    rules, problems = rules_for_intake(settings)  # a wrong rules file: the alerts are still taken, as the server does
    requester = who(as_, app_policy()).name
    report = run_async(ingest_alerts(engine(), settings, data, received_by=requester, rules=rules))
    report.errors.extend(problems)
    output = Format.json if json_ else output
    if output is not Format.table:
        emit(report.as_dict(), output)
    else:
        _print_report(report)
    if report.skipped or report.errors:
        raise typer.Exit(1)


def _read(file: str, limit: int) -> bytes:
    if file == "-":
        return sys.stdin.buffer.read(limit + 1)
    path = Path(file)
    try:
        with path.open("rb") as handle:
            return handle.read(limit + 1)  # one byte more than the limit: enough to say it is too large
    except OSError as exc:
        fail(f"{file}: cannot read the payload ({exc.strerror or exc}); give a JSON file or - for standard input")


_SHOWN = 20
"""Skipped alerts printed one per line; a payload may hold 200,000 unusable ones."""


def _print_report(report) -> None:  # noqa: ANN001 - IntakeReport
    console.print(
        f"{report.received} alert(s): {len(report.new)} new, {len(report.repeated)} repeated, "
        f"{len(report.skipped)} skipped; incidents {', '.join(report.incidents) or '-'}; "
        f"resolved {', '.join(report.resolved) or '-'}",
        soft_wrap=True,
    )
    for started in report.started:
        console.print(f"started {started['scenario']} as run {started['run_id']} for incident {started['incident']}")
    for held in report.not_started:
        console.print(f"[yellow]not started[/] {held['scenario']} for incident {held['incident']}: "
                      f"{escape(held['reason'])}", soft_wrap=True)  # fmt: skip
    for skipped in report.skipped[:_SHOWN]:
        console.print(f"[yellow]skipped[/] {skipped['fingerprint']}: {escape(skipped['reason'])} (stored)")
    if len(report.skipped) > _SHOWN:
        console.print(f"[yellow]skipped[/] … and {len(report.skipped) - _SHOWN:,} more (stored with the reason): "
                      "`genaiops alerts list` shows them, `--json` lists them")  # fmt: skip
    for note in report.notes:
        console.print(f"note: {escape(note)}", soft_wrap=True)
    for error in report.errors:
        console.print(f"[red]✗[/] {escape(error)}", soft_wrap=True)


@app.command("list")
def list_(
    incidents: Annotated[bool, typer.Option("--incidents", help="List the incidents instead of the alerts.")] = False,
    status: Annotated[str | None, typer.Option(help="firing/resolved (alerts), open/resolved (incidents).")] = None,
    json_: Annotated[bool, typer.Option("--json", help="Print JSON (-o json).")] = False,
    output: OutputOption = Format.table,
    limit: Annotated[int, typer.Option(min=1, help="At most this many, the latest (a cut listing says so).")] = 1000,
) -> None:
    """The alerts received (latest first) with their notifications, incident and skip reason; or the incidents
    with the run each started. With GENAIOPS_SERVER_URL set, the server's (GET /api/v1/alerts[/incidents])."""
    from dataclasses import asdict

    kind = "incidents" if incidents else "alerts"
    if status is not None and status not in _STATUSES[kind]:
        from genaiops.errors import did_you_mean

        fail(f"--status {status!r}{did_you_mean(status, _STATUSES[kind])}: {kind} are "
             f"{' or '.join(_STATUSES[kind])}" + ("" if incidents else " (open: with --incidents)"))  # fmt: skip
    rows, total = _listed(kind, status, limit)
    output = Format.json if json_ else output
    if output is not Format.table:
        emit([asdict(r) for r in rows], output)
    elif rows:
        _print_incidents(rows) if incidents else _print_alerts(rows)
    elif status is not None:
        console.print(f"no {status} {kind}")
    else:
        console.print(f"no {kind} yet: `genaiops alerts ingest FILE` or POST /api/v1/alerts/alertmanager takes them")
    if total > len(rows):  # after the listing, on stderr: what a script reads (JSON too) stays the listing
        err_console.print(f"{len(rows):,} of {total:,} {kind} shown (the latest); use --limit {total} for all",
                          soft_wrap=True)  # fmt: skip


_STATUSES = {"alerts": ("firing", "resolved"), "incidents": ("open", "resolved")}


def _listed(kind: str, status: str | None, limit: int) -> tuple[list, int]:
    """The latest ``limit`` alerts or incidents and how many there are in all: the server's when one is set (a
    second on-call's laptop holds none), else this home's."""
    from genaiops.cli.remote import server_client
    from genaiops.store_alerts import AlertIncidentRow, AlertRow

    remote = server_client()
    if remote is not None:
        shape = AlertIncidentRow if kind == "incidents" else AlertRow
        found, total = remote.alerts(kind, status, limit)
        return [shape(**row) for row in found], total
    store = store_reader()
    if kind == "incidents":
        rows, count = store.alert_incidents(status=status, limit=limit), store.count_alert_incidents
    else:
        rows, count = store.alerts(status=status, limit=limit), store.count_alerts
    return rows, count(status=status) if len(rows) == limit else len(rows)


def _print_alerts(rows: list) -> None:
    from genaiops.cli.output import Col, print_table

    cols = [Col("fingerprint", is_id=True), Col("alert"), Col("service"), Col("severity"), Col("status"),
            Col("since (UTC)", whole=True), Col("seen"), Col("incident", is_id=True),
            Col("skipped because")]  # fmt: skip
    print_table(cols, [[escape(a.fingerprint), escape(a.alertname or "-"), escape(a.service or "-"),
                        escape(a.severity or "-"), a.status, _utc(a.starts_at), f"{a.notifications}x",
                        a.incident_id or "-", escape(a.skip_reason or "-")] for a in rows])  # fmt: skip


def _utc(stamp: str | None) -> str:
    """A stored time (ISO 8601, UTC) as the tables print times: ``2026-01-05 10:03:00`` under a ``(UTC)`` head."""
    return stamp[:19].replace("T", " ") if stamp else "-"


def _print_incidents(rows: list) -> None:
    from genaiops.cli.output import Col, print_table

    cols = [Col("incident", is_id=True), Col("status"), Col("service"), Col("onset (UTC)", whole=True), Col("alerts"),
            Col("scenario"), Col("run", is_id=True), Col("note")]  # fmt: skip
    print_table(cols, [[i.incident_id, i.status, escape(i.service or "-"), _utc(i.onset),
                        str(len(i.data.get("fingerprints", []))), escape(i.scenario or "-") if i.run_id else "-",
                        i.run_id or "-", escape(_incident_note(i))] for i in rows])  # fmt: skip


def _incident_note(incident) -> str:  # noqa: ANN001 - AlertIncidentRow
    """Its note, why its investigation could not start (tried again at the alert's next notification), and the
    runs that failed before its current one."""
    failed = incident.data.get("start_error")
    said = [incident.note or ""]
    if failed and incident.run_id is None:
        said.append(f"could not start {failed['scenario']} at {_utc(failed['at'])} UTC: {failed['error']} (tried again "
                    "when Alertmanager repeats a firing alert of it)")  # fmt: skip
    if incident.data.get("runs"):
        said.append(f"earlier run(s) failed: {', '.join(incident.data['runs'])}")
    return "; ".join(s for s in said if s)
