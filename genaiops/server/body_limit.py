"""How large a request body the server takes: ``BodyLimit``, an ASGI middleware in front of the API and the
console. FastAPI reads and parses a body whole before a route's dependencies run, so without it anyone, with no
token, made the server hold and parse any body before it answered 401. A body declared larger than its limit
(Content-Length) is refused at once; one sent chunked is counted as it comes and cut at the limit. Both are a
413 naming the limit. The Alertmanager webhook keeps its own limit (GENAIOPS_ALERT_MAX_BYTES, read in its route).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi import HTTPException
from fastapi.responses import JSONResponse

__all__ = ["MAX_BODY_BYTES", "BodyLimit"]

MAX_BODY_BYTES = 1_048_576
"""A run's parameters, a decision, a chat message, a console form: far below 1 MiB."""


def _refusal(limit: int, size: int | None = None) -> str:
    said = f"{size:,} bytes" if size is not None else "more bytes"
    return f"the body has {said}, more than the {limit:,} bytes the server takes; send a smaller one"


class BodyLimit:
    """Refuse bodies over ``limit_for(path)`` bytes (None: no limit here, the route reads it itself)."""

    def __init__(self, app: Any, limit_for: Callable[[str], int | None]):
        self.app = app
        self.limit_for = limit_for

    async def __call__(self, scope: dict[str, Any], receive: Callable, send: Callable) -> None:
        limit = self.limit_for(scope["path"]) if scope["type"] == "http" else None
        if limit is None:
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length", b"")
        if declared.isdigit() and int(declared) > limit:
            await JSONResponse({"detail": _refusal(limit, int(declared))}, status_code=413)(scope, receive, send)
            return
        seen = 0

        async def counted() -> dict[str, Any]:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > limit:  # raised while the route reads its body: FastAPI answers it as it is
                raise HTTPException(413, detail=_refusal(limit))
            return message

        await self.app(scope, counted, send)
