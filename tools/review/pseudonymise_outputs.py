"""pseudonymise_outputs: rewrite a batch of generated outputs as the output guardrails do, leaving some out."""

from __future__ import annotations

from pydantic import BaseModel, Field

from genaiops.errors import ToolInputError
from genaiops.registry import ToolContext, tool
from genaiops.tools.review.batch import BatchInput, GeneratedOutput, OutputBatch, batch_of, screen_text


class PseudonymiseOutputsInput(BatchInput):
    withhold: list[str] = Field(default_factory=list, description="Output ids left out (e.g. scan_outputs' withhold).")


class PseudonymiseOutputsResult(BaseModel, defer_build=True):
    batch: OutputBatch = Field(description="The outputs kept, each rewritten.")
    released: list[str] = Field(description="Ids of the outputs kept.")
    rewritten: list[str] = Field(description="Ids whose text changed.")
    withheld: list[str]
    text: str = Field(description="The kept outputs as one text ('[id] text' lines), for a reviewer.")


@tool()
def pseudonymise_outputs(args: PseudonymiseOutputsInput, ctx: ToolContext) -> PseudonymiseOutputsResult:
    """Rewrite each output with the output guardrails - personal data replaced by keyed pseudonyms (the same
    value always gets the same one), secrets redacted - and leave out the `withhold` ids."""
    batch = batch_of(ctx, args)
    ids = [o.id for o in batch.outputs]
    unknown = [i for i in args.withhold if i not in ids]
    if unknown:
        raise ToolInputError(f"withhold: no output {unknown[0]!r} in the batch; its outputs are {', '.join(ids)}")
    kept, rewritten = [], []
    for output in batch.outputs:
        if output.id in args.withhold:
            continue
        text = screen_text(ctx, output.text).text
        if text != output.text:
            rewritten.append(output.id)
        kept.append(GeneratedOutput(id=output.id, text=text, vars=output.vars, context=output.context))
    if not kept:
        raise ToolInputError("withhold: every output is withheld; nothing is left to release")
    joined = "\n".join(f"[{o.id}] {o.text}" for o in kept)
    withheld = [i for i in ids if i in args.withhold]
    return PseudonymiseOutputsResult(
        batch=batch.model_copy(update={"outputs": kept}),
        released=[o.id for o in kept],
        rewritten=rewritten,
        withheld=withheld,
        text=joined,
    )
