"""Ctrl-C (SIGINT) in the `genaiops` process, sent as a terminal sends it: a running run stops with exit 130, says
on stderr how to continue it, never prints a traceback, and `resume` finishes it; Ctrl-C while the command is
still starting is exit 130 without a traceback too."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

GENAIOPS = Path(sys.executable).parent / "genaiops"
GRAPH = """\
name: slow
tasks:
  - {id: first, tool: echo, args: {value: 1}}
  - {id: slow, tool: wait, after: [first], args: {seconds: 4}}
  - {id: last, tool: echo, after: [slow], args: {value: 2}}
"""


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("GENAIOPS_")}
    return {**clean, "HOME": str(tmp_path), "GENAIOPS_HOME": str(tmp_path / "home"), "COLUMNS": "200"}


def start(env: dict[str, str], *args: str | Path) -> subprocess.Popen[str]:
    # restore_signals: SIGINT is not ignored in the child (a shell's background job would ignore it)
    return subprocess.Popen(
        [str(GENAIOPS), *map(str, args)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
        restore_signals=True,
    )  # fmt: skip


def cli(env: dict[str, str], *args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(GENAIOPS), *map(str, args)], capture_output=True, text=True, env=env, timeout=120)


def running_run(env: dict[str, str], deadline: float) -> dict | None:
    """The run whose task `slow` is running, as `runs show -o json` gives it; None until there is one."""
    listed = cli(env, "runs", "list", "-o", "json")
    for run in json.loads(listed.stdout or "[]"):
        shown = json.loads(cli(env, "runs", "show", run["run_id"], "-o", "json").stdout)
        if any(t["task_id"] == "slow" and t["status"] == "running" for t in shown["tasks"]):
            return shown
    assert time.monotonic() < deadline, "the run never reached its slow task"
    return None


def test_ctrl_c_stops_a_run_with_130_and_says_how_to_continue_it(env, tmp_path) -> None:
    """SIGINT while a task runs: exit 130, stderr names the run and `genaiops resume RUN`, no traceback; the run
    is not done, and `resume` runs the interrupted task again and finishes the run (exit 0)."""
    for seconds in (4, 15, 40):  # a loaded machine can finish a short wait before two CLI calls have seen it run
        env["GENAIOPS_HOME"] = str(tmp_path / f"home-{seconds}")
        graph = tmp_path / f"slow-{seconds}.yaml"
        graph.write_text(GRAPH.replace("seconds: 4", f"seconds: {seconds}"), encoding="utf-8")
        proc = start(env, "run", graph)
        try:
            deadline = time.monotonic() + 60
            while (shown := running_run(env, deadline)) is None and proc.poll() is None:
                time.sleep(0.1)
            if shown is None:  # the run finished before it was seen running: try a longer task
                proc.communicate(timeout=30)
                continue
            proc.send_signal(signal.SIGINT)
            out, err = proc.communicate(timeout=30)
        finally:
            proc.kill()
        break
    else:
        pytest.fail("the slow task finished before it was seen running, even at 40 s")
    run_id = shown["run"]["run_id"]
    assert proc.returncode == 130, out + err
    assert "Traceback" not in out + err
    assert f"interrupted: run {run_id} stopped" in err and f"genaiops resume {run_id}" in err
    stored = json.loads(cli(env, "runs", "show", run_id, "-o", "json").stdout)
    states = {t["task_id"]: t["status"] for t in stored["tasks"]}
    assert states == {"first": "succeeded", "slow": "pending", "last": "pending"}, states  # none left "running"
    assert stored["run"]["status"] == "cancelled", stored["run"]  # stopped, so no worker takes it over
    counts = {t["status"]: 0 for t in stored["tasks"]}
    for task in stored["tasks"]:
        counts[task["status"]] += 1
    listed = {r["run_id"]: r for r in json.loads(cli(env, "runs", "list", "-o", "json").stdout)}[run_id]
    assert listed["status"] == "cancelled" and listed["tasks"] == counts, listed  # counted, not blank
    assert stored["run"]["tasks"] == counts
    assert "succeeded 1" in cli(env, "runs", "list").stdout
    resumed = cli(env, "resume", run_id)
    assert resumed.returncode == 0, resumed.stdout + resumed.stderr
    assert f"run {run_id}: succeeded" in resumed.stdout


@pytest.mark.parametrize("delay", [0.05, 0.15, 0.3, 0.6])
def test_ctrl_c_while_the_command_starts_is_130_without_a_traceback_of_genaiops(env, tmp_path, delay) -> None:
    """SIGINT at any moment of the command's start (the fast path's and typer's imports, the settings, the store):
    exit 130, no traceback from genaiops' entry point on. Python's own start before it (the interpreter, site,
    the console script's first import: ~0.1 s on a loaded machine) is beyond any program's reach: there an
    interrupt is Python's own traceback, or death by SIGINT, which a shell also reports as 130."""
    graph = tmp_path / "slow.yaml"
    graph.write_text(GRAPH, encoding="utf-8")
    proc = start(env, "run", graph)
    try:
        time.sleep(delay)
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=30)
    finally:
        proc.kill()
    if "Traceback" in err and not re.search(r'genaiops/cli/__init__\.py", line \d+, in main', err):
        return  # interrupted in Python's own start, before genaiops.cli.main ran
    assert proc.returncode in (130, -signal.SIGINT), out + err
    assert "Traceback" not in out + err, err


def test_ctrl_c_that_python_wraps_while_a_class_is_built_is_still_130(env) -> None:
    """A Ctrl-C landing in a dataclass field's ``__set_name__`` during the command's imports reaches the entry point
    as ``RuntimeError: Error calling __set_name__`` caused by the KeyboardInterrupt (Python 3.11): exit 130 without
    a traceback, as for any interrupt while the command starts (seen once in 36 runs of the 0.05 s case above)."""
    code = (
        "import sys\n"
        "import genaiops.cli as cli\n"
        "import genaiops.cli.lite as lite\n"
        "def answer(argv):\n"
        "    try:\n"
        "        raise KeyboardInterrupt\n"
        "    except KeyboardInterrupt as exc:\n"
        "        raise RuntimeError(\"Error calling __set_name__ on 'Field' instance 'options'\") from exc\n"
        "lite.answer = answer\n"
        "sys.argv = ['genaiops', 'runs', 'list']\n"
        "cli.main()\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 130, done.stdout + done.stderr
    assert "Traceback" not in done.stdout + done.stderr, done.stderr


def interrupt_while_slow(env: dict[str, str], *args: str | Path) -> tuple[subprocess.Popen[str], str, str, dict]:
    """Start `genaiops ARGS` on a GRAPH whose `slow` task outlasts the test, send SIGINT once it runs, and give the
    process (ended: within 30 s, or the test fails), its stdout and stderr, and the run as `runs show` gave it."""
    proc = start(env, *args)
    try:
        deadline = time.monotonic() + 60
        while (shown := running_run(env, deadline)) is None:
            time.sleep(0.1)
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=30)
    finally:
        proc.kill()
        proc.wait()
    return proc, out, err, shown


def test_ctrl_c_during_a_long_tool_call_exits_at_once(env, tmp_path) -> None:
    """SIGINT while a tool call runs in its worker thread (a two-minute `wait`): the process exits 130 within
    seconds, not when the abandoned call returns (asyncio's executor threads were joined at exit)."""
    graph = tmp_path / "long.yaml"
    graph.write_text(GRAPH.replace("seconds: 4", "seconds: 120"), encoding="utf-8")
    proc, out, err, _ = interrupt_while_slow(env, "run", graph)
    assert proc.returncode == 130, out + err
    assert "Traceback" not in out + err


def test_a_task_timeout_ends_the_process_without_waiting_for_the_call(env, tmp_path) -> None:
    """A task whose tool call outlives its `timeout:` fails at the timeout, and `genaiops run` exits 1 then (a CI
    job's step ends), not when the abandoned call returns two minutes later."""
    graph = tmp_path / "timeout.yaml"
    graph.write_text(
        "name: hung\ntasks:\n  - {id: call, tool: wait, args: {seconds: 120}, timeout: 1}\n", encoding="utf-8"
    )
    proc = subprocess.run(
        [str(GENAIOPS), "run", str(graph)], capture_output=True, text=True, env=env, timeout=40, check=False
    )
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "timed out after 1 s" in proc.stdout, proc.stdout


def test_ctrl_c_in_a_scenario_run_names_the_command_that_continues_the_drill(env, tmp_path) -> None:
    """SIGINT in `scenario run`: stderr names `scenario run FILE --resume RUN` (the drill goes on: scripted
    approvals applied, `expect:` checked) and says that plain `resume` continues it as a plain run."""
    graph = tmp_path / "drill.yaml"
    graph.write_text(GRAPH.replace("seconds: 4", "seconds: 120") + "expect: {status: succeeded}\n", encoding="utf-8")
    proc, out, err, shown = interrupt_while_slow(env, "scenario", "run", graph)
    run_id = shown["run"]["run_id"]
    assert proc.returncode == 130, out + err
    said = " ".join(err.split())
    assert f"genaiops scenario run {graph} --resume {run_id} (its scripted approvals applied" in said, err
    assert f"`genaiops resume {run_id}` continues it as a plain run" in said, err


DRILL = """\
name: drill
tasks:
  - {id: first, tool: echo, args: {value: 1}}
  - {id: ship, tool: apply_change, after: [first], args: {target: checkout@production, change: {v: 1}}}
approvals:
  - {task: ship, approver: alice, reason: drill}
expect: {status: succeeded, tasks: {ship: succeeded}}
"""


def test_scenario_run_resume_continues_a_run_of_the_file_as_the_drill(env, tmp_path) -> None:
    """`scenario run FILE --resume RUN` continues a run of FILE (here one `genaiops run` left paused at the gate):
    the scripted approval decides the gate and `expect:` is checked (exit 0). A run of another file, of the file
    before an edit, or with --set is refused (exit 2) before anything runs."""
    graph = tmp_path / "drill.yaml"
    graph.write_text(DRILL, encoding="utf-8")
    paused = cli(env, "run", graph)
    assert paused.returncode == 3, paused.stdout + paused.stderr
    run_id = re.search(r"run (run-\S+): paused", paused.stdout).group(1)
    other = tmp_path / "other.yaml"
    other.write_text(DRILL.replace("name: drill", "name: other"), encoding="utf-8")
    refused = cli(env, "scenario", "run", other, "--resume", run_id)
    assert refused.returncode == 2 and f"{run_id} is not a run of {other}" in refused.stderr, refused.stderr
    assert cli(env, "scenario", "run", graph, "--resume", run_id, "--set", "x=1").returncode == 2
    graph.write_text(DRILL.replace("value: 1", "value: 2"), encoding="utf-8")
    edited = cli(env, "scenario", "run", graph, "--resume", run_id)
    assert edited.returncode == 2 and "edited since the run started" in edited.stderr, edited.stderr
    graph.write_text(DRILL, encoding="utf-8")
    resumed = cli(env, "scenario", "run", graph, "--resume", run_id)
    assert resumed.returncode == 0, resumed.stdout + resumed.stderr
    assert f"run {run_id}: succeeded" in resumed.stdout and "scenario ended as expected" in resumed.stdout


def test_scenario_run_resume_names_the_move_or_the_edit(env, tmp_path) -> None:
    """A drill paused at its gate, then its file renamed (the run's file gone) or edited: `scenario run FILE
    --resume RUN` says which — the path the run was started from and how to continue, or the task and field that
    changed with both values — not "another file, or edited since"."""
    graph = tmp_path / "drill.yaml"
    graph.write_text(DRILL, encoding="utf-8")
    paused = cli(env, "run", graph)
    run_id = re.search(r"run (run-\S+): paused", paused.stdout).group(1)
    renamed = tmp_path / "drill_v2.yaml"
    graph.rename(renamed)
    moved = cli(env, "scenario", "run", renamed, "--resume", run_id)
    said = " ".join(moved.stderr.split())
    assert moved.returncode == 2 and f"{run_id} was started from {graph}, which is gone" in said, said
    assert f"move {renamed} back to {graph}" in said and f"genaiops resume {run_id}" in said, said
    renamed.rename(graph)
    graph.write_text(DRILL.replace("value: 1", "value: 2"), encoding="utf-8")
    edited = cli(env, "scenario", "run", graph, "--resume", run_id)
    said = " ".join(edited.stderr.split())
    assert edited.returncode == 2 and "edited since the run started" in said, said
    assert f"{graph}:3: tasks[0].args.value (task first): 1 when the run started, 2 now" in said, said
