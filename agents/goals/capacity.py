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
