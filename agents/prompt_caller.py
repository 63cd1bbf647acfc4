"""``ChatModelCaller``: the configured chat model (``GENAIOPS_MODEL_*``) as the ``model_caller`` the prompt
evaluation tools call when they are given no recorded outputs.

Each request is one user message with the rendered prompt; the reply's text, the wall time of the call and the
token counts the provider reports go into the ``ModelReply``. Tools are synchronous and the evaluation tools run in
a worker thread (``offload``), so each call runs its own event loop with a fresh client (an async client is bound to
the loop it was made in). A provider failure is a ``ToolExecutionError`` saying which model and what failed.
"""

from __future__ import annotations

import asyncio
import time

from genaiops.agents.models import ModelSettings, describe, describe_failure, model_client
from genaiops.errors import ToolExecutionError
from genaiops.tools.llmops import ModelReply, ModelRequest

__all__ = ["ChatModelCaller"]


class ChatModelCaller:
    """A ``ModelCaller`` over the chat model ``settings`` name."""

    def __init__(self, settings: ModelSettings):
        self.settings = settings

    def call(self, request: ModelRequest) -> ModelReply:
        began = time.perf_counter()
        try:
            text, usage = asyncio.run(self._ask(request.prompt))
        except Exception as exc:  # a provider's own error types: reported with the model and the fix
            raise ToolExecutionError(
                f"case {request.case_id!r} of {request.prompt_name}@{request.version}: "
                f"{describe_failure(exc, self.settings)}"
            ) from None
        latency = (time.perf_counter() - began) * 1000
        return ModelReply(
            text=text,
            latency_ms=round(latency, 1),
            input_tokens=usage[0] if usage else None,
            output_tokens=usage[1] if usage else None,
        )

    async def _ask(self, prompt: str) -> tuple[str, tuple[int, int] | None]:
        from autogen_core.models import UserMessage

        client = model_client(self.settings)
        try:
            result = await client.create([UserMessage(content=prompt, source="user")])
        finally:
            await client.close()
        usage = result.usage
        counts = (usage.prompt_tokens, usage.completion_tokens) if usage and usage.completion_tokens else None
        return (result.content if isinstance(result.content, str) else str(result.content)), counts

    def __repr__(self) -> str:
        return f"ChatModelCaller({describe(self.settings)})"
