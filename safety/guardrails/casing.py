"""Case-blind matching made fast: when lower-casing a text and matching lower-case patterns finds exactly what
IGNORECASE would (``lowers_alike``). Pure, without pydantic: the secrets scan of a scenario's arguments
(``graphs.arg_checks``) imports it without the guardrails' verdict models."""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["lower_cased", "lowers_alike"]


_CASE_ODD = re.compile("[\u0130\u0131\u017f]")
"""The only characters that case-blind matching reads as an ASCII letter while ``str.lower`` does not turn them into
that letter alone: "İ" lowers to two characters, "ı" and "ſ" match i and s but lower to themselves."""


@lru_cache(maxsize=32)
def lower_cased(text: str) -> str:
    """``text.lower()``, cached: the scanners of one pipeline each lower-case the same text (the rules on the text
    and on each of its views, the text models, toxicity, secrets, personal data), ~60k instructions per KB of
    non-ASCII text each time."""
    return text.lower()


@lru_cache(maxsize=32)
def lowers_alike(text: str) -> bool:
    """Whether a case-blind pattern whose letters are lower-case ASCII finds in ``text`` exactly what the same
    pattern without IGNORECASE finds in ``text.lower()``, at the same positions: true for ASCII text and for any
    text without ``_CASE_ODD`` (lower-casing keeps every other character one character, a letter a letter, and
    turns exactly the characters the pattern's letters match into those letters). Scanners use it to run their
    faster lower-case patterns, which the engine can jump through, on most non-ASCII text too."""
    return text.isascii() or _CASE_ODD.search(text) is None
