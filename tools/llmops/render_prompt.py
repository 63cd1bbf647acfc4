"""render_prompt: render a prompt template (Semantic Kernel syntax) with variables."""

from __future__ import annotations

from pydantic import BaseModel, Field

from genaiops.registry import ToolContext, tool
from genaiops.tools.llmops.template import template_hash
from genaiops.tools.llmops.wiring import as_tool_input_errors, renderer_from


class RenderPromptInput(BaseModel, defer_build=True):
    template: str = Field(min_length=1, description="Template text, e.g. 'Answer: {{$question}}'.")
    variables: dict[str, str | int | float | bool] = Field(default_factory=dict)


class RenderPromptResult(BaseModel, defer_build=True):
    text: str
    variables: list[str]
    """The variables the template uses, in order of first use."""
    template_sha256: str


@tool()
def render_prompt(args: RenderPromptInput, ctx: ToolContext) -> RenderPromptResult:
    """Render `template` (Semantic Kernel prompt-template syntax: {{$name}}, {{ 'literal' }}) with `variables`;
    an invalid template or a missing variable is reported with what to fix."""
    renderer = renderer_from(ctx)
    with as_tool_input_errors():
        names = renderer.validate(args.template)
        text = renderer.render(args.template, args.variables)
    return RenderPromptResult(text=text, variables=list(names), template_sha256=template_hash(args.template))
