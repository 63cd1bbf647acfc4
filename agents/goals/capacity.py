"""The SRE's capacity review playbook: forecast every capacity gauge, propose what runs out too soon.

Offline and deterministic, like the other playbooks (``playbooks.py``): for each capacity gauge (the goal's
``metric`` hint, else every gauge ``forecast_exhaustion`` knows) it calls ``forecast_exhaustion`` with the
approval policy's ``capacity.propose_below_hours``, cites the gauges that run out soonest, and proposes the
forecasts' remediations (``remediate_capacity``, gated) as tasks of the run: they wait for people's approval
like any gated task. A goal is a capacity review when it speaks of capacity, exhaustion, disk space, inodes,
filling up or running out (``is_capacity_goal``).
"""

from __future__ import annotations

import re
from typing import Any

from genaiops.agents.goals.steps import Steps
from genaiops.tools.goals.pursue_goal import GoalResult

__all__ = ["capacity_review", "is_capacity_goal"]

_CAPACITY = re.compile(r"\b(capacity|exhaust\w*|disk space|inodes?|fill(s|ing)? up|runs? out|running out)\b", re.I)


def is_capacity_goal(goal: str) -> bool:
    return bool(_CAPACITY.search(goal))


async def capacity_review(steps: Steps) -> GoalResult:
    from genaiops.agents.goals.playbooks import _gated, _result
    from genaiops.tools.sre.forecast.estate import CAPACITY_METRICS

    goal = steps.goal
    threshold = steps.session.engine.policy.capacity.propose_below_hours
    page_below = steps.session.engine.policy.capacity.page_below_hours
    forecasts: list[dict[str, Any]] = []
    proposals: list[dict[str, Any]] = []
    for metric in [goal.metric] if goal.metric else list(CAPACITY_METRICS):
        args = {"metric": metric, "propose_below_hours": threshold, "page_below_hours": page_below,
                **({"service": goal.service} if goal.service else {})}  # fmt: skip
        got = await steps.call("forecast_exhaustion", args, f"when does {metric} reach its limit, per service")
        steps.done("forecast_exhaustion", f"forecast {metric}", got["summary"])
        forecasts += got["forecasts"]
        proposals += got["proposals"]
    for proposal in sorted(proposals, key=lambda p: p["hours_left"]):
        steps.cite("forecast_exhaustion", proposal["reason"])
    for run_id, targets in _supersede(steps, {f["series"] for f in forecasts}):
        steps.cite("capacity review", f"run {run_id}'s pending fixes ({', '.join(targets)}) withdrawn: superseded by "
                                      "these fresher forecasts")  # fmt: skip
    soon = [f for f in forecasts if f["hours_left"] is not None]
    if not proposals:
        nearest = min(soon, key=lambda f: f["hours_left"], default=None)
        later = f"; the nearest: {nearest['series']} in {nearest['hours_left']:.0f} h" if nearest else ""
        return _result(steps, f"{len(forecasts)} gauges: none runs out within {threshold:g} h{later}", None)
    steps.propose([p["task"] for p in proposals], f"{len(proposals)} gauge(s) run out within {threshold:g} h",
                  gated=_gated(steps, "remediate_capacity"))  # fmt: skip
    named = ", ".join(f"{p['series']} ({p['action'].replace('_', ' ')}, {p['hours_left']:.1f} h"
                      f"{', urgent' if p['task'].get('urgency') == 'page' else ''})" for p in proposals)  # fmt: skip
    return _result(steps, f"{len(forecasts)} gauges forecast; runs out within {threshold:g} h: {named}", None)


def _supersede(steps: Steps, forecast: set[str]) -> list[tuple[str, list[str]]]:
    """Withdraw the capacity fixes this review's fresher forecasts replace, so that an inbox holds one proposal
    per gauge, the newest (a nightly review re-proposed every night while the last night's fix waited).

    A paused run older than this review is cancelled — its pending approvals withdrawn, in the ledger, by this
    run's requester — only when every approval it waits on is a ``remediate_capacity`` of a gauge forecast here:
    a run that waits on anything else, or on a gauge this review did not look at, is left alone. Idempotent: a
    review re-run after a crash finds the run already cancelled."""
    engine = steps.session.engine
    here = steps.session.call.context.run_id
    by = f"{engine.store.run(here).requester} (capacity review {here})"
    now = steps.now.isoformat()
    waiting_by_run: dict[str, list[dict[str, Any]]] = {}
    for request, _ in engine.store.approvals(status="pending"):  # one read, not one a paused run
        waiting_by_run.setdefault(request["run_id"], []).append(request)
    superseded = []
    for run in engine.store.runs(limit=500, status="paused"):
        if run.run_id == here or run.logical_time > now:
            continue
        waiting = waiting_by_run.get(run.run_id, [])
        targets = [r["args"].get("target") for r in waiting if r["tool"] == "remediate_capacity"]
        if not waiting or len(targets) < len(waiting) or not forecast.issuperset(targets):
            continue
        engine.cancel(run.run_id, by=by, reason=f"superseded by the capacity review in run {here} (fresher forecasts)")
        superseded.append((run.run_id, sorted(targets)))
    return superseded
