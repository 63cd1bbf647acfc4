"""The rules of approvals as plain functions over any objects with the fields of ``ApprovalRequest`` and
``Decision`` (``genaiops.safety.approvals``, which re-exports them): who counts, what decisions add up to, which
decision is refused and why. Pure, and free of pydantic, so that a decision read and checked without the models
(``genaiops.graphs.plain_decision``, the CLI's fast path) runs the very rules the models' path runs.

``evaluate`` builds its answer with the ``state`` class it is given: ``ApprovalState`` (a model) for the
engine, a plain twin for the fast path.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any, TypeVar

from genaiops.errors import DecisionError, IdentityError, NotPermittedError
from genaiops.identity import normalize_name
from genaiops.registry import RISKS

__all__ = [
    "already_approved",
    "check_decision",
    "counts",
    "evaluate",
    "expired_refusal",
    "needed",
    "override_refusal",
    "same_person",
]

S = TypeVar("S")


def same_person(a: str, b: str) -> bool:
    """Do two recorded names name one person (compared normalised)?"""
    return _norm(a) == _norm(b)


def _norm(name: str) -> str:
    try:
        return normalize_name(name)
    except IdentityError:  # a blank name (a store older than normalisation) names nobody
        return ""


def counts(request: Any, d: Any) -> bool:
    """Does decision ``d`` count for ``request`` (not the requester's, an allowed role, before the expiry, under
    the request's policy version)?"""
    return (
        not same_person(d.approver, request.requester)
        and d.role in request.roles
        and d.at < request.expires_at
        and d.policy_version == request.policy_version
    )


def evaluate(
    request: Any,
    decisions: Sequence[Any],
    *,
    now: datetime,
    policy_version: str,
    args_hash: str,
    state: Callable[..., S],
) -> S:
    """What ``decisions`` add up to for ``request`` at ``now`` (``genaiops.safety.approvals``' docstring), built
    with ``state``."""
    base = dict(required=request.required, args=request.args, args_hash=request.args_hash)
    if policy_version != request.policy_version:
        return state(status="stale", approvals=0, reason="the approval policy changed", **base)
    if args_hash != request.task_args_hash:
        return state(status="stale", approvals=0, reason="the task's arguments changed", **base)
    valid = sorted((d for d in decisions if counts(request, d)), key=lambda d: d.at)
    for d in valid:
        if d.verdict == "reject":
            return state(status="rejected", approvals=0, reason=f"rejected by {d.approver}: {d.reason}", **base)
    args, effective = request.args, request.args_hash
    for d in valid:
        if d.amended_args is not None:
            args, effective = d.amended_args, d.args_hash
    approvers = {_norm(d.approver) for d in valid if d.args_hash == effective}
    found = dict(approvals=len(approvers), required=request.required, args=args, args_hash=effective)
    if len(approvers) >= request.required:
        return state(status="approved", reason=f"approved by {', '.join(sorted(approvers))}", **found)
    if now >= request.expires_at:
        return state(status="expired", reason=f"expired at {request.expires_at.isoformat()}", **found)
    return state(status="pending", **found)


def expired_refusal(request: Any, *, served: bool = False) -> str:
    """Why a decision on an expired request is refused (whether or not the request was closed yet), and what ends
    its task: on a home, `genaiops resume RUN`; on a server (``served``), its worker, with nobody running
    anything (a console or API user has no command to run there)."""
    then = (
        "the server ends the task rejected on its own; nothing to do"
        if served
        else f"`genaiops resume {request.run_id}` ends the task rejected"
    )
    return (
        f"approval {request.id} expired at {request.expires_at.isoformat()} and takes no more decisions; it "
        f"counts as rejected ({then})"
    )


def check_decision(request: Any, decision: Any, state: Any) -> None:
    """Refuse a decision that cannot count, saying why (``DecisionError``). A decision at the expiry instant or
    later is refused as expired (the request counts as rejected)."""
    if state.status in ("approved", "rejected"):
        raise DecisionError(f"approval {request.id} is already {state.status}; nothing to decide")
    if state.status == "expired" or decision.at >= request.expires_at:
        raise DecisionError(expired_refusal(request))
    if state.status != "pending":
        raise DecisionError(f"approval {request.id} is already {state.status}; nothing to decide")
    if same_person(decision.approver, request.requester):
        raise NotPermittedError(
            f"{decision.approver} requested approval {request.id} and cannot approve or reject it themselves; "
            "another person decides it, under their own account"
        )
    if decision.role not in request.roles:
        raise NotPermittedError(
            f"role {decision.role!r} may not decide approval {request.id}; allowed roles: {', '.join(request.roles)}"
        )
    if decision.policy_version != request.policy_version:
        raise DecisionError(f"approval {request.id} was asked under another policy version; resume the run to re-ask")


def already_approved(request: Any, decision: Any, state: Any, earlier: Sequence[Any]) -> bool:
    """Has the author of ``decision`` already approved these arguments (so this approval adds nothing)?"""
    return decision.verdict == "approve" and any(
        d.verdict == "approve" and d.args_hash == state.args_hash and same_person(d.approver, decision.approver)
        for d in earlier
        if counts(request, d)
    )


def needed(policy: Any, tool: Any, risk: str | None, approval: str) -> tuple[str, int, tuple[str, ...]]:
    """The effective risk tier of a call of ``tool``, the approvals it needs and the roles that may give them
    (``ApprovalPolicy.requirement``). ``policy``: any object with the policy's ``tools`` rules, ``tier(risk)``,
    ``gated_actions``, ``allow_spec_auto`` and ``approver_roles`` (the model, or the built-in policy's facts)."""
    rule = policy.tools.get(tool.name)
    rule_risk, rule_roles, auto = (rule.risk, rule.roles, rule.auto) if rule is not None else (None, None, False)
    effective = max((tool.risk, risk or "low", rule_risk or "low"), key=RISKS.index)
    approvals = policy.tier(effective).approvals
    flagged = bool(set(tool.actions) & set(policy.gated_actions))
    if flagged or approval == "required":
        approvals = max(approvals, 1)
    if (auto and approval != "required") or (approval == "auto" and (policy.allow_spec_auto or not flagged)):
        approvals = 0
    return effective, approvals, tuple(rule_roles or policy.approver_roles)


def override_refusal(policy: Any, tool: Any, approval: str) -> str | None:
    """Why a spec's approval override is not allowed for ``tool``, or None (``ApprovalPolicy.check_override``)."""
    flagged = set(tool.actions) & set(policy.gated_actions)
    rule = policy.tools.get(tool.name)
    if approval == "auto" and flagged and not policy.allow_spec_auto and not (rule is not None and rule.auto):
        return (
            f"`approval: auto` is not allowed for {tool.name}: it {', '.join(sorted(flagged))}, and the "
            "approval policy requires a person to approve that"
        )
    return None
