"""An AgentChat agent on the offline model calls registry tools through AutoGen's real tool-calling path."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from autogen_agentchat.agents import AssistantAgent
from autogen_agentchat.messages import TextMessage, ToolCallExecutionEvent, ToolCallRequestEvent

from genaiops.agents.offline_client import OfflineModelClient, instruction
from genaiops.agents.registry_tools import registry_tools
from genaiops.registry import ToolContext
from genaiops.tools import load_tools

NOW = datetime(2026, 11, 27, tzinfo=UTC)


def context(spec) -> ToolContext:  # noqa: ANN001
    return ToolContext(run_id="run-a", task_id="t", idempotency_key="k", now=NOW)


def agent(*tools: str) -> AssistantAgent:
    return AssistantAgent(
        "sre",
        model_client=OfflineModelClient(),
        tools=registry_tools(load_tools(), tools, context),
        reflect_on_tool_use=True,
    )


async def test_the_instructed_tool_runs_and_the_summary_states_its_result() -> None:
    """The instruction becomes a real tool call; the tool's typed result comes back and is summarised."""
    result = await agent("summarize_series", "check_threshold").run(
        task=instruction([("summarize_series", {"values": [120.0, 130.0, 410.0]})])
    )
    requests = [m for m in result.messages if isinstance(m, ToolCallRequestEvent)]
    executions = [m for m in result.messages if isinstance(m, ToolCallExecutionEvent)]
    assert [c.name for c in requests[0].content] == ["summarize_series"]
    assert executions[0].content[0].is_error is False
    assert json.loads(executions[0].content[0].content) == {
        "count": 3,
        "mean": 220.0,
        "median": 130.0,
        "p99": 410.0,
        "max": 410.0,
    }
    final = result.messages[-1]
    assert isinstance(final, TextMessage) and final.content.startswith("summarize_series returned")
    assert "410.0" in final.content


async def test_bad_arguments_come_back_as_a_tool_error_not_a_crash() -> None:
    """Arguments that do not fit the tool's input model are reported to the model as an error result."""
    result = await agent("summarize_series").run(task=instruction([("summarize_series", {"values": "x"})]))
    executions = [m for m in result.messages if isinstance(m, ToolCallExecutionEvent)]
    assert executions[0].content[0].is_error is True
    assert result.messages[-1].content.startswith("summarize_series failed")


async def test_a_tool_the_agent_was_not_given_is_refused_by_the_model() -> None:
    """The offline model only calls tools it was offered; no call is made for another."""
    result = await agent("echo").run(task=instruction([("apply_change", {"target": "prod"})]))
    assert not any(isinstance(m, ToolCallRequestEvent) for m in result.messages)
    assert "cannot call apply_change" in result.messages[-1].content


async def test_the_same_conversation_gives_the_same_reply() -> None:
    """Deterministic: two runs of the same instruction produce identical messages (call ids included)."""
    task = instruction([("summarize_series", {"values": [1.0, 2.0]})])
    first = await agent("summarize_series").run(task=task)
    second = await agent("summarize_series").run(task=task)
    dump = lambda r: [(type(m).__name__, str(m.content)) for m in r.messages]  # noqa: E731
    assert dump(first) == dump(second)
