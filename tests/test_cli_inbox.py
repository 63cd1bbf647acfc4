"""The approvals inbox through the `genaiops` command line: a request expires for every reader at its expiry time
(and is closed once, durably)."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import time
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import yaml
from click.testing import Result
from typer.testing import CliRunner

from genaiops.cli import app

SCENARIOS = Path(__file__).resolve().parents[1] / "scenarios"
CANARY = SCENARIOS / "canary_release.yaml"
PAUSED = (0, 3)  # a run stopped at a gate: 0 today, 3 once exit codes distinguish a pause (issue #10)


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
    """A home whose policy is the test session's (if the suite writes one) with ``tiers`` on top."""
    home = tmp_path / "home"
    home.mkdir()
    if tiers:
        shared = Path(os.environ["GENAIOPS_HOME"]) / "policy.yaml"
        policy = (yaml.safe_load(shared.read_text(encoding="utf-8")) if shared.exists() else None) or {}
        policy["tiers"] = {**policy.get("tiers", {}), **tiers}
        (home / "policy.yaml").write_text(yaml.safe_dump(policy), encoding="utf-8")
    return home


def query(home: Path, sql: str) -> list[tuple]:
    with closing(sqlite3.connect(home / "genaiops.db")) as db:
        return db.execute(sql).fetchall()


def start_paused(home: Path, scenario: Path) -> tuple[str, str, dict]:
    """Run ``scenario`` to its gate: (run id, approval id, the stored request)."""
    ran = invoke(home, "run", scenario)
    assert ran.exit_code in PAUSED, ran.output
    run_id = re.search(r"run (run-\S+): paused", ran.stdout).group(1)
    ((approval_id, request),) = query(home, "SELECT approval_id, request FROM approvals")
    return run_id, approval_id, json.loads(request)


# --- point 10: expiry at the expiry time --------------------------------------------------------------------------


def test_an_expired_request_reads_expired_everywhere_refuses_decisions_and_resume_rejects(tmp_path: Path) -> None:
    """With a medium tier that expires after ~1 s: once the time passes, `approvals list` no longer offers the
    request, `--all` and `show` say expired, an approval is refused naming the expiry time, resume ends the
    run rejected, and the ledger holds exactly one approval_expired entry (and the run one event)."""
    home = make_home(tmp_path, {"medium": {"approvals": 1, "expires_after_hours": 0.0003}})
    run_id, approval_id, request = start_paused(home, CANARY)
    expires = datetime.fromisoformat(request["expires_at"])
    time.sleep(max(0.0, (expires - datetime.now(UTC)).total_seconds()) + 0.05)  # a real wait of about a second

    listed = invoke(home, "approvals", "list")
    assert listed.exit_code == 0 and approval_id not in listed.stdout and "no approvals waiting" in listed.stdout
    assert query(home, "SELECT status FROM approvals") == [("expired",)]  # closed by the first command to open
    assert query(home, "SELECT COUNT(*) FROM ledger WHERE kind = 'approval_expired'") == [(1,)]
    every = invoke(home, "approvals", "list", "--all")
    row = next(line for line in every.stdout.splitlines() if approval_id in line)
    assert "expired" in row and "pending" not in row
    shown = invoke(home, "approvals", "show", approval_id)
    assert shown.exit_code == 0 and shown.stdout.splitlines()[0].startswith(f"{approval_id}  expired")

    refused = invoke(home, "approvals", "approve", approval_id, "--as", "alice", "--reason", "late")
    assert refused.exit_code == 2 and "Traceback" not in refused.output
    assert f"approval {approval_id} expired at {expires.isoformat()}" in " ".join(refused.stderr.split())
    assert query(home, "SELECT COUNT(*) FROM decisions") == [(0,)]

    resumed = invoke(home, "resume", run_id)
    assert resumed.exit_code == 1 and f"run {run_id}: rejected" in resumed.stdout
    assert "expired at" in resumed.stdout
    assert query(home, "SELECT COUNT(*) FROM ledger WHERE kind = 'approval_expired'") == [(1,)]
    assert query(home, "SELECT task_id FROM events WHERE kind = 'approval_expired'") == [("promote",)]
    assert query(home, f"SELECT status FROM approvals WHERE approval_id = '{approval_id}'") == [("expired",)]
    assert invoke(home, "audit", "verify").exit_code == 0
