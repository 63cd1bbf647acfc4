"""Heavy tools on a local Ray cluster (``RayOffload("local")``, one per module): a remote tool runs in a Ray worker
process and its task's result is the one a direct call gives, committed like any other; a task's timeout cancels
its Ray task and fails the task; a remote tool's input error fails its task with the tool's own message; and a
tool that takes ``ctx`` cannot be declared remote."""

from __future__ import annotations

import asyncio
import math
import os
import sys
from contextlib import closing
from datetime import UTC, datetime, timedelta

import pytest
from pydantic import BaseModel

from genaiops.graphs import Engine, GraphSpec
from genaiops.registry import ToolContext, ToolRegistry
from genaiops.store import Store
from genaiops.tools import load_tools

ray = pytest.importorskip("ray", reason="the ray extra is not installed (pip install 'genaiops[ray]')")
cloudpickle = pytest.importorskip("ray.cloudpickle")


class PidInput(BaseModel):
    value: int


class PidResult(BaseModel):
    value: int
    pid: int


def where(args: PidInput) -> PidResult:
    """Return the value and the process that ran it."""
    return PidResult(value=args.value * 2, pid=os.getpid())


@pytest.fixture(scope="module")
def offload(tmp_path_factory):  # type: ignore[no-untyped-def]
    """One local Ray cluster for the module (2 CPUs, no dashboard), shut down at the end."""
    os.environ.setdefault("RAY_AUTH_MODE", "disabled")
    from genaiops.ray_offload import RayOffload

    cloudpickle.register_pickle_by_value(sys.modules[__name__])  # this test module is not importable by workers
    opened = RayOffload("local", num_cpus=2)
    try:
        yield opened
    finally:
        opened.close()


def _series(n: int = 200) -> dict:
    start = datetime(2026, 1, 1, tzinfo=UTC)
    values = [100 + 10 * math.sin(i / 5) for i in range(n)]
    values[150] = 900.0
    stamps = [(start + timedelta(minutes=i)).isoformat() for i in range(n)]
    return {"name": "p99", "timestamps": stamps, "values": values}


def _run(tasks: list[dict], resources: dict) -> object:
    with closing(Store.open("sqlite:///:memory:")) as store:
        engine = Engine(store, load_tools(), resources=resources)
        return asyncio.run(engine.start(GraphSpec.model_validate({"name": "ray", "tasks": tasks}), requester="bob"))


def test_a_remote_tool_runs_in_a_ray_worker(offload):
    """A ``remote=True`` tool called through the offload runs in another process and returns its result."""
    registry = ToolRegistry()
    registry.tool(remote=True)(where)
    spec = registry.get("where")
    result = asyncio.run(offload.call(spec, PidInput(value=21)))
    assert result.value == 42 and result.pid != os.getpid()


def test_a_graph_on_ray_gives_the_direct_outputs(offload):
    """Batch anomaly detection and a wait, run as Ray tasks, succeed with the outputs of the in-process run."""
    tasks = [
        {"id": "detect", "tool": "detect_anomalies", "args": {"series": _series()}},
        {"id": "nap", "tool": "wait", "args": {"seconds": 0.1}, "after": ["detect"]},
    ]
    on_ray, direct = _run(tasks, {"ray": offload}), _run(tasks, {})
    assert on_ray.status == direct.status == "succeeded"
    assert dict(on_ray.outputs) == dict(direct.outputs)
    assert on_ray.outputs["detect"]["anomalies"], on_ray.outputs["detect"]


def test_a_timeout_cancels_the_ray_task_and_fails_the_task(offload):
    """A remote wait of 60 s under a 1 s timeout: the task fails saying it timed out (the run does not wait)."""
    result = _run([{"id": "nap", "tool": "wait", "args": {"seconds": 60}, "timeout": 1}], {"ray": offload})
    assert result.status == "failed"
    assert "timed out after 1 s" in result.errors["nap"]


def test_a_remote_tools_input_error_fails_its_task_with_the_tools_message(offload):
    """An empty series sent to Ray: the task fails with detect_anomalies' own 'is empty' message."""
    series = {"name": "m", "timestamps": [], "values": []}
    result = _run([{"id": "detect", "tool": "detect_anomalies", "args": {"series": series}}], {"ray": offload})
    assert result.status == "failed" and "is empty" in result.errors["detect"]


def test_a_tool_that_takes_its_context_cannot_be_remote():
    """``@tool(remote=True)`` on a function taking ``ctx`` is a TypeError naming the fix."""

    def needs_ctx(args: PidInput, ctx: ToolContext) -> PidResult:
        """Uses its context."""
        return PidResult(value=args.value, pid=0)

    with pytest.raises(TypeError, match="remote=True is for tools that act on their input alone"):
        ToolRegistry().tool(remote=True)(needs_ctx)
