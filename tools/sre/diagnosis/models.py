"""What diagnosis produces: anomalies, incidents and ranked root-cause candidates, each with its evidence."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field, field_validator, model_validator

from genaiops.tools.sre.model_rules import as_utc, something_to_work_on

from ..environment import ChangeEvent, MetricWindow, ServiceTopology

__all__ = [
    "Anomaly",
    "DiagnosisInput",
    "Incident",
    "IncidentRoot",
    "KnownProblem",
    "RootCauseCandidate",
    "RootCauseEvidence",
    "Symptom",
]


class Anomaly(BaseModel, defer_build=True):
    """A metric on a service that left its baseline at ``onset`` (from a detector, an alert that fired, or its logs).

    Log anomalies have ``source="log"`` and ``metric="log:<kind>"`` (``log:new_template``, ``log:burst``,
    ``log:drop``, ``log:error_surge``)."""

    service: str = Field(min_length=1)
    metric: str = Field(min_length=1, description="a metric name, an alert name for alerts, log:<kind> for logs")
    onset: datetime
    score: float = Field(default=1.0, ge=0, description="strength, e.g. a robust z-score")
    value: float | None = None
    baseline: float | None = None
    source: Literal["detector", "alert", "log"] = "detector"
    explanation: str = ""

    _utc = field_validator("onset")(as_utc)

    @property
    def ratio(self) -> float | None:
        if self.value is None or not self.baseline:
            return None
        return self.value / self.baseline


class KnownProblem(BaseModel, defer_build=True):
    """A problem already being handled (declared outage, open incident): what it explains is not paged."""

    service: str = Field(min_length=1)
    since: datetime
    note: str = ""

    _utc = field_validator("since")(as_utc)


class Symptom(BaseModel, defer_build=True):
    """A service whose anomalies an upstream problem explains (so it is suppressed, not paged)."""

    service: str
    explained_by: str
    path: list[str] = Field(description="call path from the symptom to the service that explains it")
    lag_seconds: float


class Incident(BaseModel, defer_build=True):
    """Anomalies on related services that one problem explains."""

    id: str
    onset: datetime
    services: list[str] = Field(description="every service with anomalies in this incident, earliest first")
    origins: list[str] = Field(description="services whose anomalies nothing else in the incident explains")
    symptoms: list[Symptom] = Field(default_factory=list)
    anomalies: list[Anomaly] = Field(default_factory=list)
    known_problem: str | None = Field(default=None, description="set when a known problem explains it all")
    impact: Literal["user_facing", "resource_only"] = Field(
        default="user_facing",
        description="resource_only: only utilisation rose (a warning: no latency or errors anyone feels)",
    )
    severity: float = 0.0
    summary: str = ""


class RootCauseEvidence(BaseModel, defer_build=True):
    """Why a service is a candidate: its own anomalies, when they began, what it explains, recent changes."""

    metrics: list[str] = Field(description="explanations of the service's anomalous metrics")
    onset: datetime | None
    onset_rank: int = Field(description="1 = first service in the incident to go anomalous")
    explains: list[str] = Field(description="incident services that depend on it (directly or not)")
    paths: list[list[str]] = Field(description="example call paths from affected services to it")
    explained_by: list[str] = Field(description="its anomalous dependencies that went bad no later than it")
    changes: list[ChangeEvent] = Field(default_factory=list)
    log_onset: datetime | None = Field(default=None, description="when its first log anomaly began (if any)")
    logs_first: bool = Field(default=False, description="its logs went bad first among the candidates")


class RootCauseCandidate(BaseModel, defer_build=True):
    """A ranked candidate root cause with its score (0..1, relative within the incident) and evidence."""

    rank: int
    service: str
    score: float
    summary: str
    evidence: RootCauseEvidence


class IncidentRoot(BaseModel, defer_build=True):
    """The best-ranked root cause of one incident, with the incident's impact (for ranking incidents)."""

    incident: str = Field(description="the incident's id")
    service: str
    impact: float = Field(description="how much the incident hurts: services felt, entry services reached, size")
    impact_class: Literal["user_facing", "resource_only"]
    candidate: RootCauseCandidate


# The input of the diagnosis tools (correlate_incidents, rank_root_causes): here with the models it is made of,
# so checking their arguments (genaiops.toolcards) imports no diagnosis code.
class DiagnosisInput(BaseModel, defer_build=True):
    """Anomalies (from any detector or alerting) or raw metrics, plus the graph; the environment fills gaps."""

    anomalies: list[Anomaly] | None = Field(
        default=None,
        description=(
            "anomalies, alerts or log anomalies to work from; log and alert evidence given with `metrics` is "
            "added to the onsets found in the metrics (metric anomalies given here replace that search)"
        ),
    )
    metrics: MetricWindow | None = Field(default=None, description="metrics to find onsets in (if no anomalies)")
    topology: ServiceTopology | None = Field(default=None, description="dependency graph; default: the environment's")
    changes: list[ChangeEvent] | None = Field(
        default=None, description="deploys and actions; default: the environment's over the metrics window"
    )
    unobserved: list[str] | None = Field(
        default=None, description="services without metrics; default: topology services absent from `metrics`"
    )

    _something_to_work_on = model_validator(mode="after")(something_to_work_on)
