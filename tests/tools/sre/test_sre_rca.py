"""Root-cause ranking and the onset detector: small hand-made cases and seeded simulated incidents."""

from datetime import UTC, datetime, timedelta

import numpy as np
import pytest

from genaiops.errors import ToolInputError
from genaiops.registry import ToolContext
from genaiops.tools import load_tools
from genaiops.tools.sre.diagnosis import Anomaly, correlate, rank_candidates
from genaiops.tools.sre.environment import ChangeEvent, DependencyEdge, MetricWindow, ServiceTopology, dependency_graph
from genaiops.tools.sre.simulate import FAULT_KINDS, make_incident

T0 = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
TOPOLOGY = ServiceTopology(
    services=["frontend", "checkout", "payments", "db", "billing", "psp"],
    edges=[
        DependencyEdge(caller=a, callee=b)
        for a, b in [
            ("frontend", "checkout"),
            ("checkout", "payments"),
            ("payments", "db"),
            ("checkout", "billing"),
            ("billing", "psp"),
            ("payments", "psp"),
        ]
    ],
)
GRAPH = dependency_graph(TOPOLOGY)


def anomaly(service: str, minute: int, metric: str = "error_rate", score: float = 10.0) -> Anomaly:
    return Anomaly(service=service, metric=metric, onset=T0 + timedelta(minutes=minute), score=score)


def ranked(anomalies, changes=(), unobserved=()):
    incidents, _ = correlate(anomalies, GRAPH, unobserved=set(unobserved))
    incident = max(incidents, key=lambda i: len(i.services))
    return rank_candidates(incident, GRAPH, list(changes), anomalies, unobserved=set(unobserved))


def test_the_dependency_that_went_bad_first_ranks_first_with_evidence():
    """In a chain the deepest, earliest service ranks first; its evidence lists what it explains and paths."""
    [top, *rest] = ranked(
        [anomaly("frontend", 12), anomaly("checkout", 11), anomaly("payments", 11), anomaly("db", 10)]
    )
    assert top.service == "db" and top.rank == 1 and top.score == 1.0
    assert set(top.evidence.explains) == {"frontend", "checkout", "payments"}
    assert top.evidence.onset_rank == 1 and not top.evidence.explained_by
    assert all(path[-1] == "db" for path in top.evidence.paths)
    assert rest[0].evidence.explained_by == ["db"]


def test_a_deploy_just_before_the_onset_is_evidence():
    """Between two equally placed siblings, the one deployed minutes before going bad ranks first."""
    deploy = ChangeEvent(service="billing", at=T0 + timedelta(minutes=7), kind="deploy", detail="v3 -> v4")
    [top, second, *_] = ranked(
        [anomaly("payments", 10), anomaly("billing", 10), anomaly("checkout", 11)], changes=[deploy]
    )
    assert top.service == "billing" and top.evidence.changes == [deploy]
    assert second.service == "payments" and not second.evidence.changes


def test_a_silent_shared_dependency_is_ranked_from_its_callers():
    """A metric-less dependency under two failing services ranks first, and says it is inferred."""
    [top, *_] = ranked([anomaly("payments", 10), anomaly("billing", 10), anomaly("checkout", 11)], unobserved=["psp"])
    assert top.service == "psp"
    assert "inferred" in top.evidence.metrics[0]


def test_each_summary_counts_every_candidate_it_ranks_by_onset():
    """rank_root_causes' summaries (shown to approvers) count every candidate, inferred ones too: with psp
    inferred from its callers the line read "checkout: anomalous #4 of 3" (of the observed ones only)."""
    tool = load_tools().get("rank_root_causes")
    args = {"anomalies": [anomaly("payments", 10), anomaly("billing", 10), anomaly("checkout", 11)]}
    ctx = ToolContext(run_id="r", task_id="t", idempotency_key="k", now=T0)
    result = tool.invoke({**args, "topology": TOPOLOGY, "unobserved": ["psp"]}, ctx)
    summaries = {c.service: c.summary.split(";")[:2] for c in result.candidates}
    assert summaries["checkout"][0] == "checkout: anomalous #4 of 4"
    assert summaries["psp"] == ["psp: no metrics of its own, inferred from its callers", " #3 of 4 by onset"]


def _window(values: dict[str, list[float]]) -> MetricWindow:
    return MetricWindow(start=T0, step_seconds=60, series={s: {"error_rate": v} for s, v in values.items()})


def test_onset_detector_finds_a_sustained_rise_and_ignores_blips():
    """A step at minute 60 is found at minute 60; a one-minute blip and plain noise are not anomalies."""
    rng = np.random.default_rng(0)
    step = 0.002 + 0.0003 * rng.standard_normal(120)
    step[60:] += 0.05
    blip = 0.002 + 0.0003 * rng.standard_normal(120)
    blip[70] += 0.2
    result = (
        load_tools().get("detect_onsets").invoke({"metrics": _window({"db": step.tolist(), "payments": blip.tolist()})})
    )
    [found] = result.anomalies
    assert found.service == "db" and found.onset == T0 + timedelta(minutes=60)
    assert "error_rate" in found.explanation and result.services_anomalous == ["db"]


def test_onset_detector_needs_no_future_data():
    """The onset found with the window cut just after detection equals the one found with more data."""
    rng = np.random.default_rng(1)
    x = 0.002 + 0.0003 * rng.standard_normal(120)
    x[60:] += 0.05
    tool = load_tools().get("detect_onsets")
    short = tool.invoke({"metrics": _window({"db": x[:63].tolist()})}).anomalies
    full = tool.invoke({"metrics": _window({"db": x.tolist()})}).anomalies
    assert [a.onset for a in short] == [a.onset for a in full]


@pytest.mark.parametrize("kind", FAULT_KINDS)
def test_rank_root_causes_finds_injected_faults_in_the_simulator(kind):
    """On seeded platform incidents (60 services), the injected service is in the tool's top 3 for each kind."""
    hits = 0
    for seed in range(3):
        incident = make_incident("platform", seed * 5 + FAULT_KINDS.index(kind), [kind])
        env = incident.env
        ctx = ToolContext(
            run_id="r", task_id="t", idempotency_key="k", now=incident.end, resources={"environment": env}
        )
        result = (
            load_tools().get("rank_root_causes").invoke({"metrics": env.observe(incident.start, incident.end)}, ctx)
        )
        hits += incident.faults[0].service in [c.service for c in result.candidates[:3]]
    assert hits == 3


def test_rank_root_causes_can_explain_the_incident_of_a_paged_service():
    """`service` picks the incident that involves it; an uninvolved service is a ToolInputError."""
    tool = load_tools().get("rank_root_causes")
    args = {"anomalies": [anomaly("db", 10), anomaly("payments", 11), anomaly("billing", 30)], "topology": TOPOLOGY}
    ctx = ToolContext(run_id="r", task_id="t", idempotency_key="k", now=T0)
    assert tool.invoke({**args, "service": "payments"}, ctx).candidates[0].service == "db"
    assert tool.invoke({**args, "service": "billing"}, ctx).candidates[0].service == "billing"
    with pytest.raises(ToolInputError, match="frontend"):
        tool.invoke({**args, "service": "frontend"}, ctx)


def test_onset_detector_bridges_scrape_gaps():
    """Missing samples (NaN) are neither a rise nor a fall; a real step after a gap is still found."""
    rng = np.random.default_rng(2)
    x = 0.002 + 0.0003 * rng.standard_normal(120)
    x[40:45] = np.nan
    x[80:] += 0.05
    [found] = load_tools().get("detect_onsets").invoke({"metrics": _window({"db": x.tolist()})}).anomalies
    assert found.onset == T0 + timedelta(minutes=80)
