"""Deterministic text measures: similarity to a reference, groundedness in a context, refusal detection.

No model, no download, the same numbers on every machine. The methods, and what they cannot see:

- **Tokens**: lowercase words and numbers (``\\w+``), English stopwords dropped, a light suffix stemmer
  (``returns``/``returned``/``returning`` -> ``return``). Synonyms and paraphrases do not match.
- **Similarity** ``cosine``: cosine of term-frequency vectors of the two token lists; ``token_f1``: the F1 of the
  token multisets (as in SQuAD). Both in [0, 1].
- **Groundedness**: the output is split into sentences (claims); a claim is *supported* when at least
  ``support`` (default 0.6) of its distinct content tokens occur in the context **and** every number in it occurs
  in the context. The score is supported claims / claims; sentences without content tokens, or with only courtesy
  words (``FILLER``: "Sure, happy to help!"), are not claims. Negation and word order are not checked ("returns
  are not accepted" is supported by "returns are accepted"): it catches invented facts, numbers and names, not
  subtle contradictions.
- **Refusal**: an output refuses when one of ``REFUSAL_PATTERNS`` matches in its first 300 characters
  ("I can't help with", "I'm sorry, but I cannot", "As an AI", ...).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

__all__ = [
    "REFUSAL_PATTERNS",
    "Grounding",
    "content_tokens",
    "cosine_similarity",
    "ground",
    "is_refusal",
    "split_sentences",
    "token_f1",
]

_STOPWORD_TEXT = """a about above after again against all am an and any are as at be because been before being below
between both but by can could did do does doing down during each few for from further had has have having he her here
hers herself him himself his how i if in into is it its itself just me more most my myself no nor not of off on once
only or other our ours ourselves out over own same she should so some such than that the their theirs them themselves
then there these they this those through to too under until up very was we were what when where which while who whom
why will with would you your yours yourself yourselves"""
STOPWORDS = frozenset(_STOPWORD_TEXT.split())
_FILLER_TEXT = "sure yes ok okay please thanks thank hello hi certainly course happy glad help"
FILLER = frozenset(_FILLER_TEXT.split())
"""Courtesy words that make no claim: a sentence of only these ("Sure, happy to help!") is not checked."""
_WORD = re.compile(r"\w+", re.UNICODE)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
_SUFFIXES = ("ing", "ed", "es", "s")

REFUSAL_PATTERNS: tuple[str, ...] = (
    r"\bI(?: am|'m) (?:sorry|afraid),? (?:but )?I (?:can(?:no|')t|cannot|won't|am not able|'m not able|am unable)",
    r"\bI (?:can(?:no|')t|cannot|won't|will not) (?:help|assist|provide|comply|do that|share|answer)",
    r"\bI(?: am|'m) (?:not able|unable) to (?:help|assist|provide|comply|answer|share)",
    r"\bI (?:must|have to) (?:decline|refuse)",
    r"\bAs an AI\b",
    r"\b(?:not|never) (?:able|allowed|permitted) to (?:help|assist|provide|share) (?:with )?(?:that|this)",
)
_REFUSAL = re.compile("|".join(f"(?:{p})" for p in REFUSAL_PATTERNS), re.IGNORECASE)


def _stem(word: str) -> str:
    for suffix in _SUFFIXES:
        if len(word) > len(suffix) + 2 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def content_tokens(text: str) -> list[str]:
    """Lowercased, stemmed words and numbers of ``text`` without stopwords, in order."""
    return [_stem(w) for w in _WORD.findall(text.lower()) if w not in STOPWORDS]


def cosine_similarity(a: str, b: str) -> float:
    """Cosine of the term-frequency vectors of ``a`` and ``b`` (1.0 when both have no content tokens)."""
    ca, cb = Counter(content_tokens(a)), Counter(content_tokens(b))
    if not ca and not cb:
        return 1.0
    dot = sum(ca[t] * cb[t] for t in ca.keys() & cb.keys())
    norm = math.sqrt(sum(v * v for v in ca.values())) * math.sqrt(sum(v * v for v in cb.values()))
    return dot / norm if norm else 0.0


def token_f1(a: str, b: str) -> float:
    """F1 of the content-token multisets of ``a`` (prediction) and ``b`` (reference)."""
    ca, cb = Counter(content_tokens(a)), Counter(content_tokens(b))
    if not ca and not cb:
        return 1.0
    common = sum((ca & cb).values())
    if not common:
        return 0.0
    precision, recall = common / sum(ca.values()), common / sum(cb.values())
    return 2 * precision * recall / (precision + recall)


def split_sentences(text: str) -> list[str]:
    """Sentences of ``text``: split after ``.``, ``!`` or ``?`` followed by space, and at line breaks."""
    return [s.strip() for s in _SENTENCE_END.split(text) if s and s.strip()]


@dataclass(frozen=True, slots=True)
class Grounding:
    """How well an output is supported by its context."""

    score: float
    """Supported claims / claims (1.0 when the output makes no claim)."""
    claims: int
    unsupported: tuple[str, ...]


def ground(output: str, context: str, support: float = 0.6) -> Grounding:
    """Check each sentence of ``output`` against ``context`` (see the module docstring for the method)."""
    known = set(content_tokens(context))
    numbers = {_normalise_number(n) for n in _NUMBER.findall(context)}
    claims, unsupported = 0, []
    for sentence in split_sentences(output):
        tokens = set(content_tokens(sentence)) - FILLER
        if not tokens:
            continue
        claims += 1
        covered = len(tokens & known) / len(tokens)
        invented = {_normalise_number(n) for n in _NUMBER.findall(sentence)} - numbers
        if covered < support or invented:
            unsupported.append(sentence)
    score = 1.0 if claims == 0 else (claims - len(unsupported)) / claims
    return Grounding(score=score, claims=claims, unsupported=tuple(unsupported))


def _normalise_number(text: str) -> str:
    return text.replace(",", "")


def is_refusal(text: str) -> bool:
    """True when the opening of ``text`` reads as a refusal to answer."""
    return _REFUSAL.search(text[:300]) is not None
