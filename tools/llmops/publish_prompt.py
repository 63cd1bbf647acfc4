"""publish_prompt: release a prompt version that passed its gate (a gated action)."""

from __future__ import annotations

from pydantic import BaseModel, Field, model_validator

from genaiops.data_roots import optional_data_file
from genaiops.errors import ToolInputError
from genaiops.ids import canonical_json
from genaiops.registry import ToolContext, tool
from genaiops.tool_preview import ToolPreview
from genaiops.tools.llmops import arg_rules
from genaiops.tools.llmops.gate import GateResult
from genaiops.tools.llmops.template import template_hash
from genaiops.tools.llmops.wiring import as_tool_input_errors, suite_of


class PublishPromptInput(BaseModel, defer_build=True):
    prompt: str = Field(min_length=1, description="The prompt's name.")
    version: str = Field(min_length=1, description="The version to release.")
    template: str | None = Field(
        default=None, min_length=1, description="The version's template text (must be what the gate saw)."
    )
    suite_path: str | None = optional_data_file("Or the suite file the version's template is read from.")
    gate: GateResult = Field(description="The result of compare_prompt_versions for this version.")

    _one_template = model_validator(mode="after")(arg_rules.publish_prompt_one_template)


class PublishPromptResult(BaseModel, defer_build=True):
    published: bool
    """True: the version is now released (by this call or an earlier one with the same key); a gate that did not
    pass fails the task instead (nothing is released)."""
    applied: bool
    """True when this call made the release; False when it was already done under this key."""
    prompt: str
    version: str
    template_sha256: str
    idempotency_key: str
    reason: str


def check_release(args: PublishPromptInput, ctx: ToolContext) -> ToolPreview:
    """The ``@tool(preview=...)`` hook, run before the approval policy decides: the gate must be this version's,
    for exactly this template text, and passing. A gate that did not pass fails the task here, with the gate's
    figures, so nobody is asked to approve a release that cannot happen."""
    _, digest = _checked(args, ctx)
    gate = args.gate
    return ToolPreview(
        risk="low",  # the task's own tier stands: a passing gate adds no risk
        summary=f"release {args.prompt}@{args.version} (template sha256 {digest[:12]}...): {gate.explanation}",
        details={"verdict": gate.verdict, "baseline": gate.baseline, "difference": gate.difference,
                 "p_value": gate.p_value, "alpha": gate.alpha, "template_sha256": digest},
    )  # fmt: skip


def _checked(args: PublishPromptInput, ctx: ToolContext) -> tuple[str, str]:
    """(template, its sha256) when ``gate`` is a passing gate of exactly this version's template; else a
    ``ToolInputError`` saying which of the three it is not."""
    template = args.template if args.template is not None else _suite_template(args, ctx)
    digest = template_hash(template)
    gate = args.gate
    if (gate.prompt, gate.candidate) != (args.prompt, args.version):
        raise ToolInputError(
            f"the gate is for {gate.prompt}@{gate.candidate}, not {args.prompt}@{args.version}: "
            "pass the gate result of this version"
        )
    if gate.candidate_template_sha256 != digest:
        raise ToolInputError(
            f"the template text differs from what the gate evaluated (sha256 {digest[:12]}... vs "
            f"{gate.candidate_template_sha256[:12]}...): publish the evaluated text or gate this one"
        )
    if not gate.passed:  # a failed task, not a result: a run that asked to release and did not is no success
        raise ToolInputError(
            f"not published: the gate's verdict for {args.prompt}@{args.version} is {gate.verdict!r} "
            f"({gate.explanation}); nothing was released and nobody was asked to approve it. A release needs a "
            "passing gate: improve the version and gate it again (compare_prompt_versions); to skip the release "
            'when the gate does not pass, give this task when: "${<gate task>.gate.passed}"'
        )
    return template, digest


@tool(actions=("publishes",), risk="medium", acts_on=("prompt_registry",), preview=check_release)
def publish_prompt(args: PublishPromptInput, ctx: ToolContext) -> PublishPromptResult:
    """Release `version` of `prompt` through the `prompt_registry` resource, once per idempotency key, only if
    `gate` is a passing gate for exactly this template text (given, or read from the suite file); a gate that did
    not pass is an error, before anybody is asked to approve (nothing released)."""
    template, digest = _checked(args, ctx)  # again: the suite file may have changed while the approval waited
    gate = args.gate
    result = dict(prompt=args.prompt, version=args.version, template_sha256=digest, idempotency_key=ctx.idempotency_key)
    release = {"prompt": args.prompt, "version": args.version, "template": template, "baseline": gate.baseline}
    where = {"template_sha256": digest, "at": ctx.now.isoformat(), "run_id": ctx.run_id, "task_id": ctx.task_id}
    payload = canonical_json({**release, **where})
    receipt = ctx.resource("prompt_registry").apply(ctx.idempotency_key, payload)
    reason = "published" if receipt.applied else "already published under this idempotency key"
    return PublishPromptResult(published=True, applied=receipt.applied, reason=reason, **result)


def _suite_template(args: PublishPromptInput, ctx: ToolContext) -> str:
    assert args.suite_path is not None
    with as_tool_input_errors():
        suite = suite_of(ctx, None, args.suite_path, args.suite_path)
        if suite.prompt.name != args.prompt:
            raise ToolInputError(
                f"suite_path: {args.suite_path} is the suite of prompt {suite.prompt.name!r}, not {args.prompt!r}"
            )
        return suite.prompt.version(args.version).template
