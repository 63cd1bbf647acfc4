"""A small generated PII set in the style of operations chat and tickets, with character spans.

Positives: lower-case and non-Western person names, textual and dotted dates of birth, URLs carrying
``user:password``, real phone numbers. Hard negatives: ISO dates, timestamps and version strings (``1.2.3``,
``v2.10.0-rc1``) that a phone-number pattern takes for a phone. Templates are written with ``[[LABEL:value]]``
markers; rendering strips the markers and records the span. Templates, not items, are split (seeded, per kind):
``dev`` is what the rules were written against, ``heldout`` is only scored (``bench/guardrails.py``). Written by the
same people as the detector: a regression set in the style of real data, not an independent benchmark
(docs/toxicity_pii_sets.md).
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

__all__ = ["PiiCase", "marked_cases", "pii_cases"]

SEED = 6
HELDOUT_SHARE = 0.4

LOWER_NAMES = ("ravi kumar", "priya sharma", "john smith", "maria garcia", "chen wei", "aisha bello", "tom becker")
WORLD_NAMES = (
    "Oluwaseun Adebayo",
    "Nguyen Thi Minh Khai",
    "Takeshi Yamamoto",
    "Chidi Okafor",
    "Deepika Padukone",
    "Fatima Al-Sayed",
    "Park Ji-woo",
    "Aroha Ngata",
    "Siddharth Venkataraman",
    "Zhang Wei",
    "Mehmet Yilmaz",
    "Wanjiru Kamau",
)
DOB_TEXT = ("3 March 1990", "12 July 1985", "21st of October 1979", "March 3rd, 1990", "1 Jan 2001")
DOB_DOTTED = ("03.03.1990", "12.07.1985", "21.10.1979", "1.1.2001", "30.04.1968")
CRED_URLS = (
    "https://admin:hunter2@git.example.com/team/repo.git",
    "ftp://backup:S3cr3t!@files.corp.net/dump.sql",
    "http://deploy:pa55word@10.0.4.12:8080/hook",
    "https://ci-bot:Zx81kq@registry.internal/v2/",
    "redis://default:letmein@cache-1:6379/0",
)
PHONES = ("+44 20 7946 0958", "+1 415 555 2671", "(212) 555-0187", "+49 30 901820")
ISO_DATES = ("2026-12-02", "2025-01-31", "2024-11-05T14:03:00", "2026-03-15 09:30")
VERSIONS = ("1.2.3", "v2.10.0-rc1", "10.4.12", "v1.27.3", "3.11.9", "2024.10.1", "v0.9.14-beta.2", "12.0.1+build.77")

TEMPLATES: dict[str, tuple[str, ...]] = {
    "lower_name": (
        "ping [[PERSON:{lower}]] about the failing job",
        "can you ask [[PERSON:{lower}]] for access to the bucket?",
        "cc [[PERSON:{lower}]] on the postmortem",
        "assigned to [[PERSON:{lower}]], due friday",
        "thanks [[PERSON:{lower}]] for the quick fix",
        "loop in [[PERSON:{lower}]] from the payments team",
        "owner: [[PERSON:{lower}]]",
        "on call this week is [[PERSON:{lower}]]",
    ),
    "world_name": (
        "[[PERSON:{world}]] approved the change request",
        "Escalated to [[PERSON:{world}]] in the SRE team",
        "Customer contact: [[PERSON:{world}]]",
        "Please add [[PERSON:{world}]] to the on-call rota",
        "The laptop was issued to [[PERSON:{world}]] last week",
        "Ticket reopened by [[PERSON:{world}]] after the deploy",
        "Interview with [[PERSON:{world}]] moved to Thursday",
        "Reviewer: [[PERSON:{world}]]",
    ),
    "dob": (
        "born [[DATE_OF_BIRTH:{dob_text}]] according to the HR record",
        "DOB [[DATE_OF_BIRTH:{dob_dotted}]], please verify the account",
        "Date of birth: [[DATE_OF_BIRTH:{dob_dotted}]]",
        "customer says she was born on [[DATE_OF_BIRTH:{dob_text}]]",
        "d.o.b. [[DATE_OF_BIRTH:{dob_dotted}]] does not match the passport",
        "his birthday is [[DATE_OF_BIRTH:{dob_text}]], so the age check failed",
        "verify identity: born [[DATE_OF_BIRTH:{dob_dotted}]] in the form",
        "birth date [[DATE_OF_BIRTH:{dob_text}]] was entered twice",
    ),
    "cred_url": (
        "clone it with [[URL_CREDENTIALS:{cred}]]",
        "the webhook points at [[URL_CREDENTIALS:{cred}]] and keeps failing",
        "found this in the config: [[URL_CREDENTIALS:{cred}]]",
        "mirror: [[URL_CREDENTIALS:{cred}]]",
        "curl -fsS [[URL_CREDENTIALS:{cred}]] returns 401",
        "rotate the password in [[URL_CREDENTIALS:{cred}]] today",
    ),
    "phone": (
        "call the vendor hotline on [[PHONE_NUMBER:{phone}]]",
        "bridge line: [[PHONE_NUMBER:{phone}]]",
        "her mobile is [[PHONE_NUMBER:{phone}]] if the pager fails",
        "escalation phone [[PHONE_NUMBER:{phone}]]",
    ),
    "iso_date": (
        "deployed on {iso} with no errors",
        "freeze window ends {iso}",
        "the incident started at {iso} UTC",
        "backups older than {iso} were pruned",
        "certificate expires {iso}, renew before then",
        "log rotation ran {iso} and {iso2}",
    ),
    "version": (
        "upgrade the chart to {version} before the freeze",
        "release {version} is out, changelog in the wiki",
        "pin requests to {version} and {version2}",
        "rolled back from {version} to {version2}",
        "kubectl {version} is required for the new flags",
        "the agent reports version {version} on 1204 hosts",
        "tag {version} was pushed by the release job",
    ),
}


@dataclass(frozen=True)
class PiiCase:
    text: str
    spans: tuple[tuple[int, int, str], ...]  # (start, end, label)
    kind: str
    template: str
    part: str  # "dev" or "heldout"


_MARK = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]")


def _strip(marked: str) -> tuple[str, tuple[tuple[int, int, str], ...]]:
    out: list[str] = []
    spans = []
    last = length = 0
    for match in _MARK.finditer(marked):
        piece = marked[last : match.start()]
        out.append(piece)
        length += len(piece)
        spans.append((length, length + len(match.group(2)), match.group(1)))
        out.append(match.group(2))
        length += len(match.group(2))
        last = match.end()
    out.append(marked[last:])
    return "".join(out), tuple(spans)


def marked_cases(sections: dict[str, tuple[str, ...]], part: str) -> list[PiiCase]:
    """The cases of a hand-written set of ``[[LABEL:value]]``-marked texts, in the order written (kind = the
    section a text was written under)."""
    cases = []
    for kind, texts in sections.items():
        for marked in texts:
            text, spans = _strip(marked)
            cases.append(PiiCase(text, spans, kind, marked, part))
    return cases


def _render(template: str, rng: random.Random) -> str:
    version, version2 = rng.sample(VERSIONS, 2)
    iso, iso2 = rng.sample(ISO_DATES, 2)
    return template.format(
        lower=rng.choice(LOWER_NAMES),
        world=rng.choice(WORLD_NAMES),
        dob_text=rng.choice(DOB_TEXT),
        dob_dotted=rng.choice(DOB_DOTTED),
        cred=rng.choice(CRED_URLS),
        phone=rng.choice(PHONES),
        iso=iso,
        iso2=iso2,
        version=version,
        version2=version2,
    )


def pii_cases(part: str | None = None, renders: int = 3, seed: int = SEED) -> list[PiiCase]:
    """Every case (or only ``part``: "dev" / "heldout"), ``renders`` seeded renderings per template, de-duplicated."""
    rng = random.Random(seed)
    cases: list[PiiCase] = []
    seen: set[str] = set()
    for kind, templates in TEMPLATES.items():
        order = list(templates)
        rng.shuffle(order)
        heldout = set(order[: round(len(order) * HELDOUT_SHARE)])
        for template in templates:
            for _ in range(renders):
                text, spans = _strip(_render(template, rng))
                if text not in seen:
                    seen.add(text)
                    cases.append(PiiCase(text, spans, kind, template, "heldout" if template in heldout else "dev"))
    return [c for c in cases if part is None or c.part == part]
