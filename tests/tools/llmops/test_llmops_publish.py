"""publish_prompt: a gated action that releases only what passed the gate, once per idempotency key."""

from datetime import UTC, datetime

import pytest

from genaiops.agents.sk_templates import SemanticKernelTemplates
from genaiops.errors import ToolInputError
from genaiops.receiver import IdempotentReceiver
from genaiops.registry import ToolContext
from genaiops.tools import load_tools
from genaiops.tools.llmops import FunctionCaller, compare_reports, evaluate_suite, suite_from

RENDERER = SemanticKernelTemplates()
SUITE = {
    "suite": "pub",
    "prompt": {"name": "p", "versions": {"v1": "old {{$q}}", "v2": "new {{$q}}"}},
    "cases": [
        {"id": f"c{i}", "vars": {"q": str(i)}, "assert": [{"type": "contains", "value": "good"}]} for i in range(8)
    ],
}


def _gate(candidate_good: bool):
    suite = suite_from(SUITE)
    model = FunctionCaller(lambda req: "good" if (req.version == "v2") == candidate_good else "bad")
    return compare_reports(*(evaluate_suite(suite, v, model, RENDERER) for v in ("v1", "v2")))


def _publish(gate, receiver, template="new {{$q}}", key="key-1"):
    ctx = ToolContext(
        run_id="r",
        task_id="t",
        idempotency_key=key,
        now=datetime(2026, 1, 1, tzinfo=UTC),
        resources={"prompt_registry": receiver},
    )
    args = {"prompt": "p", "version": "v2", "template": template, "gate": gate}
    return load_tools().get("publish_prompt").invoke(args, ctx)


def test_publish_is_a_gated_action():
    """publish_prompt declares the `publishes` action, so the approval policy gates it by default."""
    spec = load_tools().get("publish_prompt")
    assert spec.actions == frozenset({"publishes"}) and spec.gated_by_default


def test_passing_gate_publishes_once_per_key():
    """A passing gate publishes; a retry under the same idempotency key does not publish again."""
    receiver = IdempotentReceiver()
    gate = _gate(candidate_good=True)
    first, again = _publish(gate, receiver), _publish(gate, receiver)
    assert (first.published, first.applied) == (True, True)
    assert (again.published, again.applied) == (True, False)
    assert receiver.applied() == {"key-1": 1}


def test_failing_gate_does_not_publish():
    """A gate that did not pass fails the call (a run asked to release and did not: no success), saying the
    verdict; nothing is published."""
    receiver = IdempotentReceiver()
    with pytest.raises(ToolInputError, match="not published: the gate's verdict for p@v2 is 'fail'"):
        _publish(_gate(candidate_good=False), receiver)
    assert receiver.applied() == {}


def test_template_must_be_what_the_gate_evaluated():
    """Publishing text other than the evaluated template is refused."""
    with pytest.raises(ToolInputError, match="differs from what the gate evaluated"):
        _publish(_gate(candidate_good=True), IdempotentReceiver(), template="new {{$q}}!")
