"""The audit ledger over HTTP: its entries, its verification (chain, MACs, anchors, cross-check with the
store), and an export of every entry with the verification, for keeping elsewhere."""

from __future__ import annotations

import json
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request

from genaiops.graphs.audit import audit_store, entries_between, entries_of_kinds, instant, ledger_anchors
from genaiops.keys import retired_keys
from genaiops.runtime import ledger_key
from genaiops.server.auth import Caller, caller
from genaiops.server.schemas import AuditEntry, AuditReportOut, refusals

router = APIRouter(tags=["audit"])
Who = Annotated[Caller, Depends(caller)]


def _entry(row: Any) -> AuditEntry:
    try:
        payload = json.loads(row.payload)
    except ValueError:
        payload = row.payload
    return AuditEntry(seq=row.seq, at=row.at, kind=row.kind, run_id=row.run_id, payload=payload,
                      prev_hash=row.prev_hash, hash=row.hash, mac=row.mac)  # fmt: skip


@router.get("/audit", response_model=list[AuditEntry], responses=refusals(404))
async def entries(
    request: Request,
    _who: Who,
    run: Annotated[str | None, Query(description="Only this run's entries.")] = None,
    limit: Annotated[int, Query(ge=1, le=100_000)] = 200,
    since: Annotated[str | None, Query(description="Only entries at or after this ISO date or time (UTC).")] = None,
    until: Annotated[str | None, Query(description="Only entries before this ISO date or time (UTC).")] = None,
    kind: Annotated[list[str], Query(description="Only entries of this kind (repeatable).")] = [],  # noqa: B006
) -> list[AuditEntry]:
    """Ledger entries, oldest first (the last ``limit`` of those between ``since`` and ``until``, of the kinds
    ``kind`` names if any)."""
    start = None if since is None else instant("since", since)  # 422 naming the parameter
    end = None if until is None else instant("until", until)
    store = request.app.state.genaiops.engine.store
    if run is not None:
        store.run(run)  # an unknown run: 404 naming it (a run with no entries: an empty list)
    rows = entries_between([r for r in store.ledger() if run is None or r.run_id == run], start, end)
    return [_entry(r) for r in entries_of_kinds(rows, kind, "kind")[-limit:]]  # a typo: 422 with did-you-mean


def verify(request: Request) -> AuditReportOut:
    """What ``genaiops audit verify`` checks, with the anchors kept under the home's keys."""
    state = request.app.state.genaiops
    store = state.engine.store
    key = ledger_key(state.settings, create=False)
    anchors, bad = ledger_anchors(state.settings.home, store, key) if key is not None else ([], [])
    retired = retired_keys(state.settings.home) if key is not None else []
    report = audit_store(store, key=key, anchors=anchors, retired=retired)
    ledger = report.ledger
    return AuditReportOut(
        ok=report.ok and not bad, entries=ledger.entries, head=ledger.head, bad_seq=ledger.bad_seq,
        problem=ledger.problem or None, unauthenticated=ledger.unauthenticated, anchored=ledger.anchored,
        missing=report.missing, anchor_problems=bad,
    )  # fmt: skip


@router.get("/audit/verify", response_model=AuditReportOut)
async def verify_ledger(request: Request, _who: Who) -> AuditReportOut:
    """Verify the ledger; ``ok`` false names the problem (the answer is 200 either way: the check ran)."""
    return verify(request)


@router.get("/audit/export")
async def export(request: Request, _who: Who) -> dict[str, Any]:
    """Every entry (with hashes and MACs) and the verification, as one JSON document."""
    rows = request.app.state.genaiops.engine.store.ledger()
    return {
        "verification": verify(request).model_dump(),
        "entries": [_entry(r).model_dump() for r in rows],
    }
