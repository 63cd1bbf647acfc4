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
arguments never count; names are compared normalised (``genaiops.identity``), so ``Alice`` and ``alice `` are one
approver, and a second approval by the same person never counts twice (``already_approved`` tells the gate to
say so). ``check_decision`` refuses decisions that cannot count up front with a message that says why.

An amendment is a new request (``amends`` names the one it replaces, ``original_args`` keeps the arguments the
task computed): its arguments, preview, tier and guardrails are those of the amended call, and it stays current
while the task computes the same original arguments.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from genaiops.errors import DecisionError, IdentityError, NotPermittedError
from genaiops.identity import IdentifiedBy, normalize_name

__all__ = [
    "ApprovalRequest",
    "ApprovalState",
    "Decision",
    "already_approved",
    "check_decision",
    "evaluate_request",
    "expired_refusal",
    "same_person",
]

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
    amends: str | None = None
    """The request this one replaces (an amendment); None for the task's own request."""
    original_args: dict[str, Any] | None = None
    """The arguments the task computed, when an amendment replaced them (else ``args`` are those)."""
    original_args_hash: str | None = None

    @property
    def task_args_hash(self) -> str:
        """The hash of the arguments the task computed: the request is stale when the task computes others."""
        return self.original_args_hash or self.args_hash


class Decision(BaseModel):
    model_config = ConfigDict(frozen=True)

    approval_id: str
    approver: str = Field(min_length=1)
    """The approver's normalised name."""
    role: str
    verdict: Literal["approve", "reject"]
    reason: str = Field(min_length=1)
    args_hash: str
    """Hash of the arguments this decision is about: the amended ones when ``amended_args`` is set."""
    amended_args: dict[str, Any] | None = None
    policy_version: str
    at: datetime
    kind: Literal["human", "scripted", "automatic"] = "human"
    identified_by: IdentifiedBy = "local"
    """How the approver was identified (``genaiops.identity``)."""
    policy_hash: str | None = None
    """The whole content hash of the policy the decision was made under (None in stores that predate it)."""


class ApprovalState(BaseModel):
    model_config = ConfigDict(frozen=True)

    status: Status
    approvals: int
    required: int
    args: dict[str, Any]
    """The arguments the task runs with when approved (amended, if someone amended them)."""
    args_hash: str
    reason: str = ""
    approval_id: str | None = None
    """The request this state is about (after an amendment: the new request)."""
    notes: tuple[str, ...] = ()
    """What the person deciding should know (an amendment reset earlier approvals, the tier rose, ...)."""


def same_person(a: str, b: str) -> bool:
    """Do two recorded names name one person (compared normalised)?"""
    return _norm(a) == _norm(b)


def _norm(name: str) -> str:
    try:
        return normalize_name(name)
    except IdentityError:  # a blank name (a store older than normalisation) names nobody
        return ""


def _counts(request: ApprovalRequest, d: Decision) -> bool:
    return (
        not same_person(d.approver, request.requester)
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
    if args_hash != request.task_args_hash:
        return ApprovalState(status="stale", approvals=0, reason="the task's arguments changed", **base)
    valid = sorted((d for d in decisions if _counts(request, d)), key=lambda d: d.at)
    for d in valid:
        if d.verdict == "reject":
            return ApprovalState(status="rejected", approvals=0, reason=f"rejected by {d.approver}: {d.reason}", **base)
    args, effective = request.args, request.args_hash
    for d in valid:
        if d.amended_args is not None:
            args, effective = d.amended_args, d.args_hash
    approvers = {_norm(d.approver) for d in valid if d.args_hash == effective}
    state = dict(approvals=len(approvers), required=request.required, args=args, args_hash=effective)
    if len(approvers) >= request.required:
        return ApprovalState(status="approved", reason=f"approved by {', '.join(sorted(approvers))}", **state)
    if now >= request.expires_at:
        return ApprovalState(status="expired", reason=f"expired at {request.expires_at.isoformat()}", **state)
    return ApprovalState(status="pending", **state)


def expired_refusal(request: ApprovalRequest) -> str:
    """Why a decision on an expired request is refused (whether or not the request was closed yet)."""
    return (
        f"approval {request.id} expired at {request.expires_at.isoformat()} and takes no more decisions; it "
        f"counts as rejected (`genaiops resume {request.run_id}` ends the task rejected)"
    )


def check_decision(request: ApprovalRequest, decision: Decision, state: ApprovalState) -> None:
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


def already_approved(
    request: ApprovalRequest, decision: Decision, state: ApprovalState, earlier: list[Decision]
) -> bool:
    """Has the author of ``decision`` already approved these arguments (so this approval adds nothing)?"""
    return decision.verdict == "approve" and any(
        d.verdict == "approve" and d.args_hash == state.args_hash and same_person(d.approver, decision.approver)
        for d in earlier
        if _counts(request, d)
    )
