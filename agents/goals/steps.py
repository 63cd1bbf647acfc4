"""How a playbook acts: ``Steps`` calls the role's tools under the session's rules and records each step.

A step is one tool call with the reason the playbook took it. It goes through ``AgentSession.invoke`` — owned
tools only (anything else is refused and recorded), a gated tool only as the task's own approved call (so a
playbook can only *propose* a remediation), arguments screened by the input guardrails, results screened before
the agent reads them. Each step is stored as two agent turns (``goal_step``: the call and why; ``goal_result``:
what came back, cut to ``SHOWN_CHARS``) with a deterministic token estimate (``estimate_tokens``), so the run's
budget counts offline turns as it counts a model's.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Protocol

from pydantic import BaseModel, ValidationError

from genaiops.errors import GenAIOpsError
from genaiops.graphs.handlers import Proposal
from genaiops.graphs.spec import TaskSpec
from genaiops.registry import describe_validation_error
from genaiops.tools.goals.pursue_goal import GoalEvidence, GoalInput, GoalProposal, GoalStep

__all__ = ["SHOWN_CHARS", "StepFailed", "Steps", "estimate_tokens"]

SHOWN_CHARS = 2000
"""How much of a tool result a ``goal_result`` turn keeps (the whole result stays with the tool's own record)."""


def estimate_tokens(text: str) -> int:
    """Offline token count: whitespace-separated words (what ``OfflineModelClient`` counts), at least 1."""
    return max(1, len(text.split()))


class StepFailed(Exception):
    """A step whose result the playbook did not get (refused by the rules, or the tool failed)."""


class _Session(Protocol):
    call: Any
    engine: Any

    def note(self, agent: str, kind: str, content: Any, usage: Any = None) -> None: ...
    def refuse(self, agent: str, tool: str, reason: str) -> Exception: ...
    async def invoke(self, role: Any, spec: Any, args: BaseModel) -> BaseModel: ...


@dataclass
class _Usage:
    prompt_tokens: int
    completion_tokens: int


@dataclass
class Steps:
    """The steps of one goal attempt, over an ``AgentSession`` (or anything with its ``invoke``/``note``)."""

    session: _Session
    role: Any
    goal: GoalInput
    taken: list[GoalStep] = field(default_factory=list)
    evidence: list[GoalEvidence] = field(default_factory=list)
    proposal: GoalProposal | None = None

    @property
    def now(self) -> Any:
        return self.session.call.context.now

    @property
    def task_id(self) -> str:
        return self.session.call.task.id

    async def call(self, tool: str, args: dict[str, Any], why: str) -> dict[str, Any]:
        """Call ``tool``; the screened result as JSON data, or ``StepFailed`` (recorded as a step either way)."""
        agent = self.role.name
        shown = json.dumps(args, default=str, sort_keys=True)
        self.session.note(agent, "goal_step", {"tool": tool, "arguments": args, "why": why},
                          _Usage(estimate_tokens(why + " " + shown), estimate_tokens(shown)))  # fmt: skip
        try:
            if not self.role.owns_tool(tool):
                raise self.session.refuse(agent, tool, f"{tool} is not a tool of the {agent} role")
            spec = self.session.engine.registry.get(tool)
            result = await self.session.invoke(self.role, spec, spec.parse_args(args))
        except GenAIOpsError as exc:
            return self._failed(tool, why, "error", str(exc))
        except Exception as exc:  # Refused (the rules), or a tool's own failure
            status = "refused" if type(exc).__name__ == "Refused" else "error"
            return self._failed(tool, why, status, str(exc))
        data = result.model_dump(mode="json")
        text = json.dumps(data, default=str, sort_keys=True)
        kept = text if len(text) <= SHOWN_CHARS else text[:SHOWN_CHARS] + f"... ({len(text)} characters)"
        self.session.note(agent, "goal_result", {"tool": tool, "result": kept}, _Usage(estimate_tokens(text), 0))
        return data

    def _failed(self, tool: str, why: str, status: str, reason: str) -> dict[str, Any]:
        self.session.note(self.role.name, "goal_result", {"tool": tool, "status": status, "reason": reason})
        self.taken.append(GoalStep(tool=tool, why=why, outcome=reason[:500], status=status))  # type: ignore[arg-type]
        raise StepFailed(f"{tool}: {reason}")

    def done(self, tool: str, why: str, outcome: str) -> None:
        """Note what a step that succeeded taught the playbook (the step list of the result)."""
        self.taken.append(GoalStep(tool=tool, why=why, outcome=outcome))

    def cite(self, source: str, fact: str) -> None:
        self.evidence.append(GoalEvidence(source=source, fact=fact))

    def propose(self, tasks: list[dict[str, Any]], reason: str, gated: bool) -> None:
        """Hand tasks to the run (validated and gated by it when this task ends, as ``propose_tasks`` does)."""
        specs = []
        for i, raw in enumerate(tasks):
            try:
                specs.append(TaskSpec.model_validate(raw))
            except ValidationError as exc:  # a playbook bug, said plainly
                raise StepFailed(f"proposed tasks[{i}]: {describe_validation_error(exc)}") from None
        self.session.call.proposals.append(Proposal(tuple(specs), reason, self.role.name))
        self.session.note(self.role.name, "proposal", {"tasks": tasks, "reason": reason},
                          _Usage(0, estimate_tokens(json.dumps(tasks, default=str) + " " + reason)))  # fmt: skip
        self.proposal = GoalProposal(
            tasks=[t.id for t in specs], tools=[t.tool or "" for t in specs], reason=reason, gated=gated
        )
