"""The approval policy against its documented rules (safety/policy.py's docstring, the README's "Approval
policy"): hand-written tables of what a call needs and when `approval: auto` is refused, and reading a policy
from YAML and from GENAIOPS_HOME/policy.yaml. (test_approvals_properties.py checks the same rules as an oracle
over random policies.)"""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

import pytest
from pydantic import BaseModel, ValidationError
from typer.testing import CliRunner

from genaiops.cli import app
from genaiops.errors import SpecError
from genaiops.registry import ToolSpec
from genaiops.runtime import load_policy
from genaiops.safety import ApprovalPolicy, TierRule, ToolRule, parse_policy
from genaiops.settings import load_settings

REPO = Path(__file__).resolve().parents[2]
CANARY = REPO / "scenarios" / "canary_release.yaml"


class _Args(BaseModel):
    pass


def _fn(args: _Args) -> _Args:
    return args


def tool(risk: str = "low", *actions: str, name: str = "t") -> ToolSpec:
    """A tool as the registry describes one: its name, own risk and what it does to the world."""
    return ToolSpec(
        name=name, fn=_fn, input_model=_Args, result_model=_Args, description="d", actions=frozenset(actions), risk=risk
    )


def need(policy: ApprovalPolicy, t: ToolSpec, risk: str | None = None, approval: str = "policy") -> tuple:
    r = policy.requirement(t, risk, approval)
    return r.risk, r.approvals, r.expires_after / timedelta(hours=1), r.roles


OPS = ("operator",)

# --- the default policy: one row per documented rule --------------------------------------------------------------

DEFAULT_CASES = [
    # tool risk, actions, task risk, approval -> effective risk, approvals, expiry (h)
    # the tiers: low automatic, medium one approver for 24 h, high two for 8 h
    ("low", (), None, "policy", "low", 0, 24),
    ("medium", (), None, "policy", "medium", 1, 24),
    ("high", (), None, "policy", "high", 2, 8),
    # a spec can raise the tier...
    ("low", (), "medium", "policy", "medium", 1, 24),
    ("low", (), "high", "policy", "high", 2, 8),
    ("medium", (), "high", "policy", "high", 2, 8),
    # ... never lower it
    ("high", (), "low", "policy", "high", 2, 8),
    ("medium", (), "low", "policy", "medium", 1, 24),
    ("high", (), "medium", "policy", "high", 2, 8),
    # anything that deploys, remediates, rolls back or publishes needs an approval whatever its risk
    ("low", ("deploys",), None, "policy", "low", 1, 24),
    ("low", ("remediates",), None, "policy", "low", 1, 24),
    ("low", ("rolls_back",), None, "policy", "low", 1, 24),
    ("low", ("publishes",), None, "policy", "low", 1, 24),
    ("low", ("deploys", "publishes"), "low", "policy", "low", 1, 24),
    ("medium", ("remediates",), None, "policy", "medium", 1, 24),
    ("high", ("deploys",), None, "policy", "high", 2, 8),
    ("low", ("rolls_back",), "high", "policy", "high", 2, 8),
    # `approval: required` always asks
    ("low", (), None, "required", "low", 1, 24),
    ("medium", (), None, "required", "medium", 1, 24),
    ("high", (), None, "required", "high", 2, 8),
    ("low", ("deploys",), None, "required", "low", 1, 24),
    # `approval: auto` skips asking where the policy allows it: not for a gated tool, by default
    ("medium", (), None, "auto", "medium", 0, 24),
    ("high", (), None, "auto", "high", 0, 8),
    ("low", (), "high", "auto", "high", 0, 8),
    ("low", ("deploys",), None, "auto", "low", 1, 24),
    ("low", ("publishes",), None, "auto", "low", 1, 24),
    ("high", ("remediates",), None, "auto", "high", 2, 8),
]


@pytest.mark.parametrize(("tool_risk", "actions", "risk", "approval", "effective", "approvals", "hours"), DEFAULT_CASES)
def test_the_default_policy_asks_what_the_readme_says(tool_risk, actions, risk, approval, effective, approvals, hours):
    """Under ApprovalPolicy(): low automatic, medium 1 (24 h), high 2 (8 h); gated actions and `required` ask;
    a spec raises a tier but never lowers it; `auto` never lifts the gate of a gated tool."""
    assert need(ApprovalPolicy(), tool(tool_risk, *actions), risk, approval) == (effective, approvals, hours, OPS)


def test_a_requirement_is_gated_exactly_when_it_needs_an_approval():
    """`gated` says whether the call waits for people: true for 1 or more approvals, false for 0."""
    policy = ApprovalPolicy()
    assert policy.requirement(tool("high")).gated is True
    assert policy.requirement(tool("low", "deploys")).gated is True
    assert policy.requirement(tool("low")).gated is False
    assert policy.requirement(tool("high"), approval="auto").gated is False


# --- policies that change the defaults --------------------------------------------------------------------------

STRICT = ApprovalPolicy(
    tiers={
        "low": TierRule(approvals=1, expires_after_hours=2),
        "medium": TierRule(approvals=3, expires_after_hours=5),
        "high": TierRule(approvals=4, expires_after_hours=1),
    },
    approver_roles=("lead", "sre"),
)
NOBODY = ApprovalPolicy(
    tiers={
        "low": TierRule(approvals=0, expires_after_hours=6),
        "medium": TierRule(approvals=0, expires_after_hours=3),
        "high": TierRule(approvals=0),
    }
)
ONLY_HIGH = ApprovalPolicy(tiers={"high": TierRule(approvals=3, expires_after_hours=12)})
PUBLISHING = ApprovalPolicy(gated_actions=("publishes",))
RULES = ApprovalPolicy(
    tools={
        "t": ToolRule(risk="high", roles=("lead",)),
        "quiet": ToolRule(risk="low"),
        "trusted": ToolRule(auto=True),
        "medium_rule": ToolRule(risk="medium"),
    }
)
SPEC_AUTO = ApprovalPolicy(allow_spec_auto=True)

CUSTOM_CASES = [
    # policy, tool, task risk, approval -> effective risk, approvals, expiry (h), roles
    pytest.param(STRICT, tool("low"), None, "policy", ("low", 1, 2, ("lead", "sre")), id="strict-low"),
    pytest.param(STRICT, tool("medium"), None, "policy", ("medium", 3, 5, ("lead", "sre")), id="strict-medium"),
    pytest.param(STRICT, tool("low"), "high", "policy", ("high", 4, 1, ("lead", "sre")), id="strict-raised"),
    pytest.param(STRICT, tool("medium"), None, "auto", ("medium", 0, 5, ("lead", "sre")), id="strict-auto"),
    pytest.param(STRICT, tool("high", "deploys"), None, "auto", ("high", 4, 1, ("lead", "sre")), id="strict-gated"),
    # tiers with no approvals: only the gated-action rule and `required` ask, with the tier's own expiry
    pytest.param(NOBODY, tool("medium"), None, "policy", ("medium", 0, 3, OPS), id="nobody-medium"),
    pytest.param(NOBODY, tool("high"), None, "policy", ("high", 0, 24, OPS), id="nobody-high"),
    pytest.param(NOBODY, tool("low", "deploys"), None, "policy", ("low", 1, 6, OPS), id="nobody-gated-low"),
    pytest.param(NOBODY, tool("medium", "publishes"), None, "policy", ("medium", 1, 3, OPS), id="nobody-gated-med"),
    pytest.param(NOBODY, tool("high"), None, "required", ("high", 1, 24, OPS), id="nobody-required"),
    # a policy that names only some tiers keeps the defaults of the others
    pytest.param(ONLY_HIGH, tool("high"), None, "policy", ("high", 3, 12, OPS), id="only-high-high"),
    pytest.param(ONLY_HIGH, tool("medium"), None, "policy", ("medium", 1, 24, OPS), id="only-high-medium"),
    pytest.param(ONLY_HIGH, tool("low"), None, "policy", ("low", 0, 24, OPS), id="only-high-low"),
    # the gated actions are the policy's: here only publishing asks
    pytest.param(PUBLISHING, tool("low", "deploys"), None, "policy", ("low", 0, 24, OPS), id="not-gated-deploy"),
    pytest.param(PUBLISHING, tool("low", "publishes"), None, "policy", ("low", 1, 24, OPS), id="gated-publish"),
    pytest.param(PUBLISHING, tool("low", "deploys"), None, "auto", ("low", 0, 24, OPS), id="auto-ungated-deploy"),
    pytest.param(PUBLISHING, tool("low", "publishes"), None, "auto", ("low", 1, 24, OPS), id="auto-gated-publish"),
    # a tool rule raises the risk (never lowers it) and names the roles
    pytest.param(RULES, tool("low"), None, "policy", ("high", 2, 8, ("lead",)), id="rule-raises"),
    pytest.param(RULES, tool("high", name="quiet"), None, "policy", ("high", 2, 8, OPS), id="rule-cannot-lower"),
    pytest.param(RULES, tool("low", name="medium_rule"), "high", "policy", ("high", 2, 8, OPS), id="spec-over-rule"),
    pytest.param(RULES, tool("low", name="other"), None, "policy", ("low", 0, 24, OPS), id="rule-of-another-tool"),
    # a tool rule's `auto` is the policy owner's choice: no asking, even for a gated tool ...
    pytest.param(RULES, tool("high", "deploys", name="trusted"), None, "policy", ("high", 0, 8, OPS), id="rule-auto"),
    # ... but a spec's `approval: required` still asks
    pytest.param(
        RULES, tool("high", "deploys", name="trusted"), None, "required", ("high", 2, 8, OPS), id="required-wins"
    ),
    pytest.param(RULES, tool("low", name="trusted"), None, "required", ("low", 1, 24, OPS), id="required-low"),
    # allow_spec_auto lets a spec's `auto` lift the gate of a gated tool
    pytest.param(SPEC_AUTO, tool("low", "deploys"), None, "auto", ("low", 0, 24, OPS), id="spec-auto-allowed"),
    pytest.param(SPEC_AUTO, tool("high", "publishes"), None, "auto", ("high", 0, 8, OPS), id="spec-auto-high"),
    pytest.param(SPEC_AUTO, tool("low", "deploys"), None, "policy", ("low", 1, 24, OPS), id="spec-auto-not-used"),
]


@pytest.mark.parametrize(("policy", "t", "risk", "approval", "expected"), CUSTOM_CASES)
def test_a_policy_file_changes_exactly_what_it_says(policy, t, risk, approval, expected):
    """Tiers, gated actions, tool rules (risk, roles, auto) and allow_spec_auto each change what a call needs,
    and nothing else."""
    assert need(policy, t, risk, approval) == expected


# --- check_override: validation's view of `approval: auto` ------------------------------------------------------

OVERRIDE_CASES = [
    pytest.param(ApprovalPolicy(), tool("low", "deploys"), "auto", "deploys", id="gated-auto"),
    pytest.param(ApprovalPolicy(), tool("low", "publishes", "deploys"), "auto", "deploys, publishes", id="two"),
    pytest.param(ApprovalPolicy(), tool("high"), "auto", None, id="ungated-auto"),
    pytest.param(ApprovalPolicy(), tool("low", "deploys"), "required", None, id="required"),
    pytest.param(ApprovalPolicy(), tool("low", "deploys"), "policy", None, id="policy"),
    pytest.param(SPEC_AUTO, tool("low", "deploys"), "auto", None, id="allowed"),
    pytest.param(PUBLISHING, tool("low", "deploys"), "auto", None, id="not-gated-here"),
    pytest.param(RULES, tool("low", "deploys", name="trusted"), "auto", None, id="rule-auto"),
    pytest.param(RULES, tool("low", "deploys", name="t"), "auto", "deploys", id="rule-without-auto"),
]


@pytest.mark.parametrize(("policy", "t", "approval", "named"), OVERRIDE_CASES)
def test_auto_on_a_gated_tool_is_refused_unless_the_policy_allows_it(policy, t, approval, named):
    """`approval: auto` on a tool whose actions the policy gates is refused, naming the tool and its gated
    actions; allow_spec_auto or a tool rule's auto allow it; other overrides are always allowed."""
    message = policy.check_override(t, approval)
    if named is None:
        assert message is None
    else:
        assert message is not None and f"not allowed for {t.name}: it {named}," in message


# --- the version ------------------------------------------------------------------------------------------------


def test_the_version_follows_the_content():
    """Equal content gives the same version; any change (a tier, a role, a rule, a flag) gives another."""
    base = ApprovalPolicy()
    assert ApprovalPolicy().version == base.version
    changed = [
        ApprovalPolicy(approver_roles=("lead",)),
        ApprovalPolicy(tiers={**base.tiers, "medium": TierRule(approvals=2)}),
        ApprovalPolicy(tools={"t": ToolRule(auto=True)}),
        ApprovalPolicy(allow_spec_auto=True),
        ApprovalPolicy(gated_actions=("deploys",)),
    ]
    versions = {p.version for p in changed}
    assert base.version not in versions and len(versions) == len(changed)


# --- reading a policy -------------------------------------------------------------------------------------------

POLICY_YAML = """
tiers:
  low: {approvals: 0}
  medium: {approvals: 2, expires_after_hours: 4}
  high: {approvals: 3, expires_after_hours: 1.5}
gated_actions: [deploys, publishes]
approver_roles: [lead, sre]
allow_spec_auto: true
tools:
  apply_change: {risk: high, roles: [release_manager]}
  echo: {auto: true}
"""


def test_parse_policy_reads_every_field():
    """A policy's YAML sets tiers, gated actions, approver roles, tool rules and allow_spec_auto."""
    policy = parse_policy(POLICY_YAML, "policy.yaml")
    assert policy == ApprovalPolicy(
        tiers={
            "low": TierRule(approvals=0, expires_after_hours=24),
            "medium": TierRule(approvals=2, expires_after_hours=4),
            "high": TierRule(approvals=3, expires_after_hours=1.5),
        },
        gated_actions=("deploys", "publishes"),
        approver_roles=("lead", "sre"),
        tools={"apply_change": ToolRule(risk="high", roles=("release_manager",)), "echo": ToolRule(auto=True)},
        allow_spec_auto=True,
    )


@pytest.mark.parametrize("text", ["", "\n", "# nothing set\n", "{}\n"])
def test_an_empty_policy_file_is_the_default_policy(text):
    """An empty file (or an empty mapping) is the built-in policy, with its version."""
    assert parse_policy(text).version == ApprovalPolicy().version


BAD_POLICIES = [
    pytest.param("tiers: {medium: {approvals: -1}}", ["tiers.medium.approvals", "greater than or equal to 0"]),
    pytest.param("tiers: {medium: {approvals: 11}}", ["tiers.medium.approvals", "less than or equal to 10"]),
    pytest.param("tiers: {high: {approvals: 2, expires_after_hours: 0}}", ["tiers.high.expires_after_hours"]),
    pytest.param("tiers: {high: {approvals: 2, expires_after_hours: 8761}}", ["tiers.high.expires_after_hours"]),
    pytest.param(
        "tiers: {high: {expires_after_hours: 2}}",
        ["tiers.high.approvals: missing required key", "add `approvals: ...`"],
    ),
    pytest.param("tiers: {urgent: {approvals: 1}}", ["tiers.urgent: unknown value 'urgent'", "low, medium, high"]),
    pytest.param("gated_actions: [deploys, deletes]", ["gated_actions[1]: unknown value 'deletes'"]),
    pytest.param("approver_rolls: [lead]", ["approver_rolls: unknown key", "(did you mean 'approver_roles'?)"]),
    pytest.param("tools: {apply_change: {risk: extreme}}", ["tools.apply_change.risk"]),
    pytest.param("tools: {apply_change: {auto: maybe}}", ["tools.apply_change.auto"]),
    pytest.param(
        "tools: {apply_change: {rols: [lead]}}", ["apply_change.rols: unknown key 'rols' (did you mean 'roles'?)"]
    ),
    pytest.param("allow_spec_auto: perhaps", ["allow_spec_auto"]),
    pytest.param(
        "approver_rolls: [lead]\ntiers: {low: {approvals: 99}}",
        [
            "2 problems in home/policy.yaml:\n  home/policy.yaml:1: approver_rolls: unknown key",
            "\n  home/policy.yaml:2: tiers.low.approvals: Input should be less than or equal to 10 (got 99)",
        ],
    ),
]


@pytest.mark.parametrize(("text", "fragments"), BAD_POLICIES)
def test_a_bad_policy_field_is_a_spec_error_naming_file_and_field(text, fragments):
    """Each bad field is a SpecError (a user error) that names the file, the line and the field, all fields at
    once, as scenario errors do."""
    with pytest.raises(SpecError) as info:
        parse_policy(text, "home/policy.yaml")
    message = str(info.value)
    assert re.match(r"\d problems? in home/policy.yaml:\n  home/policy.yaml:\d+: ", message), message
    for fragment in fragments:
        assert fragment in message


def test_a_policy_that_is_not_a_mapping_says_what_it_should_be():
    """A list (or any non-mapping) is refused as a whole, naming the file and what a policy is."""
    with pytest.raises(SpecError, match=r"^home/policy.yaml:1: expected an approval policy: a mapping of fields"):
        parse_policy("- just\n- a list\n", "home/policy.yaml")


def test_the_limits_themselves_are_allowed():
    """0 and 10 approvals and an expiry of a year (8,760 h) are within the policy's limits."""
    policy = parse_policy("tiers: {low: {approvals: 0}, high: {approvals: 10, expires_after_hours: 8760}}")
    assert need(policy, tool("high")) == ("high", 10, 8760, OPS)


def test_malformed_yaml_is_a_spec_error_with_the_file_name():
    """YAML that does not parse is a SpecError saying so, with the file name (the default name when none)."""
    with pytest.raises(SpecError, match=r"^home/policy.yaml:\d+: malformed YAML"):
        parse_policy("tiers: [", "home/policy.yaml")
    with pytest.raises(SpecError, match=r"^<policy>:\d+: malformed YAML"):
        parse_policy("tiers: {")


# --- the runtime: GENAIOPS_HOME/policy.yaml ---------------------------------------------------------------------


def _home_policy(text: str | None) -> Path:
    home = load_settings().home
    home.mkdir(parents=True, exist_ok=True)
    path = home / "policy.yaml"
    if text is None:
        path.unlink(missing_ok=True)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def test_without_a_policy_file_the_built_in_policy_applies():
    """No policy.yaml under GENAIOPS_HOME: the default tiers and roles, plus the roles' rules for their tools."""
    _home_policy(None)
    policy = load_policy(load_settings())
    assert policy.tiers == ApprovalPolicy().tiers and policy.approver_roles == OPS
    assert policy.tools["restart_service"].roles is not None  # the SRE role's rule for its own tool


def test_the_home_policy_file_is_read():
    """GENAIOPS_HOME/policy.yaml is the policy; a rule of its own for a tool wins over the role's default."""
    _home_policy(POLICY_YAML + "  restart_service: {roles: [incident_lead]}\n")
    policy = load_policy(load_settings())
    assert policy.approver_roles == ("lead", "sre") and policy.allow_spec_auto is True
    assert policy.tiers["medium"] == TierRule(approvals=2, expires_after_hours=4)
    assert policy.tools["apply_change"] == ToolRule(risk="high", roles=("release_manager",))
    assert policy.tools["restart_service"] == ToolRule(roles=("incident_lead",))
    assert "scale_service" in policy.tools  # the roles' rules still fill in the tools the file says nothing of


@pytest.mark.parametrize(
    ("text", "fragments"),
    [
        ("tiers: {medium: {approvals: many}}", [":1: tiers.medium.approvals: Input should be a valid integer"]),
        ("tiers: [", ["malformed YAML"]),
    ],
)
def test_a_bad_home_policy_file_is_refused_naming_it(text, fragments):
    """A bad GENAIOPS_HOME/policy.yaml is a SpecError naming the file's path and the problem."""
    path = _home_policy(text)
    with pytest.raises(SpecError) as info:
        load_policy(load_settings())
    assert re.search(rf"{re.escape(str(path))}:\d+: ", str(info.value)), str(info.value)
    for fragment in fragments:
        assert fragment in str(info.value)


def test_an_unreadable_policy_file_is_a_spec_error():
    """A policy.yaml that cannot be read (here a folder) is a SpecError naming it, not a traceback."""
    path = _home_policy(None)
    path.mkdir()
    with pytest.raises(SpecError, match="cannot read the approval policy"):
        load_policy(load_settings())


def test_the_cli_refuses_a_bad_policy_file_with_exit_2():
    """`genaiops scenario validate` under a bad home policy exits 2 with one line naming file and field."""
    path = _home_policy("tiers: {high: {approvals: 2, expires_after_hours: -1}}")
    result = CliRunner().invoke(app, ["scenario", "validate", str(CANARY)])
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    err = result.stderr.strip()
    assert err.startswith("error: ") and str(path) in err and "tiers.high.expires_after_hours" in err


def test_a_policy_and_its_rules_are_immutable_values():
    """A policy, its tiers and tool rules cannot be changed in place (a change is a new policy, with a new
    version); unknown fields are refused."""
    policy = ApprovalPolicy(tools={"t": ToolRule(roles=("lead",))})
    for target, name, value in [
        (policy, "approver_roles", ("anyone",)),
        (policy.tiers["high"], "approvals", 0),
        (policy.tools["t"], "auto", True),
    ]:
        with pytest.raises(ValidationError, match="frozen"):
            setattr(target, name, value)
    with pytest.raises(ValidationError, match="extra"):
        TierRule(approvals=1, expires_after=3)


def test_a_person_listed_twice_under_people_is_refused_naming_them():
    """`people:` names each person once: `Alice` and `alice ` are the same person, so listing both (perhaps with
    different roles) is a policy error naming the name, not a silent pick of one of the two role lists."""
    with pytest.raises(SpecError, match=r"home/policy.yaml:\d+: people: .*'alice ' is listed twice"):
        parse_policy("people: {Alice: [operator], 'alice ': [lead]}", "home/policy.yaml")
    assert parse_policy("people: {Alice: [operator]}").people == {"alice": ("operator",)}
