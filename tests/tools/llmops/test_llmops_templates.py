"""Prompt templates: Semantic Kernel syntax through the agents adapter, and the render_prompt tool."""

from datetime import UTC, datetime

import pytest

from genaiops.agents.sk_templates import SemanticKernelTemplates
from genaiops.errors import ToolInputError
from genaiops.registry import ToolContext
from genaiops.tools import load_tools
from genaiops.tools.llmops import PromptTemplateError, TemplateRenderer


@pytest.fixture(scope="module")
def renderer() -> SemanticKernelTemplates:
    return SemanticKernelTemplates()


def test_adapter_satisfies_the_protocol(renderer):
    """The SK adapter is a TemplateRenderer the tools can take as a resource."""
    assert isinstance(renderer, TemplateRenderer)


def test_renders_variables_and_literals_verbatim(renderer):
    """Variables and quoted literals render as SK does, with values inserted verbatim (no HTML encoding)."""
    text = renderer.render("Hi {{$name}}, {{ $q }} {{ 'ok' }}", {"name": "O'Brien <x>", "q": 3})
    assert text == "Hi O'Brien <x>, 3 ok"


def test_validate_lists_the_variables_in_order(renderer):
    """validate returns each variable once, in order of first use."""
    assert renderer.validate("{{$b}} {{$a}} {{$b}}") == ("b", "a")


@pytest.mark.parametrize(
    ("template", "needle"),
    [
        ("Hi {{$na-me}}", "{{$na-me}}"),
        ("Hi {{$}} there", "{{$}}"),
        ("Hi {{ $a b }}", "{{$a b}}"),
        ("Hi {{$name", "never closed"),
        ("{{time.now}} {{$x}}", "calls a function"),
    ],
)
def test_invalid_template_gets_a_clear_error(renderer, template, needle):
    """An invalid template raises PromptTemplateError naming the bad block and the syntax to use."""
    with pytest.raises(PromptTemplateError) as info:
        renderer.validate(template)
    message = str(info.value)
    assert "invalid prompt template" in message
    assert needle in message


def test_missing_variable_is_an_error_with_a_suggestion(renderer):
    """Rendering without a variable the template uses names it and suggests the closest given name."""
    with pytest.raises(PromptTemplateError, match=r"\$question.*did you mean 'questoin'"):
        renderer.render("Q: {{$question}}", {"questoin": "typo"})


def _ctx(**resources) -> ToolContext:
    return ToolContext(
        run_id="run", task_id="task", idempotency_key="key", now=datetime(2026, 1, 1, tzinfo=UTC), resources=resources
    )


def test_render_prompt_tool_uses_the_injected_renderer(renderer):
    """render_prompt renders through the template_renderer resource and reports the variables used."""
    spec = load_tools().get("render_prompt")
    result = spec.invoke({"template": "Q: {{$q}}", "variables": {"q": "why?"}}, _ctx(template_renderer=renderer))
    assert result.text == "Q: why?"
    assert result.variables == ["q"]
    assert len(result.template_sha256) == 64


def test_render_prompt_tool_reports_an_invalid_template_as_input_error(renderer):
    """An invalid template given to the tool is a ToolInputError (the caller may fix and retry)."""
    spec = load_tools().get("render_prompt")
    with pytest.raises(ToolInputError, match="invalid prompt template"):
        spec.invoke({"template": "Q: {{$q-x}}"}, _ctx(template_renderer=renderer))
