"""How the planner cuts a request: tokens that keep their place in the text, and accent-folded words.

Every other part of the offline planner reads the request through these: the features of both models, the cue
words, the slot rules and the readings' neighbours.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["WORD", "fold", "tokens"]

_TOKEN = re.compile(r"\w[\w.\-:/]*\w|\w|[^\w\s]")
WORD = re.compile(r"\w+")
"""A run of word characters: the words of a request as its n-grams and word counts see them."""


def tokens(text: str) -> list[tuple[str, int, int]]:
    """``(token, start, end)`` of each token: identifiers such as ``run-2026...``, ``2.1.0``, ``eu-west-1`` stay
    whole; punctuation stands alone (``=`` of ``key=value`` splits key from value)."""
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def fold(word: str) -> str:
    """Lower case without accents (``réentraîne`` -> ``reentraine``): typed with or without them alike."""
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))
