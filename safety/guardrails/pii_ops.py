"""PII the way operations text carries it: lower-case and non-Western names, credentials inside URLs, and the dates
and version strings that are *not* phone numbers.

- :func:`date_or_version` vetoes phone candidates that are ISO dates or timestamps (``2026-12-02``,
  ``2026-03-15 09:30``) or version strings (``1.2.3``, ``v2.10.0-rc1``, ``pkg@2024.10.1``).
- :func:`find_credential_urls` labels a URL holding ``user:password@`` as ``URL_CREDENTIALS`` (any scheme:
  https, ftp, redis, amqp...), so pipelines that leave plain URLs alone still redact it.
- :func:`find_world_names` finds names the capitalised-run model misses: lower-case names after an addressing cue
  ("ping ravi kumar", "cc priya sharma", "owner: john smith") and capitalised names from naming traditions the
  Faker-built gazetteer covers thinly (Yoruba, Igbo, Japanese, Vietnamese, Korean, Maori, Kikuyu, Tamil...).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from genaiops.safety.guardrails.pii_names import gazetteer
from genaiops.safety.verdict import Span

__all__ = ["WORLD_FAMILY", "WORLD_GIVEN", "date_or_version", "find_credential_urls", "find_world_names"]


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


WORLD_GIVEN = _wordset(
    """oluwaseun adebayo adewale babatunde chidi chinedu chiamaka emeka ngozi obinna tunde folake yetunde
    kwame kofi ama akosua wanjiru njeri kamau otieno achieng amani baraka zawadi takeshi hiroshi yuki haruto
    sakura kenji akira naoko yusuke minh khai thi thanh huong linh tuan anh duc hoa ji-woo min-jun seo-yeon
    jiwoo minjun hyun-woo wei jun li xiaoming mei ling jing yan hao aroha tane mere wiremu siddharth deepika
    arjun karthik lakshmi venkat anand priyanka rohan aditya meera sunita aisha fatima omar yusuf layla zainab
    mehmet ayse emre elif oguz burak"""
)
WORLD_FAMILY = _wordset(
    """adebayo okafor okonkwo adeyemi eze obi nwosu balogun mensah owusu boateng kamau otieno mwangi njoroge
    ochieng yamamoto tanaka suzuki takahashi watanabe nakamura kobayashi sato nguyen tran le pham hoang vu khai
    park kim lee choi jung kang zhang wang liu chen yang huang zhao wu zhou ngata parata tawhiri padukone
    venkataraman krishnan iyer subramanian reddy nair menon sharma kumar gupta patel al-sayed al-farsi haddad
    khalil mansour yilmaz kaya demir sahin celik bello garcia becker"""
)
_PARTICLES = _wordset("van von de der den da di du la le bin binti al dos del")
_STOP = _wordset(
    """a an the and or for to on in at of about with from by is are was be this that it me us you them him her
    all team everyone folks guys again so much thanks please asap today tomorrow now later here there back up
    out off ops oncall prod staging job jobs ci cd dev devs sre my your his our their its"""
)
_LOWER_CUE = re.compile(
    r"(?i)(?:\b(?:ping|ask|cc|tell|thank(?:s)?|assign(?:ed)? to|loop in|owner:?|reviewer:?|contact:?|"
    r"on[- ]call(?: this week)? is|hand(?:ed)? (?:it )?(?:over )?to|escalate(?:d)? to|email|dm|message)\s+|@)"
    r"([a-z][a-z'\-]+(?:\s+[a-z][a-z'\-]+){1,2})\b"
)
_CAP = r"[^\W\d_a-z][^\W\d_A-Z]+(?:-[^\W\d_][^\W\d_A-Z]+)?"
_CAP_RUN = re.compile(rf"\b{_CAP}(?:\s+{_CAP}){{1,3}}\b")
"""Runs of two to four capitalised words, in any Latin script (``Nguyễn Thị Hương``, ``Ayşe Yıldız``)."""
_NEXT_WORD = re.compile(r"\S+\s+")
"""A run's first word and the white space after it (which ``\\s`` allows: tabs, or control characters such as
\\x1f, where the run was cut at a plain space before and failed on them)."""
_CRED_URL = re.compile(r"\b[a-z][a-z0-9+.\-]{1,15}://[^\s:/@<>\"'`]+:[^\s@/<>\"'`]+@[^\s<>\"'`]+", re.IGNORECASE)
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}(?:[ T]\d{2}(?::\d{2}){0,2})?|\d{4}[./]\d{1,2}[./]\d{1,2}")
_VERSION = re.compile(r"v?\d+(?:\.\d+){1,3}(?:[-+][\w.\-]+)?", re.IGNORECASE)
_VERSION_CUE = re.compile(
    r"(?i)(?:\bv|@|\b(?:version|release|upgrade|bump|pin|tag|chart|build|from|kubectl)\b\W{0,3})$"
)


def date_or_version(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` (a phone candidate) is an ISO date or timestamp or a version string."""
    value = text[start:end]
    if _ISO.fullmatch(value) or (_ISO.match(value) and text[end : end + 1] in (":", "T")):
        return True
    if not _VERSION.fullmatch(value) or "." not in value:
        return False
    after = text[end : end + 1]
    return bool(_VERSION_CUE.search(text[max(0, start - 12) : start]) or after in ("-", "+"))


def find_credential_urls(text: str) -> list[Span]:
    """URLs with ``user:password@`` in them, whatever the scheme, as ``URL_CREDENTIALS``."""
    found: list[Span] = []
    if "://" not in text:
        return found
    for match in _CRED_URL.finditer(text):
        value = match.group().rstrip(".,;:!?)]}'\"")
        found.append(Span(start=match.start(), end=match.start() + len(value), label="URL_CREDENTIALS"))
    return found


def _folded(word: str) -> str:
    """``nguyễn`` -> ``nguyen``, ``yıldız`` -> ``yildiz``: the gazetteers hold the plain Latin spelling."""
    plain = unicodedata.normalize("NFKD", word.replace("ı", "i").replace("İ", "i"))
    return "".join(ch for ch in plain if not unicodedata.combining(ch)).lower()


def _given(word: str) -> bool:
    gaz = gazetteer()
    if word in WORLD_GIVEN or word in gaz.first_names:
        return True
    return not word.isascii() and (_folded(word) in WORLD_GIVEN or _folded(word) in gaz.first_names)


def _family(word: str) -> bool:
    gaz = gazetteer()
    if word in WORLD_FAMILY or word in gaz.last_names:
        return True
    return not word.isascii() and (_folded(word) in WORLD_FAMILY or _folded(word) in gaz.last_names)


def _name(word: str) -> bool:
    return _given(word) or _family(word)


def _lower_names(text: str) -> list[Span]:
    found = []
    for match in _LOWER_CUE.finditer(text):
        words = match.group(1).split()
        while len(words) >= 2 and not (_name(words[-1]) and words[-1] not in _STOP):
            words.pop()  # "ravi kumar about" -> "ravi kumar"
        if len(words) < 2 or any(w in _STOP for w in words) or not all(map(_name, words)):
            continue  # family name first is fine: "chen wei", "nguyen minh"
        start = match.start(1)
        found.append(Span(start=start, end=start + len(" ".join(words)), label="PERSON"))
    return found


_LOWER_WORD = re.compile(r"[a-z](?<![\w@./\\-][a-z])[a-z']+(?:-[a-z]+)?(?![\w@/\\-]|\.\w)")
r"""``(?<![\w@./\\-])[a-z][a-z']+...`` with its first letter in front of the look-behind, so that the engine jumps
between letters instead of trying the look-behind at every position."""
_PAIR_CUE_WORDS = _wordset(
    """ping ask cc tell thanks thank thx ty by from with to and or assign assigned assignee reporter reviewer
    reviewed approver approved-by approved author owner contact customer user name requester caller handover
    escalate escalated escalating reassigned loop dm email message spoke pairing paired"""
)
_PAIR_KEY = re.compile(
    r"""(?i)\b(?:user|owner|name|reporter|assignee|approver|approved-by|author|contact|customer|
    requester|caller|on-?call|reviewer)["']?\s*[:=]\s*["']?$""",
    re.VERBOSE,
)
_LIST_ITEM = re.compile(r"(?:^|\n)[ \t]*[-*•][ \t]*$")


@cache
def _name_words() -> frozenset[str]:
    """The (ASCII) words ``_known_name`` accepts: a known name that is neither common English nor a stop word."""
    gaz = gazetteer()
    return (WORLD_GIVEN | WORLD_FAMILY | gaz.first_names | gaz.last_names) - gaz.common_words - _STOP


def _known_name(word: str) -> bool:
    return word in _name_words() if word.isascii() else word not in _STOP and _name(word)


def _lower_word_ok(word: str) -> bool:
    """A word that may be part of a name: a known name, or an unknown word that is not common English."""
    return word not in _STOP and (_name(word) or (word not in gazetteer().common_words and len(word) > 2))


_COORDINATION = re.compile(r"\s*(?:,|,?\s*(?:and|or|&))\s*")
_ACTION_AFTER = re.compile(
    r" (?:will|said|says|wrote|asked|is on|has the|takes|took|owns|reviews|approved|merged|paged|noticed)\b"
)


def _pair_cued(text: str, start: int, end: int) -> bool:
    """A cue before the pair ("from", "reporter:", "owner=", a list item ending in ':') or an action after it."""
    before = text[max(0, start - 30) : start]
    words = before.split()
    if words and words[-1].lower().strip(",:;(\"'") in _PAIR_CUE_WORDS:
        return True
    if _PAIR_KEY.search(before) or (_LIST_ITEM.search(before) and text[end : end + 1] == ":"):
        return True
    return _ACTION_AFTER.match(text, end) is not None


def _lower_pairs(text: str) -> list[Span]:
    """Lower-case "given family" pairs: both known names (given first, or family first for East Asian names), or,
    after a cue ("from", "reporter:", "owner=", a previous name and "and"), one known name and one unknown word.

    One pass over the lower-case words with one set look-up each; only a pair holding a known name is weighed."""
    names = _name_words()
    found: list[Span] = []
    weak: list[tuple[int, int]] = []  # one known name, no cue: a name if coordinated with a found one
    previous: re.Match[str] | None = None
    used_to = -1
    for match in _LOWER_WORD.finditer(text):
        first, previous = previous, match
        if first is None or first.start() < used_to or match.start() - first.end() != 1 or text[first.end()] != " ":
            continue
        w1, w2 = first.group(), match.group()
        if w1 not in names and w2 not in names:
            continue  # most pairs: neither word is a name (all words here are ASCII)
        a0, b1 = first.start(), match.end()
        strong = (
            w1 in names and w2 in names and ((_given(w1) and _family(w2)) or (w1 in WORLD_FAMILY and w2 in WORLD_GIVEN))
        )
        if not strong and w2 in _PARTICLES and w1 in names:
            third = _LOWER_WORD.match(text, b1 + 1) if text[b1 : b1 + 1] == " " else None
            if third is not None and _name(third.group()):  # "nguyen van an", "maria da silva"
                found.append(Span(start=a0, end=third.end(), label="PERSON"))
                used_to = third.end()
                continue
        plausible = _lower_word_ok(w1) and _lower_word_ok(w2)
        if strong or (plausible and _pair_cued(text, a0, b1)):
            found.append(Span(start=a0, end=b1, label="PERSON"))
            used_to = b1
        elif plausible:
            weak.append((a0, b1))
    return found + _coordinated(text, weak, found)


def _coordinated(text: str, weak: list[tuple[int, int]], found: list[Span]) -> list[Span]:
    """Weak pairs joined to a found name by "and", "or", "&" or a comma, on either side."""
    ends = {s.end for s in found}
    starts = {s.start for s in found}
    added = []
    for start, end in weak:
        after = _COORDINATION.match(text, end)
        before_ok = any(_COORDINATION.fullmatch(text, e, start) for e in ends if e < start)
        if (after and after.end() in starts and after.end() > end) or before_ok:
            added.append(Span(start=start, end=end, label="PERSON"))
    return added


def _world_runs(text: str) -> list[Span]:
    found = []
    gaz = gazetteer()
    for match in _CAP_RUN.finditer(text):
        words = match.group().lower().split()
        start = match.start()
        while len(words) > 2 and not (_given(words[0]) or _family(words[0])):
            start = _NEXT_WORD.match(text, start).end()  # "Ping Zhang Wei" -> "Zhang Wei" (any space between)
            words.pop(0)
        world = any(w in WORLD_GIVEN or w in WORLD_FAMILY or _folded(w) in WORLD_GIVEN for w in words)
        names = all(_given(w) or _family(w) for w in words)
        if world and names and not any(w in gaz.places and w not in WORLD_FAMILY for w in words):
            found.append(Span(start=start, end=match.end(), label="PERSON"))
    return found


def find_world_names(text: str) -> list[Span]:
    """Lower-case names after an addressing cue, and capitalised non-Western names, as ``PERSON``."""
    return _lower_names(text) + _lower_pairs(text) + _world_runs(text)
