"""Tasks proposed while a run executes (an agent handing work to another role), checked like any graph.

A proposal is adopted whole or not at all: its tasks are added after the proposing task (unless they name other
dependencies), and the grown graph must pass the same validation a scenario file does — unknown tools or roles,
arguments that do not fit, references to missing outputs, cycles, duplicate ids. The approval policy applies when
the new tasks run, as for every task.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from genaiops.errors import GraphValidationError, SpecError
from genaiops.graphs.handlers import Proposal
from genaiops.graphs.plan import Plan
from genaiops.graphs.schedule import TERMINAL_STATES, Scheduler, Step
from genaiops.graphs.spec import GraphSpec
from genaiops.registry import ToolRegistry

if TYPE_CHECKING:
    from genaiops.graphs.executor import Execution
    from genaiops.graphs.validate import ApprovalRules

__all__ = ["Growth", "ProposalSteps", "grow", "revalidate"]


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
    try:
        new_plan = revalidate(grown, registry, rules, f"tasks proposed by {proposal.by} in {proposer}")
    except (GraphValidationError, SpecError) as exc:
        return Growth(None, (), str(exc))
    return Growth(new_plan, tuple(t.id for t in tasks))


def revalidate(spec: GraphSpec, registry: ToolRegistry, rules: ApprovalRules | None, file: str) -> Plan:
    """The plan of a grown graph, validated as a file is; the recorded parameter values stay recorded (a file
    may not set them, so they are left out of the text and put back)."""
    from genaiops.graphs.validate import parse_scenario  # validation (and YAML): only when a graph grows

    text = spec.model_dump_json(exclude_defaults=True, exclude={"param_values"})
    _, plan = parse_scenario(text, registry, rules, file=file)
    if not spec.param_values:
        return plan
    return dataclasses.replace(plan, spec=plan.spec.model_copy(update={"param_values": spec.param_values}))


class ProposalSteps:
    """How ``Execution`` takes proposals on while it runs (a mixin: the state it uses is the execution's)."""

    def _adopt(self: Execution, proposer: str, proposals: list[Proposal]) -> None:
        """Take on the tasks a handler proposed, each proposal whole or not at all; committed with the
        proposer's result, so a resumed run has them too."""
        for proposal in proposals:
            growth = grow(self.plan, proposer, proposal, self.e.registry, self.e.policy)
            about = {"by": proposal.by, "reason": proposal.reason, "tasks": [t.id for t in proposal.tasks]}
            if growth.plan is None:
                self._event(proposer, "tasks_refused", {**about, "problems": growth.problems})
                continue
            read_before, self.plan = self.plan.read, growth.plan
            for dep in self.plan.read - read_before:
                if dep in self.outputs:
                    self.results[dep] = json.loads(self.outputs[dep])
            for tid in growth.added:
                self.iteration[tid] = 0
            snapshot = self.plan.spec.model_dump_json()
            digest = hashlib.sha256(snapshot.encode()).hexdigest()
            self.ops.append(lambda tx, s=snapshot, d=digest, ids=growth.added: tx.extend_run(self.run_id, s, d, ids))
            self._event(proposer, "tasks_proposed", about)
            self.grown.extend(growth.added)

    def _reschedule(self: Execution) -> None:
        """Rebuild the scheduler over the grown plan from the finished tasks; start the new tasks that can."""
        added, self.grown = set(self.grown), []
        self.sched = Scheduler(self.plan)
        step = self.sched.restore({t: s for t, s in self.status.items() if s in TERMINAL_STATES})
        self._apply(
            Step(ready=[t for t in step.ready if t in added], resolved=[r for r in step.resolved if r[0] in added])
        )
