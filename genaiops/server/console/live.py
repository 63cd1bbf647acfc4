"""Server-sent events that tell an open page its data changed: a run (status, events), the inbox (the pending
requests), one approval (status, arguments, decisions). A page carries the fingerprint it was drawn from
(``?since=``); the stream sends ``changed`` as soon as the current fingerprint differs, and ``end`` once there is
nothing more to wait for (a finished run); after ``MAX_STREAM_S`` it just closes, and the browser reconnects by
itself. When ``genaiops serve`` is stopping (``app.state.stopping``), every stream ends at once.
``static/live.js`` reloads the page (or, on an approval page with a form being filled, shows a notice).
"""

from __future__ import annotations

import asyncio
import hashlib
import json
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import StreamingResponse

from genaiops.graphs import run_status
from genaiops.graphs.inbox import approval_at
from genaiops.server.console.access import Who

__all__ = ["APPROVAL_STATUSES", "FINAL", "approval_print", "inbox_print", "router", "run_print"]

router = APIRouter(include_in_schema=False)
POLL_S = 0.25
FINAL = ("succeeded", "failed", "rejected", "cancelled")
APPROVAL_STATUSES = ("pending", "approved", "rejected", "expired", "stale", "withdrawn", "any")
MAX_STREAM_S = 60.0


def _digest(value: Any) -> str:
    return hashlib.sha256(json.dumps(value, sort_keys=True, default=str).encode()).hexdigest()[:16]


def run_print(engine: Any, run_id: str) -> tuple[str, bool]:
    """A run's fingerprint and whether it is finished."""
    row = engine.store.run(run_id)
    status = run_status(row)
    return _digest([status, row.updated_at, len(engine.store.events(run_id))]), status in FINAL


def inbox_print(rows: list[Any]) -> str:
    """The fingerprint of an inbox as shown: its requests and their statuses."""
    return _digest(sorted((row.id, row.status) for row in rows))


def approval_print(engine: Any, approval_id: str) -> tuple[str, bool]:
    data, status = approval_at(engine.store, approval_id, engine.clock.now())
    return _digest([status, data["args_hash"], len(engine.store.decisions(approval_id))]), False


def _stream(request: Request, since: str, fingerprint: Callable[[], Awaitable[tuple[str, bool]]]) -> StreamingResponse:
    async def events() -> AsyncIterator[str]:
        yield "retry: 2000\n\n"
        loop = asyncio.get_running_loop()
        deadline = loop.time() + MAX_STREAM_S
        while True:
            current, finished = await fingerprint()
            if current != since:
                yield f"event: changed\ndata: {current}\n\n"
                return
            if finished:
                yield "event: end\ndata: \n\n"
                return
            if loop.time() > deadline:  # the browser reconnects by itself (after ``retry``)
                return
            if getattr(request.app.state, "stopping", False) or await request.is_disconnected():
                return  # the server is stopping (``genaiops.server.serve``), or the page was closed
            await asyncio.sleep(POLL_S)

    headers = {"Cache-Control": "no-store", "X-Accel-Buffering": "no"}
    return StreamingResponse(events(), media_type="text/event-stream", headers=headers)


@router.get("/live/runs/{run_id}")
async def live_run(request: Request, run_id: str, _who: Who, since: str = "") -> StreamingResponse:
    engine = request.app.state.genaiops.engine
    run_print(engine, run_id)  # an unknown run: 404 before the stream starts

    async def now() -> tuple[str, bool]:
        return run_print(engine, run_id)

    return _stream(request, since, now)


@router.get("/live/approvals")
async def live_inbox(
    request: Request, who: Who, since: str = "", scope: str = "mine", status: str = "pending"
) -> StreamingResponse:
    """The inbox as the page shows it (the same ``scope`` and ``status``) through the API's own handler."""
    from genaiops.server.approvals_api import approvals

    if scope not in ("mine", "all") or status not in APPROVAL_STATUSES:
        raise HTTPException(422, detail=f"scope: mine or all; status: one of {', '.join(APPROVAL_STATUSES)}")

    async def now() -> tuple[str, bool]:
        shown = await approvals(request, who.caller, scope=scope, status=status, run=None)  # type: ignore[arg-type]
        return inbox_print(shown), False

    return _stream(request, since, now)


@router.get("/live/approvals/{approval_id}")
async def live_approval(request: Request, approval_id: str, _who: Who, since: str = "") -> StreamingResponse:
    engine = request.app.state.genaiops.engine
    approval_print(engine, approval_id)

    async def now() -> tuple[str, bool]:
        return approval_print(engine, approval_id)

    return _stream(request, since, now)
