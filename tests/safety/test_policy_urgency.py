"""A remediation's urgency (the SLO burn-rate alert it answers) shortens its approval's expiry: `urgency: page`
expires after 1 h unless the policy's `urgency:` says otherwise, never later than its tier; a policy that does not
set `urgency` keeps the hash it had; a per-process policy may shorten an urgency's expiry, not lengthen it."""

from __future__ import annotations

from datetime import timedelta

import pytest
from pydantic import BaseModel

from genaiops.errors import SpecError
from genaiops.registry import ToolSpec
from genaiops.safety import ApprovalPolicy, parse_policy
from genaiops.safety.policy import overlay_policy
from genaiops.safety.tightening import loosened


class _Args(BaseModel):
    pass


def _fn(args: _Args) -> _Args:
    return args


def tool(risk: str = "medium") -> ToolSpec:
    return ToolSpec(name="restart", fn=_fn, input_model=_Args, result_model=_Args, description="d",
                    actions=frozenset({"remediates"}), risk=risk)  # fmt: skip


def hours(policy: ApprovalPolicy, risk: str = "medium", urgency: str | None = None) -> float:
    return policy.requirement(tool(risk), urgency=urgency).expires_after / timedelta(hours=1)


def test_a_page_level_remediation_expires_after_an_hour_by_default() -> None:
    """Default policy, a medium-risk fix: 24 h as usual, 24 h for a ticket, 1 h for a page."""
    policy = ApprovalPolicy()
    assert (hours(policy), hours(policy, urgency="ticket"), hours(policy, urgency="page")) == (24, 24, 1)


def test_the_policy_file_sets_each_urgency_and_the_tier_caps_it() -> None:
    """`urgency: {page: 0.5 h, ticket: 12 h}`: a medium fix 0.5 h / 12 h; a high one (8 h tier) keeps 8 h on a
    ticket (the shorter wins)."""
    policy = parse_policy("urgency:\n  page: {expires_after_hours: 0.5}\n  ticket: {expires_after_hours: 12}\n")
    assert hours(policy, urgency="page") == 0.5 and hours(policy, urgency="ticket") == 12
    assert hours(policy, "high", urgency="ticket") == 8


def test_a_policy_without_urgency_keeps_its_hash() -> None:
    """The default policy's hash is the one it had before `urgency` existed (approvals given stay fresh); setting
    it changes the hash."""
    assert ApprovalPolicy().hash == "04c4d39a8b5c50182ff43b5be7ea81aab674be085fd965090f485a0e3c96922a"
    assert parse_policy("urgency: {page: {expires_after_hours: 1}}\n").hash != ApprovalPolicy().hash


def test_a_misspelt_urgency_is_an_error_at_its_line() -> None:
    """`urgency: {pgae: ...}` -> did you mean 'page', at file:line."""
    with pytest.raises(SpecError, match=r"policy.yaml:3: urgency.pgae: unknown value 'pgae' \(did you mean 'page'\?\)"):
        parse_policy("approver_roles: [operator]\nurgency:\n  pgae: {expires_after_hours: 1}\n", "policy.yaml")


@pytest.mark.parametrize(("text", "weaker"), [("2", True), ("0.5", False)])
def test_a_per_process_policy_may_only_shorten_an_urgencys_expiry(text: str, weaker: bool) -> None:
    """Laid over the default, `urgency.page` at 2 h is a loosening (named); at 0.5 h it tightens."""
    base = ApprovalPolicy()
    other = overlay_policy(base, f"urgency: {{page: {{expires_after_hours: {text}}}}}\n")
    said = loosened(base, other)
    assert (said == ["urgency.page.expires_after_hours: 1 -> 2 (a longer expiry)"]) if weaker else said == []
