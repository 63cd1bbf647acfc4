"""The store contract every backend keeps (SQLite and a real PostgreSQL), in the spirit of LangGraph's checkpoint
conformance tests: each case runs once per backend on a fresh store and expects the same answers."""

from __future__ import annotations

import asyncio
import functools
import threading
from contextlib import closing

import pytest

from genaiops.errors import NotFoundError, RunStateError, StoreError
from genaiops.graphs import Engine, GraphSpec
from genaiops.safety.ledger import entry_hash, entry_mac, verify_ledger
from genaiops.store import SCHEMA_VERSION, AgentTurn, AlertIncidentRow, AlertRow, RunRow, Store
from genaiops.tools import load_tools

KEY = b"k" * 32
AT = "2026-01-01T00:00:00+00:00"


def _run(run_id: str, *, status: str = "running", owner: str | None = "host:1") -> RunRow:
    return RunRow(run_id, "demo", "{}", "h", None, status, "bob", AT, AT, AT, None, False, owner)


def _approval(approval_id: str, run_id: str = "r1", task_id: str = "a") -> dict:
    return {
        "id": approval_id, "run_id": run_id, "task_id": task_id, "iteration": 0,
        "created_at": AT, "expires_at": "2026-01-02T00:00:00+00:00",
    }  # fmt: skip


@pytest.fixture
def store(store_url):  # type: ignore[no-untyped-def]
    with closing(Store.open(store_url, signer=functools.partial(entry_mac, KEY))) as opened:
        yield opened


def test_a_new_store_is_stamped_with_this_schema_version(store, store_url):
    """A fresh store carries the current schema version, and reopening it changes nothing."""
    assert store.meta("schema") == str(SCHEMA_VERSION)
    with closing(Store.open(store_url)) as again:
        assert again.meta("schema") == str(SCHEMA_VERSION)


def test_task_state_is_the_last_of_its_events(store):
    """Events are numbered 1, 2, 3... per run, and ``tasks()`` folds them into each task's state in spec order."""
    with store.transaction() as tx:
        tx.insert_run(_run("r1"), ["a", "b"])
        tx.insert_run(_run("r2"), ["x"])
        tx.add_events([("r1", None, "run_created", AT, "{}"), ("r2", None, "run_created", AT, "{}")])
    store.append_event(("r1", "a", "task_started", AT, None, "running", 0, 1, None, None, AT, None))
    store.append_event(("r1", "a", "task_succeeded", AT, None, "succeeded", 0, 1, '{"v":1}', None, AT, AT))
    store.append_event(("r2", "x", "task_started", AT, None, "running", 0, 1, None, None, AT, None))
    assert [e[0] for e in store.events("r1")] == [1, 2, 3]
    assert [e[0] for e in store.events("r2")] == [1, 2]
    assert [(e[1], e[2]) for e in store.events("r1", after=1)] == [("a", "task_started"), ("a", "task_succeeded")]
    rows = store.tasks("r1")
    assert [(t.task_id, t.status, t.attempts, t.result) for t in rows] == [
        ("a", "succeeded", 1, {"v": 1}),
        ("b", "pending", 0, None),
    ]
    assert store.tasks("r1", decode=False)[0].result == '{"v":1}'


def test_a_failed_transaction_writes_nothing(store):
    """An exception inside ``transaction()`` rolls every write of it back, and the store stays usable."""
    with pytest.raises(RuntimeError), store.transaction() as tx:
        tx.insert_run(_run("r1"), ["a"])
        tx.set_meta("k", "v")
        raise RuntimeError("boom")
    with pytest.raises(NotFoundError, match="unknown run 'r1'"):
        store.run("r1")
    assert store.meta("k") is None
    with store.transaction() as tx:
        tx.insert_run(_run("r1"), ["a"])
    assert store.run("r1").status == "running"


def test_runs_round_trip_with_status_owner_lease_and_cancel(store):
    """A run reads back as written; status, summary, cancel flag, owner and lease change as asked."""
    with store.transaction() as tx:
        tx.insert_run(_run("r1"), ["a"])
    with store.transaction() as tx:
        tx.request_cancel("r1")
    assert store.cancel_requested("r1") is True
    with store.transaction() as tx:
        tx.set_run_status("r1", "paused", AT, {"tasks": {"waiting": 1}}, release=True)
    run = store.run("r1")
    assert (run.status, run.owner, run.cancel_requested) == ("paused", None, True)
    assert run.summary == {"tasks": {"waiting": 1}}
    assert [r.run_id for r in store.runs(status="paused")] == ["r1"]
    assert store.runs(status="running") == []


def test_claiming_a_run_is_conditional_on_what_was_read(store):
    """``claim_run`` succeeds only while the run is as read (status and owner, NULL owner included): of two
    claims from the same reading, exactly one wins."""
    with store.transaction() as tx:
        tx.insert_run(_run("r1", status="paused", owner=None), ["a"])
    with store.transaction() as tx:
        first = tx.claim_run("r1", "w1", AT, status="paused", owner_was=None, lease_until="2026-01-01T00:01:00")
    with store.transaction() as tx:
        second = tx.claim_run("r1", "w2", AT, status="paused", owner_was=None)
    assert (first, second) == (True, False)
    run = store.run("r1")
    assert (run.status, run.owner, run.lease_until) == ("running", "w1", "2026-01-01T00:01:00")
    assert store.renew_lease("r1", "w1", "2026-01-01T00:02:00") is True
    assert store.renew_lease("r1", "w2", "2026-01-01T00:03:00") is False
    assert store.run("r1").lease_until == "2026-01-01T00:02:00"


def test_claimable_runs_are_queued_ones_and_those_whose_lease_ran_out(store):
    """Workers see queued runs and running runs whose lease expired, oldest first; not live or finished ones."""
    with store.transaction() as tx:
        for run_id in ("queued", "expired", "live", "done"):
            tx.insert_run(_run(run_id), ["a"])
        tx.queue_run("queued", AT)
        tx.claim_run("expired", "w1", AT, status="running", owner_was="host:1", lease_until="2026-01-01T00:00:10")
        tx.claim_run("live", "w1", AT, status="running", owner_was="host:1", lease_until="2026-01-01T00:09:00")
        tx.set_run_status("done", "succeeded", AT, release=True)
    assert sorted(store.claimable_runs("2026-01-01T00:05:00")) == ["expired", "queued"]


def test_approvals_close_once_and_decisions_keep_their_order(store):
    """Of two conditional closes of one request exactly one changes it; decisions read back in order; the
    per-task and pending views agree."""
    with store.transaction() as tx:
        tx.insert_run(_run("r1"), ["a"])
        tx.insert_approval(_approval("ap1"))
        tx.insert_approval(_approval("ap2", task_id="b"))
    with store.transaction() as tx:
        won = tx.set_approval_status_if("ap1", "approved", current="pending")
        lost = tx.set_approval_status_if("ap1", "rejected", current="pending")
        tx.insert_decision({"approval_id": "ap1", "at": AT, "verdict": "approve"})
        tx.insert_decision({"approval_id": "ap1", "at": AT, "verdict": "second"})
    assert (won, lost) == (True, False)
    assert store.approval("ap1")[1] == "approved"
    assert [d["verdict"] for d in store.decisions("ap1")] == ["approve", "second"]
    assert [a[0]["id"] for a in store.approvals(status="pending")] == ["ap2"]
    assert [a[0]["id"] for a in store.task_approvals("r1", "a")] == ["ap1"]
    assert store.pending_expiries() == [("ap2", "2026-01-02T00:00:00+00:00")]
    with pytest.raises(NotFoundError, match="unknown approval 'ap3'"):
        store.approval("ap3")


def test_an_executed_approval_is_one_whose_iteration_ran(store):
    """``executed_approvals`` lists approved requests whose task iteration reached a result, and no others."""
    with store.transaction() as tx:
        tx.insert_run(_run("r1"), ["a", "b"])
        tx.insert_approval(_approval("ap1"))
        tx.insert_approval(_approval("ap2", task_id="b"))
        tx.set_approval_status("ap1", "approved")
        tx.set_approval_status("ap2", "approved")
    store.append_event(("r1", "a", "task_succeeded", AT, None, "succeeded", 0, 1, "1", None, AT, AT))
    assert store.executed_approvals() == [("ap1", "r1", "a")]


def test_an_approved_task_that_failed_before_its_first_attempt_did_not_act(store):
    """A ``task_failed`` event with 0 attempts (its arguments refused when the run resumed) is no execution;
    one after an attempt, or from a store that kept no attempts, is."""
    with store.transaction() as tx:
        tx.insert_run(_run("r1"), ["a", "b", "c"])
        for approval, task in (("ap1", "a"), ("ap2", "b"), ("ap3", "c")):
            tx.insert_approval(_approval(approval, task_id=task))
            tx.set_approval_status(approval, "approved")
    store.append_event(("r1", "a", "task_failed", AT, None, "failed", 0, 0, None, "refused", AT, AT))
    store.append_event(("r1", "b", "task_failed", AT, None, "failed", 0, 1, None, "raised", AT, AT))
    store.append_event(("r1", "c", "task_failed", AT, None, "failed", 0, None, None, "old", AT, AT))
    assert sorted(store.executed_approvals()) == [("ap2", "r1", "b"), ("ap3", "r1", "c")]


def test_the_ledger_chains_signs_and_keeps_its_head(store):
    """Entries chain from genesis with MACs under the key; the head is the last entry; the chain verifies."""
    with store.transaction() as tx:
        for k in range(3):
            tx.append_ledger(entry_hash, kind="approval_granted", run_id="r1", at=AT, payload={"k": k, "at": AT})
    rows = store.ledger()
    assert [r.seq for r in rows] == [1, 2, 3]
    assert all(r.mac for r in rows)
    assert store.ledger_head() == (3, rows[-1].hash)
    assert store.ledger_entry_hash(2) == rows[1].hash
    report = verify_ledger(rows, store.ledger_head(), key=KEY)
    assert report.ok, report


def test_an_unsigned_append_after_signed_entries_is_refused(store, store_url):
    """A process that opened the store without the key cannot append after authenticated entries."""
    with store.transaction() as tx:
        tx.append_ledger(entry_hash, kind="k", run_id="r1", at=AT, payload={})
    refused = pytest.raises(StoreError, match="opened without the ledger key")
    with closing(Store.open(store_url)) as keyless, refused, keyless.transaction() as tx:
        tx.append_ledger(entry_hash, kind="k", run_id="r1", at=AT, payload={})
    assert len(store.ledger()) == 1


def test_meta_agent_turns_and_states_upsert(store):
    """Meta values and agent states are replaced in place; agent turns are numbered per run and filtered by task."""
    turn = AgentTurn("r1", "a", 0, 1, "sre", "message", AT, '{"t":1}', 3, 4)
    with store.transaction() as tx:
        tx.set_meta("policy", "one")
        tx.set_meta("policy", "two")
        tx.add_agent_turns([turn, AgentTurn("r1", "b", 0, 1, "sre", "message", AT, "{}")])
        tx.save_agent_state("r1", "sre", '{"s":1}', AT)
        tx.save_agent_state("r1", "sre", '{"s":2}', AT)
    assert store.meta("policy") == "two"
    assert store.agent_turns("r1", "a") == [turn]
    assert len(store.agent_turns("r1")) == 2
    assert store.agent_state("r1", "sre") == '{"s":2}'
    assert store.agent_state("r1", "other") is None


def test_writers_in_parallel_never_interleave(store_url):
    """Four connections writing at once (ledger appends in store-wide and in one run's transactions, events of
    one run one by one and in batches): the chain verifies with every entry, and the run's events are numbered
    1..N without gaps or duplicates."""
    signer = functools.partial(entry_mac, KEY)
    with closing(Store.open(store_url, signer=signer)) as first, first.transaction() as tx:
        tx.insert_run(_run("r1"), ["a"])
    errors: list[BaseException] = []
    progress = ("r1", "a", "task_progress", AT, None, "running", 0, 1, None, None, AT, None)

    def writer(k: int) -> None:
        try:
            with closing(Store.open(store_url, signer=signer)) as mine:
                for i in range(25):
                    with mine.transaction(run="r1" if k % 2 else None) as tx:
                        tx.append_ledger(entry_hash, kind="k", run_id="r1", at=AT, payload={"w": k, "i": i})
                        tx.add_events([progress, progress] if i % 5 == 0 else [progress])
                    mine.append_event(progress)
                    if i % 5 == 1:  # several of one run committed together, on their own
                        mine.append_events([progress, ("r1", None, "note", AT, "{}"), progress])
        except BaseException as exc:  # noqa: BLE001 - reported by the test thread
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(k,)) for k in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with closing(Store.open(store_url, signer=signer)) as check:
        assert verify_ledger(check.ledger(), check.ledger_head(), key=KEY).ok
        assert len(check.ledger()) == 100
        assert [e[0] for e in check.events("r1")] == list(range(1, 281))


def test_events_appended_together_are_numbered_in_order_and_fenced(store):
    """``append_events`` commits a run's events together after its last one, task states with them; a run this
    connection executes under a lease takes none once another owner has it (nothing written, a clear error)."""
    with store.transaction() as tx:
        tx.insert_run(_run("r1", owner="w1"), ["a", "b"])
    started = ("r1", "a", "task_started", AT, None, "running", 0, 1, None, None, AT, None)
    store.append_events([("r1", None, "run_created", AT, "{}")])
    store.append_events(
        [started, ("r1", "b", "task_succeeded", AT, None, "succeeded", 0, 1, '{"v":2}', None, AT, AT), started]
    )
    assert [(e[0], e[1], e[2]) for e in store.events("r1")] == [
        (1, None, "run_created"), (2, "a", "task_started"), (3, "b", "task_succeeded"), (4, "a", "task_started"),
    ]  # fmt: skip
    assert [(t.status, t.result) for t in store.tasks("r1")] == [("running", None), ("succeeded", {"v": 2})]
    store.fences["r1"] = "w1"
    store.append_events([started, started])
    with store.transaction() as tx:
        tx.claim_run("r1", "w2", AT, status="running", owner_was="w1")
    with pytest.raises(RunStateError, match="taken over by w2"):
        store.append_events([started, started])
    assert len(store.events("r1")) == 6


def test_writers_of_different_runs_do_not_wait_for_each_other(pg_cluster):
    """PostgreSQL: while one connection's transaction on run r1 is open, another commits r2's events and a
    ledger entry at once (each run has its own lock; the ledger's is held only at the commit), yet a write of r1
    waits for it."""
    url = pg_cluster.new_database()
    with closing(Store.open(url)) as one, closing(Store.open(url)) as two:
        with one.transaction() as tx:
            tx.insert_run(_run("r1"), ["a"])
            tx.insert_run(_run("r2"), ["a"])
        two.execute("SET lock_timeout = '3s'")  # waiting would fail the test instead of hanging it
        with one.transaction(run="r1") as tx:
            tx.add_events([("r1", "a", "task_progress", AT, None)])
            with two.transaction(run="r2") as other:
                other.add_events([("r2", "a", "task_progress", AT, None)])
                other.append_ledger(entry_hash, kind="k", run_id="r2", at=AT, payload={})
            two.execute("SET lock_timeout = '50ms'")
            with pytest.raises(StoreError, match="lock timeout"):
                two.append_event(("r1", "a", "task_progress", AT, None, "running", 0, 1, None, None, AT, None))
        assert [e[0] for e in two.events("r2")] == [1]
        assert [e[0] for e in two.events("r1")] == [1]


def test_the_engine_runs_a_graph_to_the_same_outputs(store_url):
    """A durable run of a small DAG on the backend finishes with the outputs SQLite gives, every task succeeded."""
    spec = GraphSpec.model_validate(
        {
            "name": "dag",
            "tasks": [
                {"id": "a", "tool": "noop", "args": {"value": 1}},
                {"id": "b", "tool": "noop", "args": {"value": 2}, "after": ["a"]},
                {"id": "c", "tool": "noop", "args": {"value": 3}, "after": ["a"]},
                {"id": "d", "tool": "noop", "args": {"value": 4}, "after": ["b", "c"]},
            ],
        }
    )
    with closing(Store.open(store_url)) as store:
        result = asyncio.run(Engine(store, load_tools()).start(spec, requester="bob"))
        assert result.status == "succeeded"
        assert {k: v["value"] for k, v in result.outputs.items()} == {"a": 1, "b": 2, "c": 3, "d": 4}
        kinds = [e[2] for e in store.events(result.run_id)]
        assert kinds.count("task_succeeded") == 4 and kinds[-1] == "run_succeeded"
        assert store.run(result.run_id).owner is None


def _alert(fingerprint: str, status: str = "firing", *, at: str = AT, **labels: str) -> AlertRow:
    labels = {"alertname": "HighErrorRate", **labels}
    return AlertRow(fingerprint, status, labels["alertname"], labels.get("service"), labels.get("severity"), labels,
                    {"summary": "errors"}, AT, None, "http://prom/graph", "genaiops", "{}:{}", at, at, 1, None, None,
                    "alertmanager")  # fmt: skip


def test_an_alert_repeated_by_fingerprint_updates_its_row_and_counts(store):
    """A second notification of a fingerprint updates status, labels and last_seen, keeps first_seen, and counts
    two notifications: never a second row."""
    later = "2026-01-01T00:05:00+00:00"
    with store.transaction() as tx:
        tx.save_alert(_alert("fp-1", service="checkout"))
        tx.save_alert(_alert("fp-2", service="cart"))
    with store.transaction() as tx:
        tx.save_alert(_alert("fp-1", "resolved", at=later, service="checkout", severity="critical"))
    rows = store.alerts()
    assert [r.fingerprint for r in rows] == ["fp-1", "fp-2"]  # latest notified first
    first = store.alert("fp-1")
    assert (first.status, first.first_seen, first.last_seen, first.notifications) == ("resolved", AT, later, 2)
    assert first.labels == {"alertname": "HighErrorRate", "service": "checkout", "severity": "critical"}
    assert [r.fingerprint for r in store.alerts(status="firing")] == ["fp-2"]
    assert store.alert("nope") is None


def test_alert_incidents_round_trip_and_link_their_alerts(store):
    """An incident is stored with its grouping, updated in place (opened_at kept), and its alerts point at it
    (an alert that cannot be grouped keeps its skip reason)."""
    incident = AlertIncidentRow("ai-1", "open", "checkout", AT, AT, AT, None, None, None, None, {"services": ["x"]})
    with store.transaction() as tx:
        tx.save_alert(_alert("fp-1", service="checkout"))
        tx.save_alert(_alert("fp-2"))
        tx.save_alert_incident(incident)
        tx.set_alert_incident("fp-1", "ai-1")
        tx.set_alert_incident("fp-2", None, "no labels")
    later = "2026-01-01T01:00:00+00:00"
    closed = AlertIncidentRow("ai-1", "resolved", "checkout", AT, later, later, later, "r-1", "alert-fired", "ok", {})
    with store.transaction() as tx:
        tx.save_alert_incident(closed)
    row = store.alert_incident("ai-1")
    assert (row.status, row.opened_at, row.resolved_at, row.run_id, row.data) == ("resolved", AT, later, "r-1", {})
    assert [a.fingerprint for a in store.alerts(incident_id="ai-1")] == ["fp-1"]
    assert store.alert("fp-2").skip_reason == "no labels"
    assert [i.incident_id for i in store.alert_incidents(status="resolved")] == ["ai-1"]
    assert store.alert_incidents(status="open") == [] and store.alert_incident("ai-2") is None
