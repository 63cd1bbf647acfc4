"""Rewrite detected spans: redact them for good, or pseudonymise them reversibly.

Both rewrite *every occurrence* of a detected value, not only the detected span, so "My name is Vanessa Hertzog
but everyone calls me Vanessa" loses both. Pseudonyms are ``⟦LABEL_xxxxxxxx⟧`` with a keyed hash (HMAC-SHA256) of
the value: the same value under the same key always gets the same pseudonym, across calls, and a
:class:`PseudonymMap` turns pseudonyms back into the originals (:func:`restore`).
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from genaiops.safety.verdict import Span

__all__ = ["PLACEHOLDER", "PseudonymMap", "pseudonymize", "redact", "restore"]

PLACEHOLDER = re.compile(r"⟦[A-Z0-9_:]+⟧")
"""What redaction and pseudonymisation write in place of a value."""


def _intervals(text: str, spans: Iterable[Span]) -> list[tuple[int, int, str]]:
    """Detected spans plus every other occurrence of their values, merged; the label of the first span wins."""
    spans = [s for s in spans if 0 <= s.start < s.end <= len(text)]
    found = [(s.start, s.end, s.label) for s in spans]
    for span in spans:
        value = text[span.start : span.end]
        if value.strip():
            found.extend((i, i + len(value), span.label) for i in _occurrences(text, value))
    merged: list[tuple[int, int, str]] = []
    for start, end, label in sorted(found):
        if merged and start < merged[-1][1]:
            last = merged[-1]
            merged[-1] = (last[0], max(last[1], end), last[2])
        else:
            merged.append((start, end, label))
    return merged


def _occurrences(text: str, value: str) -> list[int]:
    """Start of every non-overlapping occurrence of ``value`` (like ``re.finditer`` on the escaped value)."""
    found = []
    index = text.find(value)
    while index >= 0:
        found.append(index)
        index = text.find(value, index + len(value))
    return found


def _label(label: str) -> str:
    return re.sub(r"[^A-Z0-9_:]", "_", label.upper()) or "PII"


def _rewrite(text: str, intervals: list[tuple[int, int, str]], replace) -> str:
    out, cursor = [], 0
    for start, end, label in intervals:
        out.append(text[cursor:start])
        out.append(replace(text[start:end], label))
        cursor = end
    out.append(text[cursor:])
    return "".join(out)


def redact(text: str, spans: Iterable[Span]) -> str:
    """``text`` with every detected value replaced by ``⟦LABEL⟧``."""
    return _rewrite(text, _intervals(text, spans), lambda _value, label: f"⟦{_label(label)}⟧")


@dataclass(frozen=True)
class PseudonymMap:
    """Pseudonym -> original value; combine maps with ``|``."""

    mapping: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "mapping", MappingProxyType(dict(self.mapping)))

    def __or__(self, other: PseudonymMap) -> PseudonymMap:
        return PseudonymMap({**self.mapping, **other.mapping})

    def __len__(self) -> int:
        return len(self.mapping)


def pseudonymize(text: str, spans: Iterable[Span], key: bytes | str) -> tuple[str, PseudonymMap]:
    """Replace every detected value by a keyed, stable pseudonym; return the text and the map to undo it."""
    secret = key.encode() if isinstance(key, str) else key
    mapping: dict[str, str] = {}

    def replace(value: str, label: str) -> str:
        digest = hmac.new(secret, value.encode("utf-8"), hashlib.sha256).hexdigest()[:10].upper()
        token = f"⟦{_label(label)}_{digest}⟧"
        mapping[token] = value
        return token

    return _rewrite(text, _intervals(text, spans), replace), PseudonymMap(mapping)


def restore(text: str, pseudonyms: PseudonymMap) -> str:
    """Undo :func:`pseudonymize`: every known pseudonym in ``text`` goes back to its original value."""
    return PLACEHOLDER.sub(lambda m: pseudonyms.mapping.get(m.group(), m.group()), text)
