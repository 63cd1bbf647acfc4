"""Redaction removes every detected value; pseudonymisation is reversible and stable."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from genaiops.safety.guardrails import ALL_ENTITIES, PLACEHOLDER, detect_pii, pseudonymize, redact, restore
from genaiops.safety.verdict import Span

FRAGMENTS = [
    "jane.doe@example.org",
    "4111 1111 1111 1111",
    "GB82 WEST 1234 5698 7654 32",
    "+44 20 7946 0958",
    "192.168.10.24",
    "Laila Hansen",
    "https://example.com/x",
    "536-22-1234",
    "Estonia",
    "born on 2/8/1935",
    "2437 Main St",
    "Call me",
    "my name is",
    " and ",
    ", ",
    ". ",
    "\n",
]

texts = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=12).map("".join)


@settings(max_examples=150, deadline=None)
@given(texts)
def test_guard_redaction_leaves_no_detected_value(text: str) -> None:
    """After redaction no detected value is left anywhere in the text (placeholders aside)."""
    spans = detect_pii(text, ALL_ENTITIES)
    pieces = PLACEHOLDER.split(redact(text, spans))
    for span in spans:
        value = text[span.start : span.end]
        assert not any(value in piece for piece in pieces), (value, pieces)


@settings(max_examples=150, deadline=None)
@given(texts, st.text(min_size=1, max_size=8))
def test_guard_pseudonymize_round_trips(text: str, key: str) -> None:
    """restore(pseudonymize(text)) gives back the original text exactly."""
    spans = detect_pii(text, ALL_ENTITIES)
    masked, pseudonyms = pseudonymize(text, spans, key)
    assert restore(masked, pseudonyms) == text
    pieces = PLACEHOLDER.split(masked)
    for span in spans:
        assert not any(text[span.start : span.end] in piece for piece in pieces)


@settings(deadline=None)
@given(st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40)), max_size=6), st.text(max_size=40))
def test_guard_redaction_accepts_any_spans(bounds: list[tuple[int, int]], text: str) -> None:
    """Arbitrary, overlapping or out-of-range spans never make redaction fail or leave their values behind."""
    spans = [Span(start=min(a, b), end=max(a, b), label="X") for a, b in bounds]
    pieces = PLACEHOLDER.split(redact(text, spans))
    for span in spans:
        value = text[span.start : span.end]
        if span.end <= len(text) and value.strip():
            assert not any(value in piece for piece in pieces)


def test_guard_pseudonyms_are_stable_per_key() -> None:
    """The same value gets the same pseudonym under one key and a different one under another key."""
    text = "Contact jane.doe@example.org"
    spans = detect_pii(text)
    first, _ = pseudonymize(text, spans, "k1")
    again, _ = pseudonymize(text, spans, "k1")
    other, _ = pseudonymize(text, spans, "k2")
    assert first == again != other
    assert "jane.doe" not in first
