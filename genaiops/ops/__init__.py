"""Operations around runs: notifications (signed webhooks, SMTP) and schedules (cron).

Contract: two plain async functions, each safe to call every few seconds from the server's worker and once from
the CLI (``genaiops notifications send``, ``genaiops schedules run-due``), by several processes at once:

* ``dispatch_due(store, settings, now) -> DispatchReport``: derive notifications from what the store recorded
  (ledger entries and run events after cursors kept in the store's ``meta``) into an outbox, then deliver what is
  due, retrying failures with exponential backoff (``genaiops.ops.outbox`` explains the crash windows).
* ``run_due_schedules(engine, settings, now) -> ScheduleReport``: start the runs of due schedules under their
  missed-run policy (``genaiops.ops.schedules``).

Layer: above agents and below the entry points (cli, server): it imports core and graphs, never cli or server.
Its tables (``notify_outbox``, ``schedules``, ``schedule_runs``) live in the store's database (``genaiops.ops.db``).
"""

from genaiops.ops.channels import DeliveryError, sign, verify
from genaiops.ops.notify import DispatchReport, dispatch_due
from genaiops.ops.notify_config import EVENTS, NotifyConfig, config_path, load_config
from genaiops.ops.schedule_runner import ScheduleReport, run_due_schedules

__all__ = [
    "EVENTS",
    "DeliveryError",
    "DispatchReport",
    "NotifyConfig",
    "ScheduleReport",
    "config_path",
    "dispatch_due",
    "load_config",
    "run_due_schedules",
    "sign",
    "verify",
]
