"""Safety: the approval policy, the arithmetic of approvals, the audit-ledger format and guardrail verdicts.

Contract: everything here is pure — no I/O, no clock (time is an argument), no global state. The policy says
what a call needs; ``evaluate_request`` says what decisions add up to; ``verify_ledger`` checks a chain of
entries. ``safety`` never imports ``tools``, ``graphs`` or ``agents``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from genaiops.lazy import lazy_exports

if TYPE_CHECKING:
    from genaiops.safety.approvals import (
        ApprovalRequest,
        ApprovalState,
        Decision,
        check_decision,
        evaluate_request,
    )
    from genaiops.safety.ledger import GENESIS, LedgerEntry, LedgerReport, entry_hash, verify_ledger
    from genaiops.safety.policy import ApprovalPolicy, Requirement, TierRule, ToolRule, parse_policy
    from genaiops.safety.verdict import Direction, Guardrail, Outcome, Screen, ScreenResult, Span, Verdict

# Each name is imported from its module on first use (PEP 562): reading the ledger (``audit verify``) does not load
# the policy and approval models (pydantic).
_HOME = {
    **dict.fromkeys(
        ("ApprovalRequest", "ApprovalState", "Decision", "check_decision", "evaluate_request"),
        "genaiops.safety.approvals",
    ),
    **dict.fromkeys(
        ("GENESIS", "LedgerEntry", "LedgerReport", "entry_hash", "verify_ledger"), "genaiops.safety.ledger"
    ),
    **dict.fromkeys(
        ("ApprovalPolicy", "Requirement", "TierRule", "ToolRule", "parse_policy"), "genaiops.safety.policy"
    ),
    **dict.fromkeys(
        ("Direction", "Guardrail", "Outcome", "Screen", "ScreenResult", "Span", "Verdict"), "genaiops.safety.verdict"
    ),
}
__getattr__, __dir__ = lazy_exports(__name__, _HOME)

__all__ = [
    "GENESIS",
    "ApprovalPolicy",
    "ApprovalRequest",
    "ApprovalState",
    "Decision",
    "Direction",
    "Guardrail",
    "LedgerEntry",
    "LedgerReport",
    "Outcome",
    "Requirement",
    "Screen",
    "ScreenResult",
    "Span",
    "TierRule",
    "ToolRule",
    "Verdict",
    "check_decision",
    "entry_hash",
    "evaluate_request",
    "parse_policy",
    "verify_ledger",
]
