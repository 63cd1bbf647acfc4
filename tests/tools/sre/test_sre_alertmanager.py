"""Alertmanager payloads read as the webhook sends them (nanosecond times, the zero endsAt, no fingerprint), each
unusable alert kept with its reason, and alert_anomalies putting alerts beside other evidence."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from genaiops.errors import ToolInputError
from genaiops.tools.sre.alert_anomalies import AlertAnomaliesSpec, alert_anomalies
from genaiops.tools.sre.diagnosis import Anomaly
from genaiops.tools.sre.ingest.alertmanager import AlertPayloadError, alert_anomaly, parse_alertmanager

DATA = Path(__file__).resolve().parents[2] / "data" / "alertmanager"


def _load(name: str) -> dict:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


def test_a_recorded_payload_reads_with_its_times_and_service():
    """firing.json: nanoseconds cut to microseconds, endsAt 0001-01-01 read as no end, service from its label."""
    batch = parse_alertmanager(_load("firing.json"))
    (alert,) = batch.alerts
    assert (batch.receiver, batch.truncated, alert.status, alert.service) == ("genaiops", 0, "firing", "checkout")
    assert alert.starts_at == datetime(2026, 1, 5, 10, 3, 0, 512834, tzinfo=UTC) and alert.ends_at is None
    anomaly = alert_anomaly(alert)
    assert (anomaly.source, anomaly.metric, anomaly.service) == ("alert", "CheckoutHighErrorRate", "checkout")


def test_an_alert_without_fingerprint_gets_a_stable_one_from_its_labels_and_job_names_the_service():
    """No fingerprint: the same labels give the same key (so repeats still deduplicate); `job` is a service."""
    raw = {"alerts": [{"labels": {"alertname": "Down", "job": "cart"}, "status": "firing"}]}
    one, two = parse_alertmanager(raw).alerts[0], parse_alertmanager(json.loads(json.dumps(raw))).alerts[0]
    assert one.fingerprint == two.fingerprint and one.service == "cart"


@pytest.mark.parametrize(
    ("alert", "reason"),
    [
        ({"labels": {}}, "alerts[0].labels: no labels"),
        ({"labels": "a=b"}, "alerts[0].labels: expected an object of name: text, got text"),
        ({"labels": {"alertname": "X", "n": 3}}, "alerts[0].labels.n: expected text, got a number"),
        ({"labels": {"alertname": "X"}, "startsAt": "yesterday"}, "alerts[0].startsAt: 'yesterday' is not"),
        ({"labels": {"alertname": "X"}, "status": "pending"}, "'pending' is neither firing nor resolved"),
        ("just text", "alerts[0] is text, not an alert object"),
    ],
)
def test_an_unusable_alert_is_kept_with_its_reason(alert, reason):
    """Each unusable alert comes back with a skip reason naming its place, its raw JSON kept, not dropped."""
    (parsed,) = parse_alertmanager({"alerts": [alert]}).alerts
    assert parsed.skip_reason is not None and reason in parsed.skip_reason
    assert parsed.annotations["_raw"] == json.dumps(alert, sort_keys=True) and parsed.fingerprint
    assert alert_anomaly(parsed) is None


def test_alert_anomalies_keeps_other_evidence_and_lists_what_it_skipped():
    """Firing alerts with a service become anomalies after the ones given; resolved and unlabelled are listed."""
    given = Anomaly(service="geo", metric="log:new_template", onset=datetime(2026, 1, 5, 10, tzinfo=UTC))
    out = alert_anomalies(AlertAnomaliesSpec(payload=_load("no_labels.json"), anomalies=[given]))
    assert [(a.service, a.source) for a in out.anomalies] == [("geo", "detector"), ("events-queue", "alert")]
    assert out.services == ["events-queue"] and len(out.skipped) == 1 and "no labels" in out.skipped[0]
    resolved = alert_anomalies(AlertAnomaliesSpec(payload=_load("resolved.json")))
    assert resolved.anomalies == [] and "is resolved" in resolved.skipped[0]
    with pytest.raises(ToolInputError, match="alerts: is missing"):
        alert_anomalies(AlertAnomaliesSpec(payload={"status": "firing"}))


def test_an_envelope_that_is_not_alertmanager_json_is_refused_whole():
    """truncatedAlerts not a count, receiver not text: AlertPayloadError naming the field."""
    with pytest.raises(AlertPayloadError, match="truncatedAlerts: expected a count"):
        parse_alertmanager({"alerts": [], "truncatedAlerts": "many"})
    with pytest.raises(AlertPayloadError, match="receiver: expected text, got a number"):
        parse_alertmanager({"alerts": [], "receiver": 5})
