"""Person names and places, from gazetteers plus context cues (no NER model).

The gazetteer (``models/gazetteer.json.gz``, built by ``train/build_gazetteer.py``) holds first and last names,
cities, countries, nationalities and common English words. A run of capitalised words is a PERSON when it starts
with a known first name and is followed by another name-like word, when it stands alone on a line, is followed by
a verb ("David lives ..."), or when a cue ("my name is", "Mr.", "Name:") introduces it. A run that is a known city
or country, or follows "lives in" / "originally from", is a LOCATION.
"""

from __future__ import annotations

import gzip
import json
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from genaiops.safety.guardrails.textmodel import MODELS_DIR
from genaiops.safety.verdict import Span

__all__ = [
    "PRODUCT_NAMES",
    "Gazetteer",
    "capitalised_runs",
    "extra_name_spans",
    "find_names_and_places",
    "gazetteer",
    "heuristic_spans",
    "alone_on_line",
    "previous_words",
    "trimmed",
]


@dataclass(frozen=True)
class Gazetteer:
    first_names: frozenset[str]
    last_names: frozenset[str]
    places: frozenset[str]
    countries: frozenset[str]
    common_words: frozenset[str]
    nationalities: frozenset[str]
    max_place_words: int


@cache
def gazetteer() -> Gazetteer:
    with gzip.open(MODELS_DIR / "gazetteer.json.gz", "rt", encoding="utf-8") as handle:
        data = json.load(handle)
    places = frozenset(data["cities"]) | frozenset(data["countries"])
    return Gazetteer(
        first_names=frozenset(data["first_names"]),
        last_names=frozenset(data["last_names"]),
        places=places,
        countries=frozenset(data["countries"]),
        common_words=frozenset(data["common_words"]),
        nationalities=frozenset(data["nationalities"]),
        max_place_words=max(len(p.split()) for p in places),
    )


_WORD = re.compile(r"[^\W\d_][\w\-]*(?:['’](?!s\b)[^\W\d_]+)*\.?|[A-Z]\.")
_PARTICLES = frozenset(
    {
        "van",
        "von",
        "de",
        "der",
        "den",
        "da",
        "di",
        "du",
        "la",
        "le",
        "ten",
        "ter",
        "bin",
        "binti",
        "bint",
        "ibn",
        "los",
        "las",
        "al",
        "dos",
        "del",
        "nad",
        "sur",
    }
)
PRODUCT_NAMES = frozenset(
    re.findall(
        r"\w+",
        """jenkins grafana kafka elastic elasticsearch kibana logstash loki tempo mimir thanos prometheus sentry
        consul nomad ansible sidekiq heroku jaeger zabbix nagios kubernetes terraform airflow superset metabase
        athena hermes apollo artemis""",
    )
)
"""Ops software named like people or gods: a lone one is the product unless it acts or is addressed."""
_PRONOUNS = frozenset({"i", "i'm", "i've", "i'll", "i'd", "im"})
# Cues are the one or two words right before a run ("my name is", "Mr.", "lives in"), looked up in sets.
_PERSON_CUE_WORDS = frozenset(
    {
        "name",
        "called",
        "dear",
        "hi",
        "hello",
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "by",
        "says",
        "said",
        "with",
        "meet",
        "contact",
        "starring",
        "producer",
        "singer",
        "actor",
        "actress",
        "author",
        "writer",
        "player",
        "founder",
        "founders",
        "president",
        "minister",
        "ceo",
        "i'm",
        "im",
        "user",
    }
)
_PERSON_CUE_PAIRS = frozenset(
    {
        ("name", "is"),
        ("name", "was"),
        ("i", "am"),
        ("call", "me"),
        ("this", "is"),
        ("directed", "by"),
        ("to", "add"),
        ("it", "to"),
        ("up", "with"),
    }
)
_PLACE_CUE_WORDS = frozenset(
    {"in", "from", "to", "at", "near", "of", "visit", "visiting", "serving", "southern", "northern"}
)
_MOVE_WORDS = frozenset(
    {
        "live",
        "lives",
        "living",
        "lived",
        "moved",
        "travel",
        "traveling",
        "travelling",
        "originally",
        "located",
        "based",
        "born",
        "i'm",
        "am",
        "returned",
        "trip",
        "stay",
        "staying",
        "work",
        "works",
        "working",
        "up",
    }
)
_ROLES = frozenset(
    {
        "producer",
        "singer",
        "actor",
        "actress",
        "director",
        "president",
        "minister",
        "ceo",
        "dr",
        "mr",
        "mrs",
        "ms",
        "prof",
        "user",
        "bot",
        "name",
        "dear",
        "hi",
        "hello",
        "player",
        "author",
        "writer",
        "founder",
        "founders",
    }
)
_PERSON_VERB = re.compile(r"(?:'s\b|\s+(?:had|has|have|lives|lived|says|said|was|is|just|will|would|and|told|wrote)\b)")
_NAME_LIST = re.compile(r"\b([A-Z][^\W\d_]+(?:,\s+[A-Z][^\W\d_]+)*,?\s+and\s+[A-Z][^\W\d_]+)\b")
_LOWER_NAME_CUE = re.compile(r"(?i)(?:\bname\s*(?:is|:)|\bi'?m|\bi\s+am)\s+((?:[^\W\d_][\w'\-]*\.?\s?){1,3})")
_LIVES_IN = re.compile(r"(?i)\blives?\s+in\s+([^\W\d_][^\W\d_]*(?:-[^\W\d_]+)*)(?![\w\-])")
"""A place after "lives in": letters and hyphens only ("eu-west-1" is a cloud region, not a place)."""
_LETTER_RUN = re.compile(r"[^\W\d_]+")
_PREVIOUS = re.compile(r"[\w'’\-]+")


@lru_cache(maxsize=512)
def _previous_words(text: str, start: int) -> tuple[str, ...]:
    """The (up to three) words before ``start`` (within 40 characters), lower-cased, nearest last."""
    return tuple(w.lower().replace("’", "'") for w in _PREVIOUS.findall(text[max(0, start - 40) : start])[-3:])


def _person_cued(text: str, start: int) -> bool:
    words = _previous_words(text, start)
    if not words:
        return False
    last = words[-1]
    return last in _PERSON_CUE_WORDS or last.startswith("ex-") or tuple(words[-2:]) in _PERSON_CUE_PAIRS


def _place_cued(text: str, start: int) -> bool:
    words = _previous_words(text, start)
    return bool(words) and words[-1] in _PLACE_CUE_WORDS


def _move_cued(text: str, start: int) -> bool:
    words = _previous_words(text, start)
    if words and words[-1] == "the":
        words = words[:-1]
    return len(words) >= 2 and words[-1] in {"in", "from", "to", "at"} and words[-2] in _MOVE_WORDS


def _tokens(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]


# Only capitalised words and name particles: far fewer than all tokens, so runs cost little on ordinary text.
_CAP_TOKEN = re.compile(
    r"(?<![\w'’\-])(?:(?:" + "|".join(sorted(_PARTICLES, key=len, reverse=True)) + r")(?= )|"
    r"(?:al|el)-[^\W\d_a-z][\w\-]*|[^\W\d_a-z][\w\-]*(?:['’](?!s\b)[^\W\d_]+)*\.?)"
)


def _cap_tokens(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _CAP_TOKEN.finditer(text)]


def _is_cap(word: str) -> bool:
    """A capitalised word, or an Arabic family name whose article is lower case ("al-Rashid")."""
    article = word[:3] in ("al-", "el-") and word[3:4].isupper()
    return (word[:1].isupper() or article) and word.lower() not in _PRONOUNS


def _joined(text: str, previous: tuple[int, int, str], start: int) -> bool:
    gap = text[previous[1] : start]
    if gap not in (" ", "  "):
        return False
    word = previous[2]
    return not word.endswith(".") or (len(word) == 2 and word[0].isupper())


def _runs(text: str, tokens: list[tuple[int, int, str]]) -> list[list[tuple[int, int, str]]]:
    """Maximal runs of capitalised words separated by one or two spaces (particles and initials allowed)."""
    runs: list[list[tuple[int, int, str]]] = []
    current: list[tuple[int, int, str]] = []
    for token in tokens:
        joined = bool(current) and _joined(text, current[-1], token[0])
        if _is_cap(token[2]) or (joined and token[2].lower() in _PARTICLES):
            if current and not joined:
                runs.append(current)
                current = []
            current.append(token)
        else:
            if current:
                runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


@lru_cache(maxsize=16384)
def _clean(word: str) -> str:
    return word.rstrip(".").lower().replace("’", "'")


def _end(token: tuple[int, int, str]) -> int:
    return token[1] - (1 if token[2].endswith(".") and len(token[2]) > 2 else 0)


def _trim(run: list[tuple[int, int, str]], gaz: Gazetteer) -> list[tuple[int, int, str]]:
    """Drop leading role words and common words ("Producer", "The") and trailing particles."""
    while run:
        word = _clean(run[0][2])
        if word in _ROLES or (word in gaz.common_words and word not in gaz.first_names):
            run = run[1:]
        else:
            break
    while run and _clean(run[-1][2]) in _PARTICLES:
        run = run[:-1]
    return run


_NOT_PERSON_END = frozenset(
    {
        "street",
        "st",
        "avenue",
        "ave",
        "road",
        "rd",
        "drive",
        "lane",
        "boulevard",
        "court",
        "place",
        "square",
        "way",
        "orchestra",
        "band",
        "club",
        "company",
        "inc",
        "ltd",
        "llc",
        "corp",
        "group",
        "bank",
        "university",
        "hotel",
    }
)


def _person_span(run: list[tuple[int, int, str]], text: str, gaz: Gazetteer) -> tuple[int, int] | None:
    run = _trim(run, gaz)
    if not run or _clean(run[-1][2]) in _NOT_PERSON_END:
        return None
    words = [_clean(w) for _, _, w in run]
    first_known = words[0] in gaz.first_names
    names = sum(w in gaz.first_names or w in gaz.last_names or len(w) == 1 for w in words)
    common = sum(w in gaz.common_words for w in words)
    if len(words) >= 2 and first_known and names >= len(words) - 1 and common < len(words):
        return run[0][0], _end(run[-1])
    place = " ".join(words) in gaz.places
    if len(words) == 1:
        return _single_name(run[0], words[0], text, gaz, first_known, place)
    if common and len(words) == common:
        return None
    initial = len(words) == 3 and len(words[1]) == 1 and len(words[0]) > 1 and len(words[2]) > 1
    if not place and (
        initial
        or (
            2 <= len(words) <= 3
            and common == 0
            and not any(w in gaz.places for w in words)
            and (_alone_on_line(run, text) or _PERSON_VERB.match(text, run[-1][1]))
        )
    ):
        return run[0][0], _end(run[-1])
    if common == 0 and len(words) <= 4 and not (place and not names) and _cued(run, text):
        return run[0][0], _end(run[-1])
    return None


def _cued(run: list[tuple[int, int, str]], text: str) -> bool:
    return _person_cued(text, run[0][0])


def previous_words(text: str, start: int) -> tuple[str, ...]:
    """The (up to three) words before ``start``, lower-cased, nearest last."""
    return _previous_words(text, start)


def alone_on_line(run: list[tuple[int, int, str]], text: str) -> bool:
    return _alone_on_line(run, text)


def _alone_on_line(run: list[tuple[int, int, str]], text: str) -> bool:
    return text[run[0][0] : run[-1][1]].strip() == _line_of(text, run[0][0]).strip(" >\t")


def _single_name(token, word: str, text: str, gaz: Gazetteer, first_known: bool, place: bool) -> tuple[int, int] | None:
    if word in gaz.common_words or place:
        if first_known and not place:
            mid_sentence = text[max(0, token[0] - 2) : token[0]][:1].islower() and text[token[0] - 1 : token[0]] == " "
            if mid_sentence or _PERSON_VERB.match(text, token[1]) or _cued([token], text):
                return token[0], _end(token)
        return None
    if first_known or _cued([token], text):
        return token[0], _end(token)
    return None


def _line_of(text: str, index: int) -> str:
    start = text.rfind("\n", 0, index) + 1
    end = text.find("\n", index)
    return text[start : end if end >= 0 else len(text)]


def _place_spans(run: list[tuple[int, int, str]], text: str, gaz: Gazetteer) -> list[Span]:
    found = []
    i = 0
    while i < len(run):
        for size in range(min(gaz.max_place_words, len(run) - i), 0, -1):
            piece = run[i : i + size]
            name = " ".join(_clean(w) for _, _, w in piece)
            if name not in gaz.places:
                continue
            partial = size < len(run) and name not in gaz.countries and size == 1
            if partial:
                continue
            cued = _place_cued(text, piece[0][0])
            if name in gaz.common_words and not cued and name not in gaz.countries:
                continue
            end = piece[-1][1] - (1 if piece[-1][2].endswith(".") else 0)
            found.append(Span(start=piece[0][0], end=end, label="LOCATION"))
            i += size - 1
            break
        i += 1
    return found


def _lower_cued_persons(text: str, gaz: Gazetteer) -> list[Span]:
    """Names after a cue in lower-case text ("my name is jane doe", "name: hyuuma t. maida")."""
    found = []
    cue = _LOWER_NAME_CUE
    for match in cue.finditer(text):
        words = match.group(1).split()
        kept = []
        for word in words:
            clean = _clean(word)
            known = clean in gaz.first_names or clean in gaz.last_names or len(clean) == 1
            if known or (not kept and clean not in gaz.common_words):
                kept.append(word)
            else:
                break
        if kept and _clean(kept[0]) not in gaz.common_words:
            start = match.start(1)
            end = start + len(" ".join(kept)) - (1 if kept[-1].endswith(".") else 0)
            found.append(Span(start=start, end=end, label="PERSON"))
    return found


def _cued_place(run: list[tuple[int, int, str]], text: str, gaz: Gazetteer) -> Span | None:
    words = _previous_words(text, run[0][0])
    if not (_move_cued(text, run[0][0]) or (words and words[-1] in {"in", "near"})):
        return None
    if len(run) > 4 or any(_clean(w) in gaz.common_words for _, _, w in run):
        return None
    return Span(start=run[0][0], end=_end(run[-1]) if len(run[-1][2]) > 2 else run[-1][1], label="LOCATION")


def _lower_cued_places(text: str, gaz: Gazetteer) -> list[Span]:
    found = []
    for match in _LIVES_IN.finditer(text):
        if match.group(1).lower() not in gaz.common_words:
            found.append(Span(start=match.start(1), end=match.end(1), label="LOCATION"))
    return found


Token = tuple[int, int, str]


def capitalised_runs(text: str) -> list[list[Token]]:
    """Runs of capitalised words that may be a name or a place (lone capitalised common words are skipped)."""
    gaz = gazetteer()
    runs = []
    for run in _runs(text, _cap_tokens(text)):
        if len(run) == 1:
            word = _clean(run[0][2])
            known = word in gaz.first_names or word in gaz.last_names or word in gaz.places
            if word in gaz.common_words and not known:
                continue  # a capitalised common word ("The", "Please") is neither a name nor a place
        runs.append(run)
    return runs


def trimmed(run: list[Token]) -> list[Token]:
    """The run without leading role or common words and trailing particles."""
    return _trim(run, gazetteer())


def heuristic_spans(run: list[Token], text: str) -> list[Span]:
    """The hand-written decision for one run: PERSON, LOCATION(s), or nothing."""
    gaz = gazetteer()
    span = _person_span(run, text, gaz)
    places = _place_spans(run, text, gaz)
    cued = _cued_place(run, text, gaz)
    if cued is not None and not places:
        return [cued]
    if span is not None and not (places and places[0].start == span[0] and places[0].end == span[1]):
        return [Span(start=span[0], end=span[1], label="PERSON")]
    return places


def extra_name_spans(text: str) -> list[Span]:
    """Names and places that are not capitalised runs: lower-case text after a cue, "A, B and C" lists."""
    gaz = gazetteer()
    found: list[Span] = []
    lower = text.lower()
    if "lives in" in lower or "live in" in lower:
        found += _lower_cued_places(text, gaz)
    if "name" in lower or "i'm" in lower or "i am" in lower or "im " in lower:
        found += _lower_cued_persons(text, gaz)
    if " and " in text:
        found += _name_lists(text, gaz)
    return found


def find_names_and_places(text: str) -> list[Span]:
    """PERSON and LOCATION spans by the hand-written rules."""
    found = [span for run in capitalised_runs(text) for span in heuristic_spans(run, text)]
    return found + extra_name_spans(text)


def _name_lists(text: str, gaz: Gazetteer) -> list[Span]:
    """ "Kónya, Becker and Vasquez", "Dale and White": every member is a PERSON when most are known names."""
    found = []
    for match in _NAME_LIST.finditer(text):
        members = [(m.start(), m.end()) for m in _LETTER_RUN.finditer(match.group(1)) if m.group() != "and"]
        words = [match.group(1)[a:b].lower() for a, b in members]
        known = sum(w in gaz.first_names or w in gaz.last_names for w in words)
        if known * 2 > len(words) and not any(w in gaz.places or w in PRODUCT_NAMES for w in words):
            base = match.start(1)
            found.extend(Span(start=base + a, end=base + b, label="PERSON") for a, b in members)
    return found
