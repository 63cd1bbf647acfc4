"""A learned decision for capitalised runs: PERSON, LOCATION, ORGANIZATION, NRP or nothing.

Candidates are the capitalised runs of a text (trimmed of leading common words) and the spans the hand-written rules
propose inside them. Each candidate is described by a few dozen string features (what the rules said, gazetteer
hits, shape, the words around it, whether it stands alone on its line) and scored by a multinomial logistic
regression shipped as JSON (``models/pii_runs.json.gz``, trained by ``train/train_pii_runs.py`` on a seeded half of
the Presidio synthetic templates). The rules' opinion is one feature among others, so the model learns when to
trust them.
"""

from __future__ import annotations

import gzip
import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType

from genaiops.safety.guardrails.pii_names import (
    PRODUCT_NAMES,
    Token,
    alone_on_line,
    capitalised_runs,
    extra_name_spans,
    gazetteer,
    heuristic_spans,
    previous_words,
    trimmed,
)
from genaiops.safety.guardrails.textmodel import MODELS_DIR
from genaiops.safety.verdict import Span

__all__ = ["RUN_LABELS", "RunModel", "candidates", "candidate_features", "find_runs", "load_run_model"]

RUN_LABELS = ("O", "PERSON", "LOCATION", "ORGANIZATION", "NRP")
_NEXT_WORD = re.compile(r"[ \t]*([\w'’\-]+)")


def _clean(word: str) -> str:
    return word.rstrip(".").lower().replace("’", "'")


def candidates(text: str) -> list[tuple[int, int, list[Token], str]]:
    """(start, end, tokens, what the rules say) for every run and every rule span inside a run."""
    found: dict[tuple[int, int], tuple[int, int, list[Token], str]] = {}
    for run in capitalised_runs(text):
        rule_spans = heuristic_spans(run, text)
        for span in rule_spans:
            tokens = [t for t in run if t[0] >= span.start and t[1] <= span.end + 1]
            found[(span.start, span.end)] = (span.start, span.end, tokens, span.label)
        core = trimmed(run)
        if core:
            end = core[-1][1] - (1 if core[-1][2].endswith(".") and len(core[-1][2]) > 2 else 0)
            found.setdefault((core[0][0], end), (core[0][0], end, core, "none"))
    return sorted(found.values(), key=lambda c: (c[0], c[1]))


def candidate_features(text: str, start: int, end: int, tokens: list[Token], rule: str) -> list[str]:
    """The string features of one candidate span."""
    gaz = gazetteer()
    words = [_clean(t[2]) for t in tokens] or [_clean(text[start:end])]
    joined = " ".join(words)
    features = [f"rule={rule}", f"n={min(len(words), 4)}", f"suffix={words[-1][-3:]}"]
    flags = {
        "first_name0": words[0] in gaz.first_names,
        "last_nameL": words[-1] in gaz.last_names,
        "first_nameL": words[-1] in gaz.first_names,
        "place": joined in gaz.places,
        "country": joined in gaz.countries,
        "any_place": any(w in gaz.places for w in words),
        "nationality": words[0] in gaz.nationalities,
        "all_caps": len(text[start:end]) > 1 and text[start:end].isupper(),
        "initial": any(len(w) == 1 for w in words),
        "non_ascii": not text[start:end].isascii(),
        "alone_on_line": bool(tokens) and alone_on_line(tokens, text),
        "possessive": text[end : end + 2] in ("'s", "’s"),
    }
    features += [name for name, on in flags.items() if on]
    features.append(f"common={min(sum(w in gaz.common_words for w in words), 2)}")
    before = previous_words(text, start)
    features += [f"prev1={before[-1]}" if before else "prev1=<none>", f"prev2={before[-2]}" if len(before) > 1 else ""]
    gap = text[max(0, start - 3) : start]
    features.append("after_newline" if "\n" in gap or start == 0 else f"prev_char={gap.strip()[-1:] or ' '}")
    following = _NEXT_WORD.match(text, end)
    features.append(f"next1={following.group(1).lower()}" if following else f"next_char={text[end : end + 1]}")
    return [f for f in features if f]


@dataclass(frozen=True)
class RunModel:
    """Multinomial logistic regression over string features; weights per feature and label."""

    weights: Mapping[str, tuple[float, ...]]
    intercept: tuple[float, ...]
    threshold: float

    def probabilities(self, features: list[str]) -> list[float]:
        s0, s1, s2, s3, s4 = self.intercept  # one score per RUN_LABELS entry
        get = self.weights.get
        for feature in features:
            row = get(feature)
            if row is not None:
                s0 += row[0]
                s1 += row[1]
                s2 += row[2]
                s3 += row[3]
                s4 += row[4]
        scores = (s0, s1, s2, s3, s4)
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return [e / total for e in exps]


def _words(words: str) -> frozenset[str]:
    return frozenset(words.split())


_HUMAN_VERBS = _words(
    """said says told asked wrote paged merged approved confirmed reviewed signed replied mentioned thinks agreed
    noticed owns rotated restarted opened closed reported joined pushed deployed fixed acked acknowledged"""
)
_SOFT_VERBS = _words("will has is was takes took")
"""Verbs after a lone first name that also names a place ("Kim has the morning"); not after a country."""
_MONTHS = _words("january february march april may june july august september october november december")
_OPS_NOUNS = _words(
    """compaction queue queues cluster node nodes job jobs pod pods service db database instance index topic replica
    shard dashboard pipeline deployment broker worker workers api server container bucket backup consumer producer
    metrics exporter agent proxy gateway release build query queries logs traces gateways reports alerts alert
    dashboards clusters scrape ingest indexer plugin plugins relay rollout rollouts"""
)
_ADDRESSED = _words("hi hello hey dear thanks thank mr mrs ms dr")
_NOT_NAME_END = _words("street st avenue road drive lane square way group bank university hotel")
_PLACE_BEFORE = _words("in from to at near via across")
_SITE_NOUNS = _words("region office dc datacenter data-center site campus hq branch colo")
"""After a known place, these make it the place it names ("the Paris region", "Seoul DC")."""


def _ops_override(text: str, start: int, end: int, tokens: list[Token]) -> str | None:
    """The ops-language reading of a run where the model guesses from the gazetteer alone: a lone first name that
    is also a place or a month but acts ("Kim said", "Jordan paged"), "First Last" whose first name is also a
    place ("Jordan Lee"), a month without an actor ("the April release") and a name-like product before an ops noun
    ("Cassandra compaction", "Hermes queue"). ``"O"`` drops the candidate, ``None`` leaves it to the model."""
    gaz = gazetteer()
    words = [_clean(t[2]) for t in tokens]
    following = _NEXT_WORD.match(text, end)
    nxt = following.group(1).lower() if following else ""
    if len(words) == 1:
        return _lone_word(text, start, words[0], nxt, gaz)
    if text[start:end].isupper() and words[0] not in gaz.first_names and words[0] not in gaz.last_names:
        return "O"  # an ALL CAPS run led by a word that is no name: find_world_names reads it ("CARDHOLDER LIU WEI")
    if words[0] not in gaz.first_names and any(w in PRODUCT_NAMES for w in words):
        return "O"  # "Grafana Loki", "Elastic Cloud" (but "Franz Kafka" is a person)
    if (
        len(words) in (2, 3)
        and words[0] in gaz.first_names
        and words[-1] in gaz.last_names
        and words[-1] not in _NOT_NAME_END
        and nxt not in _SITE_NOUNS
        and " ".join(words) not in gaz.places
    ):
        return "PERSON"
    return None


def _lone_word(text: str, start: int, word: str, nxt: str, gaz) -> str | None:
    if nxt in _SITE_NOUNS and word in gaz.places:
        return "LOCATION"
    if nxt in _OPS_NOUNS or _product(text, start, word, nxt):
        return "O"
    raw = text[start : start + len(word)]
    before = previous_words(text, start)
    place_cued = bool(before) and before[-1] in _PLACE_BEFORE
    if raw.isupper() and not place_cued and word not in gaz.countries and len(raw) <= 3:
        return "O"  # "the SAP interface": an acronym, not a lone name or place ("in LYCKSELE" stays a place)
    if word not in gaz.first_names:
        return None
    soft = nxt in _SOFT_VERBS and word not in gaz.countries and word not in _MONTHS
    if not place_cued and (nxt in _HUMAN_VERBS or soft):
        return "PERSON"
    return "O" if word in _MONTHS else None


def _product(text: str, start: int, word: str, nxt: str) -> bool:
    """A product name ("Loki", "Grafana"), or a name coordinated with one ("Victoria and Elastic")."""
    before = previous_words(text, start)
    if before and before[-1] in _ADDRESSED or nxt in _HUMAN_VERBS:
        return False
    if word in PRODUCT_NAMES:
        return True
    if nxt in ("and", "or"):
        after = _COORDINATE.match(text, start + len(word))
        return after is not None and after.group(1).lower() in PRODUCT_NAMES
    return len(before) >= 2 and before[-1] in ("and", "or") and before[-2] in PRODUCT_NAMES


_COORDINATE = re.compile(r"\s+(?:and|or)\s+([\w\-]+)")


@cache
def load_run_model() -> RunModel | None:
    """The shipped model, or ``None`` if it has not been trained (the rules are used alone then)."""
    path = MODELS_DIR / "pii_runs.json.gz"
    if not path.exists():
        return None
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        data = json.load(handle)
    if tuple(data["labels"]) != RUN_LABELS:
        raise ValueError(f"{path}: labels {data['labels']} do not match {RUN_LABELS}")
    weights = {f: tuple(row) for f, row in zip(data["features"], data["weights"], strict=True)}
    return RunModel(MappingProxyType(weights), tuple(data["intercept"]), float(data["threshold"]))


def find_runs(text: str, model: RunModel | None = None) -> list[Span]:
    """PERSON / LOCATION / ORGANIZATION / NRP spans decided by the run model (rules alone without one)."""
    model = model or load_run_model()
    if model is None:
        return [s for run in capitalised_runs(text) for s in heuristic_spans(run, text)] + extra_name_spans(text)
    scored = []
    for start, end, tokens, rule in candidates(text):
        override = _ops_override(text, start, end, tokens)
        if override is not None:
            if override != "O":
                scored.append((2.0, Span(start=start, end=end, label=override)))
            continue
        probs = model.probabilities(candidate_features(text, start, end, tokens, rule))
        best = max(range(1, len(RUN_LABELS)), key=probs.__getitem__)
        if probs[best] >= model.threshold:
            scored.append((probs[best], Span(start=start, end=end, label=RUN_LABELS[best])))
    kept: list[Span] = []
    for _, span in sorted(scored, key=lambda item: -item[0]):
        if all(span.end <= k.start or k.end <= span.start for k in kept):
            kept.append(span)
    return kept + extra_name_spans(text)
