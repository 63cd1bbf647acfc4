"""Goal tasks and budgets from the command line, through the `genaiops` process: the SRE agent given a goal
investigates offline and stops at the remediation it proposed (gated), approving it runs the fix; each step is a
turn; reaching the budget pauses the run at a continue_over_budget approval (approve goes on, reject stops);
a goal given wrongly is a configuration error (exit 2)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
GOAL_SCENARIO = REPO / "scenarios" / "goal_investigation.yaml"
GENAIOPS = Path(sys.executable).parent / "genaiops"
SRE_STEPS = [
    "observe_services",
    "detect_onsets",
    "detect_log_anomalies",
    "correlate_incidents",
    "rank_root_causes",
    "consult_memory",
    "dry_run_remediation",
    "evaluate_slo",
]

BUDGET_SCENARIO = """\
name: budget-drill
at: "2026-01-05T10:20:00Z"
budget: {tokens: 1000}
tasks:
  - id: drill
    tool: inject_fault
    args: {kind: bad_deploy, service: checkout, minutes_ago: 20, severity: 0.7}
  - id: summary
    role: sre
    tool: summarize_series
    args: {values: [120, 130, 410]}
    after: [drill]
  - id: again
    role: sre
    tool: summarize_series
    args: {values: [1, 2, 3]}
    after: [summary]
"""


def genaiops(home: Path, *args: str, user: str = "bob") -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GENAIOPS_")}
    env |= {"GENAIOPS_HOME": str(home), "GENAIOPS_USER": user, "COLUMNS": "200"}
    return subprocess.run([str(GENAIOPS), *args], env=env, capture_output=True, text=True, timeout=600, check=False)


def document(home: Path, *args: str) -> object:
    done = genaiops(home, *args, "-o", "json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


@pytest.fixture
def home(drill_home: Path) -> Path:
    """A drill home (bob and alice are named with GENAIOPS_USER, recorded as claimed)."""
    return drill_home


def test_a_goal_task_investigates_then_waits_at_its_proposed_fix_for_approval(home: Path) -> None:
    """scenarios/goal_investigation.yaml: the SRE's playbook names checkout, proposes a gated roll back that
    waits (the scenario expects paused: exit 0); the turns hold each step in order; the table shows the finding;
    the proposed roll back is approved like any gated task."""
    ran = genaiops(home, "scenario", "run", str(GOAL_SCENARIO))
    assert ran.returncode == 0 and "scenario ended as expected" in ran.stdout, ran.stdout + ran.stderr
    [run] = document(home, "runs", "list")
    shown = document(home, "runs", "show", run["run_id"], "--turns")
    goal = shown["goals"]["investigate"]
    assert goal["root_cause"] == "checkout" and goal["planner"] == "playbook"
    assert goal["proposal"]["tasks"] == ["investigate_fix", "investigate_verify"] and goal["proposal"]["gated"]
    assert [s["tool"] for s in goal["steps"]] == SRE_STEPS
    stepped = [json.loads(t["content"])["tool"] for t in shown["turns"] if t["kind"] == "goal_step"]
    assert stepped == SRE_STEPS
    assert shown["spend"]["tokens"] > 0 and shown["spend"]["budget"] == {"tokens": 200000, "usd": None}
    [pending] = shown["pending_approvals"]
    assert (pending["task_id"], pending["tool"]) == ("investigate_fix", "roll_back_deploy")
    table = genaiops(home, "runs", "show", run["run_id"])
    assert "goal investigate (sre, playbook)" in table.stdout and "root cause: checkout" in table.stdout
    approved = genaiops(home, "approvals", "approve", pending["approval_id"], "--as", "alice", "--reason", "INC-7")
    assert approved.returncode == 0 and "approved" in approved.stdout, approved.stdout + approved.stderr
    # resuming runs the roll back: tests/agents/test_goal_playbooks.py, in one process (the simulated estate
    # the drill broke lives in the process that injected the fault)


def test_reaching_the_budget_pauses_the_run_and_the_decision_goes_on_or_stops(home: Path, tmp_path: Path) -> None:
    """budget: {tokens: 1000}, and the first SRE task spends more: the next one waits for a continue_over_budget
    approval (exit 3); rejecting it ends the run rejected without running the task; in a second run, approving
    it lets the run finish."""
    flow = tmp_path / "budget.yaml"
    flow.write_text(BUDGET_SCENARIO.replace("tokens: 1000", "tokens: 10"), encoding="utf-8")
    for verdict, status, code in (("reject", "rejected", 1), ("approve", "succeeded", 0)):
        paused = genaiops(home, "run", str(flow))
        assert paused.returncode == 3, paused.stdout + paused.stderr
        run = document(home, "runs", "list")[0]
        shown = document(home, "runs", "show", run["run_id"])
        [pending] = shown["pending_approvals"]
        assert (pending["task_id"], pending["tool"]) == ("budget_1", "continue_over_budget")
        assert shown["spend"]["tokens"] >= 10
        assert {t["task_id"]: t["status"] for t in shown["tasks"]}["again"] == "pending"
        decided = genaiops(home, "approvals", verdict, pending["approval_id"], "--as", "alice", "--reason", "budget")
        assert decided.returncode == 0, decided.stderr
        resumed = genaiops(home, "resume", run["run_id"])
        assert resumed.returncode == code, resumed.stdout + resumed.stderr
        tasks = {t["task_id"]: t["status"] for t in document(home, "runs", "show", run["run_id"])["tasks"]}
        assert tasks["again"] == ("blocked" if verdict == "reject" else "succeeded"), tasks
        assert document(home, "runs", "show", run["run_id"])["run"]["status"] == status


@pytest.mark.parametrize(
    ("task", "message"),
    [
        ("    goal: find why checkout is slow\n", "a goal is pursued by one role's agent"),
        ("    role: sre\n    tool: observe_services\n    goal: look\n", "names a tool ('observe_services') and a goal"),
        ("    role: sre\n    goal: look\n    args: {servcie: checkout}\n", "unknown argument 'servcie'"),
        ("    role: sre\n    tool: pursue_goal\n", "pursue_goal is what a goal runs"),
    ],
)
def test_a_goal_given_wrongly_is_a_configuration_error(home: Path, tmp_path: Path, task: str, message: str) -> None:
    """No role, a tool and a goal, a misspelt hint, pursue_goal without a goal: exit 2 with the place and fix."""
    flow = tmp_path / "flow.yaml"
    flow.write_text(f"name: x\ntasks:\n  - id: a\n{task}", encoding="utf-8")
    checked = genaiops(home, "scenario", "validate", str(flow))
    assert checked.returncode == 2 and message in checked.stderr + checked.stdout, checked.stderr
    assert "Traceback" not in checked.stderr
