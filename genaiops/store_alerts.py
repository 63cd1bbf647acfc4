"""The store's alert tables: Alertmanager alerts (one row per fingerprint) and the incidents they are grouped into.

``AlertWrites`` is mixed into ``store.Transaction`` and ``AlertReads`` into ``store.Store`` (both reach the
database as ``self._db``); the tables themselves are in ``store_schema`` (schema 7). A repeat notification of an
alert updates its row (``notifications`` counts them) and never adds one: the fingerprint is the key.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from typing import Any

__all__ = ["AlertIncidentRow", "AlertReads", "AlertRow", "AlertWrites"]


@dataclass(frozen=True, slots=True)
class AlertRow:
    """One alert as last notified. ``skip_reason``: why it could not be grouped (kept, never dropped)."""

    fingerprint: str
    status: str
    """``firing`` or ``resolved``."""
    alertname: str | None
    service: str | None
    severity: str | None
    labels: dict[str, Any]
    annotations: dict[str, Any]
    starts_at: str | None
    ends_at: str | None
    generator_url: str | None
    receiver: str | None
    group_key: str | None
    first_seen: str
    last_seen: str
    notifications: int
    incident_id: str | None
    skip_reason: str | None
    received_by: str


@dataclass(frozen=True, slots=True)
class AlertIncidentRow:
    """Alerts (and what they explain) grouped into one incident; ``run_id``: the investigation it started."""

    incident_id: str
    status: str
    """``open`` or ``resolved`` (every alert in it resolved)."""
    service: str | None
    onset: str
    opened_at: str
    updated_at: str
    resolved_at: str | None
    run_id: str | None
    scenario: str | None
    note: str | None
    data: dict[str, Any]
    """The grouping as correlate made it (services, origins, symptoms, fingerprints)."""


_ALERT_COLUMNS = tuple(f.name for f in fields(AlertRow))
_INCIDENT_COLUMNS = tuple(f.name for f in fields(AlertIncidentRow))
_ALERT_JSON = ("labels", "annotations")
_KEEP_ON_REPEAT = ("fingerprint", "first_seen", "notifications")


def _encode(row: Any, columns: tuple[str, ...], json_columns: tuple[str, ...]) -> tuple:
    return tuple(json.dumps(getattr(row, c), sort_keys=True) if c in json_columns else getattr(row, c) for c in columns)


def _decode(cls: type, values: tuple, columns: tuple[str, ...], json_columns: tuple[str, ...]) -> Any:
    return cls(**{c: json.loads(v) if c in json_columns else v for c, v in zip(columns, values, strict=True)})


class AlertWrites:
    """Writes of the alert tables, inside a ``Transaction``."""

    _db: Any

    def save_alert(self, row: AlertRow) -> None:
        """Insert the alert, or update the row of its fingerprint (a repeat notification: one more counted)."""
        marks = ", ".join("?" * len(_ALERT_COLUMNS))
        updates = ", ".join(f"{c} = excluded.{c}" for c in _ALERT_COLUMNS if c not in _KEEP_ON_REPEAT)
        self._db.execute(
            f"INSERT INTO alerts ({', '.join(_ALERT_COLUMNS)}) VALUES ({marks}) ON CONFLICT (fingerprint) "
            f"DO UPDATE SET {updates}, notifications = alerts.notifications + 1",
            _encode(row, _ALERT_COLUMNS, _ALERT_JSON),
        )

    def count_alert_notification(self, fingerprint: str, stamp: str) -> None:
        """One more notification of a stored alert that changes nothing else (one older than the stored state)."""
        self._db.execute(
            "UPDATE alerts SET notifications = notifications + 1, last_seen = ? WHERE fingerprint = ?",
            (stamp, fingerprint),
        )

    def set_alert_incident(self, fingerprint: str, incident_id: str | None, skip_reason: str | None = None) -> None:
        self._db.execute(
            "UPDATE alerts SET incident_id = ?, skip_reason = ? WHERE fingerprint = ?",
            (incident_id, skip_reason, fingerprint),
        )

    def save_alert_incident(self, row: AlertIncidentRow) -> None:
        """Insert the incident or store its new state (its first ``opened_at`` is kept)."""
        marks = ", ".join("?" * len(_INCIDENT_COLUMNS))
        updates = ", ".join(f"{c} = excluded.{c}" for c in _INCIDENT_COLUMNS if c not in ("incident_id", "opened_at"))
        self._db.execute(
            f"INSERT INTO alert_incidents ({', '.join(_INCIDENT_COLUMNS)}) VALUES ({marks}) "
            f"ON CONFLICT (incident_id) DO UPDATE SET {updates}",
            _encode(row, _INCIDENT_COLUMNS, ("data",)),
        )


class AlertReads:
    """Reads of the alert tables, on a ``Store`` (a store of schema 6 opened read-only has none: nothing to read)."""

    _db: Any

    def has_table(self, table: str) -> bool:  # provided by Store
        raise NotImplementedError

    def alerts(self, *, status: str | None = None, incident_id: str | None = None, limit: int = 1000) -> list[AlertRow]:
        """Alerts, latest notified first; ``status`` (firing/resolved) and ``incident_id`` filter."""
        if not self.has_table("alerts"):
            return []
        where, params = _filters(status=status, incident_id=incident_id)
        rows = self._db.execute(
            f"SELECT {', '.join(_ALERT_COLUMNS)} FROM alerts{where} ORDER BY last_seen DESC, fingerprint LIMIT ?",
            (*params, limit),
        ).fetchall()
        return [_decode(AlertRow, tuple(r), _ALERT_COLUMNS, _ALERT_JSON) for r in rows]

    def count_alerts(self, *, status: str | None = None, incident_id: str | None = None) -> int:
        """How many alerts ``alerts`` would list with no limit (to say when a listing is cut)."""
        if not self.has_table("alerts"):
            return 0
        where, params = _filters(status=status, incident_id=incident_id)
        return self._db.execute(f"SELECT COUNT(*) FROM alerts{where}", params).fetchone()[0]

    def alert(self, fingerprint: str) -> AlertRow | None:
        if not self.has_table("alerts"):
            return None
        row = self._db.execute(
            f"SELECT {', '.join(_ALERT_COLUMNS)} FROM alerts WHERE fingerprint = ?", (fingerprint,)
        ).fetchone()
        return None if row is None else _decode(AlertRow, tuple(row), _ALERT_COLUMNS, _ALERT_JSON)

    def alert_incidents(self, *, status: str | None = None, limit: int = 1000) -> list[AlertIncidentRow]:
        """Alert incidents, latest onset first; ``status`` (open/resolved) filters."""
        if not self.has_table("alert_incidents"):
            return []
        where, params = _filters(status=status)
        rows = self._db.execute(
            f"SELECT {', '.join(_INCIDENT_COLUMNS)} FROM alert_incidents{where} ORDER BY onset DESC, incident_id "
            "LIMIT ?",
            (*params, limit),
        ).fetchall()
        return [_decode(AlertIncidentRow, tuple(r), _INCIDENT_COLUMNS, ("data",)) for r in rows]

    def count_alert_incidents(self, *, status: str | None = None) -> int:
        """How many incidents ``alert_incidents`` would list with no limit."""
        if not self.has_table("alert_incidents"):
            return 0
        where, params = _filters(status=status)
        return self._db.execute(f"SELECT COUNT(*) FROM alert_incidents{where}", params).fetchone()[0]

    def alert_incident(self, incident_id: str) -> AlertIncidentRow | None:
        if not self.has_table("alert_incidents"):
            return None
        row = self._db.execute(
            f"SELECT {', '.join(_INCIDENT_COLUMNS)} FROM alert_incidents WHERE incident_id = ?", (incident_id,)
        ).fetchone()
        return None if row is None else _decode(AlertIncidentRow, tuple(row), _INCIDENT_COLUMNS, ("data",))

    def alert_starts_since(self, since: str, *, page: int = 200) -> list[dict[str, Any]]:
        """The payloads of the ``alert_run_started`` ledger entries at or after ``since`` (ISO time), newest first:
        the ledger read from its tail, a page at a time, until an entry older than ``since`` (a long ledger is not
        scanned to count the last hour's starts)."""
        found: list[dict[str, Any]] = []
        below = None
        while True:
            where, params = ("", ()) if below is None else (" WHERE seq < ?", (below,))
            rows = self._db.execute(
                f"SELECT seq, at, kind, payload FROM ledger{where} ORDER BY seq DESC LIMIT ?", (*params, page)
            ).fetchall()
            for seq, at, kind, payload in rows:
                if at < since:
                    return found
                if kind == "alert_run_started":
                    found.append(json.loads(payload))
                below = seq
            if len(rows) < page:
                return found


def _filters(**wanted: str | None) -> tuple[str, tuple]:
    pairs = [(k, v) for k, v in wanted.items() if v is not None]
    if not pairs:
        return "", ()
    return " WHERE " + " AND ".join(f"{k} = ?" for k, _ in pairs), tuple(v for _, v in pairs)
