"""continue_over_budget: the step a run takes when its agents reached the budget. It always asks people; once
approved, the run's agents may spend another ``grant_tokens`` / ``grant_usd`` (amend them to grant more or less)."""

from __future__ import annotations

from pydantic import BaseModel, Field

from genaiops.registry import tool

__all__ = ["ContinueOverBudgetInput", "ContinueOverBudgetResult"]


class ContinueOverBudgetInput(BaseModel, defer_build=True):
    next_task: str = Field(description="The agent task that waits for this decision.")
    spent_tokens: int = Field(ge=0)
    spent_usd: float = Field(ge=0)
    budget_tokens: int | None = Field(default=None, description="What the run may spend so far (None: no limit).")
    budget_usd: float | None = None
    grant_tokens: int | None = Field(default=None, ge=0, description="Tokens more that approving allows.")
    grant_usd: float | None = Field(default=None, ge=0, description="Dollars more that approving allows.")


class ContinueOverBudgetResult(BaseModel, defer_build=True):
    granted_tokens: int
    granted_usd: float
    note: str


@tool()
def continue_over_budget(args: ContinueOverBudgetInput) -> ContinueOverBudgetResult:
    """Let the run's agents spend past the budget: runs only once people approved it."""
    tokens, usd = args.grant_tokens or 0, args.grant_usd or 0.0
    return ContinueOverBudgetResult(
        granted_tokens=tokens,
        granted_usd=usd,
        note=f"{args.next_task} and later agent tasks may spend {tokens} more tokens and ${usd:g} more",
    )
