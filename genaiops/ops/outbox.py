"""The notification outbox: rows derived from what the store records durably, then delivered and marked.

*Deriving* reads the audit ledger after a cursor (approval requested / decided / expired; the ledger's ``seq`` is
assigned under the store's write lock, so it is commit order) and the ``run_succeeded`` / ``run_failed`` events
of runs updated since a second cursor; it inserts one row per (event, channel) under a unique key and moves both
cursors (in the store's ``meta`` table), all in ONE transaction: a crash before the commit derives the same rows
again, a crash after it loses none, and the unique key makes a second derivation insert nothing.

*Delivering* claims a due row (``pending``, or ``sending`` whose lease ran out: its sender crashed) with a
conditional update that counts the attempt and leases the row for ``LEASE``; then sends; then marks it ``sent``,
or ``pending`` again with the next try after an exponential backoff, or ``failed`` after the last attempt. A crash
between sending and marking leaves the row leased; when the lease runs out it is sent again with the SAME delivery
id (webhook header ``X-GenAIOps-Delivery``, e-mail ``Message-ID``), so the receiver can drop the repeat. That is
the one window where a message may arrive twice; no window loses one.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from genaiops.ops.db import OpsDB, parse_time, stamp
from genaiops.ops.notify_config import NotifyConfig, RetrySpec
from genaiops.ops.notify_messages import Message, approval_message, closed_request, run_message
from genaiops.store_tables import StoreTables

__all__ = [
    "LEASE",
    "OutboxRow",
    "claim",
    "claim_due",
    "derive",
    "due_rows",
    "list_outbox",
    "mark_closed_requests",
    "mark_failed",
    "mark_sent",
    "release",
]

LEASE = timedelta(minutes=10)
"""How long a claimed row stays claimed: longer than one send may take (timeouts are at most 300 s), and a call
stops sending to a channel at its first failure, so no claimed row waits behind more than one slow attempt."""
FIRST_WINDOW = timedelta(hours=24)
"""With no cursor yet (notifications newly configured), only what happened this long ago or later is sent."""
RUN_LOOKBACK = timedelta(minutes=10)
"""Runs updated this long before the run cursor are read again: a run's end is stamped just before its commit."""
_LEDGER_CURSOR, _RUNS_CURSOR = "notify_ledger_seq", "notify_runs_since"
_SEQUENCE = "notify_sequence:"
"""The ``meta`` key prefix of each channel's last message number (``Message.sequence``)."""
_KINDS = ("approval_requested", "approval_decided", "approval_expired", "approval_stale")
_BATCH = 5000


@dataclass(frozen=True, slots=True)
class OutboxRow:
    id: int
    key: str
    channel: str
    event: str
    subject: str
    run_id: str | None
    message: Message
    created_at: str
    status: str
    attempts: int
    next_try: str
    last_error: str | None
    sent_at: str | None

    @property
    def delivery(self) -> str:
        """The stable id of this delivery, the same on every attempt (receivers drop repeats by it)."""
        return f"ntf-{self.id}"


_COLUMNS = (
    "id, key, channel, event, subject, run_id, message, created_at, status, attempts, next_try, last_error, sent_at"
)


def _row(r: tuple) -> OutboxRow:
    return OutboxRow(r[0], r[1], r[2], r[3], r[4], r[5], Message.of(json.loads(r[6])), *r[7:])


def derive(ops: OpsDB, config: NotifyConfig, now: datetime) -> int:
    """Turn what the store recorded since the cursors into outbox rows; the number of rows added."""
    with ops.transaction() as db:
        messages = _from_ledger(db, config, now) + _from_runs(db, config, now)
        added = 0
        last: dict[str, int] = {}  # each channel's last message number, read once (writers queue: no two read it)
        for key, message in messages:
            for channel in config.routes(message.event):
                if channel not in last:
                    last[channel] = int(_meta(db, _SEQUENCE + channel) or 0)
                numbered = {**message.as_dict(), "sequence": last[channel] + 1}
                inserted = db.execute(
                    "INSERT OR IGNORE INTO notify_outbox (key, channel, event, subject, run_id, message, created_at, "
                    "status, attempts, next_try) VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', 0, ?)",
                    (f"{key}/{channel}", channel, message.event, message.subject, message.run_id,
                     json.dumps(numbered), stamp(now), stamp(now)),
                ).rowcount  # fmt: skip
                last[channel] += inserted  # derived before (a run read again): its number stands, this one unused
                added += inserted
        for channel, sequence in last.items():
            _set_meta(db, _SEQUENCE + channel, str(sequence))
    return added


def _meta(db: StoreTables, key: str) -> str | None:
    row = db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def _set_meta(db: StoreTables, key: str, value: str) -> None:
    db.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


def _from_ledger(db: StoreTables, config: NotifyConfig, now: datetime) -> list[tuple[str, Message]]:
    cursor = _meta(db, _LEDGER_CURSOR)
    oldest = None if cursor is not None else stamp(now - FIRST_WINDOW)
    rows = db.execute(
        "SELECT seq, at, kind, run_id, payload FROM ledger WHERE seq > ? ORDER BY seq LIMIT ?",
        (int(cursor or 0), _BATCH),
    ).fetchall()
    out = []
    for seq, at, kind, run_id, payload in rows:
        if kind not in _KINDS or (oldest is not None and stamp(parse_time(at)) < oldest):
            continue
        data = json.loads(payload)
        if kind == "approval_decided" and _repeated(db, seq, run_id, data):
            continue
        if kind == "approval_requested" and not _still_open(db, data, now):
            continue
        name, _ = _run_names(db, run_id)
        message = approval_message(
            kind, data, at=at, run_id=run_id, run_name=name, tool=_tool(db, data), public_url=config.public_url
        )
        if message is not None:
            out.append((f"ledger:{seq}", message))
    if rows:
        _set_meta(db, _LEDGER_CURSOR, str(rows[-1][0]))
    return out


def _from_runs(db: StoreTables, config: NotifyConfig, now: datetime) -> list[tuple[str, Message]]:
    cursor = _meta(db, _RUNS_CURSOR)
    floor = stamp(parse_time(cursor) - RUN_LOOKBACK) if cursor else stamp(now - FIRST_WINDOW)
    rows = db.execute(
        "SELECT r.run_id, r.name, r.requester, e.seq, e.kind, e.at, e.data FROM runs r JOIN events e "
        "ON e.run_id = r.run_id WHERE r.updated_at >= ? AND e.kind IN ('run_succeeded', 'run_failed') "
        "AND e.at >= ? ORDER BY e.at",
        (floor, floor),
    ).fetchall()
    out = []
    for run_id, name, requester, seq, kind, at, data in rows:
        status = kind.removeprefix("run_")
        failed = _failed_tasks(db, run_id) if status == "failed" else None
        message = run_message(status, json.loads(data) if data else None, at=at, run_id=run_id, run_name=name,
                              requester=requester, public_url=config.public_url, failed=failed)  # fmt: skip
        out.append((f"run:{run_id}:{seq}", message))
    (latest,) = db.execute("SELECT MAX(updated_at) FROM runs").fetchone()
    if latest is not None and (cursor is None or stamp(parse_time(latest)) > cursor):
        _set_meta(db, _RUNS_CURSOR, stamp(parse_time(latest)))
    return out


def _repeated(db: StoreTables, seq: int, run_id: str, decided: dict[str, Any]) -> bool:
    """Whether ``decided`` (an ``approval_decided`` entry) repeats its author's earlier approval of the same
    arguments: it is recorded but does not count again, and changes nothing anybody needs to be told."""
    from genaiops.safety.approvals import same_person

    if decided.get("verdict") != "approve" or decided.get("outcome") != "pending" or not decided.get("id"):
        return False
    earlier = db.execute(
        "SELECT payload FROM ledger WHERE kind = 'approval_decided' AND run_id = ? AND seq < ?", (run_id, seq)
    ).fetchall()
    same, author = ("id", "verdict", "args_hash"), str(decided.get("approver"))
    return any(
        all(d.get(k) == decided.get(k) for k in same) and same_person(str(d.get("approver")), author)
        for d in (json.loads(row[0]) for row in earlier)
    )


def _still_open(db: StoreTables, requested: dict[str, Any], now: datetime) -> bool:
    """Whether the request of an ``approval_requested`` entry can still be decided (or was): one withdrawn,
    expired or closed as stale before its message is made is not told as requested, since nobody can decide it
    any more; its closing entry, if it has one, makes its own message (``approval.expired``, ``approval.stale``).
    A request already decided is told as requested, then decided, in ledger order."""
    return _how_closed(db, requested.get("id"), now) is None


def _how_closed(db: StoreTables, approval_id: object, now: datetime) -> str | None:
    """None while the request ``approval_id`` can be decided (or was decided); else how it closed."""
    row = db.execute("SELECT status, expires_at FROM approvals WHERE approval_id = ?", (approval_id,)).fetchone()
    return None if row is None else _closed_as(*row, now)  # not in this store's table: told as the ledger says


def _closed_as(status: str, expires_at: str | None, now: datetime) -> str | None:
    """How a request of this ``status`` closed: ``expired`` (also once its expiry time passed, before the sweep
    records it), ``withdrawn`` or ``stale``; None while it can be decided, or once it was decided."""
    if status == "pending":
        return "expired" if expires_at and parse_time(expires_at) <= now else None
    return status if status in ("withdrawn", "expired", "stale") else None


def mark_closed_requests(ops: OpsDB, rows: list[OutboxRow], now: datetime) -> list[OutboxRow]:
    """``rows`` as they go out at ``now``: an ``approval.requested`` whose request closed since it was queued (a
    retry sent after the expiry) is sent marked closed (``closed_request``), not as a live request: under its
    own number, so the channel's count has no gap, asking nobody to act."""
    asked = sorted({row.subject for row in rows if row.event == "approval.requested"})
    if not asked:
        return rows
    marks = ", ".join("?" * len(asked))
    found = ops.rows(f"SELECT approval_id, status, expires_at FROM approvals WHERE approval_id IN ({marks})",
                     tuple(asked))  # fmt: skip
    closed = {ident: how for ident, status, expires in found if (how := _closed_as(status, expires, now))}
    return [
        OutboxRow(**{**_fields(row), "message": closed_request(row.message, closed[row.subject])})
        if row.event == "approval.requested" and row.subject in closed and row.message.closed is None
        else row
        for row in rows
    ]


def _failed_tasks(db: StoreTables, run_id: str) -> str | None:
    """``drill -> inject_fault, plan -> dry_run_remediation``: the run's failed tasks and their tools (never the
    errors, which may carry secrets), so the person told knows where to look."""
    failed = [r[0] for r in db.execute(
        "SELECT DISTINCT task_id FROM events WHERE run_id = ? AND kind = 'task_failed' ORDER BY task_id", (run_id,)
    ).fetchall()]  # fmt: skip
    if not failed:
        return None
    row = db.execute("SELECT spec FROM runs WHERE run_id = ?", (run_id,)).fetchone()
    tools = {t.get("id"): t.get("tool") for t in json.loads(row[0]).get("tasks", [])} if row else {}
    return ", ".join(f"{task} -> {tools[task]}" if tools.get(task) else task for task in failed)


def _run_names(db: StoreTables, run_id: str) -> tuple[str, str]:
    row = db.execute("SELECT name, requester FROM runs WHERE run_id = ?", (run_id,)).fetchone()
    return (row[0], row[1]) if row else (run_id, "?")


def _tool(db: StoreTables, payload: dict[str, Any]) -> str:
    if payload.get("tool"):
        return str(payload["tool"])
    row = db.execute("SELECT request FROM approvals WHERE approval_id = ?", (payload.get("id"),)).fetchone()
    return str(json.loads(row[0]).get("tool", "?")) if row else "?"


def claim_due(ops: OpsDB, now: datetime, limit: int = 50) -> list[OutboxRow]:
    """Claim the rows due now (each attempt counted and leased before anything is sent)."""
    return claim(ops, due_rows(ops, now, limit), now)


def due_rows(ops: OpsDB, now: datetime, limit: int = 50) -> list[OutboxRow]:
    rows = ops.rows(
        f"SELECT {_COLUMNS} FROM notify_outbox WHERE status IN ('pending', 'sending') AND next_try <= ? "
        "ORDER BY next_try, id LIMIT ?",
        (stamp(now), limit),
    )
    return [_row(r) for r in rows]


def claim(ops: OpsDB, rows: list[OutboxRow], now: datetime) -> list[OutboxRow]:
    """Of ``rows`` as read, those this call claimed: a row changed since it was read (claimed by another
    dispatcher) is left alone."""
    claimed = []
    with ops.transaction() as db:
        for r in rows:
            won = db.execute(
                "UPDATE notify_outbox SET status = 'sending', attempts = attempts + 1, next_try = ? "
                "WHERE id = ? AND status = ? AND attempts = ?",
                (stamp(now + LEASE), r.id, r.status, r.attempts),
            ).rowcount
            if won:
                claimed.append(OutboxRow(**{**_fields(r), "status": "sending", "attempts": r.attempts + 1}))
    return claimed


def _fields(row: OutboxRow) -> dict[str, Any]:
    return {name: getattr(row, name) for name in OutboxRow.__slots__}


def mark_sent(ops: OpsDB, row: OutboxRow, now: datetime) -> None:
    """Record ``row`` delivered, with its message as it went out (an ``approval.requested`` marked closed by
    ``mark_closed_requests`` is kept marked: ``notifications list`` shows what was sent, not what was queued)."""
    with ops.transaction() as db:
        db.execute(
            "UPDATE notify_outbox SET status = 'sent', sent_at = ?, last_error = NULL, message = ? "
            "WHERE id = ? AND attempts = ?",
            (stamp(now), json.dumps(row.message.as_dict()), row.id, row.attempts),
        )


def mark_failed(ops: OpsDB, row: OutboxRow, error: str, now: datetime, retry: RetrySpec) -> str:
    """Record a failed attempt; the row's next try (stored; ``now`` when it is now ``failed``)."""
    final = row.attempts >= retry.max_attempts
    status = "failed" if final else "pending"
    next_try = stamp(now if final else now + timedelta(seconds=retry.delay(row.attempts)))
    with ops.transaction() as db:
        db.execute(
            "UPDATE notify_outbox SET status = ?, next_try = ?, last_error = ? WHERE id = ? AND attempts = ?",
            (status, next_try, error[:500], row.id, row.attempts),
        )
    return next_try


def release(ops: OpsDB, row: OutboxRow, next_try: str) -> None:
    """Give back a claimed row that was not attempted (its channel just failed): uncounted, tried with the
    channel's next try."""
    with ops.transaction() as db:
        db.execute(
            "UPDATE notify_outbox SET status = 'pending', attempts = attempts - 1, next_try = ? "
            "WHERE id = ? AND attempts = ? AND status = 'sending'",
            (next_try, row.id, row.attempts),
        )


def list_outbox(ops: OpsDB, status: str | None = None, limit: int = 100) -> list[OutboxRow]:
    where, params = ("WHERE status = ?", (status, limit)) if status else ("", (limit,))
    rows = ops.rows(f"SELECT {_COLUMNS} FROM notify_outbox {where} ORDER BY id DESC LIMIT ?", params)
    return [_row(r) for r in rows]
