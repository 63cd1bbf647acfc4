"""Tasks proposed while a run executes (an agent handing work to another role), checked like any graph.

A proposal is adopted whole or not at all: its tasks are added after the proposing task (unless they name other
dependencies), and the grown graph must pass the same validation a scenario file does — unknown tools or roles,
arguments that do not fit, references to missing outputs, cycles, duplicate ids. The approval policy applies when
the new tasks run, as for every task.
"""

from __future__ import annotations

from dataclasses import dataclass

from genaiops.errors import GraphValidationError, SpecError
from genaiops.graphs.handlers import Proposal
from genaiops.graphs.plan import Plan
from genaiops.graphs.validate import ApprovalRules, parse_scenario
from genaiops.registry import ToolRegistry

__all__ = ["Growth", "grow"]


@dataclass(frozen=True, slots=True)
class Growth:
    """The outcome of one proposal: the new plan and the added task ids, or why it was refused."""

    plan: Plan | None
    added: tuple[str, ...]
    problems: str = ""


def grow(plan: Plan, proposer: str, proposal: Proposal, registry: ToolRegistry, rules: ApprovalRules | None) -> Growth:
    """Validate ``plan`` grown by ``proposal`` (made by the task ``proposer``); never raises for a bad proposal."""
    if not proposal.tasks:
        return Growth(None, (), "the proposal has no tasks")
    if plan.tasks[proposer].loop is not None:
        return Growth(None, (), f"{proposer} runs inside a loop; tasks cannot be proposed from a loop body")
    tasks = [t if proposer in t.after else t.model_copy(update={"after": [proposer, *t.after]}) for t in proposal.tasks]
    grown = plan.spec.model_copy(update={"tasks": [*plan.spec.tasks, *tasks]})
    text = grown.model_dump_json(exclude_defaults=True)
    try:
        _, new_plan = parse_scenario(text, registry, rules, file=f"tasks proposed by {proposal.by} in {proposer}")
    except (GraphValidationError, SpecError) as exc:
        return Growth(None, (), str(exc))
    return Growth(new_plan, tuple(t.id for t in tasks))
