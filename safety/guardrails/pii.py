"""PII detection: structured identifiers (checked by phonenumbers / python-stdnum / ipaddress) and names, places
and addresses (gazetteers and cues), merged into non-overlapping spans.

``PII`` reports the spans; what happens to them (flag, block, redact, pseudonymise) is the pipeline policy's
business (see :mod:`redaction`). ``ALL_ENTITIES`` lists every type; ``DEFAULT_ENTITIES`` the personal data proper
(generic dates, ages, titles, organisations and ZIP codes are off by default: they are context, not identity).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass

from genaiops.safety.guardrails.base import Composable, lowers_alike, make_verdict
from genaiops.safety.guardrails.casing import lower_cased
from genaiops.safety.guardrails.pii_addresses import find_addresses, find_nationalities, find_organizations
from genaiops.safety.guardrails.pii_chat import find_chat_names, refine_names
from genaiops.safety.guardrails.pii_names import gazetteer
from genaiops.safety.guardrails.pii_ops import find_credential_urls, find_world_names
from genaiops.safety.guardrails.pii_patterns import (
    DOB_WORDS,
    DOB_WORDS_OTHER_SCRIPTS,
    PATTERN_RECOGNIZERS,
    births_after_names,
)
from genaiops.safety.guardrails.pii_runs import find_runs, load_run_model
from genaiops.safety.verdict import Outcome, Span, Verdict

__all__ = ["ALL_ENTITIES", "DEFAULT_ENTITIES", "PII", "detect_pii"]

# recogniser -> labels it can produce
_RECOGNIZERS: tuple[tuple[Callable[[str], list[Span]], frozenset[str]], ...] = (
    *(
        (fn, frozenset({label}))
        for label, fn in PATTERN_RECOGNIZERS.items()
        if label not in {"DATE_TIME", "NATIONAL_ID"}
    ),
    (PATTERN_RECOGNIZERS["DATE_TIME"], frozenset({"DATE_TIME", "DATE_OF_BIRTH"})),
    (PATTERN_RECOGNIZERS["NATIONAL_ID"], frozenset({"US_SSN", "NATIONAL_ID"})),
    (find_runs, frozenset({"PERSON", "LOCATION", "ORGANIZATION", "NRP"})),
    (find_addresses, frozenset({"STREET_ADDRESS"})),
    (find_organizations, frozenset({"ORGANIZATION"})),
    (find_nationalities, frozenset({"NRP"})),
    (find_credential_urls, frozenset({"URL_CREDENTIALS"})),  # #14.6: ops-language PII (pii_ops.py)
    (find_world_names, frozenset({"PERSON"})),
    (find_chat_names, frozenset({"PERSON"})),  # lone lower-case names after a person cue (pii_chat.py)
)
ALL_ENTITIES: frozenset[str] = frozenset().union(*(labels for _, labels in _RECOGNIZERS))
DEFAULT_ENTITIES: frozenset[str] = ALL_ENTITIES - {"DATE_TIME", "AGE", "TITLE", "ORGANIZATION", "ZIP_CODE", "NRP"}
# (US_DRIVER_LICENSE stays on: it is an identifier, found only after a "driver's license" cue)
# checked identifiers win any overlap; then longer spans win
_FIRST = frozenset(
    {
        "EMAIL_ADDRESS",
        "CREDIT_CARD",
        "IBAN_CODE",
        "US_SSN",
        "NATIONAL_ID",
        "IP_ADDRESS",
        "URL",
        "URL_CREDENTIALS",
        "US_DRIVER_LICENSE",
    }
)


def _resolve(spans: list[Span]) -> list[Span]:
    """Keep checked identifiers first, then longer spans, never two that overlap (O(n log n))."""
    ordered = sorted(spans, key=lambda s: (s.label not in _FIRST, -(s.end - s.start), s.start, s.label))
    starts: list[int] = []  # kept spans, sorted by start; they never overlap, so ends are sorted too
    kept: list[Span] = []
    for span in ordered:
        if span.end <= span.start:
            continue
        i = bisect.bisect_right(starts, span.start)
        if i and kept[i - 1].end > span.start:
            continue
        if i < len(kept) and kept[i].start < span.end:
            continue
        starts.insert(i, span.start)
        kept.insert(i, span)
    return kept


_NUMERIC = frozenset(
    {"IP_ADDRESS", "CREDIT_CARD", "IBAN_CODE", "US_SSN", "NATIONAL_ID", "PHONE_NUMBER", "AGE", "STREET_ADDRESS"}
)
_DIGITS = re.compile(r"\d\d")
_DIGIT = re.compile(r"\d")
_ADDRESS = frozenset({"STREET_ADDRESS"})
_DOB_HINT = re.compile(rf"(?i){DOB_WORDS}")
_DOB_HINT_LOWER = re.compile(DOB_WORDS)
"""``_DOB_HINT`` for lower-cased text: without IGNORECASE the engine jumps to the next b or d (~5x faster); on text
that ``lowers_alike`` (ASCII, most non-ASCII text), lower-casing and IGNORECASE agree exactly."""


_DOB_HINT_OTHER = re.compile(DOB_WORDS_OTHER_SCRIPTS)
"""Birth cues in other scripts, on lower-cased text that is not ASCII (no IGNORECASE: it slows every position)."""


def _dob_hint(text: str) -> bool:
    if not text.isascii() and _DOB_HINT_OTHER.search(text.lower()) is not None:
        return True
    if lowers_alike(text):
        return _DOB_HINT_LOWER.search(lower_cased(text)) is not None
    return _DOB_HINT.search(text) is not None


def detect_pii(text: str, entities: frozenset[str] = DEFAULT_ENTITIES) -> list[Span]:
    """Non-overlapping PII spans of the given entity types, in text order."""
    found: list[Span] = []
    digits = _DIGITS.search(text) is not None
    dates_wanted = "DATE_TIME" in entities or _dob_hint(text)
    for recognizer, labels in _RECOGNIZERS:
        if not labels & entities:
            continue
        if not digits and labels <= _NUMERIC and (labels != _ADDRESS or _DIGIT.search(text) is None):
            continue  # an address needs one digit only: "4 King Road"
        if "DATE_OF_BIRTH" in labels and not dates_wanted:
            continue  # only dates of birth are wanted, and nothing here announces one
        found.extend(recognizer(text))
    if "PERSON" in entities or "LOCATION" in entities:
        found = refine_names(text, found)  # products, ALL CAPS common words, digits: before overlaps are resolved
    if "DATE_OF_BIRTH" in entities and digits:
        found += births_after_names(text, found)  # "Jane Doe, 22/11/1983": no cue word, a person's date
    return [s for s in _resolve(found) if s.label in entities]


@dataclass(frozen=True)
class PII(Composable):
    """Personal data in text; use a ``redact`` or ``pseudonymize`` policy in a pipeline to rewrite it."""

    name: str = "pii"
    entities: frozenset[str] = DEFAULT_ENTITIES
    on_hit: Outcome = "flag"

    def __post_init__(self) -> None:
        unknown = set(self.entities) - ALL_ENTITIES
        if unknown:
            raise ValueError(f"unknown PII entity types {sorted(unknown)}; known: {sorted(ALL_ENTITIES)}")
        object.__setattr__(self, "entities", frozenset(self.entities))
        gazetteer()  # load the shipped gazetteer and run model once, at construction
        load_run_model()

    def check(self, text: str) -> Verdict:
        spans = detect_pii(text, self.entities)
        kinds = sorted({s.label for s in spans})
        reason = f"personal data: {', '.join(kinds)} ({len(spans)} span{'s' if len(spans) != 1 else ''})"
        return make_verdict(self.name, bool(spans), 1.0 if spans else 0.0, spans, reason, self.on_hit)
