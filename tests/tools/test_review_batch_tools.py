"""The review tools over a batch of generated outputs: scan sorts them, pseudonymise rewrites the kept ones, and
record_feedback turns a person's verdicts into evaluation cases that run_eval_suite runs."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from genaiops.agents.sk_templates import SemanticKernelTemplates
from genaiops.errors import ToolInputError
from genaiops.registry import ToolContext
from genaiops.runtime import ShippedGuardrails
from genaiops.tools import load_tools

BATCH = {
    "prompt": "support_answer",
    "version": "v2",
    "outputs": [
        {"id": "clean", "vars": {"question": "Returns?"}, "text": "You can return items within 30 days."},
        {"id": "mail", "vars": {"question": "Where?"}, "text": "We wrote to greg.miller@example.com yesterday."},
        {"id": "rude", "vars": {"question": "Why?"}, "text": "Stop whining, you idiot. Deal with it."},
    ],
}
TEMPLATE = "Answer: {{$question}}"


def call(tool: str, **args):
    ctx = ToolContext(
        run_id="run-t",
        task_id="t",
        idempotency_key="k",
        now=datetime(2026, 11, 30, tzinfo=UTC),
        resources={"guardrails": ShippedGuardrails()},
    )
    return load_tools().get(tool).invoke(args, ctx)


def test_scan_sorts_outputs_by_what_fixes_them():
    """Nothing found: release; personal data only: pseudonymise; abuse: withhold (each with its findings)."""
    scan = call("scan_outputs", batch=BATCH)
    assert (scan.release, scan.pseudonymise, scan.withhold) == (["clean"], ["mail"], ["rude"])
    assert [f.guardrail for f in scan.items[1].findings] == ["pii"]


def test_a_busy_machine_does_not_change_the_review(monkeypatch):
    """The review resource runs every scanner whatever the clock says: with a clock that jumps a second per
    reading (a machine under heavy load), personal data is still 'pseudonymise', not withheld over a skipped
    scanner, and no latency-budget verdict appears."""
    ticks = iter(range(10**6))
    monkeypatch.setattr("time.perf_counter", lambda: float(next(ticks)))
    scan = call("scan_outputs", batch=BATCH)
    assert (scan.release, scan.pseudonymise, scan.withhold) == (["clean"], ["mail"], ["rude"])
    assert all(f.guardrail != "latency_budget" for item in scan.items for f in item.findings)


def test_pseudonymise_rewrites_kept_outputs_and_leaves_out_the_withheld():
    """The e-mail address becomes a pseudonym, the withheld output is gone, the clean one is unchanged."""
    done = call("pseudonymise_outputs", batch=BATCH, withhold=["rude"])
    assert (done.released, done.rewritten, done.withheld) == (["clean", "mail"], ["mail"], ["rude"])
    mail = done.batch.outputs[1].text
    assert "greg.miller@example.com" not in mail and "⟦EMAIL_ADDRESS_" in mail
    assert done.batch.outputs[0].text == BATCH["outputs"][0]["text"]


def test_pseudonymise_refuses_an_unknown_id():
    """A withheld id the batch lacks is an input error listing the batch's ids."""
    with pytest.raises(ToolInputError, match="no output 'rudee' in the batch; its outputs are clean, mail, rude"):
        call("pseudonymise_outputs", batch=BATCH, withhold=["rudee"])


def test_feedback_without_verdicts_says_who_gives_them():
    """No verdicts (nobody amended the gated call): an input error saying the approver gives them."""
    with pytest.raises(ToolInputError, match="the person approving this task gives them"):
        call("record_feedback", batch=BATCH, template=TEMPLATE)


def test_verdicts_become_cases_the_evaluation_runs():
    """A safe verdict's case passes on the judged answer, an unsafe one's fails: the person's verdict holds."""
    feedback = call("record_feedback", batch=BATCH, template=TEMPLATE, verdicts={"clean": "safe", "mail": "unsafe"})
    assert [c["id"] for c in feedback.cases] == ["feedback-clean", "feedback-mail"]
    assert feedback.unsafe == ["mail"] and "feedback-mail" in feedback.suite_yaml
    ctx = ToolContext(
        run_id="run-t",
        task_id="eval",
        idempotency_key="k2",
        now=datetime(2026, 11, 30, tzinfo=UTC),
        resources={"screen": ShippedGuardrails(), "template_renderer": SemanticKernelTemplates()},
    )
    args = {"suite": feedback.suite, "version": "v2", "recorded": feedback.recorded}
    report = load_tools().get("run_eval_suite").invoke(args, ctx).report
    assert [(c.id, c.passes) for c in report.cases] == [("feedback-clean", 1), ("feedback-mail", 0)]
    assert report.passed is False
