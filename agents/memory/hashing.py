"""scikit-learn's ``HashingVectorizer`` counts, computed in plain Python for a few short texts (a request to
search with), so a search does not import scikit-learn (about 1.3 s of CPU) to embed one line.

It reproduces, exactly, the two vectorizers ``encoders`` builds (``lowercase=True``, ``alternate_sign=False``,
``norm=None``): word 1-2-grams of ``(?u)\\b[\\w-]+\\b`` tokens and ``char_wb`` 3-5-grams, each n-gram's UTF-8
bytes hashed with MurmurHash3 (x86, 32-bit, seed 0, signed) to the column ``abs(h) % n_features``. The counts
are small integers, so the float64 matrix is the same bit for bit; ``encoders`` uses scikit-learn itself for
larger batches (indexing a folder), where its compiled loop is faster.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

__all__ = ["hashed_counts"]

_TOKEN = re.compile(r"(?u)\b[\w-]+\b")
_WHITE_SPACES = re.compile(r"\s\s+")
_MASK = 0xFFFFFFFF


def hashed_counts(texts: list[str], n_features: int, analyzer: str) -> np.ndarray:
    """The dense float64 counts ``HashingVectorizer(analyzer=analyzer, ...).transform(texts).toarray()`` gives
    (``analyzer``: ``word`` for 1-2-grams, ``char_wb`` for 3-5-grams)."""
    import numpy as np

    grams = _word_grams if analyzer == "word" else _char_wb_grams
    counts = np.zeros((len(texts), n_features), dtype=np.float64)
    for row, text in enumerate(texts):
        for gram in grams(text.lower()):
            counts[row, _column(_murmur3(gram.encode("utf-8")), n_features)] += 1.0
    return counts


def _word_grams(text: str) -> list[str]:
    tokens = _TOKEN.findall(text)
    return tokens + [f"{a} {b}" for a, b in zip(tokens, tokens[1:], strict=False)]


def _char_wb_grams(text: str) -> list[str]:
    grams = []
    for word in _WHITE_SPACES.sub(" ", text).split():
        word = f" {word} "
        for n in range(3, 6):
            offset = 0
            grams.append(word[offset : offset + n])
            while offset + n < len(word):
                offset += 1
                grams.append(word[offset : offset + n])
            if offset == 0:  # a short word counts once
                break
    return grams


def _column(h: int, n_features: int) -> int:
    if h == -(2**31):  # abs() would overflow in C: scikit-learn's own rule
        return (2**31 - 1 - (n_features - 1)) % n_features
    return abs(h) % n_features


def _murmur3(data: bytes) -> int:
    """MurmurHash3_x86_32 of ``data`` with seed 0, as a signed 32-bit integer."""
    c1, c2, h, end = 0xCC9E2D51, 0x1B873593, 0, len(data) - len(data) % 4
    for i in range(0, end, 4):
        k = (int.from_bytes(data[i : i + 4], "little") * c1) & _MASK
        k = (((k << 15) | (k >> 17)) & _MASK) * c2 & _MASK
        h ^= k
        h = (((h << 13) | (h >> 19)) & _MASK) * 5 + 0xE6546B64 & _MASK
    tail = data[end:]
    if tail:
        k = int.from_bytes(tail, "little")
        k = (k * c1) & _MASK
        k = (((k << 15) | (k >> 17)) & _MASK) * c2 & _MASK
        h ^= k
    h ^= len(data)
    h ^= h >> 16
    h = (h * 0x85EBCA6B) & _MASK
    h ^= h >> 13
    h = (h * 0xC2B2AE35) & _MASK
    h ^= h >> 16
    return h - 2**32 if h & 0x80000000 else h
