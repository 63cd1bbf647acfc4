"""Heavy tools on Ray: the ``ray`` resource the engine's tool handler sends ``@tool(remote=True)`` calls to.

``RayOffload("local")`` starts an in-process local cluster on first use (``num_cpus`` = this machine's, no
dashboard, its files under a temporary folder); any other address joins that cluster (``auto``, ``ray://HOST:PORT``).
A call is one Ray task running the tool's function on its validated input (tools that take ``ctx`` send their
pure heavy part through ``ToolContext.compute``, which calls ``run`` from the tool's thread); the executor around
it is unchanged:
the task's timeout and a cancelled run cancel the Ray task (``ray.cancel(force=True)``), its idempotency key and
durable result are the executor's as for a local call (the result is committed here, before dependents start).
Ray is imported only when the first remote call is made (the ``ray`` extra: ``pip install 'genaiops[ray]'``).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import threading
from typing import Any

from pydantic import BaseModel

from genaiops.errors import SettingsError

__all__ = ["RayOffload"]


def _cancelled(key: str) -> Exception:
    import asyncio

    return asyncio.CancelledError(f"the Ray task of {key} was cancelled")


def _invoke(fn: Any, args: BaseModel) -> BaseModel:
    """What runs in the Ray worker: the tool's function on its input."""
    return fn(args)


def _apply(fn: Any, args: tuple[Any, ...]) -> Any:
    """What runs in the Ray worker for ``ToolContext.compute``: a tool's pure heavy part on its arguments."""
    return fn(*args)


class RayOffload:
    """Runs remote tools as Ray tasks on the cluster at ``address`` (``local``: start one in this process)."""

    def __init__(self, address: str, *, num_cpus: int | None = None) -> None:
        self.address = address.strip()
        self.num_cpus = num_cpus
        self._remote: Any = None
        self._started_here = False
        self._temp: str | None = None
        self._lock = threading.Lock()
        self._apply: Any = None
        self._running: dict[str, Any] = {}
        """idempotency key -> the Ray task ``run`` waits on (what ``cancel`` cancels)."""
        self._cancelled: set[str] = set()

    def _ray(self) -> Any:
        """The ``ray`` module, connected (the first call connects, or starts the local cluster)."""
        try:
            import ray
        except ImportError:
            raise SettingsError(
                f"GENAIOPS_RAY_ADDRESS={self.address}: Ray is not installed; pip install 'genaiops[ray]', or unset "
                "GENAIOPS_RAY_ADDRESS to run heavy tools in this process"
            ) from None
        with self._lock:
            if self._remote is None:
                self._connect(ray)
                self._remote = ray.remote(num_cpus=1, max_retries=0)(_invoke)
                self._apply = ray.remote(num_cpus=1, max_retries=0)(_apply)
        return ray

    def _connect(self, ray: Any) -> None:
        if ray.is_initialized():
            return
        os.environ.setdefault("RAY_AUTH_MODE", "disabled")  # else Ray writes a token under ~/.ray
        if self.address.lower() == "local":
            self._temp = tempfile.mkdtemp(prefix="genaiops-ray-")  # short: Ray's socket paths have a length limit
            ray.init(
                num_cpus=self.num_cpus or os.cpu_count() or 1, include_dashboard=False, ignore_reinit_error=True,
                _temp_dir=self._temp, log_to_driver=False, configure_logging=False,
            )  # fmt: skip
            self._started_here = True
            return
        try:
            ray.init(address=self.address, ignore_reinit_error=True, log_to_driver=False, configure_logging=False)
        except Exception as exc:  # noqa: BLE001 - Ray raises ConnectionError, RuntimeError, ValueError, ...
            raise SettingsError(
                f"GENAIOPS_RAY_ADDRESS={self.address}: cannot join the Ray cluster ({' '.join(str(exc).split())}); "
                "give 'local', 'auto' or ray://HOST:10001 of a running cluster"
            ) from None

    async def call(self, tool: Any, args: BaseModel) -> BaseModel:
        """Run ``tool`` on ``args`` as a Ray task and return its result; cancelled (timeout, run cancelled): the
        Ray task is cancelled too."""
        import asyncio

        ray = self._ray()  # the first call connects (seconds), on this thread: Ray must be started from the main one
        ref = self._remote.remote(tool.fn, args)
        try:
            return await ref
        except asyncio.CancelledError:
            with contextlib.suppress(Exception):
                ray.cancel(ref, force=True)
            raise
        except ray.exceptions.RayTaskError as exc:
            raise exc.as_instanceof_cause() from None  # the tool's own exception: the task fails with its message

    def connect(self) -> None:
        """Connect now (or start the local cluster): from the main thread, before a tool's thread calls ``run``
        (Ray sets its signal handlers only there)."""
        self._ray()

    def run(self, fn: Any, args: tuple[Any, ...], *, key: str) -> Any:
        """``fn(*args)`` as a Ray task, waited for on this (worker) thread: ``ToolContext.compute`` of a tool that
        the executor runs in a thread. ``cancel(key)`` (the call timed out, the run was cancelled) cancels it."""
        ray = self._ray()
        with self._lock:
            if key in self._cancelled:
                raise _cancelled(key)
            ref = self._apply.remote(fn, args)
            self._running[key] = ref
        try:
            return ray.get(ref)
        except ray.exceptions.TaskCancelledError:
            raise _cancelled(key) from None
        except ray.exceptions.RayTaskError as exc:
            raise exc.as_instanceof_cause() from None
        finally:
            with self._lock:
                self._running.pop(key, None)

    def cancel(self, key: str) -> None:
        """Cancel the Ray task a tool's ``compute`` under ``key`` (one attempt of one call) waits on, and any
        that attempt's thread, left running, would start next."""
        with self._lock:
            self._cancelled.add(key)
            ref = self._running.get(key)
        if ref is not None:
            import ray

            with contextlib.suppress(Exception):
                ray.cancel(ref, force=True)

    def close(self) -> None:
        """Stop the local cluster this process started (a joined cluster keeps running)."""
        if self._started_here:
            import ray

            ray.shutdown()
            self._started_here = False
        if self._temp is not None:
            shutil.rmtree(self._temp, ignore_errors=True)
            self._temp = None
