"""Loops whose multi-task body fails, run by the engine: the failing iteration finishes what does not depend on
the failure, the loop closes at once without evaluating `until`, everything waiting on the loop is blocked, the
rest of the graph runs and the run ends failed (rejected, when a gate refused the body task)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from genaiops.clock import FakeClock
from genaiops.errors import ToolExecutionError
from genaiops.graphs import Engine, GraphSpec
from genaiops.registry import ToolContext, ToolRegistry
from genaiops.safety import ApprovalPolicy
from genaiops.store import Store

reg = ToolRegistry()


class BreakIn(BaseModel):
    iteration: int = -1
    """The loop iteration in which the step fails (-1: never)."""


class Done(BaseModel):
    iteration: int


@reg.tool()
def step(args: BreakIn, ctx: ToolContext) -> Done:
    """Succeed, except in the given loop iteration."""
    if ctx.iteration == args.iteration:
        raise ToolExecutionError(f"broke in iteration {ctx.iteration}")
    return Done(iteration=ctx.iteration)


@reg.tool(actions=("deploys",))
def ship(args: BreakIn, ctx: ToolContext) -> Done:
    """A gated step."""
    return Done(iteration=ctx.iteration)


def graph(*tasks: dict[str, Any], loops: list[dict[str, Any]]) -> GraphSpec:
    return GraphSpec.model_validate({"name": "loops", "tasks": list(tasks), "loops": loops})


def engine() -> Engine:
    return Engine(Store.open(":memory:"), reg, policy=ApprovalPolicy(), clock=FakeClock())


def closed(eng: Engine, run_id: str) -> list[dict[str, Any]]:
    return [data for _, _, kind, _, data in eng.store.events(run_id) if kind == "loop_closed"]


def ran(eng: Engine, run_id: str) -> dict[str, list[str]]:
    """Each task's finishing events in order (one per iteration it ran)."""
    out: dict[str, list[str]] = {}
    for _, task, kind, _, _ in eng.store.events(run_id):
        if task and kind.startswith("task_"):
            out.setdefault(task, []).append(kind.removeprefix("task_"))
    return out


def body_of_three(fail_in: int, until: str = "${c.iteration} >= 0") -> GraphSpec:
    """Body a -> b -> c with d beside b (after a); b breaks in iteration ``fail_in``; tasks wait on c, on d and
    on nothing of the loop."""
    return graph(
        {"id": "a", "tool": "step"},
        {"id": "b", "tool": "step", "args": {"iteration": fail_in}, "after": ["a"]},
        {"id": "c", "tool": "step", "after": ["b"]},
        {"id": "d", "tool": "step", "after": ["a"]},
        {"id": "after_c", "tool": "step", "args": {"iteration": -1}, "after": ["c"]},
        {"id": "after_d", "tool": "step", "after": ["d"]},
        {"id": "free", "tool": "step"},
        {"id": "after_free", "tool": "step", "after": ["free"]},
        loops=[{"id": "l", "body": ["a", "b", "c", "d"], "until": until, "max_iterations": 5}],
    )


async def test_a_body_task_failing_in_a_later_iteration_ends_the_loop_there():
    """b fails in iteration 1: c (after b) is blocked, d (beside it) still runs, the loop closes after 2
    iterations, tasks after c and after d are blocked, the rest runs, and the run fails with b's error."""
    eng = engine()
    result = await eng.start(body_of_three(fail_in=1, until="false"), requester="t")
    assert result.status == "failed"
    assert result.tasks == {
        "a": "succeeded", "b": "failed", "c": "blocked", "d": "succeeded",
        "after_c": "blocked", "after_d": "blocked", "free": "succeeded", "after_free": "succeeded",
    }  # fmt: skip
    assert result.errors["b"] == "broke in iteration 1"
    assert closed(eng, result.run_id) == [{"loop": "l", "iterations": 2}]
    history = ran(eng, result.run_id)
    assert history["a"] == history["d"] == ["succeeded", "succeeded"]
    assert history["b"] == ["succeeded", "failed"] and history["c"] == ["succeeded", "blocked"]
    assert {r.task_id: r.iteration for r in eng.store.tasks(result.run_id)}["b"] == 1


async def test_a_body_failing_in_the_first_iteration_closes_the_loop_without_evaluating_until():
    """A failure in iteration 0 closes the loop after one iteration, although `until` (over a blocked task's
    output) could not be evaluated and the bound allows five."""
    eng = engine()
    result = await eng.start(body_of_three(fail_in=0), requester="t")
    assert closed(eng, result.run_id) == [{"loop": "l", "iterations": 1}]
    assert result.status == "failed" and result.tasks["after_d"] == "blocked" and result.tasks["free"] == "succeeded"


async def test_a_body_that_never_fails_runs_until_its_condition():
    """The same body without a failure repeats until `until` holds and then releases the tasks after it."""
    eng = engine()
    result = await eng.start(body_of_three(fail_in=-1, until="${c.iteration} >= 2"), requester="t")
    assert result.status == "succeeded"
    assert closed(eng, result.run_id) == [{"loop": "l", "iterations": 3}]
    assert result.outputs["after_c"] == {"iteration": 0} and result.outputs["c"] == {"iteration": 2}


async def test_a_body_task_rejected_at_its_gate_ends_the_loop_and_the_run_rejected():
    """A gated body task rejected by an approver ends the loop like a failure: what waits on the loop is
    blocked, the rest ran, and the run ends rejected."""
    eng = engine()
    spec = graph(
        {"id": "prepare", "tool": "step"},
        {"id": "ship", "tool": "ship", "after": ["prepare"]},
        {"id": "verify", "tool": "step", "after": ["ship"]},
        {"id": "announce", "tool": "step", "after": ["prepare"]},
        {"id": "free", "tool": "step"},
        loops=[{"id": "l", "body": ["prepare", "ship", "verify"], "until": "true", "max_iterations": 3}],
    )
    result = await eng.start(spec, requester="t")
    assert result.status == "paused"
    (request,) = result.pending
    eng.decide(request.id, approver="alice", role="operator", verdict="reject", reason="not now")
    result = await eng.resume(result.run_id)
    assert result.status == "rejected"
    assert result.tasks == {
        "prepare": "succeeded", "ship": "rejected", "verify": "blocked", "announce": "blocked", "free": "succeeded",
    }  # fmt: skip
    assert closed(eng, result.run_id) == [{"loop": "l", "iterations": 1}]


async def test_the_failure_is_recorded_as_events_the_run_can_be_read_from():
    """The blocked tasks say why (upstream failed) and the run's end event counts every state."""
    eng = engine()
    result = await eng.start(body_of_three(fail_in=0), requester="t")
    events = {(task, kind): data for _, task, kind, _, data in eng.store.events(result.run_id)}
    assert events[("after_c", "task_blocked")]["reason"] == "upstream failed"
    assert events[(None, "run_failed")]["tasks"] == {"succeeded": 4, "failed": 1, "blocked": 3}
    assert {r.task_id: r.error for r in eng.store.tasks(result.run_id)}["b"] == "broke in iteration 0"
