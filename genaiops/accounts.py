"""Accounts and API tokens of the server: who may sign in, in which roles, with which tokens.

They live in the store's database (tables ``accounts`` and ``api_tokens`` of the store's schema: its SQLite file, or
its PostgreSQL database, where a server started with any home on the same store URL signs the same people in). A
password is kept only as an argon2id hash (argon2-cffi), a token only as the sha256 of its text: a token is shown
once, when it is created (``gat_<id>_<secret>``; the id names it in ``tokens list`` and ``tokens revoke``), and the
server finds it by its id and compares hashes. A token may have an expiry (``tokens create`` gives 90 days unless
told otherwise), after which it no longer authenticates. Removing an account revokes its tokens; revoking the
last of an account's tokens that still authenticate ends its console sessions, as a new password does. Creating,
changing and removing accounts is a local admin action by the OS user who owns ``GENAIOPS_HOME`` (``check_admin``;
on PostgreSQL, whoever owns a home and holds the store URL's credentials); the server only reads them.

The ``Idempotency-Key`` each account sent with ``POST /runs`` is the store's (``genaiops.store_requests``): it is
written with the run it starts.

Names are normalised as everywhere (``genaiops.identity.normalize_name``): the account ``Alice`` and the OS user
``alice`` are one person, so nobody approves their own request under either name.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import hmac
import json
import os
import re
import secrets
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from genaiops.errors import IdentityError, NotFoundError, StoreError, UserError, did_you_mean
from genaiops.identity import new_name_problem, normalize_name
from genaiops.store_schema import ACCOUNT_TABLES
from genaiops.store_tables import StoreTables, tables_url

__all__ = [
    "Account",
    "Accounts",
    "RUN_ROLE",
    "TokenInfo",
    "check_admin",
    "check_known_roles",
    "check_password",
    "hash_password",
]

RUN_ROLE = "operator"
"""The role that may start, resume and cancel runs through the server (and confirm a run at the chat desk)."""

_ROLE = re.compile(r"[a-z][a-z0-9_-]{0,63}")
_TOKEN = re.compile(r"gat_([0-9a-f]{12})_([A-Za-z0-9_-]{43})")
MIN_PASSWORD = 8
_USED_EVERY = timedelta(minutes=1)
"""How often a token's ``last_used_at`` is written (not on every request)."""


def _locked(method):  # noqa: ANN001, ANN202 - keeps the method's signature
    """Run an ``Accounts`` method holding the instance's lock (see the class docstring)."""

    @functools.wraps(method)
    def holding(self, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        with self._lock:
            return method(self, *args, **kwargs)

    return holding


@dataclass(frozen=True, slots=True)
class Account:
    name: str
    roles: tuple[str, ...]
    has_password: bool
    created_at: str
    created_by: str


@dataclass(frozen=True, slots=True)
class TokenInfo:
    id: str
    account: str
    label: str
    created_at: str
    created_by: str
    revoked_at: str | None
    last_used_at: str | None
    expires_at: str | None = None
    """When the token stops authenticating (ISO time); None: never (tokens made before schema 9, or ``--no-expiry``)."""


def hash_password(password: str) -> str:
    """The argon2id hash of ``password`` (argon2-cffi's defaults); too short a password is a ``UserError``."""
    from argon2 import PasswordHasher

    if len(password) < MIN_PASSWORD:
        raise UserError(f"the password is too short ({len(password)} characters); use at least {MIN_PASSWORD}")
    return PasswordHasher().hash(password)


def check_password(stored: str | None, password: str) -> bool:
    """Does ``password`` match the stored argon2 hash?"""
    from argon2 import PasswordHasher
    from argon2.exceptions import InvalidHashError, VerificationError

    if not stored:
        return False
    try:
        return PasswordHasher().verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def check_roles(roles: Iterable[str]) -> tuple[str, ...]:
    """Roles as stored: stripped, lower-case names of letters, digits, ``_`` and ``-``, each once."""
    out: list[str] = []
    for role in roles:
        name = role.strip().lower()
        if not _ROLE.fullmatch(name):
            raise UserError(f"--role {role!r}: a role is a lower-case name of letters, digits, '_' and '-'")
        if name not in out:
            out.append(name)
    return tuple(out)


def check_known_roles(roles: Iterable[str], known: Iterable[str]) -> None:
    """Refuse (``UserError``) a role no rule of the home names: an account holding only such a role can do nothing
    but read, which is what an account with no role does. ``known``: the roles the server and the policy use."""
    known = sorted(set(known))
    for role in check_roles(roles):
        if role not in known:
            raise UserError(
                f"--role {role!r}: no rule of this home names that role{did_you_mean(role, known)}; the roles: "
                f"{', '.join(known)} (a new approver role goes in the home's policy.yaml first; an account with no "
                "--role signs in and reads)"
            )


def check_admin(home: Path) -> None:
    """Refuse (``IdentityError``) an account change by anyone but the OS user who owns ``GENAIOPS_HOME``."""
    from genaiops.identity import os_user

    try:
        owner = home.stat().st_uid
    except OSError as exc:
        raise UserError(f"GENAIOPS_HOME={home}: cannot read it ({exc.strerror}); create the home first") from None
    if owner != os.geteuid():
        raise IdentityError(
            f"accounts are managed by the OS user who owns GENAIOPS_HOME={home} (uid {owner}); you are "
            f"{os_user()!r} (uid {os.geteuid()}): run the command as that user"
        )


class Accounts:
    """The accounts and tokens tables of one store, on its own connection. Safe to share between threads (the
    server authenticates in FastAPI's thread pool): each call holds the instance's lock, so two requests never
    interleave statements or transactions on the connection."""

    def __init__(self, where: str):
        """``where``: the store's URL (``sqlite:///PATH``, ``postgresql://...``) or its SQLite file's path."""
        if tables_url(where) in (":memory:", "sqlite:///:memory:"):
            raise StoreError(
                "accounts need a store file; GENAIOPS_STORE_URL=:memory: keeps nothing (unset it for the server)"
            )
        self._lock = threading.RLock()
        self._db = StoreTables.open(where, ACCOUNT_TABLES, label="the accounts")
        if not self._db.postgres and not self._db.read_only and not self._db.has_column("api_tokens", "expires_at"):
            with (
                self._write() as db
            ):  # a SQLite store of schema 8 not yet opened by this release (its migration skips it)
                db.execute("ALTER TABLE api_tokens ADD COLUMN expires_at TEXT")

    @_locked
    def close(self) -> None:
        self._db.close()

    def _write(self) -> contextlib.AbstractContextManager[StoreTables]:
        return self._db.transaction("accounts")

    # --- accounts ------------------------------------------------------------------------------------------

    @_locked
    def add(self, name: str, roles: Iterable[str], password: str | None, *, by: str, at: datetime) -> Account:
        """A new account; ``password`` None makes an account that signs in with tokens only."""
        name, roles = normalize_name(name, "account name"), check_roles(roles)
        hashed = hash_password(password) if password is not None else None
        with self._write() as db:
            if self._row(name) is not None:
                raise UserError(
                    f"the account {name!r} exists already; see `genaiops users list` (its roles change with "
                    f"`genaiops users roles {name} --role ROLE`)"
                )
            taken = [row[0] for row in db.execute("SELECT name FROM accounts").fetchall()]
            problem = new_name_problem(name, taken)
            if problem is not None:
                raise UserError(problem)
            stamp = at.isoformat()
            db.execute(
                "INSERT INTO accounts VALUES (?, ?, ?, ?, ?, ?)", (name, json.dumps(roles), hashed, stamp, by, stamp)
            )
        return self.get(name)

    @_locked
    def set_password(self, name: str, password: str, *, at: datetime) -> None:
        hashed = hash_password(password)
        with self._write() as db:
            self.get(name)
            db.execute(
                "UPDATE accounts SET password_hash = ?, updated_at = ? WHERE name = ?",
                (hashed, at.isoformat(), normalize_name(name)),
            )

    @_locked
    def set_roles(self, name: str, roles: Iterable[str]) -> tuple[Account, Account]:
        """Give the account ``name`` exactly ``roles`` (its password and tokens stay); returns (before, after).
        The server reads an account's roles at each request, so its tokens and sessions hold them at once; a console
        session is not ended (``updated_at`` is when the password was set, which ends the sessions signed in before)."""
        roles = check_roles(roles)
        with self._write() as db:
            before = self.get(name)
            db.execute("UPDATE accounts SET roles = ? WHERE name = ?", (json.dumps(roles), before.name))
        return before, self.get(name)

    @_locked
    def remove(self, name: str, *, at: datetime) -> int:
        """Remove an account and revoke its tokens; returns how many tokens were revoked."""
        with self._write() as db:
            account = self.get(name)
            db.execute("DELETE FROM accounts WHERE name = ?", (account.name,))
            cursor = db.execute(
                "UPDATE api_tokens SET revoked_at = ? WHERE account = ? AND revoked_at IS NULL",
                (at.isoformat(), account.name),
            )
        return cursor.rowcount

    def _row(self, name: str) -> tuple | None:
        return self._db.execute(
            "SELECT name, roles, password_hash, created_at, created_by FROM accounts WHERE name = ?", (name,)
        ).fetchone()

    @staticmethod
    def _account(row: tuple) -> Account:
        return Account(row[0], tuple(json.loads(row[1])), row[2] is not None, row[3], row[4])

    @_locked
    def get(self, name: str) -> Account:
        """The account ``name`` (``NotFoundError`` naming close names if there is none)."""
        key = normalize_name(name, "account name")
        row = self._row(key)
        if row is None:
            names = [r[0] for r in self._db.execute("SELECT name FROM accounts")]
            raise NotFoundError(f"no account {key!r}{did_you_mean(key, names)}; see `genaiops users list`")
        return self._account(row)

    @_locked
    def find(self, name: str) -> Account | None:
        """The account ``name``, or None."""
        try:
            row = self._row(normalize_name(name, "account name"))
        except IdentityError:
            return None
        return None if row is None else self._account(row)

    @_locked
    def password_set_at(self, name: str) -> float | None:
        """When the account's password was last set (its creation, or ``set_password``) or its last live token
        revoked (``revoke``), as a POSIX time; None for no such account. Console sessions signed in before it are
        ended (``genaiops.server.console``)."""
        try:
            row = self._db.execute(
                "SELECT updated_at FROM accounts WHERE name = ?", (normalize_name(name, "account name"),)
            ).fetchone()
        except IdentityError:
            return None
        return None if row is None else datetime.fromisoformat(row[0]).timestamp()

    @_locked
    def list(self) -> list[Account]:
        rows = self._db.execute(
            "SELECT name, roles, password_hash, created_at, created_by FROM accounts ORDER BY name"
        ).fetchall()
        return [self._account(r) for r in rows]

    @_locked
    def sign_in(self, name: str, password: str) -> Account | None:
        """The account when ``password`` is its password, else None (an unknown name too)."""
        try:
            key = normalize_name(name, "account name")
        except IdentityError:
            return None
        row = self._row(key)
        stored = None if row is None else row[2]
        if stored is None:  # an unknown name, or an account with tokens only (`users add --no-password`)
            check_password(_dummy_hash(), password)  # as slow as a password checked: the timing tells nothing
            return None
        return self._account(row) if check_password(stored, password) else None

    # --- tokens --------------------------------------------------------------------------------------------

    @_locked
    def create_token(
        self, name: str, *, label: str, by: str, at: datetime, expires_at: datetime | None = None
    ) -> tuple[TokenInfo, str]:
        """A new token for the account ``name``, authenticating until ``expires_at`` (None: no expiry): its record
        and its text, which is shown once and not kept."""
        account = self.get(name)
        if expires_at is not None and expires_at <= at:
            raise UserError(f"a token's expiry must be after its creation ({at.isoformat()}); give a later one")
        token_id = secrets.token_hex(6)
        token = f"gat_{token_id}_{secrets.token_urlsafe(32)}"
        expiry = None if expires_at is None else expires_at.isoformat()
        with self._write() as db:
            db.execute(
                "INSERT INTO api_tokens (token_id, account, token_hash, label, created_at, created_by, expires_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (token_id, account.name, _token_hash(token), label, at.isoformat(), by, expiry),
            )
        return self.token(token_id), token

    _TOKEN_COLUMNS = "token_id, account, label, created_at, created_by, revoked_at, last_used_at, expires_at"

    @_locked
    def token(self, token_id: str) -> TokenInfo:
        row = self._db.execute(
            f"SELECT {self._TOKEN_COLUMNS} FROM api_tokens WHERE token_id = ?", (token_id,)
        ).fetchone()
        if row is None:
            ids = [r[0] for r in self._db.execute("SELECT token_id FROM api_tokens")]
            raise NotFoundError(f"no token {token_id!r}{did_you_mean(token_id, ids)}; see `genaiops tokens list`")
        return TokenInfo(*row)

    @_locked
    def tokens(self, account: str | None = None) -> list[TokenInfo]:
        query = f"SELECT {self._TOKEN_COLUMNS} FROM api_tokens"
        args: tuple = ()
        if account is not None:
            query, args = query + " WHERE account = ?", (normalize_name(account, "account name"),)
        return [TokenInfo(*row) for row in self._db.execute(query + " ORDER BY created_at, token_id", args)]

    @_locked
    def revoke(self, token_id: str, *, at: datetime) -> TokenInfo:
        """Revoke a token. When that leaves its account no token that still authenticates, the account's console
        sessions signed in before ``at`` are ended too (as ``set_password`` ends them): an admin who revokes all of
        a suspect account's tokens has not left a browser of it signed in."""
        stamp = at.isoformat()
        with self._write() as db:
            info = self.token(token_id)
            if info.revoked_at is None:
                db.execute("UPDATE api_tokens SET revoked_at = ? WHERE token_id = ?", (stamp, token_id))
                live = db.execute(
                    "SELECT COUNT(*) FROM api_tokens WHERE account = ? AND revoked_at IS NULL "
                    "AND (expires_at IS NULL OR expires_at > ?)",
                    (info.account, stamp),
                ).fetchone()[0]
                if not live:
                    db.execute("UPDATE accounts SET updated_at = ? WHERE name = ?", (stamp, info.account))
        return self.token(token_id)

    @_locked
    def authenticate(self, token: str, *, at: datetime) -> Account | None:
        """The account a token belongs to, or None for a malformed, unknown, revoked, expired or orphaned token."""
        match = _TOKEN.fullmatch(token.strip())
        if match is None:
            return None
        row = self._db.execute(
            "SELECT account, token_hash, revoked_at, last_used_at, expires_at FROM api_tokens WHERE token_id = ?",
            (match.group(1),),
        ).fetchone()
        if row is None or row[2] is not None or not hmac.compare_digest(row[1], _token_hash(token.strip())):
            return None
        if row[4] is not None and datetime.fromisoformat(row[4]) <= at:
            return None
        account = self._row(row[0])
        if account is None:
            return None
        self._note_use(match.group(1), row[3], at)
        return self._account(account)

    def _note_use(self, token_id: str, last: str | None, at: datetime) -> None:
        if last is not None and at - datetime.fromisoformat(last) < _USED_EVERY:
            return
        try:
            with self._write() as db:
                db.execute("UPDATE api_tokens SET last_used_at = ? WHERE token_id = ?", (at.isoformat(), token_id))
        except StoreError:
            return  # a busy or read-only store: the request is authenticated all the same


@functools.cache
def _dummy_hash() -> str:
    return hash_password(secrets.token_hex(16))
