"""record_incident: write a resolved incident back to memory, so the next on-call finds what fixed it."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from genaiops.errors import ToolExecutionError
from genaiops.registry import ToolContext, tool


class RecordIncidentSpec(BaseModel, defer_build=True):
    ranking: dict[str, Any] = Field(description="The rank_root_causes result of the incident.")
    remediations: list[dict[str, Any]] = Field(default_factory=list, description="Remediation tool results.")
    verification: dict[str, Any] | None = Field(default=None, description="The verify_remediation result.")
    runbook: str | None = Field(default=None, description="The runbook followed, if any.")
    root_cause: str = Field(default="", max_length=2000, description="What went wrong, in words.")


class RecordIncidentResult(BaseModel, defer_build=True):
    recorded: bool
    id: str
    title: str = ""
    reason: str


@tool()
def record_incident(args: RecordIncidentSpec, ctx: ToolContext) -> RecordIncidentResult:
    """Remember a resolved incident (symptoms, root cause, what was done) in memory; an incident that
    verification did not show cleared is not recorded as resolved. Same task again replaces its record."""
    memory = ctx.resources.get("memory")
    if memory is None:
        raise ToolExecutionError("record_incident needs the 'memory' resource (genaiops.runtime provides it)")
    incident_id = f"incident-{ctx.idempotency_key}"
    if not (args.verification or {}).get("cleared"):
        return RecordIncidentResult(
            recorded=False,
            id=incident_id,
            reason="not recorded: verification did not show the incident cleared (only resolved incidents are kept)",
        )
    stored = memory.record(
        incident_id,
        args.ranking,
        args.remediations,
        args.verification,
        runbook=args.runbook,
        root_cause=args.root_cause,
        at=ctx.now,
        run_id=ctx.run_id,
    )
    return RecordIncidentResult(recorded=True, id=incident_id, title=stored["title"], reason="written back to memory")
