"""Identifiers and the content hashes that stand for values (arguments, specs, policies, ledger entries)."""

from __future__ import annotations

import hashlib
import json
import secrets
import sys
from datetime import UTC, datetime
from typing import Any, NewType

__all__ = [
    "ApprovalID",
    "RoleName",
    "RunID",
    "TaskID",
    "ToolName",
    "canonical_json",
    "content_hash",
    "idempotency_key",
    "new_run_id",
]

RunID = NewType("RunID", str)
TaskID = NewType("TaskID", str)
ToolName = NewType("ToolName", str)
RoleName = NewType("RoleName", str)
ApprovalID = NewType("ApprovalID", str)


def is_model(value: Any) -> bool:
    """Whether ``value`` is a pydantic model, without importing pydantic (not loaded: no model exists), so that
    what only reads the store (``genaiops.cli.lite``) stays free of it."""
    pydantic = sys.modules.get("pydantic")
    return pydantic is not None and isinstance(value, pydantic.BaseModel)


def _default(value: Any) -> Any:
    if is_model(value):
        return value.model_dump(mode="json")
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, (set, frozenset)):
        return sorted(value)
    raise TypeError(f"cannot hash a {type(value).__name__}: {value!r}")


def canonical_json(value: Any) -> str:
    """JSON with sorted keys and no spaces: equal values give equal text, so equal hashes."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=_default)


def content_hash(value: Any) -> str:
    """sha256 hex digest of the canonical JSON of ``value``."""
    return hashlib.sha256(canonical_json(value).encode()).hexdigest()


def idempotency_key(run_id: str, task_id: str, iteration: int = 0) -> str:
    """The key a task's side effect is applied under: the same for every attempt and every process."""
    return hashlib.sha256(f"{run_id}\x00{task_id}\x00{iteration}".encode()).hexdigest()[:32]


def new_run_id(now: datetime | None = None) -> RunID:
    """A sortable, unique run id: ``run-YYYYmmdd-HHMMSS-xxxxxx``."""
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%d-%H%M%S")
    return RunID(f"run-{stamp}-{secrets.token_hex(3)}")
