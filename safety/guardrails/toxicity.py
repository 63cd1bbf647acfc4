"""Toxicity and hate: a linear model trained on the Davidson tweets (hate or offensive vs neither), judged by
who it is aimed at.

The word model alone behaves like a profanity filter. With ``targets`` on (the default), rules in
:mod:`toxicity_targets` add hostility aimed at people that uses polite words (veiled threats, intimidation,
exclusion, insults at "you", demeaning a group by implication) and clear what the model flagged when the rough
words are aimed at things ("kill the stuck process"), at the speaker ("I'm such an idiot") or quoted to report
abuse; :mod:`toxicity_implied` adds hostility by implication (leverage over a job, exclusion of an identity group,
contempt without insult words) and blanks "born" before a date of birth; :mod:`toxicity_cues` adds hostility that
takes two cues together (a lever over someone's job or visa plus a demand, a protest plus retaliation, exclusion plus
a protected trait, a group plus a generalisation) and belittling forms. With ``learned`` on too (the default), a
second small linear model (``toxicity_people_pooled``, pooled over every author's material: the workplace-chat set's
dev part, ops-chat negatives, the training-only message sets and the eight earlier hand-written sets;
``train_text_models.train_toxicity_people_pooled``) also flags hostility aimed at people in wordings no rule names.
``targets=False`` is the word model alone (the bench's baseline).

Spans point at the words that carried the decision (the present features with the largest positive weight, or
the rule that matched), so a reviewer sees why a text was flagged without reading the model.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from genaiops.safety.guardrails.base import Composable, make_verdict
from genaiops.safety.guardrails.casing import lower_cased
from genaiops.safety.guardrails.textmodel import LinearTextModel, load_model, sentence_windows
from genaiops.safety.guardrails.textmodel_windows import window_probabilities
from genaiops.safety.guardrails.toxicity_cues import cue_spans, mask_named_terms
from genaiops.safety.guardrails.toxicity_implied import implied_spans, mask_birth_dates
from genaiops.safety.guardrails.toxicity_targets import benign_reason, hostile_spans, mask_reported
from genaiops.safety.verdict import Outcome, Span, Verdict

__all__ = ["Toxicity"]


@cache
def _model() -> LinearTextModel:
    return load_model("toxicity")


PEOPLE_MODELS: dict[str, tuple[str, ...]] = {
    "toxicity_people_pooled": ("toxicity_people_pooled", "toxicity_people"),
    "toxicity_people": ("toxicity_people",),
    "toxicity_people_authors": ("toxicity_people_authors",),
}
"""The learned people models (``Toxicity.people_model`` names one) and the files in ``models/`` each one is: the
default flags when its pooled model or session 19's model does, each at its own threshold (the pooled model's
threshold was chosen out of fold beside session 19's flags)."""


@cache
def _people(name: str = "toxicity_people_pooled") -> LinearTextModel:
    return load_model(name)


def _strongest(text: str) -> float:
    """The largest idf x coefficient among the single words of ``text`` the word model knows."""
    model = _model()
    words = {w for w in re.findall(r"\w+", lower_cased(text))}
    return max((model.idf[w] * model.coef.get(w, 0.0) for w in words if w in model.idf), default=0.0)


def _word_spans(text: str, words: list[str]) -> list[Span]:
    spans = []
    for word in {w for feature in words for w in feature.split(" ") if w.isalnum()}:
        pattern = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)", re.IGNORECASE)
        spans.extend(Span(start=m.start(), end=m.end(), label="TOXIC") for m in pattern.finditer(text))
    return spans


@dataclass(frozen=True)
class Toxicity(Composable):
    """Insults, slurs, hateful or obscene language."""

    name: str = "toxicity"
    threshold: float | None = None
    windowed: bool = False
    """Score long texts per 3-sentence window (slower; catches one hostile passage in a long answer)."""
    on_hit: Outcome = "flag"
    targets: bool = True
    """Judge who the language is aimed at (people, not words); False = the word model alone."""
    cues: bool = False
    """Also the two-cue rules of :mod:`toxicity_cues` (a lever plus a demand, a protest plus retaliation...). Off
    by default: written from the second blind set's errors, they caught 1 more of 20 hostile messages on a set
    still unseen while doubling this check's cost (the input pipeline's p99 per KB over its 2 ms budget on
    ``bench/guardrails.py``); ``bench/toxicity.py`` scores them beside the default."""
    learned: bool = True
    """With ``targets``: the learned people model (``people_model``) flags too; False = the rules alone. It judges
    short messages: a hostile sentence beside ordinary ops sentences is diluted below its threshold."""
    people_model: str = "toxicity_people_pooled"
    """The learned people model's file: ``toxicity_people_pooled`` (the default since session 23) is pooled over the
    eight earlier hand-written sets (since session 24) and all the training material; ``toxicity_people`` (the default
    until session 22) knows none of the hand-written sets and flags much less; ``toxicity_people_authors`` (an option)
    is trained across authors on the first four hand-written sets (docs/toxicity_pii_sets.md)."""

    learned_min_words: int = 4
    """Shorter texts (fewer words) are left to the rules and the word model: a learned people model has no evidence
    in one to three words and scores them near its threshold ("no." 0.74 for ``toxicity_people_pooled``, which
    flagged the chat desk's answer to "Run it?"), as the injection models' ``model_min_words``. 0: no limit."""

    def __post_init__(self) -> None:
        if self.people_model not in PEOPLE_MODELS:
            raise ValueError(
                f"people_model: {self.people_model!r} is not a shipped people model; use one of {list(PEOPLE_MODELS)}"
            )
        _model()  # load the shipped models once, at construction, not on the first check
        if self.targets and self.learned:
            for name in PEOPLE_MODELS[self.people_model]:
                _people(name)

    def check(self, text: str) -> Verdict:
        if not text.strip():
            return make_verdict(self.name, False, 0.0)
        if not self.targets:
            return self._words(text)[0]
        judged = mask_named_terms(mask_birth_dates(mask_reported(text)))
        hostile = hostile_spans(judged) or implied_spans(judged) or (cue_spans(judged) if self.cues else [])
        regions = sentence_windows(judged) if self.windowed else [(0, len(judged))]
        learned = None
        if self.learned and not hostile and len(text.split()) >= self.learned_min_words:
            # the people model before the word model: its pass with stems serves the word model's look-ups of the
            # same text too (textmodel._recalled keeps only the last 16 texts)
            learned = self._people(judged, regions)
        verdict, (start, end) = self._words(judged, regions)
        if hostile:
            kinds = ", ".join(sorted({s.label.lower() for s in hostile}))
            spans = hostile + list(verdict.spans)  # the rule's phrase and the words the model reacted to
            return make_verdict(self.name, True, 1.0, spans, f"hostility aimed at people ({kinds})", self.on_hit)
        if learned is not None:
            return learned
        why = benign_reason(judged[start:end], _strongest(judged[start:end])) if verdict.outcome != "pass" else None
        if why is None:
            return verdict
        return make_verdict(self.name, False, verdict.score, [], f"rough words, not toxic: {why}", self.on_hit)

    def _people(self, text: str, regions: list[tuple[int, int]]) -> Verdict | None:
        """The learned people model's verdict when one of its files flags (whole text, or its worst window; the file
        furthest over its threshold speaks), else ``None``."""
        found = []
        for name in PEOPLE_MODELS[self.people_model]:
            model = _people(name)
            score, (start, end) = max((model.probability(text[a:b]), (a, b)) for a, b in regions)
            found.append((score - model.threshold, score, (start, end), model))
        over, score, (start, end), model = max(found, key=lambda f: f[0])
        if over < 0:
            return None
        cues = model.top_features(text[start:end])
        spans = [
            s.model_copy(update={"start": s.start + start, "end": s.end + start})
            for s in _word_spans(text[start:end], cues)
        ]
        reason = f"hostility aimed at people (learned model, score {score:.2f}; cues: {', '.join(cues) or '-'})"
        return make_verdict(self.name, True, score, spans, reason, self.on_hit)

    def _words(self, text: str, regions: list[tuple[int, int]] | None = None) -> tuple[Verdict, tuple[int, int]]:
        """The word model's verdict, and the region (whole text or worst window) it scored."""
        model = _model()
        if regions is None:
            regions = sentence_windows(text) if self.windowed else [(0, len(text))]
        score, (start, end) = max(zip(window_probabilities(model, text, regions), regions, strict=True))
        threshold = self.threshold if self.threshold is not None else model.threshold
        if self.windowed and self.threshold is None and len(regions) > 1 and model.window_threshold is not None:
            threshold = model.window_threshold
        hit = score >= threshold
        cues = model.top_features(text[start:end]) if hit else []
        reason = f"toxic or hateful language (score {score:.2f}; cues: {', '.join(cues) or '-'})"
        spans = [
            s.model_copy(update={"start": s.start + start, "end": s.end + start})
            for s in _word_spans(text[start:end], cues)
        ]
        return make_verdict(self.name, hit, score, spans, reason, self.on_hit), (start, end)
