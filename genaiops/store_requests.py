"""The store's ``run_requests``: the ``Idempotency-Key`` each account sent with ``POST /runs``, and the run it started.

A key is written in the transaction that writes its run (``RequestWrites.claim_request``, mixed into
``store.Transaction``; ``Engine.start(request=...)`` calls it), so a key is never recorded for a run that was not:
a start that fails, or a server killed before its commit, leaves the key free and a retry starts the run. A key
whose run is not in the store (one left by a release that wrote the two apart) is read as never sent and taken
again. ``RequestReads.run_request`` (mixed into ``store.Store``) answers a retry before anything else is read.
The table itself is in ``store_schema`` (schema 10); keys older than ``RunRequest.since`` are forgotten.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from genaiops.identity import normalize_name

__all__ = ["RequestReads", "RequestWrites", "RunRequest"]

_SENT = (
    "SELECT q.body_hash, q.run_id FROM run_requests q WHERE q.account = ? AND q.idem_key = ? AND q.created_at >= ? "
    "AND EXISTS (SELECT 1 FROM runs r WHERE r.run_id = q.run_id)"
)


@dataclass
class RunRequest:
    """A start sent with an ``Idempotency-Key``: by whom, the key, the hash of the request's body, and the oldest
    time (ISO text) a key is remembered from. ``first`` is set by the start when the key had started a run
    already: (body hash, run id) of that run's request, and then nothing was started."""

    account: str
    key: str
    body_hash: str
    since: str
    first: tuple[str, str] | None = None


class RequestReads:
    """Reads of ``run_requests``, on a ``Store``."""

    _db: Any

    def run_request(self, account: str, key: str, *, since: str) -> tuple[str, str] | None:
        """(body hash, run id) of the stored run ``account``'s request with ``key`` started at or after
        ``since``, or None."""
        row = self._db.execute(_SENT, (normalize_name(account), key, since)).fetchone()
        return (row[0], row[1]) if row else None


class RequestWrites:
    """Writes of ``run_requests``, inside a ``Transaction`` (the one that inserts the run)."""

    _db: Any

    def claim_request(self, request: RunRequest, run_id: str, at: str) -> tuple[str, str] | None:
        """Record that ``request`` starts ``run_id``: None when recorded, else (body hash, run id) of the stored
        run its key started first (under the write lock: of two servers taking one key, the second reads the
        first's). Forgets keys older than ``request.since``, and takes over a key whose run is not stored."""
        name = normalize_name(request.account)
        self._db.execute("DELETE FROM run_requests WHERE created_at < ?", (request.since,))
        row = self._db.execute(_SENT, (name, request.key, request.since)).fetchone()
        if row is not None:
            return row[0], row[1]
        self._db.execute(
            "INSERT INTO run_requests VALUES (?, ?, ?, ?, ?) ON CONFLICT (account, idem_key) DO UPDATE SET "
            "body_hash = excluded.body_hash, run_id = excluded.run_id, created_at = excluded.created_at",
            (name, request.key, request.body_hash, run_id, at),
        )
        return None
