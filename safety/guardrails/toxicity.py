"""Toxicity and hate: a linear model trained on the Davidson tweets (hate or offensive vs neither).

Spans point at the words that carried the decision (the present features with the largest positive weight), so
a reviewer sees why a text was flagged without reading the model.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from genaiops.safety.guardrails.base import Composable, make_verdict
from genaiops.safety.guardrails.textmodel import LinearTextModel, load_model, sentence_windows
from genaiops.safety.verdict import Outcome, Span, Verdict

__all__ = ["Toxicity"]


@cache
def _model() -> LinearTextModel:
    return load_model("toxicity")


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

    def __post_init__(self) -> None:
        _model()  # load the shipped model once, at construction, not on the first check

    def check(self, text: str) -> Verdict:
        if not text.strip():
            return make_verdict(self.name, False, 0.0)
        model = _model()
        regions = sentence_windows(text) if self.windowed else [(0, len(text))]
        score, (start, end) = max((model.probability(text[a:b]), (a, b)) for a, b in regions)
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
        return make_verdict(self.name, hit, score, spans, reason, self.on_hit)
