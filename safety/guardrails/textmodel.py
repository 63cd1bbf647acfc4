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
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress, islice, repeat
from pathlib import Path
from types import MappingProxyType

import numpy as np

__all__ = ["LinearTextModel", "analyze", "load_model", "sentence_windows"]

_TOKEN = re.compile(r"\w+|[^\w\s]")
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|\n|$)")
MODELS_DIR = Path(__file__).resolve().parent / "models"


def analyze(text: str) -> list[str]:
    """Lower-cased word and punctuation unigrams plus adjacent bigrams: the model's features."""
    words = _TOKEN.findall(text.lower())
    return words + [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]


def sentence_windows(text: str, size: int = 3) -> list[tuple[int, int]]:
    """Overlapping windows of ``size`` sentences, as (start, end); the whole text when it is that short.

    Long texts are scored window by window because one hostile or injected passage is diluted when a long text
    is scored whole (TF-IDF vectors are length-normalised)."""
    sentences = [(m.start(), m.end()) for m in _SENTENCE.finditer(text) if m.group().strip()]
    if len(sentences) <= size:
        return [(0, len(text))] if text.strip() else []
    return [(sentences[i][0], sentences[min(i + size, len(sentences)) - 1][1]) for i in range(len(sentences))]


@lru_cache(maxsize=16)
def feature_counts(text: str) -> tuple[tuple[str, int], ...]:
    """``analyze`` counted (the same features in the same order, without building its list); cached so the
    scanners of one pipeline analyse a text once."""
    words = _TOKEN.findall(text.lower())
    counts = Counter(words)
    counts.update(map(" ".join, zip(words, words[1:], strict=False)))
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

    def probability(self, text: str) -> float:
        """The model's probability that ``text`` is positive."""
        names = tuple(_LOADED)
        if _LOADED.get(self.name) is self:  # shipped models share one pass over the text (see _joint_sums)
            dot, norm_sq = _joint_sums(text, names)[names.index(self.name)]
        else:
            dot, norm_sq = _sums(text, self._weights)
        z = self.intercept + (dot / math.sqrt(norm_sq) if norm_sq else 0.0)
        return 1.0 / (1.0 + math.exp(-z)) if z > -500 else 0.0

    def top_features(self, text: str, k: int = 3) -> list[str]:
        """The ``k`` features of ``text`` that push hardest towards positive (for a readable reason)."""
        names = tuple(_LOADED)
        if _LOADED.get(self.name) is self:
            return _joint_top(text, names, names.index(self.name), k)
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


@lru_cache(maxsize=2)
def _joint_weights(names: tuple[str, ...]) -> tuple[dict[str, int], np.ndarray]:
    """Row index per feature, and a matrix with (idf, coef) of every model in ``names`` side by side
    (zeros where a model lacks the feature, which then adds nothing to its norm or its dot product)."""
    index: dict[str, int] = {}
    for name in names:
        for feature in _LOADED[name]._weights:
            index.setdefault(feature, len(index))
    matrix = np.zeros((len(index), 2 * len(names)))
    for column, name in enumerate(names):
        for feature, (idf, coef) in _LOADED[name]._weights.items():
            matrix[index[feature], 2 * column : 2 * column + 2] = (idf, coef)
    return index, matrix


@lru_cache(maxsize=2)
def _split_index(names: tuple[str, ...]) -> tuple[dict[str, int], dict[tuple[str, str], int]]:
    """The joint row index split into words and bigrams, a bigram keyed by its pair of words: a text's bigrams are
    then counted as the pairs ``zip`` makes (no string built per pair) and looked up without a Python loop."""
    index, _ = _joint_weights(names)
    words: dict[str, int] = {}
    pairs: dict[tuple[str, str], int] = {}
    for feature, row in index.items():
        first, space, second = feature.partition(" ")
        if not space:
            words[feature] = row
        elif " " not in second:
            pairs[(first, second)] = row
    return words, pairs


_SUBLINEAR = np.array([0.0, 1.0] + [1.0 + math.log(count) for count in range(2, 64)])
"""Sublinear tf (1 + ln count) for small counts, computed with ``math.log`` as the per-feature loop did."""


def _scales(counts: np.ndarray) -> np.ndarray:
    if counts.size and int(counts.max()) >= len(_SUBLINEAR):
        return np.asarray([1.0 if count == 1 else 1.0 + math.log(count) for count in counts.tolist()])
    return _SUBLINEAR[counts]


@lru_cache(maxsize=16)
def _known(text: str, names: tuple[str, ...]) -> tuple[list[str | tuple[str, str]], np.ndarray, np.ndarray]:
    """The features of ``text`` some loaded model knows (words, then bigrams as pairs, each in order of first
    occurrence: the order of :func:`feature_counts`), their matrix rows and their sublinear tf: one C-level
    look-up per feature, shared by the scores and the reasons (``top_features``)."""
    word_rows, pair_rows = _split_index(names)
    words = _TOKEN.findall(text.lower())
    word_counts = Counter(words)
    pair_counts = Counter(zip(words, islice(words, 1, None), strict=False))
    keys: list[str | tuple[str, str]] = []
    rows, counts = [], []
    for lookup, counted in ((word_rows, word_counts), (pair_rows, pair_counts)):
        found = np.fromiter(map(lookup.get, counted, repeat(-1)), dtype=np.intp, count=len(counted))
        known = found >= 0
        keys += compress(counted, known.tolist())
        rows.append(found[known])
        counts.append(np.fromiter(counted.values(), dtype=np.intp, count=len(counted))[known])
    return keys, np.concatenate(rows), _scales(np.concatenate(counts))


@lru_cache(maxsize=16)
def _joint_sums(text: str, names: tuple[str, ...]) -> tuple[tuple[float, float], ...]:
    """(dot, squared norm) of ``text`` for every loaded model: one look-up per feature, then one matrix step."""
    _, matrix = _joint_weights(names)
    _, rows, scales = _known(text, names)
    if not rows.size:
        return tuple((0.0, 0.0) for _ in names)
    picked = matrix[rows]
    values = picked[:, 0::2] * scales[:, None]
    norms = (values * values).sum(axis=0)
    dots = (values * picked[:, 1::2]).sum(axis=0)
    return tuple((float(d), float(n)) for d, n in zip(dots, norms, strict=True))


def _joint_top(text: str, names: tuple[str, ...], column: int, k: int) -> list[str]:
    """Top ``k`` features by idf x coefficient for one model, from the joint matrix (only the chosen ``k`` are
    spelt out: naming every feature of a 1 KB text cost more than scoring it)."""
    _, matrix = _joint_weights(names)
    keys, rows, _ = _known(text, names)
    if not keys:
        return []
    weight = matrix[rows, 2 * column] * matrix[rows, 2 * column + 1]
    order = np.argsort(-weight, kind="stable")[:k]
    return [_spelt(keys[i]) for i in order.tolist() if weight[i] > 0]


def _spelt(key: str | tuple[str, str]) -> str:
    return key if isinstance(key, str) else " ".join(key)


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
        _split_index.cache_clear()
        _known.cache_clear()
        _joint_sums.cache_clear()
    return model
