"""alert_anomalies: Alertmanager alerts (and metric onsets beside them) as one list of incident evidence."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field, model_validator

from genaiops.errors import ToolInputError
from genaiops.registry import tool
from genaiops.tools.sre import arg_rules
from genaiops.tools.sre.diagnosis import Anomaly
from genaiops.tools.sre.diagnosis.onset import OnsetParams, detect_onsets
from genaiops.tools.sre.environment import MetricWindow
from genaiops.tools.sre.ingest.alertmanager import AlertPayloadError, alert_anomaly, parse_alertmanager


class AlertAnomaliesSpec(BaseModel, defer_build=True):
    alerts: list[Any] | None = Field(
        default=None, description="Alertmanager alerts (labels, annotations, startsAt, fingerprint, status)"
    )
    payload: dict[str, Any] | None = Field(default=None, description="or: a whole Alertmanager webhook payload")
    metrics: MetricWindow | None = Field(default=None, description="metrics whose onsets join the alerts")
    anomalies: list[Anomaly] = Field(default_factory=list, description="other evidence to keep (logs, detectors)")

    _some_alerts = model_validator(mode="after")(arg_rules.alert_anomalies_some_alerts)


class AlertSeen(BaseModel, defer_build=True):
    fingerprint: str
    alertname: str | None
    service: str | None
    status: str
    skip_reason: str | None = None


class AlertAnomaliesResult(BaseModel, defer_build=True):
    anomalies: list[Anomaly] = Field(description="metric onsets, alerts that fired and the anomalies given")
    alerts: list[AlertSeen]
    services: list[str] = Field(description="services the firing alerts name, in order of onset")
    skipped: list[str] = Field(description="alerts that are no evidence, with why (no service label, resolved...)")


@tool()
def alert_anomalies(args: AlertAnomaliesSpec) -> AlertAnomaliesResult:
    """Turn firing Alertmanager alerts into anomalies (source ``alert``, metric = alertname, service from the
    service/app/job label, onset = startsAt) beside the metric onsets found in ``metrics``, so correlate_incidents
    and rank_root_causes weigh alerts and metrics together. Resolved alerts and alerts without a service are
    listed in ``skipped``, never silently dropped."""
    payload = args.payload if args.payload is not None else {"alerts": args.alerts}
    try:
        batch = parse_alertmanager(payload)
    except AlertPayloadError as exc:
        raise ToolInputError(str(exc)) from None
    found, skipped = [], []
    for alert in batch.alerts:
        if alert.skip_reason:
            skipped.append(f"{alert.fingerprint}: {alert.skip_reason}")
        elif alert.status != "firing":
            skipped.append(f"{alert.fingerprint}: {alert.alertname} is resolved")
        elif alert.service is None or alert.starts_at is None:
            skipped.append(f"{alert.fingerprint}: {alert.alertname} has no service label or no startsAt")
        else:
            found.append(_anomaly(alert))
    onsets = detect_onsets(args.metrics, OnsetParams()) if args.metrics is not None else []
    found.sort(key=lambda a: a.onset)
    return AlertAnomaliesResult(
        anomalies=[*onsets, *args.anomalies, *found],
        alerts=[_seen(a) for a in batch.alerts],
        services=list(dict.fromkeys(a.service for a in found)),
        skipped=skipped,
    )


def _anomaly(alert: Any) -> Anomaly:
    return alert_anomaly(alert)  # type: ignore[return-value] - a usable firing alert always converts


def _seen(alert: Any) -> AlertSeen:
    return AlertSeen(
        fingerprint=alert.fingerprint,
        alertname=alert.alertname,
        service=alert.service,
        status=alert.status,
        skip_reason=alert.skip_reason,
    )
