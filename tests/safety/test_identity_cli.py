"""Identity through the command line: the OS user decides (recorded `local`); `--as` and GENAIOPS_USER are refused
outside drill homes (exit 2, nothing recorded) and recorded `claimed` inside them; roles come from the policy."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from genaiops.identity import os_user

REPO = Path(__file__).resolve().parents[2]
CANARY = REPO / "scenarios" / "canary_release.yaml"
ONE_GATE = "name: one-gate\ntasks:\n  - id: deploy\n    tool: apply_change\n    args: {target: svc@prod}\n"


def dump(home: Path) -> dict[str, list]:
    """The rows of the engine's tables (tools' own tables, created on first open, are not the point here)."""
    with closing(sqlite3.connect(home / "genaiops.db")) as con:
        tables = ("runs", "events", "approvals", "decisions", "ledger", "ledger_head", "meta")
        return {t: sorted(con.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in tables}


def decisions(home: Path) -> list[dict]:
    with closing(sqlite3.connect(home / "genaiops.db")) as con:
        return [json.loads(r[0]) for r in con.execute("SELECT decision FROM decisions ORDER BY seq")]


def test_the_os_user_decides_and_is_recorded_as_local(home_with, cli, paused_run, ledger_of):
    """Without --as the OS user of the process decides; the decision, the ledger and `show` say `local`."""
    home = home_with("{}\n")
    run_id, approval = paused_run(home, requester="bob")
    result = cli(home, "approvals", "approve", approval, "--reason", "CHG-7")
    assert result.exit_code == 0, result.output
    me = os_user()
    assert f"approve by {me} recorded; the approval is now approved (1/1)" in result.stdout
    (decision,) = decisions(home)
    assert (decision["approver"], decision["identified_by"], decision["role"]) == (me, "local", "operator")
    (entry,) = ledger_of(home, "approval_decided")
    assert (entry["approver"], entry["identified_by"]) == (me, "local")
    shown = cli(home, "approvals", "show", approval)
    assert f"{me} (operator, human, identified: local): approve" in shown.stdout


def _claims(run_id: str, approval: str) -> list:
    return [
        pytest.param(["approvals", "approve", approval, "--as", "alice", "--reason", "ok"], {}, "--as", id="approve"),
        pytest.param(["approvals", "reject", approval, "--as", "alice", "--reason", "no"], {}, "--as", id="reject"),
        pytest.param(
            ["approvals", "approve", approval, "--reason", "ok"], {"GENAIOPS_USER": "alice"}, "GENAIOPS_USER", id="env"
        ),
        pytest.param(["run", "{graph}", "--as", "bob"], {}, "--as", id="run"),
        pytest.param(["scenario", "run", CANARY, "--as", "bob"], {}, "--as", id="scenario-run"),
        pytest.param(["runs", "cancel", run_id, "--as", "bob"], {}, "--as", id="cancel"),
    ]


@pytest.mark.parametrize("case", range(6))
def test_claimed_identities_are_refused_outside_drill_homes(tmp_path, home_with, cli, paused_run, case):
    """--as (approve, reject, run, scenario run, runs cancel) and GENAIOPS_USER exit 2 naming the claim and the
    drill-home setting; nothing is recorded."""
    home = home_with("approver_roles: [operator]\n")
    run_id, approval = paused_run(home, requester="bob")
    graph = tmp_path / "graph.yaml"
    graph.write_text(ONE_GATE, encoding="utf-8")
    args, env, where = _claims(run_id, approval)[case].values
    before = dump(home)
    result = cli(home, *[str(a).replace("{graph}", str(graph)) for a in args], **env)
    assert result.exit_code == 2, result.output
    err = result.stderr
    assert "is a claimed identity" in err and where in err and "allow_claimed_identities: true" in err
    assert "Traceback" not in result.output
    assert dump(home) == before


def test_the_os_user_cannot_approve_their_own_run(home_with, cli, paused_run):
    """A request the OS user asked for is refused to them, and the message does not suggest typing a name."""
    home = home_with("{}\n")
    _, approval = paused_run(home, requester=os_user())
    before = dump(home)
    result = cli(home, "approvals", "approve", approval, "--reason", "mine")
    assert result.exit_code == 2
    assert "cannot approve or reject it themselves" in result.stderr and "--as" not in result.stderr
    assert dump(home) == before


@pytest.mark.parametrize(
    ("people", "args", "fragment"),
    [
        ("people: {someone-else: [operator]}\n", [], "holds no approver role"),
        ("{}\n", ["--role", "sre_oncall"], "does not hold that role"),
        ("people: {'{me}': [viewer]}\n", [], "role 'viewer' may not decide"),
    ],
)
def test_roles_come_from_the_policy_not_the_command_line(home_with, cli, paused_run, people, args, fragment):
    """A person the policy grants no accepted role cannot decide, and --role cannot grant one: exit 2."""
    home = home_with(people.replace("{me}", os_user()))
    _, approval = paused_run(home, requester="bob")
    before = dump(home)
    result = cli(home, "approvals", "approve", approval, "--reason", "ok", *args)
    assert result.exit_code == 2 and fragment in result.stderr, result.output
    assert dump(home) == before


def test_a_person_granted_a_role_by_people_decides_in_it(home_with, cli, paused_run):
    """`people:` granting the OS user sre_oncall lets them decide with --role sre_oncall (recorded local)."""
    home = home_with(f"approver_roles: [operator, sre_oncall]\npeople: {{'{os_user()}': [sre_oncall]}}\n")
    _, approval = paused_run(home, requester="bob")
    result = cli(home, "approvals", "approve", approval, "--reason", "ok", "--role", "sre_oncall")
    assert result.exit_code == 0, result.output
    (decision,) = decisions(home)
    assert (decision["role"], decision["identified_by"]) == ("sre_oncall", "local")


def test_in_a_drill_home_a_claim_is_recorded_as_claimed(home_with, cli, paused_run, ledger_of):
    """With allow_claimed_identities, --as alice decides; decision, ledger and `show` say claimed, and the
    person deciding is told."""
    home = home_with("allow_claimed_identities: true\n")
    _, approval = paused_run(home, requester="bob")
    result = cli(home, "approvals", "approve", approval, "--as", "Alice ", "--reason", "drill")
    assert result.exit_code == 0, result.output
    assert "approve by alice recorded" in result.stdout and "recorded as claimed" in result.stdout
    (decision,) = decisions(home)
    assert (decision["approver"], decision["identified_by"]) == ("alice", "claimed")
    assert ledger_of(home, "approval_decided")[0]["identified_by"] == "claimed"
    assert "alice (operator, human, identified: claimed)" in cli(home, "approvals", "show", approval).stdout


def _genaiops(home: Path, *args: str) -> subprocess.CompletedProcess:
    """`genaiops ARGS` against ``home`` in its own process, as a person types it."""
    drop = ("GENAIOPS_USER", "GENAIOPS_STORE_URL", "GENAIOPS_POLICY_FILE", "GENAIOPS_SERVER_URL", "GENAIOPS_TOKEN")
    env = {k: v for k, v in os.environ.items() if k not in drop}
    env |= {"HOME": str(home.parent), "GENAIOPS_HOME": str(home), "COLUMNS": "200"}
    genaiops = Path(sys.executable).parent / "genaiops"
    return subprocess.run([str(genaiops), *args], env=env, capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize(
    ("claimed", "said"),
    [
        pytest.param("a1ice", "looks like the person 'alice'", id="digit-lookalike-of-requester"),
        pytest.param("\u0430lice", "mixes Cyrillic and Latin letters", id="cyrillic-a"),
        pytest.param("alice\u200b", "holds an invisible character (U+200B", id="zero-width-space"),
        pytest.param("car0l", "looks like the person 'carol'", id="lookalike-of-policy-person"),
    ],
)
def test_in_a_drill_home_a_claimed_name_that_reads_as_another_is_refused(home_with, paused_run, claimed, said):
    """A drill home's --as held to the account-name rule (it skipped it: `--as a1ice` approved alice's own run as
    a second person): a look-alike of a requester or of the policy's people, mixed scripts or an invisible
    character is exit 2 naming why, for a decision and for starting a run; nothing is recorded. A plain other
    name still decides."""
    home = home_with("allow_claimed_identities: true\npeople: {carol: [operator], bob: [operator]}\n")
    _, approval = paused_run(home, requester="alice")
    before = dump(home)
    refused = _genaiops(home, "approvals", "approve", approval, "--as", claimed, "--reason", "drill")
    assert refused.returncode == 2, refused.stdout + refused.stderr
    assert said in " ".join(refused.stderr.split()) and "Traceback" not in refused.stderr
    graph = home.parent / "graph.yaml"
    graph.write_text(ONE_GATE, encoding="utf-8")
    started = _genaiops(home, "run", str(graph), "--as", claimed)
    assert started.returncode == 2 and said in " ".join(started.stderr.split()), started.stdout + started.stderr
    assert dump(home) == before
    decided = _genaiops(home, "approvals", "approve", approval, "--as", "bob", "--reason", "drill")
    assert decided.returncode == 0, decided.stderr
