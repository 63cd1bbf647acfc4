"""SLOs as data: the models of an SLO file, read through the project's one YAML loader (errors at ``file:line``).

```yaml
slos:
  - name: checkout-availability
    service: checkout
    objective: availability          # or latency
    target: 99.9                     # percent of good events
    window: 30d                      # the rolling window the budget spans
    sli:
      type: ratio                    # good (or bad) events / total events
      good: 'sum(rate(http_requests_total{service="checkout",code!~"5.."}[1m]))'
      total: request_rate            # a metric of the PromQL template table, or PromQL
  - name: checkout-latency
    service: checkout
    objective: latency
    target: 99
    sli: {type: threshold, metric: latency_p99_ms, below: 300}   # a step is good when p99 < 300 ms
```

``sli.type``: ``ratio`` (``good`` or ``bad``, and ``total``: per-step event counts or rates), ``error_ratio`` (a
metric that is the share of bad events per step, e.g. ``error_rate``; steps weigh the same) or ``threshold`` (a
step is good when ``metric`` is ``below`` / ``above`` the value). ``alerts`` replaces the default burn-rate alerts
(the SRE workbook's, see ``default_alerts``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from genaiops.tools.sre.model_rules import (
    alerts_within_window,
    duration_seconds,
    duration_text,
    good_or_bad,
    one_bound,
    short_is_shorter,
    slo_window,
    target_leaves_a_budget,
)
from genaiops.yamlfile import DocumentError, Source, load_model, read_file, read_yaml

__all__ = [
    "SLI",
    "BurnAlert",
    "ErrorRatioSLI",
    "RatioSLI",
    "SLOFile",
    "SLOSpec",
    "ThresholdSLI",
    "default_alerts",
    "duration_seconds",
    "load_slo_file",
    "parse_slos",
]


class _Strict(BaseModel, defer_build=True):
    model_config = ConfigDict(extra="forbid", frozen=True)


class RatioSLI(_Strict):
    """Good (or bad) events over total events, each a per-step count or rate (a metric name or PromQL)."""

    type: Literal["ratio"]
    good: str | None = Field(default=None, min_length=1, description="Good events: metric name or PromQL.")
    bad: str | None = Field(default=None, min_length=1, description="Or bad events: metric name or PromQL.")
    total: str = Field(min_length=1, description="All events: metric name or PromQL.")

    _good_or_bad = model_validator(mode="after")(good_or_bad)


class ErrorRatioSLI(_Strict):
    """A metric that is already the share of bad events per step (0..1), e.g. ``error_rate``."""

    type: Literal["error_ratio"]
    metric: str = Field(min_length=1)


class ThresholdSLI(_Strict):
    """A step is good when ``metric`` is strictly ``below`` (or ``above``) the value: a time-slice SLI."""

    type: Literal["threshold"]
    metric: str = Field(min_length=1)
    below: float | None = None
    above: float | None = None

    _one_bound = model_validator(mode="after")(one_bound)


SLI = Annotated[RatioSLI | ErrorRatioSLI | ThresholdSLI, Field(discriminator="type")]


class BurnAlert(_Strict):
    """Fire when the burn rate exceeds ``burn_rate`` over ``long`` AND over ``short`` (both windows)."""

    severity: Literal["page", "ticket"]
    long: str
    short: str
    burn_rate: float = Field(gt=0, le=1e6)

    _durations = field_validator("long", "short")(duration_text)

    _short_is_shorter = model_validator(mode="after")(short_is_shorter)


_WORKBOOK = (("page", "1h", "5m", 0.02), ("page", "6h", "30m", 0.05), ("ticket", "3d", "6h", 0.10))
"""The SRE workbook's recommended alerts (ch. 5, "Alerting on SLOs", table 5-8): severity, long window, short
window, share of the budget a burn at the threshold spends over the long window."""


def default_alerts(window: str) -> list[BurnAlert]:
    """The workbook's alerts for an SLO ``window``: the burn rate that spends 2 % of the budget in 1 h, 5 % in
    6 h, 10 % in 3 d (14.4, 6 and 1 for 30 days); an alert whose long window exceeds the SLO window is left out."""
    total = duration_seconds(window)
    out = []
    for severity, long, short, share in _WORKBOOK:
        span = duration_seconds(long)
        if span <= total:
            out.append(BurnAlert(severity=severity, long=long, short=short, burn_rate=round(share * total / span, 6)))
    return out


class SLOSpec(_Strict):
    """One service level objective."""

    name: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$")
    service: str = Field(min_length=1)
    objective: Literal["availability", "latency"]
    target: float = Field(gt=0, lt=100, description="Percent of good events (or good steps), e.g. 99.9.")
    window: str = Field(default="30d", description="The rolling window of the error budget, e.g. 30d or 4w.")
    sli: SLI
    alerts: list[BurnAlert] | None = Field(
        default=None, description="Burn-rate alerts; default: the SRE workbook's (page 14.4x 1h/5m, ...)."
    )
    description: str = ""

    _window = field_validator("window")(slo_window)
    _target = field_validator("target")(target_leaves_a_budget)
    _alerts_within = field_validator("alerts")(alerts_within_window)

    @property
    def budget(self) -> float:
        """The share of events allowed to be bad: ``1 - target``."""
        return round(1 - self.target / 100, 12)

    @property
    def burn_alerts(self) -> list[BurnAlert]:
        return list(self.alerts) if self.alerts is not None else default_alerts(self.window)


class SLOFile(_Strict):
    slos: list[SLOSpec] = Field(default_factory=list)

    def named(self, name: str) -> SLOSpec | None:
        return next((s for s in self.slos if s.name == name), None)


_WHAT = "a mapping with `slos:` (a list of SLOs)"


def parse_slos(text: str, file: str = "<slos>") -> SLOFile:
    """SLOs from YAML text; every problem a ``SpecError`` at its ``file:line`` ("did you mean" for unknown keys)."""
    return _load(read_yaml(text, file))


def load_slo_file(path: str | Path) -> SLOFile:
    """SLOs from a file (``GENAIOPS_SLO_FILE``, ``<home>/slos.yaml``); a missing or bad file is a ``SpecError``."""
    return _load(read_file(path))


def _load(source: Source) -> SLOFile:
    if source.data is None:
        source.data = {}
    slos = load_model(SLOFile, source, what=_WHAT)
    seen: set[str] = set()
    problems = []
    for i, slo in enumerate(slos.slos):
        if slo.name in seen:
            problems.append(source.problem(("slos", i, "name"), f"a second SLO named {slo.name!r}", "rename one"))
        seen.add(slo.name)
    if problems:
        raise DocumentError(problems, source.file)
    return slos
