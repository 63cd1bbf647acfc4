"""Offline text encoders: text -> unit-length float32 vectors, with no download and no fitted state.

Three encoders, measured against each other by ``bench/memory.py``:

- ``hashing``: scikit-learn's ``HashingVectorizer`` over word 1-2-grams and character 3-5-grams
  (model-free, purely lexical: good at service names, error codes and tool names).
- ``wordllama``: the 256-dimension static embedding model shipped *inside* the ``wordllama`` wheel, loaded
  from the package directory with downloads disabled (semantic: "slow" is near "latency").
- ``hybrid``: both, concatenated with weights so that the cosine similarity is
  ``weight * cos(wordllama) + (1 - weight) * cos(hashing)``.

An encoder is described by plain data (``EncoderSpec``: a name and parameters), so a collection can persist it
and rebuild the same encoder in another process. Heavy imports happen on first use.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from genaiops.errors import SettingsError, did_you_mean

if TYPE_CHECKING:
    import numpy as np

__all__ = ["DEFAULT_ENCODER", "ENCODERS", "EncoderSpec", "encode", "encoder_spec"]

ENCODERS: dict[str, dict[str, Any]] = {
    "hashing": {"dim": 4096, "char_weight": 0.5},
    "wordllama": {},
    "hybrid": {"dim": 4096, "char_weight": 0.5, "weight": 0.5},
}
"""Encoder names and their default parameters."""

DEFAULT_ENCODER = "hashing"
"""Chosen on the dev split of ``bench/memory_queries.yaml`` (``python bench/memory.py --split dev --grid``): the
highest recall@3 (0.923, against 0.908 for ``hybrid`` and 0.879 for ``wordllama``), and it needs no model and no
extra dependency. The parameter defaults above are the best of that grid for each encoder."""


@dataclass(frozen=True, slots=True)
class EncoderSpec:
    """Which encoder and with which parameters: plain data that a Chroma collection persists."""

    name: str
    params: dict[str, Any] = field(default_factory=dict)

    def to_config(self) -> dict[str, Any]:
        return {"encoder": self.name, **self.params}

    @classmethod
    def from_config(cls, config: dict[str, Any]) -> EncoderSpec:
        params = {k: v for k, v in config.items() if k != "encoder"}
        return encoder_spec(str(config.get("encoder", "")), **params)


def encoder_spec(name: str, **params: Any) -> EncoderSpec:
    """An ``EncoderSpec`` with the defaults of ``name`` filled in; unknown names or parameters raise."""
    if name not in ENCODERS:
        raise SettingsError(
            f"memory embedding {name!r} is unknown{did_you_mean(name, ENCODERS)}; choose one of {sorted(ENCODERS)}"
        )
    unknown = set(params) - set(ENCODERS[name])
    if unknown:
        raise SettingsError(f"memory embedding {name!r} takes no parameter(s) {sorted(unknown)}")
    return EncoderSpec(name, {**ENCODERS[name], **params})


def encode(spec: EncoderSpec, texts: list[str]) -> np.ndarray:
    """Unit-length float32 vectors, one row per text (an empty text gives a zero-free constant vector)."""
    import numpy as np

    if spec.name == "hashing":
        vectors = _hashing(texts, spec.params["dim"], spec.params["char_weight"])
    elif spec.name == "wordllama":
        vectors = _wordllama(texts)
    else:
        weight = float(spec.params["weight"])
        lexical = _hashing(texts, spec.params["dim"], spec.params["char_weight"])
        vectors = np.hstack([math.sqrt(weight) * _wordllama(texts), math.sqrt(1 - weight) * lexical])
    return _unit(vectors)


def _unit(vectors: np.ndarray) -> np.ndarray:
    import numpy as np

    vectors = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    empty = norms[:, 0] == 0
    if empty.any():  # cosine is undefined for a zero vector: give empty texts one fixed direction
        vectors[empty, 0], norms[empty] = 1.0, 1.0
    return vectors / norms


def _hashing(texts: list[str], dim: int, char_weight: float) -> np.ndarray:
    import numpy as np

    if sum(map(len, texts)) <= PLAIN_HASHING_CHARS:  # a request to search with: the same counts, no scikit-learn
        from .hashing import hashed_counts

        half = max(dim // 2, 16)
        w, c = _unit(hashed_counts(texts, half, "word")), _unit(hashed_counts(texts, half, "char_wb"))
    else:
        words, chars = _vectorizers(dim)
        w = _unit(words.transform(texts).toarray())
        c = _unit(chars.transform(texts).toarray())
    return np.hstack([math.sqrt(1 - char_weight) * w, math.sqrt(char_weight) * c])


PLAIN_HASHING_CHARS = 4096
"""Up to this many characters in a batch, ``hashing`` counts n-grams in plain Python (``hashing.py``, the same
numbers): importing scikit-learn costs more than hashing a few requests."""


@lru_cache(maxsize=4)
def _vectorizers(dim: int):
    from sklearn.feature_extraction.text import HashingVectorizer

    half = max(dim // 2, 16)
    common = {"n_features": half, "alternate_sign": False, "norm": None, "lowercase": True}
    words = HashingVectorizer(analyzer="word", ngram_range=(1, 2), token_pattern=r"(?u)\b[\w-]+\b", **common)
    chars = HashingVectorizer(analyzer="char_wb", ngram_range=(3, 5), **common)
    return words, chars


def _wordllama(texts: list[str]) -> np.ndarray:
    import numpy as np

    with np.errstate(invalid="ignore", divide="ignore"):  # an empty text pools to 0/0; _unit handles it
        vectors = _wordllama_model().embed(texts, norm=False)
    return _unit(np.nan_to_num(vectors, nan=0.0))


@lru_cache(maxsize=1)
def _wordllama_model():
    """The model shipped in the wheel; ``disable_download`` makes a missing file an error, never a download."""
    from pathlib import Path

    try:
        import wordllama
        from wordllama import WordLlama
    except ImportError as exc:  # pragma: no cover - depends on the installation
        raise SettingsError(
            "memory embedding 'wordllama' needs the wordllama package: pip install 'wordllama>=0.4,<0.5' "
            "(or choose embedding='hashing')"
        ) from exc
    return WordLlama.load(cache_dir=Path(wordllama.__file__).parent, disable_download=True)
