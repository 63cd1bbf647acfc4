"""Running a suite: deterministic reports, recorded outputs, and each assertion type."""

from datetime import UTC, datetime
from pathlib import Path

import pytest

from genaiops.agents.sk_templates import SemanticKernelTemplates
from genaiops.errors import SpecError, ToolExecutionError, ToolInputError
from genaiops.registry import ToolContext
from genaiops.safety.verdict import ScreenResult, Verdict
from genaiops.tools import load_tools
from genaiops.tools.llmops import (
    FunctionCaller,
    ModelReply,
    evaluate_suite,
    load_suite,
    recorded_outputs,
    report_json,
    suite_from,
)

SCENARIOS = Path(__file__).resolve().parents[3] / "scenarios" / "llmops"
RENDERER = SemanticKernelTemplates()


def _ctx(seed: int = 0, **resources) -> ToolContext:
    resources.setdefault("template_renderer", SemanticKernelTemplates())
    return ToolContext(
        run_id="run",
        task_id="task",
        idempotency_key="key",
        now=datetime(2026, 1, 1, tzinfo=UTC),
        seed=seed,
        resources=resources,
    )


def _run_shipped(version: str) -> str:
    result = (
        load_tools()
        .get("run_eval_suite")
        .invoke(
            {
                "suite": (SCENARIOS / "support_suite.yaml").read_text(),
                "suite_file": "support_suite.yaml",
                "version": version,
                "recorded": (SCENARIOS / f"recorded_{version}.yaml").read_text(),
            },
            _ctx(seed=7),
        )
    )
    return report_json(result.report)


def test_same_inputs_give_byte_identical_reports():
    """Two runs of the suite on the same recorded outputs give byte-identical report JSON."""
    first, second = _run_shipped("v1"), _run_shipped("v1")
    assert first.encode() == second.encode()
    assert '"pass_rate"' in first


def test_shipped_example_reports_pass_rates_with_intervals():
    """The example's v2 passes every sample; v1 passes half, with a Wilson interval around it."""
    tool = load_tools().get("run_eval_suite")
    args = {"suite": (SCENARIOS / "support_suite.yaml").read_text(), "version": "v1"}
    v1 = tool.invoke({**args, "recorded": (SCENARIOS / "recorded_v1.yaml").read_text()}, _ctx()).report
    assert (v1.pass_rate.passed, v1.pass_rate.total) == (12, 24)
    assert v1.pass_rate.low < 0.5 < v1.pass_rate.high
    assert v1.passed is False
    assert v1.by_assertion["latency"].rate == 1.0


def _suite(assertion: dict, *, context: str | None = None, reference: str | None = None, samples: int = 1):
    case: dict = {"id": "c", "vars": {"q": "question"}, "assert": [assertion]}
    if context is not None:
        case["context"] = context
    if reference is not None:
        case["reference"] = reference
    doc = {"suite": "s", "prompt": {"name": "p", "versions": {"v1": "Q: {{$q}}"}}, "samples": samples}
    doc["cases"] = [case]
    if "max_usd" in assertion:
        doc["pricing"] = {"usd_per_1k_input": 1.0, "usd_per_1k_output": 2.0}
    return suite_from(doc)


def _check(assertion: dict, reply: ModelReply | str, **case) -> bool:
    suite = _suite(assertion, **case)
    report = evaluate_suite(suite, "v1", FunctionCaller(lambda _: reply), RENDERER)
    return report.cases[0].samples[0].passed


CTX = "Items can be returned within 30 days of delivery for a full refund."

ASSERTION_TABLE = [
    ({"type": "exact", "value": "Yes"}, " Yes\n", {}, True),
    ({"type": "exact", "value": "Yes"}, "yes", {}, False),
    ({"type": "exact", "ignore_case": True}, "yes", {"reference": "YES"}, True),
    ({"type": "contains", "value": "30 days"}, "Within 30 days.", {}, True),
    ({"type": "contains", "values": ["30", "refund"], "mode": "all"}, "30 days", {}, False),
    ({"type": "contains", "values": ["30", "refund"], "mode": "any"}, "30 days", {}, True),
    ({"type": "contains", "value": "secret", "negate": True}, "no secrets here", {}, False),
    ({"type": "regex", "pattern": r"^\d{4}$"}, "1182", {}, True),
    ({"type": "regex", "pattern": "ORDER", "ignore_case": True}, "order", {}, True),
    ({"type": "json_schema", "schema": {"type": "object", "required": ["a"]}}, '{"a": 1}', {}, True),
    ({"type": "json_schema", "schema": {"type": "object", "required": ["a"]}}, '```json\n{"b": 1}\n```', {}, False),
    ({"type": "json_schema", "schema": {"type": "object"}}, "not json", {}, False),
    ({"type": "similarity", "min": 0.5}, "Returns are accepted within 30 days.", {"reference": CTX}, True),
    ({"type": "similarity", "min": 0.5}, "Our store opens at nine.", {"reference": CTX}, False),
    ({"type": "similarity", "min": 0.5, "method": "token_f1"}, CTX, {"reference": CTX}, True),
    ({"type": "groundedness"}, "You can return items within 30 days of delivery.", {"context": CTX}, True),
    ({"type": "groundedness"}, "You can return items within 60 days of delivery.", {"context": CTX}, False),
    ({"type": "groundedness"}, "Refunds are paid in bitcoin by drone.", {"context": CTX}, False),
    (
        {"type": "groundedness", "min": 0.5},
        "Sure! Returns take 30 days. Drones deliver bitcoin.",
        {"context": CTX},
        True,
    ),
    ({"type": "refusal"}, "I'm sorry, but I can't help with that.", {}, True),
    ({"type": "refusal", "expect": False}, "I cannot assist with that request.", {}, False),
    ({"type": "refusal", "expect": False}, "You can return it within 30 days.", {}, True),
    ({"type": "latency", "max_ms": 100}, ModelReply(text="x", latency_ms=99.5), {}, True),
    ({"type": "latency", "max_ms": 100}, ModelReply(text="x", latency_ms=101), {}, False),
    ({"type": "latency", "max_ms": 100}, "no latency recorded", {}, False),
    ({"type": "cost", "max_tokens": 10}, ModelReply(text="x", input_tokens=6, output_tokens=4), {}, True),
    ({"type": "cost", "max_tokens": 10}, ModelReply(text="x", input_tokens=6, output_tokens=5), {}, False),
    ({"type": "cost", "max_usd": 0.01}, ModelReply(text="x", input_tokens=4, output_tokens=3), {}, True),
    ({"type": "cost", "max_usd": 0.01}, ModelReply(text="x", input_tokens=4, output_tokens=4), {}, False),
]


@pytest.mark.parametrize(("assertion", "reply", "case", "expected"), ASSERTION_TABLE)
def test_assertion_table(assertion, reply, case, expected):
    """Each assertion type passes and fails on the outputs the table says."""
    assert _check(assertion, reply, **case) is expected


def test_cost_without_token_counts_is_estimated_and_says_so():
    """A reply without token counts is costed at four characters per token, and the detail says it is estimated."""
    suite = _suite({"type": "cost", "max_tokens": 5})
    report = evaluate_suite(suite, "v1", FunctionCaller(lambda _: "abcdefgh"), RENDERER)
    outcome = report.cases[0].samples[0].assertions[0]
    assert outcome.passed  # "Q: question" is 11 chars -> 3 tokens, the reply 2
    assert "estimated" in outcome.detail


class _KeywordScreen:
    """A Screen (safety/verdict.py protocol) that blocks text containing 'password'."""

    def screen(self, direction, text):
        outcome = "block" if "password" in text else "pass"
        verdict = Verdict(guardrail="keyword", outcome=outcome, reason="mentions a password" if outcome else "")
        return ScreenResult(outcome=outcome, text=text, verdicts=(verdict,))


@pytest.mark.parametrize(("reply", "expected"), [("all fine", True), ("the password is hunter2", False)])
def test_guardrail_assertion_uses_the_injected_screen(reply, expected):
    """A guardrail assertion screens the output with the Screen it is given and passes on allowed outcomes."""
    suite = _suite({"type": "guardrail", "allow": ["pass", "flag"]})
    report = evaluate_suite(suite, "v1", FunctionCaller(lambda _: reply), RENDERER, screen=_KeywordScreen())
    assert report.cases[0].samples[0].passed is expected


def test_guardrail_assertion_without_a_screen_says_which_resource():
    """Without a screen the run fails naming the `screen` resource."""
    suite = _suite({"type": "guardrail"})
    with pytest.raises(ToolExecutionError, match="`screen` resource"):
        evaluate_suite(suite, "v1", FunctionCaller(lambda _: "x"), RENDERER)


def test_model_caller_gets_rendered_prompt_and_stable_seeds():
    """Without recordings the tool calls the model_caller resource with the rendered prompt and a per-sample seed."""
    seen = []
    caller = FunctionCaller(lambda req: seen.append((req.prompt, req.sample, req.seed)) or "ok")
    suite = {"suite": "s", "prompt": {"name": "p", "versions": {"v1": "Q: {{$q}}"}}, "samples": 2}
    suite["cases"] = [{"id": "c", "vars": {"q": "why"}, "assert": [{"type": "contains", "value": "ok"}]}]
    tool = load_tools().get("run_eval_suite")
    for _ in range(2):
        tool.invoke({"suite": suite, "version": "v1"}, _ctx(seed=3, model_caller=caller))
    assert [s[:2] for s in seen] == [("Q: why", 0), ("Q: why", 1)] * 2
    assert seen[0][2] != seen[1][2] and seen[0][2] == seen[2][2]


def test_recordings_of_another_version_are_refused():
    """Recorded outputs of v1 cannot be evaluated as v2."""
    suite = load_suite((SCENARIOS / "support_suite.yaml").read_text())
    rec = recorded_outputs((SCENARIOS / "recorded_v1.yaml").read_text(), "recorded_v1.yaml")
    with pytest.raises(SpecError, match="recorded for prompt 'support_answer' version 'v1'.*'v2'"):
        evaluate_suite(suite, "v2", rec, RENDERER)


def test_recordings_of_a_changed_template_are_stale():
    """Recordings whose template hash differs from the version's text are refused (a version never changes)."""
    text = (SCENARIOS / "support_suite.yaml").read_text().replace("Answer the customer's", "Answer the client's")
    rec = recorded_outputs((SCENARIOS / "recorded_v1.yaml").read_text(), "recorded_v1.yaml")
    with pytest.raises(SpecError, match="a version's text must not change"):
        evaluate_suite(load_suite(text), "v1", rec, RENDERER)


def test_too_few_recorded_samples_is_a_clear_error():
    """A suite asking for more samples than were recorded says how many there are."""
    text = (SCENARIOS / "support_suite.yaml").read_text().replace("samples: 3", "samples: 4")
    rec = recorded_outputs((SCENARIOS / "recorded_v1.yaml").read_text(), "recorded_v1.yaml")
    with pytest.raises(SpecError, match="has 3 recorded response.*sample 4"):
        evaluate_suite(load_suite(text), "v1", rec, RENDERER)


def test_bad_recordings_file_is_a_tool_input_error():
    """A malformed recordings file given to the tool is a ToolInputError with its file and line."""
    tool = load_tools().get("run_eval_suite")
    args = {
        "suite": (SCENARIOS / "support_suite.yaml").read_text(),
        "version": "v1",
        "recorded": "prompt: support_answer\nversion: v1\nresponses:\n  a: [{txt: hi}]\n",
        "recorded_file": "rec.yaml",
    }
    with pytest.raises(ToolInputError, match=r"rec\.yaml:4: responses\.a\[0\]"):
        tool.invoke(args, _ctx())


def test_case_missing_a_template_variable_names_the_case():
    """A case that lacks a variable the template uses is reported with its id and the variable."""
    suite = _suite({"type": "contains", "value": "x"})
    doc = suite.model_dump(by_alias=True, exclude_none=True)
    doc["prompt"]["versions"]["v1"]["template"] = "Q: {{$q}} {{$lang}}"
    with pytest.raises(SpecError, match=r"case 'c' of p@v1: .*\$lang"):
        evaluate_suite(suite_from(doc), "v1", FunctionCaller(lambda _: "x"), RENDERER)


_REPORT_SCRIPT = """
import sys
from pathlib import Path
from genaiops.agents.sk_templates import SemanticKernelTemplates
from genaiops.tools.llmops import evaluate_suite, load_suite, recorded_outputs, report_json
d = Path(sys.argv[1])
suite = load_suite((d / "support_suite.yaml").read_text())
rec = recorded_outputs((d / "recorded_v2.yaml").read_text())
sys.stdout.write(report_json(evaluate_suite(suite, "v2", rec, SemanticKernelTemplates(), seed=5)))
"""


def test_reports_are_byte_identical_across_processes():
    """Two processes with different hash seeds write byte-identical report JSON for the same inputs."""
    import os
    import subprocess
    import sys

    outputs = []
    for hash_seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        done = subprocess.run(
            [sys.executable, "-c", _REPORT_SCRIPT, str(SCENARIOS)], env=env, capture_output=True, check=True
        )
        outputs.append(done.stdout)
    assert outputs[0] == outputs[1]
    assert outputs[0].startswith(b"{")
