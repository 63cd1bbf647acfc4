"""Blocking calls awaited from the event loop in threads the process never waits for at exit.

``asyncio.to_thread`` runs a call in the loop's default executor, whose threads ``asyncio.run`` joins before it
returns and the interpreter joins again at exit. A tool call abandoned by a task's timeout or by Ctrl-C then keeps
the process alive until the call returns on its own: a run that failed on its 60 s timeout after a hung request
did not exit for minutes, and Ctrl-C during a long call left the terminal waiting for it. ``in_thread`` runs the
call in a daemon thread instead: awaiting it behaves as ``to_thread`` (the caller's context variables, the
result or the exception), and a call nobody awaits any more is left behind when the process ends, as a call cut
off by kill -9 is (a recorded result is never recomputed, and a side effect keeps its idempotency key).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

__all__ = ["in_thread"]

T = TypeVar("T")


async def in_thread(fn: Callable[..., T], /, *args: Any) -> T:
    """``await asyncio.to_thread(fn, *args)``, in a daemon thread of its own."""
    import asyncio
    import contextlib
    import contextvars
    import threading

    loop = asyncio.get_running_loop()
    future: asyncio.Future[T] = loop.create_future()
    context = contextvars.copy_context()

    def settle(ok: bool, value: Any) -> None:
        if not future.done():  # cancelled by a timeout or Ctrl-C: nobody reads the outcome
            (future.set_result if ok else future.set_exception)(value)

    def work() -> None:
        try:
            outcome = (True, context.run(fn, *args))
        except BaseException as exc:  # noqa: BLE001 - handed to the awaiting task, as to_thread does
            outcome = (False, exc)
        with contextlib.suppress(RuntimeError):  # the loop has closed: the run ended without this call
            loop.call_soon_threadsafe(settle, *outcome)

    threading.Thread(target=work, name=f"genaiops-{getattr(fn, '__name__', 'call')}", daemon=True).start()
    return await future
