"""Diagnosis: onsets in metrics, incidents from anomalies, and ranked root causes — pure functions.

Contract: nothing here reads an environment, a clock or a simulator's ground truth. Inputs are metric windows
(``MetricWindow``), anomalies (``Anomaly``, from any detector or alerting system), the dependency graph
(``networkx.DiGraph``, edges caller -> callee) and change events; outputs are pydantic models with evidence.
The tools ``detect_onsets``, ``correlate_incidents`` and ``rank_root_causes`` are thin wrappers over this.
"""

from .correlate import CorrelationParams, correlate
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
