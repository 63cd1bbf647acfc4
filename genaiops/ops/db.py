"""The tables of notifications and schedules, kept in the store's own database.

They are part of the store's schema (``store_schema.OPS_TABLES``), reached through a connection of their own on
the store's database (``genaiops.store_tables``): its SQLite file, or its PostgreSQL database, so a schedule added
from one machine is run by a server on another. Every write is one transaction taken at once (SQLite's ``BEGIN
IMMEDIATE``; PostgreSQL's lock of these tables), so two processes (the server's worker and a ``genaiops ...
run-due`` from cron) queue rather than interleave, and a conditional update decides which of them claims a row.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

from genaiops.errors import StoreError
from genaiops.store import Store
from genaiops.store_schema import OPS_TABLES
from genaiops.store_tables import StoreTables

__all__ = ["OpsDB", "parse_time", "stamp"]


def stamp(moment: datetime) -> str:
    """The stored form of a time: UTC ISO 8601 with microseconds, so stored times sort as text."""
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def parse_time(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


class OpsDB:
    """A connection on the store's database with the notification and schedule tables."""

    def __init__(self, store: Store):
        if store.backend_name == "sqlite" and store.path == ":memory:":
            raise StoreError("notifications and schedules need a store file, not sqlite:///:memory:")
        store.require_writable()
        self.path = store.location
        self.db = StoreTables.open(store.url, OPS_TABLES, label="notifications and schedules")

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> OpsDB:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def rows(self, sql: str, params: tuple = ()) -> list[tuple]:
        return self.db.rows(sql, params)

    @contextmanager
    def transaction(self) -> Iterator[StoreTables]:
        """One write transaction, taken at once; any database failure is a ``StoreError`` naming the store."""
        with self.db.transaction("ops") as db:
            yield db
