"""Semantic Kernel's prompt-template engine behind genaiops' ``TemplateRenderer`` protocol.

The evaluation tools (``genaiops.tools.llmops``) render prompts through this adapter, handed to them as the
``template_renderer`` resource, so templates are parsed by SK's own tokenizer (``KernelPromptTemplate``) and read
exactly as SK users write them. semantic_kernel is imported lazily, inside the methods.

What differs from ``KernelPromptTemplate.render``, and why:
- rendering is synchronous (tools are plain sync functions), which is possible because evaluated prompts may only
  hold text, ``{{$variables}}`` and ``{{ 'values' }}``: a function call (``{{plugin.fn $x}}``) is rejected by
  ``validate``, since an evaluation kernel has no plugins and a call would make the output depend on them;
- variable values are inserted verbatim: the rendered text goes to the model as one message, not through SK's
  chat-prompt XML parsing, for which SK HTML-encodes arguments;
- a missing variable is an error (SK logs a warning and renders nothing), and so is an unclosed ``{{``
  (SK keeps it as text; write ``{{ '{{' }}`` for literal braces).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from genaiops.errors import did_you_mean
from genaiops.tools.llmops.template import PromptTemplateError

__all__ = ["SemanticKernelTemplates"]


class SemanticKernelTemplates:
    """A ``TemplateRenderer`` over Semantic Kernel's ``KernelPromptTemplate`` (template format ``semantic-kernel``)."""

    def __init__(self) -> None:
        self._parsed: dict[str, tuple[list[Any], tuple[str, ...]]] = {}

    def validate(self, template: str) -> tuple[str, ...]:
        """Parse ``template``; return the variables it uses, or raise ``PromptTemplateError`` saying what to fix."""
        return self._parse(template)[1]

    def render(self, template: str, variables: Mapping[str, object]) -> str:
        """Render ``template`` with ``variables``; every variable the template uses must be given."""
        blocks, names = self._parse(template)
        missing = [name for name in names if variables.get(name) is None]
        if missing:
            given = sorted(variables)
            hints = "".join(did_you_mean(name, given) for name in missing)
            raise PromptTemplateError(
                f"the template uses {_quoted(missing)} but no value was given{hints}; "
                f"given: {', '.join(given) or 'none'}"
            )
        from semantic_kernel import Kernel
        from semantic_kernel.functions import KernelArguments

        kernel, arguments = Kernel(), KernelArguments(**{str(k): v for k, v in variables.items()})
        return "".join(block.render(kernel, arguments) for block in blocks)

    def _parse(self, template: str) -> tuple[list[Any], tuple[str, ...]]:
        cached = self._parsed.get(template)
        if cached is None:
            cached = self._parsed[template] = _parse_template(template)
        return cached


def _parse_template(template: str) -> tuple[list[Any], tuple[str, ...]]:
    from semantic_kernel.exceptions import KernelException
    from semantic_kernel.prompt_template import KernelPromptTemplate, PromptTemplateConfig
    from semantic_kernel.template_engine.blocks.text_block import TextBlock
    from semantic_kernel.template_engine.blocks.val_block import ValBlock
    from semantic_kernel.template_engine.blocks.var_block import VarBlock

    try:
        parsed = KernelPromptTemplate(
            prompt_template_config=PromptTemplateConfig(template=template, template_format="semantic-kernel")
        )
    except KernelException as exc:
        raise PromptTemplateError(
            f"invalid prompt template: {_sk_reason(exc)} "
            "(Semantic Kernel syntax: {{$variable}} or {{ 'literal' }}; names use letters, digits and _)"
        ) from None
    blocks = parsed.extract_blocks()
    for block in blocks:
        if isinstance(block, TextBlock) and "{{" in block.content:
            at = template.find(block.content) + block.content.index("{{")
            raise PromptTemplateError(
                f"invalid prompt template: '{{{{' at character {at} is never closed with '}}}}' "
                f"(near {template[at : at + 20]!r}); write {{{{ '{{{{' }}}} for literal braces"
            )
        if not isinstance(block, TextBlock | VarBlock | ValBlock):
            raise PromptTemplateError(
                f"invalid prompt template: {{{{{block.content}}}}} calls a function; evaluated prompts may only "
                "use {{$variables}} and {{ 'literals' }} (render function output into a variable instead)"
            )
    names = tuple(dict.fromkeys(b.name for b in blocks if isinstance(b, VarBlock)))
    return blocks, names


def _sk_reason(exc: Exception) -> str:
    """SK's message, led by the block it is about: ``{{$na-me}}: A VarBlock starts with a '$' ...``."""
    text = str(exc)
    prefix = "Failed to tokenize code block: "
    if not text.startswith(prefix):
        return text
    block, _, reason = text[len(prefix) :].partition(". ")
    return f"{{{{{block}}}}}: {reason}"


def _quoted(names: list[str]) -> str:
    return ", ".join(f"${name}" for name in names)
