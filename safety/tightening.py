"""Is one approval policy at least as strict as another? Field by field, what a per-process policy would weaken.

A policy ``other`` tightens ``base`` when, for every field:

| field | tighter means |
|---|---|
| ``tiers`` (each risk) | as many approvals or more; an expiry as short or shorter |
| ``urgency`` (page, ticket) | an expiry as short or shorter (none set: the tier's) |
| ``gated_actions`` | every action ``base`` gates is still gated |
| ``approver_roles`` | no role ``base`` does not accept |
| ``tools`` (each tool) | a risk as high or higher; no role ``base`` does not accept; no new ``auto`` rule |
| ``people`` (each person) | no role ``base`` does not grant them |
| ``allow_spec_auto``, ``allow_claimed_identities``, ``allow_scripted`` | only turned off |
| ``production``, ``require_authenticated`` | only turned on |
| ``capacity.propose_below_hours`` | as long or longer (proposals no later) |
| ``capacity.page_below_hours`` | as long or longer (no fewer urgent proposals, whose approvals expire sooner) |

Pure: compares two values.
"""

from __future__ import annotations

from genaiops.registry import RISKS
from genaiops.safety.policy import URGENCIES, ApprovalPolicy, ToolRule

__all__ = ["loosened"]

_FLAGS = ("allow_spec_auto", "allow_claimed_identities", "allow_scripted")
_REQUIRED = ("production", "require_authenticated")


def loosened(base: ApprovalPolicy, other: ApprovalPolicy) -> list[str]:
    """What ``other`` weakens compared with ``base``, one line per field (empty when it only tightens)."""
    return [
        *_tiers(base, other),
        *_urgency(base, other),
        *_sets("gated_actions", set(base.gated_actions) - set(other.gated_actions), "no longer gated"),
        *_sets("approver_roles", set(other.approver_roles) - set(base.approver_roles), "roles added"),
        *_tools(base, other),
        *_people(base, other),
        *(f"{flag}: turned on" for flag in _FLAGS if getattr(other, flag) and not getattr(base, flag)),
        *(f"{flag}: turned off" for flag in _REQUIRED if getattr(base, flag) and not getattr(other, flag)),
        *_capacity(base, other),
    ]


def _capacity(base: ApprovalPolicy, other: ApprovalPolicy) -> list[str]:
    was, now = base.capacity.propose_below_hours, other.capacity.propose_below_hours
    later = [f"capacity.propose_below_hours: {was:g} -> {now:g} (proposals later)"] if now < was else []
    was, now = base.capacity.page_below_hours, other.capacity.page_below_hours
    return later + ([f"capacity.page_below_hours: {was:g} -> {now:g} (fewer urgent proposals)"] if now < was else [])


def _sets(field: str, extra: set[str], what: str) -> list[str]:
    return [f"{field}: {what}: {', '.join(sorted(extra))}"] if extra else []


def _tiers(base: ApprovalPolicy, other: ApprovalPolicy) -> list[str]:
    out = []
    for risk in RISKS:
        was, now = base.tier(risk), other.tier(risk)
        if now.approvals < was.approvals:
            out.append(f"tiers.{risk}.approvals: {was.approvals} -> {now.approvals} (fewer approvals)")
        expiry = [t.expires_after_hours if t.approvals else None for t in (was, now)]
        if None not in expiry and expiry[1] > expiry[0]:
            out.append(f"tiers.{risk}.expires_after_hours: {expiry[0]:g} -> {expiry[1]:g} (a longer expiry)")
    return out


def _urgency(base: ApprovalPolicy, other: ApprovalPolicy) -> list[str]:
    out = []
    for urgency in URGENCIES:
        was, now = base.urgency_rule(urgency), other.urgency_rule(urgency)
        if was is not None and (now is None or now.expires_after_hours > was.expires_after_hours):
            longer = f"{now.expires_after_hours:g}" if now else "the tier's"
            out.append(
                f"urgency.{urgency}.expires_after_hours: {was.expires_after_hours:g} -> {longer} (a longer expiry)"
            )
    return out


def _risk_rank(rule: ToolRule) -> int:
    return RISKS.index(rule.risk) if rule.risk else -1


def _tools(base: ApprovalPolicy, other: ApprovalPolicy) -> list[str]:
    out = []
    for name in sorted(set(base.tools) | set(other.tools)):
        was, now = base.tools.get(name, ToolRule()), other.tools.get(name, ToolRule())
        if _risk_rank(now) < _risk_rank(was):
            out.append(f"tools.{name}.risk: {was.risk} -> {now.risk or 'none'} (a lower risk)")
        roles = set(now.roles or other.approver_roles) - set(was.roles or base.approver_roles)
        out += _sets(f"tools.{name}.roles", roles, "roles added")
        if now.auto and not was.auto:
            out.append(f"tools.{name}.auto: a new automatic rule")
    return out


def _people(base: ApprovalPolicy, other: ApprovalPolicy) -> list[str]:
    if base.people and not other.people:
        return ["people: the list was emptied, so every local user holds the approver roles"]
    out = []
    for name in sorted(set(base.people) | set(other.people)):
        out += _sets(f"people.{name}", set(other.roles_of(name)) - set(base.roles_of(name)), "roles granted")
    return out
