"""The token and cost budget of a run's agents: what they spent, what they may spend, and the pause when it is
reached.

Agents record what each attempt spent as an ``agent_spend`` event (tokens, dollars at the model's price, one
entry per agent turn that used tokens). Before an agent task starts (a task with a role or a team), the run's
spend is compared with its allowance: the scenario's ``budget`` plus whatever approved ``continue_over_budget``
tasks granted. At or over it, the run grows a ``continue_over_budget`` task that always asks people, and the
agent task waits for it: approving it (optionally amended: ``--set grant_tokens=N``) grants the overshoot plus
another budget, and the run goes on; rejecting it stops the waiting task, so the run ends rejected. A task
already running finishes its attempt: the budget is checked between agent tasks, never in the middle of one.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from genaiops.errors import GraphValidationError, SpecError

if TYPE_CHECKING:
    from genaiops.graphs.executor import Execution
    from genaiops.graphs.plan import Plan
    from genaiops.graphs.spec import BudgetSpec, TaskSpec

__all__ = ["BUDGET_TOOL", "SPEND_EVENT", "BudgetSteps", "Spend", "allowance", "run_spend", "with_budget"]

SPEND_EVENT = "agent_spend"
BUDGET_TOOL = "continue_over_budget"


@dataclass(frozen=True, slots=True)
class Spend:
    tokens: int = 0
    usd: float = 0.0

    def shape(self) -> dict[str, Any]:
        return {"tokens": self.tokens, "usd": round(self.usd, 6)}


def run_spend(events: Iterable[tuple]) -> Spend:
    """What a run's agents spent, from its stored events (``Store.events`` rows: seq, task, kind, at, data)."""
    tokens, usd = 0, 0.0
    for _seq, _task, kind, _at, data in events:
        if kind == SPEND_EVENT and isinstance(data, Mapping):
            tokens += int(data.get("tokens", 0))
            usd += float(data.get("usd", 0.0))
    return Spend(tokens, usd)


def allowance(budget: BudgetSpec, tasks: Iterable[TaskSpec], outputs: Mapping[str, str]) -> Spend | None:
    """What the run may spend: the budget plus what approved ``continue_over_budget`` tasks granted
    (a limit the budget does not set stays unlimited: ``tokens`` or ``usd`` of 0 in the result means none)."""
    tokens, usd = budget.tokens or 0, budget.usd or 0.0
    for task in tasks:
        if task.tool == BUDGET_TOOL and task.id in outputs:
            granted = json.loads(outputs[task.id])
            tokens += int(granted.get("granted_tokens", 0))
            usd += float(granted.get("granted_usd", 0.0))
    return Spend(tokens, usd)


def reached(budget: BudgetSpec, spent: Spend, allowed: Spend) -> bool:
    return (budget.tokens is not None and spent.tokens >= allowed.tokens) or (
        budget.usd is not None and spent.usd >= allowed.usd
    )


class BudgetSteps:
    """How ``Execution`` holds an agent task back when the budget is reached (a mixin, like ``ProposalSteps``)."""

    def _held_for_budget(self: Execution, tid: str) -> bool:
        """True when ``tid`` must wait: the run grew a ``continue_over_budget`` task it now depends on."""
        budget = self.plan.spec.budget
        spec = self.plan.tasks[tid].spec
        if budget is None or not self.by_role or (spec.role is None and not spec.team):
            return False
        spent = run_spend(self.e.store.events(self.run_id))
        allowed = allowance(budget, self.plan.spec.tasks, self.outputs)
        if not reached(budget, spent, allowed):
            return False
        from genaiops.graphs.proposals import revalidate  # the specs and validation: running, not `runs show`

        grown, new_id = _grown_spec(self.plan.spec, tid, budget, spent, allowed)
        try:
            plan = revalidate(grown, self.e.registry, self.e.policy, f"the budget of {self.run_id}")
        except (GraphValidationError, SpecError) as exc:  # e.g. a task in a loop body: it cannot wait on a new task
            said = f"budget reached ({_said(spent, allowed)}), and the run cannot pause for it: {exc}"
            raise SpecError(said) from None
        self.plan = plan
        snapshot = plan.spec.model_dump_json()
        digest = hashlib.sha256(snapshot.encode()).hexdigest()
        self.ops.append(lambda tx: tx.extend_run(self.run_id, snapshot, digest, [new_id]))
        self.iteration[new_id] = 0
        self._event(tid, "budget_reached", {**_shape(spent, allowed), "waits_for": new_id})
        self.grown.append(new_id)
        self._reschedule()
        return True


def _grown_spec(spec: Any, tid: str, budget: BudgetSpec, spent: Spend, allowed: Spend) -> tuple[Any, str]:
    from genaiops.graphs.spec import TaskSpec

    taken = {t.id for t in spec.tasks}
    n = 1 + sum(t.tool == BUDGET_TOOL for t in spec.tasks)
    while f"budget_{n}" in taken:
        n += 1
    new_id = f"budget_{n}"
    gate = TaskSpec(
        id=new_id,
        tool=BUDGET_TOOL,
        description=f"the agents reached the run's budget ({_said(spent, allowed)}) before {tid}: go on?",
        approval="required",
        args={
            "next_task": tid,
            "spent_tokens": spent.tokens,
            "spent_usd": round(spent.usd, 6),
            "budget_tokens": allowed.tokens if budget.tokens is not None else None,
            "budget_usd": allowed.usd if budget.usd is not None else None,
            "grant_tokens": budget.tokens + max(0, spent.tokens - allowed.tokens) if budget.tokens else None,
            "grant_usd": round(budget.usd + max(0.0, spent.usd - allowed.usd), 6) if budget.usd else None,
        },
    )
    tasks = [t.model_copy(update={"after": [*t.after, new_id]}) if t.id == tid else t for t in spec.tasks]
    return spec.model_copy(update={"tasks": [*tasks, gate]}), new_id


def _shape(spent: Spend, allowed: Spend) -> dict[str, Any]:
    return {"spent": spent.shape(), "allowed": allowed.shape()}


def _said(spent: Spend, allowed: Spend) -> str:
    parts = []
    if allowed.tokens:
        parts.append(f"{spent.tokens} of {allowed.tokens} tokens")
    if allowed.usd:
        parts.append(f"${spent.usd:.4f} of ${allowed.usd:g}")
    return ", ".join(parts) or f"{spent.tokens} tokens"


def with_budget(plan: Plan, budget: Mapping[str, Any]) -> Plan:
    """``plan`` with the run budget ``budget`` (``BudgetSpec`` fields): what a chat gives the runs it starts from a
    scenario that sets none. The budget is part of the stored spec, so a resumed run keeps it."""
    import dataclasses

    from genaiops.graphs.spec import BudgetSpec

    spec = plan.spec.model_copy(update={"budget": BudgetSpec.model_validate(dict(budget))})
    return dataclasses.replace(plan, spec=spec)
