"""An online template miner: one pass, templates update as lines arrive, parameters keep a type.

1. Typing. A message is cut into tokens on white space; a token that looks like a variable (an IP, a URL, an
   e-mail, a path, a time, a hex value, a number, an id mixing letters and digits) becomes a typed placeholder
   (``<IP>``, ``<NUM>``, ...). No per-system pattern: the same rules for every log.
2. Clustering (Drain's, He et al., ICWS 2017): messages with the same token count and first constant token are
   compared position by position with the clusters seen so far; the most similar above ``similarity`` takes the
   message, and positions that differ become open.
3. Splitting by distinct values. An open position of a cluster stays part of the template (a constant) while it
   has taken at most ``max_constants`` distinct words; when it takes more it becomes a variable ``<*>``. So
   "stored as bytes" / "stored as values" stay two templates, while "user alice" / "user bob" / ... become
   "user <*>" once enough names were seen. When a position becomes a variable, the templates that differed only
   there merge: ``resolve`` maps an id given earlier to the id it was merged into (``parse_log_text`` reports
   final ids for the lines of one call).
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

_HEX = r"0[xX][0-9a-fA-F]+|(?=[0-9a-fA-F]*\d)(?=[0-9a-fA-F]*[a-fA-F])[0-9a-fA-F]{6,}"
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
    ("time", re.compile(r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}")),
    ("hex", re.compile(_HEX)),
    ("number", re.compile(r"[-+]?\d+(?:[.,]\d+)*(?:[a-zA-Z%]{1,3})?|[KMGTP]i?B")),  # 'KB' alone: a size unit
    ("path", re.compile(r"(?:[A-Za-z]:)?(?:[/\\][\w.@~+-]*){2,}|/[\w.@~+-]+")),
    ("id", re.compile(r"(?=[\w./:-]*\d[\w./:-]*\d)(?=[\w./:-]*[A-Za-z])[\w./:-]+")),  # two digits: not 'ssh2'

]
EDGE = "()[]{}<>,;:'\"."
_PLACEHOLDER = re.compile("|".join(re.escape(p) for p in PLACEHOLDERS.values()))
_ENUM = re.compile(r"[A-Z][A-Z0-9_]{2,}")
_WHOLE = re.compile(r"[()\[\]{},;:'\".]*<[A-Z]+>[()\[\]{},;:'\".]*")  # a token that is one variable


_SPLIT = re.compile(r"([=,;:(){}\[\]|]+)")


def _same_shape(a: str, b: str) -> bool:
    return _PLACEHOLDER.sub("<>", a) == _PLACEHOLDER.sub("<>", b)


def mask_token(token: str) -> tuple[str, ParamKind | None]:
    """A whole token that is a variable becomes its placeholder (``10.0.0.1:80,`` -> ``<IP>,``); else its parts
    between ``= , ; ( ) { } [ ] |`` are typed one by one (``retries=3`` -> ``retries=<NUM>``)."""
    core = token.strip(EDGE)
    kind = classify(core) if core else None
    if kind is not None:
        return token.replace(core, PLACEHOLDERS[kind], 1), kind
    parts = _SPLIT.split(token)
    if len(parts) == 1:
        return token, None
    first: ParamKind | None = None
    for i in range(0, len(parts), 2):
        part_kind = classify(parts[i].strip(EDGE)) if parts[i].strip(EDGE) else None
        if part_kind is not None:
            core = parts[i].strip(EDGE)
            parts[i] = parts[i].replace(core, PLACEHOLDERS[part_kind], 1)
            first = first or part_kind
    return "".join(parts), first


def classify(token: str) -> ParamKind | None:
    """The kind of variable a token is, or None for a constant word."""
    for kind, pattern in _TYPES:
        if pattern.fullmatch(token):
            return kind
    return None


class _Cluster:
    __slots__ = ("id", "tokens", "values", "variable", "subgroups")

    def __init__(self, cluster_id: str, tokens: list[str]) -> None:
        self.id = cluster_id
        self.tokens = tokens  # the shared template: WILDCARD where lines differ
        self.values: dict[int, set[str]] = {}  # open positions still constant: words seen there
        self.variable: set[int] = set()  # open positions that are variables
        self.subgroups: dict[tuple[str, ...], str] = {(): cluster_id}  # words at the constant open positions -> id


class TemplateMiner:
    """Online template miner; ``add`` returns (template_id, template, params) for each message in arrival order.

    ``similarity``: share of equal positions for a message to join a cluster; ``max_constants``: distinct words an
    open position may take and still be part of the template. One configuration for every log (bench/logs.py)."""

    def __init__(self, *, similarity: float = 0.5, max_constants: int = 3, max_enum_constants: int = 12) -> None:
        self.similarity = similarity
        self.max_constants = max_constants
        self.max_enum_constants = max_enum_constants
        self._groups: dict[tuple[int, str], list[_Cluster]] = {}
        self._kinds: dict[str, tuple[str, ParamKind | None]] = {}
        self._parent: dict[str, str] = {}
        self._text: dict[str, str] = {}
        self._count = 0

    # --- public --------------------------------------------------------------------------------------------

    def add(self, message: str) -> tuple[str, str, list[LogParam]]:
        """Mine one message: its template id, the template's text now, and the message's typed parameters."""
        template_id, raw, masked = self.add_id(message)
        template = self._text[template_id]
        return template_id, template, params_of(template.split(" "), raw, masked)

    def add_id(self, message: str) -> tuple[str, list[str], list[tuple[str, ParamKind | None]]]:
        """``add`` without building parameters: the template id, the tokens and their (masked token, kind)."""
        raw = message.split()
        kinds = self._kinds
        masked = [kinds.get(t) or self._mask(t) for t in raw]
        tokens = [m[0] for m in masked]
        first = ""
        for token, kind in masked:
            if kind is None:
                first = token
                break
        group = self._groups.setdefault((len(tokens), first), [])
        cluster = self._match(group, tokens)
        if cluster is None:
            cluster = _Cluster(self._new_id(" ".join(tokens)), tokens)
            group.append(cluster)
            return cluster.id, raw, masked
        return self._subgroup(cluster, tokens, masked), raw, masked

    def resolve(self, template_id: str) -> tuple[str, str]:
        """The id a template id given earlier is known by now (templates merge as positions turn variable) and
        that template's current text."""
        root = self._find(template_id)
        return root, self._text[root]

    def mask(self, message: str) -> tuple[list[str], list[tuple[str, ParamKind | None]]]:
        """The message's tokens and their (masked token, kind), as ``add`` sees them."""
        raw = message.split()
        return raw, [self._mask(t) for t in raw]

    @property
    def templates(self) -> dict[str, str]:
        """Template id -> text, for the templates not merged into another."""
        return {tid: text for tid, text in self._text.items() if self._parent.get(tid, tid) == tid}

    # --- internals -----------------------------------------------------------------------------------------

    def _mask(self, token: str) -> tuple[str, ParamKind | None]:
        """(token with its variable parts as placeholders, kind of the first variable part or None); cached."""
        hit = self._kinds.get(token)
        if hit is None:
            hit = mask_token(token)
            if len(self._kinds) > 200_000:
                self._kinds.clear()
            self._kinds[token] = hit
        return hit

    def _match(self, candidates: list[_Cluster], tokens: list[str]) -> _Cluster | None:
        best, best_score = None, -1.0
        n = len(tokens) or 1
        for cluster in candidates:
            same = 0
            for a, b in zip(cluster.tokens, tokens, strict=True):
                if a == b:
                    same += 1
            score = same / n
            if score > best_score:
                best, best_score = cluster, score
        if best is None or best_score < self.similarity:
            return None
        if best_score < 1.0:
            for p, (a, b) in enumerate(zip(best.tokens, tokens, strict=True)):
                if a != b and a != WILDCARD:
                    self._open(best, p, a, typed=_WHOLE.fullmatch(a) is not None)
            for key, tid in best.subgroups.items():
                self._text[tid] = self._render(best, key)
        return best

    def _open(self, cluster: _Cluster, position: int, word: str, *, typed: bool) -> None:
        """A constant position of the cluster saw another token: it becomes open, constant so far (one word)."""
        cluster.tokens[position] = WILDCARD
        if typed:
            cluster.variable.add(position)  # a typed variable stays a variable
            return
        cluster.values[position] = {word}
        renamed = {}
        for key, tid in cluster.subgroups.items():
            renamed[self._with(cluster, key, position, word)] = tid
        cluster.subgroups = renamed

    def _with(self, cluster: _Cluster, key: tuple[str, ...], position: int, word: str) -> tuple[str, ...]:
        order = sorted(cluster.values)
        old = [p for p in order if p != position]
        words = dict(zip(old, key, strict=True))
        words[position] = word
        return tuple(words[p] for p in order)

    def _subgroup(self, cluster: _Cluster, tokens: list[str], masked: list[tuple[str, ParamKind | None]]) -> str:
        if not cluster.values:
            return cluster.subgroups[()]
        for p in list(cluster.values):
            word = tokens[p]
            seen = cluster.values[p]
            if word not in seen:
                if self._is_variable(word, masked[p][1], seen):
                    self._make_variable(cluster, p)
                else:
                    seen.add(word)
        key = tuple(tokens[p] for p in sorted(cluster.values))
        tid = cluster.subgroups.get(key)
        if tid is None:
            tid = self._new_id(cluster.id + "\x00" + "\x00".join(key))
            cluster.subgroups[key] = tid
            self._text[tid] = self._render(cluster, key)
        return tid

    def _is_variable(self, word: str, kind: ParamKind | None, seen: set[str]) -> bool:
        """Whether a new word at an open position makes it a variable: a typed token; a token that differs from
        one seen only in its typed parts (``rhost=<IP>`` / ``rhost=<ID>``); more distinct words than
        ``max_constants`` (``max_enum_constants`` when all are UPPER_CASE words: enum-like states)."""
        if kind is not None and (_WHOLE.fullmatch(word) or any(_same_shape(word, old) for old in seen)):
            return True
        limit = self.max_enum_constants if _ENUM.fullmatch(word) and all(map(_ENUM.fullmatch, seen)) else None
        return len(seen) >= (limit or self.max_constants)

    def _make_variable(self, cluster: _Cluster, position: int) -> None:
        """An open position took too many words: it is a variable; templates that differed only there merge."""
        order = sorted(cluster.values)
        index = order.index(position)
        del cluster.values[position]
        cluster.variable.add(position)
        merged: dict[tuple[str, ...], str] = {}
        for key, tid in cluster.subgroups.items():
            short = key[:index] + key[index + 1 :]
            root = merged.setdefault(short, tid)
            if root != tid:
                self._parent[tid] = root
        cluster.subgroups = merged
        for short, tid in merged.items():
            self._text[tid] = self._render(cluster, short)

    def _render(self, cluster: _Cluster, key: tuple[str, ...]) -> str:
        tokens = list(cluster.tokens)
        for p, word in zip(sorted(cluster.values), key, strict=True):
            tokens[p] = word
        return " ".join(tokens)

    def _new_id(self, text: str) -> str:
        self._count += 1
        tid = "T" + hashlib.blake2b(text.encode(), digest_size=5).hexdigest()
        while tid in self._text:
            tid = "T" + hashlib.blake2b(f"{text}\x00{self._count}".encode(), digest_size=5).hexdigest()
        self._text[tid] = text
        return tid

    def _find(self, tid: str) -> str:
        root = tid
        while self._parent.get(root, root) != root:
            root = self._parent[root]
        while tid != root:
            self._parent[tid], tid = root, self._parent[tid]
        return root


def param_slots(template: str) -> list[int]:
    """Positions of a template's ``<*>`` and typed placeholders."""
    return [i for i, t in enumerate(template.split(" ")) if t == WILDCARD or ("<" in t and _PLACEHOLDER.search(t))]


def params_of(template: list[str], raw: list[str], masked: list[tuple[str, ParamKind | None]]) -> list[LogParam]:
    """The message's parameters: its tokens at the template's ``<*>`` and typed placeholders, with their kind."""
    params = []
    if len(template) != len(raw):
        return params
    for slot, token, (_, kind) in zip(template, raw, masked, strict=True):
        if slot == WILDCARD or (kind is not None and slot.startswith("<")):
            params.append(LogParam(kind=kind or "word", value=token.strip(EDGE) or token))
    return params
