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
from pathlib import Path

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


def _sleep(seconds: float) -> float:
    import time

    time.sleep(seconds)
    return seconds


class NapInput(BaseModel):
    seconds: float


class NapResult(BaseModel):
    slept: float


def nap_with_ctx(args: NapInput, ctx: ToolContext) -> NapResult:
    """Sleeps through ``ctx.compute`` (a Ray task when the engine has a ``ray`` resource)."""
    return NapResult(slept=ctx.compute(_sleep, args.seconds))


class Spy:
    """The offload, recording the Ray tasks ``ctx.compute`` starts (what ran remotely, and their refs)."""

    def __init__(self, offload) -> None:  # type: ignore[no-untyped-def]
        self.offload, self.calls, self.cancelled = offload, [], None

    def run(self, fn, args, *, key):  # type: ignore[no-untyped-def]
        self.calls.append(fn.__name__)
        return self.offload.run(fn, args, key=key)

    def connect(self) -> None:
        self.offload.connect()

    def cancel(self, key: str) -> None:
        self.cancelled = self.offload._running.get(key)  # the Ray task the timed-out attempt waits on
        self.offload.cancel(key)


def test_training_scoring_and_evaluation_compute_on_ray_with_the_direct_results(offload, tmp_path):
    """train_model, score_batch and run_eval_suite send their pure work to Ray and return what a direct call
    does; training again under the same idempotency key registers no second version."""
    from genaiops.agents.sk_templates import SemanticKernelTemplates
    from genaiops.tools.mlops import build_memory_resources, close_mlops_resources

    tools, spy = load_tools(), Spy(offload)
    llm = Path(__file__).resolve().parents[1] / "scenarios" / "llmops"
    resources = build_memory_resources(data_root=tmp_path)
    try:

        def call(tool: str, key: str, ray: bool = True, **args):  # type: ignore[no-untyped-def]
            extra = {"ray": spy} if ray else {}
            ctx = ToolContext("run", "t", key, datetime(2026, 1, 1, tzinfo=UTC), resources={**resources, **extra})
            return tools.get(tool).invoke(args, ctx)

        data = call("load_dataset", "k0", ray=False, source="iris")
        trained = call("train_model", "k1", model_name="iris", dataset=data.dataset_id, cv_folds=2)
        direct = call("train_model", "k2", ray=False, model_name="other", dataset=data.dataset_id, cv_folds=2)
        assert (trained.holdout_metrics, trained.cv_metrics) == (direct.holdout_metrics, direct.cv_metrics)
        assert trained.artifact_sha == direct.artifact_sha
        assert call("train_model", "k1", model_name="iris", dataset=data.dataset_id, cv_folds=2).version == 1
        call("validate_model", "k3", ray=False, model_name="iris", candidate_version=1)
        call("promote_model", "k4", ray=False, model_name="iris", version=1)
        call("deploy_model", "k5", ray=False, model_name="iris")
        scored = call("score_batch", "k6", endpoint="iris", dataset=data.dataset_id, return_predictions=True)
        local = call("score_batch", "k7", ray=False, endpoint="iris", dataset=data.dataset_id, return_predictions=True)
        assert (scored.predictions, scored.summary, scored.metrics) == (local.predictions, local.summary, local.metrics)
        assert scored.batch_id != local.batch_id  # each call logged its batch
        suite = {
            "suite": (llm / "support_suite.yaml").read_text(),
            "version": "v1",
            "recorded": (llm / "recorded_v1.yaml").read_text(),
        }
        resources["template_renderer"] = SemanticKernelTemplates()
        evaluated, here = call("run_eval_suite", "k8", **suite), call("run_eval_suite", "k9", ray=False, **suite)
        assert evaluated.report == here.report and evaluated.report.pass_rate.passed == 12
    finally:
        close_mlops_resources(resources)
    assert spy.calls == ["fit", "fit", "score", "_evaluate"]


def test_a_timeout_cancels_the_ray_task_of_a_tool_that_takes_its_context(offload):
    """A ctx tool computing a 60 s sleep on Ray under a 1 s timeout: the task fails as timed out and its Ray task
    is cancelled (waiting on it ends in a cancellation, not in the sleep's result)."""
    registry = ToolRegistry()
    registry.tool(offload=True)(nap_with_ctx)
    spy = Spy(offload)
    with closing(Store.open("sqlite:///:memory:")) as store:
        engine = Engine(store, registry, resources={"ray": spy})
        spec = GraphSpec.model_validate(
            {"name": "nap", "tasks": [{"id": "nap", "tool": "nap_with_ctx", "args": {"seconds": 60}, "timeout": 1}]}
        )
        result = asyncio.run(engine.start(spec, requester="bob"))
    assert result.status == "failed" and "timed out after 1 s" in result.errors["nap"]
    assert spy.calls == ["_sleep"] and spy.cancelled is not None
    with pytest.raises((ray.exceptions.TaskCancelledError, ray.exceptions.WorkerCrashedError)):
        ray.get(spy.cancelled, timeout=30)
