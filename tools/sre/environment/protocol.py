"""The ``Environment`` protocol: what SRE tools need from the world they observe and change."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Protocol, runtime_checkable

from genaiops.errors import ToolInputError, did_you_mean

from .models import ActionReceipt, ChangeEvent, MetricWindow, RemediationAction, ServiceState, ServiceTopology

__all__ = ["Environment", "check_service"]


@runtime_checkable
class Environment(Protocol):
    """A production estate seen through its telemetry and control plane.

    Tools receive it as ``ctx.resources["environment"]``. The simulator (``SimulatedEnvironment``) is the default
    implementation; an adapter over Prometheus and a deployment API implements the same six methods.
    ``apply`` must be idempotent per key: a repeated key returns the first receipt with ``applied=False``.
    """

    def topology(self) -> ServiceTopology:
        """Services, their call edges and where traffic enters."""
        ...

    def observe(self, start: datetime, end: datetime, services: Sequence[str] | None = None) -> MetricWindow:
        """Metrics of ``services`` (all when None) for ``[start, end)``."""
        ...

    def changes(self, start: datetime, end: datetime) -> list[ChangeEvent]:
        """Deploys, config pushes and operator actions in ``[start, end)``, oldest first."""
        ...

    def state(self, service: str) -> ServiceState:
        """Replicas, versions, region and cache of one service."""
        ...

    def apply(self, action: RemediationAction, at: datetime, key: str) -> ActionReceipt:
        """Carry out ``action`` at ``at``, at most once per idempotency ``key``."""
        ...

    def receipt(self, key: str) -> ActionReceipt | None:
        """The receipt of the action applied under ``key``, if any (to answer a retried call)."""
        ...


def check_service(topology: ServiceTopology, service: str, field: str = "service") -> str:
    """Return ``service`` if the topology knows it, else raise ``ToolInputError`` with a suggestion."""
    if service not in topology.services:
        names = sorted(topology.services)
        known = ", ".join(names) if len(names) <= _NAMED else f"{len(names)} services, e.g. {', '.join(names[:_NAMED])}"
        raise ToolInputError(
            f"{field}: unknown service {service!r}{did_you_mean(service, names)}; the environment has {known}"
        )
    return service


_NAMED = 20  # an estate this small lists every service in the error; a larger one names the first few
