"""The fourth blind PII probe set (#14.6) is well formed: it loads, every gold span is the marked text at the place
marked, the counts its docstring states hold, the look-alike kind carries no span, every card passes Luhn and every
IBAN mod-97, and no text repeats itself or one of the earlier blind sets. The marker and bench-wiring checks run on
the third set too (they were that set's own tests). Nothing here runs the detector: the sets are scored only by
``bench/toxicity.py --split pii-blind3`` / ``pii-blind4``."""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from genaiops.safety.guardrails import DEFAULT_ENTITIES
from genaiops.safety.guardrails.train.pii_blind import pii_blind_cases
from genaiops.safety.guardrails.train.pii_blind2 import pii_blind2_cases
from genaiops.safety.guardrails.train.pii_blind3 import BLIND3, pii_blind3_cases
from genaiops.safety.guardrails.train.pii_blind4 import BLIND4, pii_blind4_cases

ROOT = Path(__file__).resolve().parents[2]
MARK = re.compile(r"\[\[([A-Z_]+):(.*?)\]\]", re.S)
COUNTS = {
    "PERSON": 178,
    "PHONE_NUMBER": 50,
    "DATE_OF_BIRTH": 28,
    "EMAIL_ADDRESS": 21,
    "URL_CREDENTIALS": 15,
    "IBAN_CODE": 12,
    "CREDIT_CARD": 10,
    "LOCATION": 10,
    "IP_ADDRESS": 9,
}


def _luhn(number: str) -> bool:
    digits = [int(c) for c in reversed(number) if c.isdigit()]
    return sum(d if i % 2 == 0 else (2 * d - 9 if d > 4 else 2 * d) for i, d in enumerate(digits)) % 10 == 0


def _mod97(iban: str) -> bool:
    compact = iban.replace(" ", "")
    return int("".join(str(int(c, 36)) for c in compact[4:] + compact[:4])) % 97 == 1


@pytest.mark.parametrize(
    ("sections", "load", "part"), [(BLIND3, pii_blind3_cases, "blind3"), (BLIND4, pii_blind4_cases, "blind4")]
)
def test_spans_are_the_marked_values_in_order_and_lie_inside_the_text(sections, load, part: str) -> None:
    """Parsed again here, independently of the loader: each marker's value and label, in order, is a gold span."""
    marked = [text for texts in sections.values() for text in texts]
    cases = load()
    assert len(cases) == len(marked) and all(sections.values())
    for raw, case in zip(marked, cases, strict=True):
        assert case.part == part and "[[" not in case.text and "]]" not in case.text
        assert MARK.sub(lambda m: m.group(2), raw) == case.text
        assert [(case.text[a:b], label) for a, b, label in case.spans] == [
            (m.group(2), m.group(1)) for m in MARK.finditer(raw)
        ]
        assert all(0 <= a < b <= len(case.text) for a, b, _ in case.spans)
        assert all(case.text[a:b] == case.text[a:b].strip() for a, b, _ in case.spans)
        assert all(b1 <= a2 for (_, b1, _), (a2, _, _) in zip(case.spans, case.spans[1:], strict=False))


def test_counts_match_the_docstring_and_the_brief() -> None:
    """At least 220 texts and about 40 without PII, all of those in the look-alike kind; labels the earlier sets'
    own and all among the detector's default entities."""
    cases = pii_blind4_cases()
    counts = Counter(label for c in cases for *_, label in c.spans)
    assert dict(counts) == COUNTS
    assert (len(cases), sum(counts.values()), sum(not c.spans for c in cases)) == (236, 333, 45)
    assert {c.kind for c in cases if not c.spans} == {"look_alikes"}
    assert all(c.spans for c in cases if c.kind != "look_alikes")
    earlier = {label for c in pii_blind_cases() + pii_blind2_cases() + pii_blind3_cases() for *_, label in c.spans}
    assert set(counts) <= earlier and set(counts) <= DEFAULT_ENTITIES


@pytest.mark.parametrize(("label", "valid"), [("CREDIT_CARD", _luhn), ("IBAN_CODE", _mod97)])
def test_card_numbers_and_ibans_are_valid(label: str, valid) -> None:
    """Every card number passes Luhn and every IBAN mod-97, so a checksum-validating detector can find them."""
    values = [c.text[a:b] for c in pii_blind4_cases() for a, b, lab in c.spans if lab == label]
    assert values and all(valid(v) for v in values)


def test_no_text_repeats_within_the_set_or_from_the_earlier_blind_sets() -> None:
    texts = [c.text for c in pii_blind4_cases()]
    earlier = {c.text for c in pii_blind_cases() + pii_blind2_cases() + pii_blind3_cases()}
    assert len(set(texts)) == len(texts)
    assert not set(texts) & earlier


@pytest.mark.parametrize(("split", "chat_split"), [("pii-blind3", "blind3"), ("pii-blind4", "blind4")])
def test_the_bench_offers_the_split_without_scoring_it_here(split: str, chat_split: str) -> None:
    """`--split pii-blindN` is a choice of bench/toxicity.py, and --show-errors with a chat split names it; neither
    call runs the detector on the set (it is scored once, by hand)."""
    run = [sys.executable, "bench/toxicity.py"]
    helped = subprocess.run([*run, "--help"], cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)
    module = split.replace("-", "_") + ".py"
    assert helped.returncode == 0 and split in helped.stdout and module in helped.stdout
    bad = subprocess.run(
        [*run, "--split", chat_split, "--show-errors"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert bad.returncode == 2 and "--show-errors goes with" in bad.stderr and split in bad.stderr
