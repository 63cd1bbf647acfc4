"""Incident correlation: deduplication, grouping by time and dependency graph, suppression of symptoms."""

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from genaiops.errors import ToolInputError
from genaiops.registry import ToolContext
from genaiops.tools import load_tools
from genaiops.tools.sre.diagnosis import Anomaly, KnownProblem, correlate
from genaiops.tools.sre.environment import DependencyEdge, ServiceTopology, dependency_graph

T0 = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
TOPOLOGY = ServiceTopology(
    services=["frontend", "checkout", "search", "payments", "db", "index", "billing", "psp"],
    edges=[
        DependencyEdge(caller=a, callee=b)
        for a, b in [
            ("frontend", "checkout"),
            ("frontend", "search"),
            ("checkout", "payments"),
            ("payments", "db"),
            ("search", "index"),
            ("checkout", "billing"),
            ("billing", "psp"),
            ("payments", "psp"),
        ]
    ],
    ingress={"frontend": 1.0},
)
GRAPH = dependency_graph(TOPOLOGY)


def anomaly(service: str, minute: int, metric: str = "error_rate", score: float = 10.0) -> Anomaly:
    return Anomaly(service=service, metric=metric, onset=T0 + timedelta(minutes=minute), score=score)


def ctx() -> ToolContext:
    return ToolContext(run_id="r", task_id="t", idempotency_key="k", now=T0 + timedelta(hours=1))


def test_a_chain_is_one_incident_with_its_deepest_dependency_as_origin():
    """db, then payments, checkout, frontend going bad is one incident from db; the rest are symptoms."""
    incidents, _ = correlate(
        [anomaly("frontend", 13), anomaly("checkout", 12), anomaly("payments", 11), anomaly("db", 10)], GRAPH
    )
    [incident] = incidents
    assert incident.origins == ["db"]
    assert incident.services == ["db", "payments", "checkout", "frontend"]
    paths = {s.service: s.path for s in incident.symptoms}
    assert paths["frontend"] == ["frontend", "checkout", "payments", "db"]
    assert all(s.explained_by == "db" for s in incident.symptoms)


def test_independent_problems_become_separate_incidents():
    """Trouble under checkout and trouble under search at the same time are two incidents."""
    incidents, _ = correlate(
        [anomaly("db", 10), anomaly("payments", 11), anomaly("index", 10), anomaly("search", 11)], GRAPH
    )
    assert sorted(i.origins[0] for i in incidents) == ["db", "index"]
    assert {frozenset(i.services) for i in incidents} == {frozenset({"db", "payments"}), frozenset({"index", "search"})}


def test_duplicate_anomalies_of_a_service_are_merged():
    """Several anomalies on one service within minutes are one signal; the merge count says how many."""
    incidents, merged = correlate(
        [anomaly("db", 10), anomaly("db", 10, "latency_p99_ms"), anomaly("db", 12), anomaly("payments", 11)], GRAPH
    )
    assert merged == 2
    [incident] = incidents
    assert incident.services == ["db", "payments"] and len(incident.anomalies) == 4


def test_anomalies_far_apart_in_time_are_not_grouped():
    """A caller going bad long after its dependency is its own incident."""
    incidents, _ = correlate([anomaly("db", 10), anomaly("payments", 40)], GRAPH)
    assert len(incidents) == 2


def test_a_caller_that_went_bad_first_is_not_explained_by_its_dependency():
    """Onset order matters: payments before db means db does not explain payments."""
    incidents, _ = correlate([anomaly("payments", 10), anomaly("db", 15)], GRAPH)
    assert sorted(i.origins[0] for i in incidents) == ["db", "payments"]


def test_a_known_problem_suppresses_what_it_explains():
    """Everything that depends on a declared problem is grouped under it, marked known, and not paged."""
    result = (
        load_tools()
        .get("correlate_incidents")
        .invoke(
            {
                "anomalies": [anomaly("payments", 11), anomaly("checkout", 12), anomaly("index", 10)],
                "topology": TOPOLOGY,
                "known_problems": [KnownProblem(service="db", since=T0)],
            },
            ctx(),
        )
    )
    known = next(i for i in result.incidents if i.known_problem == "db")
    assert set(known.services) == {"payments", "checkout"} and len(known.symptoms) == 2
    assert result.page == ["index"]


def test_a_utilisation_rise_alone_explains_no_one():
    """Callers feel a dependency's latency and errors, not its CPU: a saturation-only signal is no origin."""
    incidents, _ = correlate([anomaly("db", 8, "saturation"), anomaly("payments", 10)], GRAPH)
    by_origin = {i.origins[0]: i for i in incidents}
    assert set(by_origin) == {"db", "payments"}


def test_a_silent_shared_dependency_becomes_the_inferred_origin():
    """Two unexplained services calling the same metric-less dependency are one incident from it."""
    incidents, _ = correlate([anomaly("billing", 10), anomaly("payments", 10)], GRAPH, unobserved={"psp"})
    [incident] = incidents
    assert incident.origins == ["psp"] and "inferred" in incident.summary


def test_tool_reports_counts_and_pages_origins():
    """correlate_incidents returns incidents most severe first, counts and the services to page."""
    result = (
        load_tools()
        .get("correlate_incidents")
        .invoke(
            {
                "anomalies": [anomaly("db", 10, score=50), anomaly("payments", 11), anomaly("index", 10)],
                "topology": TOPOLOGY,
            },
            ctx(),
        )
    )
    assert result.incidents[0].origins == ["db"]
    assert result.anomalies_in == 3 and result.symptoms_suppressed == 1
    assert sorted(result.page) == ["db", "index"]


def test_tool_needs_anomalies_or_metrics():
    """Calling correlate_incidents with neither anomalies nor metrics is a ToolInputError naming both."""
    with pytest.raises(ToolInputError, match="anomalies.*metrics"):
        load_tools().get("correlate_incidents").invoke({"topology": TOPOLOGY}, ctx())


def test_tool_rejects_services_missing_from_the_graph():
    """An anomaly on a service the dependency graph does not know is a ToolInputError naming it."""
    with pytest.raises(ToolInputError, match="'cart'"):
        load_tools().get("correlate_incidents").invoke({"anomalies": [anomaly("cart", 1)], "topology": TOPOLOGY}, ctx())


def test_tool_without_topology_needs_an_environment():
    """Without a topology and without an environment resource, the tool says what is missing."""
    with pytest.raises(ToolInputError, match="topology"):
        load_tools().get("correlate_incidents").invoke({"anomalies": [anomaly("db", 1)]}, ctx())


SERVICES = [s for s in TOPOLOGY.services if s != "psp"]
anomaly_lists = st.lists(
    st.builds(
        anomaly,
        st.sampled_from(SERVICES),
        st.integers(0, 60),
        st.sampled_from(["error_rate", "latency_p99_ms", "saturation"]),
        st.floats(1, 100),
    ),
    max_size=25,
)


@settings(max_examples=150, deadline=None)
@given(anomaly_lists, st.randoms(use_true_random=False))
def test_every_anomaly_lands_in_exactly_one_incident_whatever_the_order(anomalies, rnd):
    """No anomaly is lost or duplicated; origins are not symptoms; input order does not change the result."""
    incidents, merged = correlate(anomalies, GRAPH, unobserved={"psp"})
    placed = [a for inc in incidents for a in inc.anomalies]
    assert sorted(placed, key=repr) == sorted(anomalies, key=repr)
    assert 0 <= merged < max(len(anomalies), 1)
    for inc in incidents:
        symptoms = {s.service for s in inc.symptoms}
        assert symptoms <= set(inc.services) and not symptoms & set(inc.origins)
        assert set(inc.origins) <= set(inc.services) | {"psp"}
    shuffled = list(anomalies)
    rnd.shuffle(shuffled)
    again, _ = correlate(shuffled, GRAPH, unobserved={"psp"})
    assert [(i.origins, i.services) for i in again] == [(i.origins, i.services) for i in incidents]


def test_a_surge_at_one_instant_lists_its_services_in_the_same_order_whatever_the_input_order():
    """Utilisation rising on many services at the same minute (hypothesis found it): one surge incident whose
    services read the same for any order of the anomalies."""
    names = ["frontend", "checkout", "search", "payments"]
    surge = [anomaly("frontend", 0)] + [anomaly(name, 0, "saturation", 1.0) for name in names]
    first, _ = correlate(surge, GRAPH)
    again, _ = correlate([surge[0], surge[1], surge[2], surge[4], surge[3]], GRAPH)
    assert [(i.origins, i.services) for i in again] == [(i.origins, i.services) for i in first]
    assert any(i.origins == [] for i in first)


def test_alerts_and_detector_anomalies_are_grouped_together():
    """Alerts (any metric name, source='alert') join detector anomalies in the same incident."""
    alert = Anomaly(
        service="checkout", metric="CheckoutErrorBudgetBurn", onset=T0 + timedelta(minutes=12), source="alert"
    )
    incidents, _ = correlate([anomaly("db", 10), anomaly("payments", 11), alert], GRAPH)
    [incident] = incidents
    assert incident.origins == ["db"] and alert in incident.anomalies
