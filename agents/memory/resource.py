"""Memory as a tool resource: what ``consult_memory`` and ``record_incident`` (in ``tools/sre``) call.

Tools never import chromadb or this package; the runtime hands them this adapter as the ``memory`` resource.
It opens Chroma on first use (indexing the shipped runbooks once, idempotently) and speaks in plain values:
tool results as dicts in, hits as dicts out.
"""

from __future__ import annotations

import threading
from datetime import datetime
from pathlib import Path
from typing import Any

from .incidents import resolved_incident, symptoms_of
from .store import Memory, open_memory

__all__ = ["MemoryResource"]


class MemoryResource:
    """Lazily opened memory under ``home`` (or a Chroma server at ``url``)."""

    def __init__(self, home: Path | None = None, url: str | None = None, embedding: str | None = None):
        self._home, self._url, self._embedding = home, url, embedding
        self._memory: Memory | None = None
        self._lock = threading.Lock()  # tools may run in worker threads

    @property
    def memory(self) -> Memory:
        with self._lock:
            if self._memory is None:
                memory = open_memory(self._home, url=self._url, embedding=self._embedding)
                memory.index_runbooks()
                self._memory = memory
            return self._memory

    def consult(self, symptoms: str | None, ranking: dict[str, Any] | None, k: int) -> dict[str, Any]:
        """The nearest runbooks and most similar past incidents for ``symptoms`` (or for a ranking's incident)."""
        query = symptoms or symptoms_of(_ranking(ranking))
        found = self.memory.consult(query, k=k)
        return {
            "query": query,
            "runbooks": [hit.model_dump() for hit in found.runbooks],
            "incidents": [hit.model_dump() for hit in found.incidents],
        }

    def record(
        self,
        incident_id: str,
        ranking: dict[str, Any],
        remediations: list[dict[str, Any]],
        verification: dict[str, Any] | None,
        *,
        runbook: str | None,
        root_cause: str,
        at: datetime,
        run_id: str,
    ) -> dict[str, Any]:
        """Write a resolved incident back (same id again replaces it); returns the stored record."""
        from genaiops.tools.sre.remediation import RemediationResult, VerifyResult

        spec = resolved_incident(
            incident_id,
            _ranking(ranking),
            [RemediationResult.model_validate(r) for r in remediations],
            VerifyResult.model_validate(verification) if verification is not None else None,
            runbook=runbook,
            root_cause=root_cause,
            resolved_at=at,
            run_id=run_id,
        )
        self.memory.add_incident(spec)
        return spec.model_dump(mode="json")

    def close(self) -> None:
        self._memory = None


def _ranking(value: dict[str, Any] | None) -> Any:
    from genaiops.tools.sre.rank_root_causes import RankRootCausesResult

    return RankRootCausesResult.model_validate(value or {})
