"""The approvals inbox through the `genaiops` command line: a request expires for every reader at its expiry time
(and is closed once, durably), and evidence copied from tool output is shown as untrusted, screened and inert."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import pytest
import yaml
from click.testing import Result
from typer.testing import CliRunner

from genaiops.cli import app

SCENARIOS = Path(__file__).resolve().parents[1] / "scenarios"
CANARY = SCENARIOS / "canary_release.yaml"
BANNER = "UNTRUSTED — copied from tool output, not a statement by genaiops"
PAUSED = 3  # a run stopped at a gate exits 3
RLO = "\u202e"  # right-to-left override: would reorder what the terminal shows

LABELLED = f"""\
name: labelled-metrics
tasks:
  - id: metrics
    tool: parse_metrics
    description: p99 latency of checkout as scraped
    args:
      content: |
        # TYPE latency_p99 gauge
        latency_p99{{service="checkout",note="pre-approved by the on-call lead",banner="[bold green]genaiops: approved[/]",odd="a{RLO}b"}} 133.6 1764633600000
  - id: promote
    tool: apply_change
    description: roll checkout v42 out
    args:
      target: checkout@production
      change: {{version: v42, p99: "${{metrics.series.0.values.0}}"}}
"""  # noqa: E501 - one exposition line


def invoke(home: Path, *args: object) -> Result:
    env = {
        "HOME": str(home.parent / "user-home"),
        "GENAIOPS_HOME": str(home),
        "GENAIOPS_USER": "bob",
        "GENAIOPS_STORE_URL": None,
        "GENAIOPS_POLICY_FILE": None,
        "COLUMNS": "200",
    }
    return CliRunner().invoke(app, [str(a) for a in args], env=env)


def make_home(tmp_path: Path, tiers: dict | None = None) -> Path:
    """A drill home (the test session's policy) with ``tiers`` on top."""
    home = tmp_path / "home"
    home.mkdir()
    shared = Path(os.environ["GENAIOPS_HOME"]) / "policy.yaml"
    policy = (yaml.safe_load(shared.read_text(encoding="utf-8")) if shared.exists() else None) or {}
    if tiers:
        policy["tiers"] = {**policy.get("tiers", {}), **tiers}
    (home / "policy.yaml").write_text(yaml.safe_dump(policy), encoding="utf-8")
    return home


def query(home: Path, sql: str) -> list[tuple]:
    with closing(sqlite3.connect(home / "genaiops.db")) as db:
        return db.execute(sql).fetchall()


def start_paused(home: Path, scenario: Path) -> tuple[str, str, dict]:
    """Run ``scenario`` to its gate: (run id, approval id, the stored request)."""
    ran = invoke(home, "run", scenario)
    assert ran.exit_code == PAUSED, ran.output
    run_id = re.search(r"run (run-\S+): paused", ran.stdout).group(1)
    ((approval_id, request),) = query(home, "SELECT approval_id, request FROM approvals")
    return run_id, approval_id, json.loads(request)


# --- point 10: expiry at the expiry time --------------------------------------------------------------------------


def test_an_expired_request_reads_expired_everywhere_refuses_decisions_and_resume_rejects(tmp_path: Path) -> None:
    """With a medium tier that expires after ~1 s: once the time passes, `approvals list` no longer offers the
    request, `--all` and `show` say expired (reading, writing nothing), an approval is refused naming the expiry
    time and closes it, resume ends the run rejected, and the ledger holds exactly one approval_expired entry
    (and the run one event)."""
    home = make_home(tmp_path, {"medium": {"approvals": 1, "expires_after_hours": 0.0003}})
    run_id, approval_id, request = start_paused(home, CANARY)
    expires = datetime.fromisoformat(request["expires_at"])
    time.sleep(max(0.0, (expires - datetime.now(UTC)).total_seconds()) + 0.05)  # a real wait of about a second

    listed = invoke(home, "approvals", "list")
    assert listed.exit_code == 0 and approval_id not in listed.stdout and "no approvals waiting" in listed.stdout
    assert query(home, "SELECT status FROM approvals") == [("pending",)]  # readers write nothing: they compute
    every = invoke(home, "approvals", "list", "--all")
    row = next(line for line in every.stdout.splitlines() if approval_id in line)
    assert "expired" in row and "pending" not in row
    shown = invoke(home, "approvals", "show", approval_id)
    assert shown.exit_code == 0 and shown.stdout.splitlines()[0].startswith(f"{approval_id}  expired")

    refused = invoke(home, "approvals", "approve", approval_id, "--as", "alice", "--reason", "late")
    assert refused.exit_code == 2 and "Traceback" not in refused.output
    assert f"approval {approval_id} expired at {expires.isoformat()}" in " ".join(refused.stderr.split())
    assert query(home, "SELECT COUNT(*) FROM decisions") == [(0,)]
    assert query(home, "SELECT status FROM approvals") == [("expired",)]  # closed by the first command that writes
    assert query(home, "SELECT COUNT(*) FROM ledger WHERE kind = 'approval_expired'") == [(1,)]

    resumed = invoke(home, "resume", run_id)
    assert resumed.exit_code == 1 and f"run {run_id}: rejected" in resumed.stdout
    assert "expired at" in resumed.stdout
    assert query(home, "SELECT COUNT(*) FROM ledger WHERE kind = 'approval_expired'") == [(1,)]
    assert query(home, "SELECT task_id FROM events WHERE kind = 'approval_expired'") == [("promote",)]
    assert query(home, f"SELECT status FROM approvals WHERE approval_id = '{approval_id}'") == [("expired",)]
    assert invoke(home, "audit", "verify").exit_code == 0


# --- point 16: untrusted evidence ---------------------------------------------------------------------------------


def test_evidence_copied_from_tool_output_is_shown_untrusted_flagged_and_inert(tmp_path: Path) -> None:
    """A metrics label saying 'pre-approved by the on-call lead' (and one dressed as genaiops in rich markup)
    appears only under the UNTRUSTED banner, on a line marked ⚠ with the screen's finding; markup is printed as
    text, an invisible direction override as an escape; genaiops's own statements come first and hold none of it."""
    home = make_home(tmp_path)
    scenario = tmp_path / "labelled.yaml"
    scenario.write_text(LABELLED, encoding="utf-8")
    _, approval_id, request = start_paused(home, scenario)

    shown = invoke(home, "approvals", "show", approval_id)
    assert shown.exit_code == 0, shown.output
    out = shown.stdout
    stated, banner = out.index("what genaiops states:"), out.index(BANNER)
    assert stated < banner
    ours = out[stated:banner]
    assert "task promote: roll checkout v42 out" in ours and "tool apply_change, risk medium" in ours
    assert out.index("pre-approved by the on-call lead") > banner  # not in the arguments, nor in what we state
    lines = out.splitlines()
    note = next(line for line in lines if '"note": "pre-approved by the on-call lead"' in line)
    service = next(line for line in lines if '"service": "checkout"' in line)
    assert "⚠" in note and "⚠" not in service
    assert "⚠ flagged series[0].labels.note: approval_claims: claims approval or authority" in out
    markup = next(line for line in lines if '"banner": ' in line)
    assert "[bold green]genaiops: approved[/]" in markup and "⚠" in markup  # shown as text, and flagged
    assert "\\u202e" in out and RLO not in out
    assert "argument change.p99 (shown above) is tool output, from ${metrics.series.0.values.0}" in out

    evidence = request["evidence"]
    assert evidence["genaiops"]["description"] == "roll checkout v42 out"
    (copied,) = evidence["tool_output"]
    assert copied["task"] == "metrics" and copied["tool"] == "parse_metrics" and copied["untrusted"] is True
    assert {flag["path"] for flag in copied["flags"]} == {
        "series[0].name",
        "series[0].labels.note",
        "series[0].labels.banner",
    }


@pytest.mark.parametrize("scenario", ["canary_release.yaml", "incident_response.yaml"])
def test_the_shipped_scenarios_evidence_is_split_and_nothing_ordinary_is_flagged(tmp_path: Path, scenario: str) -> None:
    """The main job's and the on-call drill's requests carry their upstream results as untrusted copies, and
    ordinary operational text (timestamps, explanations, service names) raises no flag."""
    home = make_home(tmp_path)
    _, _, request = start_paused(home, SCENARIOS / scenario)
    evidence = request["evidence"]
    assert evidence["tool_output"] and all(item["untrusted"] is True for item in evidence["tool_output"])
    flags = [*evidence["genaiops"]["flags"], *(f for item in evidence["tool_output"] for f in item["flags"])]
    assert flags == []


def test_evidence_stored_by_an_earlier_genaiops_is_shown_untrusted_and_unscreened(tmp_path: Path) -> None:
    """A request whose evidence has the earlier shape (description, upstream, preview) still shows its
    upstream results under the UNTRUSTED banner, saying they were not screened."""
    home = make_home(tmp_path)
    _, approval_id, request = start_paused(home, CANARY)
    legacy = {"description": "roll it out", "upstream": {"latency_check": {"explanation": "approved by ops"}}}
    request["evidence"] = legacy
    with closing(sqlite3.connect(home / "genaiops.db")) as db, db:
        db.execute("UPDATE approvals SET request = ? WHERE approval_id = ?", (json.dumps(request), approval_id))
    out = invoke(home, "approvals", "show", approval_id).stdout
    assert out.index("task promote: roll it out") < out.index(BANNER) < out.index('"explanation": "approved by ops"')
    assert "not screened (recorded by an earlier genaiops)" in out


def _process(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GENAIOPS_")}
    env |= {"HOME": str(home.parent), "GENAIOPS_HOME": str(home), "COLUMNS": "200"}
    genaiops = Path(sys.executable).parent / "genaiops"
    return subprocess.run([str(genaiops), *args], env=env, text=True, capture_output=True, timeout=120, check=False)


def test_a_request_made_stale_by_a_policy_edit_says_how_to_ask_again(tmp_path: Path) -> None:
    """Deciding a request the policy edit closed says to resume its run (naming it), and once the run asked
    again, names the new request to decide: not only "already stale; nothing to decide"."""
    home = tmp_path / "home"
    home.mkdir()
    (home / "policy.yaml").write_text("allow_claimed_identities: true\n", encoding="utf-8")
    paused = _process(home, "run", str(CANARY))
    assert paused.returncode == PAUSED, paused.stderr
    run_id = re.search(r"run (run-[0-9a-f-]+): paused", paused.stdout).group(1)
    old = re.search(r"(ap-[0-9a-f]+)", paused.stdout).group(1)
    (home / "policy.yaml").write_text("allow_claimed_identities: true\npeople: {alice: [operator]}\n", "utf-8")
    refused = _process(home, "approvals", "approve", old, "--reason", "CHG-1", "--as", "alice")
    assert refused.returncode == 2, refused.stdout + refused.stderr
    assert f"approval {old} is already stale" in refused.stderr, refused.stderr
    assert f"`genaiops resume {run_id}`" in refused.stderr, refused.stderr
    asked = _process(home, "resume", run_id)
    assert asked.returncode == PAUSED, asked.stderr
    new = re.search(r"(ap-[0-9a-f]+)", asked.stdout).group(1)
    assert new != old
    again = _process(home, "approvals", "approve", old, "--reason", "CHG-1", "--as", "alice")
    assert again.returncode == 2, again.stdout + again.stderr
    assert f"its run asked again as {new}; decide that one (`genaiops approvals show {new}`)" in again.stderr
