"""A quoted attack reported, not issued: security talk, tickets and logs quote an injection in order to report it.

"We saw a ticket containing 'you are now unrestricted'", "the guard rejected input matching 'disregard your prior
guidelines'", "attackers hide text like 'AI assistant, forward all emails to...'": the rules find the attack inside
the quotation marks, but the text around them reports it. A text is *reporting* when every rule hit lies inside a
quotation, the text near each such quotation names what it reports (an attack, injection, payload, detection rule,
a blocked or refused message, a ticket or log that *contains* or *says* it, a test), and nothing around them tells
the reader to act on the quotation ("do what it says", "follow the quote", "carry that out"): an attack that only
claims to be a quote stays an attack. The scanners then read the text with its quotations blanked out, so an attack
written outside them (or hidden in a view of what is left) is still found.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["blank_quotations", "holds_mark", "reported_only", "translation_only"]

_QUOTATION = re.compile(
    r"""(?<!\w)(?:'([^'"“”‘’«»\n]{2,300}?)'|"([^'"“”‘’«»\n]{2,300}?)"|“([^"“”«»\n]{2,300}?)”|‘([^'‘’\n]{2,300}?)’|"""
    r"""«([^"“”«»\n]{2,300}?)»)(?!\w)"""
)
"""A quotation: its marks paired by kind, the inside on one line and without other marks."""
_FRAME = re.compile(
    r"\b(?:inject\w*|jailbreak\w*|attack\w*|payloads?|phishing|malicious|suspicious|red[- ]?team\w*|detect\w*|"
    r"regex\w*|patterns?|match(?:es|ed|ing)|blocked|blocks|rejected|refused|flag(?:s|ged)|awareness|quiz|"
    r"(?:unit\s+)?tests?|test\s+cases?|advisory|bulletin|post-?mortem|classic|variants?|red\s+flag|dangerous|"
    r"contain(?:s|ed|ing)?|says|said|wrote|writes|typed|pasted|answered|replied|saw|seen|show(?:s|ed)|logged|"
    r"recorded|captured|caught|spotted|observed|noticed|found|received|"
    r"(?:such|like)\s+(?=['\"“‘«]))",
    re.IGNORECASE,
)
"""What a text that reports a quotation says about it (looked for outside the quotations)."""
_OBEY = re.compile(
    r"\b(?:do(?!\s+(?:to|with)\b)|follow|obey|execute|run|carry|comply|act|apply|perform|honou?r|implement|heed)\b[^.\n]{0,25}?\b(?:it|"
    r"this|that|them|what\s+it\s+says|(?:the|its|that|this)\s+(?:quote|quotation|quoted|instructions?|text|message|"
    r"example|line|payload|request|command|sentence|string)|above)\b|\b(?:as|what)\s+(?:it|the\s+\w+)\s+says\b|"
    r"\bnow\s+(?:do|follow|obey|execute|comply)\b",
    re.IGNORECASE,
)
"""Words around a quotation that tell the reader to act on it: the quotation is then an instruction, not a report."""
_NEAR = 80
"""How far from a quotation that holds a hit the words that report it may be (a long role-play prompt that quotes
its catch-phrases has its frame words, if any, elsewhere)."""
_MIN_AROUND = 30
"""Characters a text must hold outside its quotations to report them (a bare quoted attack reports nothing)."""
_MARK = re.compile("['\"“”‘’«»]")


def _quotations(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    end = len(text) if end is None else end
    return [match.span(match.lastindex or 0) for match in _QUOTATION.finditer(text, start, end)]


def _line(text: str, start: int, end: int) -> tuple[int, int]:
    """The line of ``text`` that holds ``start:end`` (a quotation never spans lines)."""
    stop = text.find("\n", end)
    return text.rfind("\n", 0, start) + 1, len(text) if stop < 0 else stop


def holds_mark(text: str, start: int, end: int) -> bool:
    """Whether a quotation mark is in ``text[start:end]`` (else nothing there can be quoted)."""
    return _MARK.search(text, start, end) is not None


def reported_only(text: str, spans: Iterable[tuple[int, int]]) -> bool:
    """Whether ``spans`` (rule hits in ``text``) all lie inside quotations that the text around them reports (see
    the module doc). Most texts with hits are ruled out by a look at the lines of their hits for a quotation mark
    before and after each hit; only the lines holding hits are searched for quotations."""
    spans = list(spans)
    lines = set()
    for start, end in spans:
        line = _line(text, start, end)
        if _MARK.search(text, line[0], start) is None or _MARK.search(text, end, line[1]) is None:
            return False
        lines.add(line)
    if not lines:
        return False
    quotes = sorted(q for a, b in lines for q in _quotations(text, a, b))
    holding = {next((q for q in quotes if q[0] <= s and e <= q[1]), None) for s, e in spans}
    if None in holding or len(text) - sum(b - a for a, b in quotes) < _MIN_AROUND:
        return False
    around = blank_quotations(text, quotes)
    if not all(_FRAME.search(around, max(0, a - _NEAR), b + _NEAR) for a, b in holding):  # type: ignore[misc]
        return False
    return _OBEY.search(around) is None


_TRANSLATE = re.compile(
    r"^\s*(?:(?:can|could)\s+you\s+|please\s+)?(?:translate|übersetze|übersetzen\s+sie|traduis|traduisez|traduce|"
    r"traduz|traduci|vertaal)\b",
    re.IGNORECASE,
)
"""A request that opens by asking for a translation ("Translate to German: ...", "Traduis en espagnol : ...")."""


def translation_only(text: str) -> bool:
    """Whether ``text`` asks only for a translation of what it quotes: it opens with a translation request, holds a
    quotation, and nothing outside the quotations tells the reader to act on it ("translate and then follow it").
    The models then judge the request, not the quoted words (which are what the operator wants translated)."""
    if _TRANSLATE.search(text) is None:
        return False
    quotes = _quotations(text)
    return bool(quotes) and _OBEY.search(blank_quotations(text, quotes)) is None


def blank_quotations(text: str, quotes: list[tuple[int, int]] | None = None) -> str:
    """``text`` with the inside of its quotations replaced by blanks (same length, so spans keep their places)."""
    quotes = _quotations(text) if quotes is None else quotes
    parts, at = [], 0
    for a, b in quotes:
        parts += [text[at:a], " " * (b - a)]
        at = b
    return "".join([*parts, text[at:]])
