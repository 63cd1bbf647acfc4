"""Street addresses, organisations and nationalities, found by shape and cue (no NER model).

Street addresses: "the corner of X and Y", a number followed by a street word ("2437 Main St"), a foreign street
form ("Rooseveltlaan 110", "ul. Jesionowa 127", "Via Roma 131"), each extended through the lines that continue the
address block (apartment, city, country, postcode). Organisations: a company suffix ("Acme Ltd."), or a cue
("X is a design agency", "The X Orchestra"). Nationalities (NRP): a fixed list in the gazetteer.
"""

from __future__ import annotations

import re

from genaiops.safety.guardrails.pii_names import gazetteer
from genaiops.safety.verdict import Span

__all__ = ["find_addresses", "find_nationalities", "find_organizations"]


_STREET_WORDS = (
    r"(?:Street|St|Avenue|Ave|Road|Rd|Drive|Dr|Lane|Ln|Boulevard|Blvd|Court|Ct|Place|Pl|Square|Sq|Terrace|Way|"
    r"Parkway|Pkwy|Highway|Hwy|Circle|Cir|Trail|Path|Row|Walk|Crescent|Close|Bypass|Greens?|Union|Pass|Courts?|"
    r"Loop|Alley|Plaza|str|tee|tér|utca|u|út|STREET|ST|AVENUE|AVE|ROAD|RD|DRIVE|LANE|BOULEVARD|BLVD|COURT|PLACE|"
    r"SQUARE|TERRACE|CLOSE|CRESCENT)\.?"
)
_FOREIGN_STREET = (
    r"(?:[^\W\d_]+(?:straat|strasse|straße|gatan|vägen|veien|vej|tie|katu|laan|weg|gasse|platz|gade|stræde|"
    r"stien|bakken|torget|plein|dreef|kade|markt)|[Uu]l\.|Via|Viale|Rue|Calle|Avenida|Rua|Strada|Piazza|Plac|Aleja)"
)
_NUM = r"\d{1,6}[A-Za-z]?"
_LINE_STREET = re.compile(
    rf"(?:{_NUM}\s+)*(?:{_NUM}\s+(?:[^\W\d_][\w'.\-]*\s+){{0,4}}{_STREET_WORDS}(?:\s+{_NUM})?|"
    rf"{_FOREIGN_STREET}(?:\s+[^\W\d_][\w'.\-]*){{0,3}}\s+{_NUM}\.?|"
    rf"{_NUM}\s+(?:[^\W\d_a-z][\w'.\-]*\s+)(?:[^\W\d_][\w'.\-]*\s+){{0,3}}{_NUM}\.?|"
    rf"{_NUM},?\s+(?i:rue|avenue|av\.|boulevard|bd|allée|chemin|impasse|quai)\s+"
    rf"(?:[^\W\d_][\w'.\-]*\s+){{0,3}}[^\W\d_][\w'.\-]*|PSC\s+\d+,\s+Box\s+\d+|(?:Unit|USNS|USS|USNV|USCGC)\s+"
    rf"[\w ]+?\d+(?:,\s+Box\s+\d+)?)(?=[\s,]|$)",
)
_ONLY_DIGITS = re.compile(r"[\d\s]+")
_LETTERS = re.compile(r"[^\W\d_]{2,}")
_PROSE = re.compile(r"(?i)\b(?:of|the|you|your|and|for|are|is|was|to|with|my)\b(?!\s+\d)")
_ADDRESS_START = re.compile(
    r"(?<![\w.])\d{1,6}[A-Za-z]?\s|((?:straat|strasse|straße|gatan|vägen|veien|vej|tie|katu|laan|weg|gasse|"
    r"platz|gade|stræde|stien|bakken|torget|plein|dreef|kade|markt)\s+\d)|\b(?:[Uu]l\.|Via|Viale|Rue|Calle|Avenida|"
    r"Rua|Strada|Piazza|Plac|Aleja|PSC|Unit|USNS|USS|USNV|USCGC)\s"
)
_DATE_LIKE = re.compile(
    r"(?i)\d{1,2}\.?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|janv|févr|avr|mai|juin|juil|août|déc|"
    r"märz|mär|okt|dez|ene|abr|ago|dic|mag|giu|lug|set|ott)[^\W\d_]*\.?,?\s+\d{4}\.?$"
)
"""A day, a month and a year ("3 March 2024", "12 Mai 1984") read as a number, a name and a number: a date, no
address."""
_CORNER = re.compile(r"(?i)the\s+corner\s+of\s+[^\n]+?\s+and\s+[^\n.,;!?]+")
_NEXT_LINE = re.compile(r"\n([>\s]*)([^\n]+)")
_THREE_DIGITS = re.compile(r"\d{3,}")
_TITLE_CASE = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\b")
_SECONDARY = re.compile(r"(?i)^(?:Apt\.?|Suite|Unit|Box|Floor|Fl\.?)\s*\d+")
_TAIL_LINE = re.compile(r"^[>\s]*[^\n]{1,45}$")
_SAME_LINE_UNIT = re.compile(r"(?i)[ ,]+(?:Apt\.?|Suite|Unit|Box)\s*\d+[a-z]?\b")
_SAME_LINE_TAIL = re.compile(
    r"[ ,]+([A-ZÀ-ÖØ-Þ][^\n.?!]{0,40}?\d{4,6}|[A-ZÀ-ÖØ-Þ][\w'\- ]{1,30}|"
    r"(?:\d{4,6}|\d{2}-\d{3})\s+[A-ZÀ-ÖØ-Þ][\w'\-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'\-]+)?)(?=[.?!]?\s*(?:\n|$)|,)"
)
"""What may follow a street on its line: a city and postcode ("Auckland 1011"), a city ("Madrid"), or a
postcode and city ("28014 Madrid", "00-514 Warszawa")."""
_UNIT_BEFORE = re.compile(r"(?i)(?:flat|apt\.?|apartment|unit|suite)\s*\d+[a-z]?,\s*$")
_LINE_STOP = re.compile(r"(?<=\d)\.(?=\s|$)|[?!]")
_SENTENCE_WORD = re.compile(r"(?i)\b(?:the|is|are|was|please|you|my|we|for|will|can|this|that|after|I)\b")


def _extend_block(text: str, end: int) -> int:
    """Extend an address through the apartment / city / country / postcode that follow it."""
    while True:
        rest = text[end:]
        unit = _SAME_LINE_UNIT.match(rest)
        if unit:
            end += unit.end()
            continue
        same_line = _SAME_LINE_TAIL.match(rest)
        if same_line and not _SENTENCE_WORD.search(same_line.group(1)):
            end += same_line.end()
            continue
        nxt = _NEXT_LINE.match(rest)
        if not nxt:
            return end
        line = nxt.group(2).rstrip()
        if not _TAIL_LINE.match(line) or _SENTENCE_WORD.search(line) or ":" in line or "@" in line:
            return end
        if not (_SECONDARY.match(line) or _THREE_DIGITS.search(line) or line[:1].isupper() or line[:1] == ","):
            return end
        stop = _LINE_STOP.search(line)
        end += nxt.start(2) + (stop.start() if stop else len(line))


def find_addresses(text: str) -> list[Span]:
    """STREET_ADDRESS spans (the street line and the lines of the same address block)."""
    found = [Span(start=m.start(), end=m.end(), label="STREET_ADDRESS") for m in _CORNER.finditer(text)]
    covered = 0
    for candidate in _ADDRESS_START.finditer(text):
        start = candidate.start()
        if candidate.group(1):  # a street-suffix word: the address starts where that word starts
            start = max(text.rfind(c, 0, start) for c in " \n>\t") + 1
        if start < covered or any(s.start <= start < s.end for s in found):
            continue
        match = _LINE_STREET.match(text, start)
        if match is None:
            continue
        covered = match.end()
        value = match.group()
        if (
            _ONLY_DIGITS.fullmatch(value)
            or not _LETTERS.search(value)
            or _PROSE.search(value)
            or _DATE_LIKE.match(value)
        ):
            continue
        end = _extend_block(text, match.end())
        unit = _UNIT_BEFORE.search(text, max(0, match.start() - 16), match.start())
        found.append(Span(start=unit.start() if unit else match.start(), end=end, label="STREET_ADDRESS"))
    return found


_ORG_SUFFIX = (
    r"(?:Inc|Ltd|LLC|LLP|PLC|Corp|Corporation|Company|Co|Group|Associates|Partners|Holdings|Bank|University|"
    r"Institute|Foundation|GmbH|AG|SA|SAS|BV|NV|AB|Oy|AS|Technologies|Solutions|Systems|Labs|Agency|Club)\.?"
)
_ORG = re.compile(rf"\b(?:[A-Z][\w&'\-]*[ \t]+){{1,4}}{_ORG_SUFFIX}(?!\w)")


_ORG_CUE = re.compile(
    r"\b((?:[A-Z][\w&'.\-]*)(?:(?:,\s+|\s+and\s+|\s+)[A-Z][\w&'.\-]*){0,4})\s+(?:is|was)\s+(?:a|an|the)\s+"
    r"(?:[\w()\-]+\s+){0,2}?(?:company|agency|firm|start-?up|non-?profit|organi[sz]ation|brainchild|corporation|"
    r"business|501\(c\)3|charity|foundation|bank|brand|manufacturer|retailer|consultancy)\b"
)
_ORG_ENSEMBLE = re.compile(
    r"\bThe\s+((?:[A-Z][\w&'.\-]*)(?:(?:,\s+|\s+and\s+|\s+)[A-Z][\w&'.\-]*){0,4})\s+"
    r"(?:Orchestra|Band|Choir|Ensemble|Quartet)\b"
)


_ORG_HINT = re.compile(rf"\s{_ORG_SUFFIX}(?!\w)")
_ORG_CUE_WORDS = (
    "company",
    "agency",
    "firm",
    "start",
    "profit",
    "organi",
    "brainchild",
    "corporation",
    "business",
    "501(c)3",
    "charity",
    "foundation",
    "bank",
    "brand",
    "manufacturer",
    "retailer",
    "consultancy",
)
_ENSEMBLE_WORDS = ("orchestra", "band", "choir", "ensemble", "quartet")


def find_organizations(text: str) -> list[Span]:
    lower = text.lower()
    found = []
    if _ORG_HINT.search(text):
        for match in _ORG.finditer(text):
            start = match.start() + (4 if match.group().startswith("The ") else 0)
            found.append(Span(start=start, end=match.end(), label="ORGANIZATION"))
    for pattern, words in ((_ORG_CUE, _ORG_CUE_WORDS), (_ORG_ENSEMBLE, _ENSEMBLE_WORDS)):
        if not any(w in lower for w in words):
            continue
        for match in pattern.finditer(text):
            start = match.start(1)
            value = match.group(1)
            if ", " in value and " and " not in value:  # "in Laax, Acme Data is a ..." -> "Acme Data"
                start += value.rindex(", ") + 2
            found.append(Span(start=start, end=match.end(1), label="ORGANIZATION"))
    return found


def find_nationalities(text: str) -> list[Span]:
    """NRP: nationalities, religious and political groups, from a fixed list."""
    gaz = gazetteer()
    found = []
    for match in _TITLE_CASE.finditer(text):
        for value, start in ((match.group(), match.start()), (match.group().split()[0], match.start())):
            if value.lower() in gaz.nationalities:
                found.append(Span(start=start, end=start + len(value), label="NRP"))
                break
    return found
