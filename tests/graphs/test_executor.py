"""The executor: concurrency, conditions, retries, timeouts, cancellation, loops, handlers, events."""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Any

import pytest
from pydantic import BaseModel

from genaiops.errors import ToolExecutionError
from genaiops.graphs import Engine, GraphSpec, TaskCall
from genaiops.registry import ToolContext, ToolRegistry
from genaiops.store import Store

reg = ToolRegistry()


class Value(BaseModel):
    value: Any = None


class Sleep(BaseModel):
    seconds: float = 0.05


class Flaky(BaseModel):
    failures: int = 1


class Attempts(BaseModel):
    attempts: int


class Iteration(BaseModel):
    iteration: int


class Gauge:
    """Counts how many calls run at once."""

    def __init__(self) -> None:
        self.lock, self.now, self.peak = threading.Lock(), 0, 0


@reg.tool()
def same(args: Value) -> Value:
    """Return the value."""
    return Value(value=args.value)


@reg.tool(offload=True)
def nap(args: Sleep, ctx: ToolContext) -> Value:
    """Sleep in a worker thread, counting concurrency in the `gauge` resource."""
    gauge = ctx.resources.get("gauge")
    if gauge:
        with gauge.lock:
            gauge.now += 1
            gauge.peak = max(gauge.peak, gauge.now)
    time.sleep(args.seconds)
    if gauge:
        with gauge.lock:
            gauge.now -= 1
    return Value(value=args.seconds)


@reg.tool()
def flaky(args: Flaky, ctx: ToolContext) -> Attempts:
    """Fail the first `failures` attempts."""
    if ctx.attempt <= args.failures:
        raise ToolExecutionError(f"transient failure {ctx.attempt}")
    return Attempts(attempts=ctx.attempt)


@reg.tool()
def count(args: Value, ctx: ToolContext) -> Iteration:
    """Report the loop iteration it runs in."""
    return Iteration(iteration=ctx.iteration)


def graph(*tasks: dict, loops: list[dict] | None = None) -> GraphSpec:
    return GraphSpec.model_validate({"name": "t", "tasks": list(tasks), "loops": loops or []})


def engine(**kw: Any) -> Engine:
    return Engine(Store.open(":memory:"), reg, **kw)


async def test_independent_tasks_run_concurrently_up_to_the_bound() -> None:
    """Ready tasks run at once, but never more than `concurrency` of them."""
    gauge = Gauge()
    tasks = [{"id": f"n{i}", "tool": "nap", "args": {"seconds": 0.05}} for i in range(6)]
    start = time.perf_counter()
    result = await engine(concurrency=3, resources={"gauge": gauge}).start(graph(*tasks), requester="t")
    assert result.status == "succeeded"
    assert gauge.peak == 3
    assert time.perf_counter() - start < 0.3 * 6 / 3 + 1.0  # two waves, not six


async def test_a_skipped_task_skips_what_depends_only_on_it() -> None:
    """`when` false skips the task and its sole dependents; a join with a live branch still runs."""
    result = await engine().start(
        graph(
            {"id": "flag", "tool": "same", "args": {"value": False}},
            {"id": "gated", "tool": "same", "when": "${flag.value}"},
            {"id": "only_after_gated", "tool": "same", "after": ["gated"]},
            {"id": "reads_gated", "tool": "same", "args": {"value": "${gated.value}"}, "after": ["flag"]},
            {"id": "other", "tool": "same", "args": {"value": 1}},
            {"id": "join", "tool": "same", "after": ["gated", "other"]},
        ),
        requester="t",
    )
    assert result.tasks == {
        "flag": "succeeded", "gated": "skipped", "only_after_gated": "skipped", "reads_gated": "skipped",
        "other": "succeeded", "join": "succeeded",
    }  # fmt: skip
    assert result.status == "succeeded"


async def test_retries_with_backoff_then_success_or_failure_blocking_dependents() -> None:
    """A transient failure is retried with backoff; when attempts run out the task fails and blocks dependents."""
    result = await engine().start(
        graph(
            {"id": "ok", "tool": "flaky", "args": {"failures": 2}, "retry": {"attempts": 3, "backoff": 0.01}},
            {"id": "bad", "tool": "flaky", "args": {"failures": 5}, "retry": {"attempts": 2, "backoff": 0.01}},
            {"id": "after_bad", "tool": "same", "after": ["bad"]},
        ),
        requester="t",
    )
    assert result.outputs["ok"] == {"attempts": 3}
    assert result.tasks["bad"] == "failed" and "transient failure 2" in result.errors["bad"]
    assert result.tasks["after_bad"] == "blocked"
    assert result.status == "failed"


async def test_a_slow_attempt_times_out() -> None:
    """An attempt longer than `timeout` fails with a message naming the timeout."""
    result = await engine().start(graph({"id": "slow", "tool": "nap", "args": {"seconds": 2}, "timeout": 0.05}),
                                  requester="t")  # fmt: skip
    assert result.tasks["slow"] == "failed"
    assert "timed out after 0.05 s" in result.errors["slow"]


async def test_cancel_stops_a_running_tool_quickly_and_the_run_resumes() -> None:
    """Cancelling returns within a second while a tool runs; the run is cancelled, then resumable to success."""
    eng = engine()
    spec = graph({"id": "first", "tool": "same"}, {"id": "long", "tool": "nap", "args": {"seconds": 1.5},
                                                  "after": ["first"]})  # fmt: skip
    task = asyncio.create_task(eng.start(spec, requester="t", run_id="run-c"))
    while eng.store.tasks("run-c")[1].status != "running" if _exists(eng, "run-c") else True:
        await asyncio.sleep(0.01)
    began = time.perf_counter()
    eng.cancel("run-c", by="ops")
    result = await task
    assert time.perf_counter() - began < 1.0
    assert result.status == "cancelled" and result.tasks == {"first": "succeeded", "long": "pending"}
    resumed = await eng.resume("run-c")
    assert resumed.status == "succeeded"


def _exists(eng: Engine, run_id: str) -> bool:
    return any(r.run_id == run_id for r in eng.store.runs())


async def test_a_loop_repeats_its_body_until_the_condition_or_its_bound() -> None:
    """The body runs again until `until` holds (or max_iterations); dependents see the last iteration."""
    result = await engine().start(
        graph(
            {"id": "step", "tool": "count"},
            {"id": "after_loop", "tool": "same", "args": {"value": "${step.iteration}"}},
            loops=[{"id": "grow", "body": ["step"], "until": "${step.iteration} >= 2", "max_iterations": 5}],
        ),
        requester="t",
    )
    assert result.outputs["after_loop"] == {"value": 2}
    bounded = await engine().start(
        graph({"id": "step", "tool": "count"},
              loops=[{"id": "never", "body": ["step"], "until": "false", "max_iterations": 3}]),
        requester="t",
    )  # fmt: skip
    assert bounded.outputs["step"] == {"iteration": 2}


async def test_a_handler_performs_tasks_in_place_of_the_direct_tool_call() -> None:
    """The handler protocol: whatever performs a task (later: an agent) gets the validated call and its context."""
    seen: list[TaskCall] = []

    class Recorder:
        async def perform(self, call: TaskCall) -> BaseModel:
            seen.append(call)
            return call.tool.invoke(call.args, call.context)

    result = await engine(handler=Recorder()).start(graph({"id": "a", "tool": "same", "args": {"value": 7}}),
                                                    requester="t")  # fmt: skip
    assert result.outputs["a"] == {"value": 7}
    assert [c.task.id for c in seen] == ["a"] and seen[0].context.idempotency_key


async def test_every_task_state_has_its_event() -> None:
    """Each task's stored state matches the last event recorded for it (written in the same transaction)."""
    eng = engine()
    result = await eng.start(
        graph({"id": "a", "tool": "same"}, {"id": "b", "tool": "flaky", "args": {"failures": 3}, "after": ["a"]},
              {"id": "c", "tool": "same", "after": ["b"]}),
        requester="t",
    )  # fmt: skip
    last: dict[str, str] = {}
    for _, task, _kind, _, data in eng.store.events(result.run_id):
        if task:
            last[task] = data["status"]
    assert last == result.tasks == {"a": "succeeded", "b": "failed", "c": "blocked"}


@pytest.mark.parametrize("value", [0, 1, "x"])
async def test_references_carry_typed_values(value: Any) -> None:
    """A whole-string reference passes the upstream value with its type."""
    result = await engine().start(
        graph({"id": "a", "tool": "same", "args": {"value": value}},
              {"id": "b", "tool": "same", "args": {"value": "${a.value}"}}),
        requester="t",
    )  # fmt: skip
    assert result.outputs["b"] == {"value": value}


async def test_a_run_live_in_another_process_is_not_resumed_twice() -> None:
    """Resume refuses a run another live process is executing, and says how to stop it; a dead owner is fine."""
    import os
    import socket

    from genaiops.errors import RunStateError

    eng = engine()
    await eng.start(graph({"id": "a", "tool": "same"}), requester="t", run_id="run-l")
    with eng.store.transaction() as tx:
        tx.set_run_status("run-l", "running", "2026-01-01T00:00:00")
        tx.set_owner("run-l", f"{socket.gethostname()}:{os.getppid()}")
    with pytest.raises(RunStateError, match="being executed right now by process .* runs cancel run-l"):
        await eng.resume("run-l")
    with eng.store.transaction() as tx:
        tx.set_owner("run-l", f"{socket.gethostname()}:{2**22 + 12345}")  # no such process
    assert (await eng.resume("run-l")).status == "succeeded"


async def test_a_run_executing_in_this_process_cannot_be_resumed_twice() -> None:
    """A second resume of a run this engine is executing right now is refused, not run alongside."""
    from genaiops.errors import RunStateError

    eng = engine()
    running = asyncio.ensure_future(
        eng.start(graph({"id": "n", "tool": "nap", "args": {"seconds": 0.3}}), requester="t")
    )
    while not eng.store.runs():
        await asyncio.sleep(0.01)
    with pytest.raises(RunStateError, match="being executed right now"):
        await eng.resume(eng.store.runs()[0].run_id)
    assert (await running).status == "succeeded"


@reg.tool()
def snooze(args: Sleep) -> Value:
    """Sleep on the event loop's thread (an inline tool that takes a while)."""
    time.sleep(args.seconds)
    return Value(value=args.seconds)


async def test_a_run_of_inline_tasks_sees_a_cancel_and_resumes() -> None:
    """A chain of cheap synchronous tools never waits on the loop, yet a cancel stops it within ~0.25 s and a
    resume finishes it without running a finished task again."""
    eng = engine()
    tasks = [{"id": f"s{i}", "tool": "snooze", "args": {"seconds": 0.005}, "after": [f"s{i - 1}"] if i else []}
             for i in range(300)]  # fmt: skip
    loop = asyncio.get_running_loop()
    loop.call_later(0.3, lambda: eng.cancel(eng.store.runs()[0].run_id, by="t"))
    began = time.monotonic()
    cancelled = await eng.start(graph(*tasks), requester="t")
    assert cancelled.status == "cancelled" and time.monotonic() - began < 1.0
    done_before = sum(1 for s in cancelled.tasks.values() if s == "succeeded")
    assert 0 < done_before < 300
    result = await eng.resume(cancelled.run_id)
    assert result.status == "succeeded"
    started = [e for e in eng.store.events(result.run_id) if e[2] == "task_succeeded"]
    assert len(started) == 300  # every task succeeded exactly once


async def test_a_gated_action_whose_handler_returns_the_wrong_result_still_has_its_ledger_entry() -> None:
    """An approved gated task whose performer hands back something other than the tool's result model fails, and
    the ledger still records that the approved action was attempted (action_executed, status failed)."""
    import json

    from genaiops.receiver import IdempotentReceiver
    from genaiops.tools import load_tools

    class Wrong:
        async def perform(self, call: TaskCall) -> BaseModel:
            return Value(value="not an apply_change result")

    store = Store.open(":memory:")
    with IdempotentReceiver() as receiver:
        eng = Engine(store, load_tools(), handler=Wrong(), resources={"receiver": receiver})
        spec = graph({"id": "ship", "tool": "apply_change", "args": {"target": "svc@canary"}})
        paused = await eng.start(spec, requester="ann")
        eng.decide(paused.pending[0].id, approver="bob", role="operator", verdict="approve", reason="ok")
        result = await eng.resume(paused.run_id)
    assert result.status == "failed" and "returned Value" in result.errors["ship"]
    executed = [json.loads(e.payload) for e in store.ledger() if e.kind == "action_executed"]
    assert [(e["task_id"], e["status"]) for e in executed] == [("ship", "failed")]
