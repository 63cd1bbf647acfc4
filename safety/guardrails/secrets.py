"""Secrets: API keys, tokens, private keys and connection strings, by known formats plus entropy.

Two kinds of rule. *Format* rules recognise a provider's key shape (``AKIA...``, ``ghp_...``, ``xoxb-...``, genaiops's
own API tokens ``gat_...``, PEM private-key headers, ``scheme://user:password@host``). *Assignment* rules find
``password = ...``, ``api_key: ...`` and the like, and accept the value only if it looks random (Shannon entropy per
character above a bound) and is not a placeholder (``<token>``, ``${VAR}``, ``xxxx``, ``changeme``, ``...EXAMPLE``). A
password written in words ("our db password is hunter2", "das Passwort ist ...") counts when the value mixes two kinds
of character (letters and digits or signs) and is not a path, a placeholder or an ``ENV_NAME``.
"""

from __future__ import annotations

from dataclasses import dataclass

from genaiops.safety.guardrails.base import Composable, make_verdict
from genaiops.safety.guardrails.secret_spans import MIN_ENTROPY, secret_spans, shannon_entropy
from genaiops.safety.verdict import Outcome, Span, Verdict

__all__ = ["Secrets", "shannon_entropy"]


@dataclass(frozen=True)
class Secrets(Composable):
    """Credentials in text: provider key formats, private keys, connection strings, ``key = <random>``."""

    name: str = "secrets"
    min_entropy: float = MIN_ENTROPY
    """Bits per character an assigned value needs to count as a secret (assignment rules only)."""
    on_hit: Outcome = "block"

    def check(self, text: str) -> Verdict:
        spans = [Span(start=s, end=e, label=label) for s, e, label in secret_spans(text, self.min_entropy)]
        kinds = sorted({s.label for s in spans})
        reason = f"secret in text ({', '.join(kinds)})"
        return make_verdict(self.name, bool(spans), 1.0 if spans else 0.0, spans, reason, self.on_hit)
