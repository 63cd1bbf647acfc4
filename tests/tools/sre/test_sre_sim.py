"""The microservice simulator: seeded determinism, fault propagation, actions and the Environment protocol."""

from datetime import timedelta

import numpy as np
import pytest

from genaiops.errors import ToolExecutionError, ToolInputError
from genaiops.tools.sre.environment import Environment, RemediationAction, traffic_shares
from genaiops.tools.sre.simulate import (
    CLEARED_BY,
    EPOCH,
    FAULT_KINDS,
    TOPOLOGIES,
    EnvironmentSpec,
    FaultSpec,
    SimulatedEnvironment,
    build_environment,
    build_topology,
    make_incident,
)


def _median(env, service, metric, start_min, end_min):
    window = env.observe(EPOCH + timedelta(minutes=start_min), EPOCH + timedelta(minutes=end_min), [service])
    return float(np.median(window.series[service][metric]))


def _chain(topology):
    """An edge (caller, callee) where both export metrics."""
    for edge in topology.edges:
        if topology.profiles[edge.caller].observed and topology.profiles[edge.callee].observed:
            return edge
    raise AssertionError("no observed edge")


@pytest.mark.parametrize("name", list(TOPOLOGIES))
def test_topology_is_deterministic_by_seed(name):
    """The same name and seed give the same services and edges; another seed gives other edges."""
    a, b, c = build_topology(name, 1), build_topology(name, 1), build_topology(name, 2)
    assert a.services == b.services and a.edges == b.edges
    assert a.edges != c.edges


def test_named_topologies_have_the_promised_sizes():
    """shop, media and platform have 12, 30 and 60 services; platform is the >= 50-service estate."""
    assert {n: len(build_topology(n).services) for n in TOPOLOGIES} == {"shop": 12, "media": 30, "platform": 60}


def test_every_service_below_the_entry_tier_has_a_caller():
    """No service is unreachable from user traffic, so every one has a traffic share."""
    topo = build_topology("platform", 3)
    shares = traffic_shares(topo.to_topology())
    assert all(shares[s] > 0 for s in topo.services)


def test_unknown_topology_suggests_a_name():
    """A misspelt topology name raises ToolInputError with a suggestion."""
    with pytest.raises(ToolInputError, match="did you mean 'shop'"):
        build_topology("shopp")


def test_metrics_are_deterministic_by_seed():
    """Two environments with the same seed return identical windows; a different seed differs."""
    topo = build_topology("shop", 0)
    start, end = EPOCH + timedelta(hours=3), EPOCH + timedelta(hours=4)
    a = SimulatedEnvironment(topo, seed=5).observe(start, end)
    b = SimulatedEnvironment(topo, seed=5).observe(start, end)
    c = SimulatedEnvironment(topo, seed=6).observe(start, end)
    assert a == b and a != c


def test_window_values_do_not_depend_on_how_the_window_is_cut():
    """Observing a sub-window gives exactly the samples of the larger window (pure function of time)."""
    env = SimulatedEnvironment(build_topology("shop", 0), seed=1)
    big = env.observe(EPOCH + timedelta(minutes=1400), EPOCH + timedelta(minutes=1500))
    small = env.observe(EPOCH + timedelta(minutes=1450), EPOCH + timedelta(minutes=1460))
    for service, metrics in small.series.items():
        assert metrics["error_rate"] == big.series[service]["error_rate"][50:60]


def test_saturation_follows_a_daily_cycle():
    """Utilisation at the 14:00 peak is higher than at the 02:00 trough."""
    env = SimulatedEnvironment(build_topology("shop", 0), seed=1)
    service = env.topology().services[1]
    assert _median(env, service, "saturation", 13 * 60 + 45, 14 * 60 + 15) > _median(
        env, service, "saturation", 1 * 60 + 45, 2 * 60 + 15
    )


def test_fault_propagates_to_callers_with_delay_and_attenuation():
    """A latency spike raises the faulty service's latency most, its caller's less, and an unrelated one not."""
    topo = build_topology("media", 0)
    edge = _chain(topo)
    env = SimulatedEnvironment(topo, seed=2)
    env.inject(FaultSpec(kind="latency_spike", service=edge.callee, at=EPOCH + timedelta(minutes=600), severity=1))
    graph_callers = {e.caller for e in topo.edges}
    unrelated = next(
        s for s in topo.services if s not in graph_callers and s != edge.callee and topo.profiles[s].observed
    )

    def rise(service):
        return _median(env, service, "latency_p99_ms", 610, 640) - _median(env, service, "latency_p99_ms", 560, 598)

    root_rise = rise(edge.callee)
    assert root_rise > rise(edge.caller) > 0
    assert abs(rise(unrelated)) < 0.1 * root_rise
    delay = next(e.delay for e in topo.edges if (e.caller, e.callee) == (edge.caller, edge.callee))
    before = env.observe(EPOCH + timedelta(minutes=600), EPOCH + timedelta(minutes=600 + delay), [edge.caller])
    baseline = _median(env, edge.caller, "latency_p99_ms", 560, 598)
    assert all(v < baseline * 1.5 for v in before.series[edge.caller]["latency_p99_ms"])


@pytest.mark.parametrize("kind", FAULT_KINDS)
def test_every_fault_kind_shows_on_its_service(kind):
    """Each fault kind moves latency or error rate of the faulty service well above its baseline."""
    topo = build_topology("shop", 0)
    service = next(s for s in topo.services if topo.profiles[s].observed and topo.profiles[s].tier > 0)
    env = SimulatedEnvironment(topo, seed=3)
    env.inject(FaultSpec(kind=kind, service=service, at=EPOCH + timedelta(minutes=300), severity=0.5))
    lat = _median(env, service, "latency_p99_ms", 310, 330) / _median(env, service, "latency_p99_ms", 250, 298)
    err = _median(env, service, "error_rate", 310, 330) - _median(env, service, "error_rate", 250, 298)
    assert lat > 1.3 or err > 0.02


def test_bad_deploy_records_a_deploy_event_and_a_version():
    """A bad deploy is visible as a deploy in the change log and a new version with a previous one."""
    env = build_environment(
        {"faults": [{"kind": "bad_deploy", "service": "checkout", "at": EPOCH + timedelta(hours=1)}]}
    )
    [event] = env.changes(EPOCH, EPOCH + timedelta(hours=2))
    assert (event.service, event.kind) == ("checkout", "deploy")
    state = env.state("checkout")
    assert (state.version, state.previous_version) == ("v2", "v1")


@pytest.mark.parametrize(("kind", "action"), [(k, a) for a, kinds in CLEARED_BY.items() for k in sorted(kinds)])
def test_matching_action_clears_the_fault(kind, action):
    """Each action in CLEARED_BY brings the faulty service's error rate and latency back."""
    topo = build_topology("shop", 0)
    need = {"clear_cache": "has_cache", "fail_over": "has_standby"}.get(action, "observed")
    service = next(s for s in topo.services[1:] if topo.profiles[s].observed and getattr(topo.profiles[s], need))
    env = SimulatedEnvironment(topo, seed=4)
    env.inject(FaultSpec(kind=kind, service=service, at=EPOCH + timedelta(minutes=300), severity=0.8))
    state = env.state(service)
    extra = {"replicas": state.replicas * 2} if action == "scale" else {}
    env.apply(RemediationAction(kind=action, service=service, **extra), EPOCH + timedelta(minutes=320), "k")
    lat_after = _median(env, service, "latency_p99_ms", 330, 345)
    lat_before = _median(env, service, "latency_p99_ms", 250, 298)
    assert lat_after < 1.2 * lat_before


def test_apply_is_idempotent_per_key():
    """A repeated idempotency key returns the first receipt with applied=False and changes nothing more."""
    env = build_environment()
    service = env.topology().services[1]
    action = RemediationAction(kind="scale", service=service, replicas=9)
    first = env.apply(action, EPOCH, "key-1")
    again = env.apply(RemediationAction(kind="scale", service=service, replicas=12), EPOCH, "key-1")
    assert first.applied and not again.applied and env.state(service).replicas == 9
    assert env.receipt("key-1") == first


def test_third_party_services_export_no_metrics():
    """Unobserved (third-party) services are left out of observe() and asking for one explains why."""
    env = build_environment({"topology": "platform"})
    hidden = [s for s in env.topology().services if s not in env.observed_services()]
    assert hidden
    window = env.observe(EPOCH, EPOCH + timedelta(minutes=5))
    assert not set(hidden) & set(window.series)
    with pytest.raises(ToolInputError, match="exports no metrics"):
        env.observe(EPOCH, EPOCH + timedelta(minutes=5), [hidden[0]])


def test_simulator_implements_the_environment_protocol():
    """SimulatedEnvironment satisfies the runtime-checkable Environment protocol."""
    assert isinstance(build_environment(EnvironmentSpec(topology="media")), Environment)


def test_unknown_service_in_a_fault_is_rejected():
    """Injecting a fault on an unknown service raises ToolInputError with a suggestion."""
    with pytest.raises(ToolInputError, match="did you mean 'checkout'"):
        build_environment({"faults": [{"kind": "error_burst", "service": "checkot", "at": EPOCH}]})


def test_make_incident_is_deterministic_and_places_independent_faults():
    """The same seed gives the same incident; several faults sit on services with no call path between them."""
    a, b = (
        make_incident("media", 7, ["error_burst", "latency_spike"]),
        make_incident("media", 7, ["error_burst", "latency_spike"]),
    )
    assert a.faults == b.faults and a.window == b.window
    import networkx as nx

    from genaiops.tools.sre.environment import dependency_graph

    graph = dependency_graph(a.env.topology())
    x, y = (f.service for f in a.faults)
    assert not nx.has_path(graph, x, y) and not nx.has_path(graph, y, x)


def test_observe_services_tool_reads_the_environment_resource():
    """observe_services returns the window ending at the run's time, the topology, changes and unobserved services."""
    from genaiops.registry import ToolContext
    from genaiops.tools import load_tools

    env = build_environment(
        {"topology": "shop", "deploys": [{"service": "checkout", "at": EPOCH + timedelta(minutes=50)}]}
    )
    now = EPOCH + timedelta(hours=1)
    ctx = ToolContext(run_id="r", task_id="t", idempotency_key="k", now=now, resources={"environment": env})
    result = load_tools().get("observe_services").invoke({"lookback_minutes": 30}, ctx)
    assert result.metrics.start == now - timedelta(minutes=30) and result.metrics.length == 30
    assert [c.service for c in result.changes] == ["checkout"]
    assert set(result.unobserved) == set(env.topology().services) - set(env.observed_services())
    with pytest.raises(ToolExecutionError, match="environment"):
        load_tools().get("observe_services").invoke(
            {}, ToolContext(run_id="r", task_id="t", idempotency_key="k", now=now)
        )
