"""From the SRE tools' results to memory: the query that describes an incident, and the record written back.

``symptoms_of(ranking)`` turns a ``rank_root_causes`` result into the text the SRE searches memory with (the
incident summary, the top candidate's anomalous metrics and the changes before it). ``resolved_incident``
builds the ``ResolvedIncidentSpec`` to write back once the incident is over, from the same ranking, the
remediation results and the verification.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from .models import ResolvedIncidentSpec

if TYPE_CHECKING:
    from genaiops.tools.sre.diagnosis import RootCauseCandidate
    from genaiops.tools.sre.rank_root_causes import RankRootCausesResult
    from genaiops.tools.sre.remediation import RemediationResult, VerifyResult

__all__ = ["guess_fault_kind", "resolved_incident", "symptoms_of"]

FAULT_KINDS = ("latency_spike", "error_burst", "resource_exhaustion", "bad_deploy", "dependency_outage")
OUTAGE_ERROR_PERCENT = 40.0
"""An error rate this high on the top candidate reads as the dependency being down, not a burst."""


def symptoms_of(ranking: RankRootCausesResult) -> str:
    """The memory query for an incident: what was seen, on which services, and what changed before it."""
    if ranking.incident is None:
        return ""
    lines = [ranking.incident.summary, f"services: {', '.join(ranking.incident.services)}"]
    if ranking.candidates:
        top = ranking.candidates[0]
        lines += [top.summary, *top.evidence.metrics]
        lines += [f"{c.kind} of {c.service}: {c.detail}" for c in top.evidence.changes]
    return "\n".join(line for line in lines if line)


def guess_fault_kind(candidate: RootCauseCandidate) -> str:
    """A label for memory only (never for decisions), from the top candidate's evidence."""
    evidence = candidate.evidence
    metrics = " ".join(evidence.metrics)
    if any(c.kind == "deploy" for c in evidence.changes):
        return "bad_deploy"
    errors = [float(m) for m in re.findall(r"error_rate ([\d.]+)%", metrics)]
    if "no metrics of its own" in metrics or max(errors, default=0.0) >= OUTAGE_ERROR_PERCENT:
        return "dependency_outage"
    if "saturation" in metrics:
        return "resource_exhaustion"
    if "error_rate" in metrics:
        return "error_burst"
    if "latency" in metrics:
        return "latency_spike"
    return "other"


def resolved_incident(
    incident_id: str,
    ranking: RankRootCausesResult,
    remediations: Sequence[RemediationResult] = (),
    verify: VerifyResult | None = None,
    *,
    fault_kind: str | None = None,
    runbook: str | None = None,
    root_cause: str = "",
    resolved_at: datetime | None = None,
    run_id: str | None = None,
) -> ResolvedIncidentSpec:
    """The record to write back with ``Memory.add_incident`` once the incident is over.

    ``fault_kind``: as the SRE concluded; default: the runbook followed when it is one of the fault kinds,
    else ``guess_fault_kind`` of the top candidate. ``cleared`` comes from ``verify`` (unknown: ``False``).
    """
    if ranking.incident is None or not ranking.candidates:
        raise ValueError("resolved_incident needs a ranking with an incident and at least one candidate")
    top = ranking.candidates[0]
    kind = fault_kind or (runbook if runbook in FAULT_KINDS else guess_fault_kind(top))
    done = [r.receipt for r in remediations]
    steps = [r.detail for r in done] or ["no action taken"]
    outcome = (
        "not verified" if verify is None else "cleared" if verify.cleared else f"not cleared: {verify.explanation}"
    )
    return ResolvedIncidentSpec(
        id=incident_id,
        title=f"{top.service}: {kind.replace('_', ' ')}",
        symptoms=symptoms_of(ranking).replace("\n", "; "),
        root_service=top.service,
        fault_kind=kind,
        root_cause=root_cause or top.summary,
        resolution=f"{'; '.join(steps)} ({outcome})",
        actions=[r.action.kind for r in done],
        cleared=bool(verify and verify.cleared),
        services=list(ranking.incident.services),
        resolved_at=resolved_at,
        run_id=run_id,
        runbook=runbook,
    )
