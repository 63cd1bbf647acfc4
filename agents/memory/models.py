"""What goes into memory and what comes out: plain pydantic values."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field

__all__ = [
    "COLLECTIONS",
    "CollectionName",
    "ConsultResult",
    "IndexResult",
    "MemoryHit",
    "PromptVersionSpec",
    "ResolvedIncidentSpec",
    "SearchResult",
]

CollectionName = Literal["runbooks", "incidents", "prompt_versions", "scenarios"]
COLLECTIONS: tuple[str, ...] = ("runbooks", "incidents", "prompt_versions", "scenarios")


class ResolvedIncidentSpec(BaseModel):
    """A resolved incident to remember: what it looked like, what caused it, what fixed it."""

    id: str = Field(min_length=1, description="Stable id (e.g. the run id): writing it again replaces it.")
    title: str = Field(min_length=1)
    symptoms: str = Field(min_length=1, description="What was seen: alerts, metrics, affected services.")
    root_service: str = Field(min_length=1)
    fault_kind: str = Field(min_length=1, description="latency_spike, error_burst, ... or 'other'.")
    root_cause: str = Field(default="", description="What went wrong, in words.")
    resolution: str = Field(min_length=1, description="What was done and whether it worked.")
    actions: list[str] = Field(default_factory=list, description="Remediation kinds taken, in order.")
    cleared: bool = True
    services: list[str] = Field(default_factory=list, description="Every service that showed the incident.")
    resolved_at: datetime | None = Field(default=None, description="Passed in: memory reads no clock.")
    run_id: str | None = None
    runbook: str | None = Field(default=None, description="The runbook that was followed, if any.")

    def document(self) -> str:
        """The text that is embedded and returned to the agent."""
        parts = [
            self.title,
            f"Symptoms: {self.symptoms}",
            f"Root cause: {self.fault_kind} on {self.root_service}. {self.root_cause}".strip(),
            f"Resolution: {self.resolution}",
        ]
        return "\n".join(parts)


class PromptVersionSpec(BaseModel):
    """A version of a prompt template (versions are immutable: a changed text needs a new version)."""

    prompt: str = Field(min_length=1)
    version: str = Field(min_length=1)
    template: str = Field(min_length=1)
    notes: str = ""
    status: str = Field(default="draft", description="draft, released, retired ...")
    run_id: str | None = None


class MemoryHit(BaseModel):
    """One retrieved document; ``distance`` is cosine distance (0 = same direction, 2 = opposite)."""

    id: str
    distance: float
    document: str
    metadata: dict[str, str | int | float | bool] = Field(default_factory=dict)


class SearchResult(BaseModel):
    """The top-k hits of a query in one collection, nearest first."""

    collection: str
    query: str
    hits: list[MemoryHit]


class ConsultResult(BaseModel):
    """What the SRE reads before acting: the nearest runbooks and the most similar past incidents."""

    runbooks: list[MemoryHit]
    incidents: list[MemoryHit]


class IndexResult(BaseModel):
    """What an indexing pass changed (re-indexing unchanged sources changes nothing)."""

    collection: str
    added: list[str] = Field(default_factory=list)
    updated: list[str] = Field(default_factory=list)
    unchanged: list[str] = Field(default_factory=list)
    removed: list[str] = Field(default_factory=list)
