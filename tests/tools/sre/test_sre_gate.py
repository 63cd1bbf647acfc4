"""A remediation through the engine: its dry run sets the risk tier of its approval and is shown to approvers."""

from __future__ import annotations

from datetime import timedelta

import pytest

from genaiops.graphs import Engine, GraphSpec
from genaiops.store import Store
from genaiops.tools import load_tools
from genaiops.tools.sre.simulate import EPOCH, FaultSpec, build_environment

ONSET = EPOCH + timedelta(hours=10)


@pytest.mark.parametrize(("tool", "service"), [("restart_service", "profile"), ("clear_cache", "fraud")])
async def test_the_dry_run_sets_the_tier_and_travels_with_the_request(tool: str, service: str) -> None:
    """The gate asks for the approvals of the dry run's tier (never fewer than the tool's own) and shows it."""
    env = build_environment(
        {
            "topology": "shop",
            "seed": 3,
            "faults": [FaultSpec(kind="latency_spike", service=service, at=ONSET, severity=0.7)],
        }
    )
    engine = Engine(Store.open(":memory:"), load_tools(), resources={"environment": env})
    spec = GraphSpec.model_validate(
        {
            "name": "fix",
            "at": ONSET + timedelta(minutes=20),
            "tasks": [{"id": "fix", "tool": tool, "args": {"service": service}}],
        }
    )
    result = await engine.start(spec, requester="sre-bot")
    assert result.status == "paused"
    (request,) = result.pending
    preview = request.evidence["genaiops"]["preview"]
    tiers = {"low": 1, "medium": 1, "high": 2}
    expected = max(preview["risk"], engine.registry.get(tool).risk, key=["low", "medium", "high"].index)
    assert request.risk == expected and request.required == tiers[expected]
    assert preview["details"]["blast_radius"]["dependents"] and preview["summary"]
    assert result.tasks == {"fix": "waiting"} and "fix" not in result.outputs  # nothing done before approval


async def test_a_remediation_its_dry_run_refuses_fails_before_any_approval_is_asked() -> None:
    """Rolling back a service with no earlier version fails with the dry run's reason; nobody is asked."""
    engine = Engine(
        Store.open(":memory:"), load_tools(), resources={"environment": build_environment({"topology": "shop"})}
    )
    spec = GraphSpec.model_validate(
        {
            "name": "fix",
            "at": ONSET,
            "tasks": [{"id": "undo", "tool": "roll_back_deploy", "args": {"service": "checkout"}}],
        }
    )
    result = await engine.start(spec, requester="sre-bot")
    assert result.status == "failed" and result.pending == []
    assert "has no previous version" in result.errors["undo"]
