"""Scripted approvals (`approvals:` in a scenario) decide drills only: tasks acting on stand-in and simulated
targets in a home not marked production. Anything else is refused before the run starts, with the reason."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from genaiops.errors import DecisionError
from genaiops.graphs import Engine, ScenarioSpec, run_scenario
from genaiops.receiver import IdempotentReceiver
from genaiops.safety import ApprovalPolicy
from genaiops.store import Store
from genaiops.tools import load_tools
from genaiops.tools.mlops import build_mlops_resources, close_mlops_resources
from genaiops.tools.sre.simulate import build_environment

REPO = Path(__file__).resolve().parents[2]
CANARY = REPO / "scenarios" / "canary_release.yaml"
INCIDENT = REPO / "scenarios" / "incident_response.yaml"

DRILL = {
    "name": "drill",
    "tasks": [{"id": "promote", "tool": "apply_change", "args": {"target": "checkout@production"}}],
    "approvals": [{"task": "promote", "approver": "alice", "reason": "CHG-1"}],
}


class ProductionSystem(IdempotentReceiver):
    """The same interface as the stand-in, but a real system: it does not say it is a drill target."""

    drill = False


def runs_in(home: Path) -> int:
    db = home / "genaiops.db"
    if not db.exists():
        return 0
    with closing(sqlite3.connect(db)) as con:
        return con.execute("SELECT COUNT(*) FROM runs").fetchone()[0]


@pytest.mark.parametrize("scenario", [CANARY, INCIDENT], ids=["canary", "incident"])
def test_the_shipped_drills_run_on_a_fresh_home(tmp_path, cli, scenario):
    """On a home with no policy file at all, run as the OS user, the shipped scenarios' scripted approvals
    decide their drill targets (the receiver stand-in, the simulated estate) and the scenario ends as expected."""
    home = tmp_path / "fresh"
    result = cli(home, "scenario", "run", scenario)
    assert result.exit_code == 0, result.output
    assert "scenario ended as expected" in result.stdout
    assert not (home / "policy.yaml").exists()


@pytest.mark.parametrize(("service", "approvers"), [("checkout", 1), ("auth", 2)])
def test_a_second_scripted_approver_decides_only_where_the_tier_needs_two(tmp_path, cli, service, approvers):
    """The incident drill on a service the desk names (`--set service=`): checkout's roll back (medium risk)
    takes the first scripted approval only; auth's (high risk) takes both, and each run ends as expected."""
    home = tmp_path / "fresh"
    result = cli(home, "scenario", "run", INCIDENT, "--set", f"service={service}")
    assert result.exit_code == 0, result.output
    assert "scenario ended as expected" in result.stdout
    with closing(sqlite3.connect(home / "genaiops.db")) as con:
        assert con.execute("SELECT COUNT(*) FROM decisions").fetchone()[0] == approvers


def test_the_incident_drill_refuses_a_service_the_estate_has_not_with_did_you_mean(tmp_path, cli):
    """A service outside the drill's estate is a validation problem with the closest name; nothing runs."""
    home = tmp_path / "fresh"
    result = cli(home, "scenario", "run", INCIDENT, "--set", "service=chekout")
    assert result.exit_code == 2, result.output
    assert "params.service: service=chekout: not an allowed value (did you mean 'checkout'?)" in result.stderr
    assert runs_in(home) == 0


@pytest.mark.parametrize(
    ("policy", "fragment"),
    [("production: true\n", "production: true"), ("allow_scripted: false\n", "allow_scripted: false")],
)
def test_scripted_approvals_are_refused_in_a_production_home(home_with, cli, policy, fragment):
    """A home marked production, or one that turns scripted approvals off, refuses the scenario before it runs:
    exit 2, the reason and the fix named, no run recorded."""
    home = home_with(policy)
    result = cli(home, "scenario", "run", CANARY)
    assert result.exit_code == 2, result.output
    assert "scripted approvals refused" in result.stderr and fragment in result.stderr
    assert "task promote" in result.stderr and "genaiops approvals approve" in result.stderr
    assert runs_in(home) == 0


@pytest.fixture
def store():
    store = Store.open(":memory:")
    yield store
    store.close()


async def test_a_task_acting_on_a_real_resource_is_refused_before_the_run(store):
    """apply_change against a receiver that is not a drill target: DecisionError naming the task, the tool and
    the resource; no run is started."""
    system = ProductionSystem()
    engine = Engine(store, load_tools(), resources={"receiver": system})
    with pytest.raises(DecisionError, match=r"task promote: .*apply_change acts on receiver \(a real resource\)"):
        await run_scenario(engine, ScenarioSpec.model_validate(DRILL), requester="bob")
    assert store.runs() == [] and system.calls() == {}
    system.close()


async def test_a_resource_that_is_not_configured_is_not_a_drill(store):
    """Without the resource at all, the scripted approval is refused (it cannot be shown to be a stand-in)."""
    engine = Engine(store, load_tools(), resources={})
    with pytest.raises(DecisionError, match=r"receiver \(not configured\)"):
        await run_scenario(engine, ScenarioSpec.model_validate(DRILL), requester="bob")


async def test_the_engine_refuses_a_scripted_decision_outside_a_drill(store):
    """The engine itself refuses `kind="scripted"` for a task acting on a real resource, however it is called."""
    system = ProductionSystem()
    engine = Engine(store, load_tools(), resources={"receiver": system})
    run = await engine.start(ScenarioSpec.model_validate(DRILL).graph(), requester="bob")
    with pytest.raises(DecisionError, match="scripted approvals decide drills only"):
        engine.decide(
            run.pending[0].id, approver="alice", role="operator", verdict="approve", reason="x", kind="scripted"
        )
    assert store.decisions(run.pending[0].id) == []
    system.close()


async def test_the_same_drill_on_the_stand_in_is_decided_and_recorded_as_scripted(store):
    """On the receiver stand-in the scripted approval decides; its decision says scripted, with the policy."""
    receiver = IdempotentReceiver()
    engine = Engine(store, load_tools(), resources={"receiver": receiver})
    result = await run_scenario(engine, ScenarioSpec.model_validate(DRILL), requester="bob")
    assert result.status == "succeeded"
    ((approval, _),) = store.approvals()
    (decision,) = store.decisions(approval["id"])
    assert (decision["kind"], decision["identified_by"]) == ("scripted", "scripted")
    assert (decision["policy_version"], decision["policy_hash"]) == (engine.policy.version, engine.policy.hash)
    receiver.close()


async def test_a_production_policy_refuses_even_drill_targets(store):
    """`production: true` refuses scripted approvals whatever the target."""
    receiver = IdempotentReceiver()
    engine = Engine(store, load_tools(), policy=ApprovalPolicy(production=True), resources={"receiver": receiver})
    with pytest.raises(DecisionError, match="production: true"):
        await run_scenario(engine, ScenarioSpec.model_validate(DRILL), requester="bob")
    receiver.close()


def test_every_tool_that_changes_the_world_says_what_it_acts_on():
    """A gated tool (deploys, remediates, rolls back, publishes) declares the resources it changes; without that a
    scripted approval could not tell a drill from a real change."""
    undeclared = [t.name for t in load_tools() if t.actions and not t.acts_on]
    assert undeclared == []


def test_the_default_stand_ins_are_drill_targets_and_an_mlflow_registry_is_not(tmp_path):
    """The receiver, the simulated estate and the home-local MLOps registry and serving say drill = True; a
    configured MLflow registry does not."""
    from genaiops.tools.mlops.lib.mlflow_registry import MlflowModelRegistry

    resources = build_mlops_resources(tmp_path, store_url=f"sqlite:///{tmp_path / 'g.db'}")
    receiver = IdempotentReceiver()
    try:
        for resource in (receiver, build_environment(), resources["model_registry"], resources["serving"]):
            assert resource.drill is True, type(resource).__name__
    finally:
        close_mlops_resources(resources)
        receiver.close()
    assert getattr(MlflowModelRegistry, "drill", False) is False
