"""Prometheus Alertmanager webhook payloads (``version: "4"``): the envelope checked, each alert read leniently.

The documented JSON: ``receiver``, ``status``, ``alerts[]`` (each with ``status`` firing/resolved, ``labels``,
``annotations``, ``startsAt``, ``endsAt``, ``generatorURL``, ``fingerprint``), ``groupKey``, ``groupLabels``,
``commonLabels``, ``commonAnnotations``, ``externalURL``, ``truncatedAlerts``. An envelope that is not that (not
an object, no ``alerts`` list, a field of the wrong type) is an ``AlertPayloadError`` naming the field and the fix:
nothing of it is taken. An alert inside a good envelope that cannot be used (no labels, a label that is not text,
an unreadable time) is kept with its ``skip_reason`` rather than dropped: the caller stores it.

``alert_anomaly`` turns a usable firing alert into diagnosis evidence: ``Anomaly(source="alert", metric=<alertname>,
service=<service label>, onset=startsAt)``; ``service_of`` says which label names the service.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from genaiops.errors import UserError

from ..diagnosis.models import Anomaly

__all__ = [
    "SERVICE_LABELS",
    "AlertBatch",
    "AlertPayloadError",
    "ParsedAlert",
    "alert_anomaly",
    "parse_alertmanager",
    "service_of",
]

SERVICE_LABELS = ("service", "app", "application", "app_kubernetes_io_name", "k8s_app", "job", "container")
"""The labels that name an alert's service, first found wins (``service`` is the convention to follow)."""
_ENVELOPE_TEXT = ("receiver", "status", "groupKey", "externalURL", "version")
_ENVELOPE_MAPS = ("groupLabels", "commonLabels", "commonAnnotations")
_ZERO_TIME = "0001-01-01"  # Alertmanager's "no end yet"
_FRACTION = re.compile(r"(\.\d{6})\d+")


class AlertPayloadError(UserError):
    """The payload as a whole is not an Alertmanager webhook payload (nothing of it is taken)."""


@dataclass(frozen=True, slots=True)
class ParsedAlert:
    """One alert of a payload. ``skip_reason`` set: it is kept as received, but nothing is started from it."""

    index: int
    fingerprint: str
    status: str
    labels: dict[str, str]
    annotations: dict[str, str]
    starts_at: datetime | None
    ends_at: datetime | None
    generator_url: str | None
    skip_reason: str | None = None

    @property
    def alertname(self) -> str | None:
        return self.labels.get("alertname")

    @property
    def service(self) -> str | None:
        return service_of(self.labels)

    @property
    def severity(self) -> str | None:
        return self.labels.get("severity")


@dataclass(frozen=True, slots=True)
class AlertBatch:
    receiver: str | None
    status: str | None
    group_key: str | None
    external_url: str | None
    alerts: list[ParsedAlert] = field(default_factory=list)
    truncated: int = 0
    """``truncatedAlerts``: alerts Alertmanager left out of this notification (its max_alerts)."""


def service_of(labels: dict[str, str]) -> str | None:
    return next((labels[k] for k in SERVICE_LABELS if labels.get(k)), None)


def parse_alertmanager(data: Any) -> AlertBatch:
    """The payload's alerts (``data``: the decoded JSON); ``AlertPayloadError`` for an envelope that is not one."""
    if not isinstance(data, dict):
        raise AlertPayloadError(
            f"the body is {_kind(data)}, not a JSON object: send Alertmanager's webhook payload "
            '({"version": "4", "alerts": [...], ...})'
        )
    alerts = data.get("alerts")
    if not isinstance(alerts, list):
        said = "is missing" if alerts is None else f"is {_kind(alerts)}"
        raise AlertPayloadError(f"alerts: {said}; an Alertmanager payload carries a list `alerts` (may be empty)")
    for name in _ENVELOPE_TEXT:
        if data.get(name) is not None and not isinstance(data[name], str):
            raise AlertPayloadError(f"{name}: expected text, got {_kind(data[name])}")
        if isinstance(data.get(name), str) and (lone := _unpaired(data[name])):
            raise AlertPayloadError(f"{name}: {_NOT_UNICODE.format(lone)}")
    for name in _ENVELOPE_MAPS:
        if data.get(name) is not None and not isinstance(data[name], dict):
            raise AlertPayloadError(f"{name}: expected an object of labels, got {_kind(data[name])}")
    truncated = data.get("truncatedAlerts", 0)
    if not isinstance(truncated, int) or isinstance(truncated, bool) or truncated < 0:
        raise AlertPayloadError(f"truncatedAlerts: expected a count (0 or more), got {truncated!r}"[:200])
    return AlertBatch(
        receiver=data.get("receiver"),
        status=data.get("status"),
        group_key=data.get("groupKey"),
        external_url=data.get("externalURL"),
        alerts=[_alert(i, raw, data.get("status")) for i, raw in enumerate(alerts)],
        truncated=truncated,
    )


def _kind(value: Any) -> str:
    """What a JSON value is, in words (``a list``, ``a number``...)."""
    names = {list: "a list", str: "text", bool: "true/false", int: "a number", float: "a number", type(None): "null"}
    return names.get(type(value), "an object")


def _alert(index: int, raw: Any, group_status: Any) -> ParsedAlert:
    place = f"alerts[{index}]"
    if not isinstance(raw, dict):
        return _skipped(index, raw, f"{place} is {_kind(raw)}, not an alert object")
    problems: list[str] = []
    labels = _text_map(raw.get("labels"), f"{place}.labels", problems)
    annotations = _text_map(raw.get("annotations"), f"{place}.annotations", problems, required=False)
    status = raw.get("status", group_status)
    if status not in ("firing", "resolved"):
        problems.append(f"{place}.status: {status!r} is neither firing nor resolved"[:200])
    starts = _time(raw.get("startsAt"), f"{place}.startsAt", problems)
    ends = _time(raw.get("endsAt"), f"{place}.endsAt", problems)
    url = raw.get("generatorURL")
    fingerprint = raw.get("fingerprint")
    if fingerprint is not None and (not isinstance(fingerprint, str) or not fingerprint.strip()):
        problems.append(f"{place}.fingerprint: expected text, got {fingerprint!r}"[:200])
        fingerprint = None
    for name, text in (("fingerprint", fingerprint), ("generatorURL", url)):
        if isinstance(text, str) and (lone := _unpaired(text)):
            problems.append(f"{place}.{name}: {_NOT_UNICODE.format(lone)}")
            fingerprint = None if name == "fingerprint" else fingerprint
    if labels and "alertname" not in labels and not problems:
        problems.append(f"{place}.labels: no alertname label")
    if problems:
        return _skipped(index, raw, "; ".join(problems), fingerprint)
    return ParsedAlert(
        index=index,
        fingerprint=fingerprint or _labels_fingerprint(labels),
        status=status,
        labels=labels,
        annotations=annotations,
        starts_at=starts,
        ends_at=ends,
        generator_url=url if isinstance(url, str) else None,
    )


def _text_map(value: Any, place: str, problems: list[str], *, required: bool = True) -> dict[str, str]:
    if value is None or value == {}:
        if required:
            problems.append(f"{place}: no labels (an alert needs at least alertname and a service label)")
        return {}
    if not isinstance(value, dict):
        problems.append(f"{place}: expected an object of name: text, got {_kind(value)}")
        return {}
    bad = [k for k, v in value.items() if not isinstance(v, str)]
    if bad:
        problems.append(f"{place}.{bad[0]}: expected text, got {_kind(value[bad[0]])}"[:300])
        return {}
    for key, text in value.items():
        if lone := _unpaired(key) or _unpaired(text):
            problems.append(f"{place}.{key.encode('utf-8', 'backslashreplace').decode()[:100]}: "
                            f"{_NOT_UNICODE.format(lone)}")  # fmt: skip
            return {}
    return dict(value)


_NOT_UNICODE = "holds an unpaired UTF-16 surrogate ({}), which is not Unicode text; send UTF-8"


def _unpaired(text: str) -> str | None:
    """The first lone surrogate of ``text`` (a JSON escape such as ``\\ud800`` decodes to one), escaped; None when
    ``text`` is Unicode (it can be stored and printed)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        return f"\\u{ord(text[exc.start]):04x}"
    return None


def _time(value: Any, place: str, problems: list[str]) -> datetime | None:
    if value is None or value == "" or (isinstance(value, str) and value.startswith(_ZERO_TIME)):
        return None
    if not isinstance(value, str):
        problems.append(f"{place}: expected an RFC 3339 time, got {_kind(value)}")
        return None
    try:
        moment = datetime.fromisoformat(_FRACTION.sub(r"\1", value.replace("Z", "+00:00")))
    except ValueError:
        problems.append(f"{place}: {value[:60]!r} is not an RFC 3339 time (2026-01-05T10:02:00Z)")
        return None
    try:
        return moment.astimezone(UTC) if moment.tzinfo else moment.replace(tzinfo=UTC)
    except OverflowError:  # 9999-12-31T23:00:00-01:00 is past the year 9999 in UTC
        problems.append(f"{place}: {value[:60]!r} is outside the years 1 to 9999 in UTC")
        return None


def _labels_fingerprint(labels: dict[str, str]) -> str:
    """A stable key for an alert sent without a fingerprint (its labels, as Alertmanager's own is)."""
    return "l" + hashlib.sha256(json.dumps(labels, sort_keys=True).encode()).hexdigest()[:15]


def _skipped(index: int, raw: Any, reason: str, fingerprint: str | None = None) -> ParsedAlert:
    """An alert kept as received (its raw JSON in the annotation ``_raw``, up to 4 kB) with why it was skipped."""
    text = json.dumps(raw, sort_keys=True, default=str)
    key = fingerprint or "x" + hashlib.sha256(text.encode()).hexdigest()[:15]
    labels = raw.get("labels") if isinstance(raw, dict) else None
    labels = labels if isinstance(labels, dict) else {}
    kept = {k: v for k, v in labels.items() if isinstance(v, str) and not _unpaired(k + v)}
    status = raw.get("status") if isinstance(raw, dict) else None
    return ParsedAlert(
        index=index,
        fingerprint=key,
        status=status if status in ("firing", "resolved") else "firing",
        labels=kept,
        annotations={"_raw": text[:4096]},
        starts_at=None,
        ends_at=None,
        generator_url=None,
        skip_reason=reason,
    )


def alert_anomaly(alert: ParsedAlert, *, at: datetime | None = None) -> Anomaly | None:
    """The alert as diagnosis evidence (None for one without a service label or an alert name); ``at`` stands
    for a missing ``startsAt``."""
    onset = alert.starts_at or at
    if alert.skip_reason or alert.service is None or alert.alertname is None or onset is None:
        return None
    summary = alert.annotations.get("summary") or alert.annotations.get("description") or ""
    words = f"alert {alert.alertname} fired on {alert.service}"
    return Anomaly(
        service=alert.service,
        metric=alert.alertname,
        onset=onset,
        source="alert",
        explanation=f"{words}: {summary}" if summary else words,
    )
