"""The policy cannot be weakened per process: GENAIOPS_POLICY_FILE may only tighten the home's policy (or needs
--unsafe-policy, which the ledger records); every decision records the policy version and hash; a policy change
is a `policy_changed` entry and closes what was asked under the old policy (`approval_stale`)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from genaiops.errors import SettingsError
from genaiops.runtime import load_policy
from genaiops.safety import ApprovalPolicy, TierRule, ToolRule, parse_policy
from genaiops.safety.tightening import loosened
from genaiops.settings import load_settings

ONE_GATE = "name: one-gate\ntasks:\n  - id: deploy\n    tool: apply_change\n    args: {target: svc@prod}\n"
BASE = ApprovalPolicy()

# (change to the default policy, what `loosened` must say); written from the table in safety/tightening.py
LOOSER = [
    ({"tiers": {"medium": TierRule(approvals=0)}}, "tiers.medium.approvals: 1 -> 0 (fewer approvals)"),
    ({"tiers": {"high": TierRule(approvals=1, expires_after_hours=8)}}, "tiers.high.approvals: 2 -> 1"),
    (
        {"tiers": {"high": TierRule(approvals=2, expires_after_hours=48)}},
        "tiers.high.expires_after_hours: 8 -> 48 (a longer expiry)",
    ),
    ({"gated_actions": ("deploys", "remediates", "rolls_back")}, "gated_actions: no longer gated: publishes"),
    ({"approver_roles": ("operator", "intern")}, "approver_roles: roles added: intern"),
    ({"tools": {"apply_change": ToolRule(auto=True)}}, "tools.apply_change.auto: a new automatic rule"),
    ({"tools": {"apply_change": ToolRule(roles=("intern",))}}, "tools.apply_change.roles: roles added: intern"),
    ({"people": {"alice": ("operator", "lead")}}, "people.alice: roles granted: lead"),
    ({"allow_spec_auto": True}, "allow_spec_auto: turned on"),
    ({"allow_claimed_identities": True}, "allow_claimed_identities: turned on"),
]
TIGHTER = [
    {"tiers": {"medium": TierRule(approvals=2, expires_after_hours=4)}},
    {"tiers": {"low": TierRule(approvals=1, expires_after_hours=1)}},
    {"approver_roles": ()},
    {"tools": {"apply_change": ToolRule(risk="high")}},
    {"people": {"alice": ("operator",)}},
    {"allow_scripted": False},
    {"production": True},
    {"require_authenticated": True},
]


@pytest.mark.parametrize(("change", "said"), LOOSER)
def test_each_weakening_is_named(change, said):
    """Fewer approvals, a longer expiry, fewer gated actions, more roles, a new auto rule, a flag turned on: each
    is named with its field."""
    base = BASE.model_copy(update={"people": {"alice": ("operator",)}}) if "people" in change else BASE
    assert said in "\n".join(loosened(base, base.model_copy(update=change)))


@pytest.mark.parametrize("change", TIGHTER)
def test_tightening_is_not_weakening(change):
    """More approvals, a shorter expiry, fewer roles, a higher risk, flags turned off, production on: allowed."""
    base = BASE.model_copy(update={"people": {"alice": ("operator", "lead")}}) if "people" in change else BASE
    assert loosened(base, base.model_copy(update=change)) == []


def test_the_reverse_of_each_pair_is_caught():
    """What is weaker one way round is weaker: production turned off, scripted approvals turned back on, a tool
    rule's risk lowered, the people list emptied."""
    strict = BASE.model_copy(
        update={"production": True, "allow_scripted": False, "tools": {"apply_change": ToolRule(risk="high")}}
    )
    said = "\n".join(loosened(strict, BASE))
    assert "production: turned off" in said and "allow_scripted: turned on" in said
    assert "tools.apply_change.risk: high -> none (a lower risk)" in said
    listed = BASE.model_copy(update={"people": {"alice": ("operator",)}})
    assert loosened(listed, BASE) == ["people: the list was emptied, so every local user holds the approver roles"]


# --- loading: the home's policy is the base --------------------------------------------------------------------


def _settings(tmp_path: Path, home_policy: str | None, process_policy: str | None):
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    if home_policy is not None:
        (home / "policy.yaml").write_text(home_policy, encoding="utf-8")
    file = None
    if process_policy is not None:
        file = tmp_path / "process.yaml"
        file.write_text(process_policy, encoding="utf-8")
    return load_settings(home=home, policy_file=file)


def test_a_process_policy_is_laid_over_the_home_policy(tmp_path):
    """A per-process file that only raises medium approvals keeps what the home set for everything else."""
    home = "allow_claimed_identities: true\napprover_roles: [operator, lead]\n"
    policy = load_policy(_settings(tmp_path, home, "tiers:\n  medium: {approvals: 2}\n"))
    assert policy.tier("medium").approvals == 2 and policy.tier("high").approvals == 2
    assert policy.allow_claimed_identities and policy.approver_roles == ("operator", "lead")
    assert policy.unsafe_overrides == ()


def test_a_weakening_process_policy_is_refused_naming_each_field(tmp_path):
    """A file lowering an approval count and adding a role is a SettingsError naming both and --unsafe-policy."""
    settings = _settings(tmp_path, None, "tiers:\n  medium: {approvals: 0}\napprover_roles: [operator, intern]\n")
    with pytest.raises(SettingsError) as refused:
        load_policy(settings)
    message = str(refused.value)
    assert "tiers.medium.approvals: 1 -> 0" in message and "approver_roles: roles added: intern" in message
    assert "--unsafe-policy" in message and "GENAIOPS_POLICY_FILE" in message


def test_unsafe_policy_takes_effect_and_carries_what_it_weakened(tmp_path):
    """With unsafe=True the weaker policy is used, and says what it weakened (part of its hash)."""
    settings = _settings(tmp_path, None, "tiers:\n  medium: {approvals: 0}\n")
    policy = load_policy(settings, unsafe=True)
    assert policy.tier("medium").approvals == 0
    assert policy.unsafe_overrides == ("tiers.medium.approvals: 1 -> 0 (fewer approvals)",)
    assert policy.hash != policy.model_copy(update={"unsafe_overrides": ()}).hash


def test_a_policy_file_cannot_claim_to_be_unsafe(tmp_path):
    """`unsafe_overrides` is written by genaiops, never read from a file."""
    with pytest.raises(Exception, match="unsafe_overrides: is recorded by genaiops"):
        parse_policy("unsafe_overrides: [x]\n")


# --- through the CLI -------------------------------------------------------------------------------------------


def test_cli_refuses_a_weakening_policy_file_and_records_nothing(tmp_path, cli):
    """`genaiops run` with a weakening GENAIOPS_POLICY_FILE exits 2 with the fields and the flag; no store."""
    graph, looser = tmp_path / "g.yaml", tmp_path / "looser.yaml"
    graph.write_text(ONE_GATE, encoding="utf-8")
    looser.write_text("tiers:\n  medium: {approvals: 0}\n", encoding="utf-8")
    home = tmp_path / "home"
    result = cli(home, "run", graph, GENAIOPS_POLICY_FILE=str(looser))
    assert result.exit_code == 2 and "tiers.medium.approvals: 1 -> 0" in result.stderr
    assert "--unsafe-policy" in result.stderr and not (home / "genaiops.db").exists()


def test_cli_unsafe_policy_is_ledgered(tmp_path, cli, ledger_of):
    """`genaiops --unsafe-policy run` runs under the weaker policy (no gate) and the ledger records the
    policy_changed entry with what was weakened."""
    graph, looser = tmp_path / "g.yaml", tmp_path / "looser.yaml"
    graph.write_text(ONE_GATE, encoding="utf-8")
    looser.write_text("tools:\n  apply_change: {auto: true}\n", encoding="utf-8")
    home = tmp_path / "home"
    result = cli(home, "--unsafe-policy", "run", graph, GENAIOPS_POLICY_FILE=str(looser))
    assert result.exit_code == 0 and "succeeded" in result.stdout, result.output
    (changed,) = ledger_of(home, "policy_changed")
    assert changed["unsafe_overrides"] == ["tools.apply_change.auto: a new automatic rule"]


def test_decisions_record_the_policy_version_and_hash(home_with, cli, paused_run, engine_on, ledger_of):
    """A CLI decision's record and ledger entry carry the version and the full content hash of the policy."""
    home = home_with("tiers:\n  medium: {approvals: 1, expires_after_hours: 12}\n")
    _, approval = paused_run(home, requester="bob")
    with engine_on(home) as engine:
        expected = (engine.policy.version, engine.policy.hash)
    assert cli(home, "approvals", "approve", approval, "--reason", "ok").exit_code == 0
    (entry,) = ledger_of(home, "approval_decided")
    assert (entry["policy_version"], entry["policy_hash"]) == expected
    assert len(expected[1]) == 64 and expected[1].startswith(expected[0])


def test_a_policy_edit_while_paused_closes_the_request_and_resume_asks_again(
    home_with, cli, paused_run, engine_on, ledger_of
):
    """Editing the home's policy while a run waits: the inbox no longer lists the old request (`--all` reads it
    stale), deciding it says it is stale and ledgers approval_stale after a policy_changed entry, and resuming
    asks again under the new policy."""
    home = home_with("approver_roles: [operator]\n")
    run_id, old = paused_run(home, requester="bob")
    with engine_on(home) as engine:
        asked_under = engine.policy.version
    (home / "policy.yaml").write_text("approver_roles: [operator, lead]\n", encoding="utf-8")

    listed = cli(home, "approvals", "list")
    assert listed.exit_code == 0 and old not in listed.stdout and "no approvals waiting" in listed.stdout
    assert "stale" in next(line for line in cli(home, "approvals", "list", "--all").stdout.splitlines() if old in line)
    assert ledger_of(home, "approval_stale") == []  # readers write nothing: the first writer records the change
    refused = cli(home, "approvals", "approve", old, "--reason", "ok")
    assert refused.exit_code == 2 and "already stale" in refused.stderr
    assert [e["id"] for e in ledger_of(home, "approval_stale")] == [old]
    (changed,) = ledger_of(home, "policy_changed")
    assert changed["version"] != asked_under

    with engine_on(home) as engine:
        again = asyncio.run(engine.resume(run_id))
    assert again.status == "paused" and again.pending[0].id != old
    assert again.pending[0].roles == ("operator", "lead")


def test_an_edit_that_weakens_the_homes_policy_is_said_and_ledgered_with_what_it_weakens(tmp_path):
    """An admin who loosens `policy.yaml` by mistake (an approver role added) is told so on stderr by the next
    writing command, naming the field, and its `policy_changed` entry says what was weakened and holds the new
    policy: it held two hashes only, so nobody could tell from the ledger that approvals had got easier
    (qa-admin11); a tightening edit is recorded without a warning. Through the CLI as a subprocess."""
    import json
    import os
    import subprocess
    import sys

    home, graph = tmp_path / "home", tmp_path / "g.yaml"
    graph.write_text(ONE_GATE, encoding="utf-8")
    home.mkdir(mode=0o700)
    env = {k: v for k, v in os.environ.items() if not k.startswith("GENAIOPS_")} | {"GENAIOPS_HOME": str(home)}
    genaiops = str(Path(sys.executable).parent / "genaiops")

    def cli(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([genaiops, *args], env=env, capture_output=True, text=True, timeout=120)

    (home / "policy.yaml").write_text("approver_roles: [operator]\n", encoding="utf-8")
    assert cli("run", str(graph)).returncode == 3
    (home / "policy.yaml").write_text("approver_roles: [operator, intern]\n", encoding="utf-8")
    looser = cli("run", str(graph))
    assert looser.returncode == 3 and "approver_roles: roles added: intern" in looser.stderr, looser.stderr
    (home / "policy.yaml").write_text("approver_roles: [operator]\n", encoding="utf-8")
    tighter = cli("run", str(graph))
    assert tighter.returncode == 3 and "weaken" not in tighter.stderr, tighter.stderr
    entries = json.loads(cli("audit", "list", "-o", "json", "--full").stdout)
    changed = [e["payload"] for e in entries if e["kind"] == "policy_changed"]
    assert [c["weakened"] for c in changed] == [["approver_roles: roles added: intern"], []]
    assert [c["policy"]["approver_roles"] for c in changed] == [["operator", "intern"], ["operator"]]
