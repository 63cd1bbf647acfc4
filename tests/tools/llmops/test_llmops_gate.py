"""The release gate: paired, exact, and deterministic; a change within the noise never passes."""

from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from genaiops.agents.sk_templates import SemanticKernelTemplates
from genaiops.errors import ToolInputError
from genaiops.registry import ToolContext
from genaiops.tools import load_tools
from genaiops.tools.llmops import (
    FunctionCaller,
    compare_reports,
    evaluate_suite,
    paired_test,
    report_json,
    suite_from,
    wilson_interval,
)

SCENARIOS = Path(__file__).resolve().parents[3] / "scenarios" / "llmops"
RENDERER = SemanticKernelTemplates()


def _suite(cases: int, samples: int) -> dict:
    return {
        "suite": "gate",
        "prompt": {"name": "p", "versions": {"base": "B {{$q}}", "cand": "C {{$q}}"}},
        "samples": samples,
        "cases": [
            {"id": f"c{i}", "vars": {"q": str(i)}, "assert": [{"type": "contains", "value": "good"}]}
            for i in range(cases)
        ],
    }


def _model(pass_counts: dict[str, list[int]]):
    """Replies 'good' for the first pass_counts[version][case] samples of a case, 'bad' after."""

    def reply(req):
        case = int(req.case_id[1:])
        return "good" if req.sample < pass_counts[req.version][case] else "bad"

    return FunctionCaller(reply)


def _gate(base: list[int], cand: list[int], samples: int = 1):
    suite = suite_from(_suite(len(base), samples))
    model = _model({"base": base, "cand": cand})
    reports = [evaluate_suite(suite, v, model, RENDERER) for v in ("base", "cand")]
    return compare_reports(*reports)


def test_clearly_better_candidate_passes():
    """A candidate that fixes 8 of 20 failing cases and breaks none passes the gate."""
    gate = _gate([0] * 20, [1] * 8 + [0] * 12)
    assert (gate.verdict, gate.passed) == ("pass", True)
    assert gate.p_value == pytest.approx(2 / 2**8)


def test_clearly_worse_candidate_fails():
    """A candidate that breaks 8 of 20 passing cases fails the gate."""
    gate = _gate([1] * 20, [0] * 8 + [1] * 12)
    assert (gate.verdict, gate.passed) == ("fail", False)
    assert gate.regressed_cases == 8


def test_better_only_within_noise_does_not_pass():
    """A candidate with a higher pass rate that is within the noise (3 cases better, 1 worse) does not pass."""
    gate = _gate([0, 0, 0, 1] + [1] * 16, [1, 1, 1, 0] + [1] * 16)
    assert gate.difference > 0
    assert (gate.verdict, gate.passed) == ("inconclusive", False)
    assert "within the noise" in gate.explanation


def test_worse_only_within_noise_does_not_fail():
    """A small regression inside the noise is inconclusive, not a failure."""
    gate = _gate([1, 1] + [0] * 18, [0, 0] + [0] * 18)
    assert gate.verdict == "inconclusive"


def test_repeated_samples_of_one_case_are_not_independent_evidence():
    """Ten identical samples of one improved case (e.g. a temperature-0 model) do not make it significant."""
    gate = _gate([0, 0, 0, 0, 0], [10, 0, 0, 0, 0], samples=10)
    assert gate.candidate_rate.rate - gate.baseline_rate.rate == pytest.approx(0.2)
    assert gate.verdict == "inconclusive"
    assert gate.p_value == 1.0


def test_many_samples_of_many_cases_detect_a_modest_gain():
    """With 10 samples per case, a 2-sample gain on each of 8 cases is significant."""
    gate = _gate([5] * 8 + [7] * 4, [7] * 8 + [7] * 4, samples=10)
    assert gate.verdict == "pass"


def _ctx() -> ToolContext:
    return ToolContext(
        run_id="run",
        task_id="task",
        idempotency_key="key",
        now=datetime(2026, 1, 1, tzinfo=UTC),
        resources={"template_renderer": RENDERER},
    )


def _compare(baseline: str, candidate: str):
    args = {
        "suite": (SCENARIOS / "support_suite.yaml").read_text(),
        "baseline": baseline,
        "candidate": candidate,
        "recorded_baseline": (SCENARIOS / f"recorded_{baseline}.yaml").read_text(),
        "recorded_candidate": (SCENARIOS / f"recorded_{candidate}.yaml").read_text(),
    }
    return load_tools().get("compare_prompt_versions").invoke(args, _ctx())


def test_shipped_example_gate_both_ways():
    """On the example recordings v2 passes the gate over v1, and v1 fails it over v2."""
    forward, backward = _compare("v1", "v2"), _compare("v2", "v1")
    assert forward.gate.verdict == "pass" and forward.gate.improved_cases == 6
    assert backward.gate.verdict == "fail"
    assert forward.gate.p_value == backward.gate.p_value == pytest.approx(0.03125)


def test_gate_is_deterministic():
    """The same inputs give the same verdict and byte-identical gate JSON, evidence hashes included."""
    first, second = _compare("v1", "v2"), _compare("v1", "v2")
    assert report_json(first) == report_json(second)


def test_gate_refuses_reports_that_are_not_paired():
    """Reports with different samples per case cannot be compared."""
    one = evaluate_suite(suite_from(_suite(3, 1)), "base", _model({"base": [1, 1, 1]}), RENDERER)
    two = evaluate_suite(suite_from(_suite(3, 2)), "cand", _model({"cand": [1, 1, 1]}), RENDERER)
    with pytest.raises(ToolInputError, match="same number"):
        compare_reports(one, two)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.booleans(), st.booleans()), min_size=1, max_size=40))
def test_one_sample_per_case_is_the_exact_mcnemar_test(pairs):
    """With one sample per case the paired test's p-value equals the exact (binomial) McNemar test's."""
    from scipy.stats import binomtest

    base = [int(b) for b, _ in pairs]
    cand = [int(c) for _, c in pairs]
    b = sum(1 for x, y in pairs if x and not y)
    c = sum(1 for x, y in pairs if y and not x)
    expected = binomtest(b, b + c, 0.5).pvalue if b + c else 1.0
    assert paired_test(base, cand).p_value == pytest.approx(expected, rel=1e-9)


@pytest.mark.parametrize(
    ("k", "n", "low", "high"),
    [(8, 10, 0.490162, 0.943318), (0, 10, 0.0, 0.277533), (50, 100, 0.403832, 0.596168)],
)
def test_wilson_interval_matches_reference_values(k, n, low, high):
    """Wilson 95% intervals match published values."""
    lo, hi = wilson_interval(k, n)
    assert (lo, hi) == (pytest.approx(low, abs=1e-6), pytest.approx(high, abs=1e-6))
