"""``dispatch_due``: derive new notifications from the store, then deliver every due one, once.

The server's worker calls it every few seconds; ``genaiops notifications send`` calls it once (cron, tests).
Both may run at the same time: the outbox's conditional claims give each delivery to one of them.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime

from genaiops.ops.channels import DeliveryError, send_email, send_webhook
from genaiops.ops.db import OpsDB
from genaiops.ops.notify_config import NotifyConfig, WebhookChannel, load_config
from genaiops.ops.notify_messages import Message
from genaiops.ops.outbox import OutboxRow, claim_due, derive, mark_closed_requests, mark_failed, mark_sent, release
from genaiops.secret_refs import SecretStore
from genaiops.settings import Settings
from genaiops.store import Store

__all__ = ["DispatchReport", "Sender", "dispatch_due"]

Sender = Callable[[object, Message, str, SecretStore, datetime], Awaitable[None]]
"""(channel, message, delivery id, secrets, now) -> None; raises ``DeliveryError`` when it failed."""


@dataclass
class DispatchReport:
    """What one call did: rows derived, deliveries sent, attempts that failed (to be retried), rows given up."""

    derived: int = 0
    sent: int = 0
    retrying: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)
    configured: bool = True


async def dispatch_due(
    store: Store,
    settings: Settings,
    now: datetime,
    *,
    config: NotifyConfig | None = None,
    send: Sender | None = None,
) -> DispatchReport:
    """Derive, claim, deliver and mark what is due at ``now``. With no notifications file there is nothing to do;
    a bad file is a ``SpecError`` (file:line). ``send`` replaces the real channels (tests)."""
    config = config or load_config(settings)
    if config is None or not config.channels:
        return DispatchReport(configured=False)
    secrets = SecretStore(os.environ, settings.home / "keys" / "secrets")
    with OpsDB(store) as ops:
        report = DispatchReport(derived=derive(ops, config, now))
        per_channel: dict[str, list[OutboxRow]] = {}
        for row in mark_closed_requests(ops, claim_due(ops, now), now):
            per_channel.setdefault(row.channel, []).append(row)

        async def deliver_in_order(rows: list[OutboxRow]) -> None:
            """A channel gets its messages in order; after a failure the rest wait for the channel's next try."""
            for i, row in enumerate(rows):
                next_try = _record(ops, config, row, await _deliver(config, row, secrets, now, send), now, report)
                if next_try is not None:
                    for waiting in rows[i + 1 :]:
                        release(ops, waiting, next_try)
                    return

        await asyncio.gather(*(deliver_in_order(rows) for rows in per_channel.values()))
    return report


async def _deliver(
    config: NotifyConfig, row: OutboxRow, secrets: SecretStore, now: datetime, send: Sender | None
) -> str | None:
    """None when delivered, else why not."""
    channel = config.channels.get(row.channel)
    if channel is None:
        return f"channel {row.channel!r} is no longer in the notifications file"
    sender = send or (send_webhook if isinstance(channel, WebhookChannel) else send_email)
    try:
        await sender(channel, row.message, row.delivery, secrets, now)  # type: ignore[arg-type]
    except DeliveryError as exc:
        return str(exc)
    except Exception as exc:  # noqa: BLE001 - recorded and retried, never lost; its text may hold the URL: not kept
        return f"unexpected {type(exc).__name__} while sending to channel {row.channel!r}"
    return None


def _record(
    ops: OpsDB, config: NotifyConfig, row: OutboxRow, error: str | None, now: datetime, report: DispatchReport
) -> str | None:
    """Mark the row; None when it was delivered, else the channel's next try."""
    if error is None:
        mark_sent(ops, row, now)
        report.sent += 1
        return None
    next_try = mark_failed(ops, row, error, now, config.retry)
    report.errors.append(f"{row.delivery} {row.event} -> {row.channel} (attempt {row.attempts}): {error}")
    if row.attempts >= config.retry.max_attempts:
        report.failed += 1
    else:
        report.retrying += 1
    return next_try
