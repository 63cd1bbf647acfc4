"""Counterfactual variants of evaluation cases: the same case with names, genders or nationalities swapped.

The shipped lexicon is small on purpose; each dimension holds groups of terms aligned by slot, and a variant
replaces every term of the dimension with the term in the same slot of one target group (whole words, any case,
capitalisation kept). Names are slot-aligned by gender, so an origin swap keeps the gender and a gender swap keeps
the origin. Sources: the first-name sets of Bertrand & Mullainathan (2004, "Are Emily and Greg more employable
than Lakisha and Jamal?"), extended to a few more origins; gendered words from the usual word-pair lists.

Limits: English only; "her" is ambiguous (him/his) and becomes "his" before a content word, "him" otherwise;
only the listed words change, so a case saying "Ms. Okafor" keeps the surname.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any

from genaiops.errors import ToolInputError, did_you_mean
from genaiops.tools.llmops.lexical import STOPWORDS
from genaiops.tools.llmops.suite import CaseSpec

__all__ = ["DIMENSIONS", "LEXICON", "counterfactual_cases", "swap_text"]

_NAMES_F = {
    "european_american": ["Emily", "Anne", "Sarah"],
    "african_american": ["Lakisha", "Tamika", "Aisha"],
    "hispanic": ["Maria", "Sofia", "Lucia"],
    "south_asian": ["Priya", "Ananya", "Divya"],
    "east_asian": ["Mei", "Yuki", "Jia"],
    "arab": ["Fatima", "Layla", "Noor"],
}
_NAMES_M = {
    "european_american": ["Greg", "Brad", "Todd"],
    "african_american": ["Jamal", "Darnell", "Tyrone"],
    "hispanic": ["Jose", "Carlos", "Diego"],
    "south_asian": ["Rahul", "Arjun", "Vikram"],
    "east_asian": ["Wei", "Hiroshi", "Jun"],
    "arab": ["Mohammed", "Omar", "Karim"],
}
_GENDER_WORDS = [
    ("he", "she"),
    ("him", "her"),
    ("his", "her"),
    ("himself", "herself"),
    ("man", "woman"),
    ("men", "women"),
    ("boy", "girl"),
    ("boys", "girls"),
    ("father", "mother"),
    ("son", "daughter"),
    ("husband", "wife"),
    ("brother", "sister"),
    ("uncle", "aunt"),
    ("grandfather", "grandmother"),
    ("boyfriend", "girlfriend"),
    ("mr", "ms"),
    ("sir", "madam"),
    ("male", "female"),
    ("gentleman", "lady"),
    ("king", "queen"),
    ("dad", "mom"),
]
_NATIONALITIES = {
    "american": ["American", "the United States", "Americans"],
    "nigerian": ["Nigerian", "Nigeria", "Nigerians"],
    "indian": ["Indian", "India", "Indians"],
    "mexican": ["Mexican", "Mexico", "Mexicans"],
    "german": ["German", "Germany", "Germans"],
    "chinese": ["Chinese", "China", "Chinese people"],
    "british": ["British", "the United Kingdom", "Britons"],
}


def _gender_groups() -> dict[str, list[str]]:
    male = [m for m, _ in _GENDER_WORDS] + [n for names in _NAMES_M.values() for n in names]
    female = [f for _, f in _GENDER_WORDS] + [n for names in _NAMES_F.values() for n in names]
    return {"male": male, "female": female}


LEXICON: dict[str, dict[str, list[str]]] = {
    "gender": _gender_groups(),
    "name": {origin: _NAMES_F[origin] + _NAMES_M[origin] for origin in _NAMES_F},
    "nationality": _NATIONALITIES,
}
"""dimension -> group -> terms, aligned by slot across the groups of a dimension."""
DIMENSIONS: tuple[str, ...] = tuple(LEXICON)


@cache
def _matcher(dimension: str) -> tuple[re.Pattern[str], dict[str, list[tuple[str, int]]]]:
    where: dict[str, list[tuple[str, int]]] = {}
    for group, terms in LEXICON[dimension].items():
        for slot, term in enumerate(terms):
            where.setdefault(term.lower(), []).append((group, slot))
    alternatives = sorted(where, key=len, reverse=True)
    terms = "|".join(re.escape(t) for t in alternatives)
    pattern = re.compile(rf"\b(?:(?P<article>an?)\s+)?(?P<term>{terms})\b", re.IGNORECASE)
    return pattern, where


def groups_in(text: str, dimension: str) -> set[str]:
    """The groups of ``dimension`` whose terms occur in ``text``."""
    pattern, where = _matcher(dimension)
    return {group for m in pattern.finditer(text) for group, _ in where[m.group("term").lower()]}


def swap_text(text: str, dimension: str, target: str) -> str:
    """``text`` with every term of ``dimension`` replaced by the term in the same slot of group ``target``."""
    pattern, where = _matcher(dimension)
    terms = LEXICON[dimension][target]

    def replace(m: re.Match[str]) -> str:
        found = m.group("term")
        group, slot = where[found.lower()][0]
        if dimension == "gender" and found.lower() == "her" and target == "male":
            slot = 2 if _next_is_content_word(text, m.end()) else 1
        new = _same_case(found, LEXICON[dimension][group][slot], terms[slot])
        article = m.group("article")
        if article is None:
            return new
        fitting = "an" if new[:1].lower() in "aeiou" else "a"
        gap = m.group(0)[len(article) : m.start("term") - m.start()]
        return f"{_same_case(article, article.lower(), fitting)}{gap}{new}"

    return pattern.sub(replace, text)


def _next_is_content_word(text: str, end: int) -> bool:
    nxt = re.match(r"\s+(\w+)", text[end:])
    return bool(nxt) and nxt.group(1).lower() not in STOPWORDS


def _same_case(found: str, source: str, replacement: str) -> str:
    """``replacement`` cased as ``found`` differs from its lexicon form ``source`` (sentence start, all caps)."""
    if found == source:
        return replacement
    if found.isupper() and len(found) > 1:
        return replacement.upper()
    if found[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement if replacement[:1].isupper() else replacement.lower()


def counterfactual_cases(
    cases: Sequence[CaseSpec], dimensions: Sequence[str] = DIMENSIONS
) -> list[tuple[str, str, CaseSpec, CaseSpec]]:
    """``(dimension, group, original, variant)`` for every case, dimension and group the case can be swapped to.

    A variant's id is ``<case id>@<dimension>:<group>``; cases without any term of a dimension get no variant.
    """
    for dim in dimensions:
        if dim not in LEXICON:
            raise ToolInputError(f"unknown bias dimension {dim!r}{did_you_mean(dim, LEXICON)}; known: {DIMENSIONS}")
    out = []
    for case in cases:
        data = case.model_dump(by_alias=True, exclude_none=True)
        text = " ".join(_strings(data))
        for dim in dimensions:
            present = groups_in(text, dim)
            if not present:
                continue
            for group in LEXICON[dim]:
                if present == {group}:
                    continue
                swapped = _swap_case(data, dim, group)
                if swapped != data:
                    variant = CaseSpec.model_validate(swapped).model_copy(update={"id": f"{case.id}@{dim}:{group}"})
                    out.append((dim, group, case, variant))
    return out


_SWAPPED_ASSERT_FIELDS = ("value", "values", "reference")


def _swap_case(data: Mapping[str, Any], dimension: str, target: str) -> dict[str, Any]:
    out = dict(data)
    for key in ("vars", "context", "reference"):
        if key in data:
            out[key] = _swap_value(data[key], dimension, target)
    if "assert" in data:
        out["assert"] = [
            {k: _swap_value(v, dimension, target) if k in _SWAPPED_ASSERT_FIELDS else v for k, v in a.items()}
            for a in data["assert"]
        ]
    return out


def _swap_value(value: Any, dimension: str, target: str) -> Any:
    if isinstance(value, str):
        return swap_text(value, dimension, target)
    if isinstance(value, list):
        return [_swap_value(v, dimension, target) for v in value]
    if isinstance(value, dict):
        return {k: _swap_value(v, dimension, target) for k, v in value.items()}
    return value


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    if isinstance(value, dict):
        return [s for k, v in value.items() if k != "id" for s in _strings(v)]
    return []
