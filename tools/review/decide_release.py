"""decide_release: a joint verdict from the roles that reviewed a release (unanimity: any block blocks)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

from genaiops.errors import ToolInputError
from genaiops.registry import tool


class Check(BaseModel, defer_build=True):
    role: str = Field(description="The role that runs the check.")
    tool: str = Field(description="A tool of that role (read-only: reviews never change anything).")
    args: dict[str, Any] = Field(default_factory=dict)


class Vote(BaseModel, defer_build=True):
    role: str
    verdict: Literal["approve", "block", "abstain"]
    reason: str = Field(default="", max_length=4000)


class DecideReleaseInput(BaseModel, defer_build=True):
    subject: str = Field(min_length=1, max_length=500, description="What is being released.")
    checks: list[Check] = Field(default_factory=list, description="What each team member checks (team tasks).")
    votes: list[Vote] = Field(default_factory=list, description="The members' verdicts (filled in by the team).")


class DecideReleaseResult(BaseModel, defer_build=True):
    verdict: Literal["approve", "block"]
    passed: bool
    votes: list[Vote]
    summary: str


@tool()
def decide_release(args: DecideReleaseInput) -> DecideReleaseResult:
    """Combine reviewers' votes on a release: approve only when every vote approves (an abstention blocks).
    Run as a team task (`team: [...]`), each member runs its `checks` and votes; called directly, give `votes`."""
    if not args.votes:
        raise ToolInputError(
            "decide_release: no votes; run it as a team task (team: [safety_reviewer, prompt_evaluator]) "
            "so each member checks and votes, or give votes: [{role, verdict, reason}]"
        )
    passed = all(v.verdict == "approve" for v in args.votes)
    against = [f"{v.role} ({v.verdict}: {v.reason[:200]})" for v in args.votes if v.verdict != "approve"]
    summary = (
        f"{args.subject}: approved by {', '.join(v.role for v in args.votes)}"
        if passed
        else f"{args.subject}: blocked by {'; '.join(against)}"
    )
    return DecideReleaseResult(
        verdict="approve" if passed else "block", passed=passed, votes=args.votes, summary=summary
    )
