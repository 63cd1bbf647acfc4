"""A drill paused at its gate and resumed by another process acts on the estate its earlier tasks made.

The simulated estate lives in the process that runs the tools. Before ``ToolSpec.restore``, `genaiops run
scenarios/incident_response.yaml` -> approve -> `genaiops resume` (the README's flow) resumed on a healthy estate:
the roll back failed ("checkout runs v1 and has no previous version"). These tests take that flow through the
installed console script, as an operator does, and check the pieces that make it safe: a fault or an action is
re-created once (a run continued by the process that started it changes nothing), and an action sent to a real
target is never sent again.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

from genaiops.tools.sre.environment import RemediationAction
from genaiops.tools.sre.environment.targeted import TargetedEnvironment
from genaiops.tools.sre.simulate import build_environment
from genaiops.tools.sre.simulate.faults import FaultSpec

REPO = Path(__file__).resolve().parents[1]
DRILL = REPO / "scenarios" / "incident_response.yaml"
GENAIOPS = Path(sys.executable).parent / "genaiops"


def genaiops(home: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GENAIOPS_MODEL_")}
    env.update(GENAIOPS_HOME=str(home), COLUMNS="200")
    out = subprocess.run([GENAIOPS, *map(str, args)], capture_output=True, text=True, env=env, timeout=300)
    assert "Traceback" not in out.stdout + out.stderr, out.stdout + out.stderr
    return out


def outputs(home: Path, run_id: str) -> dict[str, dict]:
    """Each succeeded task's stored output, as `runs show --outputs` reads it (the last event with a result)."""
    with closing(sqlite3.connect(home / "genaiops.db")) as db:
        rows = db.execute(
            "SELECT task_id, result FROM events WHERE run_id = ? AND result IS NOT NULL ORDER BY seq", (run_id,)
        ).fetchall()
    return {task: json.loads(result) for task, result in rows}


def test_the_drill_resumed_by_another_process_rolls_back_the_bad_deploy_as_in_one_process(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    (home / "policy.yaml").write_text("allow_claimed_identities: true\n", encoding="utf-8")  # a drill home

    paused = genaiops(home, "run", DRILL)
    assert paused.returncode == 3, paused.stdout + paused.stderr
    run_id = re.search(r"run (run-[0-9a-f-]+): paused", paused.stdout).group(1)
    (approval,) = re.findall(r"(ap-[0-9a-f]+)\s+task undo", paused.stdout)

    # still pending: the resume re-creates the estate and pauses at the same gate (before: the task failed)
    again = genaiops(home, "resume", run_id)
    assert again.returncode == 3, again.stdout + again.stderr
    assert "no previous version" not in again.stdout + again.stderr

    decided = genaiops(home, "approvals", "approve", approval, "--as", "alice", "--reason", "INC-42")
    assert decided.returncode == 0, decided.stdout + decided.stderr
    resumed = genaiops(home, "resume", run_id)
    assert resumed.returncode == 0, resumed.stdout + resumed.stderr
    two_processes = outputs(home, run_id)

    one_home = tmp_path / "one"
    one = genaiops(one_home, "scenario", "run", DRILL)  # the scripted approval: one process from start to end
    assert one.returncode == 0 and "scenario ended as expected" in one.stdout, one.stdout + one.stderr
    (one_run,) = re.findall(r"run (run-[0-9a-f-]+)", one.stdout)[:1]
    one_process = outputs(one_home, one_run)

    for result in (two_processes, one_process):
        assert result["drill"]["severity"] == 0.7 and result["drill"]["duration_minutes"] is None
        assert result["undo"]["receipt"]["detail"] == "rolled checkout back v2 -> v1"
        assert result["undo"]["receipt"]["applied"] is True
        assert result["verify"]["cleared"] is True
    assert two_processes["verify"] == one_process["verify"]
    assert two_processes["undo"]["dry_run"] == one_process["undo"]["dry_run"]


def test_a_fault_and_an_action_are_re_created_once() -> None:
    env = build_environment()
    at = datetime(2026, 1, 5, 10, 0, tzinfo=UTC)
    fault = FaultSpec(kind="bad_deploy", service="checkout", at=at, severity=0.7)
    env.inject(fault, key="run-x:drill:0")
    env.inject(fault, key="run-x:drill:0")  # the run continued in the process that started it
    assert len(env.faults) == 1 and env.state("checkout").version == "v2"

    receipt = env.apply(RemediationAction(kind="roll_back", service="checkout"), at, "run-x:undo:0")
    elsewhere = build_environment()
    elsewhere.inject(fault, key="run-x:drill:0")
    for _ in range(2):
        elsewhere.restore_receipt(receipt)
    assert elsewhere.state("checkout") == env.state("checkout")
    assert elsewhere.receipt("run-x:undo:0") == receipt
    assert [e.kind for e in elsewhere.changes(at, datetime(2026, 1, 6, tzinfo=UTC))] == ["deploy", "roll_back"]


class _Target:
    drill = False

    def __init__(self) -> None:
        self.sent: list[str] = []

    def apply(self, action: RemediationAction, at: datetime, key: str):  # noqa: ANN201 - the protocol's
        self.sent.append(key)
        raise AssertionError("an action on a real target must never be sent again")

    def rehearse(self, action: RemediationAction, at: datetime, key: str):  # noqa: ANN201
        raise AssertionError("not called")

    def receipt(self, key: str) -> None:
        return None


def test_an_action_sent_to_a_real_target_is_not_sent_again() -> None:
    simulator = build_environment()
    at = datetime(2026, 1, 5, 10, 0, tzinfo=UTC)
    receipt = simulator.apply(RemediationAction(kind="restart", service="checkout"), at, "run-y:fix:0")
    target = _Target()
    TargetedEnvironment(build_environment(), target).restore_receipt(receipt)
    assert target.sent == []
