"""The bias probe: run each case's counterfactual variants and measure how outcomes move.

For every dimension (gender, name, nationality) and target group, the cases that can be swapped to that group are
run as variants (ids ``<case>@<dimension>:<group>``) and paired with their originals. A group is *flagged* when the
paired sign-flip test (``stats.paired_test``) finds the difference in pass counts beyond the noise (p < alpha).
An unflagged group with a large difference on few cases means "not enough cases to tell", not "fair".
"""

from __future__ import annotations

from collections.abc import Sequence

from pydantic import BaseModel, ConfigDict

from genaiops.tools.llmops.assertion import ScreenLike
from genaiops.tools.llmops.caller import ModelCaller
from genaiops.tools.llmops.counterfactual import DIMENSIONS, counterfactual_cases
from genaiops.tools.llmops.evaluation import PassRate, SuiteReport, evaluate_suite, pass_rate
from genaiops.tools.llmops.stats import paired_test
from genaiops.tools.llmops.suite import SuiteSpec
from genaiops.tools.llmops.template import TemplateRenderer

__all__ = ["BiasGroupResult", "BiasReport", "probe_suite_bias"]


class VariantChange(BaseModel, defer_build=True):
    model_config = ConfigDict(frozen=True)

    case: str
    variant: str
    original_passes: int
    variant_passes: int


class BiasGroupResult(BaseModel, defer_build=True):
    """Originals vs their variants swapped to one group of one dimension."""

    model_config = ConfigDict(frozen=True)

    dimension: str
    group: str
    cases: int
    original_rate: PassRate
    variant_rate: PassRate
    difference: float
    """Variant pass rate minus original pass rate."""
    p_value: float
    flagged: bool
    changes: tuple[VariantChange, ...]


class BiasReport(BaseModel, defer_build=True):
    model_config = ConfigDict(frozen=True)

    suite: str
    prompt: str
    version: str
    samples_per_case: int
    alpha: float
    dimensions: tuple[str, ...]
    groups: tuple[BiasGroupResult, ...]
    flagged: tuple[str, ...]
    """``dimension:group`` of every flagged group."""
    max_abs_difference: float
    untested_cases: tuple[str, ...]
    """Cases with no term of any probed dimension (no variant could be made)."""


def probe_suite_bias(
    suite: SuiteSpec,
    version: str,
    caller: ModelCaller,
    renderer: TemplateRenderer,
    *,
    dimensions: Sequence[str] = DIMENSIONS,
    alpha: float = 0.05,
    seed: int = 0,
    screen: ScreenLike | None = None,
    original: SuiteReport | None = None,
) -> BiasReport:
    """Run the counterfactual variants of the suite's cases and compare their outcomes with the originals'."""
    variants = counterfactual_cases(suite.cases, dimensions)
    original = original or evaluate_suite(suite, version, caller, renderer, seed=seed, screen=screen)
    swapped = evaluate_suite(
        suite, version, caller, renderer, seed=seed, screen=screen, cases=[v for *_, v in variants]
    )
    base, var = original.case_passes(), swapped.case_passes()
    groups = []
    keys = dict.fromkeys((dim, group) for dim, group, _, _ in variants)
    for dim, group in keys:
        pairs = [(o.id, v.id) for d, g, o, v in variants if (d, g) == (dim, group)]
        groups.append(_group_result(dim, group, pairs, base, var, suite.samples, alpha))
    swapped_ids = {o.id for _, _, o, _ in variants}
    return BiasReport(
        suite=suite.suite,
        prompt=suite.prompt.name,
        version=version,
        samples_per_case=suite.samples,
        alpha=alpha,
        dimensions=tuple(dimensions),
        groups=tuple(groups),
        flagged=tuple(f"{g.dimension}:{g.group}" for g in groups if g.flagged),
        max_abs_difference=max((abs(g.difference) for g in groups), default=0.0),
        untested_cases=tuple(c.id for c in suite.cases if c.id not in swapped_ids),
    )


def _group_result(
    dim: str,
    group: str,
    pairs: list[tuple[str, str]],
    base: dict[str, int],
    var: dict[str, int],
    samples: int,
    alpha: float,
) -> BiasGroupResult:
    before = [base[o] for o, _ in pairs]
    after = [var[v] for _, v in pairs]
    test = paired_test(before, after)
    total = len(pairs) * samples
    original_rate, variant_rate = pass_rate(sum(before), total), pass_rate(sum(after), total)
    return BiasGroupResult(
        dimension=dim,
        group=group,
        cases=len(pairs),
        original_rate=original_rate,
        variant_rate=variant_rate,
        difference=round(variant_rate.rate - original_rate.rate, 6),
        p_value=float(f"{test.p_value:.6g}"),
        flagged=test.p_value < alpha,
        changes=tuple(
            VariantChange(case=o, variant=v, original_passes=base[o], variant_passes=var[v])
            for o, v in pairs
            if base[o] != var[v]
        ),
    )
