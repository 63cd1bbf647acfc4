"""Guardrail scanners, pipelines and their YAML configuration.

Contract: every scanner is an immutable object with ``name`` and ``check(text) -> Verdict`` that never raises or
logs for a failed check; scanners combine with ``&`` (all must pass) and ``|`` (one passing is enough).
A :class:`Pipeline` applies scanners in order with a policy each (block, flag, redact, pseudonymize, shadow) under
an optional latency budget; a :class:`GuardrailScreen` holds one pipeline per direction (input, output,
tool_result) and implements the ``Screen`` protocol of :mod:`genaiops.safety.verdict`, which the executor calls.
Scanners do no I/O and read no clock; trained models are JSON files shipped in ``models/`` (never pickle), and
``train/`` rebuilds them from ``../shared/data``. Where to add a scanner: one module, then ``register_scanner``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from genaiops.lazy import lazy_exports

if TYPE_CHECKING:
    from genaiops.safety.guardrails.approval_claims import ApprovalClaims
    from genaiops.safety.guardrails.base import AllOf, AnyOf
    from genaiops.safety.guardrails.config import GuardrailConfigError, load_screen, parse_screen
    from genaiops.safety.guardrails.injection import Jailbreak, PromptInjection
    from genaiops.safety.guardrails.pii import ALL_ENTITIES, DEFAULT_ENTITIES, PII, detect_pii
    from genaiops.safety.guardrails.pipeline import GuardrailScreen, Pipeline, PipelineResult, Policy, Step
    from genaiops.safety.guardrails.redaction import PLACEHOLDER, PseudonymMap, pseudonymize, redact, restore
    from genaiops.safety.guardrails.registry import SCANNERS, build_scanner, register_scanner
    from genaiops.safety.guardrails.schema import OutputSchema
    from genaiops.safety.guardrails.secrets import Secrets
    from genaiops.safety.guardrails.topics import BannedSubstrings, BannedTopics
    from genaiops.safety.guardrails.toxicity import Toxicity

# Each name is imported from its module on first use (PEP 562): a caller that needs one light scanner (the
# secret scanner validation uses) does not load the trained models and numpy behind the others.
_HOME = {
    "ApprovalClaims": "genaiops.safety.guardrails.approval_claims",
    "AllOf": "genaiops.safety.guardrails.base",
    "AnyOf": "genaiops.safety.guardrails.base",
    "GuardrailConfigError": "genaiops.safety.guardrails.config",
    "load_screen": "genaiops.safety.guardrails.config",
    "parse_screen": "genaiops.safety.guardrails.config",
    "Jailbreak": "genaiops.safety.guardrails.injection",
    "PromptInjection": "genaiops.safety.guardrails.injection",
    "ALL_ENTITIES": "genaiops.safety.guardrails.pii",
    "DEFAULT_ENTITIES": "genaiops.safety.guardrails.pii",
    "PII": "genaiops.safety.guardrails.pii",
    "detect_pii": "genaiops.safety.guardrails.pii",
    "GuardrailScreen": "genaiops.safety.guardrails.pipeline",
    "Pipeline": "genaiops.safety.guardrails.pipeline",
    "PipelineResult": "genaiops.safety.guardrails.pipeline",
    "Policy": "genaiops.safety.guardrails.pipeline",
    "Step": "genaiops.safety.guardrails.pipeline",
    "PLACEHOLDER": "genaiops.safety.guardrails.redaction",
    "PseudonymMap": "genaiops.safety.guardrails.redaction",
    "pseudonymize": "genaiops.safety.guardrails.redaction",
    "redact": "genaiops.safety.guardrails.redaction",
    "restore": "genaiops.safety.guardrails.redaction",
    "SCANNERS": "genaiops.safety.guardrails.registry",
    "build_scanner": "genaiops.safety.guardrails.registry",
    "register_scanner": "genaiops.safety.guardrails.registry",
    "OutputSchema": "genaiops.safety.guardrails.schema",
    "Secrets": "genaiops.safety.guardrails.secrets",
    "BannedSubstrings": "genaiops.safety.guardrails.topics",
    "BannedTopics": "genaiops.safety.guardrails.topics",
    "Toxicity": "genaiops.safety.guardrails.toxicity",
}

__all__ = [
    "ALL_ENTITIES",
    "DEFAULT_CONFIG",
    "DEFAULT_ENTITIES",
    "PII",
    "PLACEHOLDER",
    "SCANNERS",
    "AllOf",
    "AnyOf",
    "ApprovalClaims",
    "BannedSubstrings",
    "BannedTopics",
    "GuardrailConfigError",
    "GuardrailScreen",
    "Jailbreak",
    "OutputSchema",
    "Pipeline",
    "PipelineResult",
    "Policy",
    "PromptInjection",
    "PseudonymMap",
    "Secrets",
    "Step",
    "Toxicity",
    "build_scanner",
    "default_screen",
    "detect_pii",
    "load_screen",
    "parse_screen",
    "pseudonymize",
    "redact",
    "register_scanner",
    "restore",
]

DEFAULT_CONFIG = Path(__file__).resolve().parent / "default.yaml"


def default_screen(clock=None, key: str | None = None) -> GuardrailScreen:
    """The shipped default pipelines (``default.yaml``).

    Pass ``clock=time.perf_counter`` to enforce the latency budgets and ``key=<secret>`` for pseudonyms.
    """
    from genaiops.safety.guardrails.config import load_screen

    return load_screen(DEFAULT_CONFIG, clock, key)


__getattr__, __dir__ = lazy_exports(__name__, _HOME)
