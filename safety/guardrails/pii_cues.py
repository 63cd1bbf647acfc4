"""The one list of person cues: the words that put a name after them in chat, tickets and mail (#14.6, session 20).

A cue is a greeting or sign-off ("hey", "thanks", "cheers"), a verb of communication ("ping", "messaged", "told",
"emailed", "reminded"), a hand-over ("assigned to", "escalated to", "call with") or a role key ("owner:",
"reviewer:"). Both name finders read this list: :mod:`pii_chat` takes the lone lower-case first name after a cue
("thanks priya"), :mod:`pii_ops` the lower-case full name ("ping ravi kumar"). :func:`cue_names` is tried only where
a cue's first word stands in the text, so the list can grow without costing every text a scan.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["CUE_WORDS", "VOCATIVE_CUES", "cue_names"]

_CUE_PHRASES = (
    # greetings, thanks and sign-offs: the name is the one addressed
    "hey", "hi", "hello", "yo", "morning", "evening", "afternoon", "welcome", "congrats", "thanks", "thank you",
    "thx", "ty", "cheers", "best", "regards", "rgds", "br", "sorry", "great catch", "good catch", "nice catch",
    "shout-out to", "shoutout to", "kudos to",
    # verbs of communication, any tense
    "cc:?", "cc'?d", "ping", "pinged", "pinging", "ask", "asked", "tell", "told", "dm", "dm'?d", "message",
    "messaged", "email", "emailed", "texted", "call", "called", "remind", "reminded", "notify", "notified",
    "thanked", "per", "according to", "heard from", "check with", "checked with", "talk (?:to|with)",
    "talked (?:to|with)", "spoke (?:to|with)", "synced with", "met with", "chat with", "sync with", "meeting with",
    "catch-up with", "call with", "waiting (?:on|for)", "loop in", "looping in", "looped in", "pair with",
    "pairing with", "paired with",
    # hand-overs and roles
    "assign to", "assigned to", "reassigned to", "escalate to", "escalated to", "escalating to",
    "hand (?:it )?(?:over )?to", "handing (?:it )?(?:over )?to", "handed (?:it )?(?:over )?to", "reviewed by",
    "approved by", "signed by", "opened by", "reported by", "requested by", "raised by", "merged by", "fixed by",
    "manager is", "lead is", "owner is", "owner:?", "reviewer:?", "contact:?", "on call(?: this week)? is",
    "on-call(?: this week)? is", "yes(?=\\s+[a-z'\\-]+[,!])", "ok(?=\\s+[a-z'\\-]+[,!])",
    "okay(?=\\s+[a-z'\\-]+[,!])", "sure(?=\\s+[a-z'\\-]+[,!])", "yep(?=\\s+[a-z'\\-]+[,!])",
    "yeah(?=\\s+[a-z'\\-]+[,!])", "np(?=\\s+[a-z'\\-]+[,!])",
)  # fmt: skip
"""Every cue, a pattern on lower-cased text that starts with a literal word (its first word gates it)."""
VOCATIVE_CUES = frozenset(
    [
        "hey",
        "hi",
        "hello",
        "morning",
        "evening",
        "afternoon",
        "welcome",
        "congrats",
        "thanks",
        "thx",
        "ty",
        "cheers",
        "kudos",
    ]
)
"""Cues that address the name that follows: after them a lone word of a name's shape is a name even when no
name list holds it ("cheers femi!")."""
CUE_WORDS = frozenset(re.match(r"[a-z\-]+", phrase).group() for phrase in _CUE_PHRASES)
"""The first word of every cue: the texts' words are looked up here before any pattern runs."""
_WORDS = r"([a-z][a-z'\-]+(?:[ \t]+[a-z][a-z'\-]+){0,2})"


def _cue_pattern(phrases: list[str]) -> re.Pattern[str]:
    """The cues of one first word, the longest first ("call with sam", not "call" and "with sam"), then the name."""
    ordered = sorted(phrases, key=len, reverse=True)
    return re.compile("(?:" + "|".join(p.replace(" ", r"[ \t]+") for p in ordered) + r"),?[ \t]+" + _WORDS)


_BY_WORD = {
    word: _cue_pattern([p for p in _CUE_PHRASES if re.match(r"[a-z\-]+", p).group() == word]) for word in CUE_WORDS
}
"""Each cue word's own pattern: at a cue word only its own few cues are tried."""
_AT = re.compile("@" + _WORDS)


def _cue_word_set(lowered: str) -> set[str]:
    words = set(lowered.replace(",", " ").replace(":", " ").split())
    return words | {w[:-2] for w in words if w.endswith(("'d", "'s"))}


@lru_cache(maxsize=4)
def cue_names(lowered: str) -> tuple[tuple[str, int, int], ...]:
    """Where a cue puts name words: (the cue's first word, start, end of the one to three lower-case words after
    it), on lower-cased text; a cue must start a word ("pinged" is no "ping") and an "@" must not end an address.
    Cached for the last few texts: both name finders ask for the same text."""
    found: list[tuple[str, int, int]] = []
    present = set(CUE_WORDS.intersection(_cue_word_set(lowered)))
    if "@" in lowered:
        present.add("@")
    for cue in present:
        at = lowered.find(cue)
        while at >= 0:
            before = lowered[at - 1] if at else " "
            if not (before.isalnum() or before in "_." or (before == "@" and cue != "@")):
                match = (_AT if cue == "@" else _BY_WORD[cue]).match(lowered, at)
                if match is not None and not (cue == "@" and before not in " \t\n(\"'[<,;:"):
                    found.append((cue, match.start(1), match.end(1)))
            at = lowered.find(cue, at + 1)
    return tuple(found)
