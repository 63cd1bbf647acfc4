"""Tasks proposed while a run executes: validated with the whole graph, gated, stored, resumable."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from genaiops.graphs import Engine, GraphSpec, Proposal, TaskCall, TaskSpec, ToolHandler
from genaiops.registry import ToolRegistry
from genaiops.store import Store

reg = ToolRegistry()
calls: list[str] = []


class Value(BaseModel):
    value: Any = None


@reg.tool()
def same(args: Value) -> Value:
    """Return the value."""
    calls.append(str(args.value))
    return args


@reg.tool(actions=("deploys",), risk="medium")
def ship(args: Value) -> Value:
    """Deploy the value (gated)."""
    calls.append(f"ship:{args.value}")
    return args


class Proposing:
    """Performs tasks directly; the task ``plan`` also proposes what ``script`` holds."""

    def __init__(self, script: list[Proposal]):
        self.script, self.direct = script, ToolHandler()

    async def perform(self, call: TaskCall) -> BaseModel:
        if call.task.id == "plan":
            call.proposals.extend(self.script)
        return await self.direct.perform(call)


def graph() -> GraphSpec:
    return GraphSpec(
        name="grow",
        tasks=[
            TaskSpec(id="plan", tool="same", args={"value": 1}),
            TaskSpec(id="other", tool="same", args={"value": 2}),
        ],
    )


def proposal(*tasks: dict[str, Any]) -> Proposal:
    return Proposal(tuple(TaskSpec.model_validate(t) for t in tasks), reason="needs a follow-up", by="sre")


async def test_proposed_tasks_run_after_their_proposer_and_join_the_stored_graph() -> None:
    """Adopted tasks run after the proposer, may read its output, and are in the stored spec and task rows."""
    calls.clear()
    script = [proposal({"id": "follow", "tool": "same", "args": {"value": "${plan.value}"}})]
    engine = Engine(Store.open(":memory:"), reg, handler=Proposing(script))
    result = await engine.start(graph(), requester="ann")
    assert result.status == "succeeded"
    assert result.tasks == {"plan": "succeeded", "other": "succeeded", "follow": "succeeded"}
    assert result.outputs["follow"] == {"value": 1}
    run = engine.store.run(result.run_id)
    stored = GraphSpec.model_validate(run.spec)
    assert [t.id for t in stored.tasks] == ["plan", "other", "follow"] and stored.tasks[2].after == ["plan"]
    assert [t.task_id for t in engine.store.tasks(result.run_id)] == ["plan", "other", "follow"]
    kinds = [e[2] for e in engine.store.events(result.run_id)]
    assert "tasks_proposed" in kinds


async def test_an_invalid_proposal_is_refused_whole_and_recorded() -> None:
    """A proposal naming an unknown tool adds nothing (not even its valid tasks); the refusal says why."""
    calls.clear()
    script = [
        proposal({"id": "ok", "tool": "same", "args": {"value": 3}}, {"id": "bad", "tool": "sam", "args": {}}),
        proposal({"id": "plan", "tool": "same", "args": {"value": 4}}),
    ]
    engine = Engine(Store.open(":memory:"), reg, handler=Proposing(script))
    result = await engine.start(graph(), requester="ann")
    assert result.status == "succeeded" and set(result.tasks) == {"plan", "other"}
    refused = [e[4] for e in engine.store.events(result.run_id) if e[2] == "tasks_refused"]
    assert len(refused) == 2
    assert "unknown tool 'sam'" in refused[0]["problems"] and "did you mean 'same'" in refused[0]["problems"]
    assert "duplicate task id 'plan'" in refused[1]["problems"]
    assert "3" not in calls


async def test_a_proposed_gated_task_waits_for_approval_and_resumes_in_a_new_engine(tmp_path) -> None:  # noqa: ANN001
    """A proposed deploy asks for approval like any task; the paused run resumes elsewhere with the grown graph."""
    calls.clear()
    url = f"sqlite:///{tmp_path / 's.db'}"
    script = [proposal({"id": "deploy", "tool": "ship", "args": {"value": "v2"}})]
    first = Engine(Store.open(url), reg, handler=Proposing(script))
    paused = await first.start(graph(), requester="ann")
    assert paused.status == "paused" and [p.task_id for p in paused.pending] == ["deploy"]
    assert "ship:v2" not in calls
    first.decide(paused.pending[0].id, approver="bob", role="operator", verdict="approve", reason="ok")
    first.close()
    second = Engine(Store.open(url), reg, handler=Proposing([]))
    try:
        done = await second.resume(paused.run_id)
    finally:
        second.close()
    assert done.status == "succeeded" and done.tasks["deploy"] == "succeeded"
    assert calls.count("ship:v2") == 1
