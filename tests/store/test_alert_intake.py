"""Alert intake against both store backends (SQLite file, real PostgreSQL): the same Alertmanager notification
taken by several store connections at the same moment (an Alertmanager HA pair posts each notification twice,
to two servers or a server and `genaiops alerts ingest`) ends as one alert row and one incident, every copy
counted; and resolved notifications that come before their firing, or for an alert never seen, are recorded."""

from __future__ import annotations

import asyncio
import copy
import threading
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing
from typing import Any

from genaiops.graphs import Engine
from genaiops.ops.alert_rules import AlertRules
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


def _ingest(url: str, data: dict[str, Any], home: Any, gate: threading.Barrier | None = None) -> IntakeReport:
    """One intake on its own store connection (its own engine), started when every copy is ready."""
    with closing(Store.open(url)) as store:
        engine = Engine(store, load_tools())
        if gate is not None:
            gate.wait(timeout=30)
        return asyncio.run(ingest_alerts(engine, Settings(home=home), data, received_by="am", rules=AlertRules()))


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
