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
holds for the low tier too, when a gated action or ``approval: required`` makes a low-risk call ask), or sooner
for an urgent task: ``urgency: page`` (a remediation answering a page-level SLO burn, docs/slo.md) expires after
``urgency.page.expires_after_hours`` (1 h unless the policy sets it) when that is shorter. Approvers
need one of ``approver_roles`` (or a tool rule's ``roles``); the requester can never approve their own request.
The policy's ``version`` is a hash of its content: an approval given under another version is stale; ``hash`` is
the whole content hash, recorded with every decision.

Who may decide (``genaiops.identity``): ``people`` grants roles to people (OS user names); when it lists nobody,
every local user holds the ``approver_roles``. ``allow_claimed_identities`` (default off) lets a command name its
actor (``--as``, ``GENAIOPS_USER``, a ``--role`` not granted): only for drill homes, and recorded as ``claimed``.
``allow_scripted`` (default on) lets a scenario's scripted approvals decide drills (tasks that act only on
stand-in and simulated targets); a ``production`` home refuses them all. ``require_authenticated`` (default off)
accepts people's decisions only from the server (``identified_by: authenticated``), never a local CLI's.

A per-process policy (``GENAIOPS_POLICY_FILE``) is laid over the home's and may only tighten it: ``loosened``
names every field it would weaken (field by field: fewer approvals or a longer expiry in a tier, fewer gated
actions, more approver roles, a lower tool risk, more roles for a tool or a person, a new ``auto`` rule, an
``allow_*`` flag turned on, ``production`` or ``require_authenticated`` turned off, a shorter
``capacity.propose_below_hours``). ``unsafe_overrides`` lists what was weakened anyway under ``--unsafe-policy``;
being part of the content, it is in the hash every decision records.

``capacity.propose_below_hours`` (default 24): a capacity gauge forecast to reach its limit sooner than this gets
a remediation proposed as a gated task (``forecast_exhaustion``, the SRE's capacity review).
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator
from pydantic.json_schema import SkipJsonSchema

from genaiops.identity import normalize_name
from genaiops.ids import content_hash
from genaiops.registry import ACTIONS, Action, Risk, ToolSpec
from genaiops.safety.approval_rules import needed, override_refusal
from genaiops.safety.policy_data import normalised_people, policy_source
from genaiops.yamlfile import Source, load_model

if TYPE_CHECKING:
    from genaiops.toolcards import ToolCard

__all__ = [
    "URGENCIES",
    "ApprovalPolicy",
    "CapacityRule",
    "Requirement",
    "TierRule",
    "ToolRule",
    "Urgency",
    "UrgencyRule",
    "overlay_policy",
    "parse_policy",
]

Urgency = Literal["page", "ticket"]
URGENCIES: tuple[Urgency, ...] = ("page", "ticket")
"""How fast a remediation must happen: the severity of the SLO burn-rate alert it answers (``evaluate_slo``)."""


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class TierRule(_Frozen):
    approvals: int = Field(ge=0, le=10)
    expires_after_hours: float = Field(default=24.0, gt=0, le=24 * 365)


class UrgencyRule(_Frozen):
    expires_after_hours: float = Field(gt=0, le=24 * 365)
    """A request for a task of this urgency expires after the shorter of this and its tier's expiry."""


class ToolRule(_Frozen):
    risk: Risk | None = None
    roles: tuple[str, ...] | None = None
    auto: bool = False
    """Never ask for this tool (the policy owner's explicit choice, recorded in the policy version)."""


class CapacityRule(_Frozen):
    """When a capacity forecast becomes a proposal (``forecast_exhaustion``, the SRE's capacity review)."""

    propose_below_hours: float = Field(default=24.0, gt=0, le=24 * 365)
    """A gauge forecast to reach its limit sooner than this gets a remediation proposed (a gated task)."""
    page_below_hours: float = Field(default=4.0, ge=0, le=24 * 365)
    """A proposal for a gauge with less time left than this is urgent (``urgency: page``): its approval expires as
    ``urgency.page`` says (1 h unless set), not after its tier's day; later ones are ``ticket``. 4 h is where the
    common disk-filling alerts turn critical (node-exporter's mixin: warning within 24 h, critical within 4 h)."""


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

_DEFAULT_URGENCY = {"page": UrgencyRule(expires_after_hours=1)}
"""A page-level burn (the budget goes in hours) cannot wait a day for its approvers: 1 h unless the policy says."""


class ApprovalPolicy(_Frozen):
    tiers: dict[Risk, TierRule] = Field(default_factory=lambda: dict(_DEFAULT_TIERS))
    gated_actions: tuple[Action, ...] = ACTIONS
    approver_roles: tuple[str, ...] = ("operator",)
    tools: dict[str, ToolRule] = Field(default_factory=dict)
    allow_spec_auto: bool = False
    """May a spec's ``approval: auto`` lift the gate of a tool that deploys/remediates/rolls back/publishes?"""
    allow_claimed_identities: bool = False
    """May a command name who acts (``--as``, ``GENAIOPS_USER``, an ungranted ``--role``)? Drill homes only."""
    allow_scripted: bool = True
    """May a scenario's ``approvals:`` decide drills (tasks acting only on stand-in and simulated targets)?"""
    production: bool = False
    """A production home: scripted approvals are refused whatever ``allow_scripted`` says."""
    require_authenticated: bool = False
    """People decide only through the server, as accounts it authenticated: local and claimed decisions (the
    CLI on this home) are refused. Scripted (drills) and automatic ones keep their own rules."""
    people: dict[str, tuple[str, ...]] = Field(default_factory=dict)
    """Roles granted to people by OS user name; empty: every local user holds ``approver_roles``."""
    urgency: dict[Urgency, UrgencyRule] = Field(default_factory=dict)
    """Approval expiry by a task's ``urgency`` (the SLO burn-rate alert a remediation answers): ``page`` 1 h
    unless set here, ``ticket`` its tier's; the shorter of this and the tier's expiry applies."""
    capacity: CapacityRule = CapacityRule()
    """Capacity forecasts: how soon an exhaustion must be to get a remediation proposed."""
    unsafe_overrides: SkipJsonSchema[tuple[str, ...]] = ()
    """What a per-process policy weakened under ``--unsafe-policy`` (set by the loader, never by a file)."""

    _normalised_people = field_validator("people")(normalised_people)
    """Names compared case- and space-insensitively (a plain function: the policy's kept schema names it)."""

    @property
    def hash(self) -> str:
        """The sha256 of the policy's content (``urgency`` and ``capacity`` count only when they are not the
        default, so policies written before they existed keep their hash and their approvals)."""
        content = self.model_dump(mode="json")
        if not self.urgency:
            del content["urgency"]
        if self.capacity == CapacityRule():
            del content["capacity"]
        return content_hash(content)

    @property
    def version(self) -> str:
        return self.hash[:16]

    def tier(self, risk: Risk) -> TierRule:
        """The tier rule for ``risk`` (the default one when the policy sets none)."""
        return self.tiers.get(risk, _DEFAULT_TIERS[risk])

    def urgency_rule(self, urgency: Urgency) -> UrgencyRule | None:
        """The expiry rule for ``urgency`` (the default one when the policy sets none; None: the tier's)."""
        return self.urgency.get(urgency, _DEFAULT_URGENCY.get(urgency))

    def roles_of(self, name: str) -> tuple[str, ...]:
        """The roles the policy grants the person ``name`` (see ``people``)."""
        if not self.people:
            return self.approver_roles
        return self.people.get(normalize_name(name), ())

    def requirement(
        self,
        tool: ToolSpec | ToolCard,
        risk: Risk | None = None,
        approval: str = "policy",
        urgency: Urgency | None = None,
        expires_within_hours: float | None = None,
    ) -> Requirement:
        """What a call of ``tool`` at ``risk`` needs: the tier's approvals and roles, expiring after the tier's
        hours, sooner under ``urgency``, and at the latest ``expires_within_hours`` after they are asked (a task's
        own cap, e.g. a capacity fix's hours left)."""
        effective, approvals, roles = needed(self, tool, risk, approval)
        hours = self._expiry_hours(self.tier(effective), urgency)
        if expires_within_hours is not None:
            hours = min(hours, expires_within_hours)
        return Requirement(risk=effective, approvals=approvals, roles=roles, expires_after=timedelta(hours=hours))

    def _expiry_hours(self, tier: TierRule, urgency: Urgency | None) -> float:
        fast = self.urgency_rule(urgency) if urgency else None
        return min(tier.expires_after_hours, fast.expires_after_hours) if fast else tier.expires_after_hours

    def check_override(self, tool: ToolSpec | ToolCard, approval: str) -> str | None:
        """Why a spec's approval override is not allowed for ``tool``, or None when it is."""
        return override_refusal(self, tool, approval)


_WHAT = "an approval policy: a mapping of fields (tiers:, approver_roles:, ...)"


def parse_policy(text: str, file: str = "<policy>") -> ApprovalPolicy:
    """Read a policy from YAML text; a bad policy is a ``SpecError`` naming the file, line and field (with "did
    you mean" for a misspelt key), every problem at once."""
    return load_model(ApprovalPolicy, policy_source(text, file), what=_WHAT)


_MAPPINGS = ("tiers", "tools", "people", "urgency")


def overlay_policy(base: ApprovalPolicy, text: str, file: str = "<policy>") -> ApprovalPolicy:
    """``base`` with the fields a YAML text sets replaced (in ``tiers``, ``tools`` and ``people``, entry by
    entry): what a per-process policy file means. Whether that tightens ``base`` is ``loosened``'s question.
    The text is first checked on its own (every field has a default), so its problems carry their lines."""
    source = policy_source(text, file)
    load_model(ApprovalPolicy, source, what=_WHAT)
    merged = base.model_dump(mode="json", exclude={"unsafe_overrides"})
    for key, value in source.data.items():
        both_maps = key in _MAPPINGS and isinstance(value, dict) and isinstance(merged.get(key), dict)
        merged[key] = {**merged[key], **value} if both_maps else value
    return load_model(ApprovalPolicy, Source(merged, file), what=_WHAT)
