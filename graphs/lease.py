"""Keeping the leases of the runs an engine executes: a thread with its own store connection renews each every
third of the lease, so a busy event loop (a tool that holds it, a first import) never lets a live run's lease run
out; if a renewal finds the run no longer this process's, ``on_lost`` is called (the engine stops executing it).
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable

from genaiops.errors import StoreError
from genaiops.graphs.liveness import lease_deadline
from genaiops.store import Store

__all__ = ["LeaseKeeper"]


class LeaseKeeper:
    def __init__(self, url: str, owner: str, lease: float) -> None:
        self.url, self.owner, self.lease = url, owner, lease
        self._runs: dict[str, Callable[[], None]] = {}
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def hold(self, run_id: str, on_lost: Callable[[], None]) -> None:
        with self._lock:
            self._runs[run_id] = on_lost
            if self._thread is None:
                self._thread = threading.Thread(target=self._renew_all, name="genaiops-lease", daemon=True)
                self._thread.start()

    def release(self, run_id: str) -> None:
        with self._lock:
            self._runs.pop(run_id, None)

    def _renew_all(self) -> None:
        store: Store | None = None
        try:
            while not self._stop.wait(self.lease / 3):
                with self._lock:
                    held = dict(self._runs)
                if not held:
                    continue
                store = store or Store.open(self.url)
                for run_id, on_lost in held.items():
                    if not self._renew(store, run_id):
                        self.release(run_id)
                        on_lost()
        finally:
            if store is not None:
                store.close()

    def _renew(self, store: Store, run_id: str) -> bool:
        try:
            return store.renew_lease(run_id, self.owner, lease_deadline(self.lease))
        except StoreError:
            return True  # the store is unreachable for a moment: the executor's own writes will say so

    def close(self) -> None:
        self._stop.set()
        if self._thread is not None:
            with contextlib.suppress(RuntimeError):
                self._thread.join(timeout=5)
