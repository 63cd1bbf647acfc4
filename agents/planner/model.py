"""The offline planner's model: the intent classifier and the slot tagger, read from shipped JSON, and how their
answers are put together with the rules.

- Intent: multinomial logistic regression over the request's features (``features.intent_features``); weights
  per feature in ``data/model.json``. The words may then overrule its first choice (``intent_rules``).
- Slots: a greedy left-to-right tagger (BIO labels over regex tokens) with averaged-perceptron weights over the
  token features (``features.tag_features``). A slot's value is the request's text from its first token's start
  to its last token's end, so it is always a verbatim substring; the slot rules (``slot_rules``) and the readings
  of neighbouring words (``readings``) then complete and correct them.

Pure Python and JSON (nothing unpickled); ``python -m genaiops.agents.planner.train`` rebuilds the file.
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from genaiops.agents.planner.cues import CUE_STEMS
from genaiops.agents.planner.features import intent_features, prepare, tag_features
from genaiops.agents.planner.intent_rules import overrule
from genaiops.agents.planner.lexicon import Lexicon
from genaiops.agents.planner.readings import (
    SERVICE_WORDS,
    environment_named,
    foreign_metric,
    general_question,
    kebab_name,
    kinds_said,
    known_service,
    latency_metric,
    metric_after_service,
    names_by_neighbours,
    production_environment,
    requester_at_end,
    service_by_suffix,
)
from genaiops.agents.planner.slot_rules import (
    ARTICLES,
    RULES,
    keyvalue_slots,
    names_by_form,
    pairs_only,
    plain_span,
    rollback_versions,
    rule_slots,
    said_of_a_service,
    version_slots,
    worded_versions,
)
from genaiops.agents.planner.tokens import fold, tokens

__all__ = ["MODEL_FILE", "Model", "load_model"]

MODEL_FILE = Path(__file__).with_name("data") / "model.json"


class Model:
    """The shipped weights: ``intent`` (feature -> weight per class) and ``tagger`` (feature -> label -> w)."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.classes: list[str] = data["classes"]
        self.intent_weights: dict[str, list[float]] = data["intent"]
        self.labels: list[str] = data["labels"]
        self.tag_weights: dict[str, dict[str, float]] = data["tagger"]
        self.trained_on: int = int(data.get("trained", {}).get("rows", 0))
        self.known: dict[str, str] = {name: slot for slot, names in data["known"].items() for name in names}
        self.common: frozenset[str] = frozenset(data.get("common", ()))
        self.vocab: frozenset[str] = frozenset(data.get("vocab", ()))
        self.lexicon: Lexicon | None = Lexicon(data["lexicon"], CUE_STEMS) if data.get("lexicon") else None

    def intent(self, text: str) -> tuple[str, float]:
        """The most probable intent and its probability."""
        scores = [0.0] * len(self.classes)
        for feat in intent_features(text, self.lexicon):
            row = self.intent_weights.get(feat)
            if row:
                for k, w in enumerate(row):
                    scores[k] += w
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        best = max(range(len(scores)), key=scores.__getitem__)
        fixed = self.lexicon.fix(fold(text)) if self.lexicon else fold(text)
        chosen = overrule(
            text, fixed, self.classes[best], lambda intent: exps[self.classes.index(intent)] / sum(exps), self.classes
        )
        best = self.classes.index(chosen)
        return self.classes[best], exps[best] / sum(exps)

    def tag(self, words: list[str], intent: str) -> list[tuple[str, float]]:
        """BIO labels for ``words`` with their margins over "O", left to right (an I- only continues its own
        slot)."""
        labels: list[tuple[str, float]] = []
        previous = "<s>"
        folded, shapes = prepare(words)
        for i in range(len(words)):
            scores: dict[str, float] = {}
            for feat in tag_features(folded, shapes, i, previous, intent, self.known, self.vocab):
                for label, w in self.tag_weights.get(feat, {}).items():
                    scores[label] = scores.get(label, 0.0) + w
            best = _best(scores, previous)
            labels.append((best, scores.get(best, 0.0) - scores.get("O", 0.0)))
            previous = best
        return labels

    def slots(self, text: str, intent: str) -> dict[str, str]:
        """Slot -> verbatim text: ``key=value`` pairs (as ``@opsbot`` takes them) by rule; else the tagger's
        most confident span of each slot, with ids and ``since`` times by rule where their form is certain."""
        pairs = keyvalue_slots(text)
        if pairs and pairs_only(text):
            return pairs  # an @opsbot form: the pairs are the request
        if intent == "out_of_scope" and general_question(text):
            return {}  # a general question names nothing in the system
        toks = tokens(text)
        words = [t for t, _, _ in toks]
        labels = self.tag(words, intent)
        found: dict[str, tuple[tuple[bool, float], int, str]] = {}
        i = 0
        while i < len(toks):
            label, margin = labels[i]
            if label == "O" or label.startswith("I-"):
                i += 1
                continue
            slot, j = label[2:], i + 1
            while j < len(toks) and labels[j][0] == f"I-{slot}":
                j += 1
            while j - 1 > i and not toks[j - 1][0][0].isalnum():  # a value does not end in punctuation
                j -= 1
            plain = plain_span(slot, words, i, j, intent, self.common)
            rank = (slot == "service" and said_of_a_service(toks, i, j), margin)
            if not plain and (slot not in found or rank > found[slot][0]):
                found[slot] = (rank, i, text[toks[i][1] : toks[j - 1][2]])
            i = j
        ordered = sorted(found.items(), key=lambda item: item[1][1])
        named = self._read_around(text, toks, {slot: value for slot, (_, _, value) in ordered}, intent)
        if pairs:  # key=value lines pasted into prose (an alert, a job's output): they name what they name
            named = {k: v for k, v in named.items() if v not in pairs.values()} | pairs
        worded = worded_versions(text)  # "to version 1" read as "to version v1", then told as said ("1")
        out = version_slots(worded, rule_slots(text, named), intent)
        out = rollback_versions(worded, out) if intent == "model_rollback" else out
        return {k: v[1:] if v not in text and v in worded and v[1:].isdigit() else v for k, v in out.items()}

    def _drifts(self, text: str) -> bool:
        """Whether the request speaks of drift (a slip of the word too: "the drfit on X")."""
        return bool(_DRIFT_WORD.search(self.lexicon.fix(fold(text)) if self.lexicon else fold(text)))

    def _read_around(
        self, text: str, toks: list[tuple[str, int, int]], tagged: dict[str, str], intent: str
    ) -> dict[str, str]:
        """The tagger's slots completed by the readings of their neighbours (``readings``): names by their form and
        the words beside them, a known service said of as one, a metric after it, production, a requester."""
        words = [t for t, _, _ in toks]
        named = names_by_form(tagged, self.known)
        if "-" in named.get("feature", "") and "model" not in named:  # features are columns, models kebab-case
            named["model"] = named.pop("feature")
        named = kinds_said(text, named)
        named = names_by_neighbours(text, named, self.common | ARTICLES)
        named = _kinds_of_the_work(text, named, intent)
        if "service" not in named:
            service = known_service(words, [fold(w) for w in words], self.known, set(named.values()))
            service = service or service_by_suffix(text, set(named.values()))
            if service:
                named["service"] = service
        metric = _metric(text, toks, named, self.known)
        if metric:
            named["metric"] = metric
        if "environment" not in named and (production := production_environment(text) or environment_named(text)):
            named["environment"] = production
        if "-" in named.get("feature", "") and "model" not in named:  # features are columns, models kebab-case
            named["model"] = named.pop("feature")
        if intent == "model_retraining" and "feature" in named and "dataset" not in named and not self._drifts(text):
            named["dataset"] = named.pop("feature")  # a retrain's data: a feature is named only with its drift
        if intent == "model_rollback" and "dataset" in named and "model" not in named:
            named["model"] = named.pop("dataset")  # a rollback is of a model, never of data
        dataset = named.get("dataset", "")
        if intent in _ABOUT_A_MODEL and "model" not in named and "-" in dataset and _model_like(dataset):
            named["model"] = named.pop("dataset")  # "check drift on churn-scorer": a drift or a retrain is of a model
        if intent in _NAMES_A_MODEL and "model" not in named and (name := kebab_name(text, set(named.values()))):
            named["model"] = name  # "si ingresos_mes ha derivado en riesgo-pyme": the model the tagger left out
        if intent in _QUERIES and "requester" not in named and not RULES[_QUERIES[intent]].search(text):
            requester = requester_at_end(text, self.common | ARTICLES, runs=intent == "run_status_query")
            if requester and requester not in named.values():  # "... especially for prod?": the environment
                named["requester"] = requester
        return named


def _kinds_of_the_work(text: str, named: dict[str, str], intent: str) -> dict[str, str]:
    """Names moved to the kind the request's work or words make them: an "environment" said of as a service
    ("promo-engine latency spiked", "in feed-svc") is the service; a safety review's "dataset" is the prompt whose
    outputs it reviews; a drift check's "prompt" is its feature."""
    named = dict(named)
    env = named.get("environment", "")
    said = re.search(rf"(?<![\w-]){re.escape(env)}\s+(?:{_SAID})\b", text) if "-" in env else None
    if "service" not in named and "-" in env and (said or service_by_suffix(env, set()) == env):
        named["service"] = named.pop("environment")
    if intent == "content_safety_review" and "dataset" in named and "prompt" not in named:
        named["prompt"] = named.pop("dataset")
    if intent == "drift_check" and "prompt" in named and "feature" not in named:
        named["feature"] = named.pop("prompt")
    return named


def _metric(text: str, toks: list[tuple[str, int, int]], named: dict[str, str], known: dict[str, str]) -> str | None:
    """The metric as the text names it: the tagger's, with its latency word before a percentile ("latencia p95")
    and whole when it is part of a longer foreign name ("la tasa de error"); else a signal after a known service
    or, when a service is named, a foreign one."""
    tagged = named.get("metric")
    if not tagged:
        return metric_after_service(text, toks, known) or ("service" in named and foreign_metric(text)) or None
    tagged = latency_metric(text, tagged)
    wider = foreign_metric(text)
    others = [value for slot, value in named.items() if slot != "metric"]
    if wider and tagged in wider and not any(tagged in value for value in others):
        return wider
    return tagged


_DRIFT_WORD = re.compile(r"drift|derive|deriva|psi\b|distribution|shift")
"""Words of drift (folded): a retrain request that names a feature says it drifted."""
_SAID = "|".join(sorted(SERVICE_WORDS - {"is", "has", "was", "ist", "hat", "went", "keeps", "shows", "looks", "seems"}))
"""Signal and service words after a name that make it a service ("promo-engine p99", "webhooks-out pods")."""
_NAMES_A_MODEL = frozenset({"drift_check", "model_retraining", "model_rollback"})
"""Intents whose request names the model they act on."""
_QUERIES = {"approval_query": "approval_id", "run_status_query": "run_id"}
"""The desk's queue queries and their ids: a query that names no id may name the person it is about."""
_VERSIONED = re.compile(r"-v\d+$", re.IGNORECASE)


def _model_like(name: str) -> bool:
    """A kebab-case name of a model's form: no digit (datasets carry dates: ``clicks-2026-11``), or only a version
    at its end (``churn-v3``, ``fraud-scorer-v2``)."""
    return not re.search(r"\d", _VERSIONED.sub("", name))


_ABOUT_A_MODEL = frozenset({"drift_check", "model_retraining"})
"""Intents whose request names a model whenever it names a dataset: of the train and blind requests that name a
dataset and no model, every dataset has a digit (``clicks-2026-11``); a kebab-case name without one, or with only a
version at its end (``churn-v3``), is the model."""


def _best(scores: dict[str, float], previous: str) -> str:
    best, top = "O", scores.get("O", 0.0)
    for label, score in scores.items():
        if score > top and (not label.startswith("I-") or previous[2:] == label[2:]):
            best, top = label, score
    return best


@lru_cache(maxsize=2)
def load_model(path: Path = MODEL_FILE) -> Model:
    """The model in ``path`` (read once per process)."""
    return Model(json.loads(path.read_text(encoding="utf-8")))
