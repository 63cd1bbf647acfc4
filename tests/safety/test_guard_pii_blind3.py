"""The third blind PII probe set (#14.6) is well formed: it loads, every gold span is the marked text at the place
marked, the counts its docstring states hold, and no text repeats itself or one of the earlier blind sets. Nothing
here runs the detector: the set is scored only by ``bench/toxicity.py --split pii-blind3``."""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

from genaiops.safety.guardrails.train.pii_blind import pii_blind_cases
from genaiops.safety.guardrails.train.pii_blind2 import pii_blind2_cases
from genaiops.safety.guardrails.train.pii_blind3 import BLIND3, pii_blind3_cases

ROOT = Path(__file__).resolve().parents[2]
MARK = re.compile(r"\[\[([A-Z_]+):(.*?)\]\]", re.S)
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


def test_spans_are_the_marked_values_in_order_and_lie_inside_the_text() -> None:
    """Parsed again here, independently of the loader: each marker's value and label, in order, is a gold span."""
    marked = [text for texts in BLIND3.values() for text in texts]
    cases = pii_blind3_cases()
    assert len(cases) == len(marked) and all(BLIND3.values())
    for raw, case in zip(marked, cases, strict=True):
        assert case.part == "blind3" and "[[" not in case.text and "]]" not in case.text
        assert MARK.sub(lambda m: m.group(2), raw) == case.text
        assert [(case.text[a:b], label) for a, b, label in case.spans] == [
            (m.group(2), m.group(1)) for m in MARK.finditer(raw)
        ]
        assert all(0 <= a < b <= len(case.text) for a, b, _ in case.spans)
        assert all(case.text[a:b] == case.text[a:b].strip() for a, b, _ in case.spans)
        assert all(b1 <= a2 for (_, b1, _), (a2, _, _) in zip(case.spans, case.spans[1:], strict=False))


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


def test_the_bench_offers_the_split_without_scoring_it_here() -> None:
    """`--split pii-blind3` is a choice of bench/toxicity.py, and --show-errors with a chat split names it; neither
    call runs the detector on the set (it is scored once, by hand)."""
    run = [sys.executable, "bench/toxicity.py"]
    helped = subprocess.run([*run, "--help"], cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)
    assert helped.returncode == 0 and "pii-blind3" in helped.stdout and "pii_blind3.py" in helped.stdout
    bad = subprocess.run(
        [*run, "--split", "blind3", "--show-errors"], cwd=ROOT, capture_output=True, text=True, timeout=120, check=False
    )
    assert bad.returncode == 2 and "--show-errors goes with" in bad.stderr and "pii-blind3" in bad.stderr
