"""Prompt templates: the renderer protocol the evaluation depends on, and its error.

Templates use Semantic Kernel's prompt-template syntax (``{{$question}}``, ``{{ 'literal' }}``), which is what SK
users already write. The rendering engine itself is Semantic Kernel's, reached through an adapter in ``agents/``
(``genaiops.agents.sk_templates.SemanticKernelTemplates``) because only ``agents`` may import semantic_kernel.
Tools receive it as the ``template_renderer`` resource; library functions take it as a parameter.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from typing import Protocol, runtime_checkable

from genaiops.errors import SpecError

__all__ = ["PromptTemplateError", "TemplateRenderer", "template_hash"]


class PromptTemplateError(SpecError):
    """A prompt template that cannot be parsed, or variables that do not fit it."""


@runtime_checkable
class TemplateRenderer(Protocol):
    """Parses and renders prompt templates.

    ``validate`` raises ``PromptTemplateError`` naming what is wrong and how to fix it, and otherwise returns the
    names of the variables the template uses. ``render`` raises ``PromptTemplateError`` when the template is
    invalid or a variable it uses is missing; values are inserted verbatim.
    """

    def validate(self, template: str) -> tuple[str, ...]: ...

    def render(self, template: str, variables: Mapping[str, object]) -> str: ...


def template_hash(template: str) -> str:
    """sha256 of a template's text: the identity a recording or a publication refers to."""
    return hashlib.sha256(template.encode()).hexdigest()
