"""The approvals inbox: a request reads expired from its expiry instant for every reader; a writing process
closes it durably (status, ledger entry, task event) exactly once, even when several processes sweep at once."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from genaiops.clock import FakeClock
from genaiops.errors import DecisionError
from genaiops.graphs import Engine, GraphSpec
from genaiops.graphs.inbox import approval_at, inbox, status_at
from genaiops.receiver import IdempotentReceiver
from genaiops.store import Store
from genaiops.tools import load_tools

T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
EXPIRY = T0 + timedelta(hours=24)  # README: medium risk needs one approver and expires after 24 h
TICK = timedelta(microseconds=1)
DEPLOY = GraphSpec.model_validate(
    {"name": "deploy", "tasks": [{"id": "promote", "tool": "apply_change", "args": {"target": "checkout@prod"}}]}
)


@pytest.mark.parametrize(
    ("stored", "now", "seen"),
    [
        ("pending", EXPIRY - TICK, "pending"),
        ("pending", EXPIRY, "expired"),  # the expiry instant itself is expired
        ("pending", EXPIRY + timedelta(days=3), "expired"),
        ("approved", EXPIRY + timedelta(days=3), "approved"),  # decided in time: stays decided
        ("rejected", EXPIRY + TICK, "rejected"),
        ("withdrawn", EXPIRY + TICK, "withdrawn"),
        ("expired", EXPIRY - TICK, "expired"),  # closed stays closed
    ],
)
def test_the_status_a_reader_sees(stored: str, now: datetime, seen: str) -> None:
    """Only a pending request changes with the clock: expired from its expiry instant on, that instant included."""
    assert status_at(stored, EXPIRY.isoformat().replace("+00:00", "Z"), now) == seen
    assert status_at(stored, EXPIRY, now) == seen


async def paused_engine(store: Store, clock: FakeClock) -> tuple[Engine, str, str]:
    """An engine at T0 with one run paused at a medium-risk gate: (engine, run id, approval id)."""
    engine = Engine(store, load_tools(), clock=clock, resources={"receiver": IdempotentReceiver()})
    result = await engine.start(DEPLOY, requester="bob")
    assert result.status == "paused"
    (request,) = result.pending
    assert request.expires_at == EXPIRY
    return engine, result.run_id, request.id


def expiry_records(store: Store, run_id: str) -> tuple[list[dict], list[tuple]]:
    """The run's approval_expired ledger payloads and task events."""
    ledger = [json.loads(row.payload) for row in store.ledger() if row.kind == "approval_expired"]
    events = [e for e in store.events(run_id) if e[2] == "approval_expired"]
    return ledger, events


async def test_every_reader_sees_the_request_expired_at_its_expiry_before_anything_is_written() -> None:
    """At the expiry instant the inbox no longer lists the request as pending and shows it expired, while the
    store still holds it pending (nobody has written yet)."""
    clock = FakeClock(T0)
    store = Store.open(":memory:")
    engine, run_id, approval_id = await paused_engine(store, clock)
    clock.current = EXPIRY - TICK
    assert [d["id"] for d, s in inbox(store, clock.now(), status="pending")] == [approval_id]
    clock.current = EXPIRY
    assert inbox(store, clock.now(), status="pending") == []
    assert [(d["id"], s) for d, s in inbox(store, clock.now())] == [(approval_id, "expired")]
    assert [(d["id"], s) for d, s in inbox(store, clock.now(), status="expired")] == [(approval_id, "expired")]
    assert approval_at(store, approval_id, clock.now())[1] == "expired"
    assert engine.result(run_id).pending == []
    assert store.approval(approval_id)[1] == "pending"


async def test_a_sweep_closes_a_due_request_durably_once() -> None:
    """close_expired writes status expired, one approval_expired ledger entry naming the expiry and one task
    event; the run stays paused; a second sweep writes nothing."""
    clock = FakeClock(T0)
    store = Store.open(":memory:")
    engine, run_id, approval_id = await paused_engine(store, clock)
    clock.current = EXPIRY - TICK
    assert engine.close_expired() == []
    clock.current = EXPIRY
    assert engine.close_expired() == [approval_id]
    assert store.approval(approval_id)[1] == "expired"
    ledger, events = expiry_records(store, run_id)
    assert ledger == [{"id": approval_id, "task_id": "promote", "reason": f"expired at {EXPIRY.isoformat()}"}]
    assert [(e[1], e[4]["approval"]) for e in events] == [("promote", approval_id)]
    assert store.run(run_id).status == "paused"
    assert engine.result(run_id).tasks == {"promote": "waiting"}
    clock.advance(hours=5)
    assert engine.close_expired() == []
    assert expiry_records(store, run_id) == (ledger, events)


@pytest.mark.parametrize("swept", [True, False], ids=["swept-first", "resumed-directly"])
async def test_resume_after_expiry_ends_the_task_rejected_with_one_expiry_entry(swept: bool) -> None:
    """Whether a sweep closed it first or resume finds it due, the task ends rejected, nothing is applied, and
    the ledger holds exactly one approval_expired entry."""
    clock = FakeClock(T0)
    store = Store.open(":memory:")
    engine, run_id, approval_id = await paused_engine(store, clock)
    clock.current = EXPIRY + timedelta(minutes=1)
    if swept:
        engine.close_expired()
    result = await engine.resume(run_id)
    assert result.status == "rejected" and result.tasks == {"promote": "rejected"}
    assert result.errors["promote"] == f"expired at {EXPIRY.isoformat()}"
    assert engine.resources["receiver"].applied() == {}
    ledger, events = expiry_records(store, run_id)
    assert len(ledger) == 1 and len(events) == 1
    assert store.approval(approval_id)[1] == "expired"


@pytest.mark.parametrize("stored", ["pending", "expired"], ids=["not-yet-swept", "swept"])
async def test_a_decision_exactly_at_the_expiry_instant_is_refused_saying_when(stored: str) -> None:
    """A decision at the expiry instant is refused with 'expired at T' (whether or not a sweep closed the
    request) and records no decision: at most the request's closing, once."""
    clock = FakeClock(T0)
    store = Store.open(":memory:")
    engine, run_id, approval_id = await paused_engine(store, clock)
    clock.current = EXPIRY
    if stored == "expired":
        engine.close_expired()
    with pytest.raises(DecisionError, match=re.escape(f"approval {approval_id} expired at {EXPIRY.isoformat()}")):
        engine.decide(approval_id, approver="alice", role="operator", verdict="approve", reason="just in time")
    assert store.decisions(approval_id) == []
    assert [e.kind for e in store.ledger()] == ["approval_requested", "approval_expired"]
    assert store.approval(approval_id)[1] == "expired"


async def test_a_decision_one_microsecond_before_expiry_counts() -> None:
    """The instant before expiry is still in time: the approval counts and the request is approved."""
    clock = FakeClock(T0)
    engine, _, approval_id = await paused_engine(Store.open(":memory:"), clock)
    clock.current = EXPIRY - TICK
    state = engine.decide(approval_id, approver="alice", role="operator", verdict="approve", reason="in time")
    assert state.status == "approved"
    clock.current = EXPIRY + TICK
    assert engine.close_expired() == []
    assert engine.store.approval(approval_id)[1] == "approved"


async def test_an_expired_request_stays_expired_when_the_policy_changed_before_resume() -> None:
    """Expiry wins over a policy edit: a request past its expiry, resumed by an engine under another policy, ends
    its task rejected (expired, counts as rejected), and is not closed as stale and asked again."""
    from genaiops.safety.policy import ApprovalPolicy

    clock = FakeClock(T0)
    store = Store.open(":memory:")
    engine, run_id, approval_id = await paused_engine(store, clock)
    clock.current = EXPIRY + TICK
    edited = ApprovalPolicy(approver_roles=("operator", "lead"))
    later = Engine(store, load_tools(), policy=edited, clock=clock, resources={"receiver": IdempotentReceiver()})
    result = await later.resume(run_id)
    assert result.status == "rejected" and result.pending == []
    closed = [(row.kind, json.loads(row.payload).get("id")) for row in store.ledger()]
    assert ("approval_expired", approval_id) in closed and ("approval_stale", approval_id) not in closed
    assert store.approval(approval_id)[1] == "expired"


SWEEPER = """
import sys
from datetime import datetime
from genaiops.graphs.inbox import close_expired
from genaiops.store import Store
store = Store.open(sys.argv[1])
now = datetime.fromisoformat(sys.argv[2])
print("ready", flush=True)
sys.stdin.readline()
print(len(close_expired(store, now)), flush=True)
"""


async def test_concurrent_processes_close_a_due_request_once(tmp_path: Path) -> None:
    """Six processes sweeping the same store at the same instant: exactly one closes the request, and the
    ledger and the run hold exactly one approval_expired entry and event."""
    db = tmp_path / "genaiops.db"
    store = Store.open(f"sqlite:///{db}")
    _, run_id, approval_id = await paused_engine(store, FakeClock(T0))
    store.close()
    args = [f"sqlite:///{db}", (EXPIRY + timedelta(minutes=1)).isoformat()]
    children = [
        subprocess.Popen(
            [sys.executable, "-c", SWEEPER, *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        for _ in range(6)
    ]
    for child in children:  # every child has opened the store ...
        assert child.stdout.readline().strip() == "ready"
    for child in children:  # ... then all are let go at once
        child.stdin.write("go\n")
        child.stdin.flush()
    closed = [int(child.communicate(timeout=120)[0]) for child in children]
    assert all(child.returncode == 0 for child in children)
    assert sorted(closed) == [0, 0, 0, 0, 0, 1]
    store = Store.open(f"sqlite:///{db}")
    ledger, events = expiry_records(store, run_id)
    assert len(ledger) == 1 and len(events) == 1
    assert store.approval(approval_id)[1] == "expired"
