"""The console's sign-in: a signed session cookie, its CSRF token, sign-out, and the sign-in rate limit.

The cookie holds ``{"u": account, "s": session id, "c": csrf token, "t": sign-in time}`` signed (HMAC, itsdangerous)
with the console's session key, ``GENAIOPS_HOME/keys/console.key`` (created 0600 on first use, beside the ledger
key): nothing in it is secret, nobody can forge or alter it, and it expires ``MAX_AGE_S`` after sign-in. It is sent
``HttpOnly`` and ``SameSite=Lax`` (``Secure`` when the request came over https). Signing out ends the session id for
good: it is written to ``GENAIOPS_HOME/keys/console.signed-out`` (0600, until the cookie would have expired anyway),
read again whenever that file changes, so a copied cookie stops working here, in another server on the same home,
and after a restart; a signed-in person's name and roles are read from the account at every request, so a removed
account is signed out at once, and a session signed in before the account's password was last set (`genaiops users
passwd`), or before the last of its tokens that still worked was revoked (`genaiops tokens revoke`), is ended:
changing a password or revoking all of an account's tokens signs every browser of that account out.

The rate limit counts failed sign-ins per account name and per client address within a window; past
``limit`` failures further attempts are refused (429 with Retry-After) until the oldest failure leaves the
window, whatever the password.
"""

from __future__ import annotations

import json
import math
import os
import secrets
import time
from collections import defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from itsdangerous import BadSignature, URLSafeTimedSerializer
from starlette.requests import Request
from starlette.responses import Response

from genaiops import keys

__all__ = ["COOKIE", "MAX_AGE_S", "RateLimiter", "Session", "Sessions"]

COOKIE = "genaiops_session"
MAX_AGE_S = 12 * 3600
KEY_FILE = "console.key"
ENDED_FILE = "console.signed-out"
_TOLD_MAX = 1000


@dataclass(frozen=True, slots=True)
class Session:
    name: str
    sid: str
    csrf: str


class Sessions:
    """Issues and reads the console's signed session cookies for one home."""

    def __init__(
        self, home: Path, *, clock: Callable[[], float] = time.time,
        password_set_at: Callable[[str], float | None] | None = None,
    ) -> None:  # fmt: skip
        """``password_set_at(name)``: when the account's password was last set (sessions signed in before it are
        ended), or None."""
        self._home, self._clock, self._password_set_at = home, clock, password_set_at
        self._serializer: URLSafeTimedSerializer | None = None
        self._ended: dict[str, float] = {}  # signed-out session id -> when its cookie expires anyway
        self._ended_file = home / "keys" / ENDED_FILE
        self._ended_seen: int | None = None  # the file's mtime (ns) when last read; None: never read
        self._told: dict[str, tuple[str, ...]] = {}  # session id -> what the next page tells it, once

    def tell(self, session: Session, lines: tuple[str, ...]) -> None:
        """Keep ``lines`` for the next page this session reads (``told``): what a POST said, across its
        redirect, without putting text into the URL (where anyone could write a link that "says" it)."""
        if len(self._told) >= _TOLD_MAX:
            self._told.pop(next(iter(self._told)))
        self._told[session.sid] = lines

    def told(self, session: Session) -> tuple[str, ...]:
        """What ``tell`` kept for this session (then forgotten); () when nothing."""
        return self._told.pop(session.sid, ())

    def _signer(self) -> URLSafeTimedSerializer:
        if self._serializer is None:
            key = keys.load_key(self._home, create=True, name=KEY_FILE, what="console session key")
            self._serializer = URLSafeTimedSerializer(key, salt="genaiops-console-session")
        return self._serializer

    def read(self, request: Request) -> Session | None:
        """The request's valid session, or None (no cookie, a forged, expired or signed-out one)."""
        raw = request.cookies.get(COOKIE)
        if not raw:
            return None
        try:
            data, signed = self._signer().loads(raw, max_age=MAX_AGE_S, return_timestamp=True)
        except BadSignature:
            return None
        if not isinstance(data, dict) or not all(isinstance(data.get(k), str) for k in ("u", "s", "c")):
            return None
        at = data.get("t")  # the sign-in's time to the microsecond (the signature's is whole seconds)
        signed_in = float(at) if isinstance(at, int | float) else signed.timestamp()
        if data["s"] in self._signed_out() or self._before_password(data["u"], signed_in):
            return None
        return Session(data["u"], data["s"], data["c"])

    def _before_password(self, name: str, signed_in: float) -> bool:
        """Was the session signed in before the account's password was last set?"""
        changed = self._password_set_at(name) if self._password_set_at else None
        return changed is not None and changed > signed_in

    def account_name(self, request: Request) -> str | None:
        """A session reader for ``genaiops.server.auth.caller`` (safe methods only: see ``genaiops.server.console``)."""
        if request.method not in ("GET", "HEAD"):
            return None
        session = self.read(request)
        return session.name if session else None

    def start(self, response: Response, request: Request, name: str) -> Session:
        """Sign ``name`` in: a new session id and CSRF token, set as the cookie on ``response``."""
        session = Session(name, secrets.token_urlsafe(16), secrets.token_urlsafe(24))
        value = self._signer().dumps({"u": session.name, "s": session.sid, "c": session.csrf, "t": self._clock()})
        response.set_cookie(
            COOKIE, value, max_age=MAX_AGE_S, path="/", httponly=True, samesite="lax",
            secure=request.url.scheme == "https",
        )  # fmt: skip
        return session

    def end(self, response: Response, request: Request, session: Session | None) -> None:
        """Sign out: end the session for good (kept in the home, see the module's docstring) and clear the
        cookie."""
        now = self._clock()
        self._ended = {sid: until for sid, until in self._signed_out().items() if until > now}
        if session is not None:
            self._ended[session.sid] = now + MAX_AGE_S
            self._save_ended()
        response.delete_cookie(COOKIE, path="/", httponly=True, samesite="lax", secure=request.url.scheme == "https")

    def _signed_out(self) -> dict[str, float]:
        """The signed-out session ids, read again from the home when its file changed (a restart, another
        server on the same home)."""
        try:
            seen = self._ended_file.stat().st_mtime_ns
        except FileNotFoundError:
            return self._ended
        if seen != self._ended_seen:
            try:
                stored = json.loads(self._ended_file.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                stored = {}
            if isinstance(stored, dict):
                ended = {k: float(v) for k, v in stored.items() if isinstance(v, int | float)}
                self._ended = {**ended, **self._ended}
            self._ended_seen = seen
        return self._ended

    def _save_ended(self) -> None:
        """Write the signed-out ids atomically (0600): a reader sees the old list or the new one."""
        folder = self._ended_file.parent
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        tmp = folder / f".{ENDED_FILE}-{secrets.token_hex(8)}"
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(self._ended, handle)
        os.replace(tmp, self._ended_file)
        self._ended_seen = self._ended_file.stat().st_mtime_ns


@dataclass
class RateLimiter:
    """At most ``limit`` failed sign-ins per key (an account name, a client address) within ``window_s``."""

    limit: int = 5
    window_s: float = 300.0
    clock: Callable[[], float] = time.monotonic
    _failures: dict[str, deque[float]] = field(default_factory=lambda: defaultdict(deque))

    def _recent(self, key: str) -> deque[float]:
        failures, start = self._failures[key], self.clock() - self.window_s
        while failures and failures[0] <= start:
            failures.popleft()
        return failures

    def retry_after(self, *keys_: str) -> int:
        """Seconds until an attempt is accepted again for all ``keys_`` (0: now)."""
        waits = [0.0]
        for key in keys_:
            failures = self._recent(key)
            if len(failures) >= self.limit:
                waits.append(failures[len(failures) - self.limit] + self.window_s - self.clock())
        return max(1, math.ceil(max(waits))) if max(waits) > 0 else 0

    def failed(self, *keys_: str) -> None:
        now = self.clock()
        for key in keys_:
            self._recent(key).append(now)

    def succeeded(self, name_key: str) -> None:
        """A correct password clears that account's count (not the address's)."""
        self._failures.pop(name_key, None)
