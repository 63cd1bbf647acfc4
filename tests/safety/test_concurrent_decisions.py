"""Decisions are read, checked and written in one transaction: six people approving a two-approver request at
the same moment, each in their own `genaiops approvals approve` process, end with the request approved, exactly
two decisions recorded (ledger outcomes pending, then approved) and four clear refusals: none lost, none doubled."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from genaiops.safety import verify_ledger
from genaiops.store import Store

PEOPLE = ("p1", "p2", "p3", "p4", "p5", "p6")

# Each process loads the whole CLI first, says it is ready, and waits for the same start signal: the approvals
# then race on the store rather than on import time.
DRIVER = """
import sys, time
from pathlib import Path
from genaiops.cli import main
from genaiops.runtime import open_engine  # noqa: F401 - imported before the start signal

ready, go = Path(sys.argv[1]), Path(sys.argv[2])
ready.touch()
while not go.exists():
    time.sleep(0.002)
sys.argv = ["genaiops", *sys.argv[3:]]
main()
"""


def _race(tmp_path: Path, home: Path, approval: str) -> dict[str, subprocess.CompletedProcess]:
    driver = tmp_path / "driver.py"
    driver.write_text(DRIVER, encoding="utf-8")
    go = tmp_path / "go"
    env = {k: v for k, v in os.environ.items() if not k.startswith("GENAIOPS_")}
    env |= {"HOME": str(tmp_path), "GENAIOPS_HOME": str(home), "COLUMNS": "200"}
    procs = {}
    for person in PEOPLE:
        args = ["approvals", "approve", approval, "--as", person, "--reason", f"ok from {person}"]
        procs[person] = subprocess.Popen(
            [sys.executable, str(driver), str(tmp_path / f"ready-{person}"), str(go), *args],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
    deadline = time.monotonic() + 240
    while not all((tmp_path / f"ready-{p}").exists() for p in PEOPLE):
        assert time.monotonic() < deadline and all(p.poll() is None for p in procs.values()), "a process died"
        time.sleep(0.02)
    go.touch()
    done = {}
    for person, proc in procs.items():
        out, err = proc.communicate(timeout=240)
        done[person] = subprocess.CompletedProcess(proc.args, proc.returncode, out, err)
    return done


def test_six_simultaneous_approvals_of_a_two_approver_request(tmp_path, home_with, paused_run):
    """Exactly two approvals are recorded and make the request approved (ledger outcomes pending, approved in
    that order); the four others exit 2 saying it is already approved; the ledger verifies."""
    home = home_with("allow_claimed_identities: true\n")
    _, approval = paused_run(home, requester="bob", risk="high")

    results = _race(tmp_path, home, approval)

    recorded = sorted(p for p, r in results.items() if r.returncode == 0)
    refused = sorted(p for p, r in results.items() if r.returncode == 2)
    assert len(recorded) == 2 and len(refused) == 4, {p: (r.returncode, r.stdout, r.stderr) for p, r in results.items()}
    for person in refused:
        assert f"approval {approval} is already approved" in results[person].stderr, results[person].stderr
        assert "Traceback" not in results[person].stderr
    store = Store.open(f"sqlite:///{home / 'genaiops.db'}")
    try:
        data, status = store.approval(approval)
        assert status == "approved"
        assert sorted(d["approver"] for d in store.decisions(approval)) == recorded
        decided = [json.loads(e.payload) for e in store.ledger() if e.kind == "approval_decided"]
        assert [d["outcome"] for d in decided] == ["pending", "approved"]
        assert sorted(d["approver"] for d in decided) == recorded
        assert verify_ledger(store.ledger(), store.ledger_head()).ok
    finally:
        store.close()
    outputs = "".join(results[p].stdout for p in recorded)
    assert "now pending (1/2)" in outputs and "now approved (2/2)" in outputs
