"""Whether the store still answers, for ``GET /health``: a bounded probe whose answer is kept for a while.

The server's own connection can look fine while the store is gone: SQLite keeps writing to a file deleted or
moved under it (nothing reads those writes again), PostgreSQL's connection fails only when next used. So the
probe asks on a fresh connection of its own (``Backend.probe``: the SQLite file still the one opened, at its
path, and readable; PostgreSQL answering ``SELECT 1``), in a thread, for at most ``timeout_s`` seconds, and keeps
the answer ``every_s`` seconds: probes that come more often (a load balancer's, the state-changing routes') reuse
it, and the worker refreshes it (``ops_jobs``), so a route asks nothing of the store to know.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Any

from genaiops.errors import StoreError

__all__ = ["StoreProbe"]


class StoreProbe:
    def __init__(
        self,
        backend: Any,
        *,
        every_s: float,
        timeout_s: float = 2.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        """``backend``: the store's (``Store.backend``, with ``probe(timeout_s)``)."""
        self._backend, self.every_s, self.timeout_s, self._clock = backend, every_s, timeout_s, clock
        self._at: float | None = None
        self._failing: str | None = None
        self._lock = asyncio.Lock()

    @property
    def failing(self) -> str | None:
        """Why the store did not answer the last probe (within ``2 * every_s``: an older answer is not trusted
        either way), or None."""
        if self._at is None or self._clock() - self._at > 2 * self.every_s:
            return None
        return self._failing

    async def check(self) -> str | None:
        """Why the store does not answer (one line, with the fix), or None: probed when the kept answer is older
        than ``every_s``, else the kept one."""
        async with self._lock:  # probes at once: one asks, the others take its answer
            if self._at is not None and self._clock() - self._at < self.every_s:
                return self._failing
            self._failing = await self._probe()
            self._at = self._clock()
            return self._failing

    async def _probe(self) -> str | None:
        try:
            await asyncio.wait_for(asyncio.to_thread(self._backend.probe, self.timeout_s), self.timeout_s + 1.0)
        except TimeoutError:
            return f"the store at {self._backend.location} did not answer within {self.timeout_s:g}s"
        except StoreError as exc:
            return " ".join(str(exc).split())
        except Exception as exc:  # a probe must answer, whatever the database said
            return f"the store at {self._backend.location} does not answer: {type(exc).__name__}: {exc}"
        return None
