"""Agents that plan: a ``goal:`` task's role agent chooses its own tool calls.

Offline (the default model), the role's deterministic playbook (``playbooks.py``, docs/goals.md) takes the
steps; with a language model, the agent is given the goal, its role's tools and ``propose_tasks``, and calls
tools itself (``goal_message`` says how it must answer). Either way every call goes through the
``AgentSession``: owned tools only, gated tools only as the task's own approved call (so remediation can only be
*proposed*, and the proposal waits for approval like any gated task), screened arguments and results. The
outcome is a ``GoalResult`` (finding, evidence, proposal, the steps taken), the task's output.
"""

from __future__ import annotations

import json
import re
from typing import Any

from genaiops.agents.goals.playbooks import PLAYBOOKS, lookback_minutes, named_service
from genaiops.agents.goals.steps import StepFailed, Steps, estimate_tokens
from genaiops.errors import ToolExecutionError, ToolInputError
from genaiops.tools.goals.pursue_goal import GoalEvidence, GoalInput, GoalProposal, GoalResult, GoalStep

__all__ = [
    "PLAYBOOKS",
    "StepFailed",
    "Steps",
    "estimate_tokens",
    "goal_message",
    "lookback_minutes",
    "model_result",
    "named_service",
    "run_playbook",
]

MAX_TOOL_ITERATIONS = 12
"""How many rounds of tool calls a model may make for one goal before it must answer."""


async def run_playbook(session: Any, role: Any, goal: GoalInput) -> GoalResult:
    """The role's offline playbook over ``session``; a step it cannot do without fails the attempt."""
    playbook = PLAYBOOKS.get(role.name)
    if playbook is None:
        raise ToolInputError(f"the {role.name} role has no playbook for goals; roles with one: {', '.join(PLAYBOOKS)}")
    steps = Steps(session, role, goal)
    try:
        return await playbook(steps)
    except StepFailed as exc:
        raise ToolExecutionError(f"the {role.name} agent could not pursue its goal: {exc}") from None


def goal_message(task_id: str, goal: GoalInput) -> str:
    """What a language model is asked: the goal, its hints, the rules, and the shape of the answer."""
    hints = {k: v for k, v in goal.model_dump(exclude={"goal"}).items() if v not in (None, {}, [])}
    return (
        f"Task {task_id}. Goal: {goal.goal}\n"
        + (f"Hints: {json.dumps(hints, sort_keys=True, default=str)}\n" if hints else "")
        + "Decide which of your tools to call, in what order, and call them; never guess what a tool can measure. "
        "You cannot run a step that changes production yourself: propose it with propose_tasks (it then waits for "
        "people's approval). When you are done, answer with one JSON object and nothing else: "
        '{"finding": "...", "root_cause": "service or null", "verdict": "approve|block|null", '
        '"evidence": [{"source": "tool name", "fact": "..."}]}'
    )


_JSON = re.compile(r"\{.*\}", re.DOTALL)


def model_result(role: str, goal: GoalInput, said: str, session: Any) -> GoalResult:
    """The model's final answer as a ``GoalResult``: its JSON object if it wrote one (else its text as the
    finding), the steps and the proposal from what the session recorded — never from what the model claims."""
    data: dict[str, Any] = {}
    found = _JSON.search(said or "")
    if found:
        try:
            loaded = json.loads(found.group(0))
            data = loaded if isinstance(loaded, dict) else {}
        except ValueError:
            data = {}
    verdict = str(data.get("verdict") or "").lower()
    evidence = [
        GoalEvidence(source=str(e.get("source", "")), fact=str(e.get("fact", ""))[:1000])
        for e in data.get("evidence", []) or []
        if isinstance(e, dict)
    ][:20]
    cause = data.get("root_cause")
    return GoalResult(
        role=role,
        goal=goal.goal,
        finding=str(data.get("finding") or said or "the model said nothing")[:2000],
        root_cause=str(cause) if cause not in (None, "", "null") else None,
        verdict=verdict if verdict in ("approve", "block") else None,  # type: ignore[arg-type]
        evidence=evidence,
        proposal=_proposal(session),
        steps=_steps(session),
        planner="model",
    )


def _proposal(session: Any) -> GoalProposal | None:
    proposals = session.call.proposals
    if not proposals:
        return None
    engine = session.engine
    tasks = [t for p in proposals for t in p.tasks]
    gated = any(t.tool in engine.registry and engine.policy.requirement(engine.registry.get(t.tool)).gated
                for t in tasks)  # fmt: skip
    return GoalProposal(tasks=[t.id for t in tasks], tools=[t.tool or "" for t in tasks],
                        reason="; ".join(p.reason for p in proposals)[:2000], gated=gated)  # fmt: skip


def _steps(session: Any) -> list[GoalStep]:
    """The tool calls the agent made, from the recorded turns (results, refusals)."""
    steps = []
    for turn in session.turns:
        if turn.kind == "ToolCallExecutionEvent":
            for result in json.loads(turn.content).get("content", []):
                if result.get("call_id") in session.refused_calls:
                    continue  # recorded as its refusal turn
                status = "error" if result.get("is_error") else "ok"
                steps.append(GoalStep(tool=result.get("name", "?"), why="chosen by the model",
                                      outcome=str(result.get("content", ""))[:300], status=status))  # fmt: skip
        elif turn.kind == "refusal":
            refused = json.loads(turn.content)
            steps.append(GoalStep(tool=refused["tool"], why="chosen by the model", outcome=refused["reason"],
                                  status="refused"))  # fmt: skip
    return steps
