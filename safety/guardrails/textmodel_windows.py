"""The scores of many windows of one text, computed together: what :func:`textmodel.sentence_windows` scanners ask.

A document scanned window by window (a tool result, a retrieved page: ~25 overlapping windows of three sentences per
KB) cost ~25 times the array steps of one text, and every word was tokenised and looked up three times, once per
window holding it. Here the text is tokenised once, piece by piece between the windows' ends, each word is looked
up once, and the windows' known words and bigrams are counted and summed in one batch of array steps. The scores
are those of :meth:`LinearTextModel.probability` on each window, bit for bit (the tests compare them).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import accumulate, chain, pairwise, repeat

import numpy as np

from genaiops.safety.guardrails.textmodel import (
    _LOADED,
    _TOKEN,
    LinearTextModel,
    _joint_weights,
    _pair_hits,
    _scales,
    _token_index,
)

__all__ = ["window_probabilities"]

_WORDS_MEET = re.compile(r"\w\w")
"""Two word characters side by side: at a piece boundary, a word the pieces would cut in two."""


def window_probabilities(model: LinearTextModel, text: str, regions: Sequence[tuple[int, int]]) -> list[float]:
    """``[model.probability(text[a:b]) for a, b in regions]``, the same numbers, for a shipped model without stems
    in one batch (any other model, a single region, or a text the pieces cannot be cut from: one by one)."""
    names = tuple(_LOADED)
    words = None
    if len(regions) > 1 and len(names) > 1 and not model.stems and _LOADED.get(model.name) is model:
        words = _region_words(text, regions)
    if words is None:
        return [model.probability(text[a:b]) for a, b in regions]
    return [model._logistic(dot, norm_sq) for dot, norm_sq in _batch_sums(*words, names, names.index(model.name))]


def _region_words(text: str, regions: Sequence[tuple[int, int]]) -> tuple[list[str], list[tuple[int, int]]] | None:
    """The lower-cased words of ``text`` (tokenised once, piece by piece between the regions' ends) and each
    region's words as a (first, end) range of them: the words ``analyze`` finds in ``text[a:b].lower()``. ``None``
    when that does not hold: a region out of bounds, a text ``str.lower`` does not spell character for character
    (a capital sigma is spelt by what follows it; "İ" becomes two characters), or a word running across a piece
    boundary (a sentence window always ends after a stop or a line break)."""
    lowered = text.lower()
    if len(lowered) != len(text) or "\u03a3" in text or not all(0 <= a <= b <= len(text) for a, b in regions):
        return None
    cuts = sorted({0, len(text), *chain.from_iterable(regions)})
    if _WORDS_MEET.search("\0".join(lowered[cut - 1 : cut + 1] for cut in cuts[1:-1])):
        return None
    found = [_TOKEN.findall(lowered, a, b) for a, b in pairwise(cuts)]
    before = dict(zip(cuts, [0, *accumulate(map(len, found))], strict=True))
    return list(chain.from_iterable(found)), [(before[a], before[b]) for a, b in regions]


def _batch_sums(
    words: list[str], ranges: list[tuple[int, int]], names: tuple[str, ...], column: int
) -> list[tuple[float, float]]:
    """``textmodel._sums_of`` of one model without stems for each range of ``words``, bit for bit.

    Every word is looked up once; each range's known words and bigrams (none across two ranges) are counted and
    put in ``_known_rows``' order (the range's words, then its bigrams, each in order of first occurrence); the
    sums are then taken with ``np.bincount``, which adds each range's values one after the other, as ``_sums_of``
    does (numpy sums a matrix of several models' columns over its rows, not its fastest axis, in row order:
    hence ``len(names) > 1``; one model's single column would be summed pairwise)."""
    table = _token_index(names)
    _, matrix = _joint_weights(names)
    every = np.fromiter(map(table.ids.get, words, repeat(-1)), dtype=np.int64, count=len(words))
    starts, ends = np.array(ranges, dtype=np.intp).reshape(-1, 2).T
    lengths = ends - starts
    firsts = np.cumsum(lengths) - lengths  # where each range's words start in the flat array
    flat = np.arange(lengths.sum())
    ids = every[np.repeat(starts - firsts, lengths) + flat]
    owner = np.repeat(np.arange(len(ranges)), lengths)
    # a range's words, then its bigrams, before the next range's: range r's words at firsts[r] + their flat
    # position, its bigrams after them (plus the range's length)
    place = flat + np.repeat(firsts, lengths)
    known = ids >= 0
    word_rows, word_owner, word_place = table.word_rows[ids[known]], owner[known], place[known]
    keep = word_rows >= 0
    pair_rows, looked_up, found = _pair_hits(table, ids, owner[:-1] == owner[1:])
    pair_owner = owner[:-1][looked_up][found]
    pair_place = (place + np.repeat(lengths, lengths))[:-1][looked_up][found]
    size = len(table.features)
    keys = np.concatenate((word_owner[keep] * size + word_rows[keep], pair_owner * size + pair_rows))
    distinct, first, counts = np.unique(keys, return_index=True, return_counts=True)
    order = np.argsort(np.concatenate((word_place[keep], pair_place))[first])
    keys = distinct[order]
    rows, of_range = keys % size, keys // size
    values = matrix[rows, 2 * column] * _scales(counts[order])
    norms = np.bincount(of_range, values * values, minlength=len(ranges))
    dots = np.bincount(of_range, values * matrix[rows, 2 * column + 1], minlength=len(ranges))
    return list(zip(dots.tolist(), norms.tolist(), strict=True))
