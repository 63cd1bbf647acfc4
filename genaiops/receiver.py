"""An idempotent receiver: a stand-in for an external system that applies each change at most once per key.

It ships with the library (like httpx's MockTransport) so that tests, benchmarks and the first scenario can
show exactly-once effects across crashes: it lives in its own SQLite file, apart from the run store, as a real
external system would, and counts both the calls it received and the effects it applied, per key.

A home on a shared PostgreSQL store uses ``SharedReceiver`` instead (``receiver_for``): its effects live in that
database (table ``drill_receiver``, on its own connection, never in the store's transactions), so a run continued
by another home (a worker taking over an orphaned run, ``resume`` on another machine) reaches the same stand-in,
as every machine reaches one real target, and a change applied before is confirmed there, not applied again.
"""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from genaiops.private_files import create_private_file, make_private_dir

__all__ = ["IdempotentReceiver", "Receipt", "SharedReceiver", "receiver_for"]


@dataclass(frozen=True, slots=True)
class Receipt:
    key: str
    applied: bool
    """True when this call applied the effect; False when an earlier call with the same key already had."""
    calls: int


class IdempotentReceiver:
    """Applies ``payload`` under ``key`` once; later calls with the same key return the first outcome."""

    drill = True
    """A stand-in, not a real system: scripted approvals may decide changes to it (``graphs/drills.py``)."""

    def __init__(self, path: Path | str = ":memory:"):
        self.path = str(path)
        if self.path != ":memory:":
            make_private_dir(Path(self.path).parent)
            create_private_file(self.path)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS effects (key TEXT PRIMARY KEY, payload TEXT NOT NULL, "
            "calls INTEGER NOT NULL, applied INTEGER NOT NULL)"
        )

    def apply(self, key: str, payload: str) -> Receipt:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                row = self._db.execute("SELECT calls FROM effects WHERE key = ?", (key,)).fetchone()
                if row is None:
                    self._db.execute("INSERT INTO effects VALUES (?, ?, 1, 1)", (key, payload))
                    calls, applied = 1, True
                else:
                    calls, applied = row[0] + 1, False
                    self._db.execute("UPDATE effects SET calls = ? WHERE key = ?", (calls, key))
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
        return Receipt(key=key, applied=applied, calls=calls)

    def applied(self) -> dict[str, int]:
        """Applied effects per key (1 each when the receiver did its job)."""
        with self._lock:
            return dict(self._db.execute("SELECT key, applied FROM effects").fetchall())

    def calls(self) -> dict[str, int]:
        """Calls received per key."""
        with self._lock:
            return dict(self._db.execute("SELECT key, calls FROM effects").fetchall())

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> IdempotentReceiver:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class SharedReceiver:
    """The idempotent receiver of every home on one PostgreSQL store: ``IdempotentReceiver``'s calls, its effects
    kept in the store's database (table ``drill_receiver``) on a connection of its own, opened at first use."""

    drill = True
    """A stand-in, not a real system: scripted approvals may decide changes to it (``graphs/drills.py``)."""

    def __init__(self, url: str):
        self.url = url
        self._lock = threading.Lock()
        self._db: Any = None

    def _conn(self) -> Any:
        if self._db is None:
            from genaiops.store_backend import backend_for

            self._db, _ = backend_for(self.url).connect(fsync=True, read_only=False)
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS drill_receiver (key TEXT PRIMARY KEY, payload TEXT NOT NULL, "
                "calls INTEGER NOT NULL, applied INTEGER NOT NULL)"
            )
        return self._db

    def apply(self, key: str, payload: str) -> Receipt:
        with self._lock:
            (calls,) = (
                self._conn()
                .execute(
                    "INSERT INTO drill_receiver (key, payload, calls, applied) VALUES (?, ?, 1, 1) "
                    "ON CONFLICT (key) DO UPDATE SET calls = drill_receiver.calls + 1 RETURNING calls",
                    (key, payload),
                )
                .fetchone()
            )
        return Receipt(key=key, applied=calls == 1, calls=calls)

    def applied(self) -> dict[str, int]:
        with self._lock:
            return dict(self._conn().execute("SELECT key, applied FROM drill_receiver").fetchall())

    def calls(self) -> dict[str, int]:
        with self._lock:
            return dict(self._conn().execute("SELECT key, calls FROM drill_receiver").fetchall())

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    def __enter__(self) -> SharedReceiver:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def receiver_for(store_url: str, home: Path) -> IdempotentReceiver | SharedReceiver:
    """The drill receiver of a home: beside a PostgreSQL store, the one every home on it shares; else the home's
    own file ``<home>/receiver.db``."""
    from genaiops.store_backend import is_postgres

    return SharedReceiver(store_url) if is_postgres(store_url) else IdempotentReceiver(home / "receiver.db")
