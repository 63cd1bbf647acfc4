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
- ``pooled`` (the default ``toxicity_people_pooled``, session 23; ``blind8`` and the threshold rule since session 24):
  every row, C fixed at :data:`POOLED_C`, one fold per hand-written set, and the lowest threshold at which the check
  flags at most :data:`POOLED_OPS_CEILING` of the sets' ops-language negatives out of fold. ``pooled23`` is session
  23's rule for it (best mean F1 with the model adding at most :data:`POOLED_OPS_BUDGET`), kept for comparison.
- ``aimed`` (session 29, not shipped): ``pooled`` with who x what features (``toxicity_aim``) beside the words and a
  per-set ops rule; :func:`nested_leave_one_set_out` (the bench ``bench/toxicity_loso.py``) compares it with ``pooled``
  over the fourteen development sets (:data:`LOSO_SETS`).
"""

from __future__ import annotations

import math
import re
import sys
import zlib
from collections.abc import Callable
from dataclasses import dataclass, replace
from itertools import combinations

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

__all__ = [
    "DEV_SETS",
    "LOSO_SETS",
    "PeopleRows",
    "Recipe",
    "RECIPES",
    "analyze_chars",
    "fit_people",
    "leave_one_set_out",
    "nested_leave_one_set_out",
    "pair_fits",
    "people_rows",
    "single_leave_one_set_out",
]

DEV_SETS = ("blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9", "blind10")
"""The hand-written sets the shipped default model reads (the first four since session 20, ``blind5`` since session 21,
``blind6`` since session 22, ``blind7`` since session 23, ``blind8`` since session 24, ``blind9`` and ``blind10``
since session 26; ten authors; a later blind set is never listed here)."""
LOSO_SETS = (*DEV_SETS, "blind11", "blind12", "blind13", "blind16")
"""Every hand-written set that is development data (``blind11`` to ``blind13`` since session 29, ``blind16`` since
session 30; fourteen authors):
the folds of the nested leave-one-set-out bench (:func:`nested_leave_one_set_out`). The shipped model, trained in
session 26, reads :data:`DEV_SETS` only (it rebuilds as shipped)."""
OPTION_SETS = DEV_SETS[:4]
"""The sets the option ``toxicity_people_authors`` was trained on (session 20; kept so that it rebuilds as shipped)."""
HAND = ("more", "styles", "ordinary", "support", "third", "languages", *LOSO_SETS)
"""Sources written by hand, one message each (the rest are template renderings or ordinary text)."""
C_GRID = (0.3, 1.0, 3.0, 10.0, 30.0)
THRESHOLDS = tuple(round(t, 2) for t in np.arange(0.3, 0.991, 0.02))
HAND_WEIGHT = 3.0
AUTHORS_OPS_BUDGET = 0.03
"""Out-of-fold share of ops-language negatives the model may add to the rules' flags (the issue allows 5 %)."""
POOLED_OPS_BUDGET = 0.02
"""The ``pooled`` recipe's: out of fold, the model may add at most this share of the hand-written sets' ops-language
negatives to the rules' flags (the rules alone flag about 2 % of them; the issue allows 5 % in all, and a fresh
author's set is noisier)."""
POOLED_OPS_CEILING = 0.04
"""The ``pooled`` recipe's threshold rule since session 24: the LOWEST threshold at which the check (rules OR session
19's model OR this one) flags at most this share of the hand-written sets' ops-language negatives out of fold, all
sets pooled. Recall is what a fresh author's set lacked (session 23: precision 0.95, recall 0.61 on blind8); the
issue allows 5 %, this keeps a point of it in hand."""
POOLED_ORDINARY_CEILING = 0.04
"""... and at which this model adds at most this share of the ordinary workplace messages (``toxicity_people_ordinary``
and ``..._third``, dealt round the set folds) to what the rules and session 19's model flag, out of fold. With the ops
ceiling alone the threshold fell to 0.62 and four ordinary sentences of the tests were flagged ("make sure you don't
push to main directly" 0.69); at 5 % (``ORDINARY_BUDGET``) 0.66, one of them; 3 % gave 0.70 (session 24). Session 26
(ten sets and ``toxicity_people_languages``) re-applied session 24's choice, the largest whole-percent ceiling whose
threshold passes the tests' ordinary sentences: 3 % gave 0.76 (7 of 230 ordinary messages added at 0.72, one over
3 %), 5 % gave 0.68 and flagged "careful who you cc on the incident mail, customers are on that list" (0.69), 4 %
gives 0.70."""
ORDINARY_SOURCES = ("ordinary", "third")
SET_OPS_SHARE = 0.03
"""Since session 29 (``pooled``): the threshold must also keep, in EVERY held-out set, what this model adds to the
set's ops-language negatives at this share rounded up (1 of 18, 3 of 70): one author's ops messages cannot be
traded against another's."""
POOLED_C = 3.0
"""The ``pooled`` recipe's C, fixed before any run: the ``authors`` recipe's choice (session 20)."""
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
    """Where a row comes from: gen, extra, pextra, more, styles, ordinary, support, third, general or one of
    :data:`DEV_SETS`."""
    ops: np.ndarray
    chat: np.ndarray
    rules: np.ndarray
    session19: np.ndarray
    """Whether the check with session 19's people model (``toxicity_people``, main's default until session 22: rules
    OR that model, which read none of the hand-written sets) flags the row."""

    def take(self, rows: np.ndarray) -> PeopleRows:
        return PeopleRows(
            [self.texts[i] for i in rows],
            *(a[rows] for a in (self.y, self.groups, self.source, self.ops)),
            self.chat[rows],
            self.rules[rows],
            self.session19[rows],
        )

    def base(self, recipe: Recipe) -> np.ndarray:
        """What the check flags without the recipe's model: the rules, or (``recipe.beside_session19``) the rules OR
        session 19's people model."""
        return self.session19 if recipe.beside_session19 else self.rules


def people_rows(
    dev_sets: tuple[str, ...] = DEV_SETS, styles: bool = True, support: bool = True, languages: bool = True
) -> PeopleRows:
    """Every training row: the generated dev part, the templated and hand-written extras (with ``support``, the
    paired second-person messages of ``toxicity_people_support`` and the ordinary third-person ones of
    ``toxicity_people_third`` too; with ``languages``, the non-English messages of ``toxicity_people_languages``,
    session 26), the given earlier hand-written sets, and (as ordinary text) deepset train and the everyday requests'
    train half."""
    from genaiops.safety.guardrails import Toxicity
    from genaiops.safety.guardrails.toxicity_cues import mask_named_terms
    from genaiops.safety.guardrails.toxicity_implied import mask_birth_dates
    from genaiops.safety.guardrails.toxicity_targets import mask_reported
    from genaiops.safety.guardrails.train import workplace_chat_blind as b1
    from genaiops.safety.guardrails.train import workplace_chat_blind2 as b2
    from genaiops.safety.guardrails.train import workplace_chat_blind3 as b3
    from genaiops.safety.guardrails.train import workplace_chat_blind4 as b4
    from genaiops.safety.guardrails.train import workplace_chat_blind5 as b5
    from genaiops.safety.guardrails.train import workplace_chat_blind6 as b6
    from genaiops.safety.guardrails.train import workplace_chat_blind7 as b7
    from genaiops.safety.guardrails.train import workplace_chat_blind8 as b8
    from genaiops.safety.guardrails.train import workplace_chat_blind9 as b9
    from genaiops.safety.guardrails.train import workplace_chat_blind10 as b10
    from genaiops.safety.guardrails.train import workplace_chat_blind11 as b11
    from genaiops.safety.guardrails.train import workplace_chat_blind12 as b12
    from genaiops.safety.guardrails.train import workplace_chat_blind13 as b13
    from genaiops.safety.guardrails.train import workplace_chat_blind16 as b16
    from genaiops.safety.guardrails.train.splits import everyday_split, injection_split
    from genaiops.safety.guardrails.train.toxicity_extra import DRAWS, ops_negatives
    from genaiops.safety.guardrails.train.toxicity_people_extra import people_extra
    from genaiops.safety.guardrails.train.toxicity_people_languages import people_languages
    from genaiops.safety.guardrails.train.toxicity_people_more import people_more
    from genaiops.safety.guardrails.train.toxicity_people_ordinary import people_ordinary
    from genaiops.safety.guardrails.train.toxicity_people_styles import people_styles
    from genaiops.safety.guardrails.train.toxicity_people_support import people_support
    from genaiops.safety.guardrails.train.toxicity_people_third import people_third
    from genaiops.safety.guardrails.train.workplace_chat import OPS_KINDS, chat_items

    sets = {"blind": b1.blind_items, "blind2": b2.blind2_items, "blind3": b3.blind3_items, "blind4": b4.blind4_items}
    sets |= {"blind5": b5.blind5_items, "blind6": b6.blind6_items, "blind7": b7.blind7_items}
    sets |= {"blind8": b8.blind8_items, "blind9": b9.blind9_items, "blind10": b10.blind10_items}
    sets |= {"blind11": b11.blind11_items, "blind12": b12.blind12_items, "blind13": b13.blind13_items}
    sets |= {"blind16": b16.blind16_items}
    rows: list[tuple[str, int, str, str, bool]] = []  # text, label, group, source, ops
    rows += [(i.text, i.label, i.template, "gen", i.kind in OPS_KINDS) for i in chat_items("dev")]
    rows += [(t, 0, f"extra {k // DRAWS}", "extra", True) for k, t in enumerate(ops_negatives())]
    rows += [(t, label, f"people {g}", "pextra", label == 0) for t, label, g in people_extra()]
    rows += [(t, label, g, "more", label == 0) for t, label, g in people_more()]
    if styles:
        rows += [(t, label, g, "styles", label == 0) for t, label, g in people_styles()]
        rows += [(t, label, g, "ordinary", True) for t, label, g in people_ordinary()]
    if support:
        rows += [(t, label, g, "support", label == 0) for t, label, g in people_support()]
        rows += [(t, label, g, "third", True) for t, label, g in people_third()]
    if languages:
        rows += [(t, label, g, "languages", label == 0) for t, label, g in people_languages()]
    for name in dev_sets:
        rows += [(i.text, i.label, f"{name} {i.text}", name, i.kind in OPS_KINDS) for i in sets[name]()]
    general = injection_split().train_x + everyday_split()[0]
    rules = Toxicity(learned=False)
    masked = [mask_named_terms(mask_birth_dates(mask_reported(text))) for text, *_ in rows]
    flagged = [rules.check(text).outcome != "pass" for text, *_ in rows]
    session19 = Toxicity(people_model="toxicity_people")
    before = [session19.check(text).outcome != "pass" for text, *_ in rows]
    n = len(rows)
    return PeopleRows(
        texts=masked + general,
        y=np.asarray([r[1] for r in rows] + [0] * len(general)),
        groups=np.asarray([r[2] for r in rows] + [f"general {k}" for k in range(len(general))]),
        source=np.asarray([r[3] for r in rows] + ["general"] * len(general)),
        ops=np.asarray([r[4] for r in rows] + [False] * len(general)),
        chat=np.arange(n + len(general)) < n,
        rules=np.asarray(flagged + [False] * len(general)),
        session19=np.asarray(before + [False] * len(general)),
    )


def analyze_aimed(text: str) -> list[str]:
    """:func:`analyze_stems`' features and :func:`toxicity_aim.aim_features` (who the message is aimed at, what is
    done to them): the analyzer of a model whose meta says ``"extra": "aim"`` (the check adds the same features)."""
    from genaiops.safety.guardrails.textmodel import analyze_stems
    from genaiops.safety.guardrails.toxicity_aim import aim_features

    return analyze_stems(text) + aim_features(text)


CHAR_SIZES = (2, 3, 4)
"""The character n-grams of :func:`analyze_chars` (session 30's candidate (c), measured, not shipped)."""
_WORD = re.compile(r"\w+", re.UNICODE)


def analyze_chars(text: str) -> list[str]:
    """:func:`analyze_stems`' features and the character n-grams (:data:`CHAR_SIZES`) inside each word, the word padded
    by a space each side: a word of a language or script the rows hold little of still shares its pieces with the words
    that were read (inflections, compounds, scripts written without spaces). Each begins with ``#``, which the word
    tokenizer never keeps inside a word, so none equals a word feature."""
    from genaiops.safety.guardrails.textmodel import analyze_stems

    grams = []
    for word in _WORD.findall(text.lower()):
        padded = f" {word} "
        for n in CHAR_SIZES:
            grams += [f"#{padded[i : i + n]}" for i in range(len(padded) - n + 1)]
    return analyze_stems(text) + grams


def fit_people(  # type: ignore[no-untyped-def]
    data: PeopleRows, c: float, weight: float = 1.0, aim: bool = False, chars: bool = False
):
    """A TF-IDF vectorizer over :func:`analyze_stems` (with ``aim``, :func:`analyze_aimed`; with ``chars``,
    :func:`analyze_chars`) and a balanced logistic regression fitted on ``data`` (hand-written rows weigh
    ``weight``)."""
    from genaiops.safety.guardrails.textmodel import analyze_stems

    analyzer = analyze_aimed if aim else analyze_chars if chars else analyze_stems
    vectorizer = TfidfVectorizer(analyzer=analyzer, sublinear_tf=True, min_df=1)
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
    """How C and the threshold are chosen: folds (grouped by template, one author each, or one hand-written set each),
    the weight of hand-written rows, the ops budget, and whether the folds' F1 is averaged (across authors or sets) or
    pooled."""

    name: str
    by_author: bool
    weight: float
    ops_budget: float
    ordinary_budget: float = 1.0
    c_grid: tuple[float, ...] = C_GRID
    by_set: bool = False
    """Folds are the hand-written sets (:data:`DEV_SETS`) in the data, one each; every other row always trains."""
    beside_session19: bool = False
    """The model flags beside session 19's people model (the check ORs both; ``PeopleRows.base``): the budget counts
    what this model adds to the rules OR that model."""
    aim: bool = False
    """Who x what features beside the words (:func:`analyze_aimed`; session 29)."""
    chars: bool = False
    """Character n-grams beside the words (:func:`analyze_chars`; session 30, measured, not shipped)."""
    set_ops_share: float | None = None
    """With ``ops_ceiling``: the threshold must also keep the model's additions to EACH held-out set's ops-language
    negatives at this share rounded up (:data:`SET_OPS_SHARE`)."""
    deal_by_checksum: bool = False
    """The ordinary messages go to a set fold by a checksum of their group (the same set whichever sets are left out:
    the nested bench's inner folds then match the recipe's own), not by their order."""
    ops_ceiling: float | None = None
    """When set, the threshold is the lowest at which the check (``base`` OR model) flags at most this share of the
    held-out sets' ops-language negatives out of fold and the model adds at most ``ordinary_budget`` of the ordinary
    messages (:data:`ORDINARY_SOURCES`, dealt round the set folds) to ``base`` (``ops_budget`` is then unused); C still
    goes by mean F1."""

    def folds(self, data: PeopleRows) -> list[tuple[np.ndarray, np.ndarray]]:
        if self.by_set:
            names = [name for name in LOSO_SETS if np.any(data.source == name)]
            family = data.source.astype(object)
            if self.ops_ceiling is not None:  # ordinary messages dealt round the set folds: scored out of fold
                plain = np.flatnonzero(np.isin(data.source, ORDINARY_SOURCES))
                if self.deal_by_checksum:
                    family[plain] = [dealt_set(str(data.groups[i])) for i in plain]
                else:
                    family[plain] = [names[k % len(names)] for k in range(len(plain))]
            return [(np.flatnonzero(family != k), np.flatnonzero(family == k)) for k in names]
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
        """(C, threshold, out-of-fold F1, share of ops negatives the model adds) for ``data``: the shares are of the
        rows held out (every row, but with ``by_set`` only the hand-written sets' rows)."""
        folds = self.folds(data)
        scored = np.zeros(len(data.texts), dtype=bool)
        for _, held in folds:
            scored[held] = True
        ops, ordinary = data.ops & scored, (data.source == "ordinary") & scored
        judged = data.chat
        if self.by_set:  # the sets' own rows are judged; the ordinary ones only count against ordinary_budget
            judged = data.chat & np.isin(data.source, LOSO_SETS)
            ops, ordinary = ops & judged, np.isin(data.source, ORDINARY_SOURCES) & scored
        base = data.base(self)
        best = (-1.0, 1.0, 0.5, 0.0)
        for c in self.c_grid:
            oof = np.zeros(len(data.texts))
            for train, held in folds:
                vectorizer, model = fit_people(data.take(train), c, self.weight, self.aim, self.chars)
                oof[held] = model.predict_proba(vectorizer.transform([data.texts[i] for i in held]))[:, 1]
            for threshold in THRESHOLDS:  # ascending
                flagged = base | (oof >= threshold)
                added = float(np.mean(flagged[ops] & ~base[ops]))
                plain = float(np.mean(flagged[ordinary] & ~base[ordinary])) if ordinary.any() else 0.0
                if self.ops_ceiling is not None:
                    if float(np.mean(flagged[ops])) > self.ops_ceiling or plain > self.ordinary_budget:
                        continue
                    if self.set_ops_share is not None and _over_set_share(data, flagged, base, self.set_ops_share):
                        continue
                elif added > self.ops_budget or plain > self.ordinary_budget:
                    continue
                if self.by_author or self.by_set:
                    score = float(np.mean([_f1(data.y[h][judged[h]], flagged[h][judged[h]]) for _, h in folds]))
                else:
                    score = _f1(data.y[data.chat], flagged[data.chat])
                if score > best[0] + 1e-9:
                    best = (score, c, threshold, added)
                if self.ops_ceiling is not None:
                    break  # the lowest threshold within the ceiling, for this C
            print(f"  {self.name} C={c}: best OOF F1 so far {best[0]:.3f} (C={best[1]}, t={best[2]})", file=sys.stderr)
        return best[1], best[2], best[0], best[3]


def dealt_set(group: str, sets: tuple[str, ...] = LOSO_SETS) -> str:
    """The set fold an ordinary message goes to (``Recipe.deal_by_checksum``): fixed by its group's checksum."""
    return sets[zlib.crc32(group.encode("utf-8")) % len(sets)]


def _over_set_share(data: PeopleRows, flagged: np.ndarray, base: np.ndarray, share: float) -> bool:
    """Whether the model adds more than ``share`` (rounded up) of some hand-written set's ops-language negatives."""
    for name in LOSO_SETS:
        ops = data.ops & (data.source == name)
        if ops.any() and int(np.sum(flagged[ops] & ~base[ops])) > math.ceil(share * int(ops.sum())):
            return True
    return False


RECIPES = {
    "main": Recipe("main", by_author=False, weight=1.0, ops_budget=MAIN_OPS_BUDGET),
    "authors": Recipe(
        "authors", by_author=True, weight=HAND_WEIGHT, ops_budget=AUTHORS_OPS_BUDGET, ordinary_budget=ORDINARY_BUDGET
    ),
    "pooled23": Recipe(
        "pooled23",
        by_author=False,
        weight=HAND_WEIGHT,
        ops_budget=POOLED_OPS_BUDGET,
        c_grid=(POOLED_C,),
        by_set=True,
        beside_session19=True,
    ),
}
RECIPES["pooled"] = replace(
    RECIPES["pooled23"], name="pooled", ops_ceiling=POOLED_OPS_CEILING, ordinary_budget=POOLED_ORDINARY_CEILING
)
RECIPES["pooled24"] = replace(RECIPES["pooled"], name="pooled24", ordinary_budget=0.03)
RECIPES["aimed"] = replace(
    RECIPES["pooled"], name="aimed", aim=True, set_ops_share=SET_OPS_SHARE, deal_by_checksum=True
)
"""Session 29's variant (not shipped): the default's recipe with who x what features (:func:`analyze_aimed`) and the
per-set ops rule (:data:`SET_OPS_SHARE`); measured by the nested bench beside ``pooled``."""
RECIPES["chars"] = replace(RECIPES["aimed"], name="chars", aim=False, chars=True)
"""Session 30's candidate (c): the default's recipe with character n-grams (:func:`analyze_chars`) and the per-set ops
rule; measured by the bench's single-level leave-one-set-out beside ``pooled``."""
"""``pooled`` is the default's recipe; ``pooled23`` is session 23's threshold rule for it (the best mean F1 with the
model adding at most :data:`POOLED_OPS_BUDGET`), kept so that the leave-one-set-out bench compares the two;
``pooled24`` is main's default before session 26: the same recipe with session 24's ordinary ceiling (3 %) on session
24's material (without ``toxicity_people_languages``: the bench leaves those rows out for it)."""
FIXED_C = {
    "main": 30.0,
    "authors": 3.0,
    "pooled23": POOLED_C,
    "pooled": POOLED_C,
    "pooled24": POOLED_C,
    "aimed": POOLED_C,
    "chars": POOLED_C,
}
"""Each recipe's C as shipped (``toxicity_people``, ``toxicity_people_authors``, the pooled default): the
leave-one-set-out bench's ``--fixed-c`` fits each fold at it and still chooses the threshold out of fold."""


def leave_one_set_out(
    recipe: Recipe,
    data: PeopleRows,
    styles: bool = True,
    report: Callable[[dict], None] | None = None,
    support: bool = True,
    languages: bool = True,
) -> list[dict]:
    """Per earlier hand-written set k: fit ``recipe`` on every row but set k's, score set k with rules OR model
    (F1, precision, recall, ops-language negatives flagged). ``styles=False`` leaves ``toxicity_people_styles``
    and ``toxicity_people_ordinary`` out (main's material), ``support=False`` ``toxicity_people_support`` and
    ``toxicity_people_third`` (the option's material has neither), ``languages=False``
    ``toxicity_people_languages`` (session 26's)."""
    results = []
    for name in [name for name in LOSO_SETS if np.any(data.source == name)]:
        keep = data.source != name
        if not languages or not support:
            keep &= data.source != "languages"
        if not styles:
            keep &= ~np.isin(data.source, ("styles", "ordinary"))
        if not styles or not support:
            keep &= ~np.isin(data.source, ("support", "third"))
        train, held = data.take(np.flatnonzero(keep)), data.take(np.flatnonzero(data.source == name))
        c, threshold, oof, _ = recipe.select(train)
        vectorizer, model = fit_people(train, c, recipe.weight)
        flagged = held.base(recipe) | (model.predict_proba(vectorizer.transform(held.texts))[:, 1] >= threshold)
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


def pair_fits(
    recipe: Recipe, data: PeopleRows, c: float, report: Callable[[str], None] | None, pairs: bool = True
) -> dict[tuple[str, ...], np.ndarray]:
    """Out-of-fold probabilities of every row, by the set(s) left out: for each set k and each pair {j, k} the recipe's
    model fitted without those sets' rows (and the ordinary messages dealt to them, ``dealt_set``), scored on the rows
    left out (NaN elsewhere). Shared by the outer and inner folds of :func:`nested_leave_one_set_out`; without
    ``pairs`` the single sets only (:func:`single_leave_one_set_out`)."""
    family = data.source.astype(object)
    plain = np.flatnonzero(np.isin(data.source, ORDINARY_SOURCES))
    family[plain] = [dealt_set(str(data.groups[i])) for i in plain]
    sets = [name for name in LOSO_SETS if np.any(data.source == name)]
    keys = [(k,) for k in sets] + (list(combinations(sets, 2)) if pairs else [])
    fits = {}
    for n, key in enumerate(keys):
        out = np.isin(family, key)
        vectorizer, model = fit_people(data.take(np.flatnonzero(~out)), c, recipe.weight, recipe.aim, recipe.chars)
        scores = np.full(len(data.texts), np.nan)
        held = np.flatnonzero(out)
        scores[held] = model.predict_proba(vectorizer.transform([data.texts[i] for i in held]))[:, 1]
        fits[key] = scores
        if report is not None:
            report(f"{recipe.name}: fit {n + 1} of {len(keys)} (without {', '.join(key)})")
    return fits


def _nested_threshold(recipe: Recipe, data: PeopleRows, oof: np.ndarray, inner: list[str], family: np.ndarray) -> float:
    """The recipe's threshold rule on the inner sets' out-of-fold scores: the lowest threshold at which the check flags
    at most ``ops_ceiling`` of their ops-language negatives, the model adds at most ``ordinary_budget`` of the ordinary
    messages dealt to them and (with ``set_ops_share``) at most that share, rounded up,
    of any one set's ops negatives."""
    base = data.base(recipe)
    sets = np.isin(data.source, inner)
    ops = sets & data.ops
    ordinary = np.isin(data.source, ORDINARY_SOURCES) & np.isin(family, inner)
    for threshold in THRESHOLDS:
        flagged = base | (np.nan_to_num(oof) >= threshold)
        if float(np.mean(flagged[ops])) > (recipe.ops_ceiling or 1.0):
            continue
        if float(np.mean(flagged[ordinary] & ~base[ordinary])) > recipe.ordinary_budget:
            continue
        if recipe.set_ops_share is not None and any(
            int(np.sum(flagged[ops & (data.source == j)] & ~base[ops & (data.source == j)]))
            > math.ceil(recipe.set_ops_share * int(np.sum(ops & (data.source == j))))
            for j in inner
        ):
            continue
        return threshold
    return THRESHOLDS[-1]


def nested_leave_one_set_out(
    recipe: Recipe,
    data: PeopleRows,
    report: Callable[[str], None] | None = None,
    fits: dict[tuple[str, ...], np.ndarray] | None = None,
) -> list[dict]:
    """Per hand-written set k: the threshold chosen by the recipe's rule on the OTHER sets alone (each inner set j
    scored by the fit without j and k), then set k scored by the fit without k at that threshold, rules OR session 19's
    model OR this one: F1, precision, recall, ops-language negatives flagged and ordinary messages (dealt to k) the
    model adds. C is the recipe's first (``--fixed-c``). 1 + 13 x 12 / 2 fits for thirteen sets, shared (pass ``fits``
    from :func:`pair_fits` to score another threshold rule on the same fits)."""
    c = recipe.c_grid[0]
    if fits is None:
        fits = pair_fits(recipe, data, c, report)
    sets = [name for name in LOSO_SETS if np.any(data.source == name)]
    family = data.source.astype(object)
    plain = np.flatnonzero(np.isin(data.source, ORDINARY_SOURCES))
    family[plain] = [dealt_set(str(data.groups[i])) for i in plain]
    base = data.base(recipe)
    results = []
    for k in sets:
        inner = [j for j in sets if j != k]
        oof = np.full(len(data.texts), np.nan)
        for j in inner:
            mine = (data.source == j) | (np.isin(data.source, ORDINARY_SOURCES) & (family == j))
            pair = fits[tuple(sorted((j, k), key=sets.index))]
            oof[mine] = pair[mine]
        threshold = _nested_threshold(recipe, data, oof, inner, family)
        results.append(_scored_set(data, base, family, fits[(k,)], k, c, threshold))
    return results


def _scored_set(
    data: PeopleRows, base: np.ndarray, family: np.ndarray, scores: np.ndarray, k: str, c: float, threshold: float
) -> dict:
    """Set ``k`` scored at ``threshold`` (rules OR session 19's model OR this one, ``scores`` out of fold): F1,
    precision, recall, ops-language negatives flagged and ordinary messages (dealt to k) the model adds."""
    held = data.source == k
    flagged = base[held] | (scores[held] >= threshold)
    y = data.y[held]
    tp = int(np.sum(flagged & (y == 1)))
    dealt = np.isin(data.source, ORDINARY_SOURCES) & (family == k)
    return {
        "set": k,
        "C": c,
        "threshold": threshold,
        "f1": _f1(y, flagged),
        "precision": tp / max(1, int(flagged.sum())),
        "recall": tp / max(1, int(y.sum())),
        "ops_flagged": int(np.sum(flagged & data.ops[held])),
        "ops_added": int(np.sum(flagged & data.ops[held] & ~base[held])),
        "ops": int(data.ops[held].sum()),
        "ordinary_added": int(np.sum((scores[dealt] >= threshold) & ~base[dealt])),
        "ordinary": int(dealt.sum()),
    }


def single_leave_one_set_out(
    recipe: Recipe,
    data: PeopleRows,
    report: Callable[[str], None] | None = None,
    fits: dict[tuple[str, ...], np.ndarray] | None = None,
) -> list[dict]:
    """Not nested (session 30, for time: one fit per set): every set k scored by the fit without it, at ONE threshold
    chosen by the recipe's rule on all the sets' out-of-fold scores (the rule sees the set it scores; the same optimism
    for every recipe). ``fits`` from :func:`pair_fits` (``pairs=False`` suffices) to score another rule on them."""
    c = recipe.c_grid[0]
    if fits is None:
        fits = pair_fits(recipe, data, c, report, pairs=False)
    sets = [name for name in LOSO_SETS if np.any(data.source == name)]
    family = data.source.astype(object)
    plain = np.flatnonzero(np.isin(data.source, ORDINARY_SOURCES))
    family[plain] = [dealt_set(str(data.groups[i])) for i in plain]
    oof = np.full(len(data.texts), np.nan)
    for k in sets:
        mine = (data.source == k) | (np.isin(data.source, ORDINARY_SOURCES) & (family == k))
        oof[mine] = fits[(k,)][mine]
    threshold = _nested_threshold(recipe, data, oof, sets, family)
    return [_scored_set(data, data.base(recipe), family, fits[(k,)], k, c, threshold) for k in sets]
