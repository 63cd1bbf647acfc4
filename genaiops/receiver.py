"""An idempotent receiver: a stand-in for an external system that applies each change at most once per key.

It ships with the library (like httpx's MockTransport) so that tests, benchmarks and the first scenario can
show exactly-once effects across crashes: it lives in its own SQLite file, apart from the run store, as a real
external system would, and counts both the calls it received and the effects it applied, per key.
"""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

__all__ = ["IdempotentReceiver", "Receipt"]


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
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
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
