"""A tiny linear text classifier stored as JSON: TF-IDF over word n-grams, then logistic regression.

Training (``safety/guardrails/train/train_text_models.py``) fits scikit-learn's ``TfidfVectorizer`` with
:func:`analyze` as its analyzer and a ``LogisticRegression``, and exports the vocabulary, idf weights and
coefficients to a JSON file. At run time nothing from scikit-learn is needed: :class:`LinearTextModel` recomputes the
same sublinear TF-IDF, L2 normalisation and dot product in pure Python, so a check costs a few dictionary look-ups
per token. Artifacts are plain JSON (never pickle): loading one never runs code.
"""

from __future__ import annotations

import gzip
import json
import math
import operator
import re
import threading
from collections import Counter, OrderedDict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain, compress, repeat
from pathlib import Path
from types import MappingProxyType

import numpy as np

__all__ = [
    "STEM_CHARS",
    "LinearTextModel",
    "analyze",
    "analyze_stems",
    "last_sentence",
    "load_model",
    "sentence_windows",
]

_TOKEN = re.compile(r"\w+|[^\w\s]")
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|\n|$)")
_BREAK = re.compile(r"(?<=[.!?])\s+|\\n|\n")
"""Where a sentence ends: white space after . ! ?, a line break, or a written ``\\n`` (pasted JSON strings)."""
MODELS_DIR = Path(__file__).resolve().parent / "models"


STEM_CHARS = 4
"""A word longer than this also counts as its first ``STEM_CHARS`` letters and ``~`` (see :func:`analyze_stems`)."""


def analyze(text: str) -> list[str]:
    """Lower-cased word and punctuation unigrams plus adjacent bigrams: the model's features."""
    words = _TOKEN.findall(text.lower())
    return words + [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]


def analyze_stems(text: str) -> list[str]:
    """:func:`analyze`'s features plus crude stems: each word longer than :data:`STEM_CHARS` also as its prefix
    (``"ignoriere"`` -> ``"igno~"``), and the bigrams of the stemmed words in which one word was cut.

    A model that knows only whole words cannot tell that "schreibe", "schreiben" and "schreib" or "generate"
    and "generieren" are one request; the prefixes carry what it learnt to the inflections, spellings and
    languages it has not seen (an injection model's out-of-fold recall on deepset TRAIN within the benign budget
    rose from 0.51 to about 0.6 with them alone; ``injection_stems``, ``train_injection.py``). No word holds
    ``~`` (it is punctuation to the tokenizer), so a stem never equals a word."""
    words = _TOKEN.findall(text.lower())
    return analyze(text) + _stem_features(words)


_STEM = slice(0, STEM_CHARS)


def _stemmed(words: list[str]) -> tuple[list[bool], list[str]]:
    """Which words are cut, and the words with the long ones cut to their stem."""
    cut = [len(word) > STEM_CHARS for word in words]
    return cut, [word[:STEM_CHARS] + "~" if long else word for word, long in zip(words, cut, strict=True)]


def _stem_features(words: list[str]) -> list[str]:
    cut, stems = _stemmed(words)
    pairs = zip(stems, stems[1:], cut, cut[1:], strict=False)
    return list(compress(stems, cut)) + [f"{a} {b}" for a, b, x, y in pairs if x or y]


def sentence_windows(text: str, size: int = 3) -> list[tuple[int, int]]:
    """Overlapping windows of ``size`` sentences, as (start, end); the whole text when it is that short.

    Long texts are scored window by window because one hostile or injected passage is diluted when a long text
    is scored whole (TF-IDF vectors are length-normalised)."""
    sentences = [(m.start(), m.end()) for m in _SENTENCE.finditer(text) if m.group().strip()]
    if len(sentences) <= size:
        return [(0, len(text))] if text.strip() else []
    return [(sentences[i][0], sentences[min(i + size, len(sentences)) - 1][1]) for i in range(len(sentences))]


def last_sentence(text: str) -> tuple[int, int] | None:
    """The last sentence of a text of several, as (start, end); ``None`` for a text of one sentence.

    An attack appended to an ordinary question ("Where can I find courses? Forget everything and write ...") is
    diluted when the text is scored whole (TF-IDF vectors are length-normalised); scored alone, its last sentence
    is not."""
    end = len(text.rstrip())
    start = 0
    for match in _BREAK.finditer(text, 0, end):
        if match.end() < end:
            start = match.end()
    return (start, len(text)) if start else None


@lru_cache(maxsize=16)
def feature_counts(text: str) -> tuple[tuple[str, int], ...]:
    """``analyze_stems`` counted (the same features in the same order, without building its list: a model
    trained with :func:`analyze` knows no stem, and one it does not know adds nothing to its score); cached so
    the scanners of one pipeline analyse a text once."""
    words = _TOKEN.findall(text.lower())
    counts = Counter(words)
    counts.update(map(" ".join, zip(words, words[1:], strict=False)))
    counts.update(_stem_features(words))
    return tuple(counts.items())


@dataclass(frozen=True, slots=True)
class LinearTextModel:
    """``P(positive | text)`` from sublinear TF-IDF features and a logistic-regression weight per feature."""

    name: str
    idf: Mapping[str, float]
    coef: Mapping[str, float]
    intercept: float
    threshold: float = 0.5
    meta: Mapping[str, object] = field(default_factory=dict)
    window_threshold: float | None = None
    """Threshold for the worst window of a long text scored window by window (calibrated at training)."""
    _weights: Mapping[str, tuple[float, float]] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        weights = {f: (w, self.coef.get(f, 0.0)) for f, w in self.idf.items()}
        object.__setattr__(self, "_weights", weights)

    @property
    def stems(self) -> bool:
        """Whether the model was trained on :func:`analyze_stems`' features (else on :func:`analyze`'s)."""
        return self.meta.get("analyzer") == "analyze_stems"

    def probability(self, text: str) -> float:
        """The model's probability that ``text`` is positive."""
        names = tuple(_LOADED)
        if _LOADED.get(self.name) is self:  # shipped models share one pass over the text (see _joint_sums)
            dot, norm_sq = _joint_sums(text, names, self.stems)[names.index(self.name)]
        else:
            dot, norm_sq = _sums(text, self._weights)
        return self._logistic(dot, norm_sq)

    def _logistic(self, dot: float, norm_sq: float) -> float:
        z = self.intercept + (dot / math.sqrt(norm_sq) if norm_sq else 0.0)
        return 1.0 / (1.0 + math.exp(-z)) if z > -500 else 0.0

    def top_features(self, text: str, k: int = 3) -> list[str]:
        """The ``k`` features of ``text`` that push hardest towards positive (for a readable reason)."""
        names = tuple(_LOADED)
        if _LOADED.get(self.name) is self:
            return _joint_top(text, names, names.index(self.name), k, self.stems)
        weights = self._weights
        scored = []
        for feature, _ in feature_counts(text):
            pair = weights.get(feature)
            if pair is not None and pair[1] > 0:
                scored.append((-pair[0] * pair[1], feature))
        return [feature for _, feature in sorted(scored)[:k]]


_LOADED: dict[str, LinearTextModel] = {}
"""The models loaded from the shipped directory, by name: scored together in one pass per text."""


def _sums(text: str, weights: Mapping[str, tuple[float, float]]) -> tuple[float, float]:
    norm_sq = dot = 0.0
    for feature, count in feature_counts(text):
        pair = weights.get(feature)
        if pair is not None:
            value = pair[0] if count == 1 else (1.0 + math.log(count)) * pair[0]
            norm_sq += value * value
            dot += value * pair[1]
    return dot, norm_sq


def _numbered(items: Iterable[str]) -> dict[str, int]:
    """Each distinct item and its number, in order of first occurrence."""
    distinct = dict.fromkeys(items)
    return dict(zip(distinct, range(len(distinct)), strict=True))


@lru_cache(maxsize=2)
def _joint_weights(names: tuple[str, ...]) -> tuple[dict[str, int], np.ndarray]:
    """Row index per feature, and a matrix with (idf, coef) of every model in ``names`` side by side
    (zeros where a model lacks the feature, which then adds nothing to its norm or its dot product)."""
    index = _numbered(chain.from_iterable(_LOADED[name]._weights for name in names))
    matrix = np.zeros((len(index), 2 * len(names)))
    for column, name in enumerate(names):  # a model's rows at once (item by item cost a first check ~0.1 s)
        weights = _LOADED[name]._weights
        rows = np.fromiter(map(index.__getitem__, weights), dtype=np.intp, count=len(weights))
        matrix[rows, 2 * column : 2 * column + 2] = np.array(list(weights.values()), dtype=float).reshape(-1, 2)
    return index, matrix


@dataclass(frozen=True, slots=True)
class _TokenIndex:
    """The joint row index as arrays over word ids: a text's words become ids with one C-level look-up each, and
    its known words and bigrams are then counted and found with numpy (a bigram is the code ``first * size +
    second`` of its two word ids), without a Python object per bigram."""

    ids: dict[str, int]
    """An id for every word that is a feature or part of a bigram feature."""
    word_rows: np.ndarray
    """The matrix row of each word id, -1 for a word known only inside bigrams."""
    pair_codes: np.ndarray
    """The codes of the bigram features, sorted, and their rows (``pair_rows``) in the same order."""
    pair_rows: np.ndarray
    features: tuple[str, ...]
    """Each row's feature as written (a bigram as "first second")."""
    stems: bool
    """Whether some model knows a stem (:func:`analyze_stems`): only then are a text's stems looked up."""
    long_ids: np.ndarray
    """With ``stems``, whether each word id's word is longer than :data:`STEM_CHARS` (then it is cut)."""
    stem_ids: np.ndarray
    """With ``stems``, the id of each word id's stem (the word's own id when it is short, -1 when its stem is no
    feature): the known words of a text find their stems with one array step, not a string each."""


@lru_cache(maxsize=2)
def _token_index(names: tuple[str, ...]) -> _TokenIndex:
    """Built with C-level maps over the features and no Python loop per feature: this runs once per process, on
    the first text a model scores (a loop over the ~58k features would add tens of ms to a short command)."""
    index, _ = _joint_weights(names)
    features = tuple(index)  # the rows are numbered in this order
    spaces = np.fromiter(map(str.count, features, repeat(" ")), dtype=np.intp, count=len(features))
    is_word, is_pair = spaces == 0, spaces == 1  # two spaces or more: no bigram (the analyser makes none)
    words = list(compress(features, is_word.tolist()))
    halves = list(chain.from_iterable(map(str.split, compress(features, is_pair.tolist()), repeat(" "))))
    ids = _numbered(chain(words, halves))  # the words first: word i has id i
    word_rows = np.full(len(ids), -1, dtype=np.intp)
    word_rows[: len(words)] = np.flatnonzero(is_word)
    pair_ids = np.fromiter(map(ids.__getitem__, halves), dtype=np.int64, count=len(halves)).reshape(-1, 2)
    codes = pair_ids[:, 0] * len(ids) + pair_ids[:, 1]
    order = np.argsort(codes, kind="stable")
    stems = any(_LOADED[name].meta.get("analyzer") == "analyze_stems" for name in names)
    long, stem_ids = _stem_ids(ids) if stems else (np.zeros(0, dtype=bool), np.zeros(0, dtype=np.int64))
    rows = (ids, word_rows, codes[order], np.flatnonzero(is_pair)[order], features)
    return _TokenIndex(*rows, stems, long, stem_ids)


def _stem_ids(ids: dict[str, int]) -> tuple[np.ndarray, np.ndarray]:
    """Whether every word id's word is cut, and the id of its stem (see ``_TokenIndex.stem_ids``), with C-level
    maps."""
    words = list(ids)  # in id order: ``_numbered`` numbers the words as they come
    own = np.arange(len(words), dtype=np.int64)
    long = np.fromiter(map(len, words), dtype=np.intp, count=len(words)) > STEM_CHARS
    return long, np.where(long, _cut_ids(ids, words, long), own)


def _cut_ids(ids: dict[str, int], words: list[str], long: np.ndarray) -> np.ndarray:
    """Per word, the id of its stem (``word[:STEM_CHARS] + "~"``) where ``long`` holds, -1 elsewhere and for a stem
    that is no feature: C-level maps over the long words only."""
    heads = map(operator.getitem, compress(words, long.tolist()), repeat(_STEM))
    cut = list(map(str.__add__, heads, repeat("~")))
    found = np.full(len(words), -1, dtype=np.int64)
    found[long] = np.fromiter(map(ids.get, cut, repeat(-1)), dtype=np.int64, count=len(cut))
    return found


_SUBLINEAR = np.array([0.0, 1.0] + [1.0 + math.log(count) for count in range(2, 64)])
"""Sublinear tf (1 + ln count) for small counts, computed with ``math.log`` as the per-feature loop did."""


def _scales(counts: np.ndarray) -> np.ndarray:
    if counts.size and int(counts.max()) >= len(_SUBLINEAR):
        return np.asarray([1.0 if count == 1 else 1.0 + math.log(count) for count in counts.tolist()])
    return _SUBLINEAR[counts]


class _Recent:
    """The last few results of a function by key (least recently used first out), which can be asked for a result
    without computing one: a model without stems takes the sums a model with stems computed for the same text."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.items: OrderedDict[tuple[object, ...], object] = OrderedDict()
        self._lock = threading.Lock()  # screens run in threads (the server, the engine): a look-up and an eviction
        # between its two steps would raise KeyError, which functools.lru_cache (used before) never did

    def get(self, key: tuple[object, ...]) -> object | None:
        with self._lock:
            value = self.items.get(key)
            if value is not None:
                self.items.move_to_end(key)
            return value

    def put(self, key: tuple[object, ...], value: object) -> None:
        with self._lock:
            self.items[key] = value
            if len(self.items) > self.size:
                self.items.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self.items.clear()


_KNOWN = _Recent(16)
_SUMS = _Recent(16)


def _recalled(cache: _Recent, compute, text: str, names: tuple[str, ...], stems: bool):  # type: ignore[no-untyped-def]
    """``compute(text, names, stems)``, cached: with stems when they are asked for (and some model knows one);
    without, a result with stems serves too (a stem row is zero in the columns of a model without stems, and comes
    after its other rows: its sums do not change)."""
    stems = stems and _token_index(names).stems
    found = cache.get((text, names, True))
    if found is None and not stems:
        found = cache.get((text, names, False))
    if found is None:
        found = compute(text, names, stems)
        cache.put((text, names, stems), found)
    return found


def _known(text: str, names: tuple[str, ...], stems: bool = True) -> tuple[np.ndarray, np.ndarray]:
    """The matrix rows of the features of ``text`` some loaded model knows (words, bigrams, and with ``stems``
    stems and stemmed bigrams, each in order of first occurrence: the order of :func:`feature_counts`) and their
    sublinear tf, shared by the scores and the reasons (``top_features``). Without ``stems`` (no model being scored
    has them) the stems are neither cut nor looked up."""
    return _recalled(_KNOWN, _known_rows, text, names, stems)  # type: ignore[no-any-return]


def _known_rows(text: str, names: tuple[str, ...], stems: bool) -> tuple[np.ndarray, np.ndarray]:
    table = _token_index(names)
    words = _TOKEN.findall(text.lower())
    ids = np.fromiter(map(table.ids.get, words, repeat(-1)), dtype=np.int64, count=len(words))
    word_rows = table.word_rows[ids[ids >= 0]]
    word_rows = word_rows[word_rows >= 0]
    word_rows = np.concatenate((word_rows, _pair_rows(table, ids, None)))
    if stems:
        cut_mask, stem_ids = _stem_ids_of(table, words, ids)
        if cut_mask.any():
            stem_rows = table.word_rows[stem_ids[cut_mask & (stem_ids >= 0)]]
            stem_rows = stem_rows[stem_rows >= 0]
            stem_pairs = _pair_rows(table, stem_ids, cut_mask[:-1] | cut_mask[1:])
            word_rows = np.concatenate((word_rows, stem_rows, stem_pairs))
    # One count over the words, the bigrams, the stems and the stemmed bigrams (their rows never coincide), each
    # kind in order of first occurrence, as counts concatenated would give, for one Counter instead of four.
    rows, counts = _first_occurrences(word_rows)
    return rows, _scales(counts)


def _stem_ids_of(table: _TokenIndex, words: list[str], ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Which words are cut, and each word's stem id (-1 for a stem no model knows). A known word's length and stem
    come from the index by array steps; only the words the index does not know are measured and cut as strings (a
    short word is its own stem)."""
    unknown = ids < 0  # their -1 picks the last entry below, overwritten next
    cut_mask, stem_ids = table.long_ids[ids], table.stem_ids[ids]
    stem_ids[unknown] = -1
    if unknown.any():
        strange = list(compress(words, unknown.tolist()))
        long = np.fromiter(map(len, strange), dtype=np.intp, count=len(strange)) > STEM_CHARS
        cut_mask[unknown] = long
        if long.any():
            at = np.flatnonzero(unknown)[long]
            stem_ids[at] = _cut_ids(table.ids, strange, long)[long]
    return cut_mask, stem_ids


def _pair_rows(table: _TokenIndex, ids: np.ndarray, keep: np.ndarray | None) -> np.ndarray:
    """The rows of the known bigrams of adjacent ids (only where ``keep`` holds, when given), in order."""
    return _pair_hits(table, ids, keep)[0]


def _pair_hits(
    table: _TokenIndex, ids: np.ndarray, keep: np.ndarray | None
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """:func:`_pair_rows`, and where they are: the adjacent pairs looked up (a mask over ``ids[:-1]``) and which
    of those are known (a mask over the looked-up ones)."""
    if not table.pair_codes.size or ids.size < 2:
        none = np.zeros(0, dtype=bool)
        return np.zeros(0, dtype=np.intp), np.zeros(max(ids.size - 1, 0), dtype=bool), none
    both = (ids[:-1] >= 0) & (ids[1:] >= 0)
    if keep is not None:
        both &= keep
    codes = ids[:-1][both] * len(table.ids) + ids[1:][both]
    at = np.searchsorted(table.pair_codes, codes)
    at[at == len(table.pair_codes)] = 0
    found = table.pair_codes[at] == codes
    return table.pair_rows[at[found]], both, found


def _first_occurrences(rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The distinct values of ``rows`` in order of first occurrence, and how often each occurs (a ``Counter`` of
    a few hundred ints: several times cheaper than ``np.unique`` and a sort by first index)."""
    counted = Counter(rows.tolist())
    return (
        np.fromiter(counted, dtype=np.intp, count=len(counted)),
        np.fromiter(counted.values(), dtype=np.intp, count=len(counted)),
    )


def _joint_sums(text: str, names: tuple[str, ...], stems: bool = True) -> tuple[tuple[float, float], ...]:
    """(dot, squared norm) of ``text`` for every loaded model: one look-up per feature, then one matrix step.
    Without ``stems`` only the sums of the models without stems are right."""
    return _recalled(_SUMS, _sums_of, text, names, stems)  # type: ignore[no-any-return]


def _sums_of(text: str, names: tuple[str, ...], stems: bool) -> tuple[tuple[float, float], ...]:
    _, matrix = _joint_weights(names)
    rows, scales = _known(text, names, stems)
    if not rows.size:
        return tuple((0.0, 0.0) for _ in names)
    picked = matrix[rows]
    values = picked[:, 0::2] * scales[:, None]
    norms = (values * values).sum(axis=0)
    dots = (values * picked[:, 1::2]).sum(axis=0)
    return tuple((float(d), float(n)) for d, n in zip(dots, norms, strict=True))


def _joint_top(text: str, names: tuple[str, ...], column: int, k: int, stems: bool) -> list[str]:
    """Top ``k`` features by idf x coefficient for one model, from the joint matrix (only the chosen ``k`` are
    spelt out: naming every feature of a 1 KB text cost more than scoring it)."""
    _, matrix = _joint_weights(names)
    rows, _ = _known(text, names, stems)
    if not rows.size:
        return []
    weight = matrix[rows, 2 * column] * matrix[rows, 2 * column + 1]
    order = np.argsort(-weight, kind="stable")[:k]
    features = _token_index(names).features
    return [features[rows[i]] for i in order.tolist() if weight[i] > 0]


def load_model(name: str, directory: Path = MODELS_DIR) -> LinearTextModel:
    """Load ``<directory>/<name>.json.gz`` (JSON only; never unpickled)."""
    path = directory / f"{name}.json.gz"
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        data = json.load(handle)
    vocab: list[str] = data["vocabulary"]
    idf = dict(zip(vocab, data["idf"], strict=True))
    coef = {f: c for f, c in zip(vocab, data["coef"], strict=True) if c}
    model = LinearTextModel(
        name=name,
        idf=MappingProxyType(idf),
        coef=MappingProxyType(coef),
        intercept=float(data["intercept"]),
        threshold=float(data["threshold"]),
        meta=MappingProxyType(data.get("meta", {})),
        window_threshold=data.get("window_threshold"),
    )
    if directory == MODELS_DIR:
        _LOADED[name] = model
        _joint_weights.cache_clear()
        _token_index.cache_clear()
        _KNOWN.clear()
        _SUMS.clear()
    return model
