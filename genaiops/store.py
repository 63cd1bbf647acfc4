"""The durable store: runs, task states, events, approvals, decisions and the audit ledger, in one database.

A task's state is the last of its events: every state change *is* an event row carrying the new state
(status, iteration, attempts, result, error, times), so state and event are written by one statement, and
``tasks()`` folds a run's events into the current state of each task.
SQLite (WAL) is the default, under ``GENAIOPS_HOME``, chosen by URL (``sqlite:///PATH``); PostgreSQL is chosen by a
``postgresql://`` URL. The store is reached only through this class and a URL; its SQL keeps to what both speak,
and ``genaiops.store_backend`` is the seam between them (connections, write transactions, DDL, errors); the tables,
the schema version and the migrations live in ``genaiops.store_schema``.
Durability: with ``fsync=False`` a committed transaction survives a killed process (SQLite WAL with
``synchronous=NORMAL``; PostgreSQL with ``synchronous_commit=off``); with ``fsync=True`` it also survives power loss.
A store file this process cannot write is opened read-only (reads work; the first write raises a
``StoreError`` saying so); a full disk or another failure of SQLite while writing is a ``StoreError`` too,
naming the problem and the fix, never a raw ``sqlite3`` exception.
Ledger entries carry a MAC made by the ``signer`` the store was opened with (the entry points pass one built
from the key under ``GENAIOPS_HOME/keys``; the format lives in ``genaiops.safety.ledger``).
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from genaiops.errors import NotFoundError, RunStateError, StoreError, StoreRefusedError, did_you_mean, shorten
from genaiops.store_alerts import AlertIncidentRow, AlertReads, AlertRow, AlertWrites
from genaiops.store_backend import RUN_LOCKS, WORK_CHANNEL, Backend, PostgresBackend, backend_for, run_key
from genaiops.store_file import store_path
from genaiops.store_requests import RequestReads, RequestWrites, RunRequest
from genaiops.store_schema import SCHEMA_VERSION, SchemaAccess, prepare, require_schema

__all__ = [
    "AgentTurn",
    "AlertIncidentRow",
    "AlertRow",
    "LedgerHasher",
    "LedgerRow",
    "LedgerSigner",
    "RunRequest",
    "RunRow",
    "Store",
    "SCHEMA_VERSION",
    "TaskRow",
    "Transaction",
    "store_path",
]

_EVENT_COLUMNS = (
    "run_id, seq, task_id, kind, at, data, status, iteration, attempts, result, error, started_at, finished_at"
)
_NO_STATE = (None,) * 7
_CLAIMABLE = (
    "status = 'queued' OR (status = 'running' AND lease_until < ?) OR (status = 'paused' AND NOT EXISTS "
    "(SELECT 1 FROM approvals a WHERE a.run_id = runs.run_id AND a.status = 'pending'))"
)
_ORPHANED = "status = 'running' AND lease_until < ?"  # of the claimable runs, those whose executor's lease ran out
_APPEND_FENCED = (  # a run executed under a lease: written only while the run is still this owner's
    f"INSERT INTO events ({_EVENT_COLUMNS}) SELECT ?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM events "
    "WHERE run_id = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? "
    "WHERE EXISTS (SELECT 1 FROM runs WHERE run_id = ? AND owner = ?)"
)
_APPEND = (  # PostgreSQL: the same, under the write lock the transaction takes (no numbered placeholders)
    f"INSERT INTO events ({_EVENT_COLUMNS}) VALUES (?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM events "
    "WHERE run_id = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_PG_APPEND = (  # one statement, its own transaction: the run's lock, then the row (see PostgresBackend.append)
    f"WITH l AS (SELECT pg_advisory_xact_lock({RUN_LOCKS}, %s::integer)) INSERT INTO events ({_EVENT_COLUMNS}) "
    "SELECT %s, (SELECT COALESCE(MAX(seq), 0) + 1 FROM events WHERE run_id = %s), %s, %s, %s, %s, %s, "
    "%s::integer, %s::integer, %s, %s, %s, %s FROM l"
)
_PG_FENCE = " WHERE EXISTS (SELECT 1 FROM runs WHERE run_id = %s AND owner = %s)"
_PG_APPEND_MANY = (  # several events of one run, one statement (its own transaction): the run's lock, then the rows
    # numbered after the run's last event in their order (a stale snapshot collides and runs again, as _PG_APPEND)
    f"WITH l AS (SELECT pg_advisory_xact_lock({RUN_LOCKS}, %s::integer)), "
    "b AS (SELECT COALESCE(MAX(seq), 0) AS m FROM events WHERE run_id = %s) "
    f"INSERT INTO events ({_EVENT_COLUMNS}) SELECT %s, b.m + v.n, v.t, v.k, v.a, v.d, v.s, v.i::integer, "
    "v.c::integer, v.r, v.e, v.b, v.f FROM l, b, (VALUES {rows}) AS v(n, t, k, a, d, s, i, c, r, e, b, f)"
)
_PG_MANY_MAX = 1000
"""Events one such statement writes at most (12 parameters each); a larger flush is one ordinary transaction."""
_APPEND_ONE = (  # a scalar subquery, not INSERT ... SELECT: reading the table written makes SQLite buffer the
    # selected row in a temporary table first (~4 us of a ~22 us commit)
    f"INSERT INTO events ({_EVENT_COLUMNS}) VALUES (?1, (SELECT COALESCE(MAX(seq), 0) + 1 FROM events "
    "WHERE run_id = ?1), ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"
)

LedgerHasher = Callable[[str, int, str, str, str, str], str]
"""(prev_hash, seq, at, kind, run_id, payload) -> hash; the format lives in ``genaiops.safety.ledger``."""
LedgerSigner = Callable[[str], str]
"""hash -> MAC of an entry under the ledger key (``functools.partial(safety.ledger.entry_mac, key)``)."""


@dataclass(frozen=True, slots=True)
class RunRow:
    run_id: str
    name: str
    spec_json: str
    """The spec snapshot as stored (JSON text); ``spec`` decodes it."""
    spec_hash: str
    source: str | None
    status: str
    requester: str
    logical_time: str
    created_at: str
    updated_at: str
    summary: dict[str, Any] | None
    cancel_requested: bool
    owner: str | None = None
    lease_until: str | None = None
    """Until when the owner holds the run (it renews the lease while it executes): past it, a worker may take
    the run over."""

    @property
    def spec(self) -> dict[str, Any]:
        return json.loads(self.spec_json)


@dataclass(frozen=True, slots=True)
class TaskRow:
    task_id: str
    status: str
    iteration: int
    attempts: int
    result: Any
    error: str | None
    started_at: str | None
    finished_at: str | None


@dataclass(frozen=True, slots=True)
class AgentTurn:
    """One stored step of an agent: a message, tool call, tool result or refusal (``content`` is JSON text)."""

    run_id: str
    task_id: str
    iteration: int
    attempt: int
    agent: str
    kind: str
    at: str
    content: str
    prompt_tokens: int | None = None
    completion_tokens: int | None = None


@dataclass(frozen=True, slots=True)
class LedgerRow:
    seq: int
    at: str
    kind: str
    run_id: str
    payload: str
    prev_hash: str
    hash: str
    mac: str | None = None
    """None for an entry written before keys (a store of schema 4, or a store opened without a signer)."""


def _dumps(value: Any) -> str | None:
    return None if value is None else json.dumps(value, separators=(",", ":"), default=str)


def _loads(text: str | None) -> Any:
    return None if text is None else json.loads(text)


class Transaction(AlertWrites, RequestWrites):
    """The writes of one transaction. Obtain with ``Store.transaction()``; it commits on leaving the block."""

    def __init__(
        self,
        db: Any,
        signer: LedgerSigner | None = None,
        fences: dict[str, str] | None = None,
        backend: Backend | None = None,
        run: str | None = None,
    ):
        self._db, self._signer, self._fences = db, signer, fences or {}
        self._backend = backend
        self._locked: set[str] = set() if run is None else {run}
        """Runs whose lock this transaction holds (PostgreSQL; SQLite's one writer lock covers every run)."""
        self._ledger: list[tuple[LedgerHasher, str, str, str, dict[str, Any]]] = []
        """Ledger entries to append at the commit (``append_ledger``)."""
        self._woke = False

    def _wake_workers(self) -> None:
        """PostgreSQL: tell idle workers, at the commit, that a run may be there to claim (``NOTIFY``; they
        poll anyway, every ``GENAIOPS_WORKER_POLL_SECONDS``, for leases that run out)."""
        if self._backend is not None and not self._woke:
            self._db.execute(f"NOTIFY {WORK_CHANNEL}")
            self._woke = True

    def lock_run(self, run_id: str) -> None:
        """Hold the run's lock (PostgreSQL; once per transaction) before writing its row or numbering its events,
        so writers of one run queue and writers of different runs do not."""
        if run_id not in self._locked and self._backend is not None:
            self._backend.lock_run(self._db, run_id)
            self._locked.add(run_id)

    def try_lock_run(self, run_id: str) -> bool:
        """``lock_run`` without waiting: False when another transaction holds the run's lock (never waiting keeps
        a claimer that holds the run's row from waiting in a circle with the run's executor)."""
        if run_id in self._locked or self._backend is None:
            return True
        if not self._backend.try_lock_run(self._db, run_id):
            return False
        self._locked.add(run_id)
        return True

    def insert_run(self, run: RunRow, task_ids: Sequence[str]) -> None:
        self.lock_run(run.run_id)
        self._db.execute(
            "INSERT INTO runs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)",
            (
                run.run_id,
                run.name,
                run.spec_json,
                run.spec_hash,
                run.source,
                run.status,
                run.requester,
                run.logical_time,
                run.created_at,
                run.updated_at,
                _dumps(run.summary),
                run.owner,
                run.lease_until,
            ),
        )
        self._db.executemany(
            "INSERT INTO tasks (run_id, task_id, position) VALUES (?, ?, ?)",
            [(run.run_id, tid, i) for i, tid in enumerate(task_ids)],
        )
        if run.status == "queued":
            self._wake_workers()

    def add_events(self, rows: Sequence[tuple]) -> None:
        """Rows of (run_id, task_id, kind, at, data_json) for events that change no task state, or task events
        that also carry the task's new state: (..., data_json, status, iteration, attempts, result, error,
        started_at, finished_at). Each run's events are numbered 1, 2, 3, ..."""
        first = rows[0][0] if rows else None
        if all(row[0] == first for row in rows):
            runs = {first: rows}
        else:
            runs = {}
            for row in rows:
                runs.setdefault(row[0], []).append(row)
        for run_id, items in runs.items():
            self.lock_run(run_id)
            self._check_fence(run_id)
            if len(items) == 1:  # numbered in the insert itself: one statement (one round trip on PostgreSQL)
                self._db.execute(_APPEND, (run_id, run_id, *items[0][1:], *_NO_STATE[len(items[0]) - 5 :]))
                continue
            if self._backend is not None:  # PostgreSQL: each numbered in its insert, all in one pipeline
                self._db.executemany(_APPEND, [(run_id, run_id, *row[1:], *_NO_STATE[len(row) - 5 :]) for row in items])
                continue
            (last,) = self._db.execute(
                "SELECT COALESCE(MAX(seq), 0) FROM events WHERE run_id = ?", (run_id,)
            ).fetchone()
            self._db.executemany(
                f"INSERT INTO events ({_EVENT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(run_id, last + i, *row[1:], *_NO_STATE[len(row) - 5 :]) for i, row in enumerate(items, start=1)],
            )

    def _check_fence(self, run_id: str) -> None:
        """A run this connection executes under a lease (``Store.fences``) takes events only while it is still
        this owner's: a process whose lease ran out (frozen, cut off) cannot write over its successor's story."""
        owner = self._fences.get(run_id)
        if owner is None:
            return
        row = self._db.execute("SELECT owner FROM runs WHERE run_id = ?", (run_id,)).fetchone()
        if row is None or row[0] != owner:
            raise RunStateError(
                f"run {run_id} was taken over by {row[0] if row else 'nobody'} after this process's lease ran out "
                f"(GENAIOPS_LEASE_SECONDS); it goes on there: see `genaiops runs show {run_id}`"
            )

    def extend_run(self, run_id: str, spec_json: str, spec_hash: str, task_ids: Sequence[str]) -> None:
        """Store a run's grown graph (tasks proposed while it ran) and give the new tasks their rows."""
        self.lock_run(run_id)
        self._db.execute("UPDATE runs SET spec = ?, spec_hash = ? WHERE run_id = ?", (spec_json, spec_hash, run_id))
        (last,) = self._db.execute("SELECT COUNT(*) FROM tasks WHERE run_id = ?", (run_id,)).fetchone()
        self._db.executemany(
            "INSERT INTO tasks (run_id, task_id, position) VALUES (?, ?, ?)",
            [(run_id, tid, last + i) for i, tid in enumerate(task_ids)],
        )

    def add_agent_turns(self, rows: Sequence[AgentTurn]) -> None:
        """Append agent turns (messages, tool calls and results, refusals, token usage), numbered per run."""
        if not rows:
            return
        run_id = rows[0].run_id
        self.lock_run(run_id)
        (last,) = self._db.execute(
            "SELECT COALESCE(MAX(seq), 0) FROM agent_turns WHERE run_id = ?", (run_id,)
        ).fetchone()
        self._db.executemany(
            "INSERT INTO agent_turns VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    run_id,
                    last + i,
                    r.task_id,
                    r.iteration,
                    r.attempt,
                    r.agent,
                    r.kind,
                    r.at,
                    r.content,
                    r.prompt_tokens,
                    r.completion_tokens,
                )
                for i, r in enumerate(rows, start=1)
            ],
        )

    def save_agent_state(self, run_id: str, agent: str, state_json: str, at: str) -> None:
        self.lock_run(run_id)
        self._db.execute(
            "INSERT INTO agent_states VALUES (?, ?, ?, ?) ON CONFLICT (run_id, agent) "
            "DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at",
            (run_id, agent, state_json, at),
        )

    def set_run_status(
        self, run_id: str, status: str, at: str, summary: dict[str, Any] | None = None, *, release: bool = False
    ) -> None:
        """With ``release``, also clear the owner in the same write: every write of a runs row rewrites the whole
        row, spec snapshot included (~240 bytes a task), so one UPDATE instead of two halves that cost."""
        self.lock_run(run_id)
        self._db.execute(
            "UPDATE runs SET status = ?, updated_at = ?, summary = COALESCE(?, summary)"
            + (", owner = NULL, lease_until = NULL" if release else "")
            + " WHERE run_id = ?",
            (status, at, _dumps(summary), run_id),
        )

    def run(self, run_id: str) -> RunRow:
        """The run as this transaction sees it (read under its write lock, and the run's lock taken first)."""
        self.lock_run(run_id)
        return _read_run(self._db, run_id)

    def claim_run(
        self,
        run_id: str,
        owner: str,
        at: str,
        *,
        status: str,
        owner_was: str | None,
        lease_until: str | None = None,
    ) -> bool:
        """Make ``owner`` the run's executor (holding it until ``lease_until``) and mark it running, if it is
        still as read (``status``, owned by ``owner_was``): one conditional update; False when another process
        changed it first. A cancel asked of a running run is kept when another process takes it over (its runner
        died or froze before it saw the cancel: the taker honours it and the run ends cancelled); resuming a
        paused, queued or cancelled run starts with no cancel pending."""
        self.lock_run(run_id)
        changed = self._db.execute(
            "UPDATE runs SET owner = ?, lease_until = ?, status = 'running', "
            "cancel_requested = CASE WHEN status = 'running' THEN cancel_requested ELSE 0 END, updated_at = ? "
            "WHERE run_id = ? AND status = ? AND owner IS ?",
            (owner, lease_until, at, run_id, status, owner_was),
        ).rowcount
        return changed == 1

    def set_owner(self, run_id: str, owner: str | None) -> None:
        """Who executes the run now (``host:pid``), so a second process does not execute it at the same time;
        a new owner (or none) holds no lease until it renews one."""
        self.lock_run(run_id)
        self._db.execute("UPDATE runs SET owner = ?, lease_until = NULL WHERE run_id = ?", (owner, run_id))

    def queue_run(self, run_id: str, at: str) -> None:
        """Hand the run to the workers (``genaiops run --detach``): queued, owned by nobody."""
        self.lock_run(run_id)
        self._db.execute(
            "UPDATE runs SET status = 'queued', owner = NULL, lease_until = NULL, updated_at = ? WHERE run_id = ?",
            (at, run_id),
        )
        self._wake_workers()

    def request_cancel(self, run_id: str) -> None:
        self.lock_run(run_id)
        self._db.execute("UPDATE runs SET cancel_requested = 1 WHERE run_id = ?", (run_id,))

    def clear_cancel(self, run_id: str) -> None:
        self.lock_run(run_id)
        self._db.execute("UPDATE runs SET cancel_requested = 0 WHERE run_id = ?", (run_id,))

    def insert_approval(self, request: dict[str, Any]) -> None:
        self._db.execute(
            "INSERT INTO approvals VALUES (?, ?, ?, ?, 'pending', ?, ?, ?)",
            (
                request["id"],
                request["run_id"],
                request["task_id"],
                request["iteration"],
                _dumps(request),
                request["created_at"],
                request["expires_at"],
            ),
        )

    def set_approval_status(self, approval_id: str, status: str) -> None:
        self._db.execute("UPDATE approvals SET status = ? WHERE approval_id = ?", (status, approval_id))
        self._wake_workers()  # a paused run whose last request closed is there to claim

    def insert_decision(self, decision: dict[str, Any]) -> None:
        self._db.execute(
            "INSERT INTO decisions (approval_id, decision, at) VALUES (?, ?, ?)",
            (decision["approval_id"], _dumps(decision), decision["at"]),
        )

    def append_ledger(self, hasher: LedgerHasher, *, kind: str, run_id: str, at: str, payload: dict[str, Any]) -> None:
        """Append one entry to the ledger when this transaction commits, with its MAC when the store has a
        signer. The entries are written last, under the ledger's lock (PostgreSQL) taken just before the commit:
        after the current head, in commit order, and the lock is held only for that moment."""
        self._ledger.append((hasher, kind, run_id, at, payload))

    def write_ledger(self) -> None:
        """Write the entries ``append_ledger`` kept (``Store.transaction`` calls it just before the commit)."""
        if not self._ledger:
            return
        if self._backend is not None:
            self._backend.lock_ledger(self._db)
        head = self._db.execute("SELECT seq, hash FROM ledger_head WHERE id = 1").fetchone()
        seq, prev = (head[0], head[1]) if head else (0, "0" * 64)
        if self._signer is None and head is not None:
            self._refuse_unsigned(head[0])
        elif head is not None:
            self._refuse_a_retired_key(head[0])
        rows = []
        for hasher, kind, run_id, at, payload in self._ledger:
            seq += 1
            text = json.dumps(payload, sort_keys=True, separators=(",", ":"), default=str)
            digest = hasher(prev, seq, at, kind, run_id, text)
            mac = self._signer(digest) if self._signer is not None else None
            rows.append((seq, at, kind, run_id, text, prev, digest, mac))
            prev = digest
        self._ledger = []
        self._db.executemany(
            "INSERT INTO ledger (seq, at, kind, run_id, payload, prev_hash, hash, mac) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        self._db.execute(
            "INSERT INTO ledger_head (id, seq, hash) VALUES (1, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash",
            (seq, prev),
        )

    def set_approval_status_if(self, approval_id: str, status: str, *, current: str) -> bool:
        """Set an approval's status only while it is still ``current`` (one conditional update): True when this
        call changed it, so of several processes closing the same request exactly one goes on to record it."""
        cursor = self._db.execute(
            "UPDATE approvals SET status = ? WHERE approval_id = ? AND status = ?", (status, approval_id, current)
        )
        if cursor.rowcount == 1:
            self._wake_workers()  # a paused run whose last request closed is there to claim
        return cursor.rowcount == 1

    def save_conversation(self, conversation_id: str, owner: str, at: str, state: dict[str, Any]) -> None:
        """Create a chat-desk conversation or store its new state (context slots, the plan awaiting confirmation)."""
        self._db.execute(
            "INSERT INTO conversations VALUES (?, ?, ?, ?, ?) ON CONFLICT (conversation_id) "
            "DO UPDATE SET updated_at = excluded.updated_at, state = excluded.state",
            (conversation_id, owner, at, at, _dumps(state)),
        )

    def add_conversation_messages(self, conversation_id: str, rows: Sequence[tuple[str, str, str, str, Any]]) -> None:
        """Append messages (at, author, kind, text, data) to a conversation, numbered 1, 2, 3, ..."""
        (last,) = self._db.execute(
            "SELECT COALESCE(MAX(seq), 0) FROM conversation_messages WHERE conversation_id = ?", (conversation_id,)
        ).fetchone()
        self._db.executemany(
            "INSERT INTO conversation_messages VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(conversation_id, last + i, *row[:4], _dumps(row[4])) for i, row in enumerate(rows, start=1)],
        )

    def set_meta(self, key: str, value: str) -> None:
        """Keep a small named value beside the data (e.g. the hash of the approval policy last seen)."""
        self._db.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    def _refuse_unsigned(self, last: int) -> None:
        """An entry without a MAC after one with a MAC would read as tampering: refuse to write it."""
        row = self._db.execute("SELECT mac FROM ledger WHERE seq = ?", (last,)).fetchone()
        if row is not None and row[0] is not None:
            raise StoreError(
                "this store's ledger is authenticated (its entries carry MACs) but it was opened without the ledger "
                "key; open it through genaiops.runtime.open_engine, or pass Store.open(..., signer=...)"
            )

    def _refuse_a_retired_key(self, last: int) -> None:
        """An entry signed with another key than the ledger's newest entry names (``<key id>:<mac>``; the key was
        rotated, by `audit rotate-key`, since this process opened the store) would fail `audit verify` for good:
        refuse to write it, and with it the transaction. The rotation entry itself is what changes the key."""
        row = self._db.execute("SELECT mac FROM ledger WHERE seq = ?", (last,)).fetchone()
        theirs = (row[0] or "").rpartition(":")[0] if row is not None else ""
        ours = self._signer("0" * 64).rpartition(":")[0] if self._signer is not None else ""
        if not theirs or not ours or theirs == ours:
            return
        _, kind, _, _, payload = self._ledger[0]
        if kind == "ledger_key_rotated" and payload.get("retired_key") == theirs:
            return
        raise StoreRefusedError(
            f"the audit ledger's newest entry (#{last}) is signed with key {theirs} and this process signs with key "
            f"{ours} (the key was rotated by `audit rotate-key` since this process opened the store, or this "
            "home's keys/ledger.key is another's): nothing was written; copy keys/ledger.key and keys/retired/ "
            "(mode 0600) from a machine that writes this store, then restart this process (`genaiops serve`, "
            "`genaiops worker`) or run the command again"
        )


class Store(SchemaAccess, AlertReads, RequestReads):
    """One database connection; use from one thread (the executor's event loop or a CLI command)."""

    def __init__(self, db: Any, url: str, *, backend: Any, signer: LedgerSigner | None = None, read_only: bool = False):
        self._db = db
        self._cursor = db.cursor()  # reused by append_event: Connection.execute makes a cursor each call
        self.url = url
        self.backend = backend
        self.backend_name = "postgresql" if isinstance(backend, PostgresBackend) else "sqlite"
        self.signer = signer
        self.read_only = read_only
        """Opened read-only: this process cannot write the file (or its folder), or opened to read; writes raise."""
        self._has_mac = True
        self.fences: dict[str, str] = {}
        """run id -> owner: the runs this process executes under a lease; their events are written only while
        the run is still that owner's (``Transaction._check_fence``)."""

    @classmethod
    def open(
        cls,
        url: str,
        *,
        fsync: bool = False,
        signer: LedgerSigner | None = None,
        read_only: bool = False,
        create: bool = True,
    ) -> Store:
        """Open the store at ``url``: ``sqlite:///path.db``, ``sqlite:///:memory:`` or ``postgresql://...``.
        A SQLite file this process cannot write is opened read-only, and so is any existing store with
        ``read_only`` (for commands that only read: they work on a read-only or full disk too); an empty
        database gets the schema unless ``create`` is False (then it is a ``StoreError``); an older store is
        migrated when opened for writing; a store of a newer release is refused before anything is written."""
        backend = backend_for(url)
        db, forced = backend.connect(fsync=fsync, read_only=read_only, create=create)
        remote_reader = read_only and isinstance(backend, PostgresBackend)
        store = cls(db, url, backend=backend, signer=signer, read_only=forced or remote_reader)
        try:
            found = prepare(store, create=create and not remote_reader, migrate=not store.read_only)
        except backend.errors as exc:
            store.close()
            raise backend.failure(exc, writing=False) from None
        except BaseException:
            store.close()
            raise
        store._has_mac = found == 0 or found >= 5 or store.backend.has_column(db, "ledger", "mac")
        return store

    @property
    def path(self) -> str:
        """The database file (``:memory:`` for a throwaway store); PostgreSQL has none: a ``StoreError`` naming
        what needs one."""
        return store_path(self.url)

    @property
    def location(self) -> str:
        """Where the store is, as messages and ledger anchors name it: its file, or its URL without a password."""
        return self.backend.location

    def require_schema(self) -> None:
        """A ``StoreRefusedError`` when the store's schema is no longer this release's (a newer genaiops
        migrated it since this process opened it), saying what to do."""
        require_schema(self)

    def close(self) -> None:
        with contextlib.suppress(Exception):  # closing checkpoints the log, which a full disk may refuse
            self._db.close()

    # --- what store_schema needs ---------------------------------------------------------------------------

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self._db.execute(sql, params)

    @contextmanager
    def raw_transaction(self) -> Iterator[None]:
        """A write transaction around statements run with ``execute`` (the schema's creation and migrations)."""
        with self.transaction():
            yield

    # --- writes --------------------------------------------------------------------------------------------

    def append_event(self, row: tuple) -> None:
        """Commit one task event (and so the task's new state) on its own: a single statement is its own
        transaction, numbered after the run's last event in that same statement (on PostgreSQL, in a
        transaction under the store's write lock)."""
        self.require_writable()
        run_id, owner = row[0], self.fences.get(row[0])
        if self.backend_name == "postgresql":
            sql, params = _PG_APPEND, (run_key(run_id), run_id, run_id, *row[1:])
            if owner is not None:
                sql, params = sql + _PG_FENCE, (*params, run_id, owner)
        elif owner is not None:
            sql, params = _APPEND_FENCED, (run_id, run_id, *row[1:], run_id, owner)
        else:
            sql, params = _APPEND_ONE, row
        try:
            written = self.backend.append(self._db, sql, params)
        except self.backend.errors as exc:
            self._rollback()
            raise self._failure(exc) from None
        if written != 1:
            Transaction(self._db, None, self.fences)._check_fence(run_id)  # raises: the run is another's now

    def append_events(self, rows: Sequence[tuple]) -> None:
        """Commit events of ONE run (rows as ``Transaction.add_events`` takes them) together, on their own. On
        PostgreSQL one statement, its own transaction (the run's lock, the fence, the numbering and every row in
        one round trip instead of BEGIN, a fence read, the inserts and COMMIT); elsewhere one transaction."""
        if len(rows) == 1 and len(rows[0]) == 12:
            self.append_event(rows[0])
            return
        if self.backend_name != "postgresql" or not rows or len(rows) > _PG_MANY_MAX:
            with self.transaction(run=rows[0][0] if rows else None) as tx:
                tx.add_events(rows)
            return
        self.require_writable()
        run_id, owner = rows[0][0], self.fences.get(rows[0][0])
        params: list[Any] = [run_key(run_id), run_id, run_id]
        for n, row in enumerate(rows, start=1):
            params += (n, *row[1:], *_NO_STATE[len(row) - 5 :])
        sql = _PG_APPEND_MANY.format(rows=", ".join(["(%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)"] * len(rows)))
        if owner is not None:
            sql, params = sql + _PG_FENCE, [*params, run_id, owner]
        try:
            written = self.backend.append(self._db, sql, params)
        except self.backend.errors as exc:
            self._rollback()
            raise self._failure(exc) from None
        if written != len(rows):
            Transaction(self._db, None, self.fences)._check_fence(run_id)  # raises: the run is another's now

    def renew_lease(self, run_id: str, owner: str, until: str) -> bool:
        """Extend ``owner``'s hold on the run (one statement); False when the run is no longer its own (taken over
        after its lease ran out, or finished)."""
        self.require_writable()
        try:
            cursor = self._db.execute(
                "UPDATE runs SET lease_until = ? WHERE run_id = ? AND owner = ? AND status = 'running'",
                (until, run_id, owner),
            )
        except self.backend.errors as exc:
            raise self._failure(exc) from None
        return cursor.rowcount == 1

    def watch_work(self, wake: Callable[[], None]) -> Callable[[], None] | None:
        """PostgreSQL: call ``wake`` (from another thread) whenever a transaction that queues a run or closes an
        approval commits, so idle workers claim at once instead of at their next poll; returns what stops
        watching. None where nothing tells (SQLite, or the listening connection failed): poll."""
        return self.backend.watch(wake) if isinstance(self.backend, PostgresBackend) else None

    def claimable_runs(self, now: str, limit: int = 20) -> list[str]:
        """Runs a worker may take, oldest first: queued ones, running ones whose owner's lease ran out, and
        paused ones whose approvals are all decided (nobody waits on a person any more)."""
        rows = self._db.execute(f"SELECT run_id FROM runs WHERE {_CLAIMABLE} ORDER BY created_at LIMIT ?", (now, limit))
        return [r[0] for r in rows]

    def claim_next(
        self,
        owner: str,
        now: str,
        lease_until: str,
        event: Callable[[RunRow], tuple],
        *,
        skip: Sequence[str] = (),
        orphaned_only: bool = False,
        record: Callable[[Transaction, RunRow], None] | None = None,
    ) -> RunRow | None:
        """Claim the oldest claimable run for ``owner`` (until ``lease_until``) and record ``event(run)`` in the
        same transaction; the run as it was before, or None. PostgreSQL: ``SELECT ... FOR UPDATE SKIP LOCKED``, so
        workers claiming at once each get a different run without waiting; SQLite: under its single writer lock.
        ``skip``: runs this worker does not want now; ``orphaned_only``: only running runs whose lease ran out;
        ``record(tx, run)``: more to write in the claim's transaction (a ledger entry)."""
        postgres = self.backend_name == "postgresql"
        if orphaned_only and not self._db.execute(f"SELECT 1 FROM runs WHERE {_ORPHANED} LIMIT 1", (now,)).fetchone():
            return None  # a server asks every sweep: a read, not the write lock, when there is nothing to take
        with self.transaction(lock=not postgres) as tx:
            avoid = list(skip)
            while True:
                run = self._claimable(now, avoid, postgres, _ORPHANED if orphaned_only else _CLAIMABLE)
                if run is None:
                    return None
                if tx.try_lock_run(run.run_id):
                    break
                avoid.append(run.run_id)  # a live process is writing it right now: not for the taking; the next
            claimed = tx.claim_run(
                run.run_id, owner, now, status=run.status, owner_was=run.owner, lease_until=lease_until
            )
            if not claimed:
                return None  # not reachable under the row lock / the write lock; kept as the contract's guard
            tx.add_events([event(run)])
            if record is not None:
                record(tx, run)
        return run

    def _claimable(self, now: str, skip: Sequence[str], postgres: bool, which: str) -> RunRow | None:
        """The oldest run matching ``which`` but those in ``skip`` (PostgreSQL: row-locked, skipping rows locked
        by others)."""
        avoid = f" AND run_id NOT IN ({', '.join('?' * len(skip))})" if skip else ""
        sql = f"SELECT * FROM runs WHERE ({which}){avoid} ORDER BY created_at LIMIT 1"
        row = self._db.execute(sql + (" FOR UPDATE SKIP LOCKED" if postgres else ""), (now, *skip)).fetchone()
        return None if row is None else _run_row(row)

    @contextmanager
    def transaction(self, *, lock: bool = True, run: str | None = None) -> Iterator[Transaction]:
        """A write transaction (taken at once, so concurrent writers queue rather than interleave). On
        PostgreSQL: ``run`` begins it under that run's lock instead of the store's write lock (the executor's own
        writes of one run: workers executing different runs then commit side by side; such a transaction writes
        only that run's row, events, agent turns and states, and ledger entries); ``lock=False``
        (``claim_next``): begin without either lock. Each run's lock is taken before the transaction writes
        that run, the ledger's just before the commit (``store_backend`` says why this order)."""
        self.require_writable()
        try:
            self.backend.begin(self._db, lock=lock, run=run)
        except self.backend.errors as exc:
            self._rollback()
            raise self._failure(exc) from None
        try:
            postgres = self.backend_name == "postgresql"
            tx = Transaction(self._db, self.signer, self.fences, self.backend if postgres else None, run)
            yield tx
            tx.write_ledger()
            self._db.execute("COMMIT")
        except self.backend.errors as exc:
            self._rollback()
            raise self._failure(exc) from None
        except BaseException:
            self._rollback()
            raise

    def _rollback(self) -> None:
        with contextlib.suppress(Exception):
            if self.backend.in_transaction(self._db):  # SQLite may have rolled back already (a full disk does)
                self._db.execute("ROLLBACK")

    def require_writable(self) -> None:
        """Raise the ``StoreError`` that says the store is read-only (and what to do), if it is."""
        if self.read_only:
            raise StoreError(self.backend.read_only_message())

    def _failure(self, exc: Exception) -> StoreError:
        return self.backend.failure(exc)

    # --- reads -------------------------------------------------------------------------------------------

    def run(self, run_id: str) -> RunRow:
        return _read_run(self._db, run_id)

    def runs(self, limit: int = 50, status: str | None = None) -> list[RunRow]:
        sql = "SELECT * FROM runs" + (" WHERE status = ?" if status else "") + " ORDER BY created_at DESC LIMIT ?"
        return [_run_row(r) for r in self._db.execute(sql, (status, limit) if status else (limit,))]

    def tasks(self, run_id: str, *, decode: bool = True) -> list[TaskRow]:
        """The run's tasks in spec order, each in the state its last event gave it; with ``decode=False``
        results stay JSON text (decoded by the caller)."""
        load = _loads if decode else (lambda text: text)
        ids = [
            r[0] for r in self._db.execute("SELECT task_id FROM tasks WHERE run_id = ? ORDER BY position", (run_id,))
        ]
        state: dict[str, tuple] = dict.fromkeys(ids, ("pending", 0, 0, None, None, None, None))
        events = self._db.execute(
            "SELECT task_id, status, iteration, attempts, result, error, started_at, finished_at FROM events "
            "WHERE run_id = ? AND status IS NOT NULL ORDER BY seq",
            (run_id,),
        )
        for row in events:
            state[row[0]] = row[1:]
        return [TaskRow(tid, s[0], s[1], s[2], load(s[3]), s[4], s[5], s[6]) for tid, s in state.items()]

    def events(self, run_id: str, after: int = 0) -> list[tuple[int, str | None, str, str, Any]]:
        rows = self._db.execute(
            "SELECT seq, task_id, kind, at, data FROM events WHERE run_id = ? AND seq > ? ORDER BY seq",
            (run_id, after),
        )
        return [(r[0], r[1], r[2], r[3], _loads(r[4])) for r in rows]

    def cancel_requested(self, run_id: str) -> bool:
        row = self._db.execute("SELECT cancel_requested FROM runs WHERE run_id = ?", (run_id,)).fetchone()
        return bool(row and row[0])

    def approval(self, approval_id: str) -> tuple[dict[str, Any], str]:
        """(request, status) of one approval."""
        row = self._db.execute("SELECT request, status FROM approvals WHERE approval_id = ?", (approval_id,)).fetchone()
        if row is None:
            known = [
                r[0] for r in self._db.execute("SELECT approval_id FROM approvals ORDER BY created_at DESC LIMIT 500")
            ]
            raise NotFoundError(
                f"unknown approval {shorten(approval_id)}{did_you_mean(approval_id, known)}; "
                "`genaiops approvals list` shows pending approvals"
            )
        return _loads(row[0]), row[1]

    def approvals(self, *, run_id: str | None = None, status: str | None = None) -> list[tuple[dict[str, Any], str]]:
        clauses, params = [], []
        for column, value in (("run_id", run_id), ("status", status)):
            if value is not None:
                clauses.append(f"{column} = ?")
                params.append(value)
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        rows = self._db.execute(
            f"SELECT request, status FROM approvals{where} ORDER BY created_at, approval_id", params
        )
        return [(_loads(r[0]), r[1]) for r in rows]

    def decisions(self, approval_id: str) -> list[dict[str, Any]]:
        rows = self._db.execute("SELECT decision FROM decisions WHERE approval_id = ? ORDER BY seq", (approval_id,))
        return [_loads(r[0]) for r in rows]

    def agent_turns(self, run_id: str, task_id: str | None = None) -> list[AgentTurn]:
        """The run's stored agent turns in order (one task's, if ``task_id`` is given)."""
        sql = "SELECT * FROM agent_turns WHERE run_id = ?" + (" AND task_id = ?" if task_id else "") + " ORDER BY seq"
        rows = self._db.execute(sql, (run_id, task_id) if task_id else (run_id,))
        return [AgentTurn(r[0], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10]) for r in rows]

    def agent_state(self, run_id: str, agent: str) -> str | None:
        """The agent's saved AgentChat state (JSON text), if it has acted in this run."""
        row = self._db.execute(
            "SELECT state FROM agent_states WHERE run_id = ? AND agent = ?", (run_id, agent)
        ).fetchone()
        return row[0] if row else None

    def conversation(self, conversation_id: str) -> tuple[str, str, str, dict[str, Any]]:
        """(owner, created_at, updated_at, state) of a chat-desk conversation (``NotFoundError`` naming close ids)."""
        sql = "SELECT owner, created_at, updated_at, state FROM conversations WHERE conversation_id = ?"
        row = self._conversation_rows(sql, (conversation_id,))
        if not row:
            known = [r[0] for r in self.conversations(limit=500)]
            raise NotFoundError(
                f"unknown conversation {shorten(conversation_id)}{did_you_mean(conversation_id, known)}; "
                "`genaiops chat --list` shows conversations"
            )
        owner, created, updated, state = row[0]
        return owner, created, updated, _loads(state)

    def conversations(self, limit: int = 50, owner: str | None = None) -> list[tuple[str, str, str, str]]:
        """(id, owner, created_at, updated_at) of the latest conversations, newest first (one owner's, if given)."""
        where, params = (" WHERE owner = ?", (owner, limit)) if owner else ("", (limit,))
        sql = f"SELECT conversation_id, owner, created_at, updated_at FROM conversations{where} "
        return self._conversation_rows(sql + "ORDER BY updated_at DESC, conversation_id DESC LIMIT ?", params)

    def conversation_messages(self, conversation_id: str, after: int = 0) -> list[tuple[int, str, str, str, str, Any]]:
        """(seq, at, author, kind, text, data) of a conversation's messages after ``after``, in order."""
        rows = self._conversation_rows(
            "SELECT seq, at, author, kind, text, data FROM conversation_messages "
            "WHERE conversation_id = ? AND seq > ? ORDER BY seq",
            (conversation_id, after),
        )
        return [(*r[:5], _loads(r[5])) for r in rows]

    def _conversation_rows(self, sql: str, params: Sequence[Any]) -> list[tuple]:
        """Rows of the conversation tables; none from a store opened read-only before they existed."""
        if self.read_only and not self.has_table("conversations"):
            return []
        return list(self._db.execute(sql, params))

    def ledger(self) -> list[LedgerRow]:
        mac = "mac" if self._has_mac else "NULL"  # a store of schema 4 opened read-only is not migrated
        rows = self._db.execute(
            f"SELECT seq, at, kind, run_id, payload, prev_hash, hash, {mac} FROM ledger ORDER BY seq"
        )
        return [LedgerRow(*r) for r in rows]

    def first_entry_signed_by(self, key_id: str) -> int | None:
        """The first ledger entry whose MAC names key ``key_id`` (``<key id>:<hmac>``), or None: whether a key
        signs anything committed (a full scan of the MACs: asked only after a crash in a key rotation)."""
        if not self._has_mac:
            return None
        (seq,) = self._db.execute("SELECT MIN(seq) FROM ledger WHERE mac LIKE ?", (f"{key_id}:%",)).fetchone()
        return seq

    def ledger_signed_ends(self) -> list[tuple[int, str, str]]:
        """(seq, hash, MAC) of the first and the newest entries that carry a MAC (none, one or two): what tells
        whether a home's key is the one this ledger is signed with, without reading the whole ledger."""
        if not self._has_mac:
            return []
        rows = [
            self._db.execute(
                f"SELECT seq, hash, mac FROM ledger WHERE mac IS NOT NULL ORDER BY seq {order} LIMIT 1"
            ).fetchone()
            for order in ("ASC", "DESC")
        ]
        return [(r[0], r[1], r[2]) for r in rows if r]

    def ledger_head(self) -> tuple[int, str] | None:
        row = self._db.execute("SELECT seq, hash FROM ledger_head WHERE id = 1").fetchone()
        return (row[0], row[1]) if row else None

    def pending_expiries(self) -> list[tuple[str, str]]:
        """(approval id, expires_at as stored) of every approval whose stored status is ``pending``: what an
        expiry sweep compares with the clock, without decoding the requests."""
        rows = self._db.execute("SELECT approval_id, expires_at FROM approvals WHERE status = 'pending'")
        return [(r[0], r[1]) for r in rows]

    def meta(self, key: str) -> str | None:
        """A value kept with ``Transaction.set_meta`` (None when never set)."""
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def ledger_entry_hash(self, seq: int) -> str | None:
        """The stored hash of entry ``seq`` (None when there is no such entry)."""
        row = self._db.execute("SELECT hash FROM ledger WHERE seq = ?", (seq,)).fetchone()
        return row[0] if row else None

    def all_decisions(self) -> list[dict[str, Any]]:
        """Every recorded decision, oldest first (what the audit cross-checks against the ledger)."""
        return [_loads(r[0]) for r in self._db.execute("SELECT decision FROM decisions ORDER BY seq")]

    def people(self) -> list[str]:
        """Every name this store records as a person: run requesters, the approvers of decisions, the server's
        accounts (what a name claimed in a drill home must not look like, ``genaiops.identity``)."""
        names = {r[0] for r in self._db.execute("SELECT DISTINCT requester FROM runs")}
        names |= {d.get("approver", "") for d in self.all_decisions()}
        names |= {r[0] for r in self._db.execute("SELECT name FROM accounts")}
        return sorted(n for n in names if n)

    def executed_approvals(self) -> list[tuple[str, str, str]]:
        """(approval id, run id, task id) of each approved request whose task then ran to a result: its
        iteration has a ``task_succeeded`` event, or a ``task_failed`` one after at least one attempt. A task that
        failed before its first attempt (its arguments no longer valid when the run resumed, say) did not act,
        so its approval has no ``action_executed`` entry to find (events of old stores without ``attempts``
        count as attempted)."""
        rows = self._db.execute(
            "SELECT a.approval_id, a.run_id, a.task_id FROM approvals a WHERE a.status = 'approved' AND EXISTS "
            "(SELECT 1 FROM events e WHERE e.run_id = a.run_id AND e.task_id = a.task_id "
            "AND e.iteration = a.iteration AND (e.kind = 'task_succeeded' "
            "OR (e.kind = 'task_failed' AND COALESCE(e.attempts, 1) > 0))) ORDER BY a.created_at"
        )
        return [(r[0], r[1], r[2]) for r in rows]

    def task_approvals(self, run_id: str, task_id: str) -> list[tuple[dict[str, Any], str]]:
        """One task's approval requests with their status, oldest first (the ``approvals_run`` index, not a scan
        of the run's requests: a gate reads this once per task, so reading them all would be quadratic)."""
        rows = self._db.execute(
            "SELECT request, status FROM approvals WHERE run_id = ? AND task_id = ? ORDER BY created_at, approval_id",
            (run_id, task_id),
        )
        return [(_loads(r[0]), r[1]) for r in rows]


def _read_run(db: Any, run_id: str) -> RunRow:
    row = db.execute("SELECT * FROM runs WHERE run_id = ?", (run_id,)).fetchone()
    if row is None:
        known = [r[0] for r in db.execute("SELECT run_id FROM runs ORDER BY created_at DESC LIMIT 200")]
        said = f"unknown run {shorten(run_id)}{did_you_mean(run_id, known)}"
        raise NotFoundError(f"{said}; `genaiops runs list` shows runs")
    return _run_row(row)


def _run_row(r: Sequence[Any]) -> RunRow:
    lease = r[13] if len(r) > 13 else None  # a store of schema 5 opened read-only has no lease column
    return RunRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], _loads(r[10]), bool(r[11]), r[12], lease)
