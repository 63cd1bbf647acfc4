"""``GET /health``: whether this server serves, for load balancers, orchestrators and operators (no account:
probes carry no token). 200 ``{"status": "ready"}``; 503 ``{"status": "not ready", "reason": ...}`` once the store
refused the server for good (``Worker.refused``: a rotated ledger key, a newer schema), or while the store does
not answer (``store_probe``: its file gone or replaced, its database down), the reason saying the fix.

While not ready, every route that changes state (start, resume or cancel a run, decide an approval, talk to the
desk, post alerts) answers the same 503 with the same reason up front, and tries nothing (``require_ready``); the
answer carries ``GenAIOps-Not-Ready: true`` so a client tells it from a store busy for a moment (retried).
"""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, HTTPException, Request, Response, status
from pydantic import BaseModel

from genaiops.server.api_words import NOT_READY_HEADER

router = APIRouter()


class HealthOut(BaseModel):
    status: Literal["ready", "not ready"]
    reason: str | None = None
    """Why not ready, and what fixes it; None when ready."""


@router.get("/health", response_model=HealthOut, tags=["health"], responses={503: {"model": HealthOut}})
async def health(request: Request, response: Response) -> HealthOut:
    """Ready (200), or not ready (503) with the reason: the store refuses this server (its worker stopped), or
    does not answer (its file gone or replaced, its database server down: a bounded probe, its answer kept a few
    seconds, ``genaiops.server.store_probe``); the reason names the fix. Ready again once the store answers."""
    state = request.app.state.genaiops
    refused = state.worker.refused
    said = not_ready_reason(refused) if refused is not None else None
    if said is None and state.probe is not None:
        said = await state.probe.check()
    if said is None:
        return HealthOut(status="ready")
    response.status_code = status.HTTP_503_SERVICE_UNAVAILABLE
    return HealthOut(status="not ready", reason=said)


def not_ready_reason(refused: Exception) -> str:
    """Why the server is not ready, as ``/health`` says it and ``POST /runs`` refuses with it (one line)."""
    return " ".join(str(refused).split())


def require_ready(request: Request) -> None:
    """A 503 with ``/health``'s reason (and ``NOT_READY_HEADER``) while the server is not ready (refused, or the
    store's last probe failed): a route that changes state calls this before it tries anything."""
    state = request.app.state.genaiops
    refused = state.worker.refused
    said = not_ready_reason(refused) if refused is not None else (state.probe.failing if state.probe else None)
    if said is not None:
        raise HTTPException(status.HTTP_503_SERVICE_UNAVAILABLE, detail=said, headers={NOT_READY_HEADER: "true"})
