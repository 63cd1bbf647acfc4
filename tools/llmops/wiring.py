"""What the llmops tools take from their context: the template renderer, the outputs, the guardrail screen.

Resources (set by the executor):

- ``template_renderer``: a ``TemplateRenderer`` (``genaiops.agents.sk_templates.SemanticKernelTemplates``);
- ``model_caller``: a ``ModelCaller``, used when a tool is not given recorded outputs (the entry points set it
  only when ``GENAIOPS_LLMOPS_MODEL`` asks for the configured model: offline on recordings by default);
- ``screen``: a guardrail ``Screen`` (``genaiops.safety``), needed only by ``guardrail`` assertions;
- ``prompt_registry``: where ``publish_prompt`` publishes (anything with ``apply(key, payload)`` returning a
  receipt with ``applied``: the home's ``PromptRegistry``, or ``genaiops.receiver.IdempotentReceiver``);
- ``data_roots``: what suite and recording files (``*_path`` arguments) are read through.

A file argument that names a missing file, and a template that does not parse, are ``ToolInputError``s naming
the file and line.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from genaiops.errors import ToolExecutionError, ToolInputError, UserError
from genaiops.registry import ToolContext
from genaiops.tools.llmops.assertion import ScreenLike
from genaiops.tools.llmops.caller import ModelCaller, recorded_outputs
from genaiops.tools.llmops.suite import SuiteSpec, load_suite, suite_from
from genaiops.tools.llmops.template import PromptTemplateError, TemplateRenderer
from genaiops.yamlfile import read_yaml

__all__ = [
    "as_tool_input_errors",
    "caller_from",
    "read_file",
    "recorded_from",
    "renderer_from",
    "screen_from",
    "suite_of",
]

Recorded = str | Mapping[str, Any] | None


def renderer_from(ctx: ToolContext) -> TemplateRenderer:
    renderer = ctx.resource("template_renderer")
    if not isinstance(renderer, TemplateRenderer):
        raise ToolExecutionError(
            f"the template_renderer resource is a {type(renderer).__name__}, which has no validate/render"
        )
    return renderer


def caller_from(ctx: ToolContext, recorded: Recorded, file: str, version: str = "") -> ModelCaller:
    """Recorded outputs when given, else the ``model_caller`` resource (when the entry point configured one)."""
    if recorded is not None:
        return recorded_outputs(recorded, file)
    caller = ctx.resources.get("model_caller")
    if caller is None:
        which = f" of version {version!r}" if version else ""
        raise ToolInputError(
            f"no recorded outputs{which} were given and no model is configured for evaluations: give the file of "
            "recorded outputs (recorded_path), or set GENAIOPS_LLMOPS_MODEL=true to call the configured model "
            "(GENAIOPS_MODEL_*)"
        )
    return caller


def read_file(ctx: ToolContext, path: str, field: str) -> str:
    """The text of the file argument ``field`` (``path``, resolved through the ``data_roots`` resource)."""
    real = ctx.resource("data_roots").resolve(path)
    try:
        return real.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ToolInputError(f"{field}: no such file {path!r} (looked for {real})") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ToolInputError(f"{field}: cannot read {path!r} ({real}): {exc}") from None


def recorded_from(ctx: ToolContext, inline: Recorded, path: str | None, field: str) -> tuple[Recorded, str]:
    """The recorded outputs (text or mapping) a tool was given, inline or as a file, and the name errors use."""
    if path is not None:
        return read_file(ctx, path, field), path
    return inline, f"<{field.removesuffix('_path')}>"


def suite_of(ctx: ToolContext, inline: str | Mapping[str, Any] | None, file: str, path: str | None) -> SuiteSpec:
    """The suite a tool was given (its file ``path``, or inline text or mapping), its templates checked: a template
    that does not parse is reported with the suite file's line."""
    if path is None:
        assert inline is not None  # the input models require one of them
        return suite_from(inline, file)
    text = read_file(ctx, path, "suite_path")
    suite = load_suite(text, path)
    _check_templates(suite, renderer_from(ctx), path, text)
    return suite


def _check_templates(suite: SuiteSpec, renderer: TemplateRenderer, file: str, text: str) -> None:
    for name, version in suite.prompt.versions.items():
        try:
            renderer.validate(version.template)
        except PromptTemplateError as exc:
            line = read_yaml(text, file).place(("prompt", "versions", name, "template")).line
            place = f"{file}:{line}" if line else file
            raise PromptTemplateError(f"{place}: prompt.versions.{name}.template: {exc}") from None


def screen_from(ctx: ToolContext) -> ScreenLike | None:
    return ctx.resources.get("screen")


@contextmanager
def as_tool_input_errors() -> Iterator[None]:
    """Inside a tool: a bad suite, recording, template or version is a ``ToolInputError`` (same message)."""
    try:
        yield
    except UserError as exc:
        raise ToolInputError(str(exc)) from exc
