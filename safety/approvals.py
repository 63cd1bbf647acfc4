"""Approvals as data: a request, the decisions people made on it, and what they add up to. Pure functions.

A request pins the exact arguments (and their hash), the policy version, the risk tier, how many distinct
approvers it needs, which roles may approve, who asked, and when it expires. ``evaluate_request`` folds the
decisions into a state:

- ``stale``    the arguments or the policy changed since the request was made: ask again;
- ``rejected`` someone allowed to decide rejected it;
- ``approved`` enough distinct, allowed approvers approved the *effective* arguments (the latest amendment, or
               the original ones) before the request expired;
- ``expired``  the request expired before that (fail closed: counts as rejected);
- ``pending``  otherwise.

Decisions by the requester, by a role not allowed, after expiry, under another policy version or for other
arguments never count. ``check_decision`` refuses such decisions up front with a message that says why.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from genaiops.errors import DecisionError

__all__ = ["ApprovalRequest", "ApprovalState", "Decision", "check_decision", "evaluate_request"]

Status = Literal["pending", "approved", "rejected", "expired", "stale"]


class ApprovalRequest(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: str
    run_id: str
    task_id: str
    iteration: int = 0
    tool: str
    args: dict[str, Any]
    args_hash: str
    risk: str
    required: int = Field(ge=1)
    roles: tuple[str, ...]
    requester: str
    evidence: dict[str, Any] = Field(default_factory=dict)
    policy_version: str
    created_at: datetime
    expires_at: datetime


class Decision(BaseModel):
    model_config = ConfigDict(frozen=True)

    approval_id: str
    approver: str = Field(min_length=1)
    role: str
    verdict: Literal["approve", "reject"]
    reason: str = Field(min_length=1)
    args_hash: str
    """Hash of the arguments this decision is about: the amended ones when ``amended_args`` is set."""
    amended_args: dict[str, Any] | None = None
    policy_version: str
    at: datetime
    kind: Literal["human", "scripted", "automatic"] = "human"


class ApprovalState(BaseModel):
    model_config = ConfigDict(frozen=True)

    status: Status
    approvals: int
    required: int
    args: dict[str, Any]
    """The arguments the task runs with when approved (amended, if someone amended them)."""
    args_hash: str
    reason: str = ""


def _counts(request: ApprovalRequest, d: Decision) -> bool:
    return (
        d.approver != request.requester
        and d.role in request.roles
        and d.at < request.expires_at
        and d.policy_version == request.policy_version
    )


def evaluate_request(
    request: ApprovalRequest,
    decisions: list[Decision],
    *,
    now: datetime,
    policy_version: str,
    args_hash: str,
) -> ApprovalState:
    """What ``decisions`` add up to for ``request`` at ``now`` (see the module docstring)."""
    base = dict(required=request.required, args=request.args, args_hash=request.args_hash)
    if policy_version != request.policy_version:
        return ApprovalState(status="stale", approvals=0, reason="the approval policy changed", **base)
    if args_hash != request.args_hash:
        return ApprovalState(status="stale", approvals=0, reason="the task's arguments changed", **base)
    valid = sorted((d for d in decisions if _counts(request, d)), key=lambda d: d.at)
    for d in valid:
        if d.verdict == "reject":
            return ApprovalState(status="rejected", approvals=0, reason=f"rejected by {d.approver}: {d.reason}", **base)
    args, effective = request.args, request.args_hash
    for d in valid:
        if d.amended_args is not None:
            args, effective = d.amended_args, d.args_hash
    approvers = {d.approver for d in valid if d.args_hash == effective}
    state = dict(approvals=len(approvers), required=request.required, args=args, args_hash=effective)
    if len(approvers) >= request.required:
        return ApprovalState(status="approved", reason=f"approved by {', '.join(sorted(approvers))}", **state)
    if now >= request.expires_at:
        return ApprovalState(status="expired", reason=f"expired at {request.expires_at.isoformat()}", **state)
    return ApprovalState(status="pending", **state)


def check_decision(request: ApprovalRequest, decision: Decision, state: ApprovalState) -> None:
    """Refuse a decision that cannot count, saying why (``DecisionError``). A decision at the expiry instant or
    later is refused as expired (the request counts as rejected)."""
    if state.status in ("approved", "rejected"):
        raise DecisionError(f"approval {request.id} is already {state.status}; nothing to decide")
    if state.status == "expired" or decision.at >= request.expires_at:
        raise DecisionError(
            f"approval {request.id} expired at {request.expires_at.isoformat()} and takes no more decisions; it "
            f"counts as rejected (`genaiops resume {request.run_id}` ends the task rejected)"
        )
    if state.status != "pending":
        raise DecisionError(f"approval {request.id} is already {state.status}; nothing to decide")
    if decision.approver == request.requester:
        raise DecisionError(
            f"{decision.approver} requested approval {request.id} and cannot approve or reject it themselves; "
            "ask another person (--as NAME)"
        )
    if decision.role not in request.roles:
        raise DecisionError(
            f"role {decision.role!r} may not decide approval {request.id}; allowed roles: {', '.join(request.roles)}"
        )
    if decision.policy_version != request.policy_version:
        raise DecisionError(f"approval {request.id} was asked under another policy version; resume the run to re-ask")
