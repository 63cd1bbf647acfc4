"""pursue_goal: what a ``goal:`` task runs. The role's agent chooses the tool calls; this module holds the
arguments (the goal and its hints) and the structured outcome (finding, evidence, proposal).

Called without an agent (a plain tool handler), it refuses: a goal needs a role's agent to pursue it.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

from genaiops.errors import ToolExecutionError
from genaiops.registry import tool

__all__ = ["GoalEvidence", "GoalInput", "GoalProposal", "GoalResult", "GoalStep"]


class GoalInput(BaseModel, defer_build=True):
    """The goal, and hints the agent may use (their names are the planner's slot keys)."""

    goal: str = Field(min_length=1, max_length=2000, description="What to achieve, in words.")
    service: str | None = Field(default=None, description="The service concerned (e.g. the paged one).")
    metric: str | None = Field(default=None, description="The metric that moved (p99, error rate, ...).")
    since: str | None = Field(default=None, description="Since when ('10:00', '30m', '2026-01-05T10:00:00Z').")
    environment: str | None = None
    model: str | None = Field(default=None, description="Registered model name.")
    dataset: str | None = Field(default=None, description="dataset_id of recent data (drift, retraining).")
    version: str | None = Field(default=None, description="The version acted on (a candidate prompt or model).")
    baseline: str | None = Field(default=None, description="The version compared against.")
    prompt: str | None = None
    feature: str | None = None
    target: str | None = None
    inputs: dict[str, Any] = Field(
        default_factory=dict,
        description="Further arguments the agent passes to the tools whose inputs have these names "
        "(e.g. suite_path, recorded_candidate_path, text).",
    )


class GoalStep(BaseModel, defer_build=True):
    """One tool call the agent made: which, why, and what it learnt (or why it was refused)."""

    tool: str
    why: str
    outcome: str
    status: Literal["ok", "refused", "error"] = "ok"


class GoalEvidence(BaseModel, defer_build=True):
    """A fact the finding rests on, with the step it came from."""

    source: str = Field(description="The tool whose result says it.")
    fact: str


class GoalProposal(BaseModel, defer_build=True):
    """Work the agent proposed to the run (gated tasks wait for approval like any task)."""

    tasks: list[str] = Field(description="Ids of the proposed tasks.")
    tools: list[str]
    reason: str
    gated: bool = Field(description="At least one of them waits for people's approval.")


class GoalResult(BaseModel, defer_build=True):
    """The outcome of a goal: a structured finding, not only prose."""

    role: str
    goal: str
    finding: str = Field(description="What the agent concluded, in a sentence.")
    root_cause: str | None = Field(default=None, description="The service or component found to cause it.")
    verdict: Literal["approve", "block"] | None = Field(
        default=None, description="A reviewer's vote (prompt evaluator, safety reviewer)."
    )
    urgency: Literal["page", "ticket"] | None = Field(
        default=None,
        description="The most urgent SLO burn-rate alert firing on the services concerned (evaluate_slo); the "
        "proposed remediation carries it, and its approval expires as the policy's `urgency` says.",
    )
    evidence: list[GoalEvidence] = Field(default_factory=list)
    proposal: GoalProposal | None = None
    steps: list[GoalStep] = Field(default_factory=list)
    planner: str = Field(description="'playbook' (offline, deterministic) or 'model' (tool calling).")


@tool()
def pursue_goal(args: GoalInput) -> GoalResult:
    """Pursue a goal as a role's agent: the agent decides which of its tools to call, and proposes gated steps as
    tasks. Only an agent can do this: give the task a `role`."""
    raise ToolExecutionError(
        "pursue_goal is performed by a role's agent (give the task `role:`, and run it with genaiops, whose "
        "handler gives role tasks to agents); called as a plain tool it has no one to pursue the goal"
    )
