"""Crash safety: kill -9 a run at 50 random points; resume finishes it with the outputs of an uninterrupted run."""

from __future__ import annotations

import asyncio
import json
import random
import signal
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from crash_child import POLICY, load_tools, open_engine  # noqa: E402

from genaiops.errors import NotFoundError  # noqa: E402
from genaiops.graphs import load_scenario  # noqa: E402
from genaiops.receiver import IdempotentReceiver  # noqa: E402
from genaiops.store import Store  # noqa: E402

CHILD = Path(__file__).parent / "crash_child.py"
RUN_ID = "run-crash"
KILLS = 50


def crash_graph() -> str:
    """Metrics -> summaries -> checks -> effects (each held open after applying) -> a final collection."""
    lines = ["name: crash", "seed: 3", "tasks:"]
    for i in range(4):
        lines += [
            f"  - {{id: m{i}, tool: synthetic_metric, args: {{service: svc{i}, points: 200}}}}",
            f"  - {{id: s{i}, tool: summarize_series, args: {{values: '${{m{i}.values}}'}}}}",
            f"  - {{id: w{i}, tool: wait, args: {{seconds: 0.01}}, after: [s{i}]}}",
            f"  - {{id: c{i}, tool: check_threshold, args: {{value: '${{s{i}.p99}}', limit: 1000}}, after: [w{i}]}}",
        ]
        for j in range(2):
            lines.append(
                f"  - {{id: a{i}{j}, tool: apply_change, args: {{target: 'svc{i}/{j}', "
                f"change: {{p99: '${{s{i}.p99}}', ok: '${{c{i}.passed}}'}}, hold_seconds: 0.02}}}}"
            )
    lines.append("  - {id: final, tool: echo, args: {value: ['${a00.target}', '${a31.target}', '${c3.explanation}']}}")
    return "\n".join(lines) + "\n"


async def finish(directory: Path, spec) -> object:
    engine = open_engine(str(directory))
    try:
        try:
            status = engine.store.run(RUN_ID).status
        except NotFoundError:  # killed before the run was committed: nothing happened yet, start it afresh
            return await engine.start(spec.graph(), requester="ci", run_id=RUN_ID)
        return engine.result(RUN_ID) if status == "succeeded" else await engine.resume(RUN_ID)
    finally:
        engine.store.close()
        engine.resources["receiver"].close()


def receiver_counts(directory: Path) -> tuple[dict[str, int], dict[str, int]]:
    with IdempotentReceiver(directory / "receiver.db") as receiver:
        return receiver.applied(), receiver.calls()


def spawn(directory: Path, spec_path: Path) -> subprocess.Popen:
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(directory), str(spec_path), RUN_ID],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    line = child.stdout.readline().strip()
    if line != "ready":
        child.kill()
        _, err = child.communicate()
        pytest.fail(f"the child did not start: {err}")
    return child


def kill(child: subprocess.Popen) -> None:
    child.send_signal(signal.SIGKILL)
    child.communicate()


def ledger_per_task(directory: Path) -> dict[str, list[str]]:
    """The kinds of the ledger entries about each task, in order (automatic approvals and their actions)."""
    per_task: dict[str, list[str]] = {}
    with closing(Store.open(f"sqlite:///{directory}/genaiops.db")) as store:
        for entry in store.ledger():
            per_task.setdefault(json.loads(entry.payload)["task_id"], []).append(entry.kind)
    return per_task


def committed(directory: Path) -> dict[str, object]:
    """Task results committed before resume (read straight from the store the killed process left)."""
    engine = open_engine(str(directory))
    try:
        return {t.task_id: t.result for t in engine.store.tasks(RUN_ID) if t.status == "succeeded"}
    finally:
        engine.store.close()
        engine.resources["receiver"].close()


def test_kill_nine_at_fifty_random_points_then_resume(tmp_path: Path) -> None:
    """After each SIGKILL, resume ends with the reference outputs; effects are applied once per key and ledgered
    once (one automatic approval, one action); committed results are never recomputed, and calls interrupted
    mid-way are retried under the same key."""
    spec_path = tmp_path / "crash.yaml"
    spec_path.write_text(crash_graph())
    spec, _ = load_scenario(str(spec_path), load_tools(), POLICY)
    reference_dir = tmp_path / "reference"
    reference_dir.mkdir()
    reference = asyncio.run(finish(reference_dir, spec))
    assert reference.status == "succeeded"

    rng = random.Random(20261127)
    retried_keys = 0
    kill_points = []
    for k in range(KILLS):
        directory = tmp_path / f"kill{k}"
        directory.mkdir()
        child = spawn(directory, spec_path)
        delay = rng.uniform(0.0, 0.35)
        time.sleep(delay)
        kill(child)
        kill_points.append(delay)

        before = committed(directory)
        _, calls_before = receiver_counts(directory)
        result = asyncio.run(finish(directory, spec))

        assert result.status == "succeeded", (k, result.errors)
        assert result.outputs == reference.outputs, f"kill {k} at {delay:.3f}s changed the outputs"
        applied, calls = receiver_counts(directory)
        effect_keys = {out["idempotency_key"] for tid, out in result.outputs.items() if tid.startswith("a")}
        assert set(applied) == effect_keys and all(n == 1 for n in applied.values()), applied
        for tid, output in before.items():
            assert result.outputs[tid] == output, f"{tid} was recomputed"
            if tid.startswith("a"):
                key = result.outputs[tid]["idempotency_key"]
                assert calls[key] == calls_before[key], f"{tid} committed, yet invoked again"
        retried_keys += sum(1 for key, n in calls.items() if n > 1)
        per_task = ledger_per_task(directory)  # one automatic approval and one action each, whatever the kill hit
        effects = [tid for tid in result.outputs if tid.startswith("a")]
        assert per_task == dict.fromkeys(effects, ["approval_decided", "action_executed"]), (k, delay, per_task)

    assert len(kill_points) == KILLS
    assert retried_keys >= 1, "no kill landed inside an effect call; the test did not exercise the retry path"


@pytest.mark.parametrize("hold", [0.3])
def test_a_call_killed_after_its_effect_is_retried_under_the_same_key(tmp_path: Path, hold: float) -> None:
    """Kill while an effect is applied but not yet acknowledged: the retry reuses the key and applies nothing new."""
    spec_path = tmp_path / "one.yaml"
    spec_path.write_text(
        "name: one\ntasks:\n"
        f"  - {{id: deploy, tool: apply_change, args: {{target: x, change: {{v: 1}}, hold_seconds: {hold}}}}}\n"
    )
    spec, _ = load_scenario(str(spec_path), load_tools(), POLICY)
    child = spawn(tmp_path, spec_path)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and not receiver_counts(tmp_path)[1]:
        time.sleep(0.01)
    kill(child)
    assert receiver_counts(tmp_path)[0] != {}, "the effect was not applied before the kill"
    assert committed(tmp_path) == {}

    result = asyncio.run(finish(tmp_path, spec))
    key = result.outputs["deploy"]["idempotency_key"]
    applied, calls = receiver_counts(tmp_path)
    assert result.status == "succeeded"
    assert calls == {key: 2} and applied == {key: 1}
