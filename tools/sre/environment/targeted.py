"""``TargetedEnvironment``: observe through one environment, act through an ``ActionTarget``.

The SRE tools see one ``Environment``. Observations (topology, metrics, changes, service state) come from the
``observer`` (the simulator by default, or an adapter over real telemetry); remediations go to the ``target`` (an
HTTP deploy API, ...), which also answers dry runs (``rehearse``). The whole is a drill only when the target is.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any, Protocol, runtime_checkable

from .models import ActionReceipt, ChangeEvent, MetricWindow, RemediationAction, ServiceState, ServiceTopology
from .protocol import Environment

__all__ = ["ActionTarget", "TargetedEnvironment"]


@runtime_checkable
class ActionTarget(Protocol):
    """Where remediations are carried out. ``apply`` at most once per key; ``rehearse`` changes nothing."""

    drill: bool

    def apply(self, action: RemediationAction, at: datetime, key: str) -> ActionReceipt: ...

    def rehearse(self, action: RemediationAction, at: datetime, key: str) -> ActionReceipt: ...

    def receipt(self, key: str) -> ActionReceipt | None: ...


class TargetedEnvironment:
    """An ``Environment`` whose observations come from ``observer`` and whose actions go to ``target``."""

    def __init__(self, observer: Environment, target: ActionTarget):
        self.observer = observer
        self.target = target

    @property
    def drill(self) -> bool:
        """A drill only when the target is one (scripted approvals decide drills only)."""
        return getattr(self.target, "drill", False) is True

    def topology(self) -> ServiceTopology:
        return self.observer.topology()

    def observe(self, start: datetime, end: datetime, services: Sequence[str] | None = None) -> MetricWindow:
        return self.observer.observe(start, end, services)

    def changes(self, start: datetime, end: datetime) -> list[ChangeEvent]:
        return self.observer.changes(start, end)

    def state(self, service: str) -> ServiceState:
        return self.observer.state(service)

    def apply(self, action: RemediationAction, at: datetime, key: str) -> ActionReceipt:
        return self.target.apply(action, at, key)

    def rehearse(self, action: RemediationAction, at: datetime, key: str) -> ActionReceipt:
        """The target's own dry run of ``action``."""
        return self.target.rehearse(action, at, key)

    def receipt(self, key: str) -> ActionReceipt | None:
        return self.target.receipt(key)

    def restore_receipt(self, receipt: ActionReceipt) -> None:
        """Nothing to re-create: actions live in the target, not in this process (never sent again)."""

    def preflight(self) -> None:
        """Check the target is reachable and accepts the credentials (before a run that acts on it)."""
        check = getattr(self.target, "preflight", None)
        if callable(check):
            check()

    def close(self) -> None:
        for part in (self.target, self.observer):
            close = getattr(part, "close", None)
            if callable(close):
                close()

    def __getattr__(self, name: str) -> Any:
        """Anything else the observer offers (the simulator's ``inject`` for drills on its metrics)."""
        if name in ("observer", "target"):
            raise AttributeError(name)
        return getattr(self.observer, name)
