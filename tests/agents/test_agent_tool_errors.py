"""A tool call whose result the agent never got fails the task (or retries it): a run never reads as succeeded
while its agents answered without a tool's result; refusals (the rules holding) are not such errors."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from autogen_core import FunctionCall
from autogen_core.models import CreateResult, LLMMessage, RequestUsage
from pydantic import BaseModel

from genaiops.agents.handler import AgentHandler
from genaiops.agents.offline_client import OfflineModelClient
from genaiops.agents.roles import Role
from genaiops.errors import ToolExecutionError
from genaiops.graphs import Engine, GraphSpec, TaskSpec
from genaiops.graphs.spec import RetrySpec
from genaiops.registry import ToolContext, ToolRegistry
from genaiops.runtime import ShippedGuardrails
from genaiops.store import Store
from genaiops.tools import load_tools

reg = ToolRegistry()


class Values(BaseModel):
    values: list[float]


class Total(BaseModel):
    total: float


class Key(BaseModel):
    key: str


class Found(BaseModel):
    key: str
    value: str


@reg.tool()
def total(args: Values) -> Total:
    """Add the values."""
    return Total(total=sum(args.values))


@reg.tool()
def lookup(args: Key, ctx: ToolContext) -> Found:
    """Look a key up; its backend is down during the task's first attempt."""
    if ctx.attempt == 1:
        raise ToolExecutionError(f"lookup of {args.key!r}: the backend did not answer")
    return Found(key=args.key, value="v")


class AlsoLooksUp(OfflineModelClient):
    """Makes the task's own call and, in the same turn, a further lookup; then summarises as offline does."""

    async def create(self, messages: Sequence[LLMMessage], **kwargs: Any) -> CreateResult:
        if any(type(m).__name__ == "FunctionExecutionResultMessage" for m in messages):
            return await super().create(messages, **kwargs)
        calls = [
            FunctionCall(id="c0", name="total", arguments=json.dumps({"values": [1, 2]})),
            FunctionCall(id="c1", name="lookup", arguments=json.dumps({"key": "checkout"})),
        ]
        usage = RequestUsage(prompt_tokens=1, completion_tokens=1)
        return CreateResult(finish_reason="function_calls", content=calls, usage=usage, cached=False)


def _engine(store: Store) -> Engine:
    roles = {"sre": Role("sre", "the tests' services", "Triage.", ("total", "lookup"))}
    return Engine(store, reg, handler=AgentHandler(AlsoLooksUp, roles=roles))


def _task(attempts: int) -> GraphSpec:
    retry = RetrySpec(attempts=attempts, backoff=0)
    task = TaskSpec(id="triage", role="sre", tool="total", args={"values": [1, 2]}, retry=retry)
    return GraphSpec(name="t", tasks=[task])


async def test_a_failed_further_call_fails_the_task_though_its_own_call_succeeded() -> None:
    """The own call (total) succeeds but the agent's lookup errors: the task fails naming the agent, the tool and
    the error, and the stored turns hold the tool error."""
    eng = _engine(Store.open(":memory:"))
    result = await eng.start(_task(attempts=1), requester="ann")
    assert result.status == "failed" and result.tasks == {"triage": "failed"}
    error = result.errors["triage"]
    assert "sre called lookup" in error and "lookup of 'checkout': the backend did not answer" in error
    [turn] = [t for t in eng.store.agent_turns(result.run_id) if t.kind == "tool_error"]
    assert json.loads(turn.content)["tool"] == "lookup" and turn.attempt == 1


async def test_a_task_whose_call_errored_is_retried_by_its_retry_policy() -> None:
    """With two attempts, the first attempt's tool error is retried; the second attempt gets every result and
    the task succeeds with the first attempt's error kept in its turns."""
    eng = _engine(Store.open(":memory:"))
    result = await eng.start(_task(attempts=2), requester="ann")
    assert result.status == "succeeded", result.errors
    assert result.outputs["triage"] == {"total": 3.0}
    errors = [t.attempt for t in eng.store.agent_turns(result.run_id) if t.kind == "tool_error"]
    assert errors == [1]


async def _release(resources: dict[str, Any]) -> Any:
    """A one-member team (the safety reviewer) deciding a release on its check of a plain answer."""
    eng = Engine(Store.open(":memory:"), load_tools(), handler=AgentHandler(), resources=resources)
    check = {"role": "safety_reviewer", "tool": "review_output", "args": {"text": "Your order ships tomorrow."}}
    args = {"subject": "support_answer v2", "checks": [check]}
    task = {"id": "release", "team": ["safety_reviewer"], "tool": "decide_release", "args": args}
    return await eng.start(GraphSpec.model_validate({"name": "t", "tasks": [task]}), requester="ann")


async def test_a_team_member_whose_check_errored_fails_the_release_instead_of_voting_block() -> None:
    """A team release whose safety check cannot run (no guardrails resource) fails: an errored check is not a
    vote, so the task does not end succeeded with a 'block' verdict nobody reached."""
    result = await _release({})
    assert result.status == "failed" and "release" not in result.outputs
    assert "safety_reviewer called review_output" in result.errors["release"]
    assert "needs the 'guardrails' resource" in result.errors["release"]


async def test_the_same_team_with_its_resources_decides() -> None:
    """The control for the test above: given the guardrails, the same release is decided (approved)."""
    result = await _release({"guardrails": ShippedGuardrails()})
    assert result.status == "succeeded", result.errors
    assert result.outputs["release"]["verdict"] == "approve"
