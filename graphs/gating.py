"""Where a validated graph will stop for people: each task the approval policy gates, with its risk tier, the
approvals it needs and the roles that may give them (``genaiops scenario list`` and the planner's preview)."""

from __future__ import annotations

from typing import Any

__all__ = ["gated_tasks"]


def gated_tasks(spec: Any, policy: Any, registry: Any) -> list[dict[str, Any]]:
    """Each task of ``spec`` the approval policy gates: its tool, risk tier, approvals needed and the roles that
    may give them (what ``genaiops scenario list`` shows as "stops for approval at")."""
    gates = []
    for task in spec.tasks:
        if task.tool is None:
            continue  # an agent (role) task: its tool calls are gated one by one when it runs
        need = policy.requirement(registry.card(task.tool), task.risk, task.approval)
        if need.gated:
            gates.append(
                {
                    "task_id": task.id,
                    "tool": task.tool,
                    "risk": need.risk,
                    "approvals": need.approvals,
                    "roles": list(need.roles),
                }
            )
    return gates
