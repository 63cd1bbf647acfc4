"""Wiring for the entry points: settings in, a ready ``Engine`` out. Only the CLI and the server import this."""

from __future__ import annotations

from collections.abc import Callable

from genaiops.clock import SystemClock
from genaiops.errors import SpecError
from genaiops.graphs import Engine, RunEvent
from genaiops.receiver import IdempotentReceiver
from genaiops.safety import ApprovalPolicy, parse_policy
from genaiops.settings import Settings
from genaiops.store import Store
from genaiops.tools import load_tools

__all__ = ["load_policy", "open_engine"]


def load_policy(settings: Settings) -> ApprovalPolicy:
    """The policy file named by the settings (or ``<home>/policy.yaml``), else the built-in default."""
    path = settings.resolved_policy_file
    if path is None:
        return ApprovalPolicy()
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SpecError(f"{path}: cannot read the approval policy: {exc}") from None
    return parse_policy(text, str(path))


def open_engine(settings: Settings, on_event: Callable[[RunEvent], None] | None = None) -> Engine:
    return Engine(
        store=Store.open(settings.resolved_store_url, fsync=settings.fsync),
        registry=load_tools(),
        policy=load_policy(settings),
        clock=SystemClock(),
        concurrency=settings.concurrency,
        resources={"receiver": IdempotentReceiver(settings.home / "receiver.db")},
        on_event=on_event,
    )
