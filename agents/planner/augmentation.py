"""The training copies ``train`` adds to the train split's requests, so both models see what the corpus states
too rarely: names never seen (``augment``, tagger only), typos in the words around the slots (``with_typos``) and
sentences of context around the ask (``with_context``). Each is seeded; slot values stay verbatim in every copy.
"""

from __future__ import annotations

import random
import re
from typing import Any

__all__ = ["augment", "formed_name", "made_up_name", "misspell", "noise", "with_context", "with_typos"]

CONTEXT_SHARE = 0.35
"""The share of the English requests that ``with_context`` copies with a sentence of context (chosen on dev over
0.2 and 0.5)."""


NAMED = ("service", "model", "dataset", "prompt", "feature", "requester")
"""Slots whose values are names: augmented copies give them names never seen, so the tagger learns from the
words around a name rather than from the name (a new service, a typo in a known one)."""
_SYLLABLES = ("ka", "lo", "mir", "zen", "tor", "vex", "du", "pra", "nel", "quo", "sab", "rin", "fo", "gal")


def made_up_name(rng: random.Random, forms: str | None = None) -> str:
    if (forms or NAME_FORMS) == "syllables":
        parts = ["".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(1, 3))) for _ in range(rng.randint(1, 2))]
        return rng.choice(("-", "_", "")).join(parts)
    return formed_name(rng, rng.randrange(8))


_CONSONANTS = "bcdfghjklmnprstvwxz"
_VOWELS = "aeiou"


def _made_up_word(rng: random.Random) -> str:
    word = "".join(rng.choice(_CONSONANTS) + rng.choice(_VOWELS) for _ in range(rng.randint(1, 3)))
    return word + (rng.choice(_CONSONANTS) if rng.random() < 0.5 else "")


def formed_name(rng: random.Random, form: int) -> str:
    """A name of random letters in one of the forms operators give things: kebab-case, snake_case, camelCase,
    PascalCase, dotted, with a number, a plain word, an upper-case part (no name of the corpus's pools)."""
    parts = [_made_up_word(rng) for _ in range(rng.choice((2, 2, 2, 3) if form in (0, 1, 2, 3, 4) else (1, 2)))]
    if form == 0:
        return "-".join(parts)
    if form == 1:
        return "_".join(parts)
    if form == 2:
        return parts[0] + "".join(p.capitalize() for p in parts[1:])
    if form == 3:
        return "".join(p.capitalize() for p in parts)
    if form == 4:
        return ".".join(parts)
    if form == 5:
        number = str(rng.choice((rng.randint(1, 9), rng.randint(10, 99), rng.randint(2019, 2027))))
        return rng.choice(("-", "_", "")).join(parts) + rng.choice(("-", "_", "", ".")) + number
    if form == 6:
        return parts[0]
    return parts[0][:4].upper() + rng.choice(("-", "_", "")) + "".join(parts[1:] or [_made_up_word(rng)])


def _same_form(rng: random.Random, value: str) -> str:
    """A made-up name in the form of ``value`` (its separators and case), as the corpus gives each kind."""
    if "_" in value:
        return formed_name(rng, 1)
    if "-" in value:
        return formed_name(rng, 5 if any(c.isdigit() for c in value) else 0)
    return formed_name(rng, 6)


def augment(rows: list[dict[str, Any]], seed: int = 5) -> list[dict[str, Any]]:
    """``rows`` plus, for each row with a named slot, ``AUGMENT_COPIES`` copies whose names are made up (tagger
    only)."""
    rng = random.Random(seed)
    out = list(rows)
    for row in rows:
        named = [k for k in NAMED if k in row["slots"]]
        if not named:
            continue
        for copy in range(AUGMENT_COPIES):
            forms = ("syllables", "mixed")[copy % 2] if NAME_FORMS == "both" else NAME_FORMS
            text, slots = row["text"], dict(row["slots"])
            for key in named:
                keep = forms == "mixed" and rng.random() < KEEP_FORM
                new = _same_form(rng, slots[key]) if keep else made_up_name(rng, forms)
                if slots[key] in text:
                    text = text.replace(slots[key], new, 1)
                    slots[key] = new
            if all(v in text for v in slots.values()):
                out.append(row | {"text": text, "slots": slots})
    return out


NAME_FORMS = "syllables"
"""How ``augment`` makes names: "syllables" (shipped), "mixed" (random letters, ``KEEP_FORM`` of them in the
replaced name's form, the others in any of ``formed_name``'s forms) or "both" (copies alternate). "mixed" and
"both" were tried in plan10 and not shipped: they lost requests on the older blind sets and dev (docs/planner.md,
"An eleventh pass"); ``bench/planner_tagger.py`` sets them."""
AUGMENT_COPIES = 1
KEEP_FORM = 0.5


_KEY_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
NEIGHBOURS = {
    key: "".join(
        other
        for r, row2 in enumerate(_KEY_ROWS)
        for c, other in enumerate(row2)
        if other != key and abs(r - k) <= 1 and abs(c + r * 0.5 - (j + k * 0.5)) <= 1.0
    )
    for k, row in enumerate(_KEY_ROWS)
    for j, key in enumerate(row)
}
"""Keys next to each key on a QWERTY keyboard (rows staggered by half a key)."""
TYPO_KINDS = ("swap", "drop", "double", "neighbour", "extra")


def misspell(word: str, rng: random.Random) -> str:
    """``word`` with one typo of a random kind: two letters swapped, one dropped, one doubled, one replaced by a
    neighbouring key, or a neighbouring key's letter slipped in beside one (never the first letter)."""
    k = rng.randrange(1, len(word) - 1)
    kind = rng.choice(TYPO_KINDS)
    near = NEIGHBOURS.get(word[k], "") or word[k]
    if kind == "swap":
        return word[:k] + word[k + 1] + word[k] + word[k + 2 :]
    if kind == "drop":
        return word[:k] + word[k + 1 :]
    if kind == "double":
        return word[:k] + word[k] + word[k:]
    if kind == "neighbour":
        return word[:k] + rng.choice(near) + word[k + 1 :]
    return word[:k] + rng.choice(near) + word[k:]


def noise(segments: list[tuple[str, str | None]], rng: random.Random) -> list[tuple[str, str | None]]:
    """One or two typos (``misspell``) in words of four letters or more around the slot values (slot values stay
    as written: gold values are verbatim text)."""
    out = list(segments)
    words = [(i, m) for i, (text, slot) in enumerate(out) if slot is None for m in re.finditer(r"[a-z]{4,}", text)]
    chosen = sorted(rng.sample(words, min(len(words), rng.choice((1, 1, 2)))), key=lambda p: -p[1].start())
    for i, m in chosen:  # right to left, so earlier positions in a segment stay valid
        text = out[i][0]
        out[i] = (text[: m.start()] + misspell(m.group(), rng) + text[m.end() :], None)
    return out


def with_typos(rows: list[dict[str, Any]], seed: int = 3) -> list[dict[str, Any]]:
    """``rows`` plus a copy of each English request with one or two typos (``noise``) in the words around its slot
    values, so both models see misspelt cue words more often than the corpus's own share."""
    rng = random.Random(seed)
    out = list(rows)
    for row in rows:
        if row["lang"] != "en" or row["style"] in ("typo", "opsbot"):
            continue
        segments = _segments(row)
        if segments:
            out.append(row | {"text": "".join(s for s, _ in noise(segments, rng)), "style": "typo"})
    return out


CONTEXT_BEFORE = (
    "Hi team, ", "Quick question: ", "Morning! ", "Sorry to bother you, ", "As discussed in the standup, ",
    "FYI: ", "Hey desk, ", "Hello, hope you are well. ", "Small request from the platform side: ",
    "We had a busy week with the quarterly planning. ", "The retro about last month's outage is on Thursday. ",
    "Our drift dashboards are being rebuilt at the moment. ", "The prompt team is busy with their own release. ",
    "Nobody changed the deploy pipeline recently. ", "The model review meeting got moved again. ",
    "Things were calm overnight apart from this. ", "I know the release calendar is full, but ",
    "Following up on my earlier message, ",
)  # fmt: skip
CONTEXT_AFTER = (
    " Thanks!", " Thanks in advance.", " Ping me when it is done.", " Cheers", " No rush.",
    " It is for the weekly report.", " I'll be in meetings, so just post the answer here.",
    " Let me know if you need anything else from me.",
)  # fmt: skip
"""Sentences around a request that carry no slot and do not change what is asked (some mention other kinds of
work: a verbose request's context is not its ask)."""


def with_context(rows: list[dict[str, Any]], seed: int = 9) -> list[dict[str, Any]]:
    """``rows`` plus, for a share of the English requests (not ``@opsbot`` ones), a copy wrapped in a sentence of
    context before and/or after it (style ``verbose``), so both models learn that the words around an ask are not
    the ask."""
    rng = random.Random(seed)
    out = list(rows)
    for row in rows:
        if row["lang"] != "en" or row["style"] == "opsbot" or rng.random() >= CONTEXT_SHARE:
            continue
        text = row["text"]
        before = rng.choice(CONTEXT_BEFORE) if rng.random() < 0.8 else ""
        after = rng.choice(CONTEXT_AFTER) if not before or rng.random() < 0.4 else ""
        if before and not before.endswith(", "):
            text = text[0].upper() + text[1:]
        elif before:
            text = text[0].lower() + text[1:] if not text[:2].isupper() else text
        wrapped = before + text + after
        if all(v in wrapped for v in row["slots"].values()):
            out.append(row | {"text": wrapped, "style": "verbose"})
    return out


def _segments(row: dict[str, Any]) -> list[tuple[str, str | None]] | None:
    """The request as ``(text, slot or None)`` pieces, or None when a slot value is not found once in order."""
    text, pos, pieces = row["text"], 0, []
    spans = sorted((text.find(v), v, k) for k, v in row["slots"].items())
    for start, value, slot in spans:
        if start < pos:
            return None
        pieces += [(text[pos:start], None), (value, slot)]
        pos = start + len(value)
    pieces.append((text[pos:], None))
    return [p for p in pieces if p[0]]
