"""Whether a run's executing process is alive: the ``orphaned`` status readers show, computed when read.

Light on purpose (the standard library and the store's row): ``genaiops runs list`` needs it without the engine.
"""

from __future__ import annotations

import os
import socket

from genaiops.store import RunRow

__all__ = ["alive_elsewhere", "process_owner", "run_status"]


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


def run_status(run: RunRow) -> str:
    """The status to show: a run stored as ``running`` whose owner process is gone (killed, crashed, its machine
    rebooted) is ``orphaned``; ``genaiops resume`` continues it. Computed when read, never stored."""
    if run.status == "running" and _process_alive(run.owner) is False:
        return "orphaned"
    return run.status
