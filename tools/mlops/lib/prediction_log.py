"""Prediction logging: each scored batch is recorded (model, version, time, inputs, summary).

The inputs are stored as a dataset snapshot in the artifact store, so a later drift check can use exactly what
the model saw. ``SqlPredictionLog`` keeps the records in table ``mlops_predictions``.
"""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from typing import Any, Protocol

from pydantic import BaseModel, Field

from genaiops.store_schema import MLOPS_PREDICTIONS
from genaiops.store_tables import StoreTables

__all__ = ["PredictionBatch", "PredictionLog", "SqlPredictionLog"]


class PredictionBatch(BaseModel, defer_build=True):
    """One scored batch."""

    batch_id: int = 0
    model_name: str
    version: int
    endpoint: str
    at: datetime
    rows: int
    inputs_sha: str
    """Dataset snapshot (artifact id) of the scored rows; use it as ``current`` in detect_drift."""
    summary: dict[str, Any] = Field(default_factory=dict)


class PredictionLog(Protocol):
    """Where scored batches are recorded (``score_batch`` writes, monitoring reads)."""

    def log(self, batch: PredictionBatch, *, idempotency_key: str | None = None) -> PredictionBatch: ...

    def batches(self, model_name: str) -> list[PredictionBatch]: ...


class SqlPredictionLog:
    """``PredictionLog`` over the store's table ``mlops_predictions`` (SQLite or PostgreSQL)."""

    def __init__(self, tables: StoreTables) -> None:
        self._conn = tables
        self._lock = threading.RLock()

    @classmethod
    def open(cls, url: str) -> SqlPredictionLog:
        """Open the log in the store at ``url`` (``sqlite:///path``, ``postgresql://...``) or a SQLite file's path."""
        from .model_registry import open_tables

        return cls(open_tables(url, MLOPS_PREDICTIONS, "the prediction log"))

    def close(self) -> None:
        self._conn.close()

    def log(self, batch: PredictionBatch, *, idempotency_key: str | None = None) -> PredictionBatch:
        with self._lock:
            if idempotency_key is not None:
                row = self._conn.execute(
                    "SELECT batch_id, body FROM mlops_predictions WHERE idempotency_key=?", (idempotency_key,)
                ).fetchone()
                if row is not None:
                    return PredictionBatch.model_validate_json(row[1]).model_copy(update={"batch_id": row[0]})
            at = batch.at.astimezone(UTC).isoformat()
            batch_id = self._conn.insert(
                "INSERT INTO mlops_predictions (model_name, at, body, idempotency_key) VALUES (?, ?, ?, ?)",
                (batch.model_name, at, batch.model_dump_json(), idempotency_key),
                "batch_id",
            )
            return batch.model_copy(update={"batch_id": batch_id})

    def batches(self, model_name: str) -> list[PredictionBatch]:
        with self._lock:
            rows = self._conn.execute(
                "SELECT batch_id, body FROM mlops_predictions WHERE model_name=? ORDER BY batch_id",
                (model_name,),
            ).fetchall()
        return [PredictionBatch.model_validate_json(b).model_copy(update={"batch_id": i}) for i, b in rows]
