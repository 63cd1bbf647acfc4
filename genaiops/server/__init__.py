"""``genaiops serve``: the REST API (and, beside it, the web console) over one genaiops home.

Contract: every route needs an authenticated account (``auth.caller``: an API token, or a console session);
the name and roles of whoever decides come from that account, never from the request, and decisions are
recorded ``identified_by: authenticated``. Routes are thin adapters over the engine, inbox and audit functions
the CLI uses. A worker in the server (``worker.Worker``) resumes runs once their approvals are decided, closes
requests at their expiry and runs registered periodic jobs (``app.state.genaiops.worker.register_periodic``).

Importing this package imports no web framework: ``create_app`` and ``serve`` load FastAPI and uvicorn.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fastapi import FastAPI

    from genaiops.settings import Settings

__all__ = ["create_app", "serve"]


def create_app(settings: Settings, **options: Any) -> FastAPI:
    """The FastAPI app (see ``genaiops.server.app.create_app``)."""
    from genaiops.server.app import create_app as build

    return build(settings, **options)


def serve(settings: Settings, *, host: str, port: int, log_level: str = "info", trusted_proxies: str = "") -> None:
    """Serve the app with uvicorn until interrupted.

    ``X-Forwarded-For`` and ``X-Forwarded-Proto`` are read only from the addresses in ``trusted_proxies``
    (comma-separated; empty: from nobody). uvicorn's own default believes them from 127.0.0.1, so any process on
    the machine could pick the address the sign-in limit counts and the access log shows."""
    import uvicorn

    app = create_app(settings)

    class Server(uvicorn.Server):
        def handle_exit(self, sig: int, frame: Any) -> None:
            app.state.stopping = True  # open console pages' live streams end now, so Ctrl-C is not held up
            super().handle_exit(sig, frame)

    config = uvicorn.Config(
        app,
        host=host,
        port=port,
        log_level=log_level,
        access_log=True,
        timeout_graceful_shutdown=5,
        proxy_headers=bool(trusted_proxies),
        forwarded_allow_ips=trusted_proxies or None,
    )
    import gc

    gc.freeze()  # what startup built is never garbage: exiting then skips a full collection over it (seconds)
    Server(config).run()
