"""The web console: server-rendered pages (Jinja2, every value HTML-escaped) over the REST API's handlers, beside
the API in the same app (``mount``).

Pages: ``/signin``, ``/runs`` (``?status=``), ``/runs/ID`` (the graph as SVG coloured by task status, outputs,
events, agent turns), ``/approvals`` (the inbox of what you may decide) and ``/approvals/ID`` (arguments, diff,
evidence with untrusted text marked, dry run, decisions, approve/reject/amend forms), ``/audit`` (with verify),
``/scenarios`` and ``/scenarios/NAME`` (a run form from the scenario's parameters), ``/alerts`` and
``/alerts/ID`` (incidents and their alerts, read-only, ``alerts_page``), ``/chat`` (the ops desk, ``chat_page``).
Forms work without JavaScript; ``/static/live.js`` (served by the app, no CDN) listens to ``/live/...``
server-sent events and reloads a page when its run, inbox or approval changes.

Security: a signed session cookie (``session.Sessions``: HttpOnly, SameSite=Lax, Secure over https, key under
``GENAIOPS_HOME/keys``), a CSRF token in every form (403 without it, nothing changed), a sign-in rate limit
(429 with Retry-After), and on every answer of the app a Content-Security-Policy without inline scripts,
``frame-ancestors 'none'``/X-Frame-Options and X-Content-Type-Options. The API also accepts the session for
reading (GET, HEAD): a signed-in browser may fetch ``/api/v1/...`` documents (the audit export), while API
writes still need a token, so no cookie-borne request changes anything through the API.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from genaiops.server.console.once import SentForms
from genaiops.server.console.session import RateLimiter, Sessions

if TYPE_CHECKING:
    from fastapi import FastAPI
    from fastapi.templating import Jinja2Templates

    from genaiops.settings import Settings

__all__ = ["Console", "SECURITY_HEADERS", "mount"]

HERE = Path(__file__).parent
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
HEADINGS = {403: "Not allowed", 404: "Not found", 409: "Conflict", 422: "Cannot do that", 503: "Unavailable"}
SECURITY_HEADERS = (
    ("content-security-policy", CSP),
    ("x-frame-options", "DENY"),
    ("x-content-type-options", "nosniff"),
    ("referrer-policy", "same-origin"),
)


@dataclass
class Console:
    """What the console's pages share (``app.state.console``)."""

    sessions: Sessions
    limiter: RateLimiter
    templates: Jinja2Templates
    forms: SentForms = field(default_factory=SentForms)


class SecurityHeaders:
    """Adds ``SECURITY_HEADERS`` to every HTTP answer (pure ASGI: streamed answers stay streamed)."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def sending(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS:
                    headers.setdefault(name, value)
            await send(message)

        await self.app(scope, receive, sending)


def _templates() -> Jinja2Templates:
    import jinja2
    from fastapi.templating import Jinja2Templates
    from markupsafe import Markup

    from genaiops.visible import shown

    def finalize(value: object) -> object:  # every {{ value }}: bidi overrides and the like shown, not obeyed
        if isinstance(value, Markup):
            return Markup(shown(str(value)))
        return shown(value) if isinstance(value, str) else value

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(HERE / "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        finalize=finalize,
    )
    return Jinja2Templates(env=env)


def mount(app: FastAPI, settings: Settings, *, signin_limit: int = 5, signin_window_s: float = 300.0) -> None:
    """Add the console to ``app``: its pages, live streams, static files, security headers and error pages."""
    from fastapi import Request
    from fastapi.responses import RedirectResponse
    from fastapi.staticfiles import StaticFiles

    from genaiops.server.api_words import in_console_words
    from genaiops.server.console import alerts_page, chat_page, live, pages
    from genaiops.server.console.access import ConsoleError, SignInRequired, viewer

    sessions = Sessions(settings.home, password_set_at=lambda name: app.state.genaiops.accounts.password_set_at(name))
    console = Console(sessions, RateLimiter(signin_limit, signin_window_s), _templates())
    app.state.console = console
    app.state.session_readers = [sessions.account_name]
    app.include_router(pages.router)
    app.include_router(live.router)
    app.include_router(chat_page.router)
    app.include_router(alerts_page.router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.add_middleware(SecurityHeaders)

    async def sign_in_first(request: Request, _exc: Exception) -> RedirectResponse:
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        return RedirectResponse(f"/signin?next={quote(target, safe='')}", status_code=303)

    async def refused(request: Request, exc: Exception) -> object:
        assert isinstance(exc, ConsoleError)
        try:
            who = viewer(request)
        except SignInRequired:
            who = None
        heading = HEADINGS.get(exc.status, "Refused")
        message = in_console_words(exc.message)  # `genaiops scenario list` -> the Scenarios page
        return pages.page(request, "error.html", who, exc.status, message=message, heading=heading)

    app.add_exception_handler(SignInRequired, sign_in_first)
    app.add_exception_handler(ConsoleError, refused)  # type: ignore[arg-type]
