"""Whether a run's executing process is alive: the ``orphaned`` status readers show, computed when read.

An executor holds its run under a lease (``runs.lease_until``) that it renews while it works; a run whose lease
ran out is orphaned wherever its owner ran (another machine too), and a worker takes it over. A run without a
lease (written by an engine made without one) falls back to asking whether its ``host:pid`` is alive, which
works on the owner's machine only. Leases are wall-clock times (UTC ISO 8601, compared as text), never the
engine's logical clock: they are about processes, not about the run's story.

Light on purpose (the standard library and the store's row): ``genaiops runs list`` needs it without the engine.
"""

from __future__ import annotations

import os
import socket
from datetime import UTC, datetime, timedelta
from typing import Any

from genaiops.store import RunRow

__all__ = [
    "RUN_STATUSES", "alive_elsewhere", "held_elsewhere", "lease_deadline", "now_stamp", "process_owner", "run_status",
    "task_counts",
]  # fmt: skip

RUN_STATUSES = ("running", "paused", "succeeded", "failed", "rejected", "cancelled", "orphaned")
"""The statuses readers show a run in (``runs list --status``, ``GET /runs?status=``, the console's filter)."""


def now_stamp() -> str:
    """The wall-clock time as leases are stored: UTC ISO 8601 with microseconds (sorts as text)."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


def lease_deadline(seconds: float) -> str:
    """A lease's end ``seconds`` from now, in the stored form."""
    return (datetime.now(UTC) + timedelta(seconds=seconds)).isoformat(timespec="microseconds")


def process_owner() -> str:
    """This process as a run's owner: ``host:pid``."""
    return f"{socket.gethostname()}:{os.getpid()}"


def _process_alive(owner: str | None) -> bool | None:
    """Is the ``host:pid`` process alive? None when it is on another host (it cannot be checked from here)."""
    if not owner:
        return False
    host, _, pid = owner.rpartition(":")
    if host != socket.gethostname():
        return None
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except ValueError:  # not a pid: an owner written by something else; it cannot be alive
        return False
    return True


def alive_elsewhere(owner: str | None) -> bool:
    """Is ``host:pid`` a live process other than this one? (Another host's process cannot be checked: assume so.)"""
    if owner == process_owner():
        return False
    return _process_alive(owner) is not False


def held_elsewhere(run: RunRow) -> bool:
    """Is the run held by another live executor? Under a lease: until the lease runs out (a dead owner on this
    machine lets go at once); without one: while its ``host:pid`` process lives (another host's: assume so)."""
    if run.owner == process_owner():
        return False
    if run.lease_until is not None:
        return run.lease_until >= now_stamp() and _process_alive(run.owner) is not False
    return alive_elsewhere(run.owner)


def run_status(run: RunRow) -> str:
    """The status to show: a run stored as ``running`` whose owner process is gone (killed, crashed, its machine
    rebooted: its lease ran out, or its process on this machine is gone) is ``orphaned``; a worker or
    ``genaiops resume`` continues it. Computed when read, never stored."""
    if run.status != "running":
        return run.status
    if run.lease_until is not None:
        expired = run.lease_until < now_stamp()
        return "orphaned" if expired or _process_alive(run.owner) is False else run.status
    return "orphaned" if _process_alive(run.owner) is False else run.status


def task_counts(run: RunRow, status: str, store: Any) -> dict[str, int]:
    """How many of the run's tasks are in each status, for readers (``runs list``, the API): the summary stored
    when the run last stopped, but counted from ``store``'s task rows for a run shown ``running`` or ``orphaned``
    (``status``), which has no summary yet or a stale one from before a resume."""
    if status not in ("running", "orphaned"):
        return dict(sorted((run.summary or {}).get("tasks", {}).items()))
    counts: dict[str, int] = {}
    for row in store.tasks(run.run_id, decode=False):
        counts[row.status] = counts.get(row.status, 0) + 1
    return dict(sorted(counts.items()))
