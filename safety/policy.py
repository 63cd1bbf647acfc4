"""The approval policy: which calls need people, how many, in which roles, for how long. Pure: no I/O, no clock.

Defaults (``ApprovalPolicy()``):

| risk   | approvals | distinct approvers | expires after |
|--------|-----------|--------------------|---------------|
| low    | 0 (automatic)                 | -  | -             |
| medium | 1                              | 1  | 24 h          |
| high   | 2                              | 2  | 8 h           |

A tool that deploys, remediates, rolls back or publishes needs at least one approval whatever its risk. The
effective risk of a call is the highest of the tool's own risk, the task's ``risk`` and the policy's rule for the
tool: a spec can raise a tier, never lower it. ``approval: required`` on a task always asks (even for a tool the
policy marks ``auto``); ``approval: auto`` skips asking only where the policy allows it (never, by default, for a
gated tool). A request expires after its tier's ``expires_after_hours`` (24 h unless the policy sets it; that
holds for the low tier too, when a gated action or ``approval: required`` makes a low-risk call ask). Approvers
need one of ``approver_roles`` (or a tool rule's ``roles``); the requester can never approve their own request.
The policy's ``version`` is a hash of its content: an approval given under another version is stale.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from genaiops.errors import SpecError
from genaiops.ids import content_hash
from genaiops.registry import ACTIONS, RISKS, Action, Risk, ToolSpec

__all__ = ["ApprovalPolicy", "Requirement", "TierRule", "ToolRule", "parse_policy"]


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class TierRule(_Frozen):
    approvals: int = Field(ge=0, le=10)
    expires_after_hours: float = Field(default=24.0, gt=0, le=24 * 365)


class ToolRule(_Frozen):
    risk: Risk | None = None
    roles: tuple[str, ...] | None = None
    auto: bool = False
    """Never ask for this tool (the policy owner's explicit choice, recorded in the policy version)."""


class Requirement(_Frozen):
    """What one call needs before it may run."""

    risk: Risk
    approvals: int
    roles: tuple[str, ...]
    expires_after: timedelta

    @property
    def gated(self) -> bool:
        return self.approvals > 0


_DEFAULT_TIERS = {
    "low": TierRule(approvals=0),
    "medium": TierRule(approvals=1, expires_after_hours=24),
    "high": TierRule(approvals=2, expires_after_hours=8),
}


class ApprovalPolicy(_Frozen):
    tiers: dict[Risk, TierRule] = Field(default_factory=lambda: dict(_DEFAULT_TIERS))
    gated_actions: tuple[Action, ...] = ACTIONS
    approver_roles: tuple[str, ...] = ("operator",)
    tools: dict[str, ToolRule] = Field(default_factory=dict)
    allow_spec_auto: bool = False
    """May a spec's ``approval: auto`` lift the gate of a tool that deploys/remediates/rolls back/publishes?"""

    @property
    def version(self) -> str:
        return content_hash(self.model_dump(mode="json"))[:16]

    def requirement(self, tool: ToolSpec, risk: Risk | None = None, approval: str = "policy") -> Requirement:
        rule = self.tools.get(tool.name, ToolRule())
        effective = max((tool.risk, risk or "low", rule.risk or "low"), key=RISKS.index)
        tier = self.tiers.get(effective, _DEFAULT_TIERS[effective])
        needed = tier.approvals
        flagged = bool(set(tool.actions) & set(self.gated_actions))
        if flagged or approval == "required":
            needed = max(needed, 1)
        if (rule.auto and approval != "required") or (approval == "auto" and (self.allow_spec_auto or not flagged)):
            needed = 0
        return Requirement(
            risk=effective,
            approvals=needed,
            roles=rule.roles or self.approver_roles,
            expires_after=timedelta(hours=tier.expires_after_hours),
        )

    def check_override(self, tool: ToolSpec, approval: str) -> str | None:
        """Why a spec's approval override is not allowed for ``tool``, or None when it is."""
        flagged = set(tool.actions) & set(self.gated_actions)
        if (
            approval == "auto"
            and flagged
            and not self.allow_spec_auto
            and not self.tools.get(tool.name, ToolRule()).auto
        ):
            return (
                f"`approval: auto` is not allowed for {tool.name}: it {', '.join(sorted(flagged))}, and the "
                "approval policy requires a person to approve that"
            )
        return None


def parse_policy(text: str, file: str = "<policy>") -> ApprovalPolicy:
    """Read a policy from YAML text; a bad policy is a ``SpecError`` naming the field."""
    try:
        data: Any = yaml.safe_load(text) or {}
    except yaml.YAMLError as exc:
        raise SpecError(f"{file}: malformed YAML: {exc}") from None
    try:
        return ApprovalPolicy.model_validate(data)
    except ValidationError as exc:
        lines = [f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors(include_url=False)]
        raise SpecError(f"{file}: bad approval policy: " + "; ".join(lines)) from None
