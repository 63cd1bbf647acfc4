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

from genaiops.safety.guardrails.casing import lower_cased, lowers_alike
from genaiops.safety.guardrails.pii_cues import cue_names
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
    mehmet ayse emre elif oguz burak thu trang dung thuy phuong binh bao hossein fatemeh parisa arash kaveh farhad
    bahareh sipho thabo bongani nkechi adewale bolanle ji-hoon min-ji ji-yeon jae-won so-yeon eun-ji
    raj rajesh suresh ramesh vikram sanjay anil sunil kemi tobi tolu funmi bisi chioma ifeoma uche nnamdi ade
    wojtek kuba bartek marek piotr tomek kasia gosia zosia agnieszka"""
)
WORLD_FAMILY = _wordset(
    """adebayo okafor okonkwo adeyemi eze obi nwosu balogun mensah owusu boateng kamau otieno mwangi njoroge
    ochieng yamamoto tanaka suzuki takahashi watanabe nakamura kobayashi sato nguyen tran le pham hoang vu khai
    park kim lee choi jung kang zhang wang liu chen yang huang zhao wu zhou ngata parata tawhiri padukone
    venkataraman krishnan iyer subramanian reddy nair menon sharma kumar gupta patel al-sayed al-farsi haddad
    khalil mansour yilmaz kaya demir sahin celik bello garcia becker sun xu hu guo luo zheng xie feng cao peng zeng
    xiao tian yuan cai jiang cheng bui dang ngo duong dinh truong phan vo rostami moradi rezaei tehrani hosseini
    kowalski wisniewski wojcik kowalczyk kaminski lewandowski zielinski szymanski wozniak kaminska zielinska
    wisniewska yoon jang han dlamini okeke chukwu qahtani"""
)
_PARTICLES = _wordset("van von de der den da di du la le los las bin binti bint ibn al dos del")
_STOP = _wordset(
    """a an the and or for to on in at of about with from by is are was be this that it me us you them him her
    all team everyone folks guys again so much thanks please asap today tomorrow now later here there back up
    out off ops oncall prod staging job jobs ci cd dev devs sre my your his our their its"""
)
_CAP = r"[^\W\d_a-z][^\W\d_A-Z]+(?:-[^\W\d_][^\W\d_A-Z]+)?"
_CAP_RUN = re.compile(rf"\b{_CAP}(?:\s+{_CAP}){{1,3}}\b")
"""Runs of two to four capitalised words, in any Latin script (``Nguyễn Thị Hương``, ``Ayşe Yıldız``)."""
_NEXT_WORD = re.compile(r"\S+\s+")
"""A run's first word and the white space after it (which ``\\s`` allows: tabs, or control characters such as
\\x1f, where the run was cut at a plain space before and failed on them)."""
_CRED_URL = re.compile(r"\b[a-z][a-z0-9+.\-]{1,15}://[^\s:/@<>\"'`]*:[^\s@/<>\"'`]+@[^\s<>\"'`]+", re.IGNORECASE)
_ISO = re.compile(
    r"\d{4}-\d{2}-\d{2}(?:[ T]\d{2}(?::\d{2}){0,2})?|\d{4}[./]\d{1,2}[./]\d{1,2}|"
    r"\d{1,2}([./])\d{1,2}\1\d{4}(?:[ T]\d{2}(?::\d{2}){0,2})?|"
    r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])[-T_]\d{2,6}"
)
"""ISO, day-first and compact dates with a time: ``2026-12-02``, ``2026-03-15 09:30``, ``12.03.2026 02``,
``20261203-0200``."""
_VERSION = re.compile(r"v?\d+(?:\.\d+){1,3}(?:[-+][\w.\-]+)?", re.IGNORECASE)
_VERSION_CUE = re.compile(
    r"(?i)(?:\bv|@|\b(?:version|release|upgrade|bump|pin|tag|chart|build|from|kubectl|driver|agent|firmware|kernel|"
    r"cuda|sdk|client|runtime|image|plugin|helm|python|node|java|go)\b\W{0,3})$"
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


def _plain(word: str) -> str:
    return word if word.isascii() else _folded(word)


def _given(word: str) -> bool:
    gaz = gazetteer()
    if word in WORLD_GIVEN or word in gaz.first_names:
        return True
    return not word.isascii() and (_folded(word) in WORLD_GIVEN or _folded(word) in gaz.first_names)


def _family(word: str) -> bool:
    gaz = gazetteer()
    if word in WORLD_FAMILY or word in gaz.last_names or (word[:3] in ("al-", "el-") and len(word) > 5):
        return True  # "al-farouq": an Arabic family name by its article
    return not word.isascii() and (_folded(word) in WORLD_FAMILY or _folded(word) in gaz.last_names)


def _english(word: str) -> bool:
    """A common English word that is no family name ("can", "will"): it does not extend a lower-case name."""
    gaz = gazetteer()
    return word in gaz.common_words and word not in gaz.last_names


def _name(word: str) -> bool:
    return _given(word) or _family(word)


_LOWER_NAME_NEXT = re.compile(r" ([a-z]+)\b")


def _lower_names(text: str) -> list[Span]:
    """Lower-case names of two or three words after a person cue (:mod:`pii_cues`, the list the lone first names
    of :mod:`pii_chat` are found by too)."""
    found = []
    for _, start, end in cue_names(lower_cased(text) if lowers_alike(text) else text):
        words = text[start:end].split()
        while len(words) >= 2 and not (_name(words[-1]) and words[-1] not in _STOP and not _english(words[-1])):
            words.pop()  # "ravi kumar about" -> "ravi kumar", "maria can" -> "maria"
        inner = words[1:-1]  # a particle may stand inside: "le van thanh", "maria da silva"
        named = all(map(_name, (words[0], words[-1], *(w for w in inner if w not in _PARTICLES))))
        if len(words) < 2 or any(w in _STOP for w in words) or not named:
            continue  # family name first is fine: "chen wei", "nguyen minh"
        following = _LOWER_NAME_NEXT.match(text, end)
        next_name = following is not None and _name(following.group(1)) and not _english(following.group(1))
        if len(words) == 3 and _given(words[2]) and next_name:
            words.pop()  # "cc agnieszka wisniewska joao pereira": the third word starts the next name
        found.append(Span(start=start, end=start + len(" ".join(words)), label="PERSON"))
    return found


_LOWER_WORD = re.compile(r"[a-z](?<![\w@./\\-][a-z])[a-z'ß-öø-ÿĀ-ž]+(?:-[a-z]+)?(?![\w@/\\-]|\.\w)")
r"""A lower-case word (its later letters may carry diacritics: "dąbrowski", "hernández"):
``(?<![\w@./\\-])[a-z][a-z']+...`` with its first letter in front of the look-behind, so that the engine jumps
between letters instead of trying the look-behind at every position."""
_PAIR_CUE_WORDS = _wordset(
    """ping ask cc tell thanks thank thx ty by from with to per and or assign assigned assignee reporter reviewer
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
    r" (?:will|said|says|wrote|asked|is on|has the|takes|took|owns|reviews|approved|merged|paged|noticed|rolled|"
    r"restarted|fixed|confirmed|joined|requested|updated|reported|found|reset|pushed|is calling|is asking|"
    r"is the new|is out|out sick|covering|pls|please|are on|is covering|[a-z]{3,}ed(?= (?:the|a|an|it|my|our|to|"
    r"up|back|over|out|in|on)\b)|here)\b"
)
"""An act after a pair, the verbs listed or any past tense with an object ("pushed a revert", "reset the 2fa")."""


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
        w1, w2 = _plain(first.group()), _plain(match.group())  # "dąbrowski" is looked up as "dabrowski"
        if w1 not in names and w2 not in names:
            continue  # most pairs: neither word is a name (all words here are ASCII)
        a0, b1 = first.start(), match.end()
        if w2[:3] in ("al-", "el-") and w1 in names and _given(w1) and w2 not in names:
            found.append(Span(start=a0, end=b1, label="PERSON"))  # "omar al-farouq"
            used_to = b1
            continue
        strong = (w1 in names and w2 in names and _given(w1) and _family(w2)) or (
            w1 in WORLD_FAMILY and (w2 in WORLD_GIVEN or (w1 in names and w2 in WORLD_FAMILY))
        )  # family first: "sun li", "liu yang"
        if not strong and w2 in _PARTICLES and w1 in names:
            last = _after_particles(text, b1)
            if last is not None:  # "nguyen van an", "maria da silva", "maria de la cruz"
                found.append(Span(start=a0, end=last, label="PERSON"))
                used_to = last
                continue
        plausible = _lower_word_ok(w1) and _lower_word_ok(w2)
        if strong or (plausible and _pair_cued(text, a0, b1)):
            end = _third_name(text, b1) if w1 in WORLD_FAMILY else b1
            found.append(Span(start=a0, end=end, label="PERSON"))
            used_to = end
        elif plausible:
            weak.append((a0, b1))
    return found + _coordinated(text, weak, found)


def _after_particles(text: str, end: int) -> int | None:
    """The end of the name word after one or more particles that end at ``end`` ("de la| cruz"), or ``None``."""
    for _ in range(2):
        word = _LOWER_WORD.match(text, end + 1) if text[end : end + 1] == " " else None
        if word is None:
            return None
        if word.group() not in _PARTICLES:
            return word.end() if _name(word.group()) else None
        end = word.end()
    return None


def _third_name(text: str, end: int) -> int:
    """Past a known given name after a family-first pair ("nguyen thi| hoa", "tran minh| lan"), else ``end``."""
    word = _LOWER_WORD.match(text, end + 1) if text[end : end + 1] == " " else None
    if word is not None and word.group() not in _STOP and _given(word.group()) and not _english(word.group()):
        return word.end()
    return end


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
    """Capitalised runs of non-Western names, and runs of unknown names that act (one pass of ``_CAP_RUN``)."""
    found = []
    gaz = gazetteer()
    for match in _CAP_RUN.finditer(text):
        words = match.group().lower().split()
        if _acts(text, match, words, gaz):
            found.append(Span(start=match.start(), end=match.end(), label="PERSON"))
            continue
        start = match.start()
        while len(words) > 2 and not (_given(words[0]) or _family(words[0])):
            start = _NEXT_WORD.match(text, start).end()  # "Ping Zhang Wei" -> "Zhang Wei" (any space between)
            words.pop(0)
        world = any(w in WORLD_GIVEN or w in WORLD_FAMILY or _folded(w) in WORLD_GIVEN for w in words)
        names = all(_given(w) or _family(w) for w in words)
        if world and names and not any(w in gaz.places and w not in WORLD_FAMILY for w in words):
            found.append(Span(start=start, end=match.end(), label="PERSON"))
    return found


_UPPER_RUN = re.compile(r"(?<![\w'\-])[A-Z][A-Z'\-]+(?:,? [A-Z][A-Z'\-]*)+(?![\w'\-])")
"""Runs of ALL CAPS words (one comma allowed: "OKAFOR, NGOZI"), where a name in shouted text hides."""


_WORD_NAMES = _wordset("will may mark bill rob sue pat max art chase drew page jack frank ray dawn hope grant")
"""Names that are as often English words in shouted text ("WILL RETRY", "MARK DONE")."""


def _upper_name_word(word: str) -> bool:
    """An ALL CAPS word (lower-cased) that can be part of a name: a known name, or an unknown word of 4+ letters."""
    if word in _STOP or word in _WORD_NAMES:
        return False
    return _name(word) or (word not in gazetteer().common_words and len(word) > 3 and word.isalpha())


_UPPER_WORD = re.compile(r"[A-Z][A-Z'\-]*")


def _upper_names(text: str) -> list[Span]:
    """Names in ALL CAPS text ("CUSTOMER: ADEBAYO OGUNLEYE ACCOUNT LOCKED", "YILMAZ, MEHMET", "DE LA FUENTE,
    ISABEL"): in each stretch of name words, from the first known name to the last (or to the one unknown word
    after a lone known name), when it holds a given name (or an East Asian family name) and another name word."""
    found = []
    for run in _UPPER_RUN.finditer(text):
        words = [(m.start(), m.end(), m.group().lower()) for m in _UPPER_WORD.finditer(run.group())]
        i = 0
        while i < len(words):
            j = i
            while j < len(words) and (words[j][2] in _PARTICLES or _upper_name_word(words[j][2])):
                j += 1
            span = _upper_span(words[i:j], run.group())
            if span is not None:
                found.append(Span(start=run.start() + span[0], end=run.start() + span[1], label="PERSON"))
            i = max(j, i + 1)
    return found


_NOT_NAME_ENDINGS = ("ed", "ing", "ion", "ment", "ness", "able")


def _upper_span(part: list[tuple[int, int, str]], run: str) -> tuple[int, int] | None:
    """The name in one stretch of ALL CAPS name words (offsets in ``run``), or ``None``."""
    known = [k for k, w in enumerate(part) if w[2] not in _PARTICLES and _name(w[2])]
    comma = [k for k in range(1, len(part)) if "," in run[part[k - 1][1] : part[k][0]]]
    if comma and comma[0] - 1 in known and _given(part[comma[0]][2]):  # "OKAFOR, NGOZI", "DE LA FUENTE, ISABEL"
        first = comma[0] - 1
        while first > 0 and part[first - 1][2] in _PARTICLES:
            first -= 1
        return part[first][0], part[comma[0]][1]
    leads = [k for k in known if _given(part[k][2]) or part[k][2] in WORLD_FAMILY]
    if not leads:
        return None
    first, last = leads[0], known[-1]
    if first == last and not _known_name(part[first][2]):
        return None  # a lone name that is also a common word ("JOHN", "MARY") takes no unknown word
    if first == last:  # one known name: the unknown word after it ("NGUYEN VAN BINH"), or before it
        after = [k for k in range(last + 1, len(part)) if part[k][2] not in _PARTICLES]
        if after and not part[after[0]][2].endswith(_NOT_NAME_ENDINGS):
            last = after[0]
        elif first > 0 and part[first - 1][2] not in _PARTICLES and not part[first - 1][2].endswith(_NOT_NAME_ENDINGS):
            first -= 1
        else:
            return None
    if last - first > 4 or any("," in run[part[k - 1][1] : part[k][0]] for k in range(first + 1, last + 1)):
        return None
    return part[first][0], part[last][1]


_ACTION = re.compile(
    r"\s+(?:merged|fixed|requested|updated|joined|restarted|confirmed|approved|noticed|opened|rolled|reported|"
    r"signed|said|wrote|asked|paged|acked|deployed|pushed|reviewed|closed|owns|is out|on the bridge|works|sent)\b"
)
_PAST_WITH_OBJECT = re.compile(
    r"\s+[a-z]{3,}ed(?= (?:the|a|an|it|my|our|his|her|their|to|up|back|over|out|in|on|why|that|about)\b)"
)
"""Any past tense with an object after a two-word run ("Chinonso Nwankwo rotated the certs"); a longer run may
start with a role ("Producer Liviana Palerma explained to")."""


def _acts(text: str, match: re.Match[str], words: list[str], gaz) -> bool:
    """Two or three capitalised words of any naming tradition that act like a person ("Yerlan Abenov fixed",
    "Đặng Văn Lâm on the bridge"), when none of them is a common English word or a place."""
    acts = _ACTION.match(text, match.end()) or (len(words) == 2 and _PAST_WITH_OBJECT.match(text, match.end()))
    if len(words) > 3 or not acts:
        return False
    core = [w for w in words if _folded(w) not in _PARTICLES]  # "Văn", "Al": name particles, not English
    return not any(w in gaz.common_words or w in _STOP or _folded(w) in gaz.places for w in core)


_INVERTED = re.compile(rf"({_CAP}),[ \t]+({_CAP})\b(?!,[ \t]*[^\W\d_a-z]|[ \t]+(?:and|or|&)[ \t]+[^\W\d_a-z])")
"""A capitalised family name, a comma and a given name ("Kowalski, Anna"), not inside a list ("Berlin, Munich"):
matched at the word before each ", " only."""
_WORD_BEFORE = re.compile(r"[^\W\d_][^\W\d_]*(?:-[^\W\d_]+)?\Z")
_LIST_BEFORE = re.compile(r"(?:[\w,] |, )\Z")
_INITIALS = re.compile(rf"[A-Z](?<![\w.][A-Z])\.[ \t]?(?:[A-Z]\.[ \t]?){{0,2}}[ \t]?({_CAP})\b")
"""Initials before a capitalised family name ("J. R. Okonkwo", "A.B. Smith"); a letter class first, so that the
engine skips to the next capital letter."""


def _inverted(text: str) -> list[re.Match[str]]:
    matches = []
    comma = text.find(", ")
    while comma > 0:
        if not (text[comma - 1].isalpha() and text[comma + 2 : comma + 3].isupper()):
            comma = text.find(", ", comma + 2)
            continue  # most commas: no capitalised word after them
        word = _WORD_BEFORE.search(text, max(0, comma - 30), comma)
        if word is not None and not _LIST_BEFORE.search(text, max(0, word.start() - 2), word.start()):
            match = _INVERTED.match(text, word.start())
            if match is not None and (not word.start() or not text[word.start() - 1].isalnum()):
                matches.append(match)
        comma = text.find(", ", comma + 2)
    return matches


def _shaped_names(text: str) -> list[Span]:
    """Names by their written shape: family name, comma, given name ("Haddad, Layla") and initials before a family
    name ("J. R. Okonkwo"); the family name must be one no list holds as an English word or a place."""
    gaz = gazetteer()
    found = []

    def family(word: str) -> bool:
        low = word.lower()
        return (
            _family(low if word.isascii() else word) and low not in gaz.common_words and _folded(low) not in gaz.places
        )

    for match in _inverted(text):
        given = match.group(2).lower()
        two_given = _given(match.group(1).lower())  # "Anna, Maria": a list
        if family(match.group(1)) and _given(given if given.isascii() else match.group(2)) and not two_given:
            found.append(Span(start=match.start(), end=match.end(), label="PERSON"))
    dot = text.find(".", 1)
    while dot > 0:  # an initial: a capital letter, a dot, no word character before the letter
        at = dot - 1
        if text[at].isupper() and (not at or not (text[at - 1].isalnum() or text[at - 1] in "_.")):
            match = _INITIALS.match(text, at)
            if match is not None and family(match.group(1)):
                found.append(Span(start=match.start(), end=match.end(), label="PERSON"))
                dot = match.end()
        dot = text.find(".", dot + 1)
    return found


def find_world_names(text: str) -> list[Span]:
    """Lower-case names after an addressing cue, ALL CAPS names, capitalised non-Western names and names by their
    written shape, as ``PERSON``."""
    return _lower_names(text) + _lower_pairs(text) + _world_runs(text) + _upper_names(text) + _shaped_names(text)
