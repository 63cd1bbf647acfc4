"""``PromptRegistry``: the home-local registry of released prompt versions (``GENAIOPS_HOME/prompts.db``).

Every release is a row: which version of which prompt, its template text and sha256, the baseline it was gated
against, when (the run's logical time), by which run and task, and under which idempotency key. The current
version of a prompt is its latest release; ``roll_back`` releases the version that was current before it again
(a new row: history is never rewritten). ``apply(key, payload)`` is what ``publish_prompt`` calls: at most one
release per idempotency key, so a retried or resumed task never publishes twice. A stand-in kept in the home, so
a drill target (``drill = True``).
"""

from __future__ import annotations

import json
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel

from genaiops.errors import NotFoundError, ToolInputError, did_you_mean

__all__ = ["PromptRegistry", "PromptRelease", "RegistryReceipt"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS releases (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    prompt TEXT NOT NULL,
    version TEXT NOT NULL,
    kind TEXT NOT NULL,
    template TEXT NOT NULL,
    template_sha256 TEXT NOT NULL,
    baseline TEXT,
    released_at TEXT NOT NULL,
    run_id TEXT NOT NULL,
    task_id TEXT NOT NULL,
    idempotency_key TEXT NOT NULL UNIQUE,
    reason TEXT NOT NULL DEFAULT ''
)
"""


class PromptRelease(BaseModel):
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
    """Released prompt versions in a SQLite file; which version of each prompt is current."""

    drill = True
    """Home-local: scripted approvals may decide releases to it (``graphs/drills.py``)."""

    def __init__(self, path: Path | str):
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        self._db.row_factory = sqlite3.Row
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute(_SCHEMA)

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
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                done = self._by_key(key)
                if done is None:
                    columns = ", ".join([*row, "idempotency_key"])
                    marks = ", ".join("?" for _ in range(len(row) + 1))
                    self._db.execute(f"INSERT INTO releases ({columns}) VALUES ({marks})", (*row.values(), key))
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
        return RegistryReceipt(key, done is None, done or self._by_key(key))  # type: ignore[arg-type]

    # -- reads ----------------------------------------------------------------------------------------------------
    def prompts(self) -> list[str]:
        return [r[0] for r in self._db.execute("SELECT DISTINCT prompt FROM releases ORDER BY prompt")]

    def current(self, prompt: str) -> PromptRelease | None:
        """The prompt's current release (its latest), or None when it was never released."""
        row = self._db.execute("SELECT * FROM releases WHERE prompt = ? ORDER BY seq DESC LIMIT 1", (prompt,))
        found = row.fetchone()
        return _release(found) if found else None

    def history(self, prompt: str) -> list[PromptRelease]:
        """Every release of ``prompt``, oldest first; ``NotFoundError`` (with a suggestion) for an unknown one."""
        rows = self._db.execute("SELECT * FROM releases WHERE prompt = ? ORDER BY seq", (prompt,)).fetchall()
        if not rows:
            known = self.prompts()
            raise NotFoundError(
                f"no prompt {prompt!r} was ever released{did_you_mean(prompt, known)}; "
                f"released: {', '.join(known) or 'none'}"
            )
        return [_release(r) for r in rows]

    def template(self, prompt: str, version: str) -> str:
        row = self._db.execute(
            "SELECT template FROM releases WHERE prompt = ? AND version = ? ORDER BY seq DESC LIMIT 1",
            (prompt, version),
        ).fetchone()
        if row is None:
            raise NotFoundError(f"prompt {prompt!r} has no released version {version!r}")
        return row[0]

    def _by_key(self, key: str) -> PromptRelease | None:
        found = self._db.execute("SELECT * FROM releases WHERE idempotency_key = ?", (key,)).fetchone()
        return _release(found) if found else None

    def _last_two_versions(self, prompt: str) -> tuple[sqlite3.Row, sqlite3.Row]:
        rows = self._db.execute("SELECT * FROM releases WHERE prompt = ? ORDER BY seq DESC", (prompt,)).fetchall()
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


def _release(row: sqlite3.Row) -> PromptRelease:
    return PromptRelease(**{k: row[k] for k in row.keys() if k != "template"})  # noqa: SIM118 - sqlite3.Row
