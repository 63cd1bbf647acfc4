"""The store's seam between its SQL and a database: SQLite (a file, the default) or PostgreSQL (psycopg 3).

The store writes its SQL once, in the subset both speak, with ``?`` placeholders; a backend opens a connection
that runs it (``execute``, ``executemany``, ``cursor``), begins its write transactions (SQLite: ``BEGIN
IMMEDIATE``; PostgreSQL: ``BEGIN`` and transaction-scoped advisory locks, see below), turns the DDL into its
dialect, and explains its errors as ``StoreError``\\ s that name the fix.

PostgreSQL's locks (all held to the commit; taken in this order, so two writers never wait on each other in a
circle): the store's write lock ``WRITE_LOCK`` begins every transaction that reads and then writes across runs
(deciding, cancelling, claiming by ``resume``, schema changes), so those queue as on SQLite; a run's lock
(``RUN_LOCKS``, ``run_key(run id)``) is taken before a transaction writes that run's row or numbers its events, and
begins the executor's own writes of one run instead of the write lock, so workers executing different runs commit
side by side; the ledger's lock ``LEDGER_LOCK`` is taken last, just before the commit, around reading the
chain's head and appending after it, so the chain stays one chain in commit order.

Adding a table: put its ``CREATE TABLE IF NOT EXISTS`` in ``store_schema.SCHEMA`` (for new stores) and a step in
``store_schema.MIGRATIONS`` that creates it in a store of the previous version, then bump
``store_schema.SCHEMA_VERSION``. Write the DDL in SQLite's words; ``ddl()`` below rewrites what PostgreSQL says
otherwise (``WITHOUT ROWID``, an auto-numbered ``INTEGER PRIMARY KEY``: the decisions' ``seq``, and any
``INTEGER PRIMARY KEY AUTOINCREMENT``, which becomes an identity column). The side tables (``store_tables``)
take their own lock, ``TABLE_LOCKS``, one per group of tables, and never one of the store's.
"""

from __future__ import annotations

import contextlib
import functools
import os
import re
import sqlite3
import threading
import zlib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from genaiops.errors import StoreError
from genaiops.private_files import create_private_file, make_private_dir
from genaiops.store_file import (
    explain,
    is_read_only,
    open_read_only,
    read_only_message,
    redacted,
    store_path,
    url_secrets,
)

__all__ = ["WORK_CHANNEL", "Backend", "PostgresBackend", "SqliteBackend", "backend_for", "is_postgres", "run_key"]

WRITE_LOCK = 4_915_470_051
"""The PostgreSQL advisory lock of the store's cross-run write transactions (any constant: one per database)."""
LEDGER_LOCK = 4_915_470_052
"""The advisory lock around appending to the ledger (read the head, write after it, commit)."""
WORK_CHANNEL = "genaiops_work"
"""The PostgreSQL ``NOTIFY`` channel that wakes idle workers (a run queued, an approval closed)."""
RUN_LOCKS = 491_547
"""The first key of a run's advisory lock (the second is ``run_key(run id)``): the two-key space is apart from the
one-key space of the two above."""
TABLE_LOCKS = 491_548
"""The first key of a group of side tables' advisory lock (``Backend.lock_tables``; the second: ``run_key(name)``)."""


def run_key(run_id: str) -> int:
    """The second key of a run's advisory lock: a stable 32-bit signed hash of its id (two runs that share one
    only queue behind each other)."""
    return zlib.crc32(run_id.encode()) - 2**31


def is_postgres(url: str) -> bool:
    return url.startswith(("postgresql://", "postgres://"))


class Backend:
    """What differs between databases; ``db`` is the connection ``connect`` returned."""

    errors: type[Exception] | tuple[type[Exception], ...] = ()
    location: str
    """Where the store is, as messages and ledger anchors name it (a file, or a URL without its password)."""

    def begin(self, db: Any, *, lock: bool = True, run: str | None = None) -> None:
        raise NotImplementedError

    def lock(self, db: Any) -> None:
        """Take the store's write lock inside a transaction begun without it (SQLite's ``BEGIN IMMEDIATE``
        already holds it)."""

    def lock_run(self, db: Any, run_id: str) -> None:
        """Take a run's lock inside a write transaction (SQLite: its one writer lock is held already)."""

    def try_lock_run(self, db: Any, run_id: str) -> bool:
        """Take a run's lock if nobody holds it; False (without waiting) when somebody does."""
        return True

    def lock_ledger(self, db: Any) -> None:
        """Take the ledger's lock inside a write transaction (SQLite: held already)."""

    def lock_tables(self, db: Any, name: str) -> None:
        """Take the lock of a group of side tables (``store_tables``: the registry's, the accounts'...) inside a
        write transaction begun without the store's write lock (SQLite: its one writer lock is held already)."""

    def in_transaction(self, db: Any) -> bool:
        raise NotImplementedError

    def append(self, db: Any, sql: str, params: Sequence[Any]) -> int:
        """Run one event insert as its own transaction under the write lock; the rows it wrote."""
        raise NotImplementedError

    def ddl(self, script: str) -> str:
        return script

    def has_column(self, db: Any, table: str, column: str) -> bool:
        raise NotImplementedError

    def has_table(self, db: Any, table: str) -> bool:
        raise NotImplementedError

    def failure(self, exc: Exception, *, writing: bool = True) -> StoreError:
        raise NotImplementedError

    def read_only_message(self) -> str:
        raise NotImplementedError

    def probe(self, timeout_s: float) -> None:
        """Whether the store answers, asked on a fresh connection of its own (safe from any thread; the
        store's own connection may hold a file that is gone): a ``StoreError`` saying what is wrong, in at most
        about ``timeout_s`` seconds."""
        raise NotImplementedError


class SqliteBackend(Backend):
    errors = sqlite3.Error

    def __init__(self, url: str) -> None:
        self.path = store_path(url)
        self.location = self.path
        self.opened: tuple[int, int] | None = None
        """(device, inode) of the file ``connect`` opened: ``probe`` tells a file replaced under it."""

    def connect(self, *, fsync: bool, read_only: bool, create: bool = True) -> tuple[sqlite3.Connection, bool]:
        """(connection, opened read-only): a file this process cannot write is opened read-only, and so is any
        existing file with ``read_only``; without ``create`` a missing file is a ``StoreError`` (none is made)."""
        path = self.path
        if not create and path != ":memory:" and not os.path.exists(path):
            raise StoreError(
                f"there is no genaiops store at {path}; point GENAIOPS_STORE_URL (or GENAIOPS_HOME) at the store "
                "your runs are in, or create one first (any `genaiops run` creates it)"
            )
        if path != ":memory:" and (is_read_only(path) or (read_only and os.path.exists(path))):
            return open_read_only(path, _readable), True  # opened, not probed (it may be opened immutable)
        if path != ":memory:":
            try:
                make_private_dir(Path(path).parent)
            except OSError as exc:
                raise StoreError(f"cannot create the store directory for {path}: {exc}") from None
            create_private_file(path)  # password hashes, runs, conversations: -wal/-shm take its mode
        try:
            db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
            db.execute("PRAGMA busy_timeout = 10000")
            db.execute("PRAGMA journal_mode = WAL")
            db.execute(f"PRAGMA synchronous = {'FULL' if fsync else 'NORMAL'}")
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot open the store at {path}: {explain(exc, path)}") from None
        if path != ":memory:":
            self.opened = _file_id(path)
        return db, False

    def probe(self, timeout_s: float) -> None:
        """The file is still the one opened, at its path, and reads (an open connection keeps writing to a file
        deleted or moved under it, where nothing reads it again)."""
        path = self.path
        if path == ":memory:":
            return
        found = _file_id(path)
        if found is None:
            raise StoreError(
                f"the store's file {path} is gone (moved or deleted under the running server: what it writes now "
                "is lost); put it back, or restart `genaiops serve` on the store you mean"
            )
        if self.opened is None:  # opened read-only (a folder it cannot write: no probe's log index either)
            return
        if found != self.opened:
            raise StoreError(
                f"the store's file {path} is not the file this server opened (replaced under it: what it writes "
                "goes to the old one); put the old file back, or restart `genaiops serve`"
            )
        try:
            db = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, timeout=timeout_s)
            try:
                db.execute("SELECT count(*) FROM sqlite_master").fetchone()
            finally:
                db.close()
        except sqlite3.Error as exc:
            raise StoreError(f"the store at {path} does not answer: {explain(exc, path)}") from None

    def begin(self, db: sqlite3.Connection, *, lock: bool = True, run: str | None = None) -> None:
        db.execute("BEGIN IMMEDIATE")  # SQLite has no lighter write transaction: one writer at a time

    def in_transaction(self, db: sqlite3.Connection) -> bool:
        return db.in_transaction

    def append(self, db: sqlite3.Connection, sql: str, params: Sequence[Any]) -> int:
        return db.execute(sql, params).rowcount  # one statement: its own transaction, under SQLite's one writer

    def has_column(self, db: sqlite3.Connection, table: str, column: str) -> bool:
        return any(row[1] == column for row in db.execute(f"PRAGMA table_info({table})"))

    def has_table(self, db: sqlite3.Connection, table: str) -> bool:
        return (
            db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)).fetchone() is not None
        )

    def failure(self, exc: Exception, *, writing: bool = True) -> StoreError:
        verb = "write" if writing else "open"
        return StoreError(f"cannot {verb} the store at {self.path}: {explain(exc, self.path)}")  # type: ignore[arg-type]

    def read_only_message(self) -> str:
        return read_only_message(self.path)


def _file_id(path: str) -> tuple[int, int] | None:
    try:
        found = os.stat(path)
    except FileNotFoundError:
        return None
    return found.st_dev, found.st_ino


def _readable(db: sqlite3.Connection) -> None:
    """Read something, so that a store whose log index cannot be made here fails now (and is opened immutable)."""
    db.execute("SELECT name FROM sqlite_master").fetchall()


@functools.lru_cache(maxsize=512)
def _pg_sql(sql: str) -> str:
    """The store's SQLite-worded statement in PostgreSQL's words: ``?`` -> ``%s``, ``IS ?`` -> ``IS NOT DISTINCT
    FROM %s`` (a NULL-safe comparison), ``INSERT OR IGNORE`` -> ``ON CONFLICT DO NOTHING``."""
    ignore = sql.startswith("INSERT OR IGNORE")
    if ignore:
        sql = "INSERT" + sql.removeprefix("INSERT OR IGNORE") + " ON CONFLICT DO NOTHING"
    sql = sql.replace("%", "%%").replace(" IS ?", " IS NOT DISTINCT FROM ?")
    return sql.replace("?", "%s")


class PgConnection:
    """A psycopg connection (autocommit: statements outside ``transaction()`` commit on their own) that runs the
    store's SQLite-worded statements.

    A connection the server ended (a restart, a failover: psycopg marks it ``broken``) is opened anew by the next
    statement, through ``reopen``: the statement that met the break failed (and its transaction with it), the
    ones after it work once the database is back, so a long-lived process (`serve`, `worker`) recovers by itself.
    A connection closed on purpose (``close()``) stays closed."""

    def __init__(self, conn: Any, reopen: Callable[[], Any] | None = None) -> None:
        self._conn = conn
        self._reopen = reopen

    @property
    def conn(self) -> Any:
        if self._reopen is not None and (self._conn.broken or _ended_while_idle(self._conn)):
            ended = self._conn
            self._conn = self._reopen()  # a psycopg.Error while the server is still away: the caller explains it
            with contextlib.suppress(Exception):  # closed, so its __del__ warns of nothing (a test's unraisable)
                ended.close()
        return self._conn

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self.conn.execute(_pg_sql(sql), params or None)

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> Any:
        cursor = self.conn.cursor()
        if rows:
            cursor.executemany(_pg_sql(sql), rows)
        return cursor

    def executescript(self, script: str) -> None:
        self.conn.execute(script)  # no parameters: psycopg sends it as one simple query

    def cursor(self) -> PgConnection:
        return self

    def close(self) -> None:
        self._reopen = None
        self._conn.close()


def _ended_while_idle(conn: Any) -> bool:
    """Did the server end this idle connection since its last statement (a restart sends it a FATAL and closes)?
    Then nothing was sent on it yet, and the next statement can go on a new one instead of failing: a zero-wait
    poll of its socket (an idle connection has nothing to read otherwise) and, when readable, reading what came."""
    import select

    from psycopg.pq import ConnStatus, TransactionStatus

    if conn.closed or conn.info.transaction_status != TransactionStatus.IDLE:
        return False
    for _ in range(3):  # the server's FATAL message first, the end of the stream at the next read
        try:
            readable, _, _ = select.select([conn.pgconn.socket], [], [], 0)
        except Exception:  # noqa: BLE001 - psycopg's "the connection is lost", an OSError: gone either way
            return True
        if not readable:
            break
        with contextlib.suppress(Exception):  # psycopg.OperationalError at the end of the stream: status BAD
            conn.pgconn.consume_input()
        if conn.pgconn.status == ConnStatus.BAD:
            return True
    return False


class PostgresBackend(Backend):
    def __init__(self, url: str) -> None:
        import psycopg

        self.url = url
        self.location = redacted(url)
        self.errors = psycopg.Error

    def connect(self, *, fsync: bool, read_only: bool, create: bool = True) -> tuple[PgConnection, bool]:
        """An autocommit connection; without ``fsync`` commits do not wait for the WAL flush (a killed genaiops
        process loses nothing committed; a crash of the database server may lose the last moments, as SQLite's
        ``synchronous=NORMAL``)."""
        import psycopg

        def reopen() -> Any:
            conn = psycopg.connect(self.url, autocommit=True, connect_timeout=10, application_name="genaiops")
            if not fsync:
                conn.execute("SET synchronous_commit = off")
            return conn

        try:
            conn = reopen()
        except psycopg.Error as exc:
            raise StoreError(
                f"cannot connect to the PostgreSQL store at {self.location}: {self._text(exc)}; check "
                "GENAIOPS_STORE_URL (postgresql://USER:PASSWORD@HOST:PORT/DATABASE) and that the server is running "
                "and reachable from here"
            ) from None
        except UnicodeDecodeError:  # a '%XX' in the URL that decodes to a byte no text holds
            raise StoreError(
                f"GENAIOPS_STORE_URL ({self.location}): its user, password or database holds a '%' that is not "
                f"percent-encoding of UTF-8 text: {_PERCENT_HINT}"
            ) from None
        return PgConnection(conn, reopen), False

    def probe(self, timeout_s: float) -> None:
        """A new connection that answers ``SELECT 1`` (the server's own may be fine until it next talks)."""
        import psycopg

        try:
            with psycopg.connect(
                self.url, autocommit=True, connect_timeout=max(1, round(timeout_s)), application_name="genaiops-probe"
            ) as conn:
                conn.execute("SELECT 1").fetchone()
        except psycopg.Error as exc:
            raise StoreError(
                f"the PostgreSQL store at {self.location} does not answer: {self._text(exc)}; check that the "
                "database server is running and reachable from here"
            ) from None

    def watch(self, wake: Callable[[], None]) -> Callable[[], None] | None:
        """``LISTEN`` on its own connection in a daemon thread, calling ``wake`` for each notice on
        ``WORK_CHANNEL``; returns what stops it, or None when the connection fails (the caller polls)."""
        import psycopg

        def connect() -> Any:
            conn = psycopg.connect(self.url, autocommit=True, connect_timeout=10, application_name="genaiops-listen")
            conn.execute(f"LISTEN {WORK_CHANNEL}")
            return conn

        try:
            held = [connect()]
        except psycopg.Error:
            return None
        stopped = threading.Event()

        def listen() -> None:
            while not stopped.is_set():
                try:
                    for _ in held[0].notifies(timeout=0.5):
                        wake()
                except psycopg.Error:  # the server went away (a restart): the polls go on; listen again once back
                    wake()
                    with contextlib.suppress(Exception):
                        held[0].close()
                    while not stopped.wait(1.0):
                        try:
                            held[0] = connect()
                            break
                        except psycopg.Error:
                            continue

        thread = threading.Thread(target=listen, name="genaiops-listen", daemon=True)
        thread.start()

        def stop() -> None:
            stopped.set()
            thread.join(timeout=5)
            with contextlib.suppress(psycopg.Error):
                held[0].close()

        return stop

    def _text(self, exc: Exception) -> str:
        """The driver's message on one line, never echoing the URL's password (a malformed one included)."""
        text = " ".join(str(exc).split()) or type(exc).__name__
        for secret in url_secrets(self.url):
            text = text.replace(secret, "***")
        if "invalid percent-encoded token" in text:
            text += f" ({_PERCENT_HINT})"
        return text

    def begin(self, db: PgConnection, *, lock: bool = True, run: str | None = None) -> None:
        """BEGIN and, in the same round trip, the write lock (``lock``) or the lock of ``run``."""
        if run is not None:
            db.conn.execute(f"BEGIN; SELECT pg_advisory_xact_lock({RUN_LOCKS}, {run_key(run)})")  # one round trip
        else:
            db.conn.execute(f"BEGIN; SELECT pg_advisory_xact_lock({WRITE_LOCK})" if lock else "BEGIN")

    def lock(self, db: PgConnection) -> None:
        db.conn.execute(f"SELECT pg_advisory_xact_lock({WRITE_LOCK})")

    def lock_run(self, db: PgConnection, run_id: str) -> None:
        db.conn.execute(f"SELECT pg_advisory_xact_lock({RUN_LOCKS}, {run_key(run_id)})")

    def try_lock_run(self, db: PgConnection, run_id: str) -> bool:
        row = db.conn.execute(f"SELECT pg_try_advisory_xact_lock({RUN_LOCKS}, {run_key(run_id)})").fetchone()
        return bool(row and row[0])

    def lock_ledger(self, db: PgConnection) -> None:
        db.conn.execute(f"SELECT pg_advisory_xact_lock({LEDGER_LOCK})")

    def lock_tables(self, db: PgConnection, name: str) -> None:
        db.conn.execute(f"SELECT pg_advisory_xact_lock({TABLE_LOCKS}, {run_key(name)})")

    def append(self, db: PgConnection, sql: str, params: Sequence[Any]) -> int:
        """One statement, its own transaction: ``sql`` takes the run's lock before it makes its row (so a
        transaction holding that lock never meets an uncommitted row of it) and numbers the row from its
        snapshot, which may predate a transaction that held the lock and committed meanwhile: then the number is
        taken, the insert fails on the key, and runs again with a fresh snapshot (rare: only another process's
        write to the same run does that)."""
        from psycopg.errors import UniqueViolation

        for _ in range(100):
            try:
                return db.conn.execute(sql, params).rowcount
            except UniqueViolation:
                continue
        raise StoreError(f"cannot number an event in the PostgreSQL store at {self.location}: keeps colliding")

    def in_transaction(self, db: PgConnection) -> bool:
        from psycopg.pq import TransactionStatus

        return db.conn.info.transaction_status != TransactionStatus.IDLE

    def ddl(self, script: str) -> str:
        script = script.replace(") WITHOUT ROWID;", ");").replace(" INTEGER PRIMARY KEY AUTOINCREMENT", _AUTO_KEY)
        return re.sub(
            r"\bseq INTEGER PRIMARY KEY\b(?=, approval_id)",
            "seq BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY",
            script,
        )

    def has_column(self, db: PgConnection, table: str, column: str) -> bool:
        row = db.execute(
            "SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ? "
            "AND column_name = ?",
            (table, column),
        ).fetchone()
        return row is not None

    def has_table(self, db: PgConnection, table: str) -> bool:
        row = db.execute(
            "SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = ?", (table,)
        ).fetchone()
        return row is not None

    def failure(self, exc: Exception, *, writing: bool = True) -> StoreError:
        verb = "write" if writing else "read"
        return StoreError(
            f"cannot {verb} the PostgreSQL store at {self.location}: {self._text(exc)}; check the server "
            "(is it running, is the disk full?) and try again"
        )

    def read_only_message(self) -> str:
        return f"the store at {self.location} was opened for reading only; this command needs to write it"


_PERCENT_HINT = "a '%' in the user or password is written %25 in the URL, as '@' is %40, ':' %3A and '/' %2F"

_AUTO_KEY = " BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"
"""An auto-numbered key (the side tables' ``INTEGER PRIMARY KEY AUTOINCREMENT``) in PostgreSQL's words."""

_IDENTITY = "seq BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"
"""The decisions' auto-numbered key: SQLite numbers an ``INTEGER PRIMARY KEY`` itself, PostgreSQL with an identity."""


def backend_for(url: str) -> SqliteBackend | PostgresBackend:
    """The backend a store URL names (``sqlite:///PATH``, ``:memory:``, ``postgresql://...``)."""
    if is_postgres(url):
        try:
            return PostgresBackend(url)
        except ImportError:
            raise StoreError(
                f"GENAIOPS_STORE_URL={redacted(url)} needs the PostgreSQL driver: pip install 'psycopg[binary]'"
            ) from None
    return SqliteBackend(url)
