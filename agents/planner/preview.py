"""``instantiate``: an answer's scenario loaded with its params through the file loader, never run."""

from __future__ import annotations

from typing import TYPE_CHECKING

from genaiops.agents.planner import PlanGate, PlannerAnswer, PlanPreview, PlanTask

if TYPE_CHECKING:
    from genaiops.agents.planner.catalogue import Catalogue

__all__ = ["build_preview"]


def build_preview(answer: PlannerAnswer, catalogue: Catalogue) -> PlanPreview:
    """Load ``answer.scenario`` with ``answer.params`` as ``genaiops run FILE --set ...`` would: its tasks and
    gates, or every validation problem (then the plan must not run)."""
    from genaiops.errors import UserError
    from genaiops.graphs.gating import gated_tasks

    if answer.scenario is None:
        return PlanPreview(problems=[_no_scenario(answer)])
    entry = catalogue.find(answer.scenario)
    if entry is None:
        from genaiops.errors import did_you_mean

        hint = did_you_mean(answer.scenario, catalogue.names())
        return PlanPreview(
            scenario=answer.scenario,
            params=answer.params,
            problems=[f"no scenario called {answer.scenario!r} in {catalogue.folder}{hint}"],
        )
    preview = PlanPreview(scenario=entry.name, file=str(entry.file), params=dict(answer.params))
    try:
        spec, _plan = catalogue.load(entry, answer.params)
    except UserError as exc:
        preview.problems = [line.strip() for line in str(exc).splitlines() if line.strip()] or [str(exc)]
        return preview
    preview.params = dict(getattr(spec, "param_values", None) or answer.params)
    preview.tasks = [_task(t) for t in spec.tasks]
    preview.gates = [PlanGate(**g) for g in gated_tasks(spec, catalogue.policy, catalogue.registry)]
    return preview


def _task(task) -> PlanTask:  # noqa: ANN001 - a TaskSpec
    return PlanTask(
        id=task.id,
        tool=task.tool,
        role=getattr(task, "role", None),
        team=list(getattr(task, "team", None) or []),
        goal=getattr(task, "goal", None),
        description=getattr(task, "description", "") or "",
        depends_on=list(task.after),
    )


def _no_scenario(answer: PlannerAnswer) -> str:
    if answer.intent in ("approval_query", "run_status_query"):
        return f"{answer.intent} is answered from the store, not by running a scenario"
    if answer.intent == "out_of_scope":
        return "out of scope: the desk investigates incidents, retrains, rolls back, evaluates and releases prompts"
    return f"no scenario in the catalogue for {answer.intent}"
