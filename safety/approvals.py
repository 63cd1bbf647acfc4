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
say so). ``check_decision`` refuses decisions that cannot count up front with a message that says why. The rules
themselves are in ``genaiops.safety.approval_rules`` (free of pydantic: the CLI's fast decision runs them too).

An amendment is a new request (``amends`` names the one it replaces, ``original_args`` keeps the arguments the
task computed): its arguments, preview, tier and guardrails are those of the amended call, and it stays current
while the task computes the same original arguments.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from genaiops.identity import IdentifiedBy
from genaiops.safety.approval_rules import (
    already_approved,
    check_decision,
    evaluate,
    expired_refusal,
    same_person,
)

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


def evaluate_request(
    request: ApprovalRequest,
    decisions: list[Decision],
    *,
    now: datetime,
    policy_version: str,
    args_hash: str,
) -> ApprovalState:
    """What ``decisions`` add up to for ``request`` at ``now`` (see the module docstring)."""
    return evaluate(
        request, decisions, now=now, policy_version=policy_version, args_hash=args_hash, state=ApprovalState
    )
