"""The model registry: models, versions with lineage, aliases, and an append-only history of what happened.

``ModelRegistry`` is the protocol the tools use; ``SqlModelRegistry`` keeps it in tables prefixed ``mlops_`` in the
genaiops store's database (its SQLite file, or its PostgreSQL database), reached through a ``StoreTables``. Every
change and its history event are written in one transaction; a change given an idempotency key that was seen before
returns the earlier record instead of acting twice. "What was champion at time T" is answered from the history,
never from the current aliases.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any, Protocol

from pydantic import BaseModel, Field

from genaiops.errors import NotFoundError, ToolInputError, did_you_mean
from genaiops.store_schema import MLOPS_EVENTS, MLOPS_REGISTRY
from genaiops.store_tables import StoreTables

from .registry_events import (
    EventKind,
    RegistryEvent,
    check_alias,
    insert_event,
    read_alias_at,
    read_history,
    replay_event,
    stamp,
)

__all__ = [
    "EventKind",
    "ModelRegistry",
    "ModelVersion",
    "RegistryEvent",
    "SqlModelRegistry",
    "open_tables",
]

_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$")


class ModelVersion(BaseModel, defer_build=True):
    """One registered version: its artifact, what it was trained on and how, and how it scored."""

    name: str
    version: int
    artifact_sha: str
    task: str
    target: str
    features: list[str]
    estimator: str
    params: dict[str, Any] = Field(default_factory=dict)
    metrics: dict[str, float] = Field(default_factory=dict)
    lineage: dict[str, Any] = Field(default_factory=dict)
    created_at: datetime


class ModelRegistry(Protocol):
    """What the MLOps tools need from a model registry (SQL by default; MLflow could sit behind the same)."""

    def register_version(self, draft: ModelVersion, *, idempotency_key: str | None = None) -> ModelVersion: ...

    def get_version(self, name: str, version: int) -> ModelVersion: ...

    def list_versions(self, name: str) -> list[ModelVersion]: ...

    def list_models(self) -> list[str]: ...

    def aliases(self, name: str) -> dict[str, int]: ...

    def resolve_alias(self, name: str, alias: str) -> ModelVersion: ...

    def set_alias(
        self,
        name: str,
        alias: str,
        version: int,
        *,
        at: datetime,
        kind: EventKind = "alias_set",
        reason: str = "",
        detail: dict[str, Any] | None = None,
        idempotency_key: str | None = None,
    ) -> RegistryEvent: ...

    def record_event(
        self,
        name: str,
        kind: EventKind,
        *,
        at: datetime,
        version: int | None = None,
        alias: str | None = None,
        reason: str = "",
        detail: dict[str, Any] | None = None,
        idempotency_key: str | None = None,
    ) -> RegistryEvent: ...

    def history(self, name: str) -> list[RegistryEvent]: ...

    def alias_at(self, name: str, alias: str, at: datetime) -> int | None: ...


def open_tables(where: str, ddl: str, label: str) -> StoreTables:
    """The ``mlops_*`` tables ``ddl`` names at ``where``: a store URL (``sqlite:///path``, ``postgresql://...``,
    ``:memory:``) or a SQLite file's path."""
    return StoreTables.open(where, ddl, label=label)


class RegistryReads:
    """The reads both backends answer the same way from ``aliases``/``get_version`` and the history table in
    ``_events`` (guarded by ``_lock``)."""

    _events: StoreTables
    _lock: threading.RLock

    def aliases(self, name: str) -> dict[str, int]:
        raise NotImplementedError

    def get_version(self, name: str, version: int) -> ModelVersion:
        raise NotImplementedError

    def _require_model(self, name: str) -> None:
        raise NotImplementedError

    def resolve_alias(self, name: str, alias: str) -> ModelVersion:
        current = self.aliases(name)
        if alias not in current:
            raise NotFoundError(
                f"model {name!r} has no alias {alias!r}{did_you_mean(alias, current)}; "
                f"its aliases are {sorted(current) or 'none (promote a version first)'}"
            )
        return self.get_version(name, current[alias])

    def history(self, name: str) -> list[RegistryEvent]:
        self._require_model(name)
        with self._lock:
            return read_history(self._events, name)

    def alias_at(self, name: str, alias: str, at: datetime) -> int | None:
        """The version ``alias`` pointed to at time ``at`` (None if it pointed nowhere yet)."""
        self._require_model(name)
        with self._lock:
            return read_alias_at(self._events, name, alias, at)


class SqlModelRegistry(RegistryReads):
    """``ModelRegistry`` over the store's ``mlops_*`` tables (SQLite or PostgreSQL); thread-safe."""

    drill = True
    """The home-local registry (inside the genaiops store), not a configured external one: a drill target for
    scripted approvals unless the home is marked production (an MLflow registry is not)."""

    def __init__(self, tables: StoreTables) -> None:
        self._conn = tables
        self._events = tables  # the history lives beside the versions
        self._lock = threading.RLock()

    @classmethod
    def open(cls, url: str) -> SqlModelRegistry:
        """Open (creating tables if needed) the registry in the store at ``url`` (or a SQLite file's path)."""
        return cls(open_tables(url, MLOPS_REGISTRY + MLOPS_EVENTS, "the model registry"))

    def close(self) -> None:
        self._conn.close()

    @contextmanager
    def _tx(self) -> Iterator[StoreTables]:
        with self._lock, self._conn.transaction("mlops") as tx:
            yield tx

    # -- reads ---------------------------------------------------------------------------------------------
    def list_models(self) -> list[str]:
        with self._lock:
            return [r[0] for r in self._conn.execute("SELECT name FROM mlops_models ORDER BY name")]

    def _require_model(self, name: str) -> None:
        known = self.list_models()
        if name not in known:
            raise NotFoundError(f"unknown model {name!r}{did_you_mean(name, known)}; registered models: {known}")

    def list_versions(self, name: str) -> list[ModelVersion]:
        self._require_model(name)
        with self._lock:
            rows = self._conn.execute("SELECT body FROM mlops_versions WHERE name=? ORDER BY version", (name,))
            return [ModelVersion.model_validate_json(r[0]) for r in rows]

    def get_version(self, name: str, version: int) -> ModelVersion:
        self._require_model(name)
        with self._lock:
            row = self._conn.execute(
                "SELECT body FROM mlops_versions WHERE name=? AND version=?", (name, version)
            ).fetchone()
        if row is None:
            known = [v.version for v in self.list_versions(name)]
            raise NotFoundError(f"model {name!r} has no version {version}; its versions are {known}")
        return ModelVersion.model_validate_json(row[0])

    def aliases(self, name: str) -> dict[str, int]:
        self._require_model(name)
        with self._lock:
            rows = self._conn.execute("SELECT alias, version FROM mlops_aliases WHERE name=? ORDER BY alias", (name,))
            return {a: v for a, v in rows}

    # -- writes --------------------------------------------------------------------------------------------
    def register_version(self, draft: ModelVersion, *, idempotency_key: str | None = None) -> ModelVersion:
        """Store ``draft`` as the model's next version (its ``version`` field is ignored) and log it."""
        if not _NAME.match(draft.name):
            raise ToolInputError(f"model name {draft.name!r} is not valid: letters, digits, '_', '.', '-'")
        at = stamp(draft.created_at)
        with self._tx() as cur:
            earlier = replay_event(cur, idempotency_key)
            if earlier is not None:
                return self._version_in(cur, draft.name, earlier.version)
            cur.execute("INSERT OR IGNORE INTO mlops_models (name, created_at) VALUES (?, ?)", (draft.name, at))
            (last,) = cur.execute("SELECT MAX(version) FROM mlops_versions WHERE name=?", (draft.name,)).fetchone()
            stored = draft.model_copy(update={"version": (last or 0) + 1})
            cur.execute(
                "INSERT INTO mlops_versions (name, version, body, created_at) VALUES (?, ?, ?, ?)",
                (stored.name, stored.version, stored.model_dump_json(), at),
            )
            insert_event(
                cur,
                stored.name,
                "registered",
                draft.created_at,
                version=stored.version,
                detail={"artifact_sha": stored.artifact_sha, "dataset_id": stored.lineage.get("dataset_id")},
                key=idempotency_key,
            )
        return stored

    def set_alias(
        self,
        name: str,
        alias: str,
        version: int,
        *,
        at: datetime,
        kind: EventKind = "alias_set",
        reason: str = "",
        detail: dict[str, Any] | None = None,
        idempotency_key: str | None = None,
    ) -> RegistryEvent:
        """Point ``alias`` at ``version`` and log it (``kind``: a promotion or a roll back)."""
        check_alias(alias)
        self.get_version(name, version)
        with self._tx() as cur:
            earlier = replay_event(cur, idempotency_key)
            if earlier is not None:
                return earlier
            row = cur.execute("SELECT version FROM mlops_aliases WHERE name=? AND alias=?", (name, alias)).fetchone()
            cur.execute(
                "INSERT INTO mlops_aliases (name, alias, version, updated_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(name, alias) DO UPDATE SET version=excluded.version, "
                "updated_at=excluded.updated_at",
                (name, alias, version, stamp(at)),
            )
            previous = None if row is None else int(row[0])
            return insert_event(
                cur,
                name,
                kind,
                at,
                version=version,
                alias=alias,
                previous=previous,
                reason=reason,
                detail=detail,
                key=idempotency_key,
            )

    def record_event(
        self,
        name: str,
        kind: EventKind,
        *,
        at: datetime,
        version: int | None = None,
        alias: str | None = None,
        reason: str = "",
        detail: dict[str, Any] | None = None,
        idempotency_key: str | None = None,
    ) -> RegistryEvent:
        """Append a history event that moves no alias (validated, deployed, drift detected)."""
        self._require_model(name)
        stamp(at)
        with self._tx() as cur:
            earlier = replay_event(cur, idempotency_key)
            if earlier is not None:
                return earlier
            return insert_event(
                cur, name, kind, at, version=version, alias=alias, reason=reason, detail=detail, key=idempotency_key
            )

    # -- helpers -------------------------------------------------------------------------------------------
    @staticmethod
    def _version_in(cur: StoreTables, name: str, version: int | None) -> ModelVersion:
        row = cur.execute("SELECT body FROM mlops_versions WHERE name=? AND version=?", (name, version)).fetchone()
        return ModelVersion.model_validate_json(row[0])
