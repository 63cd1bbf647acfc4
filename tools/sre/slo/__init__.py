"""SLOs and error budgets: the SLO file's models (``spec``) and the workbook's burn-rate arithmetic (``budget``).

Contract: ``parse_slos`` / ``load_slo_file`` read SLOs through the project's YAML loader (every problem at its
``file:line``, "did you mean" for unknown keys); ``evaluate(slo, events, at)`` is pure (no clock, no I/O) and
returns the budget spent and left and the multi-window, multi-burn-rate alerts of the Google SRE workbook
(``default_alerts``: page 14.4x over 1h and 5m, page 6x over 6h and 30m, ticket 1x over 3d and 6h, for 30 days).
The ``evaluate_slo`` tool reads the events (simulator, Prometheus or inline) and calls ``evaluate``; docs/slo.md.
"""

from typing import TYPE_CHECKING

from genaiops.lazy import lazy_exports

if TYPE_CHECKING:
    from .budget import AlertCheck, BudgetState, BurnWindow, Events, SLOEvaluation, evaluate, join
    from .spec import (
        SLI,
        BurnAlert,
        ErrorRatioSLI,
        RatioSLI,
        SLOFile,
        SLOSpec,
        ThresholdSLI,
        default_alerts,
        duration_seconds,
        load_slo_file,
        parse_slos,
    )

# Each name is imported from its module on first use (PEP 562): importing one tool of this package (to
# register or validate it) does not import every library module beside it.
_HOME = {
    **dict.fromkeys(
        ("AlertCheck", "BudgetState", "BurnWindow", "Events", "SLOEvaluation", "evaluate", "join"),
        "genaiops.tools.sre.slo.budget",
    ),
    **dict.fromkeys(
        (
            "SLI",
            "BurnAlert",
            "ErrorRatioSLI",
            "RatioSLI",
            "SLOFile",
            "SLOSpec",
            "ThresholdSLI",
            "default_alerts",
            "duration_seconds",
            "load_slo_file",
            "parse_slos",
        ),
        "genaiops.tools.sre.slo.spec",
    ),
}
__getattr__, __dir__ = lazy_exports(__name__, _HOME)

__all__ = [
    "SLI",
    "AlertCheck",
    "BudgetState",
    "BurnAlert",
    "BurnWindow",
    "ErrorRatioSLI",
    "Events",
    "RatioSLI",
    "SLOEvaluation",
    "SLOFile",
    "SLOSpec",
    "ThresholdSLI",
    "default_alerts",
    "duration_seconds",
    "evaluate",
    "join",
    "load_slo_file",
    "parse_slos",
]
