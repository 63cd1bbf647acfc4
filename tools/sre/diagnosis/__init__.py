"""Diagnosis: onsets in metrics, incidents from anomalies, and ranked root causes — pure functions.

Contract: nothing here reads an environment, a clock or a simulator's ground truth. Inputs are metric windows
(``MetricWindow``), anomalies (``Anomaly``, from any detector or alerting system), the dependency graph
(``networkx.DiGraph``, edges caller -> callee) and change events; outputs are pydantic models with evidence.
The tools ``detect_onsets``, ``correlate_incidents`` and ``rank_root_causes`` are thin wrappers over this.
"""

from typing import TYPE_CHECKING

from genaiops.lazy import lazy_exports

if TYPE_CHECKING:
    from .correlation import CorrelationParams, correlate
    from .explain import explain_incidents, incident_impact
    from .models import (
        Anomaly,
        Incident,
        IncidentRoot,
        KnownProblem,
        RootCauseCandidate,
        RootCauseEvidence,
        Symptom,
    )
    from .onset import OnsetParams, detect_onsets
    from .rank import RankWeights, rank_candidates

# Each name is imported from its module on first use (PEP 562): importing one tool of this package (to
# register or validate it) does not import every library module beside it.
_HOME = {
    **dict.fromkeys(("CorrelationParams", "correlate"), "genaiops.tools.sre.diagnosis.correlation"),
    **dict.fromkeys(("explain_incidents", "incident_impact"), "genaiops.tools.sre.diagnosis.explain"),
    **dict.fromkeys(
        ("Anomaly", "Incident", "IncidentRoot", "KnownProblem", "RootCauseCandidate", "RootCauseEvidence", "Symptom"),
        "genaiops.tools.sre.diagnosis.models",
    ),
    **dict.fromkeys(("OnsetParams", "detect_onsets"), "genaiops.tools.sre.diagnosis.onset"),
    **dict.fromkeys(("RankWeights", "rank_candidates"), "genaiops.tools.sre.diagnosis.rank"),
}
__getattr__, __dir__ = lazy_exports(__name__, _HOME)

__all__ = [
    "Anomaly",
    "CorrelationParams",
    "Incident",
    "IncidentRoot",
    "KnownProblem",
    "OnsetParams",
    "RankWeights",
    "RootCauseCandidate",
    "RootCauseEvidence",
    "Symptom",
    "correlate",
    "detect_onsets",
    "explain_incidents",
    "incident_impact",
    "rank_candidates",
]
