"""One run, one executor: simultaneous `genaiops resume` processes of an approved run apply its gated action once
(the others exit 2 saying why), and a run whose process was killed reads as orphaned until it is resumed."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from genaiops.graphs import parse_scenario, run_status
from genaiops.receiver import IdempotentReceiver
from genaiops.runtime import load_policy, open_engine
from genaiops.settings import load_settings
from genaiops.store import Store

GENAIOPS = Path(sys.executable).parent / "genaiops"
PROCESSES = 8
TRIALS = 3

GATED = """
name: claimed
tasks:
  - {id: deploy, tool: apply_change, args: {target: 'svc@prod', change: {version: v2}, hold_seconds: 0.2}}
"""

SLOW = """
name: slow
tasks:
  - {id: nap, tool: wait, args: {seconds: 4}}
"""


def _env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GENAIOPS_")}
    env.update(HOME=str(home.parent), GENAIOPS_HOME=str(home), COLUMNS="200")
    return env


def _approved_paused_run(home: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """Start the gated graph (it pauses at its gate) and approve it; return the run id."""
    monkeypatch.setenv("GENAIOPS_HOME", str(home))
    settings = load_settings()
    engine = open_engine(settings)
    try:
        spec, plan = parse_scenario(GATED, engine.registry, load_policy(settings))
        result = asyncio.run(engine.start(plan, requester="bob"))
        assert result.status == "paused", result
        (request,) = result.pending
        state = engine.decide(request.id, approver="alice", role="operator", verdict="approve", reason="CHG-1")
        assert state.status == "approved"
        return result.run_id
    finally:
        engine.close()


def _events(home: Path, run_id: str) -> list[tuple[str | None, str]]:
    with closing(Store.open(f"sqlite:///{home / 'genaiops.db'}")) as store:
        return [(task, kind) for _, task, kind, _, _ in store.events(run_id)]


def test_simultaneous_resumes_apply_the_approved_action_once(tmp_path, monkeypatch):
    """8 `genaiops resume` processes at once, in several trials: one executes the run (the receiver got one call,
    one task_started), every other exits 2 with one line saying the run is being executed or already done."""
    for trial in range(TRIALS):
        home = tmp_path / f"trial{trial}" / "home"
        run_id = _approved_paused_run(home, monkeypatch)
        children = [
            subprocess.Popen(
                [str(GENAIOPS), "resume", run_id],
                env=_env(home),
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )  # fmt: skip
            for _ in range(PROCESSES)
        ]
        outcomes = [(child.wait(timeout=300), *child.communicate()) for child in children]

        codes = sorted(code for code, _, _ in outcomes)
        assert codes == [0] + [2] * (PROCESSES - 1), (trial, outcomes)
        for code, out, err in outcomes:
            assert "Traceback" not in out + err
            if code == 2:
                line = err.strip()
                assert len(line.splitlines()) == 1, line
                assert line.startswith(f"error: run {run_id} "), line
                assert "is being executed right now by process" in line or "already succeeded" in line, line
        with IdempotentReceiver(home / "receiver.db") as receiver:
            assert list(receiver.calls().values()) == [1], (trial, receiver.calls())
        events = _events(home, run_id)
        assert events.count(("deploy", "task_started")) == 1, (trial, events)
        assert events.count((None, "run_resumed")) == 1, (trial, events)


def _runs_list(home: Path, *args: str) -> str:
    out = subprocess.run(
        [str(GENAIOPS), "runs", "list", *args], env=_env(home), capture_output=True, text=True, timeout=120
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    return out.stdout


def _row(listing: str, run_id: str) -> str:
    return next(line for line in listing.splitlines() if run_id in line)


def _started_run(home: Path, task: str) -> str | None:
    """The id of the run whose ``task`` has started, once it has."""
    if not (home / "genaiops.db").exists():
        return None
    with closing(Store.open(f"sqlite:///{home / 'genaiops.db'}")) as store:
        for run in store.runs():
            if (task, "task_started") in [(t, k) for _, t, k, _, _ in store.events(run.run_id)]:
                return run.run_id
    return None


def test_a_killed_run_reads_orphaned_and_resumes(tmp_path):
    """SIGKILL the process running a run: `runs list` and `runs show` say orphaned (not running) and
    `genaiops resume` finishes it."""
    home = tmp_path / "home"
    spec = tmp_path / "slow.yaml"
    spec.write_text(SLOW)
    child = subprocess.Popen(
        [str(GENAIOPS), "run", str(spec)], env=_env(home), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    deadline = time.monotonic() + 120
    run_id = None
    while run_id is None and time.monotonic() < deadline and child.poll() is None:
        time.sleep(0.05)
        run_id = _started_run(home, "nap")
    with closing(Store.open(f"sqlite:///{home / 'genaiops.db'}")) as store:
        assert run_id is not None and run_status(store.run(run_id)) == "running"  # alive: running, not orphaned
    os.kill(child.pid, signal.SIGKILL)
    child.communicate()

    row = _row(_runs_list(home), run_id)
    status, tasks = (cell.strip() for cell in row.split("│")[3:7:3])
    assert status == "orphaned", row  # the task the killed process ran is still stored running, as runs show says
    assert tasks == "running 1", row
    assert run_id in _runs_list(home, "--status", "orphaned")
    assert run_id not in _runs_list(home, "--status", "running")
    show = subprocess.run(
        [str(GENAIOPS), "runs", "show", run_id], env=_env(home), capture_output=True, text=True, timeout=120
    )  # fmt: skip
    assert show.returncode == 0 and f"run {run_id}: orphaned" in show.stdout, show.stdout + show.stderr

    resumed = subprocess.run(
        [str(GENAIOPS), "resume", run_id], env=_env(home), capture_output=True, text=True, timeout=300
    )  # fmt: skip
    assert resumed.returncode == 0, resumed.stdout + resumed.stderr
    assert "succeeded" in _row(_runs_list(home), run_id)
