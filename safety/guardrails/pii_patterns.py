"""Structured PII found by pattern and confirmed by a check: emails, phones, cards, IBANs, national ids, IPs,
URLs, dates (and dates of birth), ages, titles and ZIP codes.

Patterns only propose candidates; well-kept libraries confirm them: ``phonenumbers`` for phone numbers,
``python-stdnum`` for the Luhn check of card numbers, IBAN checksums and national-id check digits, ``ipaddress``
for IP addresses. Every recogniser is a function ``text -> list[Span]``.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable, Iterator
from functools import cache

from stdnum import iban, luhn
from stdnum.br import cpf
from stdnum.es import dni
from stdnum.in_ import aadhaar
from stdnum.it import codicefiscale
from stdnum.nl import bsn
from stdnum.us import ssn

from genaiops.safety.guardrails.base import lowers_alike
from genaiops.safety.guardrails.casing import lower_cased
from genaiops.safety.guardrails.pii_ops import date_or_version
from genaiops.safety.verdict import Span

__all__ = ["DOB_WORDS", "DOB_WORDS_OTHER_SCRIPTS", "PATTERN_RECOGNIZERS", "births_after_names", "find_phones"]

_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_URL = re.compile(r"\b(?:(?:https?|ftp)://|www\.)[^\s<>\"'`]+", re.IGNORECASE)
_TLDS = (
    "com|org|net|edu|gov|io|co|ai|dev|app|info|biz|de|uk|fr|es|it|nl|se|no|dk|fi|pl|cz|hu|pt|br|au|ca|us|ru|jp|"
    "cn|in|ch|at|be|ie|nz|gr|is|mx|ar|za"
)
_DOMAIN = re.compile(
    rf"(?<![\w@./-])(?:[A-Za-z0-9-]+\.)+(?:{_TLDS})(?:\.[a-z]{{2}})?(?:/[^\s]*)?(?![\w@-])", re.IGNORECASE
)
_USERINFO = re.compile(r"://[^\s/@:]+:[^\s/@]+@")
_TLD_HINT = re.compile(rf"\.(?:{_TLDS})\b", re.IGNORECASE)
_IPV4 = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.]*\d)")
_IPV6 = re.compile(r"(?<![\w:])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![\w:])")
_NON_DIGIT = re.compile(r"\D")
_SEPARATOR = re.compile(r"[\s().\-]")
_CARD = re.compile(r"\d(?<![\d-]\d)[ -]?(?:\d[ -]?){10,17}\d(?![\d-])")
r"""``(?<![\d-])(?:\d[ -]?){11,18}\d(?![\d-])`` with its first digit in front of the look-behind: a pattern that
starts with a digit lets the regex engine jump from digit to digit instead of trying every position (~4x faster)."""
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b")
_PHONE = re.compile(r"(?<![\w+])(?:\+|00)?(?:\(?\d{1,4}\)?[ \t.\-/]?){1,6}\d{2,4}(?![\w])")
_PHONE_CUE = re.compile(
    r"(?i)(?:phone|tel(?:ephone)?|mobile|cell|fax|call(?:\s+me)?(?:\s+on|\s+at)?|text|sms|whatsapp|number|"
    r"messages\s+to|registered|reach\s+me|contact)\W{0,12}$"
)
_PHONE_AFTER = re.compile(r"(?i)^\s*-?\s*(?:office|fax|mobile|cell|home|work|ext)\b")
_REGIONS = ("US", "GB", "DE", "IN")  # a few large numbering plans; cued numbers need no region
_MAX_VALIDATIONS = 8
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|"
    r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_FOREIGN_MONTH = (
    r"(?i:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|"
    r"decembre|januar|februar|märz|maerz|april|juni|juli|august|september|oktober|dezember|enero|febrero|marzo|"
    r"abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)"
)
_DATES = re.compile(  # every alternative starts with a digit or a capital: the look-ahead skips the other words
    r"\b(?=[\dA-Z])(?:\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?)?|(?<![\d.])\d{4}([./])\d{2}\1\d{2}(?!\.?\d)|"
    r"(?<![\d.])\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2})(?!\.?\d)|(?<![\d-])\d{1,2}-\d{1,2}-\d{4}(?![\d-])|"
    rf"\d{{1,2}}-(?i:{_MONTH})-(?:\d{{4}}|\d{{2}})(?![\d-])|"
    rf"\d{{1,2}}\.?\s+(?:de\s+)?{_FOREIGN_MONTH}\s+(?:de\s+)?\d{{4}}|"
    rf"{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\.?,?"
    rf"\s+\d{{4}}|{_MONTH}\s+\d{{4}}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?<![^\W_]-)(?:1[89]|20)\d{{2}}(?!\.\d))\b"
)
DOB_WORDS = (
    r"birthday|born|birth|d\.?o\.?b|geboren|geburt|geb\.|né|née|naissance|nacimiento|nascimento|nato|nata|urodzenia|"
    r"doğum|dogum|nascita|geboorte|född|fødsel|nacid[oa]|(?<![\w.])b\.(?= ?(?:\d|$))|d/o/b|nac\.|urodzon[ya]"
)
"""Cues of a date of birth in English, German, French, Spanish, Portuguese, Italian, Polish, Turkish, Dutch and
Scandinavian languages (lower case); "b." only right before a number or at the end of the text looked at ("Maria
Lopez, b. 1984-03-03")."""
DOB_WORDS_OTHER_SCRIPTS = (
    r"ngày sinh|생년월일|出生日期|生年月日|出生年月日|تاريخ الميلاد|дата рождения|родился|родилась"
)
"""Birth cues in Vietnamese, Korean, Chinese, Japanese, Arabic and Russian: looked for only in text that is not
ASCII, so that ASCII text is not scanned for them."""
_DOB_CUE = re.compile(  # 4: a JSON key's `": "`
    rf"(?i)(?:{DOB_WORDS}|{DOB_WORDS_OTHER_SCRIPTS})\W{{0,6}}(?:\w+\W{{1,4}}){{0,4}}$"
)
"""A birth cue up to four words before the date, within the 40 characters looked at ("date of birth, per the
passport, is 1.3.77")."""
_COMPACT_DATE = re.compile(r"(?<![\w.-])(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?![\w.-])")
"""``19880202``: a date only after a birth cue (elsewhere it is as likely an id or a build number)."""
_AGE = re.compile(
    r"(?i)\b(\d{1,3})(?=[- ]years?[- ]old\b|\s*y/?o\b|\s+years?\s+of\s+age)|(?:\bturn(?:ed|ing)?|\baged?|"
    r"\bI'm|\bI\s+am)\s+(\d{1,3})\b(?!\s*(?:%|percent|dollars|\$|[:.,]\d))"
)
_TITLE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Madam|Rev|Hon)\.?(?=\s+[A-Z])")
_ZIP = re.compile(
    r"(?i)\b(?:zip(?:\s*code)?|postal\s*code|postcode)\s*(?:is\s+|:\s*)?"
    r"((?=[A-Z0-9]?\d)[A-Z0-9][A-Z0-9 -]{1,8}[A-Z0-9])\b"
)
# One pass over the text for the numeric national ids; the named group says which checksum to apply.
_NUMERIC_IDS = re.compile(
    r"(?<![\d-])(?P<ssn>\d{3}([- ]?)\d{2}\2\d{4})(?![\d-])|\b(?P<dni>\d{8}-?[A-Z])\b|"
    r"\b(?P<cpf>\d{3}\.\d{3}\.\d{3}-\d{2})\b|\b(?P<aadhaar>\d{4} \d{4} \d{4})\b|\b(?P<bsn>\d{9})\b"
)
_UPPER_RUN = re.compile(r"[A-Z]{6}\d")
_CODICE_FISCALE = re.compile(r"\b[A-Z]{6}\d{2}[A-Z]\d{2}[A-Z]\d{3}[A-Z]\b")
_ID_CHECKS: dict[str, tuple[str, Callable[[str], bool], re.Pattern[str] | None]] = {
    "ssn": ("US_SSN", ssn.is_valid, None),
    "dni": ("NATIONAL_ID", dni.is_valid, None),
    "cpf": ("NATIONAL_ID", cpf.is_valid, None),
    "aadhaar": ("NATIONAL_ID", aadhaar.is_valid, re.compile(r"(?i)aadhaar|uid")),
    "bsn": ("NATIONAL_ID", bsn.is_valid, re.compile(r"(?i)\bbsn\b|burgerservice")),
}


def _spans(pattern: re.Pattern[str], text: str, label: str, group: int = 0) -> list[Span]:
    return [Span(start=m.start(group), end=m.end(group), label=label) for m in pattern.finditer(text)]


def find_emails(text: str) -> list[Span]:
    if "@" not in text:  # the pattern's one literal: a text without it costs one scan, not the pattern's
        return []
    return _spans(_EMAIL, text, "EMAIL_ADDRESS")


def find_urls(text: str) -> list[Span]:
    found = []
    patterns = (_URL, _DOMAIN) if _TLD_HINT.search(text) else (_URL,)
    for pattern in patterns:
        for match in pattern.finditer(text):
            value = match.group().rstrip(".,;:!?)]}'\"")
            if _USERINFO.search(value):
                continue  # user:password@ -> URL_CREDENTIALS (pii_ops.find_credential_urls)
            found.append(Span(start=match.start(), end=match.start() + len(value), label="URL"))
    return found


_IPV6_HINT = re.compile(r":(?::|(?<=[0-9A-Fa-f]:)[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}:)")
"""Whether ``::`` or ``h:h:h:`` (h = 1-4 hex digits) occurs, told from the first colon on: a pattern that starts
with a colon lets the engine jump from colon to colon (only ``search``'s yes or no is used)."""


_IPV4_HINT = re.compile(r"\d\.\d{1,3}\.\d")


def find_ips(text: str) -> list[Span]:
    found: list[Span] = []
    patterns = [p for p, hint in ((_IPV4, _IPV4_HINT), (_IPV6, _IPV6_HINT)) if hint.search(text)]
    for pattern in patterns:
        for match in pattern.finditer(text):
            try:
                ipaddress.ip_address(match.group())
            except ValueError:
                continue
            found.append(Span(start=match.start(), end=match.end(), label="IP_ADDRESS"))
    return found


_CARD_CUE = re.compile(r"(?i)\b(?:card|cc|credit|debit|visa|mastercard|amex)\b[^\n]{0,25}$")


def find_cards(text: str) -> list[Span]:
    """Card numbers: 13-19 digits from a card issuer range (12+ after a "card" cue), Luhn-valid."""
    found = []
    for match in _CARD.finditer(text):
        digits = _NON_DIGIT.sub("", match.group())
        issuer = 13 <= len(digits) <= 19 and digits[0] in "23456"
        cued = len(digits) >= 12 and _CARD_CUE.search(text[max(0, match.start() - 40) : match.start()])
        if (issuer or cued) and luhn.is_valid(digits):
            found.append(Span(start=match.start(), end=match.end(), label="CREDIT_CARD"))
    return found


def find_ibans(text: str) -> list[Span]:
    found = []
    for match in _IBAN.finditer(text):
        value = match.group()
        for end in range(len(value), 14, -1):
            if value[end - 1] != " " and iban.is_valid(value[:end]):
                found.append(Span(start=match.start(), end=match.start() + end, label="IBAN_CODE"))
                break
    return found


_DIGIT_RUN = re.compile(r"\d(?<![\d-]\d)\d\d")
r"""``(?<![\d-])\d{3}``, starting with a digit so that the engine jumps between digits (same matches, ~3x faster)."""


def find_national_ids(text: str) -> list[Span]:
    """US SSNs and national ids with check digits (ES DNI, IT codice fiscale, BR CPF, IN Aadhaar, NL BSN)."""
    found = []
    covered = 0
    for run in _DIGIT_RUN.finditer(text):
        if run.start() < covered:
            continue
        match = _NUMERIC_IDS.match(text, run.start())
        if match is None:
            continue
        covered = match.end()
        group = match.lastgroup or ""
        label, valid, cue = _ID_CHECKS[group]
        if (cue is None or cue.search(text)) and valid(match.group(group)):
            found.append(Span(start=match.start(group), end=match.end(group), label=label))
    for match in _CODICE_FISCALE.finditer(text) if _UPPER_RUN.search(text) else ():
        if codicefiscale.is_valid(match.group()):
            found.append(Span(start=match.start(), end=match.end(), label="NATIONAL_ID"))
    return found


def _valid_phone(candidate: str) -> bool:
    import phonenumbers  # heavy import (~0.3 s): paid on the first phone-like candidate, not at import time

    regions = (None,) if candidate.startswith(("+", "00")) else _REGIONS
    for region in regions:
        try:
            international = "+" + candidate[2:] if candidate.startswith("00") else candidate  # a leading 00 only
            number = phonenumbers.parse(international if region is None else candidate, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            return True
        if region is None and candidate.startswith("+") and phonenumbers.is_possible_number(number):
            return True  # "+64 9 123 4567": a written country code; the plan's ranges lag real numbers
    return False


_PHONE_START = re.compile(r"[+(\d](?<![\w+].)")
"""Where a ``_PHONE`` match can start: a plus, a bracket or a digit with no word character or plus before it."""


def _phone_candidates(text: str) -> Iterator[re.Match[str]]:
    """``_PHONE.finditer(text)``, trying the pattern only where a match can start (``_PHONE`` begins with a
    look-behind, so the engine would try it at every position; finding the starts first is ~2x cheaper)."""
    start = _PHONE_START.search(text)
    while start is not None:
        match = _PHONE.match(text, start.start())
        if match is None:
            start = _PHONE_START.search(text, start.start() + 1)
            continue
        yield match
        start = _PHONE_START.search(text, match.end())


_ID_CUE = re.compile(r"(?i)\b(?:id|order|ticket|account|acct|ref|invoice|case|build|job|run|pid|sku)\s*[:#=]?\s*\Z")
"""An identifier's name right before an uncued digit group: "customer id 4471-2291" is no phone."""
_ID_BEFORE = re.compile(r"[^\W\d_][\w]*[-_/#]$")
_ID_AFTER = re.compile(r"[-_/]\w")


def _inside_identifier(text: str, start: int, end: int) -> bool:
    """A digit run glued to a word by a hyphen, underscore or slash is part of an id, not a phone:
    ``ORD-2026-000123``, ``nightly-etl-20261203-0200``, ``4410-2291-0031-7``."""
    return bool(_ID_BEFORE.search(text[max(0, start - 24) : start]) or _ID_AFTER.match(text, end))


_ENDS_IN_DATE = re.compile(r"(?<!\d)(?:0?[1-9]|[12]\d|3[01])([./])(?:0?[1-9]|1[0-2])\1(?:19|20)\d\d$")


def find_phones(text: str) -> list[Span]:
    """Digit groups that ``phonenumbers`` accepts as valid, or that a phone cue ("call me on", "Fax") surrounds."""
    found = []
    budget = _MAX_VALIDATIONS
    for match in _phone_candidates(text):
        value = match.group().strip()
        digits = sum(ch.isdigit() for ch in value)
        if not 7 <= digits <= 15 or (digits > 11 and value.isdigit()):
            continue
        start = match.start() + match.group().index(value)
        if date_or_version(text, start, start + len(value)) or _inside_identifier(text, start, start + len(value)):
            continue
        if _ENDS_IN_DATE.search(value):
            continue  # "(04.05.1971)", "age 41 (22.11.1983)": a dotted or slashed date, no phone
        cued = bool(_PHONE_CUE.search(text[max(0, start - 40) : start])) or bool(
            _PHONE_AFTER.match(text[start + len(value) : start + len(value) + 12])
        )
        if not cued and (budget <= 0 or not _SEPARATOR.search(value)):
            continue
        if not cued and _ID_CUE.search(text, max(0, start - 16), start):
            continue
        if not cued:
            budget -= 1
        if cued or _valid_phone(value):
            found.append(Span(start=start, end=start + len(value), label="PHONE_NUMBER"))
    return found


_BIRTH_AFTER_NAME = re.compile(
    r"(?:,[ \t]*(?:(?:aged?[ \t]+)?\d{1,3},[ \t]*)?|[ \t]*\([ \t]*|[ \t]+[-–|][ \t]+)"
    r"((?:0?[1-9]|[12]\d|3[01])([./])(?:0?[1-9]|1[0-2])\2(?:19[2-9]\d|200\d|201[0-2])|"
    r"(?:19[2-9]\d|200\d|201[0-2])-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])|"
    rf"\d{{1,2}}[ \t]+{_MONTH}\.?[ \t]+(?:19[2-9]\d|200\d|201[0-2]))(?![\w./:-]?\d)"
)
"""A full date with a birth-plausible year (1920-2012) right after a person's name, separated only by a comma (and
an age), an opening bracket or a dash: "Jane Doe, 22/11/1983", "Hans Weber (04.05.1971)", "Sam Reed, 41,
1983-11-22". Without a cue word the date of an event after a name ("Ana, 2026-01-05") has a recent year."""


def births_after_names(text: str, spans: list[Span]) -> list[Span]:
    """``DATE_OF_BIRTH`` spans for the dates that ``_BIRTH_AFTER_NAME`` finds right after a PERSON span."""
    found = []
    for span in spans:
        if span.label == "PERSON":
            match = _BIRTH_AFTER_NAME.match(text, span.end)
            if match is not None:
                found.append(Span(start=match.start(1), end=match.end(1), label="DATE_OF_BIRTH"))
    return found


_OTHER_KEY = re.compile(r"[\"'],\s*[\"']?\w+[\"']?\s*[:=]|[,;]\s*\w+\s*=")
"""Another key between the birth cue and the date (``"dob": "1986-02-14", "ts": "2026-..."``)."""
_BORN_THING = re.compile(
    r"(?i)\b(?:cluster|service|server|project|repo|repository|pipeline|system|database|db|app|product|platform|"
    r"company|startup|team|feature|idea|tool|module|stack|poc)\b[\w ,]{0,20}\bborn\b"
)
"""Things that were "born" on a date and are not persons ("the cluster was born 2021-06-01 as a POC")."""


def _birth_cued(before: str) -> bool:
    cue = _DOB_CUE.search(before)
    return cue is not None and not _OTHER_KEY.search(cue.group()) and not _BORN_THING.search(before)


def find_dates(text: str) -> list[Span]:
    """Dates and times; a date right after "born" / "date of birth" / "DOB" is a ``DATE_OF_BIRTH``."""
    found = []
    for match in _DATES.finditer(text):
        before = text[max(0, match.start() - 40) : match.start()]
        label = "DATE_OF_BIRTH" if _birth_cued(before) else "DATE_TIME"
        found.append(Span(start=match.start(), end=match.end(), label=label))
    for match in _COMPACT_DATE.finditer(text):
        if _birth_cued(text[max(0, match.start() - 40) : match.start()]):
            found.append(Span(start=match.start(), end=match.end(), label="DATE_OF_BIRTH"))
    return _birth_columns(text, found) if "\n" in text and _BIRTH_COLUMN.search(text) else found


_BIRTH_COLUMN = re.compile(
    r"(?i)[,;\t|][ \"']*(?:dob|d\.o\.b\.?|date[ _]of[ _]birth|birth[ _]?date|birthday|geburtsdatum)[ \"']*"
    r"(?:[,;\t|\r\n]|$)|(?:^|\n)[ \"']*(?:dob|date[ _]of[ _]birth|birth[ _]?date|birthday|geburtsdatum)[ \"']*[,;\t|]"
)
"""Whether a header cell names a birth column (checked before any line is split)."""
_BIRTH_HEADER = re.compile(r"(?i)^(?:dob|d\.o\.b\.?|date[ _]of[ _]birth|birth[ _]?date|birthday|geburtsdatum)$")


def _birth_columns(text: str, found: list[Span]) -> list[Span]:
    """In a CSV/TSV block whose header names a birth column, the dates in that column are dates of birth."""
    column = delimiter = None
    births = []
    offset = 0
    for line in text.split("\n"):
        if column is None:
            for sep in (",", "\t", ";", "|"):
                cells = [c.strip().strip("\"'") for c in line.split(sep)]
                hits = [i for i, c in enumerate(cells) if len(cells) > 1 and _BIRTH_HEADER.match(c)]
                if hits:
                    column, delimiter = hits[0], sep
                    break
        elif line.count(delimiter) >= column:
            start = offset + sum(len(c) + 1 for c in line.split(delimiter)[:column])
            births.append(start)
        offset += len(line) + 1
    if not births:
        return found
    return [
        Span(start=s.start, end=s.end, label="DATE_OF_BIRTH") if any(s.start - 2 <= b <= s.start for b in births) else s
        for s in found
    ]


def find_ages(text: str) -> list[Span]:
    found = []
    for match in _AGE.finditer(text):
        group = 1 if match.group(1) else 2
        if 0 < int(match.group(group)) < 125:
            found.append(Span(start=match.start(group), end=match.end(group), label="AGE"))
    return found


_LICENSE = re.compile(
    r"(?i)\bdriver'?s?\s+licen[cs]e(?:\s+(?:number|no\.?|#))?\s*(?:is\s+|:\s*)?([A-Z0-9][A-Z0-9-]{4,19})\b"
)


_LICENSE_WORD = re.compile(r"(?i)driver")


def find_driver_licenses(text: str) -> list[Span]:
    if ("driver" not in lower_cased(text)) if lowers_alike(text) else _LICENSE_WORD.search(text) is None:
        return []  # the cue word is missing (a plain substring test decides it exactly: see lowers_alike)
    return [
        Span(start=m.start(1), end=m.end(1), label="US_DRIVER_LICENSE")
        for m in _LICENSE.finditer(text)
        if any(ch.isdigit() for ch in m.group(1))
    ]


def find_titles(text: str) -> list[Span]:
    return _spans(_TITLE, text, "TITLE")


def find_zip_codes(text: str) -> list[Span]:
    return _spans(_ZIP, text, "ZIP_CODE", 1)


@cache
def _recognizers() -> dict[str, Callable[[str], list[Span]]]:
    return {
        "EMAIL_ADDRESS": find_emails,
        "URL": find_urls,
        "IP_ADDRESS": find_ips,
        "CREDIT_CARD": find_cards,
        "IBAN_CODE": find_ibans,
        "NATIONAL_ID": find_national_ids,
        "PHONE_NUMBER": find_phones,
        "DATE_TIME": find_dates,
        "AGE": find_ages,
        "TITLE": find_titles,
        "US_DRIVER_LICENSE": find_driver_licenses,
        "ZIP_CODE": find_zip_codes,
    }


PATTERN_RECOGNIZERS = _recognizers()
