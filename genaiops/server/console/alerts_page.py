"""The console's alerts pages, for the on-call at handover: ``/alerts`` lists the incidents alerts were grouped
into (newest onset first; ``?status=firing`` or ``resolved``), each with its service, onset in UTC, alert count,
the run that investigates it (linked, with its status) or the reason none started (the start limit, a broken
rule); ``/alerts/ID`` is one incident with its alerts. Read-only faces over ``alerts_api`` called as the
signed-in account (who may read alerts there may read them here); alert labels and annotations are text from
Alertmanager's senders, so they are shown escaped inside a box marked UNTRUSTED, as the approval page shows
evidence."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from genaiops.errors import NotFoundError
from genaiops.server import alerts_api
from genaiops.server.console.access import ConsoleError, Who

__all__ = ["router"]

router = APIRouter(include_in_schema=False)
UNTRUSTED = "UNTRUSTED — copied from the alert as Alertmanager sent it, not a statement by genaiops"
FILTERS = {"firing": "open", "open": "open", "resolved": "resolved"}
"""The page's filter -> the incidents' stored status (an open incident has a firing alert; ``open`` as the API)."""
LIMIT = 200


def in_utc(stamp: str | None) -> str:
    """``2030-01-01T00:00:00+00:00`` -> ``2030-01-01 00:00:00 UTC`` (a stamp that is not ISO: as it is)."""
    if not stamp:
        return "-"
    try:
        when = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return stamp
    when = when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)
    return when.strftime("%Y-%m-%d %H:%M:%S UTC")


def _run_status(request: Request, run_id: str | None) -> str | None:
    if not run_id:
        return None
    try:
        return request.app.state.genaiops.engine.store.run(run_id).status
    except NotFoundError:
        return "unknown"


def _row(request: Request, incident: dict[str, Any]) -> dict[str, Any]:
    """An incident as the pages show it: status firing/resolved, onset in UTC, its alert count, run status and
    start error."""
    data = incident.get("data") or {}
    error = data.get("start_error") or {}
    return incident | {
        "shown_status": "firing" if incident["status"] == "open" else incident["status"],
        "onset_utc": in_utc(incident["onset"]), "resolved_utc": in_utc(incident["resolved_at"]),
        "alert_count": len(data.get("fingerprints") or ()),
        "run_status": _run_status(request, incident["run_id"]),
        "start_error": error.get("error") if isinstance(error, dict) else str(error),
    }  # fmt: skip


@router.get("/alerts", response_class=HTMLResponse)
async def alerts_page(request: Request, who: Who, status: str | None = None) -> HTMLResponse:
    from genaiops.server.console.pages import api, page

    if status and status not in FILTERS:
        raise ConsoleError(422, f"status: firing or resolved (got {status[:40]!r})")
    answer = Response()
    rows = await api(alerts_api.incidents, request, answer, who.caller, status=FILTERS.get(status or ""),
                     limit=LIMIT)  # fmt: skip
    total = int(answer.headers.get("X-Total-Count", len(rows)))
    return page(request, "alerts.html", who, rows=[_row(request, i) for i in rows], status=status or "",
                total=total)  # fmt: skip


@router.get("/alerts/{incident_id}", response_class=HTMLResponse)
async def incident_page(request: Request, incident_id: str, who: Who) -> HTMLResponse:
    from genaiops.server.console.pages import api, page

    incident = await api(alerts_api.incident, request, incident_id, who.caller)
    answer = Response()
    alerts = await api(alerts_api.alerts, request, answer, who.caller, status=None, limit=LIMIT, incident=incident_id)
    total = int(answer.headers.get("X-Total-Count", len(alerts)))
    return page(request, "alert_incident.html", who, i=_row(request, incident), alerts=alerts, total=total,
                untrusted=UNTRUSTED, in_utc=in_utc)  # fmt: skip
