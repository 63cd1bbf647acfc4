"""Role tasks performed by agents through the executor: same outputs as direct calls, gates still apply."""

from __future__ import annotations

from pathlib import Path

from genaiops.agents.handler import AgentHandler
from genaiops.graphs import Engine, load_scenario, run_scenario
from genaiops.receiver import IdempotentReceiver
from genaiops.store import Store
from genaiops.tools import load_tools

CANARY = str(Path(__file__).resolve().parents[2] / "scenarios" / "canary_release.yaml")


async def run(handler, tmp_path: Path, name: str):  # noqa: ANN001, ANN201
    spec, _ = load_scenario(CANARY, load_tools())
    receiver = IdempotentReceiver(tmp_path / f"{name}.db")
    engine = Engine(Store.open(":memory:"), load_tools(), resources={"receiver": receiver}, **handler)
    try:
        return await run_scenario(engine, spec, requester="bob"), engine
    finally:
        receiver.close()


async def test_agents_perform_role_tasks_with_the_outputs_of_direct_calls(tmp_path: Path) -> None:
    """The canary scenario's role tasks run through AssistantAgents and end exactly as direct tool calls do."""
    direct, _ = await run({}, tmp_path, "direct")
    agents, engine = await run({"handler": AgentHandler()}, tmp_path, "agents")
    assert agents.status == direct.status == "succeeded"
    strip = lambda out: {k: {f: v for f, v in o.items() if f != "idempotency_key"} for k, o in out.items()}  # noqa: E731
    assert strip(dict(agents.outputs)) == strip(dict(direct.outputs))


async def test_the_gate_still_stands_before_an_agent_task(tmp_path: Path) -> None:
    """The gated role task (promote, mlops_engineer) waits for approval before any agent is asked to act."""
    spec, _ = load_scenario(CANARY, load_tools())
    receiver = IdempotentReceiver(tmp_path / "r.db")
    engine = Engine(Store.open(":memory:"), load_tools(), resources={"receiver": receiver}, handler=AgentHandler())
    try:
        paused = await engine.start(spec.graph(), requester="bob")
        assert paused.status == "paused" and [r.task_id for r in paused.pending] == ["promote"]
        assert receiver.applied() == {}
    finally:
        receiver.close()
