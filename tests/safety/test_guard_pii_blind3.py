"""The third blind PII probe set (#14.6) is well formed: it loads, every gold span is the marked text at the place
marked, the counts its docstring states hold, and no text repeats itself or one of the earlier blind sets. Nothing
here runs the detector: the set is scored only by ``bench/toxicity.py --split pii-blind3``. The marker check and the
bench-wiring check of this set live in test_guard_pii_blind4.py, run for both sets."""

from __future__ import annotations

from collections import Counter

from genaiops.safety.guardrails.train.pii_blind import pii_blind_cases
from genaiops.safety.guardrails.train.pii_blind2 import pii_blind2_cases
from genaiops.safety.guardrails.train.pii_blind3 import pii_blind3_cases

COUNTS = {
    "PERSON": 106,
    "PHONE_NUMBER": 32,
    "DATE_OF_BIRTH": 23,
    "EMAIL_ADDRESS": 21,
    "LOCATION": 15,
    "IP_ADDRESS": 12,
    "URL_CREDENTIALS": 11,
    "CREDIT_CARD": 8,
    "IBAN_CODE": 7,
    "URL": 2,
}


def test_counts_match_the_docstring_and_the_brief() -> None:
    """At least 120 texts, 200 spans and 30 texts without PII; the labels are the earlier sets' own."""
    cases = pii_blind3_cases()
    counts = Counter(label for c in cases for *_, label in c.spans)
    assert dict(counts) == COUNTS
    assert (len(cases), sum(counts.values()), sum(not c.spans for c in cases)) == (234, 237, 56)
    earlier = {label for c in pii_blind_cases() + pii_blind2_cases() for *_, label in c.spans}
    assert set(counts) <= earlier


def test_no_text_repeats_within_the_set_or_from_the_earlier_blind_sets() -> None:
    texts = [c.text for c in pii_blind3_cases()]
    earlier = {c.text for c in pii_blind_cases() + pii_blind2_cases()}
    assert len(set(texts)) == len(texts)
    assert not set(texts) & earlier
