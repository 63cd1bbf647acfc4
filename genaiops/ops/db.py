"""The tables of notifications and schedules, kept in the store's own SQLite database.

They sit beside the store's tables (created with ``CREATE TABLE IF NOT EXISTS`` on first use, so the store's
schema version is unchanged), reached through a connection of their own on the store's file, as the MLOps
registry's tables are. Every write is one ``BEGIN IMMEDIATE`` transaction, so two processes (the server's worker
and a ``genaiops ... run-due`` from cron) queue rather than interleave, and a conditional update decides which of
them claims a row.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

from genaiops.errors import StoreError
from genaiops.store import Store
from genaiops.store_file import explain

__all__ = ["OpsDB", "parse_time", "stamp"]

_TABLES = """
CREATE TABLE IF NOT EXISTS notify_outbox (
    id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, channel TEXT NOT NULL, event TEXT NOT NULL,
    subject TEXT NOT NULL, run_id TEXT, message TEXT NOT NULL, created_at TEXT NOT NULL, status TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0, next_try TEXT NOT NULL, last_error TEXT, sent_at TEXT);
CREATE INDEX IF NOT EXISTS notify_outbox_due ON notify_outbox (status, next_try);
CREATE TABLE IF NOT EXISTS schedules (
    schedule_id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, scenario TEXT NOT NULL, cron TEXT NOT NULL,
    params TEXT NOT NULL, missed TEXT NOT NULL, owner TEXT NOT NULL, paused INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL, next_due TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS schedule_runs (
    schedule_id TEXT NOT NULL, due_at TEXT NOT NULL, started_at TEXT NOT NULL, run_id TEXT NOT NULL,
    missed INTEGER NOT NULL, error TEXT, PRIMARY KEY (schedule_id, due_at)) WITHOUT ROWID;
"""


def stamp(moment: datetime) -> str:
    """The stored form of a time: UTC ISO 8601 with microseconds, so stored times sort as text."""
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def parse_time(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


class OpsDB:
    """A connection on the store's database file with the notification and schedule tables."""

    def __init__(self, store: Store):
        path = store.path
        if path == ":memory:":
            raise StoreError("notifications and schedules need a store file, not sqlite:///:memory:")
        store.require_writable()
        self.path = path
        try:
            self.db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
            self.db.execute("PRAGMA busy_timeout = 10000")
            self.db.executescript(_TABLES)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open the store at {path}: {explain(exc, path)}") from None

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.db.close()

    def __enter__(self) -> OpsDB:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def rows(self, sql: str, params: tuple = ()) -> list[tuple]:
        try:
            return self.db.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise StoreError(f"cannot read the store at {self.path}: {explain(exc, self.path)}") from None

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, taken at once; any SQLite failure is a ``StoreError`` naming the store."""
        try:
            self.db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise StoreError(f"cannot write the store at {self.path}: {explain(exc, self.path)}") from None
        try:
            yield self.db
            self.db.execute("COMMIT")
        except sqlite3.Error as exc:
            self._rollback()
            raise StoreError(f"cannot write the store at {self.path}: {explain(exc, self.path)}") from None
        except BaseException:
            self._rollback()
            raise

    def _rollback(self) -> None:
        if self.db.in_transaction:
            self.db.execute("ROLLBACK")
