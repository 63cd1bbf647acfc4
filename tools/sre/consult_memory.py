"""consult_memory: the runbooks and past incidents nearest to what is happening now (read-only)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field, model_validator

from genaiops.errors import ToolExecutionError
from genaiops.registry import ToolContext, tool
from genaiops.tools.sre import arg_rules


class ConsultMemorySpec(BaseModel, defer_build=True):
    symptoms: str | None = Field(default=None, max_length=8000, description="What is seen, in words.")
    ranking: dict[str, Any] | None = Field(
        default=None, description="A rank_root_causes result: its incident and top candidate make the query."
    )
    k: int = Field(default=3, ge=1, le=20, description="Hits per collection.")

    _one_query = model_validator(mode="after")(arg_rules.consult_memory_one_query)


class MemoryHit(BaseModel, defer_build=True):
    id: str
    distance: float
    document: str
    metadata: dict[str, Any] = Field(default_factory=dict)


class ConsultMemoryResult(BaseModel, defer_build=True):
    query: str
    runbooks: list[MemoryHit]
    incidents: list[MemoryHit]
    withheld: list[str] = Field(description="Documents not shown: a guardrail found instructions injected in them.")
    summary: str


@tool()
def consult_memory(args: ConsultMemorySpec, ctx: ToolContext) -> ConsultMemoryResult:
    """Find the runbooks and the most similar past incidents (with what resolved them) for the symptoms or a
    root-cause ranking. Retrieved documents carrying injected instructions are withheld (needs `memory`)."""
    memory = ctx.resources.get("memory")
    if memory is None:
        raise ToolExecutionError("consult_memory needs the 'memory' resource (genaiops.runtime provides it)")
    found = memory.consult(args.symptoms, args.ranking, args.k)
    screen, withheld = ctx.resources.get("guardrails"), []
    kept: dict[str, list[MemoryHit]] = {}
    for collection in ("runbooks", "incidents"):
        kept[collection] = []
        for hit in found[collection]:
            if screen is not None and screen.screen("tool_result", hit["document"]).outcome == "block":
                withheld.append(hit["id"])
                continue
            kept[collection].append(MemoryHit.model_validate(hit))
    titles = [h.metadata.get("title") or h.id for h in kept["runbooks"][:1] + kept["incidents"][:2]]
    summary = f"nearest: {', '.join(map(str, titles)) or 'nothing'}" + (
        f"; withheld {len(withheld)} document(s) with injected instructions" if withheld else ""
    )
    return ConsultMemoryResult(
        query=found["query"], runbooks=kept["runbooks"], incidents=kept["incidents"], withheld=withheld, summary=summary
    )
