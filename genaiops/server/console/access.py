"""Who is looking at a console page: the signed-in person (``viewer``, a dependency of every page and stream),
the CSRF check every form POST makes, and the two refusals pages answer with (a redirect to sign-in, an error
page with a status code)."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Form, Request

from genaiops.server.auth import Caller
from genaiops.server.console.session import Session

__all__ = ["ConsoleError", "Csrf", "SignInRequired", "Viewer", "Who", "check_csrf", "console", "viewer"]


class SignInRequired(Exception):
    """No valid session: pages answer with a redirect to the sign-in page."""


class ConsoleError(Exception):
    """A refusal shown as a page: ``status`` and the message naming the problem and the fix."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status, self.message = status, message


@dataclass(frozen=True)
class Viewer:
    caller: Caller
    session: Session


def console(request: Request):  # noqa: ANN201 - genaiops.server.console.Console
    return request.app.state.console


def viewer(request: Request) -> Viewer:
    """The signed-in person (a dependency of every page): name and roles read from the account now."""
    session = console(request).sessions.read(request)
    account = request.app.state.genaiops.accounts.find(session.name) if session else None
    if session is None or account is None:
        raise SignInRequired
    return Viewer(Caller(account.name, account.roles, "session"), session)


Who = Annotated[Viewer, Depends(viewer)]
Csrf = Annotated[str, Form(alias="csrf")]


def check_csrf(session: Session, token: str) -> None:
    """403 (``ConsoleError``) unless ``token`` is the session's CSRF token: a form from elsewhere changes nothing."""
    if not token or not secrets.compare_digest(token, session.csrf):
        raise ConsoleError(403, "this form is not from your session (missing or wrong CSRF token); reload the page")
