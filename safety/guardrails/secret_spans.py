"""The secrets scan itself (``genaiops.safety.guardrails.secrets`` says what it finds): the spans of credentials
in a text, as plain tuples, without pydantic. The ``Secrets`` guardrail makes its verdict from them, and a
scenario's arguments are scanned with them (``graphs.arg_checks``) without the verdict models.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import cache

from genaiops.safety.guardrails.casing import lower_cased, lowers_alike

__all__ = ["MIN_ENTROPY", "secret_spans", "shannon_entropy"]

MIN_ENTROPY = 3.0
"""Bits per character an assigned value needs to count as a secret (assignment rules only), by default."""

# (label, lower-case hints one of which must occur, pattern, group holding the secret, its minimum entropy)
_FORMATS: tuple[tuple[str, tuple[str, ...], str, int, float], ...] = (
    (
        "PRIVATE_KEY",
        ("private key",),
        r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----[\s\S]*?(?:-----END (?:[A-Z0-9]+ )*"
        r"PRIVATE KEY(?: BLOCK)?-----|\Z)",
        0,
        0.0,
    ),
    (
        "AWS_ACCESS_KEY",
        ("akia", "asia", "abia", "acca", "agpa", "aida", "aroa", "anpa", "anva", "aipa"),
        r"\b((?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)[A-Z0-9]{16})\b",
        1,
        2.5,
    ),
    (
        "GITHUB_TOKEN",
        ("ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_"),
        r"\b(gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{60,255})\b",
        1,
        3.0,
    ),
    ("GITLAB_TOKEN", ("glpat-",), r"\b(glpat-[A-Za-z0-9_\-]{20,})", 1, 3.0),
    ("SLACK_TOKEN", ("xox",), r"\b(xox[abposr]-[A-Za-z0-9-]{10,})", 1, 3.0),
    (
        "SLACK_WEBHOOK",
        ("hooks.slack.com",),
        r"(https://hooks\.slack\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]{16,})",
        1,
        3.0,
    ),
    ("STRIPE_KEY", ("_live_", "_test_"), r"\b((?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{16,})\b", 1, 3.0),
    ("GOOGLE_API_KEY", ("aiza",), r"\b(AIza[0-9A-Za-z_\-]{35})(?![0-9A-Za-z_\-])", 1, 3.0),
    ("ANTHROPIC_KEY", ("sk-ant-",), r"\b(sk-ant-[A-Za-z0-9_\-]{32,})", 1, 3.5),
    ("OPENAI_KEY", ("sk-",), r"\b(sk-(?:proj-|svcacct-)?[A-Za-z0-9_\-]{32,})", 1, 3.5),
    ("HUGGINGFACE_TOKEN", ("hf_",), r"\b(hf_[A-Za-z0-9]{30,})\b", 1, 3.0),
    ("GENAIOPS_TOKEN", ("gat_",), r"\b(gat_[0-9a-f]{12}_[A-Za-z0-9_\-]{43})(?![A-Za-z0-9_\-])", 1, 3.0),
    ("NPM_TOKEN", ("npm_",), r"\b(npm_[A-Za-z0-9]{36})\b", 1, 3.0),
    ("SENDGRID_KEY", ("sg.",), r"\b(SG\.[A-Za-z0-9_\-]{22}\.[A-Za-z0-9_\-]{43})\b", 1, 3.0),
    ("TWILIO_KEY", ("sk",), r"\b(SK[0-9a-f]{32})\b", 1, 3.0),
    ("JWT", ("eyj",), r"\b(eyJ[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{16,})", 1, 3.0),
    ("AZURE_STORAGE_KEY", ("accountkey=",), r"AccountKey=([A-Za-z0-9+/]{80,}={0,2})", 1, 4.0),
    (
        "CONNECTION_STRING",
        ("://",),
        r"\b(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|redis|rediss|amqps?|mssql|"
        r"sqlserver|oracle|ftp|sftp|smtp)://[^\s:/@]*:([^\s@/]{3,})@[^\s/]+",
        1,
        1.5,
    ),
    (
        "URL_CREDENTIALS",  # a webhook's, a proxy's or a repository's basic auth: https://user:password@host
        ("://",),
        r"\b(?:https?|wss?|ldaps?|ssh|git|svn)://[^\s:/@]*:([^\s@/]{3,})@[^\s/]+",
        1,
        1.5,
    ),
    (
        "PASSWORD_IN_DSN",
        ("password=", "pwd="),
        r"(?i)\b(?:password|pwd)=(?![/~])([^;\s'\"]{6,})(?=;|\s|$|['\"])",
        1,
        2.5,
    ),
    (
        "PASSWORD_IN_PROSE",
        ("pass", "pwd", "mot de passe", "contrase", "senha", "wachtwoord", "hasło", "пароль"),
        r"(?i)\b(?:pass(?:word|wort|phrase|wd)|pwd|mot de passe|contrase[ñn]a|senha|wachtwoord|hasło|пароль)"
        r"(?:\s*(?::|=|->|=>)\s*|\s+(?:is|was|is now|is still|now is|ist|war|est|es|era|é|is set to|set to)\s+)"
        r"[\"'`“‘]?(?![/~.$<{\[])(?-i:(?![A-Z][A-Z0-9]*_[A-Z0-9_]*(?:[\s\"'`”’.,;:?)\]}]|$)))"
        r"([^\s\"'`”’()]{3,63}[^\s\"'`”’().,;:?\]}])",
        1,
        2.0,
    ),
)

_HINTS = tuple(sorted({hint for _, hints, _, _, _ in _FORMATS for hint in hints}))
"""Every format's hints, each tested once per text."""
_KEY_WORDS = ("key", "secret", "token", "pass", "pwd", "auth", "credential", "bearer")
_ASSIGNMENT = (
    r"(?i)(?:api[_-]?key|apikey|secret|token|passw(?:or)?d|passwd|pwd|access[_-]?key|auth(?:orization)?|"
    r"credentials?|private[_-]?key|bearer)[\w.-]*[\"']?\s*(?:[:=]|=>|:=)\s*(?:bearer\s+)?[\"']?"
    r"(?![/~])([^\s\"',;`)}\]]{8,})"
)
_BEARER = r"(?i)\bBearer\s+([A-Za-z0-9_\-\.=+/]{20,})"
_ASSIGNMENT_LOWER = _ASSIGNMENT.removeprefix("(?i)")
_BEARER_LOWER = _BEARER.removeprefix("(?i)").replace("Bearer", "bearer")
"""The assignment rules for lower-cased text: without IGNORECASE the engine jumps between the letters a keyword
can start with (the same spans, ~8x faster); on text that ``lowers_alike`` (ASCII, most non-ASCII text),
lower-casing and IGNORECASE agree exactly. Like
the formats', these patterns and ``_PLACEHOLDER`` are compiled (``_regex``) when a text first needs them (a key
word, a format's hint): most texts validation screens hold neither (~3 % of a cold ``scenario validate``)."""
_PLACEHOLDER = (
    r"(?i)^(?:[<{\[$%⟦].*|.*[>}\]]$|.*(?:x{4,}|\*{3,}|\.{3}|example|sample|dummy|placeholder|changeme|your[_-]|"
    r"redacted|test123|password|secret|token|here|null|none|undefined|todo|fixme|env\[|environ|getenv).*|"
    r"(.)\1{5,}.*)$"
)
_PASSWORD_PLACEHOLDER = _PLACEHOLDER.replace(
    "password|secret|token|here|null|none|undefined|todo|fixme|", "secret://|"
).replace("(.)\\1{5,}", "[a-z_]\\w*(?:\\.[a-z_]\\w*)+(?:\\(.*)?|(.)\\1{5,}")
_FILLER_WORDS = r"(?i)password|secret|token|here|null|none|undefined|todo|fixme|my|the"
"""A value said to be a password (``password=…``, "the password is …") is a placeholder by the common markers,
or when nothing but these words, digits and punctuation is left of it (``secret123``, ``your-password-here``):
inside a real password they are no sign (``Hunter2Secret!``, ``Somewhere42`` were taken for placeholders and
kept in clear). Assignments (``token = …``) keep the words as markers: they are mostly code there
(``cancellation_token: CancellationToken``). Code is no password either (``password = parts.password``)."""
_PASSWORD_LABELS = frozenset({"PASSWORD_IN_DSN", "PASSWORD_IN_PROSE"})


def shannon_entropy(value: str) -> float:
    """Shannon entropy in bits per character."""
    if not value:
        return 0.0
    total = len(value)
    return -sum(n / total * math.log2(n / total) for n in Counter(value).values())


def _random_enough(value: str, minimum: float, *, password: bool = False) -> bool:
    if password:
        if _regex(_PASSWORD_PLACEHOLDER).match(value) or _is_filler(value):
            return False
    elif _regex(_PLACEHOLDER).match(value):
        return False
    classes = sum(bool(re.search(p, value)) for p in (r"[a-z]", r"[A-Z]", r"\d", r"[^A-Za-z0-9]"))
    return shannon_entropy(value) >= minimum and (classes >= 2 or len(value) >= 24)


def _is_filler(value: str) -> bool:
    """Whether ``value`` is only placeholder words, digits and punctuation (``your-password-here``, ``secret1``)."""
    rest = _regex(_FILLER_WORDS).sub("", value)
    return sum(c.isalpha() for c in rest) < 3


@cache
def _regex(pattern: str) -> re.Pattern[str]:
    """A format's pattern compiled, once, when a text first holds one of its hints (compiling every format up
    front cost each command that screens anything a few tens of ms)."""
    return re.compile(pattern)


def secret_spans(text: str, min_entropy: float = MIN_ENTROPY) -> list[tuple[int, int, str]]:
    """Each secret in ``text``: its start, end and label (formats first, then assignments)."""
    lower = lower_cased(text)
    spans = _format_spans(text, lower)
    return spans + _assigned_spans(text, lower, spans, min_entropy)


def _format_spans(text: str, lower: str) -> list[tuple[int, int, str]]:
    spans: list[tuple[int, int, str]] = []
    present = {hint for hint in _HINTS if hint in lower}
    if not present:
        return spans
    for label, hints, pattern, group, minimum in _FORMATS:
        if present.isdisjoint(hints):
            continue
        for match in _regex(pattern).finditer(text):
            value = match.group(group)
            if group and not _random_enough(value, minimum, password=label in _PASSWORD_LABELS):
                continue
            if label == "PASSWORD_IN_PROSE" and any(s < match.end(1) and match.start(1) < e for s, e, _ in spans):
                continue  # the last rule: a value an exact format already took is not reported twice
            spans.append((match.start(group), match.end(group), label))
    return spans


def _assigned_spans(
    text: str, lower: str, taken: list[tuple[int, int, str]], min_entropy: float
) -> list[tuple[int, int, str]]:
    spans: list[tuple[int, int, str]] = []
    if not any(k in lower for k in _KEY_WORDS):
        return spans
    alike = lowers_alike(text)
    rules = (
        (_ASSIGNMENT, _ASSIGNMENT_LOWER, "ASSIGNED_SECRET"),
        (_BEARER, _BEARER_LOWER, "BEARER_TOKEN"),
    )
    for pattern, lowered, label in rules:
        for match in _regex(lowered).finditer(lower) if alike else _regex(pattern).finditer(text):
            start, end = match.span(1)
            if any(s < end and start < e for s, e, _ in taken + spans):
                continue
            if _random_enough(text[start:end], min_entropy):
                spans.append((start, end, label))
    return spans
