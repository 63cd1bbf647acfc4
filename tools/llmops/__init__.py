"""Prompt evaluation (LLMOps): versioned prompt templates, evaluation suites, variance-aware gates, bias probe.

Contract:

- Templates use Semantic Kernel's prompt-template syntax and are rendered by a ``TemplateRenderer`` that is
  handed in (``genaiops.agents.sk_templates.SemanticKernelTemplates``; only ``agents`` imports semantic_kernel).
- Suites are YAML (``SuiteSpec``); every problem is reported with file, line, field and "did you mean".
- Outputs come from a ``ModelCaller``: a model adapter, or ``RecordedOutputs`` (a file per prompt version), so
  suites run offline. Nothing here reads a clock, the environment or global random state; reports are canonical
  JSON, byte-identical for identical inputs.
- Gates pair the versions by case and use an exact test, so a change within the noise never passes.
- Tools (one per module): ``run_eval_suite``, ``compare_prompt_versions``, ``probe_bias``, ``render_prompt``,
  ``publish_prompt`` (gated: ``publishes``). Their resources are listed in ``wiring``.

Where to add an assertion type: a spec class and a check function in ``assertion.py`` (and the table there).
"""

from typing import TYPE_CHECKING

from genaiops.lazy import lazy_exports

if TYPE_CHECKING:
    from genaiops.tools.llmops.assertion import ASSERTION_TYPES, AssertionOutcome, AssertionSpec, ScreenLike
    from genaiops.tools.llmops.bias import BiasGroupResult, BiasReport, probe_suite_bias
    from genaiops.tools.llmops.caller import (
        FunctionCaller,
        ModelCaller,
        ModelReply,
        ModelRequest,
        RecordedOutputs,
        recorded_outputs,
    )
    from genaiops.tools.llmops.counterfactual import DIMENSIONS, LEXICON, counterfactual_cases, swap_text
    from genaiops.tools.llmops.evaluation import PassRate, SuiteReport, evaluate_suite, report_json
    from genaiops.tools.llmops.gate import GatePolicy, GateResult, compare_reports
    from genaiops.tools.llmops.stats import paired_test, wilson_interval
    from genaiops.tools.llmops.suite import CaseSpec, PromptSpec, SuiteSpec, load_suite, suite_from
    from genaiops.tools.llmops.template import PromptTemplateError, TemplateRenderer, template_hash
    from genaiops.yamlfile import DocumentError

# Each name is imported from its module on first use (PEP 562): importing one tool of this package (to
# register or validate it) does not import every library module beside it.
_HOME = {
    **dict.fromkeys(
        ("ASSERTION_TYPES", "AssertionOutcome", "AssertionSpec", "ScreenLike"), "genaiops.tools.llmops.assertion"
    ),
    **dict.fromkeys(("BiasGroupResult", "BiasReport", "probe_suite_bias"), "genaiops.tools.llmops.bias"),
    **dict.fromkeys(
        ("FunctionCaller", "ModelCaller", "ModelReply", "ModelRequest", "RecordedOutputs", "recorded_outputs"),
        "genaiops.tools.llmops.caller",
    ),
    **dict.fromkeys(
        ("DIMENSIONS", "LEXICON", "counterfactual_cases", "swap_text"), "genaiops.tools.llmops.counterfactual"
    ),
    **dict.fromkeys(("PassRate", "SuiteReport", "evaluate_suite", "report_json"), "genaiops.tools.llmops.evaluation"),
    **dict.fromkeys(("GatePolicy", "GateResult", "compare_reports"), "genaiops.tools.llmops.gate"),
    **dict.fromkeys(("paired_test", "wilson_interval"), "genaiops.tools.llmops.stats"),
    **dict.fromkeys(("CaseSpec", "PromptSpec", "SuiteSpec", "load_suite", "suite_from"), "genaiops.tools.llmops.suite"),
    **dict.fromkeys(("PromptTemplateError", "TemplateRenderer", "template_hash"), "genaiops.tools.llmops.template"),
    **dict.fromkeys(("DocumentError",), "genaiops.yamlfile"),
}
__getattr__, __dir__ = lazy_exports(__name__, _HOME)

__all__ = [
    "ASSERTION_TYPES",
    "DIMENSIONS",
    "LEXICON",
    "AssertionOutcome",
    "AssertionSpec",
    "BiasGroupResult",
    "BiasReport",
    "CaseSpec",
    "DocumentError",
    "FunctionCaller",
    "GatePolicy",
    "GateResult",
    "ModelCaller",
    "ModelReply",
    "ModelRequest",
    "PassRate",
    "PromptSpec",
    "PromptTemplateError",
    "RecordedOutputs",
    "ScreenLike",
    "SuiteReport",
    "SuiteSpec",
    "TemplateRenderer",
    "compare_reports",
    "counterfactual_cases",
    "evaluate_suite",
    "load_suite",
    "paired_test",
    "probe_suite_bias",
    "recorded_outputs",
    "report_json",
    "suite_from",
    "swap_text",
    "template_hash",
    "wilson_interval",
]
