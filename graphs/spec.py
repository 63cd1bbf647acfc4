"""The task-graph spec: what a scenario file or a chat plan says should happen.

A graph is a list of tasks (a scenario may declare typed ``params:``, used as ``${params.NAME}``: see
``graphs/params.py``). A task is done by a tool (and optionally a role, which later means an agent), or given to
a role as a ``goal`` its agent pursues (choosing the tool calls itself: the task's tool is ``pursue_goal``), with
arguments that may reference upstream outputs as ``${task_id.field}``; references and ``after`` make the
dependencies. A ``when`` condition skips a task (and what depends only on it). Loops are declared, never implied:
a ``loops`` entry repeats a body of tasks until a condition holds, at most ``max_iterations`` times.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from pydantic.json_schema import SkipJsonSchema

from genaiops.graphs.param_spec import ParamSpec
from genaiops.graphs.spec_rules import budget_named, goal_tool, timeout_seconds
from genaiops.graphs.stored import GOAL_TOOL
from genaiops.registry import Risk

__all__ = [
    "GOAL_TOOL",
    "BudgetSpec",
    "ExpectSpec",
    "GraphSpec",
    "LoopSpec",
    "RetrySpec",
    "ScenarioSpec",
    "ScriptedDecisionSpec",
    "TaskSpec",
]

ID_PATTERN = r"^[A-Za-z_][A-Za-z0-9_-]{0,63}$"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class RetrySpec(_Strict):
    """Retry a failed attempt with exponential backoff. Defaults: 3 attempts, 0.5 s doubling to at most 30 s."""

    attempts: int = Field(default=3, ge=1, le=50, description="Attempts in all, the first included.")
    backoff: float = Field(default=0.5, ge=0, le=3600, description="Seconds before the second attempt.")
    factor: float = Field(default=2.0, ge=1, le=10)
    max_backoff: float = Field(default=30.0, ge=0, le=86400)

    def delay(self, attempt: int) -> float:
        """Seconds to wait after failed attempt number ``attempt`` (1-based)."""
        return min(self.max_backoff, self.backoff * self.factor ** (attempt - 1))


NO_RETRY = RetrySpec(attempts=1)


class TaskSpec(_Strict):
    """One unit of work."""

    id: str = Field(pattern=ID_PATTERN, description="Unique within the graph; referenced as ${id.field}.")
    tool: str | None = Field(default=None, description="Registered tool that performs the task.")
    role: str | None = Field(default=None, description="Agent role that performs the task (with its tools).")
    team: list[str] = Field(
        default_factory=lambda: [],  # not `list`: pydantic reads a builtin's signature by tokenizing it (14 M instr.)
        max_length=4,
        description="Roles that decide the task together (an AgentChat team): each runs the checks for its role "
        "and the tool combines their verdicts.",
    )
    description: str = ""
    args: dict[str, Any] = Field(default_factory=dict, description="Tool arguments; may hold ${task.field}.")
    after: list[str] = Field(default_factory=lambda: [], description="Tasks that must finish first.")
    when: str | None = Field(default=None, description='Condition, e.g. "${check.passed} and ${p99.max} > 300".')
    retry: RetrySpec = Field(default=NO_RETRY, description="Retries of failed attempts, with backoff.")
    timeout: float | None = Field(
        default=None, gt=0, le=86400,
        description="Seconds per attempt: a number, or text such as 90s, 5m, 1.5h (as a duration parameter).",
        json_schema_extra={"anyOf": [
            {"type": "number", "exclusiveMinimum": 0, "maximum": 86400},
            {"type": "string", "pattern": r"^\s*\d+(\.\d+)?\s*(ms|s|m|h|d)?\s*$"},
            {"type": "null"},
        ]},
    )  # fmt: skip
    risk: Risk | None = Field(default=None, description="Raises the tool's own risk tier (never lowers it).")
    approval: Literal["policy", "required", "auto"] = Field(
        default="policy",
        description="'required' always asks; 'auto' skips asking where the policy allows it; 'policy' decides.",
    )
    urgency: Literal["page", "ticket"] | None = Field(
        default=None,
        description="How fast the task must happen: the SLO burn-rate alert it answers. An approval it waits for "
        "expires as the policy's `urgency` says (page: 1 h unless set), when sooner than its tier's.",
    )
    expires_within_hours: float | None = Field(
        default=None,
        gt=0,
        le=8760,
        description="An approval this task waits for expires at the latest this many hours after it is asked, when "
        "sooner than its tier's and urgency's: a decision that would come too late to matter (a capacity fix "
        "after the gauge runs out) is not left waiting.",
    )
    goal: str | None = Field(
        default=None,
        min_length=1,
        max_length=2000,
        description="Instead of a tool: what the role's agent is to achieve, in words (e.g. 'checkout p99 is high "
        "since 10:00 - find the cause and propose a fix'). The agent chooses its tool calls and proposes gated "
        "steps as tasks; `args` may give it hints (service, since, model, ...).",
    )

    _timeout = field_validator("timeout", mode="before")(timeout_seconds)
    """``timeout: 5m`` is 300 seconds (a plain function: the kept schema names it)."""
    _goal_tool = model_validator(mode="before")(goal_tool)
    """A ``goal`` without a ``tool`` runs ``pursue_goal`` (a plain function: the kept schema names it)."""


class LoopSpec(_Strict):
    """Repeat ``body`` until ``until`` holds, at most ``max_iterations`` times."""

    id: str = Field(pattern=ID_PATTERN)
    body: list[str] = Field(min_length=1, description="Tasks repeated each iteration.")
    until: str = Field(description="Condition over the body's outputs that ends the loop.")
    max_iterations: int = Field(ge=1, le=1000, description="The explicit bound every loop must have.")


class BudgetSpec(_Strict):
    """What a run's agents may spend before people are asked whether to go on (tokens, US dollars, or both)."""

    tokens: int | None = Field(default=None, ge=1, description="Prompt + completion tokens over every agent turn.")
    usd: float | None = Field(default=None, gt=0, description="Cost at the model's price (GENAIOPS_MODEL_PRICES).")

    _something = model_validator(mode="after")(budget_named)


class GraphSpec(_Strict):
    """A whole task graph."""

    name: str = Field(min_length=1, max_length=200)
    description: str = ""
    seed: int = Field(default=0, description="Seed handed to every tool (mixed with the task id).")
    at: datetime | None = Field(default=None, description="Logical time the tools see (default: run start).")
    tasks: list[TaskSpec] = Field(min_length=1)
    loops: list[LoopSpec] = Field(default_factory=lambda: [])
    budget: BudgetSpec | None = Field(
        default=None,
        description="Token and cost budget of the run's agents: reaching it pauses the run for an approval to go "
        "on (a `continue_over_budget` task), instead of spending on.",
    )
    param_values: SkipJsonSchema[dict[str, Any]] = Field(default_factory=dict)
    """The values the graph's ``${params.NAME}`` were filled with (``--set`` and defaults): recorded with the run
    by genaiops, never written in a file (``graphs/params.py``)."""


class ScriptedDecisionSpec(_Strict):
    """A decision written down in a scenario, made by a named person when the run asks for it."""

    model_config = ConfigDict(defer_build=True)  # validators built on first use: executing a stored graph needs none

    task: str
    decision: Literal["approve", "reject"] = "approve"
    approver: str = Field(min_length=1)
    role: str = "operator"
    reason: str = Field(min_length=1)
    set: dict[str, Any] = Field(default_factory=dict, description="Amended arguments (approve only).")


class ExpectSpec(_Strict):
    """What a scenario run must end with."""

    model_config = ConfigDict(defer_build=True)  # validators built on first use: executing a stored graph needs none

    status: Literal["succeeded", "failed", "rejected", "paused", "cancelled"] = "succeeded"
    tasks: dict[str, str] = Field(default_factory=dict, description="Task id -> expected final status.")
    outputs: dict[str, Any] = Field(default_factory=dict, description="'task.field' -> expected value.")
    gates: list[str] | None = Field(
        default=None,
        description="The tasks the run asked people to approve (every gate it stopped at, decided by the script "
        "or still waiting), in any order; [] asserts it asked nobody. Unset: not checked.",
    )
    agent_tool_errors: int | None = Field(
        default=None,
        ge=0,
        description="How many agent tool calls errored (the agent never got the result), over every attempt: 0 "
        "asserts the agents received every tool result. Refused calls are not errors. Unset: not checked.",
    )


class ScenarioSpec(GraphSpec):
    """A graph plus scripted approvals and expected outcomes: a file checked into a repo and run in CI."""

    model_config = ConfigDict(defer_build=True)  # validators built on first use: executing a stored graph needs none

    params: dict[str, ParamSpec] = Field(
        default_factory=dict,
        description="Typed parameters, filled with --set NAME=VALUE and used as ${params.NAME} in any value.",
    )
    approvals: list[ScriptedDecisionSpec] = Field(default_factory=lambda: [])
    expect: ExpectSpec | None = None

    def graph(self) -> GraphSpec:
        return GraphSpec.model_validate(self.model_dump(exclude={"params", "approvals", "expect"}))
