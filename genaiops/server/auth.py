"""Who is calling: every API route (and the console, later) depends on ``caller``.

A caller is an account of this home (``genaiops users add``), authenticated by an API token
(``Authorization: Bearer TOKEN``) or by a session a sign-in reader recognises (the web console registers one
with ``ServerState.session_readers``: a callable ``request -> account name | None`` that checks its signed
cookie). The name and roles always come from the account, never from the request. No credential: 401; a bad,
unknown, revoked or expired token: 401; a role the route needs and the account lacks: 403.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from fastapi import HTTPException, Request, status

from genaiops.accounts import RUN_ROLE
from genaiops.identity import Identity

__all__ = ["RUN_ROLE", "Caller", "caller", "require_role"]

_CHALLENGE = {"WWW-Authenticate": "Bearer"}


@dataclass(frozen=True, slots=True)
class Caller:
    """An authenticated account: its normalised name, its roles, and how it was authenticated."""

    name: str
    roles: tuple[str, ...]
    via: Literal["token", "session"]

    @property
    def identity(self) -> Identity:
        return Identity(self.name, "authenticated")


def _unauthorized(message: str) -> HTTPException:
    return HTTPException(status.HTTP_401_UNAUTHORIZED, detail=message, headers=_CHALLENGE)


def caller(request: Request) -> Caller:
    """The authenticated caller of this request (a FastAPI dependency)."""
    state = request.app.state.genaiops
    header = request.headers.get("authorization")
    if header is not None:
        scheme, _, token = header.strip().partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise _unauthorized("the Authorization header must read `Bearer TOKEN`")
        account = state.accounts.authenticate(token, at=state.engine.clock.now())
        if account is None:
            raise _unauthorized(
                "the token is malformed, unknown, revoked or expired (`genaiops tokens list` on the server's host "
                "shows which); an admin creates one with `genaiops tokens create --user NAME`"
            )
        return Caller(account.name, account.roles, "token")
    for reader in state.session_readers:
        name = reader(request)
        if name:
            account = state.accounts.find(name)
            if account is not None:
                return Caller(account.name, account.roles, "session")
    raise _unauthorized("sign in: send `Authorization: Bearer TOKEN` (a token from `genaiops tokens create`)")


def require_role(who: Caller, role: str, what: str) -> None:
    """403 unless ``who`` holds ``role``."""
    if role not in who.roles:
        held = ", ".join(who.roles) or "none"
        grant = " ".join(f"--role {r}" for r in (*who.roles, role))  # `users roles` sets all of them
        raise HTTPException(
            status.HTTP_403_FORBIDDEN,
            detail=f"{what} needs the role {role!r}; {who.name} holds: {held} (an admin grants it on the server's "
            f"host: `genaiops users roles {who.name} {grant}`)",
        )
