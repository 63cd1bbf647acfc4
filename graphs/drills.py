"""Scripted approvals decide drills only.

A scenario's ``approvals:`` are decisions written in a file anyone can edit, so they may decide a task only when
nothing real can change: the home is not marked ``production``, its policy allows scripted approvals
(``allow_scripted``, on by default), and the task's tool acts only on drill targets. A tool says what it acts on
(``@tool(acts_on=("receiver",))``, ``ToolSpec.acts_on``); a resource is a drill target when it says so
(``drill = True`` on its class: the idempotent receiver stand-in, the simulated estate, the home-local MLOps
registry and serving stand-ins). A configured external system (an MLflow registry, a real serving or prompt
registry) carries no such flag, so scripted approvals of tasks acting on it are refused. A tool that changes
the world but does not say what it acts on is refused too (fail closed).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from genaiops.registry import ToolSpec
from genaiops.safety.policy import ApprovalPolicy

__all__ = ["is_drill_target", "scripted_refusal"]


def is_drill_target(resource: Any) -> bool:
    """Does ``resource`` declare itself a stand-in or simulation (``drill = True``)?"""
    return getattr(resource, "drill", False) is True


def scripted_refusal(policy: ApprovalPolicy, tool: ToolSpec, resources: Mapping[str, Any], task: str) -> str | None:
    """Why a scripted approval may not decide ``task`` (a call of ``tool``), or None when it may."""
    how = "approve it as a person (`genaiops approvals approve ID --reason ...`)"
    if policy.production:
        return f"task {task}: the home policy says `production: true`: scripted approvals are refused; {how}"
    if not policy.allow_scripted:
        return f"task {task}: this home's policy sets `allow_scripted: false`: scripted approvals are refused; {how}"
    if tool.actions and not tool.acts_on:
        return (
            f"task {task}: {tool.name} does not declare what it acts on (`@tool(acts_on=...)`), so a scripted "
            f"approval cannot tell a drill from a real change; {how}"
        )
    real = [name for name in sorted(tool.acts_on) if not is_drill_target(resources.get(name))]
    if real:
        where = ", ".join(f"{n} ({'not configured' if n not in resources else 'a real resource'})" for n in real)
        return (
            f"task {task}: scripted approvals decide drills only, and {tool.name} acts on {where}, not on a "
            f"stand-in or simulated target; {how}"
        )
    return None
