"""Banned substrings and banned topics: plain, predictable lists an operator writes in the pipeline YAML.

``BannedSubstrings`` matches literal strings (case-insensitive by default, optionally whole words only).
``BannedTopics`` maps a topic to keywords or phrases; a topic is hit when at least ``min_hits`` distinct keywords
of it occur, which keeps a single ambiguous word from blocking a text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from genaiops.safety.guardrails.base import Composable, make_verdict
from genaiops.safety.verdict import Outcome, Span, Verdict

__all__ = ["BannedSubstrings", "BannedTopics"]


def _alternation(words: tuple[str, ...], whole_words: bool, case_sensitive: bool) -> re.Pattern[str] | None:
    if not words:
        return None
    body = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    pattern = rf"(?<!\w)(?:{body})(?!\w)" if whole_words else f"(?:{body})"
    return re.compile(pattern, 0 if case_sensitive else re.IGNORECASE)


@dataclass(frozen=True)
class BannedSubstrings(Composable):
    """Any of the listed strings in the text."""

    substrings: tuple[str, ...] = ()
    name: str = "banned_substrings"
    whole_words: bool = False
    case_sensitive: bool = False
    on_hit: Outcome = "block"
    _pattern: re.Pattern[str] | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        words = tuple(s for s in self.substrings if s)
        object.__setattr__(self, "_pattern", _alternation(words, self.whole_words, self.case_sensitive))

    def check(self, text: str) -> Verdict:
        found = list(self._pattern.finditer(text)) if self._pattern else []
        spans = [Span(start=m.start(), end=m.end(), label="BANNED") for m in found]
        reason = f"banned text: {', '.join(sorted({m.group().lower() for m in found}))}"
        return make_verdict(self.name, bool(spans), 1.0 if spans else 0.0, spans, reason, self.on_hit)


@dataclass(frozen=True)
class BannedTopics(Composable):
    """Topics, each a list of keywords; a topic is hit when ``min_hits`` distinct keywords of it appear."""

    topics: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    name: str = "banned_topics"
    min_hits: int = 1
    on_hit: Outcome = "block"
    _patterns: tuple[tuple[str, re.Pattern[str]], ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        compiled = []
        for topic, words in sorted(self.topics.items()):
            pattern = _alternation(tuple(w for w in words if w), True, False)
            if pattern is not None:
                compiled.append((topic, pattern))
        object.__setattr__(self, "_patterns", tuple(compiled))

    def __hash__(self) -> int:
        return hash((self.name, tuple(sorted((k, tuple(v)) for k, v in self.topics.items()))))

    def check(self, text: str) -> Verdict:
        spans: list[Span] = []
        hit_topics = []
        for topic, pattern in self._patterns:
            found = list(pattern.finditer(text))
            if len({m.group().lower() for m in found}) >= self.min_hits:
                hit_topics.append(topic)
                spans.extend(Span(start=m.start(), end=m.end(), label=f"TOPIC:{topic}") for m in found)
        reason = f"banned topic: {', '.join(hit_topics)}"
        return make_verdict(self.name, bool(hit_topics), 1.0 if hit_topics else 0.0, spans, reason, self.on_hit)
