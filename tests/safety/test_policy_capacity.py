"""The policy's `capacity.propose_below_hours`: read from the policy file (24 h by default, a misspelt key named
with "did you mean"), outside the hash while it is the default (policies written before it keep their version
and their approvals), and a per-process policy may only raise it (lowering it proposes fixes later: weaker)."""

from __future__ import annotations

import pytest

from genaiops.errors import SettingsError, SpecError
from genaiops.runtime import load_policy
from genaiops.safety import ApprovalPolicy, parse_policy
from genaiops.safety.tightening import loosened
from genaiops.settings import load_settings

# ApprovalPolicy().hash on main before the capacity field existed (computed there, pinned here)
DEFAULT_HASH_BEFORE = "04c4d39a8b5c50182ff43b5be7ea81aab674be085fd965090f485a0e3c96922a"


def test_the_threshold_is_read_from_the_policy_file_with_a_default_of_a_day():
    """`capacity: {propose_below_hours: 6}` sets it; an empty policy has 24 h."""
    assert parse_policy("capacity: {propose_below_hours: 6}").capacity.propose_below_hours == 6
    assert parse_policy("").capacity.propose_below_hours == 24


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("capacity: {propose_below_hour: 6}", "did you mean 'propose_below_hours'"),
        ("capacity: {propose_below_hours: -1}", "greater than 0"),
    ],
)
def test_a_bad_capacity_field_is_a_spec_error_naming_it(text, said):
    """A misspelt key or a non-positive threshold: SpecError naming the field."""
    with pytest.raises(SpecError, match=said):
        parse_policy(text, "policy.yaml")


def test_the_default_keeps_the_hash_policies_had_before_and_a_setting_changes_it():
    """Existing approvals stay valid: the default policy's hash is the one main computed; setting the threshold
    is content, so it changes the hash."""
    assert ApprovalPolicy().hash == DEFAULT_HASH_BEFORE
    assert parse_policy("capacity: {propose_below_hours: 6}").hash != DEFAULT_HASH_BEFORE


def test_lowering_the_threshold_is_a_weakening_raising_it_is_not():
    """Proposals later (6 h instead of 24 h) is named by `loosened`; earlier (48 h) is tightening."""
    base = ApprovalPolicy()
    lower = parse_policy("capacity: {propose_below_hours: 6}")
    higher = parse_policy("capacity: {propose_below_hours: 48}")
    assert loosened(base, lower) == ["capacity.propose_below_hours: 24 -> 6 (proposals later)"]
    assert loosened(base, higher) == []


def test_a_process_policy_that_lowers_it_is_refused(tmp_path):
    """GENAIOPS_POLICY_FILE lowering the threshold: a SettingsError naming the field; raising it takes effect."""
    home = tmp_path / "home"
    home.mkdir()
    lower, higher = tmp_path / "lower.yaml", tmp_path / "higher.yaml"
    lower.write_text("capacity: {propose_below_hours: 2}\n", encoding="utf-8")
    higher.write_text("capacity: {propose_below_hours: 72}\n", encoding="utf-8")
    with pytest.raises(SettingsError, match="capacity.propose_below_hours: 24 -> 2"):
        load_policy(load_settings(home=home, policy_file=lower))
    assert load_policy(load_settings(home=home, policy_file=higher)).capacity.propose_below_hours == 72


def test_the_urgent_threshold_is_read_with_a_default_of_four_hours_and_lowering_it_is_a_weakening():
    """`capacity.page_below_hours` (proposals with less time left are `urgency: page`): 4 h by default, outside
    the hash while it is the default; a misspelt key is named; lowering it (fewer urgent proposals, approvals that
    may wait a day) is named by `loosened`, raising it is not."""
    assert parse_policy("").capacity.page_below_hours == 4
    assert ApprovalPolicy().hash == DEFAULT_HASH_BEFORE
    one = parse_policy("capacity: {page_below_hours: 1}")
    assert one.capacity.page_below_hours == 1 and one.hash != DEFAULT_HASH_BEFORE
    with pytest.raises(SpecError, match="did you mean 'page_below_hours'"):
        parse_policy("capacity: {page_below_hour: 1}", "policy.yaml")
    assert loosened(ApprovalPolicy(), one) == ["capacity.page_below_hours: 4 -> 1 (fewer urgent proposals)"]
    assert loosened(ApprovalPolicy(), parse_policy("capacity: {page_below_hours: 8}")) == []
