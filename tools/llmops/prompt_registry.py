"""``PromptRegistry``: the registry of released prompt versions: the home's own ``GENAIOPS_HOME/prompts.db``
(table ``releases``), or the store's table ``prompt_releases`` when the store is on PostgreSQL.

Every release is a row: which version of which prompt, its template text and sha256, the baseline it was gated
against, when (the run's logical time), by which run and task, and under which idempotency key. The current
version of a prompt is its latest release; ``roll_back`` releases the version that was current before it again
(a new row: history is never rewritten). ``apply(key, payload)`` is what ``publish_prompt`` calls: at most one
release per idempotency key, so a retried or resumed task never publishes twice. A stand-in kept in the home, so
a drill target (``drill = True``).
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from genaiops.errors import NotFoundError, ToolInputError, did_you_mean
from genaiops.store_schema import PROMPT_RELEASES
from genaiops.store_tables import StoreTables

__all__ = ["PromptRegistry", "PromptRelease", "RegistryReceipt"]

_COLUMNS = (
    "seq, prompt, version, kind, template, template_sha256, baseline, released_at, run_id, task_id, idempotency_key, "
    "reason"
)


class PromptRelease(BaseModel, defer_build=True):
    """One release of a prompt version (``kind``: ``publish`` or ``rollback``)."""

    seq: int
    prompt: str
    version: str
    kind: str
    template_sha256: str
    baseline: str | None
    released_at: str
    run_id: str
    task_id: str
    idempotency_key: str
    reason: str


@dataclass(frozen=True, slots=True)
class RegistryReceipt:
    key: str
    applied: bool
    """False when a release under this key already existed (nothing changed)."""
    release: PromptRelease


class PromptRegistry:
    """Released prompt versions (a SQLite file's ``releases``, or a store's ``prompt_releases``); which version
    of each prompt is current."""

    drill = True
    """Home-local: scripted approvals may decide releases to it (``graphs/drills.py``)."""

    def __init__(self, where: Path | str | StoreTables):
        """``where``: the home's SQLite file (``prompts.db``; ``:memory:``), or the store's tables (``StoreTables``
        of a PostgreSQL store: table ``prompt_releases``)."""
        self._lock = threading.Lock()
        if isinstance(where, StoreTables):
            self.path, self._db, self._table = where.location, where, "prompt_releases"
        else:
            self.path, self._table = str(where), "releases"
            ddl = PROMPT_RELEASES.replace("prompt_releases", self._table)
            self._db = StoreTables.open(self.path, ddl, label="the prompt registry")

    # -- writes ---------------------------------------------------------------------------------------------------
    def apply(self, key: str, payload: str) -> RegistryReceipt:
        """Release what ``payload`` (``publish_prompt``'s canonical JSON) describes, once per ``key``."""
        data = json.loads(payload)
        row = {
            "prompt": data["prompt"],
            "version": data["version"],
            "kind": "publish",
            "template": data["template"],
            "template_sha256": data["template_sha256"],
            "baseline": data.get("baseline"),
            "released_at": data.get("at", ""),
            "run_id": data.get("run_id", ""),
            "task_id": data.get("task_id", ""),
            "reason": data.get("reason", ""),
        }
        return self._insert(key, row)

    def roll_back(self, prompt: str, key: str, *, at: str, run_id: str, task_id: str, reason: str) -> RegistryReceipt:
        """Make the version that was current before the current one current again (once per ``key``)."""
        done = self._by_key(key)
        if done is not None:
            return RegistryReceipt(key, False, done)
        current, previous = self._last_two_versions(prompt)
        row = {
            "prompt": prompt,
            "version": previous["version"],
            "kind": "rollback",
            "template": previous["template"],
            "template_sha256": previous["template_sha256"],
            "baseline": current["version"],
            "released_at": at,
            "run_id": run_id,
            "task_id": task_id,
            "reason": reason,
        }
        return self._insert(key, row)

    def _insert(self, key: str, row: dict[str, object]) -> RegistryReceipt:
        with self._lock, self._db.transaction("prompts"):
            done = self._by_key(key)
            if done is None:
                columns = ", ".join([*row, "idempotency_key"])
                marks = ", ".join("?" for _ in range(len(row) + 1))
                self._db.execute(f"INSERT INTO {self._table} ({columns}) VALUES ({marks})", (*row.values(), key))
        return RegistryReceipt(key, done is None, done or self._by_key(key))  # type: ignore[arg-type]

    # -- reads ----------------------------------------------------------------------------------------------------
    def prompts(self) -> list[str]:
        return [r[0] for r in self._db.rows(f"SELECT DISTINCT prompt FROM {self._table} ORDER BY prompt")]

    def current(self, prompt: str) -> PromptRelease | None:
        """The prompt's current release (its latest), or None when it was never released."""
        found = self._select("WHERE prompt = ? ORDER BY seq DESC LIMIT 1", (prompt,))
        return _release(found[0]) if found else None

    def history(self, prompt: str) -> list[PromptRelease]:
        """Every release of ``prompt``, oldest first; ``NotFoundError`` (with a suggestion) for an unknown one."""
        rows = self._select("WHERE prompt = ? ORDER BY seq", (prompt,))
        if not rows:
            known = self.prompts()
            raise NotFoundError(
                f"no prompt {prompt!r} was ever released{did_you_mean(prompt, known)}; "
                f"released: {', '.join(known) or 'none'}"
            )
        return [_release(r) for r in rows]

    def template(self, prompt: str, version: str) -> str:
        rows = self._select("WHERE prompt = ? AND version = ? ORDER BY seq DESC LIMIT 1", (prompt, version))
        if not rows:
            raise NotFoundError(f"prompt {prompt!r} has no released version {version!r}")
        return rows[0]["template"]

    def _by_key(self, key: str) -> PromptRelease | None:
        found = self._select("WHERE idempotency_key = ?", (key,))
        return _release(found[0]) if found else None

    def _select(self, where: str, params: tuple) -> list[dict[str, Any]]:
        """Releases as dicts by column, those ``where`` (with its ``ORDER BY``) picks."""
        rows = self._db.rows(f"SELECT {_COLUMNS} FROM {self._table} {where}", params)
        names = _COLUMNS.split(", ")
        return [dict(zip(names, row, strict=True)) for row in rows]

    def _last_two_versions(self, prompt: str) -> tuple[dict[str, Any], dict[str, Any]]:
        rows = self._select("WHERE prompt = ? ORDER BY seq DESC", (prompt,))
        if not rows:
            raise ToolInputError(f"prompt: {prompt!r} was never released; there is nothing to roll back")
        current = rows[0]
        previous = next((r for r in rows[1:] if r["version"] != current["version"]), None)
        if previous is None:
            raise ToolInputError(
                f"prompt: {prompt!r} has had only version {current['version']!r} released; there is no previous "
                "version to roll back to"
            )
        return current, previous

    def close(self) -> None:
        self._db.close()


def _release(row: dict[str, Any]) -> PromptRelease:
    return PromptRelease(**{k: v for k, v in row.items() if k != "template"})
