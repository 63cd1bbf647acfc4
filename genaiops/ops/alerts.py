"""``ingest_alerts``: take one Alertmanager webhook payload into the store, group, start and close investigations.

1. **Store** every alert by fingerprint: a repeat notification updates its row (never a second one); an alert
   that cannot be used (no labels, wrong types) is stored with its skip reason, never dropped.
2. **Group** the firing alerts into incidents: each becomes ``Anomaly(source="alert", metric=alertname,
   service=<service label>, onset=startsAt)`` and ``correlate`` (the grouping correlate_incidents uses) puts
   alerts on dependent services together, over the environment's dependency graph. An alert already in an open
   incident stays there and the new ones it explains join it; an alert without a service label, or on a service
   the graph does not know, is an incident of its own with a note saying so.
3. **Start** an investigation for a new incident when an alert rule matches (``genaiops.ops.alert_rules``): the
   scenario is validated and started like any run (its gates wait for people), requested by the account that
   posted the alert; the start is ledgered (``alert_run_started``, with the fingerprints) before the run begins.
   One that could not start (a missing scenario, a rule's parameter the alert lacks) keeps why on the incident
   (``data.start_error``) and is tried again when a firing alert of it is notified again.
   **Bounded**: one account's alerts start at most ``GENAIOPS_ALERT_MAX_STARTS`` investigations per
   ``GENAIOPS_ALERT_START_WINDOW`` (10 per hour; counted from the ``alert_run_started`` entries, under the write
   lock): a stream of ever-new services or fingerprints cannot start a run each. An incident past the limit is
   stored and grouped as any, its start listed in ``not_started`` with the reason and kept on the incident
   (``data.start_error``), and tried again when a firing alert of it is notified again.
   A claim whose run never began (the intake died between the ledger entry and the run's first write) is not
   a lost alert: any later notification, once the claim is ``CLAIM_GRACE_SECONDS`` old and the run still does
   not exist, claims the incident again for a new run (ledgered with ``replaces``: the run that never began).
   **A failed run does not hold its incident**: while the incident is open, its next firing alert (a new one
   joining it, or Alertmanager repeating one) starts a new run under the same rules, gates and limit, ledgered
   ``alert_run_started`` with ``replaces``: the failed run, which stays in the incident's history
   (``data.runs``). Once only (``FAILED_RUNS_REPLACED``): a replacement that fails too holds the incident, said
   in the notes (a failure that repeats is the scenario's or the estate's, for a person, not for every page). A
   cancelled run holds it (someone stopped it); a paused or running one is the investigation.
4. **Close**: an incident all of whose alerts resolved is marked resolved and ledgered (``alert_resolved``). Its
   run is NOT cancelled: a run still waiting on approvals gets an ``alert_resolved`` event and keeps its pending
   approvals for people to decide or withdraw (`genaiops runs cancel RUN`), since a gated remediation may still be
   wanted (the alert may have cleared on its own, for now) and cancelling one silently is a decision nobody made.
   A flapping alert that fires again while that run still waits reopens the incident (ledgered ``alert_reopened``)
   rather than starting a second run that asks the same approvals.

**Copies at once.** An Alertmanager HA pair sends every notification twice at the same moment (to two servers on
one PostgreSQL store, or to a server and `genaiops alerts ingest` on one home). Each step above decides from what
it reads inside the store's write transaction (SQLite ``BEGIN IMMEDIATE``, PostgreSQL's advisory write lock), so
copies queue and the later one sees what the earlier one wrote: one alert row counting both (the fingerprint is
its key, upserted), one incident, one run per incident (claimed in the transaction that ledgers its start), one
``alert_resolved``.

**Out of order.** A notification older than what is stored — a firing whose ``startsAt`` is not after the stored
resolved alert's, or any notification of an earlier firing episode than the stored one (older ``startsAt``) — is
counted (``notifications``, ``last_seen``) and listed in ``stale`` but changes nothing: a late firing does not
reopen what resolved. A resolved alert never seen firing is stored as resolved (nothing to close) and said so.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any

from genaiops.data_roots import DataRoots
from genaiops.errors import GenAIOpsError, NotFoundError
from genaiops.graphs import Engine
from genaiops.ids import canonical_json, new_run_id
from genaiops.ops.alert_rules import AlertRules, fill_params, find_catalogue_scenario, rules_path
from genaiops.ops.params import load_with_params
from genaiops.safety.ledger import entry_hash
from genaiops.settings import Settings
from genaiops.store import AlertIncidentRow, AlertRow, Store
from genaiops.tools.sre.ingest.alertmanager import AlertBatch, AlertPayloadError, ParsedAlert, parse_alertmanager

__all__ = ["IntakeReport", "PayloadTooLarge", "decode_payload", "too_large", "group_firing", "ingest_alerts"]

CLAIM_GRACE_SECONDS = 120
"""How long a claimed run may take to appear in the store before a later intake takes its claim over."""
FAILED_RUNS_REPLACED = 1
"""How many failed runs of one incident its firing alerts replace with a new one (see the module docstring)."""


class _StartLimited(Exception):
    """The posting account started ``GENAIOPS_ALERT_MAX_STARTS`` investigations in the window already."""


Launch = Callable[[str, Coroutine[Any, Any, Any]], Any]
"""How a started run executes: the server hands it to its loop (``ServerState.launch``); None: awaited here."""


class PayloadTooLarge(AlertPayloadError):
    """More bytes than GENAIOPS_ALERT_MAX_BYTES (HTTP 413)."""


def too_large(size: int, limit: int) -> PayloadTooLarge:
    return PayloadTooLarge(
        f"the payload has {size}{'+' if size == limit + 1 else ''} bytes, more than the {limit} taken "
        "(GENAIOPS_ALERT_MAX_BYTES); lower max_alerts in Alertmanager's webhook_config, or raise the limit"
    )


def decode_payload(raw: bytes, limit: int) -> Any:
    """The JSON of a payload of at most ``limit`` bytes; ``AlertPayloadError`` naming what is wrong and where."""
    if len(raw) > limit:
        raise too_large(len(raw), limit)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise AlertPayloadError(f"the payload is not UTF-8 text (byte {exc.start}); send JSON") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise AlertPayloadError(
            f"the payload is not valid JSON at line {exc.lineno} column {exc.colno} ({exc.msg}); send "
            "Alertmanager's webhook JSON"
        ) from None
    except ValueError:  # the one ValueError json.loads raises that is not a JSONDecodeError: int()'s digit limit
        raise AlertPayloadError(
            f"the payload holds a number of more than {sys.get_int_max_str_digits():,} digits, which is not read; "
            "send Alertmanager's webhook JSON"
        ) from None
    except RecursionError:  # the C decoder's nesting limit: no webhook payload nests that deep
        raise AlertPayloadError(
            "the payload nests JSON arrays or objects too deeply to read; send Alertmanager's webhook JSON"
        ) from None


@dataclass
class IntakeReport:
    received: int = 0
    new: list[str] = field(default_factory=list)
    repeated: list[str] = field(default_factory=list)
    skipped: list[dict[str, str]] = field(default_factory=list)
    incidents: list[str] = field(default_factory=list)
    """Incidents this payload opened or added to."""
    started: list[dict[str, str]] = field(default_factory=list)
    not_started: list[dict[str, str]] = field(default_factory=list)
    """Incidents a rule matched whose investigation was not started: the account's start limit was reached."""
    resolved: list[str] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)
    """Fingerprints whose notification was older than the stored state (counted, nothing changed)."""
    notes: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    truncated: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}

    def skipped_said(self, shown: int = 5) -> str:
        """The skipped alerts in one line for people: the first ``shown`` with their reasons, then how many more
        (a 1 MiB payload may hold 200,000 unusable alerts; every reason stays in ``skipped`` and the store)."""
        said = "; ".join(f"{s['fingerprint']}: {s['reason']}" for s in self.skipped[:shown])
        more = len(self.skipped) - shown
        return said + (f"; … and {more:,} more (every reason: `skipped`, `genaiops alerts list`)" if more > 0 else "")


async def ingest_alerts(
    engine: Engine,
    settings: Settings,
    data: Any,
    *,
    received_by: str,
    rules: AlertRules,
    launch: Launch | None = None,
) -> IntakeReport:
    """Take ``data`` (a decoded webhook payload); ``AlertPayloadError`` (nothing stored) for an envelope that is
    not one. ``received_by``: the account that posted it (the requester of the runs it starts)."""
    batch = parse_alertmanager(data)
    now = engine.clock.now()
    report = IntakeReport(received=len(batch.alerts), truncated=batch.truncated)
    _store_alerts(engine.store, batch, received_by, now, report)
    touched = _group(engine.store, _graph(engine), now, report)
    touched += _without_run(engine.store, report.repeated, touched)
    lost = _lost_claims(engine.store, now)
    touched += [i for i in lost.values() if i.incident_id not in {t.incident_id for t in touched}]
    await _start_runs(engine, settings, rules, touched, received_by, launch, report, lost)
    if not rules.rules and report.incidents and not rules_path(settings).exists():
        report.notes.append(
            f"no alert rules ({rules_path(settings)}): the alerts are stored and grouped, nothing started; a rule "
            "there starts a scenario for an incident (match labels, start, params)"
        )
    _close_resolved(engine, now, report)
    if batch.truncated:
        report.notes.append(f"Alertmanager left {batch.truncated} alert(s) out of this notification (max_alerts)")
    return report


def _store_alerts(store: Store, batch: AlertBatch, by: str, now: datetime, report: IntakeReport) -> None:
    """Store every alert under the write lock (a copy posted at the same moment waits, then counts as a repeat)."""
    stamp = now.isoformat()
    with store.transaction() as tx:
        for alert in batch.alerts:
            known = store.alert(alert.fingerprint)
            (report.repeated if known else report.new).append(alert.fingerprint)
            if known is not None and _stale(known, alert):
                tx.count_alert_notification(alert.fingerprint, stamp)
                report.stale.append(alert.fingerprint)
                report.notes.append(_stale_note(known, alert))
                continue
            tx.save_alert(replace(_row(alert, batch, by, stamp, known), annotations=_kept(alert, report)))
            if alert.skip_reason:
                report.skipped.append({"fingerprint": alert.fingerprint, "reason": alert.skip_reason})
            elif known is None and alert.status == "resolved":
                report.notes.append(
                    f"alert {alert.fingerprint} arrived resolved, never seen firing: recorded, nothing to close"
                )


def _kept(alert: ParsedAlert, report: IntakeReport) -> dict[str, str]:
    """``alert``'s annotations as stored: each secret the secrets scan finds (a password or token a rule's
    template copied into a description) replaced by ``⟦LABEL⟧``, with a note saying so. Every reader of the
    alerts (`alerts list`, the API, the console) sees annotations, and the store keeps no secret in clear."""
    from genaiops.graphs.plain_decision import kept_reason  # the decision reasons' redaction, the same scan

    kept = {}
    for name, text in alert.annotations.items():
        kept[name], said = kept_reason(text)
        if said:
            found = ", ".join(sorted(set(re.findall("⟦([A-Z0-9_]+)⟧", kept[name]))))
            report.notes.append(
                f"alert {alert.fingerprint}: annotation {name!r} held what reads as a secret ({found}): stored with "
                "⟦LABEL⟧ in its place; rotate that secret and keep secrets out of alert annotations"
            )
    return kept


def _stale(known: AlertRow, alert: ParsedAlert) -> bool:
    """Whether ``alert`` is older than the stored row: of an earlier firing episode (older startsAt), or a firing
    of the episode the row already has resolved (Alertmanager's resolved came first)."""
    stored = datetime.fromisoformat(known.starts_at) if known.starts_at else None
    if stored is None or alert.starts_at is None:
        return False
    if alert.starts_at < stored:
        return True
    return known.status == "resolved" and alert.status == "firing" and alert.starts_at == stored


def _stale_note(known: AlertRow, alert: ParsedAlert) -> str:
    return (
        f"alert {alert.fingerprint}: a {alert.status} notification older than the stored {known.status} one "
        f"(startsAt {alert.starts_at.isoformat() if alert.starts_at else '-'}): counted, nothing changed"
    )


def _row(alert: ParsedAlert, batch: AlertBatch, by: str, stamp: str, known: AlertRow | None) -> AlertRow:
    def iso(moment: datetime | None) -> str | None:
        return moment.isoformat() if moment else None

    return AlertRow(
        fingerprint=alert.fingerprint, status=alert.status, alertname=alert.alertname, service=alert.service,
        severity=alert.severity, labels=alert.labels, annotations=alert.annotations, starts_at=iso(alert.starts_at),
        ends_at=iso(alert.ends_at), generator_url=alert.generator_url, receiver=batch.receiver,
        group_key=batch.group_key, first_seen=stamp, last_seen=stamp, notifications=1,
        incident_id=known.incident_id if known else None, skip_reason=alert.skip_reason, received_by=by,
    )  # fmt: skip


def group_firing(alerts: list[AlertRow], graph: Any) -> list[tuple[list[AlertRow], str | None, str | None]]:
    """Firing alerts grouped as correlate groups their anomalies: (alerts, origin service, note) per group; the
    alerts without a service grouped by alert name (Alertmanager's default ``group_by``: twenty nodes whose disks
    fill are one incident, not twenty), the alerts on a service outside ``graph`` together (twenty crash-looping
    pods of one deployment are one incident), each with the note why; an alert with no name or start alone."""
    from genaiops.tools.sre.diagnosis import Anomaly, correlate

    groups: list[tuple[list[AlertRow], str | None, str | None]] = []
    by_key: dict[tuple[str, str, str], list[AlertRow]] = {}
    outside: dict[str, list[AlertRow]] = {}
    nameless: dict[str, list[AlertRow]] = {}
    anomalies = []
    for alert in alerts:
        if alert.alertname is None or alert.starts_at is None:
            groups.append(([alert], alert.service, "no alert name or start time: an incident of its own"))
        elif alert.service is None:
            nameless.setdefault(alert.alertname, []).append(alert)
        elif graph is not None and alert.service not in graph:
            outside.setdefault(alert.service, []).append(alert)
        else:
            anomaly = Anomaly(service=alert.service, metric=alert.alertname, onset=alert.starts_at, source="alert")
            by_key.setdefault((anomaly.service, anomaly.metric, anomaly.onset.isoformat()), []).append(alert)
            anomalies.append(anomaly)
    for service, members in outside.items():
        groups.append((members, service, f"service {service!r} is not in the dependency graph: its alerts are one "
                       "incident of their own"))  # fmt: skip
    for name, members in nameless.items():
        groups.append((members, None, f"no service label (service, app, job, ...): the {name} alerts without one are "
                       "one incident of their own"))  # fmt: skip
    if anomalies:
        import networkx as nx

        incidents, _ = correlate(anomalies, graph if graph is not None else nx.DiGraph())
        for incident in incidents:
            members = [
                a for x in incident.anomalies for a in by_key.pop((x.service, x.metric, x.onset.isoformat()), [])
            ]
            if members:
                groups.append((members, (incident.origins or incident.services or [None])[0], None))
        for rest in by_key.values():  # anything correlate left out (it keeps all it is given; kept safe anyway)
            groups.append((rest, rest[0].service, None))
    return groups


def _graph(engine: Engine) -> Any:
    """The environment's dependency graph, or None when there is no environment to ask."""
    try:
        environment = engine.resources["environment"]
    except (KeyError, GenAIOpsError):
        return None
    from genaiops.tools.sre.environment import dependency_graph

    try:
        return dependency_graph(environment.topology())
    except GenAIOpsError:
        return None


def _group(store: Store, graph: Any, now: datetime, report: IntakeReport) -> list[AlertIncidentRow]:
    """Group the firing alerts; store new incidents and new members; the incidents this payload touched. Read
    and written in one write transaction: a copy of this payload grouped at the same moment waits, then finds
    its alerts in the incident this one opened."""
    stamp = now.isoformat()
    touched: dict[str, AlertIncidentRow] = {}
    with store.transaction() as tx:
        open_ids = {i.incident_id for i in store.alert_incidents(status="open", limit=100_000)}
        firing = [a for a in store.alerts(status="firing", limit=100_000) if a.skip_reason is None]
        for members, origin, note in group_firing(firing, graph):
            fresh = [a for a in members if a.incident_id not in open_ids]
            if not fresh:
                continue
            held = sorted({a.incident_id for a in members if a.incident_id in open_ids})
            back = None if held else _waiting_incident(store, fresh)
            if back is not None:  # a flapping alert back while its investigation still waits on people
                incident = _reopened(tx, back, stamp, report)
            else:
                incident = store.alert_incident(held[0]) if held else _new_incident(fresh, origin, note, stamp)
                if incident.run_id is not None and not _replaceable(store, incident):
                    report.notes.append(_joined_note(store, incident, fresh))
            fingerprints = sorted({*incident.data.get("fingerprints", []), *(a.fingerprint for a in fresh)})
            incident = _updated(incident, fingerprints, stamp)
            tx.save_alert_incident(incident)
            for alert in fresh:
                tx.set_alert_incident(alert.fingerprint, incident.incident_id)
            open_ids.add(incident.incident_id)
            touched[incident.incident_id] = incident
    report.incidents = sorted(touched)
    return list(touched.values())


def _joined_note(store: Store, incident: AlertIncidentRow, fresh: list[AlertRow]) -> str:
    """What a reader needs when new alerts join an incident that has its run: which run, how it stands, and
    that no second one begins (an incident has one investigation; a new page would otherwise look ignored)."""
    try:
        status = store.run(incident.run_id or "").status
    except NotFoundError:
        status = "not written yet"
    names = ", ".join(sorted({a.alertname or a.fingerprint for a in fresh}))
    return (
        f"incident {incident.incident_id}: {names} joined it, already investigated by run {incident.run_id} "
        f"({status}): no second run for one incident (`genaiops runs show {incident.run_id}`)"
    )


def _waiting_incident(store: Store, alerts: list[AlertRow]) -> AlertIncidentRow | None:
    """The resolved incident one of ``alerts`` (firing again) belonged to, when its run still waits on approvals:
    the same investigation, rather than a second run asking people the same question."""
    for incident_id in sorted({a.incident_id for a in alerts if a.incident_id is not None}):
        incident = store.alert_incident(incident_id)
        if incident is None or incident.status != "resolved" or incident.run_id is None:
            continue
        if store.approvals(run_id=incident.run_id, status="pending"):
            return incident
    return None


def _reopened(tx: Any, incident: AlertIncidentRow, stamp: str, report: IntakeReport) -> AlertIncidentRow:
    """``incident`` open again (ledgered ``alert_reopened``, an event on its run), said in the report's notes."""
    payload = {"incident": incident.incident_id, "run_id": incident.run_id, "resolved_at": incident.resolved_at}
    tx.append_ledger(entry_hash, kind="alert_reopened", run_id=incident.run_id or "", at=stamp, payload=payload)
    tx.add_events([(incident.run_id, None, "alert_reopened", stamp, canonical_json(payload))])
    report.notes.append(
        f"incident {incident.incident_id} reopened: its alert fired again while its run {incident.run_id} still "
        "waits on approval(s); no second run started"
    )
    return replace(incident, status="open", resolved_at=None)


def _new_incident(alerts: list[AlertRow], origin: str | None, note: str | None, stamp: str) -> AlertIncidentRow:
    onset = min(a.starts_at or stamp for a in alerts)
    digest = hashlib.sha256("|".join(sorted(a.fingerprint for a in alerts)).encode() + stamp.encode()).hexdigest()
    return AlertIncidentRow(
        incident_id=f"ai-{digest[:12]}", status="open", service=origin, onset=onset, opened_at=stamp,
        updated_at=stamp, resolved_at=None, run_id=None, scenario=None, note=note, data={"fingerprints": []},
    )  # fmt: skip


def _updated(incident: AlertIncidentRow, fingerprints: list[str], stamp: str) -> AlertIncidentRow:
    return replace(incident, updated_at=stamp, data={**incident.data, "fingerprints": fingerprints})


def _without_run(store: Store, repeated: list[str], touched: list[AlertIncidentRow]) -> list[AlertIncidentRow]:
    """Open incidents without a run, or whose run failed, holding a still-firing alert this payload repeats: an
    investigation that could not start (a rule naming a missing scenario, a broken scenario or rules file) or
    that failed is tried again at Alertmanager's next notification, so fixing the rule is enough (no rule
    matching: nothing starts)."""
    seen, found = {t.incident_id for t in touched}, {}
    for fingerprint in repeated:
        alert = store.alert(fingerprint)
        if alert is None or alert.status != "firing" or alert.incident_id in seen or alert.incident_id is None:
            continue
        incident = store.alert_incident(alert.incident_id)
        if incident is None or incident.status != "open":
            continue
        if incident.run_id is None or _replaceable(store, incident):
            found[incident.incident_id] = incident
    return list(found.values())


def _note_start_error(store: Store, incident_id: str, scenario: str, error: str, stamp: str) -> None:
    """Keep why the incident's investigation could not start on the incident (``data.start_error``), for
    `alerts list --incidents` and GET /alerts/incidents: the intake's answer goes to Alertmanager, which reads
    no body."""
    with store.transaction() as tx:
        incident = store.alert_incident(incident_id)
        if incident is None or incident.run_id is not None:
            return
        said = {"scenario": scenario, "error": error, "at": stamp}
        tx.save_alert_incident(replace(incident, data={**incident.data, "start_error": said}))


def _run_exists(store: Store, run_id: str) -> bool:
    try:
        store.run(run_id)
    except NotFoundError:
        return False
    return True


def _replaceable(store: Store, incident: AlertIncidentRow) -> bool:
    """Whether the incident's run failed and fewer than ``FAILED_RUNS_REPLACED`` failed runs were replaced."""
    if incident.run_id is None or len(incident.data.get("runs", [])) >= FAILED_RUNS_REPLACED:
        return False
    try:
        return store.run(incident.run_id).status == "failed"
    except NotFoundError:
        return False


def _lost_claims(store: Store, now: datetime) -> dict[str, AlertIncidentRow]:
    """Open incidents whose claimed run never began: claimed over ``CLAIM_GRACE_SECONDS`` ago, no such run."""
    lost = {}
    for incident in store.alert_incidents(status="open", limit=100_000):
        if incident.run_id is None or _run_exists(store, incident.run_id):
            continue
        if (now - datetime.fromisoformat(incident.updated_at)).total_seconds() > CLAIM_GRACE_SECONDS:
            lost[incident.incident_id] = incident
    return lost


async def _start_runs(
    engine: Engine, settings: Settings, rules: AlertRules, incidents: list[AlertIncidentRow], by: str,
    launch: Launch | None, report: IntakeReport, lost: dict[str, AlertIncidentRow],
) -> None:  # fmt: skip
    for incident in incidents:
        failed = _replaceable(engine.store, incident)
        if not rules.rules or (incident.run_id is not None and incident.incident_id not in lost and not failed):
            continue
        if failed:
            report.notes.append(
                f"incident {incident.incident_id}: its run {incident.run_id} failed and its alert fires again: "
                "starting a new investigation (the failed run stays in its history)"
            )
        if incident.incident_id in lost:
            report.notes.append(
                f"incident {incident.incident_id}: its run {incident.run_id} was claimed at {incident.updated_at}"
                " and never began (the intake stopped before it): starting it again"
            )
        alerts = sorted(engine.store.alerts(incident_id=incident.incident_id), key=lambda a: a.starts_at or "")
        chosen = rules.first([a for a in alerts if a.status == "firing"])
        if chosen is None:
            continue
        try:
            started = await _start(engine, settings, incident, *chosen, by, launch)
        except _StartLimited as exc:  # recorded on the incident; tried again at its next notification
            report.not_started.append({"incident": incident.incident_id, "scenario": chosen[0].start,
                                       "reason": str(exc)})  # fmt: skip
            _note_start_error(
                engine.store, incident.incident_id, chosen[0].start, str(exc), engine.clock.now().isoformat()
            )
            continue
        except GenAIOpsError as exc:  # a rule naming a missing or broken scenario: said, the intake goes on
            report.errors.append(f"incident {incident.incident_id}: could not start {chosen[0].start}: {exc}")
            _note_start_error(
                engine.store, incident.incident_id, chosen[0].start, str(exc), engine.clock.now().isoformat()
            )
            continue
        if started is None:
            report.notes.append(f"incident {incident.incident_id}: its investigation was started by another intake")
            continue
        report.started.append(started)


async def _start(
    engine: Engine, settings: Settings, incident: AlertIncidentRow, rule: Any, alert: AlertRow, by: str,
    launch: Launch | None,
) -> dict[str, str] | None:  # fmt: skip
    """Start the rule's scenario for the incident; None when another intake claimed the incident's run first."""
    path = find_catalogue_scenario(settings.scenarios_dir, rule.start)
    params = fill_params(rule.params, alert)
    roots = DataRoots.of(settings.home, *settings.data_roots).for_scenario(path)
    _, plan = load_with_params(path, engine.registry, engine.policy, roots, params)  # every problem, before a run
    now = engine.clock.now()
    run_id = new_run_id(now)
    payload = {
        "incident": incident.incident_id, "fingerprint": alert.fingerprint, "alertname": alert.alertname,
        "service": alert.service, "fingerprints": incident.data.get("fingerprints", []), "scenario": rule.start,
        "params": params, "match": rule.match, "requested_by": by,
    }  # fmt: skip
    if incident.run_id is not None:  # a lost claim taken over (see _lost_claims), or a failed run
        payload["replaces"] = incident.run_id
    with engine.store.transaction() as tx:  # the claim: the incident's run is read and set under the write lock
        current = engine.store.alert_incident(incident.incident_id)
        if current is None or current.run_id != incident.run_id:
            return None
        failed = _replaceable(engine.store, current)
        if current.run_id is not None and _run_exists(engine.store, current.run_id) and not failed:
            return None
        _within_limit(engine.store, settings, by, now)
        tx.append_ledger(entry_hash, kind="alert_run_started", run_id=run_id, at=now.isoformat(), payload=payload)
        data = {k: v for k, v in current.data.items() if k != "start_error"}  # it starts now
        if failed:  # the incident's history keeps it
            data["runs"] = [*current.data.get("runs", []), current.run_id]
        tx.save_alert_incident(
            replace(current, run_id=run_id, scenario=rule.start, updated_at=now.isoformat(), data=data)
        )
    work = engine.start(plan, requester=by, source=str(path), run_id=run_id)
    if launch is not None:
        launch(run_id, work)
    else:
        await work
    return {
        "incident": incident.incident_id,
        "scenario": rule.start,
        "run_id": run_id,
        "fingerprint": alert.fingerprint,
    }


def _within_limit(store: Store, settings: Settings, by: str, now: datetime) -> None:
    """``_StartLimited`` when ``by`` started ``alert_max_starts`` investigations in the window already (read in
    the claim's transaction: copies posted at once count each other's starts)."""
    window, most = settings.alert_start_window, settings.alert_max_starts
    since = (now - timedelta(seconds=window)).isoformat()
    made = sum(1 for p in store.alert_starts_since(since) if p.get("requested_by") == by)
    if made >= most:
        raise _StartLimited(
            f"not started: {by}'s alerts started {made} investigation(s) in the last {window:g}s, the most "
            f"GENAIOPS_ALERT_MAX_STARTS={most} per GENAIOPS_ALERT_START_WINDOW={window:g} allows; stored, and "
            "started when Alertmanager repeats a firing alert of it under the limit (raise the limit if this "
            "many incidents are real)"
        )


def _close_resolved(engine: Engine, now: datetime, report: IntakeReport) -> None:
    """Mark resolved every open incident whose alerts all resolved; tell its run (never cancel it)."""
    for incident in engine.store.alert_incidents(status="open", limit=100_000):
        _close(engine.store, incident.incident_id, now.isoformat(), report)


def _close(store: Store, incident_id: str, stamp: str, report: IntakeReport) -> None:
    """Close the incident if it is still open and all its alerts resolved, deciding under the write lock (a copy
    of this payload closing it at the same moment finds it resolved: one ``alert_resolved``)."""
    with store.transaction() as tx:
        incident = store.alert_incident(incident_id)
        alerts = store.alerts(incident_id=incident_id)
        if incident is None or incident.status != "open" or not alerts or any(a.status == "firing" for a in alerts):
            return
        fingerprints = sorted(a.fingerprint for a in alerts)
        payload = {"incident": incident_id, "fingerprints": fingerprints, "scenario": incident.scenario}
        pending = store.approvals(run_id=incident.run_id, status="pending") if incident.run_id else []
        tx.save_alert_incident(replace(incident, status="resolved", resolved_at=stamp, updated_at=stamp))
        tx.append_ledger(entry_hash, kind="alert_resolved", run_id=incident.run_id or "", at=stamp, payload=payload)
        if incident.run_id:
            said = {**payload, "pending_approvals": [d["id"] for d, _ in pending]}
            tx.add_events([(incident.run_id, None, "alert_resolved", stamp, canonical_json(said))])
    report.resolved.append(incident_id)
    if pending:
        report.notes.append(
            f"incident {incident_id} resolved; its run {incident.run_id} still waits on "
            f"{len(pending)} approval(s), left for people to decide (or `genaiops runs cancel {incident.run_id}`)"
        )
