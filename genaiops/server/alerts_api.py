"""Alerts in over HTTP: Alertmanager's webhook (``POST /alerts/alertmanager``) and what came in.

Point Alertmanager at it with a bearer token of an account holding the alert role (GENAIOPS_ALERT_ROLE,
default ``alerts``)::

    receivers:
      - name: genaiops
        webhook_configs:
          - url: https://genaiops.example.org/api/v1/alerts/alertmanager
            http_config: {authorization: {credentials_file: /etc/alertmanager/genaiops-token}}

Answers: 200 with the intake report (``not_started``: incidents past the account's start limit,
GENAIOPS_ALERT_MAX_STARTS per GENAIOPS_ALERT_START_WINDOW, stored with the reason, never a 5xx that Alertmanager
would retry); 422 when the payload is not Alertmanager's JSON (nothing taken), or when
some of its alerts could not be used (those are stored with their reason, the others taken: the body says
which); 413 above GENAIOPS_ALERT_MAX_BYTES (a gzip body, ``Content-Encoding: gzip``, is inflated and counted
against the same limit, so a gzip bomb is cut there); 415 for another ``Content-Encoding``; 401 without a valid
token; 403 without the role; 503 while the server is not ready (``GET /health``: Alertmanager retries it).
"""

from __future__ import annotations

import zlib
from collections.abc import Callable
from dataclasses import asdict
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request, Response
from fastapi.responses import JSONResponse

from genaiops.server.auth import Caller, caller, require_role
from genaiops.server.health_api import require_ready
from genaiops.server.schemas import refusals

router = APIRouter(tags=["alerts"])
Who = Annotated[Caller, Depends(caller)]


async def _body(request: Request, limit: int) -> bytes:
    """The body, read up to one byte past ``limit`` (a huge body is refused before it is all in memory)."""
    from genaiops.ops.alerts import too_large

    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise HTTPException(413, detail=str(too_large(int(declared), limit)))
    chunks, size = [], 0
    async for chunk in request.stream():
        chunks.append(chunk)
        size += len(chunk)
        if size > limit:
            break
    return b"".join(chunks)


_GZIP = ("gzip", "x-gzip")


def _decoded(raw: bytes, encoding: str, limit: int) -> bytes:
    """``raw`` with its ``Content-Encoding`` undone: gzip inflated to at most ``limit`` bytes (one more is a 413,
    decided before more is inflated: a gzip bomb never fills memory); an encoding other than gzip is a 415."""
    from genaiops.ops.alerts import too_large
    from genaiops.tools.sre.ingest.alertmanager import AlertPayloadError

    said = encoding.strip().lower()
    if said in ("", "identity"):
        return raw
    if said not in _GZIP:
        raise HTTPException(
            415, detail=f"the body's Content-Encoding {encoding.strip()[:80]!r} is not read here; send the JSON as it "
            "is, or gzip'ed with Content-Encoding: gzip",
        )  # fmt: skip
    inflate = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    try:
        out = inflate.decompress(raw, limit + 1)
    except zlib.error as exc:
        raise AlertPayloadError(f"the body is not gzip data as its Content-Encoding: gzip says ({exc}); send "
                                "Alertmanager's webhook JSON, gzip'ed whole or not at all") from None  # fmt: skip
    if len(out) > limit:
        raise HTTPException(413, detail=f"gzip'ed: {too_large(len(out), limit)}")
    if not inflate.eof:
        raise AlertPayloadError("the gzip'ed body ends before its gzip data does (cut short); send it whole")
    return out


_TEXT = {"type": "string"}
_LABELS = {"type": "object", "additionalProperties": _TEXT}
ALERTMANAGER_PAYLOAD: dict[str, Any] = {
    "title": "AlertmanagerWebhook",
    "description": "Alertmanager's webhook payload (version 4), as Alertmanager sends it: alerts are stored by "
    "fingerprint (a repeat updates); an alert without labels or alertname is stored as skipped with its reason.",
    "type": "object",
    "required": ["alerts"],
    "properties": {
        "version": _TEXT,
        "groupKey": _TEXT,
        "truncatedAlerts": {"type": "integer", "minimum": 0},
        "status": {"type": "string", "enum": ["firing", "resolved"]},
        "receiver": _TEXT,
        "groupLabels": _LABELS,
        "commonLabels": _LABELS,
        "commonAnnotations": _LABELS,
        "externalURL": _TEXT,
        "alerts": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["labels"],
                "properties": {
                    "status": {"type": "string", "enum": ["firing", "resolved"]},
                    "labels": _LABELS | {"description": "At least alertname, and a service label to group by."},
                    "annotations": _LABELS,
                    "startsAt": {"type": "string", "format": "date-time"},
                    "endsAt": {"type": "string", "description": "RFC 3339; 0001-01-01T00:00:00Z: not ended."},
                    "generatorURL": _TEXT,
                    "fingerprint": _TEXT,
                },
            },
        },
    },
}
"""The body ``POST /alerts/alertmanager`` reads itself (to refuse a huge one before it is all in memory), for the
OpenAPI document: clients and tools see what to send."""


@router.post(
    "/alerts/alertmanager",
    responses=refusals(403, 413, 415, 422, 503),
    openapi_extra={
        "requestBody": {"required": True, "content": {"application/json": {"schema": ALERTMANAGER_PAYLOAD}}}
    },
)
async def alertmanager(request: Request, who: Who) -> JSONResponse:
    """Take an Alertmanager webhook payload (version 4): store its alerts by fingerprint (a repeat updates),
    group them into incidents, start what the alert rules say under the normal gates, close resolved incidents."""
    from genaiops.ops.alert_rules import rules_for_intake
    from genaiops.ops.alerts import PayloadTooLarge, decode_payload, ingest_alerts

    state = request.app.state.genaiops
    require_role(who, state.settings.alert_role, "posting alerts")
    require_ready(request)  # 503: Alertmanager sends the notification again later, nothing is lost
    try:
        limit = state.settings.alert_max_bytes
        raw = _decoded(await _body(request, limit), request.headers.get("content-encoding", ""), limit)
        data = decode_payload(raw, limit)
    except PayloadTooLarge as exc:
        raise HTTPException(413, detail=str(exc)) from None
    rules, problems = rules_for_intake(state.settings)  # a wrong rules file: the alerts are still taken
    report = await ingest_alerts(
        state.engine, state.settings, data, received_by=who.name, rules=rules, launch=state.launch
    )
    report.errors.extend(problems)
    body: dict[str, Any] = report.as_dict()
    if report.skipped:
        body["detail"] = (f"{len(report.skipped):,} alert(s) could not be used (stored with the reason): "
                          f"{report.skipped_said()}")  # fmt: skip
        return JSONResponse(body, status_code=422)
    return JSONResponse(body)


@router.get("/alerts")
async def alerts(
    request: Request,
    response: Response,
    _who: Who,
    status: Annotated[Literal["firing", "resolved"] | None, Query()] = None,
    limit: Annotated[int, Query(ge=1, le=10_000)] = 200,
    incident: Annotated[str | None, Query(max_length=200)] = None,
) -> list[dict[str, Any]]:
    """The alerts received, latest notified first: labels, notifications counted, incident, skip reason;
    ``incident`` keeps those of one incident. The ``X-Total-Count`` header says how many there are in all (more
    than listed: ``limit`` cut the list)."""
    store = request.app.state.genaiops.engine.store
    rows = store.alerts(status=status, incident_id=incident, limit=limit)
    _total(response, rows, limit, lambda: store.count_alerts(status=status, incident_id=incident))
    return [asdict(a) for a in rows]


@router.get("/alerts/incidents")
async def incidents(
    request: Request,
    response: Response,
    _who: Who,
    status: Annotated[Literal["open", "resolved"] | None, Query()] = None,
    limit: Annotated[int, Query(ge=1, le=10_000)] = 200,
) -> list[dict[str, Any]]:
    """The incidents alerts were grouped into, latest onset first, with the run each started; ``X-Total-Count``
    as for ``GET /alerts``."""
    store = request.app.state.genaiops.engine.store
    rows = store.alert_incidents(status=status, limit=limit)
    _total(response, rows, limit, lambda: store.count_alert_incidents(status=status))
    return [asdict(i) for i in rows]


@router.get("/alerts/incidents/{incident_id}", responses=refusals(404))
async def incident(request: Request, incident_id: str, _who: Who) -> dict[str, Any]:
    """One incident as ``GET /alerts/incidents`` lists it (404 for an unknown id)."""
    row = request.app.state.genaiops.engine.store.alert_incident(incident_id)
    if row is None:
        raise HTTPException(404, detail=f"no alert incident {incident_id[:80]!r}; `genaiops alerts list "
                            "--incidents` (or GET /api/v1/alerts/incidents) lists them")  # fmt: skip
    return asdict(row)


def _total(response: Response, rows: list[Any], limit: int, count: Callable[[], int]) -> None:
    """``X-Total-Count``: all there are (counted only when ``limit`` may have cut the list)."""
    response.headers["X-Total-Count"] = str(count() if len(rows) == limit else len(rows))
