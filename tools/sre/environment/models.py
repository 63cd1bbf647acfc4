"""The vocabulary shared by environments and SRE tools: topology, metric windows, changes, actions."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field, field_validator, model_validator

from genaiops.tools.sre.model_rules import as_utc, known_services, same_length

__all__ = [
    "METRICS",
    "ActionKind",
    "ActionReceipt",
    "ChangeEvent",
    "DependencyEdge",
    "MetricName",
    "MetricWindow",
    "RemediationAction",
    "ServiceState",
    "ServiceTopology",
    "as_utc",
]

MetricName = Literal["latency_p99_ms", "error_rate", "saturation"]
METRICS: tuple[MetricName, ...] = ("latency_p99_ms", "error_rate", "saturation")

ActionKind = Literal["restart", "scale", "roll_back", "fail_over", "clear_cache"]


class DependencyEdge(BaseModel, defer_build=True):
    """``caller`` sends requests to ``callee``; ``weight`` is the share of the caller's requests that do."""

    caller: str = Field(min_length=1)
    callee: str = Field(min_length=1)
    weight: float = Field(default=1.0, gt=0, le=1)


class ServiceTopology(BaseModel, defer_build=True):
    """Services, who calls whom, and where user traffic enters (share of all requests per entry service)."""

    services: list[str]
    edges: list[DependencyEdge]
    ingress: dict[str, float] = Field(default_factory=dict)

    _known_services = model_validator(mode="after")(known_services)


class MetricWindow(BaseModel, defer_build=True):
    """Evenly spaced samples: ``series[service][metric]`` holds one value per step from ``start``."""

    start: datetime
    step_seconds: int = Field(default=60, gt=0)
    series: dict[str, dict[str, list[float]]]

    _utc = field_validator("start")(as_utc)

    _same_length = model_validator(mode="after")(same_length)

    @property
    def length(self) -> int:
        for metrics in self.series.values():
            for values in metrics.values():
                return len(values)
        return 0


class ChangeEvent(BaseModel, defer_build=True):
    """Something an operator or pipeline changed: a deploy, a config push, a restart, a scale."""

    service: str
    at: datetime
    kind: Literal["deploy", "config", "restart", "scale", "roll_back", "fail_over", "clear_cache"]
    detail: str = ""

    _utc = field_validator("at")(as_utc)


class ServiceState(BaseModel, defer_build=True):
    """What an operator can see about a service's deployment right now."""

    service: str
    replicas: int
    version: str
    previous_version: str | None = None
    region: str
    standby_region: str | None = None
    has_cache: bool = False


class RemediationAction(BaseModel, defer_build=True):
    """One action against one service. Only the fields its kind uses are read."""

    kind: ActionKind
    service: str = Field(min_length=1)
    replicas: int | None = Field(default=None, ge=1, le=1000, description="scale: the new replica count")
    to_version: str | None = Field(default=None, description="roll_back: target version (default: previous)")
    region: str | None = Field(default=None, description="fail_over: target region (default: the standby)")


class ActionReceipt(BaseModel, defer_build=True):
    """What the environment did with an action (``applied`` is False on a repeated idempotency key, and on a
    dry run, where ``detail`` says what the target would do)."""

    action: RemediationAction
    at: datetime
    idempotency_key: str
    applied: bool
    detail: str = ""
    dry_run: bool = False
    target: str = Field(default="", description="who acted: empty for the simulator, else the target's address")
