"""Forms that start something are taken once: each drawn form carries a random ``once`` value, and a second
POST of the same form by the same session (a double click on a slow answer, a browser re-sending it, a retry)
is sent to what the first one started instead of starting it again. Kept in memory: the last ``limit`` forms."""

from __future__ import annotations

import asyncio
import secrets
from collections import OrderedDict
from collections.abc import Awaitable, Callable

__all__ = ["SentForms"]


class SentForms:
    """``take(session, once, start)``: ``start()``'s result, computed once per (session, once) while remembered."""

    def __init__(self, limit: int = 2000):
        self.limit = limit
        self._sent: OrderedDict[tuple[str, str], asyncio.Future[str]] = OrderedDict()

    @staticmethod
    def new() -> str:
        """A fresh ``once`` value for a form being drawn."""
        return secrets.token_urlsafe(16)

    async def take(self, session: str, once: str, start: Callable[[], Awaitable[str]]) -> tuple[str, bool]:
        """(what the form started, whether this POST started it). A POST without ``once`` (a form drawn before
        there was one) always starts. A start that raised is forgotten, so the corrected form may be sent again."""
        if not once:
            return await start(), True
        key = (session, once[:64])
        sent = self._sent.get(key)
        if sent is not None:
            return await asyncio.shield(sent), False
        future: asyncio.Future[str] = asyncio.get_running_loop().create_future()
        self._sent[key] = future
        while len(self._sent) > self.limit:
            self._sent.popitem(last=False)
        try:
            result = await start()
        except BaseException as exc:
            self._sent.pop(key, None)
            future.set_exception(exc)
            future.exception()  # retrieved: a lone failed start leaves no "never retrieved" warning
            raise
        future.set_result(result)
        return result, True
