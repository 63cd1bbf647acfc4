"""The people model (``toxicity_people``): its training rows, two recipes and their leave-one-set-out estimate.

Since session 20 the four earlier hand-written workplace-chat sets (``workplace_chat_blind`` ... ``blind4``, four
authors) are development data: the model trains on them, and :func:`leave_one_set_out` estimates how it does on an
author it has not read (fit on everything but set k, score set k with the check as shipped: rules OR model). The
generated held-out split is never read here.

- ``main``: the recipe of session 19 (5-fold cross-validation grouped by template, C and threshold for the best
  out-of-fold F1 with the model adding at most 1 % of ops-language negatives to the rules' flags).
- ``authors`` (the option ``toxicity_people_authors``): hand-written messages weigh :data:`HAND_WEIGHT` times a
  generated rendering, and C
  and the threshold are chosen by cross-validation *across authors*: each fold is one author's messages (each earlier
  set, ``toxicity_people_more``, ``toxicity_people_styles``; the generated and templated material is one more),
  the best mean F1 over the folds with the model adding at most :data:`AUTHORS_OPS_BUDGET` of the ops-language
  negatives out of fold. One author's phrasings then cannot set the threshold for all of them.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

__all__ = ["DEV_SETS", "PeopleRows", "Recipe", "RECIPES", "fit_people", "leave_one_set_out", "people_rows"]

DEV_SETS = ("blind", "blind2", "blind3", "blind4")
"""The earlier hand-written sets, development data since session 20 (a later blind set is never listed here)."""
HAND = ("more", "styles", "ordinary", *DEV_SETS)
"""Sources written by hand, one message each (the rest are template renderings or ordinary text)."""
C_GRID = (0.3, 1.0, 3.0, 10.0, 30.0)
THRESHOLDS = tuple(round(t, 2) for t in np.arange(0.3, 0.991, 0.02))
HAND_WEIGHT = 3.0
AUTHORS_OPS_BUDGET = 0.03
"""Out-of-fold share of ops-language negatives the model may add to the rules' flags (the issue allows 5 %)."""
MAIN_OPS_BUDGET = 0.01
ORDINARY_BUDGET = 0.05
"""Out-of-fold share of ``toxicity_people_ordinary`` (ordinary second-person and imperative messages) the authors
recipe's model may add to the rules' flags (the issue's 5 %). At 2 % the threshold rose to 0.86 and leave-one-set-out
fell to 0.593, below main's 0.611: the cross-author gain rests on the "you" features (docs/toxicity_pii_sets.md)."""


@dataclass(frozen=True)
class PeopleRows:
    """The training rows, as the check sees them (masked), with what each is and whether the rules flag it."""

    texts: list[str]
    y: np.ndarray
    groups: np.ndarray
    source: np.ndarray
    """Where a row comes from: gen, extra, pextra, more, styles, ordinary, general or one of :data:`DEV_SETS`."""
    ops: np.ndarray
    chat: np.ndarray
    rules: np.ndarray

    def take(self, rows: np.ndarray) -> PeopleRows:
        return PeopleRows(
            [self.texts[i] for i in rows],
            *(a[rows] for a in (self.y, self.groups, self.source, self.ops)),
            self.chat[rows],
            self.rules[rows],
        )


def people_rows(dev_sets: tuple[str, ...] = DEV_SETS, styles: bool = True) -> PeopleRows:
    """Every training row: the generated dev part, the templated and hand-written extras, the given earlier
    hand-written sets, and (as ordinary text) deepset train and the everyday requests' train half."""
    from genaiops.safety.guardrails import Toxicity
    from genaiops.safety.guardrails.toxicity_cues import mask_named_terms
    from genaiops.safety.guardrails.toxicity_implied import mask_birth_dates
    from genaiops.safety.guardrails.toxicity_targets import mask_reported
    from genaiops.safety.guardrails.train import workplace_chat_blind as b1
    from genaiops.safety.guardrails.train import workplace_chat_blind2 as b2
    from genaiops.safety.guardrails.train import workplace_chat_blind3 as b3
    from genaiops.safety.guardrails.train import workplace_chat_blind4 as b4
    from genaiops.safety.guardrails.train.splits import everyday_split, injection_split
    from genaiops.safety.guardrails.train.toxicity_extra import DRAWS, ops_negatives
    from genaiops.safety.guardrails.train.toxicity_people_extra import people_extra
    from genaiops.safety.guardrails.train.toxicity_people_more import people_more
    from genaiops.safety.guardrails.train.toxicity_people_ordinary import people_ordinary
    from genaiops.safety.guardrails.train.toxicity_people_styles import people_styles
    from genaiops.safety.guardrails.train.workplace_chat import OPS_KINDS, chat_items

    sets = {"blind": b1.blind_items, "blind2": b2.blind2_items, "blind3": b3.blind3_items, "blind4": b4.blind4_items}
    rows: list[tuple[str, int, str, str, bool]] = []  # text, label, group, source, ops
    rows += [(i.text, i.label, i.template, "gen", i.kind in OPS_KINDS) for i in chat_items("dev")]
    rows += [(t, 0, f"extra {k // DRAWS}", "extra", True) for k, t in enumerate(ops_negatives())]
    rows += [(t, label, f"people {g}", "pextra", label == 0) for t, label, g in people_extra()]
    rows += [(t, label, g, "more", label == 0) for t, label, g in people_more()]
    if styles:
        rows += [(t, label, g, "styles", label == 0) for t, label, g in people_styles()]
        rows += [(t, label, g, "ordinary", True) for t, label, g in people_ordinary()]
    for name in dev_sets:
        rows += [(i.text, i.label, f"{name} {i.text}", name, i.kind in OPS_KINDS) for i in sets[name]()]
    general = injection_split().train_x + everyday_split()[0]
    rules = Toxicity(learned=False)
    masked = [mask_named_terms(mask_birth_dates(mask_reported(text))) for text, *_ in rows]
    flagged = [rules.check(text).outcome != "pass" for text, *_ in rows]
    n = len(rows)
    return PeopleRows(
        texts=masked + general,
        y=np.asarray([r[1] for r in rows] + [0] * len(general)),
        groups=np.asarray([r[2] for r in rows] + [f"general {k}" for k in range(len(general))]),
        source=np.asarray([r[3] for r in rows] + ["general"] * len(general)),
        ops=np.asarray([r[4] for r in rows] + [False] * len(general)),
        chat=np.arange(n + len(general)) < n,
        rules=np.asarray(flagged + [False] * len(general)),
    )


def fit_people(data: PeopleRows, c: float, weight: float = 1.0):  # type: ignore[no-untyped-def]
    """A TF-IDF vectorizer over :func:`analyze_stems` and a balanced logistic regression fitted on ``data``
    (hand-written rows weigh ``weight``)."""
    from genaiops.safety.guardrails.textmodel import analyze_stems

    vectorizer = TfidfVectorizer(analyzer=analyze_stems, sublinear_tf=True, min_df=1)
    matrix = vectorizer.fit_transform(data.texts)
    sample_weight = np.where(np.isin(data.source, HAND), weight, 1.0)
    model = LogisticRegression(C=c, max_iter=5000, class_weight="balanced")
    return vectorizer, model.fit(matrix, data.y, sample_weight=sample_weight)


def _f1(y: np.ndarray, flagged: np.ndarray) -> float:
    tp = float(np.sum(flagged & (y == 1)))
    wrong = float(np.sum(flagged & (y == 0)) + np.sum(~flagged & (y == 1)))
    return 2 * tp / (2 * tp + wrong) if tp else 0.0


@dataclass(frozen=True)
class Recipe:
    """How C and the threshold are chosen: folds (grouped by template, or one author each), the weight of
    hand-written rows, the ops budget, and whether the folds' F1 is averaged (across authors) or pooled."""

    name: str
    by_author: bool
    weight: float
    ops_budget: float
    ordinary_budget: float = 1.0

    def folds(self, data: PeopleRows) -> list[tuple[np.ndarray, np.ndarray]]:
        if self.by_author:
            family = np.where(np.isin(data.source, HAND), data.source, "generated").astype(object)
            # the ordinary messages are no author's set: dealt round the author folds, so each is scored out of
            # fold by a model that read the other ordinary messages, as the shipped model reads them all
            authors = sorted(set(family[data.source != "ordinary"]))
            ordinary = np.flatnonzero(data.source == "ordinary")
            family[ordinary] = [authors[k % len(authors)] for k in range(len(ordinary))]
            return [(np.flatnonzero(family != k), np.flatnonzero(family == k)) for k in authors]
        from sklearn.model_selection import StratifiedGroupKFold

        return list(StratifiedGroupKFold(5, shuffle=True, random_state=0).split(data.texts, data.y, data.groups))

    def select(self, data: PeopleRows) -> tuple[float, float, float, float]:
        """(C, threshold, out-of-fold F1, share of ops negatives the model adds) for ``data``."""
        folds = self.folds(data)
        best = (-1.0, 1.0, 0.5, 0.0)
        for c in C_GRID:
            oof = np.zeros(len(data.texts))
            for train, held in folds:
                vectorizer, model = fit_people(data.take(train), c, self.weight)
                oof[held] = model.predict_proba(vectorizer.transform([data.texts[i] for i in held]))[:, 1]
            for threshold in THRESHOLDS:
                flagged = data.rules | (oof >= threshold)
                added = float(np.mean(flagged[data.ops] & ~data.rules[data.ops]))
                ordinary = data.source == "ordinary"
                plain = float(np.mean(flagged[ordinary] & ~data.rules[ordinary])) if ordinary.any() else 0.0
                if added > self.ops_budget or plain > self.ordinary_budget:
                    continue
                if self.by_author:
                    score = float(np.mean([_f1(data.y[h][data.chat[h]], flagged[h][data.chat[h]]) for _, h in folds]))
                else:
                    score = _f1(data.y[data.chat], flagged[data.chat])
                if score > best[0] + 1e-9:
                    best = (score, c, threshold, added)
            print(f"  {self.name} C={c}: best OOF F1 so far {best[0]:.3f} (C={best[1]}, t={best[2]})", file=sys.stderr)
        return best[1], best[2], best[0], best[3]


RECIPES = {
    "main": Recipe("main", by_author=False, weight=1.0, ops_budget=MAIN_OPS_BUDGET),
    "authors": Recipe(
        "authors", by_author=True, weight=HAND_WEIGHT, ops_budget=AUTHORS_OPS_BUDGET, ordinary_budget=ORDINARY_BUDGET
    ),
}


def leave_one_set_out(
    recipe: Recipe, data: PeopleRows, styles: bool = True, report: Callable[[dict], None] | None = None
) -> list[dict]:
    """Per earlier hand-written set k: fit ``recipe`` on every row but set k's, score set k with rules OR model
    (F1, precision, recall, ops-language negatives flagged). ``styles=False`` leaves ``toxicity_people_styles``
    and ``toxicity_people_ordinary`` out (main's material)."""
    results = []
    for name in DEV_SETS:
        keep = data.source != name
        if not styles:
            keep &= ~np.isin(data.source, ("styles", "ordinary"))
        train, held = data.take(np.flatnonzero(keep)), data.take(np.flatnonzero(data.source == name))
        c, threshold, oof, _ = recipe.select(train)
        vectorizer, model = fit_people(train, c, recipe.weight)
        flagged = held.rules | (model.predict_proba(vectorizer.transform(held.texts))[:, 1] >= threshold)
        tp = int(np.sum(flagged & (held.y == 1)))
        row = {
            "set": name,
            "C": c,
            "threshold": threshold,
            "oof_f1": oof,
            "f1": _f1(held.y, flagged),
            "precision": tp / max(1, int(flagged.sum())),
            "recall": tp / max(1, int(held.y.sum())),
            "ops_flagged": int(np.sum(flagged & held.ops)),
            "ops": int(held.ops.sum()),
        }
        results.append(row)
        if report is not None:
            report(row)
    return results
