"""The SRE's capacity review (a goal about capacity), through the executor with the real tools: the policy's
`capacity.propose_below_hours` decides which gauges get a remediation proposed; the proposal is a gated
remediate_capacity task that waits for a person and applies once approved; a goal about latency is not a
capacity review."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from genaiops.agents.goals.capacity import is_capacity_goal
from genaiops.agents.handler import AgentHandler
from genaiops.agents.roles import with_role_defaults
from genaiops.graphs import Engine, GraphSpec
from genaiops.receiver import IdempotentReceiver
from genaiops.safety.policy import parse_policy
from genaiops.store import Store
from genaiops.tools import load_tools
from genaiops.tools.sre.simulate import build_environment

NOW = datetime(2026, 1, 8, 2, 0, tzinfo=UTC)
GOAL = "nightly capacity review: what runs out, and propose fixes"
# in the shop estate of seed 3, recommend's inode gauge follows the 'filling' profile (estate.profile says so) and
# is full about 29 h after NOW
TASK = {"id": "review", "role": "sre", "goal": GOAL, "args": {"metric": "inodes_used_pct"}}


def engine(threshold: float | None) -> Engine:
    text = "" if threshold is None else f"capacity: {{propose_below_hours: {threshold}}}"
    policy = with_role_defaults(parse_policy(text))
    resources: dict[str, Any] = {
        "environment": build_environment({"topology": "shop", "seed": 3}),
        "receiver": IdempotentReceiver(),
    }
    return Engine(Store.open(":memory:"), load_tools(), resources=resources, policy=policy, handler=AgentHandler())


def spec() -> GraphSpec:
    return GraphSpec.model_validate({"name": "capacity", "at": NOW.isoformat(), "tasks": [TASK]})


async def test_a_gauge_below_the_policy_threshold_gets_a_gated_fix_that_applies_once_approved() -> None:
    """Threshold 48 h: recommend's inodes are proposed for clean_up (waiting for approval); approved by the
    on-call, the change reaches the receiver."""
    eng = engine(48)
    result = await eng.start(spec(), requester="ann")
    assert result.status == "paused"
    outcome = result.outputs["review"]
    assert outcome["proposal"]["gated"] is True and outcome["proposal"]["tools"] == ["remediate_capacity"]
    [request] = result.pending
    assert request.tool == "remediate_capacity"
    assert request.args["action"] == "clean_up" and request.args["service"] == "recommend"
    eng.decide(request.id, approver="alice", role="sre_oncall", verdict="approve", reason="CHG-9")
    done = await eng.resume(result.run_id)
    assert done.status == "succeeded", done.errors
    assert done.outputs[request.task_id]["applied"] is True


async def test_with_the_default_threshold_of_a_day_nothing_is_proposed_yet() -> None:
    """The default 24 h: the same forecast (29 h left), no proposal; the run succeeds and names the nearest."""
    eng = engine(None)
    result = await eng.start(spec(), requester="ann")
    assert result.status == "succeeded"
    outcome = result.outputs["review"]
    assert outcome["proposal"] is None and "none runs out within 24 h" in outcome["finding"]
    assert 'inodes_used_pct{service="recommend"}' in outcome["finding"]


def test_only_capacity_goals_are_capacity_reviews() -> None:
    """Capacity, exhaustion, disk space, running out: yes; a latency investigation: no."""
    assert is_capacity_goal("nightly capacity review")
    assert is_capacity_goal("will the orders disk space run out this week?")
    assert not is_capacity_goal("checkout p99 is high since 10:00 - find the cause and propose a fix")


async def test_a_gauge_with_less_than_four_hours_left_is_an_urgent_proposal_whose_approval_expires_in_an_hour():
    """26 h after NOW recommend's inodes have ~3 h left: the proposed clean_up is `urgency: page` (less than the
    policy's `capacity.page_below_hours`, 4 h), its approval expires 1 h after it was asked (the policy's
    `urgency.page`) and the finding says it is urgent; 20 h after NOW (~9 h left) it is a `ticket` that waits the
    medium tier's day, or less: until the inodes run out (the proposal's `expires_within_hours`, session 26)."""
    for hours, urgency, wait in ((26, "page", timedelta(hours=1)), (20, "ticket", timedelta(hours=24))):
        at = (NOW + timedelta(hours=hours)).isoformat()
        result = await engine(None).start(GraphSpec.model_validate({"name": "capacity", "at": at, "tasks": [TASK]}),
                                          requester="ann")  # fmt: skip
        [request] = result.pending
        proposed = result.outputs["review"]["proposal"]
        assert proposed["tasks"] == [request.task_id], proposed
        left = timedelta(hours=max(0.25, round(request.args["hours_left"], 2)))
        assert request.expires_at - request.created_at == min(wait, left), (hours, left)
        assert ("urgent" in result.outputs["review"]["finding"]) is (urgency == "page")
