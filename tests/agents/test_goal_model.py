"""A goal task on a real model client (autogen-ext's OpenAI client against a scripted fake server on 127.0.0.1):
the model chooses its tool calls under the same rules as any agent — a tool its role does not own and a gated
tool called directly are refused and recorded, the gated step goes through as a proposed task that waits for
approval, and the outcome is a structured ``GoalResult`` built from what the session recorded."""

from __future__ import annotations

import json
from typing import Any

import pytest

from genaiops.agents.models import ModelSettings
from genaiops.agents.roles import with_role_defaults
from genaiops.agents.tasks import AgentTasks
from genaiops.graphs import Engine, GraphSpec
from genaiops.safety import ApprovalPolicy
from genaiops.store import Store
from genaiops.tools import load_tools
from genaiops.tools.sre.simulate import build_environment

FIX = {"id": "fix", "role": "sre", "tool": "restart_service", "args": {"service": "checkout"}}
ANSWER = {
    "finding": "checkout is slow because its pods are saturated",
    "root_cause": "checkout",
    "verdict": None,
    "evidence": [{"source": "summarize_series", "fact": "p99 410 ms"}],
}


def _call(i: int, name: str, args: dict[str, Any]) -> dict[str, Any]:
    return {"id": f"call_{i}", "type": "function", "function": {"name": name, "arguments": json.dumps(args)}}


SCRIPT = [  # one reply per request, in order
    [
        _call(1, "summarize_series", {"values": [120.0, 130.0, 410.0]}),
        _call(2, "train_model", {"model_name": "m", "dataset": "d"}),  # the MLOps engineer's tool
        _call(3, "restart_service", {"service": "checkout"}),  # gated: only as an approved task
    ],
    [_call(4, "propose_tasks", {"tasks": [FIX], "reason": "restart the saturated checkout pods"})],
    json.dumps(ANSWER),
]


def scripted(body: dict[str, Any], n: int) -> str | list[dict[str, Any]]:
    """The n-th step of ``SCRIPT`` (the last one again after it ends)."""
    return SCRIPT[min(n, len(SCRIPT) - 1)]


@pytest.fixture
def model(chat_model_server):  # type: ignore[no-untyped-def]
    with chat_model_server(scripted) as fake:
        yield fake


def _engine(store: Store, url: str) -> Engine:
    env = {
        "GENAIOPS_MODEL_PROVIDER": "openai",
        "GENAIOPS_MODEL_NAME": "gpt-test",
        "GENAIOPS_MODEL_BASE_URL": url,
        "GENAIOPS_MODEL_API_KEY": "sk-test-0123456789",
        "GENAIOPS_MODEL_MAX_RETRIES": "0",
    }
    handler = AgentTasks(ModelSettings.from_env(env), prices={"gpt-test": (1.0, 2.0)})
    policy, resources = with_role_defaults(ApprovalPolicy()), {"environment": build_environment()}
    return Engine(store, load_tools(), policy=policy, handler=handler, resources=resources)


GOAL = GraphSpec.model_validate(
    {"name": "g", "tasks": [{"id": "look", "role": "sre", "goal": "checkout is slow - find why and propose a fix"}]}
)


async def test_a_model_pursuing_a_goal_is_refused_other_roles_tools_and_direct_gated_calls(model) -> None:
    """train_model (not the SRE's) and restart_service (gated) called directly are refused and recorded; the
    restart proposed as a task waits for approval; the result is structured and lists each step."""
    store = Store.open(":memory:")
    result = await _engine(store, model.url).start(GOAL, requester="ann")
    assert result.status == "paused" and result.tasks == {"look": "succeeded", "fix": "waiting"}
    assert [(p.task_id, p.tool) for p in result.pending] == [("fix", "restart_service")]
    refusals = [data for _, _, kind, _, data in store.events(result.run_id) if kind == "agent_refused"]
    assert {(r["tool"], "not a tool of the sre role" in r["reason"]) for r in refusals} == {
        ("train_model", True),
        ("restart_service", False),
    }
    assert any("needs approval" in r["reason"] for r in refusals if r["tool"] == "restart_service")
    outcome = result.outputs["look"]
    assert outcome["planner"] == "model" and outcome["root_cause"] == "checkout"
    assert outcome["finding"] == ANSWER["finding"] and outcome["evidence"] == ANSWER["evidence"]
    assert outcome["proposal"] == {
        "tasks": ["fix"],
        "tools": ["restart_service"],
        "reason": "restart the saturated checkout pods",
        "gated": True,
    }
    steps = {(s["tool"], s["status"]) for s in outcome["steps"]}
    assert steps >= {("summarize_series", "ok"), ("train_model", "refused"), ("restart_service", "refused")}


async def test_a_model_goal_records_its_spend_at_the_models_price(model) -> None:
    """Three model calls of 100 prompt + 20 completion tokens at $1 / $2 per million: one spend event."""
    store = Store.open(":memory:")
    result = await _engine(store, model.url).start(GOAL, requester="ann")
    spends = [data for _, _, kind, _, data in store.events(result.run_id) if kind == "agent_spend"]
    assert len(model.requests) == 3
    assert spends == [
        {
            "model": "gpt-test",
            "prompt_tokens": 300,
            "completion_tokens": 60,
            "tokens": 360,
            "usd": pytest.approx((300 * 1.0 + 60 * 2.0) / 1e6),
            "turns": 3,
        }
    ]


def test_the_goal_message_offers_the_roles_tools_and_propose_tasks_but_no_other_roles(model) -> None:
    """What the model is sent: the SRE's tools and propose_tasks; never the MLOps engineer's train_model."""
    import asyncio

    asyncio.run(_engine(Store.open(":memory:"), model.url).start(GOAL, requester="ann"))
    offered = {t["function"]["name"] for t in model.requests[0]["body"]["tools"]}
    assert {"observe_services", "rank_root_causes", "propose_tasks"} <= offered
    assert "train_model" not in offered and "pursue_goal" not in offered
    assert "checkout is slow - find why and propose a fix" in model.requests[0]["body"]["messages"][-1]["content"]
