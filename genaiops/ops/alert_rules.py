"""Alert rules: which alerts start which scenario (``$GENAIOPS_HOME/alert_rules.yaml``, or GENAIOPS_ALERT_RULES_FILE).

    rules:
      - match: {severity: critical}          # every label given must equal the alert's
        start: alert-fired                   # a scenario of the catalogue (its file name or its `name:`)
        params: {service: "{service}", alertname: "{alertname}", fingerprint: "{fingerprint}",
                 starts_at: "{starts_at}", severity: "{labels.severity}"}

``{service}``, ``{alertname}``, ``{fingerprint}``, ``{starts_at}`` and ``{labels.NAME}`` are filled from the alert
the incident started with. The first matching rule wins; an incident starts at most one run. Nothing here skips a
gate: the run is validated and executed like any other, its gated tasks wait for people.
"""

from __future__ import annotations

import re
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, field_validator

from genaiops.errors import NotFoundError, SpecError, did_you_mean
from genaiops.settings import Settings
from genaiops.store import AlertRow
from genaiops.yamlfile import load_model, read_file

__all__ = [
    "AlertRule", "AlertRules", "fill_params", "find_catalogue_scenario", "load_rules", "rules_for_intake", "rules_path",
]  # fmt: skip

_FIELD = re.compile(r"\{([a-z_]+(?:\.[A-Za-z0-9_]+)?)\}")
PLACEHOLDERS = ("service", "alertname", "fingerprint", "starts_at", "severity")
"""What ``{NAME}`` in a rule's ``params`` may name, beside ``{labels.NAME}``."""


class AlertRule(BaseModel):
    model_config = ConfigDict(extra="forbid")

    match: dict[str, str] = Field(description="labels the alert must carry with these values")
    start: str = Field(min_length=1, description="the scenario to start")
    params: dict[str, str] = Field(default_factory=dict, description="its parameters; {service} etc. filled in")

    @field_validator("params")
    @classmethod
    def _placeholders(cls, params: dict[str, str]) -> dict[str, str]:
        """Every ``{NAME}`` is one ``fill_params`` knows: a misspelt one is said when the file is read, at its
        line, not when an alert first matches."""
        for name, text in params.items():
            for wanted in _FIELD.findall(text):
                if wanted not in PLACEHOLDERS and not wanted.startswith("labels."):
                    hint = did_you_mean(f"{{{wanted}}}", [f"{{{p}}}" for p in PLACEHOLDERS])
                    raise ValueError(
                        f"{name}: unknown placeholder {{{wanted}}}{hint}; use "
                        f"{', '.join(f'{{{p}}}' for p in PLACEHOLDERS)} or {{labels.NAME}}"
                    )
        return params

    def matches(self, alert: AlertRow) -> bool:
        return all(alert.labels.get(name) == value for name, value in self.match.items())


class AlertRules(BaseModel):
    model_config = ConfigDict(extra="forbid")

    rules: list[AlertRule] = Field(default_factory=list)

    def first(self, alerts: list[AlertRow]) -> tuple[AlertRule, AlertRow] | None:
        """The first rule any of ``alerts`` matches (earliest alert first), with that alert."""
        for rule in self.rules:
            for alert in alerts:
                if rule.matches(alert):
                    return rule, alert
        return None


def rules_path(settings: Settings) -> Path:
    return settings.alert_rules_file or settings.home / "alert_rules.yaml"


def load_rules(settings: Settings) -> AlertRules:
    """The rules the settings name (none when the default file does not exist: alerts are stored and grouped
    only); a named file that is missing, or one with problems, is a ``SpecError`` naming the line."""
    path = rules_path(settings)
    if settings.alert_rules_file is None and not path.exists():
        return AlertRules()
    return load_model(AlertRules, read_file(path), what="a mapping with `rules:`")


def rules_for_intake(settings: Settings) -> tuple[AlertRules, list[str]]:
    """The rules for an intake, and the problem when the rules file is wrong: then no rule is used and the
    alerts are still taken (stored and grouped), so a broken rules file never loses an alert."""
    try:
        return load_rules(settings), []
    except SpecError as exc:
        return AlertRules(), [f"alert rules not used: {exc}"]


def fill_params(params: dict[str, str], alert: AlertRow) -> dict[str, str]:
    """The rule's parameters with ``{service}``, ``{labels.NAME}``... taken from ``alert`` (a missing one is
    a ``SpecError``: the rule names a label this alert lacks)."""
    values = {
        "service": alert.service,
        "alertname": alert.alertname,
        "fingerprint": alert.fingerprint,
        "starts_at": alert.starts_at,
        "severity": alert.severity,
        **{f"labels.{k}": v for k, v in alert.labels.items()},
    }

    def one(match: re.Match[str]) -> str:
        value = values.get(match.group(1))
        if value is None:
            raise SpecError(_missing(match.group(1), alert))
        return value

    return {name: _FIELD.sub(one, text) for name, text in params.items()}


def _missing(wanted: str, alert: AlertRow) -> str:
    """Why ``{wanted}`` cannot be filled from ``alert``, and the fixes: the label to add to the alert, or a
    rule that does not need it."""
    from genaiops.tools.sre.ingest.alertmanager import SERVICE_LABELS

    said = f"alert rule parameter {{{wanted}}}: the alert {alert.fingerprint} ({alert.alertname or 'no alertname'})"
    rule_fix = (
        f"or, in the alert rule, give that parameter a fixed value instead of {{{wanted}}} or narrow its `match:` "
        "to the alerts that carry it"
    )
    if wanted == "service":
        return (
            f"{said} has no service label (one of {', '.join(SERVICE_LABELS)}); add `service: NAME` to the "
            f"alert's labels in its Prometheus alerting rule, {rule_fix}"
        )
    label = wanted.removeprefix("labels.") if wanted.startswith("labels.") or wanted == "severity" else None
    if label is not None:
        return f"{said} has no label {label!r}; add it in the alert's Prometheus alerting rule, {rule_fix}"
    return f"{said} has no {wanted} (Alertmanager sends one with every alert: check what posted it), {rule_fix}"


def find_catalogue_scenario(folder: Path, name: str) -> Path:
    """The scenario file called ``name`` in the catalogue ``folder`` (by file name below it, or by its ``name:``)."""
    folder = folder.resolve()
    files = sorted(p for p in folder.rglob("*.yaml") if p.is_file()) if folder.is_dir() else []
    by_path = {p.relative_to(folder).with_suffix("").as_posix(): p for p in files}
    if name in by_path:
        return by_path[name]
    declared = re.compile(rf"^name:\s*['\"]?{re.escape(name)}['\"]?\s*$", re.MULTILINE)
    for path in files:
        try:
            if declared.search(path.read_text(encoding="utf-8")):
                return path
        except (OSError, UnicodeDecodeError):
            continue
    raise NotFoundError(
        f"alert rule: no scenario {name!r} in the catalogue {folder}{did_you_mean(name, by_path)}; "
        "set GENAIOPS_SCENARIOS_DIR or fix `start:` in the alert rules"
    )
