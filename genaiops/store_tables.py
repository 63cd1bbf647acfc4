"""The side tables: what the store's neighbours keep in the store's database, on either backend.

The MLOps registry and prediction log, the prompt registry, the server's accounts and tokens, notifications and
schedules each keep a few tables (``store_schema.SIDE_TABLES``) and reach them through a ``StoreTables``: one
connection of their own, opened by URL through the store's backends (``store_backend``), that runs their
SQLite-worded statements on SQLite or PostgreSQL alike. On a PostgreSQL store they live in its database (so two
processes on two machines share them without a shared folder); on SQLite in the store's file, or in a file of
their own (the home's ``prompts.db``, a ``:memory:`` registry).

What differs between the databases stays in ``store_backend``: ``?`` placeholders and ``INSERT OR IGNORE``
(``PgConnection``), auto-numbered keys in the DDL (``ddl``), the write transaction (SQLite: ``BEGIN IMMEDIATE``,
one writer; PostgreSQL: ``BEGIN`` and the advisory lock of the group of tables written, ``lock_tables``, so
writers of one group queue as on SQLite and never wait on the store's own locks). ``insert`` returns a new row's
auto-numbered key (``lastrowid`` / ``RETURNING``). A database failure is a ``StoreError`` naming the database and
the fix. Write SQL that both speak: ``INSERT ... ON CONFLICT (...) DO UPDATE SET x = excluded.x`` for an upsert
(never ``INSERT OR REPLACE``), integers for flags (never Python booleans).
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from genaiops.errors import StoreError
from genaiops.store_backend import PostgresBackend, backend_for, is_postgres
from genaiops.store_schema import SchemaAccess, prepare

__all__ = ["StoreTables", "peek", "tables_url"]


def tables_url(where: str) -> str:
    """A URL for ``where``: a store URL (``sqlite:///``, ``postgresql://``, ``:memory:``) as it is, a path as a
    ``sqlite:///`` URL."""
    if where == ":memory:" or "://" in where:
        return where
    return f"sqlite:///{where}"


class StoreTables(SchemaAccess):
    """One connection for side tables; thread-safe (a transaction holds the instance's lock to its end, so two
    threads never interleave statements of one)."""

    def __init__(self, backend: Any, db: Any, *, read_only: bool = False, label: str = "the store") -> None:
        self.backend = backend
        self._db = db
        self.read_only = read_only
        self.label = label
        self.postgres = isinstance(backend, PostgresBackend)
        self.backend_name = "postgresql" if self.postgres else "sqlite"
        self._lock = threading.RLock()

    @classmethod
    def open(cls, where: str, ddl: str, *, label: str = "the store") -> StoreTables:
        """The side tables at ``where`` (a URL or a SQLite file's path). A PostgreSQL database is a genaiops store:
        it is created or migrated to this release's schema, which holds every side table; a SQLite file gets the
        tables of ``ddl`` (``CREATE TABLE IF NOT EXISTS ...``) beside whatever else it holds. ``label`` names the
        tables in messages (``the model registry``)."""
        url = tables_url(where)
        backend = backend_for(url)
        db, read_only = backend.connect(fsync=False, read_only=False)
        tables = cls(backend, db, read_only=read_only, label=label)
        try:
            if tables.postgres:
                prepare(tables)
            elif not read_only:
                tables.script(ddl)
        except backend.errors as exc:
            tables.close()
            raise tables._failure(exc, writing=False) from None
        except BaseException:
            tables.close()
            raise
        return tables

    @property
    def location(self) -> str:
        return self.backend.location

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self._db.close()

    def __enter__(self) -> StoreTables:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- statements ----------------------------------------------------------------------------------------

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """Run one SQLite-worded statement (its own transaction outside ``transaction``); its cursor."""
        with self._lock:
            try:
                return self._db.execute(sql, params)
            except self.backend.errors as exc:
                raise self._failure(exc, writing=not sql.lstrip().upper().startswith("SELECT")) from None

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        with self._lock:
            return [tuple(row) for row in self.execute(sql, params).fetchall()]

    def insert(self, sql: str, params: Sequence[Any], key: str) -> int:
        """Run an ``INSERT`` and return the auto-numbered ``key`` of the row it made."""
        if not self.postgres:
            return int(self.execute(sql, params).lastrowid)
        return int(self.execute(f"{sql} RETURNING {key}", params).fetchone()[0])

    @contextmanager
    def transaction(self, name: str) -> Iterator[StoreTables]:
        """A write transaction over the group of tables ``name`` (``mlops``, ``accounts``...), taken at once so
        that writers queue rather than interleave; commits on leaving the block, rolls back on an error."""
        with self._lock:
            self.require_writable()
            try:
                self.backend.begin(self._db, lock=False)
                self.backend.lock_tables(self._db, name)
            except self.backend.errors as exc:
                self._rollback()
                raise self._failure(exc) from None
            try:
                yield self
                self._db.execute("COMMIT")
            except self.backend.errors as exc:
                self._rollback()
                raise self._failure(exc) from None
            except BaseException:
                self._rollback()
                raise

    def require_writable(self) -> None:
        if self.read_only:
            raise StoreError(f"{self.label}: {self.backend.read_only_message()}")

    def _rollback(self) -> None:
        with contextlib.suppress(Exception):
            if self.backend.in_transaction(self._db):
                self._db.execute("ROLLBACK")

    def _failure(self, exc: Exception, *, writing: bool = True) -> StoreError:
        return StoreError(f"{self.label}: {self.backend.failure(exc, writing=writing)}")

    # --- what store_schema.prepare needs beside SchemaAccess (a PostgreSQL store is made or migrated on opening) --

    @contextmanager
    def raw_transaction(self) -> Iterator[None]:
        """The store's schema changes: under the store's write lock, as ``Store.raw_transaction``."""
        self.backend.begin(self._db, lock=True)
        try:
            yield
            self._db.execute("COMMIT")
        except BaseException:
            self._rollback()
            raise


def peek(where: str, sql: str) -> list[tuple]:
    """The rows of a read-only query on the database at ``where``, or none when there is no such database (a
    missing file) or it cannot answer (no such table yet): for hints that must never fail a command."""
    url = tables_url(where)
    if not is_postgres(url):
        from pathlib import Path

        from genaiops.store_file import open_read_only, store_path

        try:
            path = store_path(url)
        except StoreError:
            return []
        if path == ":memory:" or not Path(path).is_file():
            return []
        with contextlib.suppress(Exception), contextlib.closing(open_read_only(path, lambda db: None)) as db:
            return [tuple(row) for row in db.execute(sql)]
        return []
    with contextlib.suppress(Exception):
        backend = backend_for(url)
        db, _ = backend.connect(fsync=False, read_only=True)
        try:
            return [tuple(row) for row in db.execute(sql).fetchall()]
        finally:
            db.close()
    return []
