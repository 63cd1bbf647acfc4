"""Remediation: every action's dry run (effect, blast radius, risk tier), gating, idempotency and verify."""

from datetime import timedelta

import networkx as nx
import pytest

from genaiops.errors import ToolInputError
from genaiops.registry import ToolContext
from genaiops.tools import load_tools
from genaiops.tools.sre.environment import dependency_graph
from genaiops.tools.sre.remediation import CATALOGUE, tier_for
from genaiops.tools.sre.simulate import EPOCH, FaultSpec, build_environment

ONSET = EPOCH + timedelta(hours=10)
NOW = ONSET + timedelta(minutes=20)

# (tool, fault it clears, pick of service, extra args) on the shop topology, seed 0
CASES = {
    "restart_service": ("latency_spike", "profile", {}),
    "scale_service": ("resource_exhaustion", "comments", {"replicas": 4}),
    "roll_back_deploy": ("bad_deploy", "checkout", {}),
    "fail_over_service": ("dependency_outage", "events-queue", {}),
    "clear_cache": ("error_burst", "fraud", {}),
}
KIND_OF = {"restart_service": "restart", "scale_service": "scale", "roll_back_deploy": "roll_back",
           "fail_over_service": "fail_over", "clear_cache": "clear_cache"}  # fmt: skip


def environment(fault: str | None = None, service: str | None = None):
    faults = [FaultSpec(kind=fault, service=service, at=ONSET, severity=0.7)] if fault else []
    return build_environment({"topology": "shop", "seed": 3, "faults": faults})


def context(env, key: str = "key-1") -> ToolContext:
    return ToolContext(run_id="r", task_id="t", idempotency_key=key, now=NOW, resources={"environment": env})


def incident_services(env, service: str) -> list[str]:
    graph = dependency_graph(env.topology())
    return [s for s in [service, *sorted(graph.predecessors(service))] if s in env.observed_services()]


@pytest.mark.parametrize("tool", list(CASES))
def test_dry_run_predicts_blast_radius_and_risk_and_changes_nothing(tool):
    """Each action's dry run lists all dependents, the traffic share and a risk tier; the world is unchanged."""
    fault, service, extra = CASES[tool]
    env = environment(fault, service)
    before = env.state(service)
    result = (
        load_tools()
        .get("dry_run_remediation")
        .invoke({"kind": KIND_OF[tool], "service": service, **extra}, context(env))
    )
    graph = dependency_graph(env.topology())
    assert result.blast_radius.dependents == sorted(nx.ancestors(graph, service))
    assert result.blast_radius.direct_callers == sorted(graph.predecessors(service))
    assert 0 < result.blast_radius.traffic_share <= 1
    assert result.risk in ("low", "medium", "high") and result.reasons
    assert tier_for(result.blast_radius.disrupted_share, CATALOGUE[KIND_OF[tool]].floor) == result.risk
    assert env.state(service) == before and env.receipts == {}


def test_risk_tiers_follow_the_disturbed_share_and_the_floor():
    """Under 5 % of traffic is low, under 25 % medium, more is high; a floor raises the tier."""
    assert [tier_for(x, "low") for x in (0.01, 0.1, 0.3)] == ["low", "medium", "high"]
    assert tier_for(0.01, "medium") == "medium" and tier_for(0.5, "medium") == "high"


def test_scaling_up_is_low_risk_and_predicts_lower_utilisation():
    """Adding replicas disturbs no traffic (low) and predicts utilisation falling by the replica ratio."""
    env = environment()
    result = (
        load_tools()
        .get("dry_run_remediation")
        .invoke({"kind": "scale", "service": "comments", "replicas": 4}, context(env))
    )
    assert result.risk == "low" and result.blast_radius.disrupted_share == 0
    assert result.predicted_metrics["saturation"] < 0.6


def test_fail_over_of_a_busy_dependency_is_high_risk():
    """Moving a dependency that most requests touch to another region is high risk."""
    env = environment()
    result = (
        load_tools().get("dry_run_remediation").invoke({"kind": "fail_over", "service": "events-queue"}, context(env))
    )
    assert result.risk == "high" and result.action.region == "eu-central-1"


def test_clearing_a_cache_over_hot_dependencies_is_high_risk():
    """A cache whose dependencies are already near saturation makes clear_cache high risk, and says why."""
    env = environment("resource_exhaustion", "checkout")
    result = load_tools().get("dry_run_remediation").invoke({"kind": "clear_cache", "service": "fraud"}, context(env))
    assert result.risk == "high" and "checkout" in result.blast_radius.dependencies_loaded
    assert any("70 %" in r for r in result.reasons)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ({"kind": "scale", "service": "comments"}, "needs a replica count"),
        ({"kind": "scale", "service": "comments", "replicas": 2}, "already has 2"),
        ({"kind": "roll_back", "service": "checkout"}, "no previous version"),
        ({"kind": "fail_over", "service": "checkout"}, "no standby region"),
        ({"kind": "clear_cache", "service": "checkout"}, "no cache"),
        ({"kind": "restart", "service": "chekout"}, "did you mean 'checkout'"),
        ({"kind": "reboot", "service": "checkout"}, "kind"),
    ],
)
def test_dry_run_rejects_actions_that_cannot_apply(args, message):
    """Impossible actions are ToolInputErrors that say what is wrong and how to fix it."""
    with pytest.raises(ToolInputError, match=message):
        load_tools().get("dry_run_remediation").invoke(args, context(environment()))


@pytest.mark.parametrize("tool", list(CASES))
def test_action_tools_are_gated(tool):
    """Every remediation tool declares remediates or rolls_back, so the engine's approval policy gates it."""
    spec = load_tools().get(tool)
    assert spec.gated_by_default and spec.actions <= {"remediates", "rolls_back"}
    assert not load_tools().get("dry_run_remediation").gated_by_default
    assert not load_tools().get("verify_remediation").gated_by_default


@pytest.mark.parametrize("tool", list(CASES))
def test_each_action_clears_its_fault_and_verify_says_so(tool):
    """The matching action on the faulty service clears the incident: verify reports cleared."""
    fault, service, extra = CASES[tool]
    env = environment(fault, service)
    tools = load_tools()
    verify = tools.get("verify_remediation")
    services = incident_services(env, service)
    assert not verify.invoke({"services": services, "incident_onset": ONSET}, context(env)).cleared
    result = tools.get(tool).invoke({"service": service, **extra}, context(env))
    assert result.receipt.applied and result.dry_run is not None
    check = verify.invoke({"services": services, "incident_onset": ONSET}, context(env))
    assert check.cleared and not check.still_anomalous, check.explanation


def test_the_wrong_action_does_not_clear_and_verify_names_what_is_still_raised():
    """Restarting a service with a bad deploy leaves it failing; verify says which service is still raised."""
    env = environment("bad_deploy", "checkout")
    load_tools().get("restart_service").invoke({"service": "checkout"}, context(env))
    check = (
        load_tools()
        .get("verify_remediation")
        .invoke({"services": incident_services(env, "checkout"), "incident_onset": ONSET}, context(env))
    )
    assert not check.cleared and "checkout" in check.still_anomalous and "still raised" in check.explanation


def test_an_action_is_applied_once_per_idempotency_key():
    """Replaying a remediation with the same key returns the first receipt (applied=False, no new dry run)."""
    env = environment("bad_deploy", "checkout")
    tool = load_tools().get("roll_back_deploy")
    first = tool.invoke({"service": "checkout"}, context(env))
    again = tool.invoke({"service": "checkout"}, context(env))
    assert first.receipt.applied and not again.receipt.applied and again.dry_run is None
    assert env.state("checkout").version == "v1" and len(env.receipts) == 1


def test_verify_rejects_services_without_metrics_and_actions_before_the_incident():
    """verify_remediation needs services with metrics, and an action time after the incident began."""
    env = environment()
    verify = load_tools().get("verify_remediation")
    with pytest.raises(ToolInputError, match="exports no metrics|re-check their callers"):
        verify.invoke({"services": ["rates-api"], "incident_onset": ONSET}, context(env))
    with pytest.raises(ToolInputError, match="after the incident"):
        verify.invoke({"services": ["checkout"], "incident_onset": NOW + timedelta(hours=1)}, context(env))


def test_the_tools_compose_into_the_on_call_loop():
    """observe -> rank -> dry run -> act -> verify, each tool feeding the next, clears a simulated bad deploy."""
    env = environment("bad_deploy", "checkout")
    tools, ctx = load_tools(), context(env)
    seen = tools.get("observe_services").invoke({"lookback_minutes": 90}, ctx)
    ranked = tools.get("rank_root_causes").invoke({"metrics": seen.metrics}, ctx)
    top = ranked.candidates[0]
    assert top.service == "checkout" and top.evidence.changes[0].kind == "deploy"
    plan = tools.get("dry_run_remediation").invoke({"kind": "roll_back", "service": top.service}, ctx)
    assert plan.risk in ("medium", "high")
    tools.get("roll_back_deploy").invoke({"service": top.service}, ctx)
    check = tools.get("verify_remediation").invoke(
        {"services": ranked.incident.services, "incident_onset": ranked.incident.onset}, ctx
    )
    assert check.cleared, check.explanation


def test_preview_gives_an_approval_gate_the_dry_run_of_a_pending_call():
    """preview maps a remediation tool call to its dry run (risk tier); other tools are rejected by name."""
    from genaiops.tools.sre.remediation import preview

    env = environment()
    result = preview("scale_service", {"service": "comments", "replicas": 4}, env, NOW)
    assert result.action.kind == "scale" and result.risk == "low"
    with pytest.raises(ToolInputError, match="did you mean 'restart_service'"):
        preview("restart_servic", {"service": "comments"}, env, NOW)
