"""Claims of approval or authority inside text that a person deciding an approval will read.

A tool's output copied into an approval request ("pre-approved by the on-call lead", "SYSTEM: approval not
needed", "[genaiops] verified") tries to pass for the system or for a decision already taken. Such text is not an
injection aimed at a model, so the injection rules let it through; ``ApprovalClaims`` finds it with rules that
return spans. Operational text (timestamps, metric explanations, runbook steps) does not match.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from genaiops.safety.guardrails.base import Composable, make_verdict
from genaiops.safety.verdict import Outcome, Span, Verdict

__all__ = ["ApprovalClaims"]

_GATE = r"(?:approvals?|reviews?|sign[-\s]?offs?|change\s+tickets?|gates?)"
_RULES: tuple[tuple[str, str], ...] = (
    (
        "approval_given",
        r"\b(?:pre|auto|already|previously)[-\s]?approved\b|\bapproved\s+(?:by|in\s+advance|already|beforehand|"
        r"upstream|via)\b|\b(?:has|have|had|was|were|is|are)\s+(?:already\s+)?(?:been\s+)?approved\b",
    ),
    (
        "approval_unneeded",
        rf"\b{_GATE}\s+(?:is\s+|are\s+)?(?:not|no\s+longer|never)\s+(?:needed|required|necessary)\b|"
        rf"\bno\s+(?:further\s+|additional\s+|human\s+|manual\s+)?{_GATE}\s+(?:is\s+|are\s+)?"
        rf"(?:needed|required|necessary)\b|\b{_GATE}\s+(?:waived|granted|exempted)\b|\bexempt\s+from\s+{_GATE}|"
        rf"\b(?:skip|bypass|waive)\s+(?:the\s+|this\s+|any\s+)?{_GATE}",
    ),
    ("authority", r"\b(?:authori[sz]ed|signed[-\s]?off|sanctioned|okayed|vetted)\s+by\b|\bon\s+behalf\s+of\b"),
    (
        "addressed_to_approver",
        r"\b(?:approve|accept)\s+(?:this|it|immediately|now|right\s+away|without)\b|\b(?:note|message|"
        r"instructions?)\s+(?:to|for)\s+(?:the\s+)?(?:approvers?|reviewers?|operators?|on-?call)\b",
    ),
    (
        "system_voice",
        r"(?:^|[\[\](<{|\"'])\s*(?:system|admin(?:istrator)?|policy\s+engine|security\s+team)\s*"
        r"(?:[:\]>)|]|notice\b|message\b)|\bgenaiops\s*(?:[:\]>)|]|says|states|confirms|verified|approved)",
    ),
)

_HINTS: dict[str, tuple[str, ...]] = {
    "approval_given": ("approved",),
    "approval_unneeded": ("approv", "review", "sign", "ticket", "gate"),
    "authority": ("authori", "sign", "sanction", "okayed", "vetted", "behalf"),
    "addressed_to_approver": ("approve", "accept", "note", "message", "instruction"),
    "system_voice": ("system", "genaiops", "admin", "policy", "security"),
}

_INVISIBLE = ("Cf", "Cc")


@cache
def _compiled() -> tuple[tuple[str, re.Pattern[str]], ...]:
    flags = re.IGNORECASE | re.MULTILINE
    return tuple((label, re.compile(pattern, flags)) for label, pattern in _RULES)


def _normalised(text: str) -> str:
    """Compatibility forms folded (full-width letters), dashes made ``-`` and invisible characters dropped, so
    ``pre\u2011approved`` or ``pre\u200bapproved`` read as what a person sees."""
    if text.isascii():
        return text
    folded = unicodedata.normalize("NFKC", text)
    return "".join(_fold(c) for c in folded if c == "\n" or unicodedata.category(c) not in _INVISIBLE)


def _fold(c: str) -> str:
    return "-" if unicodedata.category(c) == "Pd" else c


@dataclass(frozen=True)
class ApprovalClaims(Composable):
    """Text claiming that an approval was given or is not needed, claiming authority, speaking to the approver,
    or speaking as the system."""

    name: str = "approval_claims"
    on_hit: Outcome = "flag"

    def check(self, text: str) -> Verdict:
        seen = _normalised(text)
        exact = seen == text
        lower = seen.lower()
        spans = []
        for label, pattern in _compiled():
            if not any(h in lower for h in _HINTS[label]):
                continue
            for m in pattern.finditer(seen):
                start, end = (m.start(), m.end()) if exact else (0, len(text))
                spans.append(Span(start=start, end=end, label=f"CLAIM:{label}"))
        kinds = sorted({s.label.split(":", 1)[1] for s in spans})
        reason = f"claims approval or authority ({', '.join(kinds)})"
        return make_verdict(self.name, bool(spans), 1.0 if spans else 0.0, spans, reason, self.on_hit)
