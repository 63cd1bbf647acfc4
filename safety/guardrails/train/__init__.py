"""Reproducible training of the shipped text models, and the fixed data splits the benchmark reports on.

``splits`` is pure (standard library only) so ``bench/guardrails.py`` can rebuild exactly the held-out parts the
models never saw; ``train_text_models`` needs scikit-learn and the public sets (docs/data.md) and is run by hand:
``python -m genaiops.safety.guardrails.train.train_text_models``.
"""

from genaiops.safety.guardrails.train.splits import (
    DataMissingError,
    data_root,
    injection_split,
    jailbreak_split,
    pii_split,
    span_scores,
    toxicity_split,
)

__all__ = [
    "DataMissingError",
    "data_root",
    "injection_split",
    "jailbreak_split",
    "pii_split",
    "span_scores",
    "toxicity_split",
]
