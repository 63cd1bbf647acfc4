"""What the llmops tools take from their context: the template renderer, the outputs, the guardrail screen.

Resources (set by the executor):

- ``template_renderer``: a ``TemplateRenderer`` (``genaiops.agents.sk_templates.SemanticKernelTemplates``);
- ``model_caller``: a ``ModelCaller``, used when a tool is not given recorded outputs;
- ``screen``: a guardrail ``Screen`` (``genaiops.safety``), needed only by ``guardrail`` assertions;
- ``prompt_registry``: where ``publish_prompt`` publishes (anything with ``apply(key, payload)`` returning a
  receipt with ``applied``, e.g. ``genaiops.receiver.IdempotentReceiver``).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from genaiops.errors import ToolExecutionError, ToolInputError, UserError
from genaiops.registry import ToolContext
from genaiops.tools.llmops.assertion import ScreenLike
from genaiops.tools.llmops.caller import ModelCaller, recorded_outputs
from genaiops.tools.llmops.template import TemplateRenderer

__all__ = ["as_tool_input_errors", "caller_from", "renderer_from", "screen_from"]

Recorded = str | Mapping[str, Any] | None


def renderer_from(ctx: ToolContext) -> TemplateRenderer:
    renderer = ctx.resource("template_renderer")
    if not isinstance(renderer, TemplateRenderer):
        raise ToolExecutionError(
            f"the template_renderer resource is a {type(renderer).__name__}, which has no validate/render"
        )
    return renderer


def caller_from(ctx: ToolContext, recorded: Recorded, file: str) -> ModelCaller:
    """Recorded outputs when given, else the ``model_caller`` resource."""
    if recorded is not None:
        return recorded_outputs(recorded, file)
    return ctx.resource("model_caller")


def screen_from(ctx: ToolContext) -> ScreenLike | None:
    return ctx.resources.get("screen")


@contextmanager
def as_tool_input_errors() -> Iterator[None]:
    """Inside a tool: a bad suite, recording, template or version is a ``ToolInputError`` (same message)."""
    try:
        yield
    except UserError as exc:
        raise ToolInputError(str(exc)) from exc
