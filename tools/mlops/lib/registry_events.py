"""The registry's history: an append-only table of events (``mlops_events``) and how to read it.

Every registry backend keeps its history here, in the same transaction as the change when it can (SQL), or
right after it (MLflow, which keeps no alias history of its own). An event written under an idempotency key
that was seen before is not written again: the earlier event is returned, so a retried task acts once.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, Field

from genaiops.errors import ToolInputError

if TYPE_CHECKING:  # annotations only: a tool's model naming RegistryEvent need not import SQLite
    from genaiops.store_tables import StoreTables

__all__ = [
    "EventKind",
    "RegistryEvent",
    "check_alias",
    "insert_event",
    "read_alias_at",
    "read_history",
    "replay_event",
    "stamp",
]

EventKind = Literal["registered", "validated", "alias_set", "rolled_back", "deployed", "drift_detected"]
_ALIAS = re.compile(r"^[a-z][a-z0-9_-]{0,62}$")
_COLUMNS = "seq, name, kind, at, version, alias, previous_version, reason, detail"


class RegistryEvent(BaseModel, defer_build=True):
    """One step in a model's history (registered, validated, alias set, rolled back, deployed, drift)."""

    seq: int
    name: str
    kind: EventKind
    at: datetime
    version: int | None = None
    alias: str | None = None
    previous_version: int | None = None
    reason: str = ""
    detail: dict[str, Any] = Field(default_factory=dict)


def stamp(at: datetime) -> str:
    """A UTC time as fixed-width text, so that text order is time order."""
    if at.tzinfo is None:
        raise ToolInputError(f"time {at.isoformat()} has no timezone; registry times must be timezone-aware")
    return at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f+00:00")


def check_alias(alias: str) -> str:
    if not _ALIAS.match(alias):
        raise ToolInputError(
            f"alias {alias!r} is not valid: use a lowercase word such as 'champion' or 'challenger' "
            "(letters, digits, '_' or '-', starting with a letter)"
        )
    return alias


def _event(row: tuple) -> RegistryEvent:
    seq, name, kind, at, version, alias, previous, reason, detail = row
    return RegistryEvent(
        seq=seq,
        name=name,
        kind=kind,
        at=datetime.fromisoformat(at),
        version=version,
        alias=alias,
        previous_version=previous,
        reason=reason,
        detail=json.loads(detail),
    )


def replay_event(cur: StoreTables, key: str | None) -> RegistryEvent | None:
    """The event written earlier under ``key``, if any."""
    if key is None:
        return None
    row = cur.execute(f"SELECT {_COLUMNS} FROM mlops_events WHERE idempotency_key=?", (key,)).fetchone()
    return None if row is None else _event(row)


def insert_event(
    cur: StoreTables,
    name: str,
    kind: EventKind,
    at: datetime,
    *,
    version: int | None = None,
    alias: str | None = None,
    previous: int | None = None,
    reason: str = "",
    detail: dict[str, Any] | None = None,
    key: str | None = None,
) -> RegistryEvent:
    """Append one event (the caller holds the transaction)."""
    text = json.dumps(detail or {}, sort_keys=True, default=str)
    row = (name, kind, stamp(at), version, alias, previous, reason, text)
    seq = cur.insert(
        "INSERT INTO mlops_events (name, kind, at, version, alias, previous_version, reason, detail, "
        "idempotency_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (*row, key),
        "seq",
    )
    return _event((seq, *row))


def read_history(conn: StoreTables, name: str) -> list[RegistryEvent]:
    rows = conn.execute(f"SELECT {_COLUMNS} FROM mlops_events WHERE name=? ORDER BY seq", (name,)).fetchall()
    return [_event(r) for r in rows]


def read_alias_at(conn: StoreTables, name: str, alias: str, at: datetime) -> int | None:
    """The version ``alias`` pointed to at time ``at`` (None if it pointed nowhere yet)."""
    row = conn.execute(
        "SELECT version FROM mlops_events WHERE name=? AND alias=? AND kind IN ('alias_set','rolled_back') "
        "AND at <= ? ORDER BY at DESC, seq DESC LIMIT 1",
        (name, alias, stamp(at)),
    ).fetchone()
    return None if row is None else int(row[0])
