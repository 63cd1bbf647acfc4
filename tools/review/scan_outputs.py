"""scan_outputs: screen a batch of generated outputs and sort them into release, pseudonymise and withhold."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel

from genaiops.registry import ToolContext, tool
from genaiops.tools.review.batch import BatchInput, batch_of, screen_text

_REWRITABLE = frozenset({"pii", "secrets", "redaction"})
"""Guardrails whose findings pseudonymising or redacting fixes; any other finding withholds the output."""


class ScanOutputsInput(BatchInput):
    pass


class OutputFinding(BaseModel, defer_build=True):
    guardrail: str
    outcome: str
    reason: str


class ScannedOutput(BaseModel, defer_build=True):
    id: str
    action: Literal["release", "pseudonymise", "withhold"]
    findings: list[OutputFinding]


class ScanOutputsResult(BaseModel, defer_build=True):
    prompt: str
    version: str
    scanned: int
    items: list[ScannedOutput]
    release: list[str]
    pseudonymise: list[str]
    withhold: list[str]
    summary: str


@tool()
def scan_outputs(args: ScanOutputsInput, ctx: ToolContext) -> ScanOutputsResult:
    """Screen each generated output with the output guardrails: `release` when nothing objects, `pseudonymise`
    when only personal data or secrets were found (rewriting fixes them), `withhold` on anything else (toxic
    language, ...). Changes nothing; pseudonymise_outputs does the rewriting."""
    batch = batch_of(ctx, args)
    items = []
    for output in batch.outputs:
        screened = screen_text(ctx, output.text)
        findings = [
            OutputFinding(guardrail=v.guardrail, outcome=v.outcome, reason=v.reason or v.outcome)
            for v in screened.verdicts
            if v.outcome not in ("pass", "shadow")
        ]
        if screened.text != output.text and not findings:
            findings.append(OutputFinding(guardrail="redaction", outcome="flag", reason="parts would be redacted"))
        items.append(ScannedOutput(id=output.id, action=_action(findings), findings=findings))
    sorted_ids = {kind: [i.id for i in items if i.action == kind] for kind in ("release", "pseudonymise", "withhold")}
    summary = f"{len(items)} output(s): " + ", ".join(f"{len(ids)} to {kind}" for kind, ids in sorted_ids.items())
    return ScanOutputsResult(
        prompt=batch.prompt, version=batch.version, scanned=len(items), items=items, summary=summary, **sorted_ids
    )


def _action(findings: list[OutputFinding]) -> Literal["release", "pseudonymise", "withhold"]:
    if not findings:
        return "release"
    return "pseudonymise" if all(f.guardrail in _REWRITABLE for f in findings) else "withhold"
