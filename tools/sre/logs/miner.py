"""An online template miner: one pass, templates generalise as lines arrive, parameters keep a type.

Each message is cut into tokens on white space; a token that looks like a variable (an IP, a number, a path, a
URL, a time, an e-mail, a hex value, an id mixing letters and digits) becomes a typed placeholder (``<IP>``,
``<NUM>``, ...) before grouping. Messages with the same token count and first constant token are compared
position by position with the templates seen so far (Drain's similarity, He et al., ICWS 2017); the most similar
template above ``similarity`` takes the message and positions that differ become ``<*>``. A template keeps the id
it got when it was created, so the id of a group is stable while its text generalises.
"""

from __future__ import annotations

import hashlib
import re

from genaiops.tools.sre.logs.models import LogParam, ParamKind

WILDCARD = "<*>"
PLACEHOLDERS: dict[ParamKind, str] = {
    "ip": "<IP>",
    "url": "<URL>",
    "email": "<EMAIL>",
    "path": "<PATH>",
    "time": "<TIME>",
    "hex": "<HEX>",
    "number": "<NUM>",
    "id": "<ID>",
}
_KIND_OF = {v: k for k, v in PLACEHOLDERS.items()}

_TYPES: list[tuple[ParamKind, re.Pattern[str]]] = [
    ("url", re.compile(r"[A-Za-z][\w+.-]*://\S+")),
    ("email", re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")),
    ("ip", re.compile(r"/?\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?|(?:[0-9a-fA-F]{0,4}:){2,7}[0-9a-fA-F]{0,4}")),
    (
        "time",
        re.compile(
            r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
            r"|\d{1,2}:\d{2}:\d{2}(?:[.,]\d+)?"
        ),
    ),
    (
        "hex",
        re.compile(
            r"0[xX][0-9a-fA-F]+|[0-9a-fA-F]*\d[0-9a-fA-F]*[a-fA-F][0-9a-fA-F]*|[0-9a-fA-F]*[a-fA-F][0-9a-fA-F]*\d[0-9a-fA-F]*"
        ),
    ),
    ("number", re.compile(r"[-+]?\d+(?:[.,]\d+)*(?:[a-zA-Z%]{1,3})?")),
    ("path", re.compile(r"(?:[A-Za-z]:)?(?:[/\\][\w.@~+-]*){2,}|/[\w.@~+-]+")),
    ("id", re.compile(r"(?=[\w./:-]*\d)(?=[\w./:-]*[A-Za-z])[\w./:-]+")),
]
_EDGE = "()[]{}<>,;:'\"."


def classify(token: str) -> ParamKind | None:
    """The kind of variable a token is, or None for a constant word."""
    for kind, pattern in _TYPES:
        if pattern.fullmatch(token):
            if kind == "hex" and len(token) < 6 and not token.lower().startswith("0x"):
                continue
            return kind
    return None


class _Cluster:
    __slots__ = ("id", "tokens", "count")

    def __init__(self, cluster_id: str, tokens: list[str]) -> None:
        self.id = cluster_id
        self.tokens = tokens
        self.count = 1


class TemplateMiner:
    """Online template miner; ``add`` returns (template_id, template, params) for each message in arrival order."""

    def __init__(self, *, similarity: float = 0.5) -> None:
        self.similarity = similarity
        self._groups: dict[tuple[int, str], list[_Cluster]] = {}
        self._kinds: dict[str, tuple[str, ParamKind | None]] = {}
        self.clusters: list[_Cluster] = []

    def _mask(self, token: str) -> tuple[str, ParamKind | None]:
        hit = self._kinds.get(token)
        if hit is None:
            core = token.strip(_EDGE)
            kind = classify(core) if core else None
            hit = (token.replace(core, PLACEHOLDERS[kind], 1), kind) if kind else (token, None)
            if len(self._kinds) > 200_000:
                self._kinds.clear()
            self._kinds[token] = hit
        return hit

    def add(self, message: str) -> tuple[str, str, list[LogParam]]:
        raw = message.split()
        masked = [self._mask(t) for t in raw]
        tokens = [m[0] for m in masked]
        key = (len(tokens), next((t for t, k in masked if k is None), ""))
        cluster = self._match(self._groups.setdefault(key, []), tokens)
        if cluster is None:
            cluster = _Cluster(_template_id(" ".join(tokens)), tokens)
            self._groups[key].append(cluster)
            self.clusters.append(cluster)
        return cluster.id, " ".join(cluster.tokens), _params(cluster.tokens, raw, masked)

    def _match(self, candidates: list[_Cluster], tokens: list[str]) -> _Cluster | None:
        best, best_score = None, -1.0
        n = len(tokens) or 1
        for cluster in candidates:
            same = sum(1 for a, b in zip(cluster.tokens, tokens, strict=False) if a in (b, WILDCARD))
            score = same / n
            if score > best_score:
                best, best_score = cluster, score
        if best is None or best_score < self.similarity:
            return None
        best.count += 1
        best.tokens = [a if a == b else WILDCARD for a, b in zip(best.tokens, tokens, strict=False)]
        return best

    @property
    def templates(self) -> dict[str, str]:
        """Template id -> current template text."""
        return {c.id: " ".join(c.tokens) for c in self.clusters}


def _template_id(text: str) -> str:
    return "T" + hashlib.blake2b(text.encode(), digest_size=5).hexdigest()


def _params(template: list[str], raw: list[str], masked: list[tuple[str, ParamKind | None]]) -> list[LogParam]:
    params = []
    for slot, token, (_, kind) in zip(template, raw, masked, strict=False):
        if slot == WILDCARD:
            params.append(LogParam(kind=kind or "word", value=token.strip(_EDGE) or token))
        elif kind is not None:
            params.append(LogParam(kind=kind, value=token.strip(_EDGE)))
    return params
