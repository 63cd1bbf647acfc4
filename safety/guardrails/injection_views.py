"""What an injection scanner reads besides the text itself: normalised and decoded views of it.

Attackers hide an instruction from pattern matching by changing its surface, not its meaning. Each view undoes
one family of such changes, and the injection rules run on every view that differs from the text:

- ``folded``: Unicode NFKC (full-width and other compatibility forms), zero-width and other invisible format
  characters dropped, Cyrillic/Greek look-alike letters mapped to Latin;
- ``joined``: letters spaced or hyphenated apart ("i g n o r e", "i-g-n-o-r-e", "ig-\\nnore", "in-struc-tions")
  joined again;
- ``leet``: digits and symbols standing for letters ("1gn0r3", "@ll") read as letters;
- ``decoded``: base64, hex (``69676e6f7265``, ``\\x69``) and URL-encoded segments decoded, and text spelt in Unicode
  tag characters (U+E0020-U+E007E, invisible "ASCII smuggling") read as the ASCII it encodes (``folded`` drops them);
- ``quoted``: the quoted string literals of a text concatenated (payload splitting: ``a="ign" b="ore all..."``);
- ``rot13`` and ``reversed``: the whole text rotated / read backwards.

Views are pure functions of the text, cheap (a few ``str.translate`` and regex passes), and never raise.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from urllib.parse import unquote, unquote_plus

import ahocorasick

from genaiops.safety.guardrails.injection_rules import find_words, word_automaton

__all__ = ["VIEW_NAMES", "fold", "iter_views", "views"]

VIEW_NAMES = ("folded", "joined", "leet", "decoded", "quoted", "rot13", "reversed")

_INVISIBLE = dict.fromkeys(
    [0x00AD, 0x034F, 0x061C, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180E, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0xFEFF]
    + list(range(0x200B, 0x2010))
    + list(range(0x202A, 0x202F))
    + list(range(0x2066, 0x2070))
    + list(range(0xFE00, 0xFE10))
    + list(range(0xE0000, 0xE0080)),  # tag characters (invisible "ASCII smuggling")
)


def _char_class(codes: list[int]) -> re.Pattern[str]:
    """A character class of ``codes`` written as ranges (a class of single characters this long is searched
    several times slower than ``str.translate`` runs; as ranges, ten times faster)."""
    runs: list[list[int]] = []
    for code in sorted(codes):
        if runs and code == runs[-1][1] + 1:
            runs[-1][1] = code
        else:
            runs.append([code, code])
    return re.compile("[" + "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in runs) + "]")


_TAG_TEXT = re.compile("[\U000e0020-\U000e007e]{4,}")
"""A run of tag characters long enough to spell words: each is an ASCII character plus U+E0000, invisible on screen
but read by a model that sees the code points (an instruction smuggled after visible text)."""
_ANY_INVISIBLE = _char_class(list(_INVISIBLE))
"""Asked first: ``str.translate`` with a table costs a dictionary look-up per character of a non-ASCII text
(~130 us per KB; this search ~13 us), and most texts hold no invisible character."""
_HOMOGLYPHS = str.maketrans(
    "АВЕКМНОРСТХаеорсухіјѕԁԛԝһӏΑΒΕΖΗΙΚΜΝΟΡΤΥΧαοιυνκρτεχ",
    "ABEKMHOPCTXaeopcyxijsdqwhlABEZHIKMNOPTYXaoiuvkptex",
)
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "@": "a", "$": "s",
                       "|": "i", "!": "i", "€": "e"})  # fmt: skip
_LEET_BYTES = bytes.maketrans(
    "".join(chr(c) for c in _LEET if c < 128).encode(), "".join(v for c, v in _LEET.items() if c < 128).encode()
)
"""``_LEET`` for the ASCII characters, as a byte table: a non-ASCII text is translated as UTF-8 bytes (``str.translate``
is fast on ASCII text only; UTF-8 codes every other character with bytes of 128 and above, which the table leaves
alone), after its only non-ASCII leet character, "€", is replaced."""
# The next two are only asked whether they occur, and start with their rare character (a digit or symbol, a
# separator), which the regex engine skips to directly: a few times faster than starting with the letter before it.
_LEET_MIX = re.compile(r"[0-9@$|!€](?<=[a-zA-Z][0-9@$|!€])[0-9@$|!€]*[a-zA-Z]")  # a letter, leet chars, a letter
_MAY_BE_SPLIT = re.compile(  # letter, separator, letter, separator, letter (a separator: one of -_.*·•~+ or 1-3 blanks)
    r"[-_.*·•~+ \t](?<=[^\W\d_][-_.*·•~+ \t])(?:(?<=[ \t])[ \t]{0,2})?[^\W\d_](?:[-_.*·•~+]|[ \t]{1,3})[^\W\d_]\b"
)
_WORD_HYPHEN = re.compile(r"-(?<=[^\W\d_]-)(?:[ \t]*\n[ \t]*)?(?=[^\W\d_])")
"""A hyphen inside a word ("ig-nore", "in-struc-tions", "pre-\\nvious"), found from the hyphen: such a text gets
the ``joined`` view too (the scanners look at a view only when it shows a keyword the text does not)."""
_CYRILLIC_GREEK = re.compile("[\u0370-\u04ff\u0500-\u052f]")
_INNER_SEPARATOR = re.compile(r"[-_.*·•~+](?<=[^\W\d_].)(?:(?<=-)\s*\n\s*)?(?=[^\W\d_])")
"""A separator between two letters (a hyphen also across a line break), written separator first and the letter
before it looked behind, so the engine jumps from separator to separator: as first written (the letter's look-behind
first, kept in the tests) it tried every position (~0.1 ms per KB; now ~0.01). The same matches: a hyphen followed
by a letter cannot also start a line break, so the order of the two alternatives is moot."""
_SPACED_RUN = re.compile(r"(?<![^\W\d_])(?:[^\W\d_][ \t]{1,3}){2,}[^\W\d_](?![^\W\d_])")
_SPACED_HINT = re.compile(r"[ \t](?<=(?<![^\W\d_])[^\W\d_][ \t])[ \t]{0,2}[^\W\d_][ \t]")
"""What every ``_SPACED_RUN`` match starts with (a one-letter word, blanks, a letter, a blank), found from its
blank: the run pattern starts with a look-behind, so the engine tries it at every position (~0.12 ms per KB, on
every text whose views are made); this search costs ~0.02 ms and finds nothing in most texts."""
_BASE64 = re.compile(r"[A-Za-z0-9+/_-]{16,}={0,2}")
_HEX_ESCAPES = re.compile(r"(?:\\x[0-9a-fA-F]{2}){6,}")
_HEX_DIGITS = frozenset("0123456789abcdefABCDEF")
_URL_ESCAPE = re.compile(r"%[0-9a-fA-F]{2}")
_QUOTED = re.compile(r"""["'`“”‘’«»]([^"'`“”‘’«»\n]{1,80})["'`“”‘’«»]""")
_PART_LABEL = re.compile(
    r"\b(?=[pstfc])(?:part|step|teil|partie|parte|fragment|chunk)\s*\d+\s*[:.)-]\s*", re.IGNORECASE
)


def fold(text: str) -> str:
    """NFKC, invisible characters dropped, look-alike letters mapped to Latin (the ``folded`` view)."""
    if text.isascii():
        return text
    if not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    if _ANY_INVISIBLE.search(text):
        text = text.translate(_INVISIBLE)
    return text.translate(_HOMOGLYPHS) if _CYRILLIC_GREEK.search(text) else text


def _joined(text: str) -> str:
    """Letters spaced apart joined: one space inside a word, two or more (or a slash) between words."""
    text = _INNER_SEPARATOR.sub("", text)
    if not _SPACED_HINT.search(text):
        return text

    def join(match: re.Match[str]) -> str:
        words = re.split(r"[ \t]{2,}", match.group())
        return " ".join(word.replace(" ", "").replace("\t", "") for word in words)

    return _SPACED_RUN.sub(join, text)


def _leet(text: str) -> str:
    """Digits and symbols read as letters, when some word mixes them with letters ("1gn0r3", "p4ssw0rd")."""
    if not _LEET_MIX.search(text):
        return text
    if text.isascii():
        return text.translate(_LEET)
    raw = text.replace("€", _LEET[ord("€")]).encode("utf-8", "surrogatepass")  # lone surrogates round-trip
    return raw.translate(_LEET_BYTES).decode("utf-8", "surrogatepass")


def _printable(raw: bytes) -> str | None:
    try:
        decoded = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    letters = sum(c.isalpha() or c.isspace() for c in decoded)
    return decoded if decoded and letters >= 0.8 * len(decoded) and " " in decoded.strip() else None


def _decode_base64(segment: str) -> str | None:
    body = segment.rstrip("=")
    if len(body) % 4 == 1 or body.isalpha() or body.isdigit():
        return None  # not base64 length, or a plain word / number
    padded = body + "=" * (-len(body) % 4)
    try:
        raw = base64.b64decode(padded.replace("-", "+").replace("_", "/"), validate=True)
    except (binascii.Error, ValueError):
        return None
    return _printable(raw)


def _decode_hex(segment: str) -> str | None:
    digits = re.sub(r"\\x|0x|[ :]", "", segment)
    if len(digits) % 2:
        digits = digits[:-1]
    try:
        return _printable(bytes.fromhex(digits))
    except ValueError:
        return None


def _decode_segment(segment: str) -> str | None:
    if len(segment) >= 16 and set(segment.removeprefix("0x")) <= _HEX_DIGITS:
        return _decode_hex(segment)
    return _decode_base64(segment)


def _tag_texts(text: str) -> list[str]:
    """The ASCII text each run of tag characters in ``text`` spells (none for an ASCII text)."""
    if text.isascii():
        return []
    return ["".join(chr(ord(c) - 0xE0000) for c in m.group()) for m in _TAG_TEXT.finditer(text)]


def _decoded(text: str, hidden: list[str] | None = None) -> str:
    found = [*(hidden or ()), *(d for m in _BASE64.finditer(text) if (d := _decode_segment(m.group())))]
    if "\\x" in text:
        found += [d for m in _HEX_ESCAPES.finditer(text) if (d := _decode_hex(m.group()))]
    if len(_URL_ESCAPE.findall(text)) >= 3:  # a query string spells a blank "+" ("q=assistant%3A+disregard+...")
        found.append(unquote_plus(text) if "+" in text else unquote(text))
    return "\n".join(found)


def _quoted(text: str) -> str:
    if len(_QUOTED.findall(text)) < 2:
        return ""
    parts = _QUOTED.findall(_PART_LABEL.sub("", text))
    return "".join(parts) + "\n" + " ".join(p.strip() for p in parts)


def views(text: str, keywords: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """(name, text) of every view that differs from ``text`` and from the views before it (see the module doc).

    With ``keywords`` (lower-case), the ROT13 and reversed views are made only when the text holds one of the
    keywords rotated or reversed: those views of ordinary text are noise, and this check costs less than making
    them."""
    return list(iter_views(text, keywords))


def iter_views(text: str, keywords: tuple[str, ...] = ()) -> Iterator[tuple[str, str]]:
    """:func:`views` one at a time, each made only when the caller asks for it: a scanner that stops at the first
    view a rule matches does not pay for the views after it (a spaced-out instruction is found in ``joined``; the
    leetspeak, decoded and ROT13 views of the same text cost as much again)."""
    seen = {text}
    for name, view in _candidates(text, keywords):
        if view and view not in seen:
            seen.add(view)
            yield name, view


def _candidates(text: str, keywords: tuple[str, ...]) -> Iterator[tuple[str, str]]:
    folded = fold(text)
    yield "folded", folded
    split = "-" in folded and _WORD_HYPHEN.search(folded) or _MAY_BE_SPLIT.search(folded)
    joined = _joined(folded) if split else folded
    yield "joined", joined
    yield "leet", _leet(joined)
    yield "decoded", _decoded(folded, _tag_texts(text))
    if folded.count('"') + folded.count("'") + folded.count("`") >= 4 or "“" in folded or "«" in folded:
        yield "quoted", _quoted(folded)
    rotated = backwards = shown = frozenset()
    if keywords:
        automaton, rotated, backwards = _transformed(keywords)
        shown = find_words(automaton, folded.lower()).keys()
    if not keywords or not rotated.isdisjoint(shown):
        yield "rot13", codecs.encode(folded, "rot13")
    if not keywords or not backwards.isdisjoint(shown):
        yield "reversed", folded[::-1]


@lru_cache(maxsize=4)
def _transformed(keywords: tuple[str, ...]) -> tuple[ahocorasick.Automaton, frozenset[str], frozenset[str]]:
    """The keywords of five letters or more, ROT13'd and reversed (shorter ones occur in ordinary text by chance),
    and an automaton over both: one pass over the text tells whether either view would show one (a ``str.find``
    per rotated and per reversed keyword scanned the text ~80 times)."""
    long = [k for k in keywords if len(k) >= 5 and k.isalpha()]
    rotated = frozenset(codecs.encode(k, "rot13") for k in long)
    backwards = frozenset(k[::-1] for k in long)
    return word_automaton(rotated | backwards), rotated, backwards
