"""Prompt injection and jailbreak scanners: a trained linear model plus explicit rules with spans.

``PromptInjection`` scores user input as a whole (direct injection). With ``indirect=True`` it scans tool outputs
and retrieved documents: the text is cut into sentence windows and each window is scored, because an instruction
hidden in one paragraph of a long document is diluted when the document is scored whole. Rules catch the classic
phrasings ("ignore all previous instructions", role markers, "ignoriere alle Anweisungen") and return their spans.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from genaiops.safety.guardrails.base import Composable, make_verdict
from genaiops.safety.verdict import Outcome, Span, Verdict

if TYPE_CHECKING:
    from genaiops.safety.guardrails.textmodel import LinearTextModel

__all__ = ["Jailbreak", "PromptInjection", "injection_rules"]

_RULES: tuple[tuple[str, str], ...] = (
    (
        "override",
        r"\b(?:ignore|disregard|forget|override|bypass|skip)\b[^.\n]{0,30}?\b(?:previous|prior|above|earlier|"
        r"preceding|former|original|system|all|any|your)\b[^.\n]{0,20}?\b(?:instructions?|prompts?|rules?|"
        r"directions?|guidelines?|context|messages?|policies|constraints)\b",
    ),
    (
        "override_de",
        r"\b(?:ignorier\w*|vergiss|vergessen\s+sie|missachte\w*)\b[^.\n]{0,40}?\b(?:anweisung\w*|befehl\w*|"
        r"regeln|vorgaben|aufgaben?|alles|instruktion\w*)\b",
    ),
    (
        "role_reset",
        r"\b(?:you\s+are\s+now|from\s+now\s+on,?\s+you\s+(?:are|will|must)|act\s+as\s+(?:an?\s+)?"
        r"(?:unrestricted|unfiltered|jailbroken|evil))\b",
    ),
    ("jailbreak_persona", r"\b(?:DAN|do\s+anything\s+now|developer\s+mode|jailbr(?:oken|eak)|STAN|AIM)\b"),
    (
        "prompt_leak",
        r"\b(?:reveal|print|show|repeat|output)\b[^.\n]{0,30}?\b(?:system\s+prompt|initial\s+"
        r"instructions|hidden\s+instructions|your\s+instructions)\b",
    ),
    (
        "role_marker",
        r"(?:<\|im_start\|>|<\|system\|>|\[/?(?:system|inst)\]|^\s*(?:system|assistant)\s*:|"
        r"#{2,}\s*(?:new\s+)?instructions?)",
    ),
    (
        "addressed_to_model",
        r"\b(?:(?:AI|assistant|language\s+model|LLM|chatbot)s?\s+(?:reading|processing)\s+"
        r"this|note\s+to\s+(?:the\s+)?(?:AI|assistant|model)|new\s+instructions?\s*:)",
    ),
    (
        "exfiltrate",
        r"\b(?:send|post|forward|upload|email)\b[^.\n]{0,40}?\b(?:api[\s_-]?keys?|passwords?|"
        r"credentials|secrets?|tokens?|conversation|chat\s+history)\b[^.\n]{0,40}?\b(?:to|at)\b",
    ),
)


@cache
def injection_rules() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The compiled rules, as (label, pattern)."""
    flags = re.IGNORECASE | re.MULTILINE
    return tuple((label, re.compile(pattern, flags)) for label, pattern in _RULES)


# Lower-case substrings, one of which a rule needs before its regex is worth running.
_HINTS: dict[str, tuple[str, ...]] = {
    "override": ("ignor", "disregard", "forget", "override", "bypass", "skip"),
    "override_de": ("ignorier", "vergiss", "vergessen", "missacht"),
    "role_reset": ("you are now", "from now on", "act as"),
    "jailbreak_persona": ("dan", "anything now", "developer mode", "jailbr", "stan", "aim"),
    "prompt_leak": ("system prompt", "instructions"),
    "role_marker": ("<|", "[system", "[inst", "[/", "system", "assistant", "##"),
    "addressed_to_model": ("reading this", "processing this", "note to", "instruction"),
    "exfiltrate": ("key", "password", "credential", "secret", "token", "conversation", "chat history"),
}


_JAILBREAK_RULE_LABELS = frozenset({"role_reset", "jailbreak_persona"})


def _rule_spans(text: str, labels: frozenset[str] | None = None) -> list[Span]:
    spans = []
    lower = text.lower()
    for label, pattern in injection_rules():
        if (labels is not None and label not in labels) or not any(h in lower for h in _HINTS[label]):
            continue
        spans.extend(Span(start=m.start(), end=m.end(), label=f"INJECTION:{label}") for m in pattern.finditer(text))
    return spans


def _sentence_windows(text: str) -> list[tuple[int, int]]:
    from genaiops.safety.guardrails.textmodel import sentence_windows

    return sentence_windows(text)


@cache
def _model(name: str) -> LinearTextModel:
    from genaiops.safety.guardrails.textmodel import load_model  # numpy: only a scanner that uses its model

    return load_model(name)


@dataclass(frozen=True)
class PromptInjection(Composable):
    """Instructions that try to take over the model: direct (user input) or indirect (tool output, documents)."""

    name: str = "prompt_injection"
    indirect: bool = False
    threshold: float | None = None
    """Model threshold; ``None`` uses the one chosen by cross-validation at training time."""
    use_model: bool = True
    use_rules: bool = True
    on_hit: Outcome = "block"
    model_name: str = field(default="injection", repr=False)

    def __post_init__(self) -> None:
        if self.use_model:
            _model(self.model_name)  # load the shipped model once, at construction, not on the first check

    def check(self, text: str) -> Verdict:
        spans = _rule_spans(text) if self.use_rules else []
        score, where = (0.0, (0, len(text)))
        if self.use_model and text.strip():
            model = _model(self.model_name)
            regions = _sentence_windows(text) if self.indirect else [(0, len(text))]
            score, where = max(((model.probability(text[a:b]), (a, b)) for a, b in regions), default=(0.0, where))
            threshold = self.threshold if self.threshold is not None else model.threshold
            if score >= threshold:
                spans.append(Span(start=where[0], end=where[1], label="INJECTION:model"))
        hit = bool(spans)
        score = max(score, 1.0 if any(s.label != "INJECTION:model" for s in spans) else 0.0)
        kinds = sorted({s.label.split(":", 1)[1] for s in spans})
        where_text = "in a tool result or document" if self.indirect else "in the input"
        reason = f"prompt injection {where_text} ({', '.join(kinds)}; score {score:.2f})"
        return make_verdict(self.name, hit, score, spans, reason, self.on_hit)


@dataclass(frozen=True)
class Jailbreak(Composable):
    """Prompts that try to talk the model out of its rules (role-play personas, "developer mode", DAN)."""

    name: str = "jailbreak"
    threshold: float | None = None
    on_hit: Outcome = "block"
    use_rules: bool = True

    def __post_init__(self) -> None:
        _model("jailbreak")  # load the shipped model once, at construction, not on the first check

    def check(self, text: str) -> Verdict:
        if not text.strip():
            return make_verdict(self.name, False, 0.0)
        model = _model("jailbreak")
        score = model.probability(text)
        threshold = self.threshold if self.threshold is not None else model.threshold
        hit = score >= threshold
        spans = _rule_spans(text, _JAILBREAK_RULE_LABELS) if self.use_rules and hit else []
        if hit:
            spans.append(Span(start=0, end=len(text), label="JAILBREAK:model"))
        cues = ", ".join(model.top_features(text)) if hit else ""
        reason = f"jailbreak attempt (score {score:.2f}; cues: {cues or 'rules'})"
        return make_verdict(self.name, hit, score, spans if hit else [], reason, self.on_hit)
