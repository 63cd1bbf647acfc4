"""Approval gates against the store, through the engine: what a request records, which decisions are refused
(an empty or blank reason, exactly at expiry, on a closed request, a bad amendment) and leave nothing behind,
and what each step writes to the audit ledger."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from typing import Any

import pytest

from genaiops.clock import FakeClock
from genaiops.errors import DecisionError
from genaiops.graphs import Engine, GraphSpec, TaskSpec
from genaiops.ids import content_hash, idempotency_key
from genaiops.receiver import IdempotentReceiver
from genaiops.safety import ApprovalPolicy, ToolRule
from genaiops.store import Store
from genaiops.tools import load_tools

REGISTRY = load_tools()
ARGS = {"target": "svc@d", "change": {}, "hold_seconds": 0.0}
"""apply_change's arguments for the task `d` (its defaults filled in)."""


class Setup:
    """One engine over an in-memory store, a fake clock and a receiver for apply_change."""

    def __init__(self, policy: ApprovalPolicy | None = None, *, receiver: bool = True):
        self.clock = FakeClock()
        self.receiver = IdempotentReceiver()
        self.store = Store.open(":memory:")
        self.engine = self.under(policy or ApprovalPolicy(), receiver=receiver)

    def under(self, policy: ApprovalPolicy, *, receiver: bool = True) -> Engine:
        """An engine over the same store and clock (as another process would be), under ``policy``."""
        return Engine(
            store=self.store,
            registry=REGISTRY,
            policy=policy,
            clock=self.clock,
            resources={"receiver": self.receiver} if receiver else {},
        )

    def close(self) -> None:
        self.store.close()
        self.receiver.close()

    def ledger(self, kind: str) -> list[dict[str, Any]]:
        return [json.loads(e.payload) for e in self.store.ledger() if e.kind == kind]

    def kinds(self, run_id: str) -> list[str]:
        return [e.kind for e in self.store.ledger() if e.run_id == run_id]

    def decide(self, approval_id: str, approver: str = "alice", **kw: Any):
        kw = {"role": "operator", "verdict": "approve", "reason": "checked", **kw}
        return self.engine.decide(approval_id, approver=approver, **kw)

    def snapshot(self, approval_id: str) -> tuple:
        return (self.store.approval(approval_id), self.store.decisions(approval_id), len(self.store.ledger()))


@pytest.fixture
def setup():
    s = Setup()
    yield s
    s.close()


def deploy(tid: str = "d", **kw: Any) -> GraphSpec:
    return GraphSpec(name="g", tasks=[TaskSpec(id=tid, tool="apply_change", args={"target": f"svc@{tid}"}, **kw)])


async def paused(s: Setup, spec: GraphSpec | None = None):
    result = await s.engine.start(spec or deploy(), requester="bob")
    assert result.status == "paused"
    return result, result.pending[0]


# --- the request --------------------------------------------------------------------------------------------------


async def test_a_request_pins_the_call_and_its_requirement(setup):
    """A gated task's request holds the run, task, tool, exact arguments and their hash, the tier, required
    approvals, roles, requester, policy version, and an expiry of the tier's hours after it was made."""
    result, request = await paused(setup, deploy(risk="high"))
    assert re.fullmatch(r"ap-[0-9a-f]{12}", request.id)
    assert (request.run_id, request.task_id, request.iteration, request.tool) == (result.run_id, "d", 0, "apply_change")
    assert request.args == ARGS and request.args_hash == content_hash(ARGS)
    assert (request.risk, request.required, request.roles, request.requester) == ("high", 2, ("operator",), "bob")
    assert request.policy_version == ApprovalPolicy().version
    assert request.created_at == setup.clock.now() and request.expires_at - request.created_at == timedelta(hours=8)
    data, status = setup.store.approval(request.id)
    assert status == "pending" and data["args"] == ARGS


async def test_the_request_is_in_the_ledger(setup):
    """Asking writes an approval_requested entry with what was asked, of whom, until when."""
    _, request = await paused(setup)
    (entry,) = setup.ledger("approval_requested")
    assert entry == {
        "id": request.id,
        "task_id": "d",
        "iteration": 0,
        "tool": "apply_change",
        "args_hash": request.args_hash,
        "risk": "medium",
        "required": 1,
        "roles": ["operator"],
        "requester": "bob",
        "policy_version": request.policy_version,
        "expires_at": request.model_dump(mode="json")["expires_at"],
    }


async def test_two_runs_of_one_spec_get_different_requests(setup):
    """Each run's request has its own id, so deciding one never decides the other."""
    _, first = await paused(setup)
    _, second = await paused(setup)
    assert first.id != second.id
    setup.decide(first.id)
    assert setup.store.approval(second.id)[1] == "pending"


# --- decisions that are refused and leave nothing behind ----------------------------------------------------------


@pytest.mark.parametrize("reason", ["", " ", "\t\n"])
async def test_a_decision_without_a_reason_is_refused(setup, reason):
    """An empty or blank reason is refused (it goes into the audit ledger), for approvals and rejections alike;
    nothing is recorded."""
    _, request = await paused(setup)
    before = setup.snapshot(request.id)
    for verdict in ("approve", "reject"):
        with pytest.raises(DecisionError, match="a decision needs a reason"):
            setup.decide(request.id, verdict=verdict, reason=reason)
    assert setup.snapshot(request.id) == before


async def test_a_decision_exactly_at_expiry_is_refused_and_the_task_is_rejected(setup):
    """At the expiry time itself (24 h for a medium-risk deploy) a decision is refused as expired and records no
    decision; the request is closed as expired (one approval_expired entry) and resuming rejects the task."""
    result, request = await paused(setup)
    setup.clock.advance(hours=24)
    assert setup.clock.now() == request.expires_at
    with pytest.raises(DecisionError, match=f"approval {request.id} expired at"):
        setup.decide(request.id)
    assert setup.store.decisions(request.id) == []  # no decision; the request is closed as expired, once
    result = await setup.engine.resume(result.run_id)
    assert result.tasks == {"d": "rejected"} and setup.receiver.applied() == {}
    assert setup.store.approval(request.id)[1] == "expired"
    (expired,) = setup.ledger("approval_expired")
    assert expired["id"] == request.id and expired["task_id"] == "d" and "expired at" in expired["reason"]
    assert setup.kinds(result.run_id) == ["approval_requested", "approval_expired"]


async def test_a_decision_just_before_expiry_counts(setup):
    """One microsecond before the expiry time, an approval is accepted and the task runs."""
    result, request = await paused(setup)
    setup.clock.advance(hours=24, microseconds=-1)
    assert setup.decide(request.id).status == "approved"
    setup.clock.advance(hours=5)
    assert (await setup.engine.resume(result.run_id)).tasks == {"d": "succeeded"}


@pytest.mark.parametrize("verdict", ["approve", "reject"])
async def test_a_closed_request_takes_no_more_decisions(setup, verdict):
    """Once approved or rejected, a request refuses further decisions, saying it is already closed."""
    _, request = await paused(setup)
    closed = {"approve": "approved", "reject": "rejected"}[verdict]
    assert setup.decide(request.id, verdict=verdict).status == closed
    before = setup.snapshot(request.id)
    with pytest.raises(DecisionError, match=f"approval {request.id} is already {closed}; nothing to decide"):
        setup.decide(request.id, approver="carol")
    assert setup.snapshot(request.id) == before


async def test_an_amendment_goes_with_approve_and_names_a_real_argument(setup):
    """Amending with a rejection, or amending an argument the tool does not have, is refused and records
    nothing; the message names the argument and the tool's arguments."""
    _, request = await paused(setup)
    before = setup.snapshot(request.id)
    with pytest.raises(DecisionError, match=r"go with approve, not reject"):
        setup.decide(request.id, verdict="reject", amend={"target": "svc@x"})
    with pytest.raises(DecisionError) as info:
        setup.decide(request.id, amend={"targte": "svc@x"})
    assert "apply_change has no argument 'targte'" in str(info.value) and "target" in str(info.value)
    assert "its arguments: target, change" in str(info.value)
    assert setup.snapshot(request.id) == before


# --- what decisions write -----------------------------------------------------------------------------------------


async def test_a_decision_is_stored_with_its_ledger_entry_and_event(setup):
    """A decision is stored as made, with an approval_decided ledger entry (who, role, verdict, reason, kind,
    arguments, outcome) and an event on the task; the request's status follows the outcome."""
    result, request = await paused(setup, deploy(risk="high"))
    first = setup.decide(request.id, reason="looks right")
    assert (first.status, first.approvals, first.required) == ("pending", 1, 2)
    assert setup.store.approval(request.id)[1] == "pending"
    setup.clock.advance(minutes=3)
    second = setup.decide(request.id, approver="carol", role="operator", reason="agreed", kind="scripted")
    assert (second.status, second.approvals) == ("approved", 2)
    assert setup.store.approval(request.id)[1] == "approved"
    stored = setup.store.decisions(request.id)
    assert [(d["approver"], d["reason"], d["kind"]) for d in stored] == [
        ("alice", "looks right", "human"),
        ("carol", "agreed", "scripted"),
    ]
    assert stored[1]["at"].replace("Z", "+00:00") == setup.clock.now().isoformat()
    entries = setup.ledger("approval_decided")
    assert entries[1] == {
        "id": request.id,
        "task_id": "d",
        "approver": "carol",
        "role": "operator",
        "verdict": "approve",
        "reason": "agreed",
        "kind": "scripted",
        "identified_by": "scripted",
        "args_hash": request.args_hash,
        "amended": False,
        "outcome": "approved",
        "policy_version": setup.engine.policy.version,
        "policy_hash": setup.engine.policy.hash,
    }
    assert entries[0]["outcome"] == "pending"
    decided = [data for _, task, kind, _, data in setup.store.events(result.run_id) if kind == "approval_decided"]
    assert decided == [
        {"approval": request.id, "by": "alice", "verdict": "approve", "outcome": "pending"},
        {"approval": request.id, "by": "carol", "verdict": "approve", "outcome": "approved"},
    ]


async def test_a_rejection_closes_the_request_and_the_task(setup):
    """A rejection is recorded with its reason; the request is rejected and resuming rejects the task."""
    result, request = await paused(setup)
    state = setup.decide(request.id, verdict="reject", reason="freeze week")
    assert state.status == "rejected" and state.reason == "rejected by alice: freeze week"
    assert setup.store.approval(request.id)[1] == "rejected"
    assert setup.ledger("approval_decided")[0]["verdict"] == "reject"
    result = await setup.engine.resume(result.run_id)
    assert result.tasks == {"d": "rejected"} and result.errors["d"] == "rejected by alice: freeze week"
    assert setup.kinds(result.run_id) == ["approval_requested", "approval_decided"]  # nothing ran, nothing more


async def test_an_amended_approval_is_recorded_as_amended_and_runs_the_new_arguments(setup):
    """Approving with amended arguments makes a new request for them, approved by the amender (amended: true,
    the amended hash), and the task runs with them."""
    result, request = await paused(setup)
    state = setup.decide(request.id, amend={"target": "svc@safe"})
    amended = {**ARGS, "target": "svc@safe"}
    assert state.status == "approved" and state.args == amended and state.args_hash == content_hash(amended)
    assert state.approval_id != request.id and setup.store.approval(request.id)[1] == "stale"
    entry = setup.ledger("approval_decided")[0]
    assert entry["amended"] is True and entry["args_hash"] == content_hash(amended) and entry["id"] == state.approval_id
    assert setup.store.approval(state.approval_id)[0]["args"] == amended
    result = await setup.engine.resume(result.run_id)
    assert result.outputs["d"]["target"] == "svc@safe"


async def test_an_executed_gated_action_is_in_the_ledger(setup):
    """A gated action that ran writes action_executed: its approval, outcome, idempotency key and result hash."""
    result, request = await paused(setup)
    setup.decide(request.id)
    result = await setup.engine.resume(result.run_id)
    (entry,) = setup.ledger("action_executed")
    row = setup.store.tasks(result.run_id, decode=False)[0]
    assert entry == {
        "approval": request.id,
        "task_id": "d",
        "tool": "apply_change",
        "status": "succeeded",
        "idempotency_key": idempotency_key(result.run_id, "d", 0),
        "result_hash": content_hash(row.result),
        "error": None,
        "policy_version": setup.engine.policy.version,
        "policy_hash": setup.engine.policy.hash,
    }
    assert setup.store.approval(request.id)[1] == "approved"


async def test_a_gated_call_the_policy_lets_through_is_still_in_the_ledger():
    """A deploy the policy marks auto runs without asking, and the ledger records an automatic approval."""
    s = Setup(ApprovalPolicy(tools={"apply_change": ToolRule(auto=True)}))
    try:
        result = await s.engine.start(deploy(), requester="bob")
        assert result.status == "succeeded" and result.pending == []
        (entry,) = s.ledger("approval_decided")
        assert entry == {
            "task_id": "d",
            "tool": "apply_change",
            "args_hash": content_hash(ARGS),
            "kind": "automatic",
            "reason": "the approval policy does not gate this call",
            "idempotency_key": idempotency_key(result.run_id, "d", 0),
            "policy_version": s.engine.policy.version,
            "policy_hash": s.engine.policy.hash,
        }
        assert s.ledger("approval_requested") == []
    finally:
        s.close()


async def test_a_stale_request_is_closed_and_a_new_one_asked(setup):
    """After a policy change, resuming closes the old request as stale (with its ledger entry) and the task's
    open request is the new one; the old one can no longer be decided."""
    result, old = await paused(setup)
    changed = setup.under(ApprovalPolicy(approver_roles=("lead",)))
    result = await changed.resume(result.run_id)
    (new,) = result.pending
    assert new.id != old.id and new.roles == ("lead",)
    assert setup.store.approval(old.id)[1] == "stale" and setup.store.approval(new.id)[1] == "pending"
    (stale,) = setup.ledger("approval_stale")
    assert stale["id"] == old.id and stale["task_id"] == "d"
    assert stale["reason"] == f"the approval policy changed (version {old.policy_version} -> {changed.policy.version})"
    with pytest.raises(DecisionError, match="already stale"):
        changed.decide(old.id, approver="alice", role="lead", verdict="approve", reason="old")
    changed.decide(new.id, approver="alice", role="lead", verdict="approve", reason="new")
    assert (await changed.resume(result.run_id)).tasks == {"d": "succeeded"}


async def test_a_policy_changed_and_changed_back_asks_anew_each_time(setup):
    """A policy edit that is later undone asks a third, new request (never reusing the first one's id, which
    was closed as stale); deciding it runs the task."""
    result, first = await paused(setup)
    other = ApprovalPolicy(approver_roles=("lead",))
    (second,) = (await setup.under(other).resume(result.run_id)).pending
    (third,) = (await setup.engine.resume(result.run_id)).pending
    assert len({first.id, second.id, third.id}) == 3 and third.policy_version == first.policy_version
    assert [setup.store.approval(r.id)[1] for r in (first, second, third)] == ["stale", "stale", "pending"]
    assert setup.kinds(result.run_id) == ["approval_requested", "approval_stale"] * 2 + ["approval_requested"]
    setup.decide(third.id)
    assert (await setup.engine.resume(result.run_id)).tasks == {"d": "succeeded"}


async def test_a_gated_action_that_fails_is_in_the_ledger_with_its_error():
    """An approved action that fails (here: no receiver to apply it) writes action_executed with status
    failed, its error and no result hash."""
    s = Setup(receiver=False)
    try:
        result, request = await paused(s)
        s.decide(request.id)
        result = await s.engine.resume(result.run_id)
        assert result.tasks == {"d": "failed"}
        (entry,) = s.ledger("action_executed")
        assert (entry["approval"], entry["status"], entry["result_hash"]) == (request.id, "failed", None)
        assert "receiver" in entry["error"] and entry["error"] == result.errors["d"]
    finally:
        s.close()


async def test_a_cancelled_run_withdraws_its_request_and_asks_anew_when_resumed(setup):
    """Cancelling a paused run withdraws its pending request, which takes no decision; resuming the run asks a
    new request rather than waiting on the withdrawn one."""
    result, request = await paused(setup)
    setup.engine.cancel(result.run_id, by="bob", reason="not needed")
    assert setup.store.approval(request.id)[1] == "withdrawn"
    before = setup.snapshot(request.id)
    with pytest.raises(DecisionError, match=f"approval {request.id} is already withdrawn"):
        setup.decide(request.id)
    assert setup.snapshot(request.id) == before
    (again,) = (await setup.engine.resume(result.run_id)).pending
    assert again.id != request.id and setup.store.approval(again.id)[1] == "pending"


async def test_a_stale_request_takes_no_decision_even_under_its_own_policy(setup):
    """A request closed as stale stays closed: deciding it under the policy it was asked under is refused."""
    result, first = await paused(setup)
    await setup.under(ApprovalPolicy(approver_roles=("lead",))).resume(result.run_id)
    with pytest.raises(DecisionError, match=f"approval {first.id} is already stale"):
        setup.decide(first.id)


@pytest.mark.parametrize("closed", ["approved", "rejected", "expired"])
async def test_a_closed_request_says_how_it_closed_after_a_policy_change(setup, closed):
    """A decision on an approved, rejected or expired request is refused naming that status, even when the
    policy has changed since (it is not reported as stale)."""
    result, request = await paused(setup)
    if closed == "expired":
        setup.clock.advance(hours=25)
        await setup.engine.resume(result.run_id)
    else:
        setup.decide(request.id, verdict={"approved": "approve", "rejected": "reject"}[closed])
    changed = setup.under(ApprovalPolicy(approver_roles=("operator", "lead")))
    said = f"expired at {request.expires_at.isoformat()}" if closed == "expired" else f"is already {closed}"
    with pytest.raises(DecisionError, match=re.escape(f"approval {request.id} {said}")):
        changed.decide(request.id, approver="carol", role="operator", verdict="approve", reason="late")


async def test_a_plain_approval_amends_nothing(setup):
    """An approval without amended arguments (or with an empty set of them) stores none and is ledgered as not
    amended; the task runs with the arguments it asked with."""
    result, request = await paused(setup, deploy(risk="high"))
    setup.decide(request.id)
    setup.decide(request.id, approver="carol", amend={})
    assert [d["amended_args"] for d in setup.store.decisions(request.id)] == [None, None]
    assert [e["amended"] for e in setup.ledger("approval_decided")] == [False, False]
    assert (await setup.engine.resume(result.run_id)).outputs["d"]["target"] == "svc@d"


async def test_the_state_an_amendment_returns_is_what_the_store_holds(setup):
    """The arguments an amended approval returns are those stored and run (JSON values: a YAML date from
    `--set` becomes its ISO text)."""
    result, request = await paused(setup)
    state = setup.decide(request.id, amend={"change": {"on": date(2026, 1, 2)}})
    stored = setup.store.approval(state.approval_id)[0]["args"]  # an amendment is a new request
    assert state.args == stored == {**ARGS, "change": {"on": "2026-01-02"}}
    assert state.args_hash == content_hash(stored)
    assert (await setup.engine.resume(result.run_id)).outputs["d"]["target"] == "svc@d"
