"""Alert intake against both store backends (SQLite file, real PostgreSQL): the same Alertmanager notification
taken by several store connections at the same moment (an Alertmanager HA pair posts each notification twice,
to two servers or a server and `genaiops alerts ingest`) ends as one alert row and one incident, every copy
counted; and resolved notifications that come before their firing, or for an alert never seen, are recorded."""

from __future__ import annotations

import asyncio
import copy
import json
import threading
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing
from pathlib import Path
from typing import Any

from genaiops.graphs import Engine
from genaiops.ops.alert_rules import AlertRule, AlertRules
from genaiops.ops.alerts import IntakeReport, ingest_alerts
from genaiops.settings import Settings
from genaiops.store import Store
from genaiops.tools import load_tools

COPIES = 4
FIRING = {
    "version": "4", "status": "firing", "receiver": "genaiops", "groupKey": "{}:{alertname=\"DiskFull\"}",
    "alerts": [{
        "status": "firing", "fingerprint": "c0ffee0000000001", "startsAt": "2026-01-05T10:00:00Z",
        "endsAt": "0001-01-01T00:00:00Z", "labels": {"alertname": "DiskFull", "service": "upload"},
        "annotations": {"summary": "disk full"},
    }],
}  # fmt: skip


def _notification(status: str, *, fingerprint: str = "c0ffee0000000001", starts: str = "2026-01-05T10:00:00Z",
                  ends: str = "0001-01-01T00:00:00Z") -> dict[str, Any]:  # fmt: skip
    data = copy.deepcopy(FIRING)
    data["status"] = status
    data["alerts"][0].update(status=status, fingerprint=fingerprint, startsAt=starts, endsAt=ends)
    return data


def _ingest(
    url: str, data: dict[str, Any], home: Path, gate: threading.Barrier | None = None, rules: AlertRules | None = None
) -> IntakeReport:
    """One intake on its own store connection (its own engine), started when every copy is ready; the catalogue
    is ``home``/catalogue."""
    settings = Settings(home=home, scenarios_dir=home / "catalogue")
    with closing(Store.open(url)) as store:
        engine = Engine(store, load_tools())
        if gate is not None:
            gate.wait(timeout=30)
        return asyncio.run(ingest_alerts(engine, settings, data, received_by="am", rules=rules or AlertRules()))


def test_the_same_notification_taken_at_once_by_several_connections_is_one_alert_and_one_incident(store_url, tmp_path):
    """COPIES connections ingest the same firing notification at the same moment: one alert row counting every
    copy, exactly one report calls it new (the others repeats), and one incident holds it, named by every report
    that opened or joined one."""
    Store.open(store_url).close()  # the schema, made once before the race
    gate = threading.Barrier(COPIES)
    with ThreadPoolExecutor(COPIES) as pool:
        reports = list(pool.map(lambda _: _ingest(store_url, FIRING, tmp_path, gate), range(COPIES)))
    with closing(Store.open(store_url)) as store:
        (alert,) = store.alerts()
        (incident,) = store.alert_incidents()
    assert (alert.notifications, alert.status, alert.incident_id) == (COPIES, "firing", incident.incident_id)
    assert sorted(len(r.new) for r in reports) == [0] * (COPIES - 1) + [1]
    assert sum(len(r.repeated) for r in reports) == COPIES - 1
    assert {i for r in reports for i in r.incidents} == {incident.incident_id}
    assert incident.data["fingerprints"] == ["c0ffee0000000001"]


def test_a_resolved_notification_before_its_firing_is_recorded_and_the_late_firing_reopens_nothing(store_url, tmp_path):
    """Resolved first (never seen firing): stored resolved, said in a note, no incident, no error. Its firing
    arriving late (same startsAt): counted and listed stale, the row stays resolved, no incident opens. A later
    firing episode (newer startsAt) opens an incident; the late resolved of the first episode leaves it open."""
    resolved = _notification("resolved", ends="2026-01-05T10:20:00Z")
    first = _ingest(store_url, resolved, tmp_path)
    assert (first.new, first.errors, first.incidents, first.resolved) == (["c0ffee0000000001"], [], [], [])
    assert any("never seen firing" in note for note in first.notes)
    late = _ingest(store_url, _notification("firing"), tmp_path)
    assert (late.repeated, late.stale, late.incidents, late.errors) == (
        ["c0ffee0000000001"],
        ["c0ffee0000000001"],
        [],
        [],
    )
    with closing(Store.open(store_url)) as store:
        row = store.alert("c0ffee0000000001")
        assert (row.status, row.notifications, row.ends_at) == ("resolved", 2, "2026-01-05T10:20:00+00:00")
        assert store.alert_incidents() == []
    again = _ingest(store_url, _notification("firing", starts="2026-01-05T11:00:00Z"), tmp_path)
    (incident,) = again.incidents
    older = _ingest(store_url, resolved, tmp_path)
    assert older.stale == ["c0ffee0000000001"] and older.resolved == []
    with closing(Store.open(store_url)) as store:
        row = store.alert("c0ffee0000000001")
        assert (row.status, row.starts_at, row.notifications) == ("firing", "2026-01-05T11:00:00+00:00", 4)
        assert [(i.incident_id, i.status) for i in store.alert_incidents()] == [(incident, "open")]


def test_a_resolved_alert_never_seen_and_copies_of_a_resolve_close_once(store_url, tmp_path):
    """A resolved notification for a fingerprint never seen, in the same payload as a firing one: both stored.
    Then COPIES connections resolve the firing one at once: its incident is resolved by exactly one of them (one
    ``alert_resolved`` ledger entry), every copy counted."""
    data = _notification("firing", fingerprint="c0ffee0000000002")
    data["alerts"].append(_notification("resolved", ends="2026-01-05T10:20:00Z")["alerts"][0])
    mixed = _ingest(store_url, data, tmp_path)
    assert sorted(mixed.new) == ["c0ffee0000000001", "c0ffee0000000002"] and len(mixed.incidents) == 1
    gate = threading.Barrier(COPIES)
    resolve = _notification("resolved", fingerprint="c0ffee0000000002", ends="2026-01-05T10:30:00Z")
    with ThreadPoolExecutor(COPIES) as pool:
        reports = list(pool.map(lambda _: _ingest(store_url, resolve, tmp_path, gate), range(COPIES)))
    assert [i for r in reports for i in r.resolved] == mixed.incidents
    with closing(Store.open(store_url)) as store:
        assert [i.status for i in store.alert_incidents()] == ["resolved"]
        assert store.alert("c0ffee0000000002").notifications == COPIES + 1
        assert [e.kind for e in store.ledger()].count("alert_resolved") == 1


def test_two_intakes_that_both_touch_an_incident_without_a_run_start_one_run(store_url, tmp_path, monkeypatch):
    """The interleaving that could start two runs, made to happen: intake 1 (alert A) opens the incident and
    stops before starting its run; intake 2 (A and B, same service) adds B to that incident, still without a
    run; then both start. Exactly one run is started and ledgered, the incident's: the other intake finds the
    incident's run claimed (it is read and set under the write lock with the ledger entry) and says so."""
    import genaiops.ops.alerts as intake

    (tmp_path / "catalogue").mkdir()
    (tmp_path / "catalogue" / "check.yaml").write_text(
        "name: alert-check\ntasks:\n  - {id: a, tool: noop, args: {value: 1}}\n", encoding="utf-8"
    )
    rules = AlertRules(rules=[AlertRule(match={"alertname": "DiskFull"}, start="alert-check")])
    one = _notification("firing")
    two = copy.deepcopy(one)
    two["alerts"].append(
        _notification("firing", fingerprint="c0ffee0000000002", starts="2026-01-05T10:01:00Z")["alerts"][0]
    )
    both_grouped, first_waits = threading.Barrier(2), threading.Event()
    load = intake.load_with_params

    def load_when_both_grouped(*args: Any, **kwargs: Any) -> Any:
        first_waits.set()
        both_grouped.wait(timeout=30)
        return load(*args, **kwargs)

    monkeypatch.setattr(intake, "load_with_params", load_when_both_grouped)
    Store.open(store_url).close()
    with ThreadPoolExecutor(2) as pool:
        first = pool.submit(_ingest, store_url, one, tmp_path, None, rules)
        assert first_waits.wait(timeout=30)
        reports = [pool.submit(_ingest, store_url, two, tmp_path, None, rules).result(), first.result()]
    assert [r.incidents for r in reports] == [reports[1].incidents] * 2 and [r.errors for r in reports] == [[], []]
    (started,) = [s for r in reports for s in r.started]
    assert any("started by another intake" in n for r in reports for n in r.notes)
    with closing(Store.open(store_url)) as store:
        (incident,) = store.alert_incidents()
        assert incident.run_id == started["run_id"]
        assert incident.data["fingerprints"] == ["c0ffee0000000001", "c0ffee0000000002"]
        assert [e.run_id for e in store.ledger() if e.kind == "alert_run_started"] == [started["run_id"]]
        assert [r.run_id for r in store.runs()] == [started["run_id"]]


def test_a_claim_whose_run_never_began_is_taken_over_by_a_later_notification_after_the_grace(store_url, tmp_path):
    """The intake dies between ledgering its claim and the run's first write (its launch drops the run): the
    alert is not lost. A repeat notification inside CLAIM_GRACE_SECONDS leaves the claim alone (its run may be
    starting); one after it starts a new run for the incident, ledgered with ``replaces`` naming the run that
    never began, and a third notification starts nothing more."""
    from genaiops.clock import FakeClock
    from genaiops.ops.alerts import CLAIM_GRACE_SECONDS

    (tmp_path / "catalogue").mkdir()
    (tmp_path / "catalogue" / "check.yaml").write_text(
        "name: alert-check\ntasks:\n  - {id: a, tool: noop, args: {value: 1}}\n", encoding="utf-8"
    )
    rules = AlertRules(rules=[AlertRule(match={"alertname": "DiskFull"}, start="alert-check")])
    settings = Settings(home=tmp_path, scenarios_dir=tmp_path / "catalogue")
    clock = FakeClock()

    def died(_run_id: str, work: Any) -> None:
        work.close()  # the process stopped here: the run's coroutine never ran

    def ingest(launch: Any = None) -> IntakeReport:
        with closing(Store.open(store_url)) as store:
            engine = Engine(store, load_tools(), clock=clock)
            return asyncio.run(ingest_alerts(engine, settings, FIRING, received_by="am", rules=rules, launch=launch))

    (lost,) = ingest(died).started
    clock.advance(seconds=CLAIM_GRACE_SECONDS / 2)
    assert ingest().started == []
    clock.advance(seconds=CLAIM_GRACE_SECONDS)
    again = ingest()
    (started,) = again.started
    assert started["run_id"] != lost["run_id"]
    assert any(f"its run {lost['run_id']}" in note and "never began" in note for note in again.notes)
    clock.advance(seconds=CLAIM_GRACE_SECONDS * 2)
    assert ingest().started == []
    with closing(Store.open(store_url)) as store:
        (incident,) = store.alert_incidents()
        assert incident.run_id == started["run_id"]
        assert [r.run_id for r in store.runs()] == [started["run_id"]]
        assert store.run(started["run_id"]).status == "succeeded"
        claims = [json.loads(e.payload) for e in store.ledger() if e.kind == "alert_run_started"]
        assert [c.get("replaces") for c in claims] == [None, lost["run_id"]]
