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
4. Merging across lengths. Templates whose constant tokens are the same once every run of variable tokens is
   taken as one gap of any length (zero included) are one template: ``<*> close, <NUM> bytes sent`` and
   ``<*> close, <NUM> bytes (<NUM> KB) sent``; a path or a list that takes a varying number of tokens. A time
   unit right after a variable (``<1 sec`` / ``00:02``) belongs to the gap. The merged template shows ``<*>``
   wherever a member had a gap; each line's parameters come from its own same-length template.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

from genaiops.tools.sre.logs.models import LogParam, ParamKind

WILDCARD = "<*>"
Masked = tuple[str, "ParamKind | None", tuple[tuple["ParamKind", str], ...]]
"""A token as the miner sees it: (token with placeholders, kind of its first variable part, its typed parts)."""
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

_HEX = r"0[xX][0-9a-fA-F]+|(?=[0-9a-fA-F]*\d)(?=[0-9a-fA-F]*[a-fA-F])[0-9a-fA-F]{6,}|[a-fA-F]{8,}"
_TYPES: list[tuple[ParamKind, re.Pattern[str]]] = [
    ("url", re.compile(r"[A-Za-z][\w+.-]*://\S+")),
    ("email", re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")),
    (
        "time",
        re.compile(
            r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
            r"|\d{1,2}:\d{2}:\d{2}(?:[.,]\d+)?"
        ),
    ),
    ("ip", re.compile(r"/?\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?|(?:[0-9a-fA-F]{0,4}+:){2,7}+[0-9a-fA-F]{0,4}")),
    ("time", re.compile(r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}")),
    ("hex", re.compile(_HEX)),
    ("number", re.compile(r"[-+]?\d+(?:[.,]\d+)*(?:[a-zA-Z%]{1,3})?|[KMGTP]i?B|\d+/\d+")),  # 'KB': a size unit; '2/3'
    ("path", re.compile(r"(?:[A-Za-z]:)?(?:[/\\][\w.@~+-]*){2,}|/[\w.@~+-]+")),
    ("id", re.compile(r"(?=[\w./:-]*?\d[\w./:-]*?\d)(?=[\w./:-]*?[A-Za-z])[\w./:-]+")),  # two digits: not 'ssh2'
    ("id", re.compile(r"(?=(?:[^\d=,;:(){}\[\]|]*+\d){4})[^\s=,;:(){}\[\]|]+")),  # 4+ digits: '151403##7007'
]
EDGE = "()[]{}<>,;:'\"."
_PLACEHOLDER = re.compile("|".join(re.escape(p) for p in PLACEHOLDERS.values()))
_WORD = re.compile(r"[A-Za-z][A-Za-z_'-]*[:,.]?")  # a plain word (what keys a cluster with key_first=2)
_NAME = re.compile(r"[\"']?[a-z][a-z0-9]*(?:[-_./,][a-z0-9]+)+[\"',;:.]?")  # lower-case parts joined by - _ . /
_ENUM = re.compile(r"[A-Z][A-Z0-9_]{2,}")
_WHOLE = re.compile(r"[()\[\]{},;:'\".]*<[A-Z]+>[()\[\]{},;:'\".]*")  # a token that is one variable


_SPLIT = re.compile(r"([=,;:(){}\[\]|]+)")
_ANY_PLACEHOLDER = re.compile(r"<\*>|" + _PLACEHOLDER.pattern)
_ALNUM = re.compile(r"[^\W_]")
_TIME_UNITS = frozenset(
    [
        "s",
        "sec",
        "secs",
        "second",
        "seconds",
        "ms",
        "msec",
        "msecs",
        "us",
        "ns",
        "min",
        "mins",
        "minute",
        "minutes",
        "h",
        "hr",
        "hrs",
        "hour",
        "hours",
        "day",
        "days",
    ]
)
Parts = tuple["ParamKind | None", tuple[tuple["ParamKind", str], ...]]
"""A token's typed parts as ``mask_token`` gives them, without the masked text: (kind of the first, the parts)."""
_PartLayout = tuple["ParamKind | None", "list[tuple[int, ParamKind]] | None"]
"""Where the typed parts of a digit shape's tokens are (``_Tokens.layout_of``)."""
Recipe = list[tuple[int, int, "ParamKind | None", "_PartLayout | None"]]
"""How the parameters of messages of one digit shape are read: (position, key length or -1, kind of the token there
as one variable as a whole, or None: typed by the layout of its parts, or token by token when no layout is given)."""
Skeleton = tuple[tuple[str, ...], tuple[bool, ...]]
"""A template's constant tokens and, before each of them and at the end, whether a gap of variables is there."""


def skeleton(template: str, variables: _VariableTokens | None = None) -> Skeleton:
    """The constant tokens of a template and where runs of variable tokens (``<*>``, ``<NUM>``, ``(<NUM>``,
    ``<NUM>:<NUM>``, a time unit after a variable) sit between them. ``variables``: a cache of which tokens are
    variables only, kept by the caller (the same tokens come back in every template a miner writes)."""
    tokens = template.split(" ")
    if "<" not in template:  # no variable: every token a constant (a third of the templates a miner writes)
        return tuple(tokens), (False,) * (len(tokens) + 1)
    consts: list[str] = []
    gaps: list[bool] = [False]
    is_variable = (variables if variables is not None else _VariableTokens()).__getitem__
    for token in tokens:
        variable = is_variable(token) if "<" in token else False
        if variable or (gaps[-1] and token.lower() in _TIME_UNITS):
            gaps[-1] = True
        elif "<" in token and consts and token == consts[-1]:
            gaps[-1] = True  # a typed item repeated (``<PATH>:level=<NUM>,`` of a list): the list's length varies
        else:
            consts.append(token)
            gaps.append(False)
    return tuple(consts), tuple(gaps)


class _VariableTokens(dict[str, bool]):
    """Template token -> whether it is variables only (no letter or digit outside its placeholders), on first
    sight."""

    __slots__ = ()

    def __missing__(self, token: str) -> bool:
        if len(self) > _CACHE_SIZE:
            self.clear()
        variable = self[token] = _ALNUM.search(_ANY_PLACEHOLDER.sub("", token)) is None
        return variable


def render_skeleton(consts: tuple[str, ...], gaps: tuple[bool, ...]) -> str:
    tokens: list[str] = []
    for const, gap in zip(consts, gaps, strict=False):
        tokens.extend((WILDCARD, const) if gap else (const,))
    if gaps[-1]:
        tokens.append(WILDCARD)
    return " ".join(tokens)


def _same_shape(a: str, b: str) -> bool:
    return _PLACEHOLDER.sub("<>", a) == _PLACEHOLDER.sub("<>", b)


def mask_token(token: str, kinds: dict[str, ParamKind | None] | None = None) -> Masked:
    """A whole token that is a variable becomes its placeholder (``10.0.0.1:80,`` -> ``<IP>,``); else its parts
    between ``= , ; : ( ) { } [ ] |`` are typed one by one (``retries=3`` -> ``retries=<NUM>``). Returns the
    masked token, the kind of its first variable part (None for a word) and every (kind, value) part.
    ``kinds``: a cache of ``classify`` by digit shape (see ``_classified``), kept by the caller."""
    core = token.strip(EDGE)
    if core.isalpha():  # a word: only a day or month name, 8+ hex letters or a size unit can be a variable
        m = _WORD_TYPES.fullmatch(core)
        if m is None:  # no '=' or '|' in the token (not EDGE characters) and none in the core: no typed part
            return token, None, ()
        kind = _KIND_OF_GROUP[m.lastgroup or ""]
        return token.replace(core, PLACEHOLDERS[kind], 1), kind, ((kind, core),)
    if not core or ("=" in core and "://" not in core):  # only a URL of the kinds may hold a '=' (logfmt pairs)
        kind = None
    else:
        kind = classify(core) if kinds is None else _classified(core, kinds)
    if kind is not None:
        return token.replace(core, PLACEHOLDERS[kind], 1), kind, ((kind, core),)
    pieces = _SPLIT.split(token)
    if len(pieces) == 1:
        return token, None, ()
    found: list[tuple[ParamKind, str]] = []
    for i, part_kind in _typed_pieces(pieces, kinds):
        core = pieces[i].strip(EDGE)
        pieces[i] = pieces[i].replace(core, PLACEHOLDERS[part_kind], 1)
        found.append((part_kind, core))
    return "".join(pieces), (found[0][0] if found else None), tuple(found)


def _typed_pieces(pieces: list[str], kinds: dict[str, ParamKind | None] | None) -> list[tuple[int, ParamKind]]:
    """(index, kind) of the typed parts among a token's pieces (``_SPLIT.split``: parts at even indices), typed by
    their core (the part less its edges), as ``mask_token`` types them."""
    typed: list[tuple[int, ParamKind]] = []
    for i in range(0, len(pieces), 2):
        core = pieces[i].strip(EDGE)
        if not core:
            continue
        if core.isalpha():  # ``classify``'s own path for a word ('rhost' of 'rhost=...'), without its lookups
            m = _WORD_TYPES.fullmatch(core)
            part_kind = _KIND_OF_GROUP[m.lastgroup] if m is not None and m.lastgroup else None
        else:
            part_kind = classify(core) if kinds is None else _classified(core, kinds)
        if part_kind is not None:
            typed.append((i, part_kind))
    return typed


_ANY_TYPE = re.compile("|".join(f"(?P<{kind}{i}>{pattern.pattern})" for i, (kind, pattern) in enumerate(_TYPES)))
_KIND_OF_GROUP: dict[str, ParamKind] = {f"{kind}{i}": kind for i, (kind, _) in enumerate(_TYPES)}
# ``_ANY_TYPE`` less url, email, ip, path and id, which need a digit or one of ``:/\\@``: the kinds a word of
# letters can be (a day or month name, 8+ hex letters, a size unit), in the same order
_WORD_TYPES = re.compile(
    "|".join(
        f"(?P<{kind}{i}>{pattern.pattern})"
        for i, (kind, pattern) in enumerate(_TYPES)
        if kind in ("time", "hex", "number")
    )
)


def classify(token: str) -> ParamKind | None:
    """The kind of variable a token is (the first of ``_TYPES`` that matches it whole), or None for a word. A
    token without a digit or one of ``:/\\@`` is matched by ``_WORD_TYPES`` alone: no other pattern can match it
    (a third of the tokens classified in the Loghub files, all but one of them words, which failed every one of
    the ten patterns)."""
    m = (_ANY_TYPE if _NEEDED.search(token) is not None else _WORD_TYPES).fullmatch(token)
    return _KIND_OF_GROUP[m.lastgroup] if m is not None and m.lastgroup else None


_NEEDED = re.compile(r"[\d:/\\@]")  # a character one of the patterns left out of ``_WORD_TYPES`` needs (\d: any digit)


_ONE_BYTES = bytes.maketrans(b"023456789", b"111111111")  # every ASCII digit -> '1', as bytes (str.translate is slow)


def digit_shape(text: str) -> str:
    """``text`` with every ASCII digit as ``1``: same length, same white space. Text
    that is not ASCII goes through UTF-8 bytes too (a byte of a multi-byte character is never ASCII; lone
    surrogates pass): ``str.translate`` looked up every character of a whole text, ~58 us a line of Consul's log
    (its 'µs'), more than the rest of the tool."""
    if text.isascii():
        return text.encode("ascii").translate(_ONE_BYTES).decode("ascii")
    return text.encode("utf-8", "surrogatepass").translate(_ONE_BYTES).decode("utf-8", "surrogatepass")


_HEX_ONE = bytes.maketrans(b"023456789\xff", b"1111111110")  # as _ONE_BYTES, and the stand-in for a kept '0' back


def hex_shape(text: str) -> str | None:
    """``digit_shape(text)`` keeping the '0' of each ``0x``/``0X`` (None for text that is not ASCII). The patterns
    see a digit only as ``\\d`` or in a class holding every digit, except that '0' (``0[xX]``), so a token is typed
    and masked alike for every token of its hex shape (a digit shape's ``1x`` may have been a ``0x``)."""
    if not text.isascii():
        return None
    raw = text.encode("ascii").replace(b"0x", b"\xffx").replace(b"0X", b"\xffX")
    return raw.translate(_HEX_ONE).decode("ascii")


def _classified(token: str, kinds: dict[str, ParamKind | None]) -> ParamKind | None:
    """``classify(token)``, cached by the token's digit shape (every ASCII digit as ``1``): the patterns see a
    digit only as ``\\d`` or in a class holding every digit, except the ``0`` of ``0x`` (such tokens are not
    cached). ``blk_-1608999687919862906`` and ``blk_-7503483334202473044`` are classified once."""
    kind = kinds.get(token, _UNSET)  # a key is a digit shape (no '0'): a token equal to one is its own shape
    if kind is not _UNSET:  # (the miner types tokens' digit shapes more than tokens: no shape to make then)
        return kind
    if "0x" in token or "0X" in token:
        return classify(token)
    shape = digit_shape(token)
    kind = kinds.get(shape, _UNSET)  # not try/except: a miss (most shapes are new) raising KeyError cost ~4k
    if kind is _UNSET:
        if len(kinds) > _CACHE_SIZE:
            kinds.clear()
        kind = kinds[shape] = classify(shape)
    return kind


# _PLAIN_ZIP: the miner's loops over a new line's tokens zip lists of one length by construction (a message and
# its digit shape cut alike; clusters of one group have the group's length) without ``strict=True``: a keyword
# argument makes each zip parse it (~1.5k instructions, a new line zips once per candidate cluster)

_UNSET: Any = object()  # not looked up yet (a token's or a message's digit shape)
_CACHE_SIZE = 200_000  # entries a miner's caches hold before they start again (memory bound on endless input)


class _Masks(dict[str, Masked]):
    """Text -> ``mask_token(text)``, computed on first sight: one cache for the miner's three views of a token
    (by its digit shape, as one variable, by the token itself), which often ask for the same text (a token
    without digits is its own shape)."""

    __slots__ = ("kinds",)

    def __init__(self) -> None:
        super().__init__()
        self.kinds: dict[str, ParamKind | None] = {}  # ``classify`` by digit shape (``_classified``)

    def __missing__(self, text: str) -> Masked:
        if len(self) > _CACHE_SIZE:
            self.clear()
        masked = self[text] = mask_token(text, self.kinds)
        return masked


class _Tokens(dict[str, str]):
    """Token -> its masked text (the miner's view of it), masked on first sight; ``of`` gives the whole
    ``Masked`` (kinds and typed values), computed when asked for. A dict so that a line's tokens are looked up
    with one ``map``."""

    __slots__ = ("masks", "masked", "whole", "parted", "layouts")

    def __init__(self, masks: _Masks) -> None:
        super().__init__()
        self.masks = masks
        self.masked: dict[str, Masked] = {}
        self.whole: dict[str, tuple[str, ParamKind] | None] = {}  # digit shape -> (masked text, kind) of one variable
        self.parted: dict[str, Parts] = {}  # token -> ``parts(token)``
        self.layouts: dict[str, _PartLayout] = {}  # digit shape -> where its tokens' typed parts are

    def __missing__(self, token: str) -> str:
        if len(self) > _CACHE_SIZE:
            self.clear()
        text = self[token] = self.of(token)[0]
        return text

    def parts(self, token: str) -> Parts:
        """``of(token)[1:]`` (the kind of its first variable part and its typed parts) without masking the token:
        where the parts are and their kinds are its digit shape's (``layout_of``), the values cut from the
        token. The records' parameters need no masked text, and masking every new token of a record (JSON and
        logfmt lines have many) was most of building records."""
        hit = self.parted.get(token)
        if hit is not None:
            return hit
        masked = self.masked.get(token)
        if masked is not None:
            hit = masked[1], masked[2]
        elif "0x" in token or "0X" in token:  # typed by its '0': by the token (or its hex shape)
            masked = self.of(token)
            hit = masked[1], masked[2]
        else:
            shape = digit_shape(token)
            hit = _cut_parts(self.layout_of(shape), token)
        if len(self.parted) > _CACHE_SIZE:
            self.parted.clear()
        self.parted[token] = hit
        return hit

    def layout_of(self, shape: str) -> _PartLayout:
        """(kind, None) for a digit shape whose tokens are one variable as a whole (``whole_of``); else (kind of the
        first typed part, [(piece index, kind)]) of ``mask_token``'s pieces, typed by their cores' digit shapes
        as ``mask_token`` types them (the same kinds and pieces for every token of the shape without a '0x')."""
        layout = self.layouts.get(shape)
        if layout is None:
            if len(self.layouts) > _CACHE_SIZE:
                self.layouts.clear()
            whole = self.whole_of(shape)
            if whole is not None:
                layout = whole[1], None
            else:
                pieces = _SPLIT.split(shape)
                typed = [] if len(pieces) == 1 else _typed_pieces(pieces, self.masks.kinds)
                layout = (typed[0][1] if typed else None), typed
            self.layouts[shape] = layout
        return layout

    def of(self, token: str) -> Masked:
        hit = self.masked.get(token)
        if hit is None:
            if len(self.masked) > _CACHE_SIZE:
                self.masked.clear()
            hit = self.masked[token] = self._mask(token)
        return hit

    def _mask(self, token: str) -> Masked:
        """``mask_token(token)``; a token that is one variable as a whole (``10.0.0.1:80,``, ``blk_-16089...``,
        ``0x1f3a``) by its digit shape (its hex shape when it holds a ``0x``): its kind and masked text are its
        shape's, its value is the token less its edges."""
        shape = hex_shape(token) if "0x" in token or "0X" in token else digit_shape(token)
        whole = None if shape is None else self.whole_of(shape)
        if whole is None:
            return self.masks[token]
        return whole[0], whole[1], ((whole[1], token.strip(EDGE)),)

    def whole_of(self, shape: str) -> tuple[str, ParamKind] | None:
        """(masked text, kind) shared by the tokens of this digit shape (or ``hex_shape``) when such a token is
        one variable as a whole (its value: the token less its edges), else None. Not for the digit shape of a
        token holding ``0x``."""
        whole = self.whole.get(shape, _UNSET)
        if whole is _UNSET:
            if len(self.whole) > _CACHE_SIZE:
                self.whole.clear()
            text, kind, parts = self.masks[shape]
            one = kind is not None and len(parts) == 1 and parts[0][1] == shape.strip(EDGE)
            whole = self.whole[shape] = (text, kind) if one and kind is not None else None
        return whole


def _cut_parts(layout: _PartLayout, token: str) -> Parts:
    """``_Tokens.parts(token)`` from the layout of the token's digit shape (a token without a '0x')."""
    kind, typed = layout
    if typed is None:  # one variable as a whole
        return kind, ((kind, token.strip(EDGE)),) if kind is not None else ()
    if not typed:
        return None, ()
    pieces = _SPLIT.split(token)  # the shape's cuts: the split characters are no digits
    return kind, tuple([(part_kind, pieces[i].strip(EDGE)) for i, part_kind in typed])


class _Shapes(dict[str, "str | None"]):
    """Digit shape of a token (``digit_shape``) -> the masked text of every token of that shape, or None when it
    depends on the digits (a part with a digit stays a word: ``ssh2``). Where and how a token is typed depends
    on its digits only through its shape (``_classified``), except for a ``0x`` (such tokens are looked up by
    ``hex_shape``), so ``blk_-1608999687919862906`` and ``blk_-7503483334202473044`` are masked once."""

    __slots__ = ("masks",)

    def __init__(self, masks: _Masks) -> None:
        super().__init__()
        self.masks = masks

    def __missing__(self, shape: str) -> str | None:
        if len(self) > _CACHE_SIZE:
            self.clear()
        core = shape.strip(EDGE)
        if core.isalpha() and _WORD_TYPES.fullmatch(core) is None:  # a plain word: ``mask_token``'s first case
            self[shape] = shape
            return shape
        text = self.masks[shape][0]
        found = self[shape] = None if "1" in text or "0" in text else text  # a digit left: a word holding digits
        return found


class _Holes(list["str | None"]):
    """The masked tokens of a message shape with holes (None) where the digits decide; ``at``: where they are."""

    __slots__ = ("at",)

    def __init__(self, masked: tuple[str | None, ...]) -> None:
        super().__init__(masked)
        self.at = [i for i, text in enumerate(masked) if text is None]


class _Cluster:
    __slots__ = ("id", "tokens", "values", "variable", "subgroups", "keys", "known")

    def __init__(self, cluster_id: str, tokens: list[str]) -> None:
        self.id = cluster_id
        self.tokens = tokens  # the shared template: WILDCARD where lines differ
        self.values: dict[int, set[str]] = {}  # open positions still constant: words seen there
        self.variable: set[int] = set()  # open positions that are variables
        self.subgroups: dict[tuple[str, ...], str] = {(): cluster_id}  # words at the constant open positions -> id
        self.keys: dict[int, str] = {}  # variable positions whose tokens share a key ('rhost=') -> the key
        # masked tokens -> the subgroup they went to while nothing changed in the cluster since (emptied on a change)
        self.known: dict[tuple[str, ...], str] = {}


class TemplateMiner:
    """Online template miner; ``add`` returns (template_id, template, params) for each message in arrival order.

    ``similarity``: share of equal positions for a message to join a cluster; ``max_constants``: distinct words an
    open position may take and still be part of the template. One configuration for every log (bench/logs.py).
    Session 20's rules for systems the miner was not written for (docs/logs.md), each a switch for sweeps:
    ``key_values`` (values of keys are parameters, ``_value_slot``), ``quoted`` (quoted values, ``quoted_spans``;
    2 also single tokens), ``max_subgroups`` (a cluster split more ways by its constant words takes them as
    parameters), ``names`` (compound lower-case names are parameters and key no cluster), ``regap`` (merged gaps
    recomputed when a merged template's constants changed)."""

    def __init__(
        self,
        *,
        similarity: float = 0.5,
        max_constants: int = 3,
        max_enum_constants: int = 2,
        key_first: int = 1,
        shift_guard: int = 1,
        min_constants: int = 2,
        key_values: int = 3,
        max_subgroups: int = 4,
        quoted: int = 2,
        regap: bool = True,
        names: bool = True,
    ) -> None:
        self.names = names
        self.regap = regap
        # a word opening a quoted span does not key a cluster (a request line's method: ``"GET``): '"' when ``quoted``
        self._quote = '"' if quoted else ""
        self.quoted = quoted
        self.max_subgroups = max_subgroups
        self.key_values = key_values
        self.min_constants = min_constants
        self.shift_guard = shift_guard
        self.key_first = key_first
        self.similarity = similarity
        self.max_constants = max_constants
        self.max_enum_constants = max_enum_constants
        self._groups: dict[tuple[int, str], list[_Cluster]] = {}
        masks = _Masks()
        self._tokens = _Tokens(masks)
        self._shaped = _Shapes(masks).__getitem__  # digit shape of a token -> its masked text (None: by token)
        self._lines: dict[str, tuple[str, ...]] = {}  # message -> its masked tokens
        # digit shape of a message -> its masked tokens (a list with holes where digits decide; None: by message)
        self._by_shape: dict[str, tuple[str, ...] | _Holes | None] = {}
        self._by_hex: dict[str, tuple[str, ...] | _Holes] = {}  # the same by ``hex_shape``
        self._seen: dict[tuple[str, ...], _Cluster] = {}
        # digit shape of a message whose masked tokens are its shape's (``_by_shape`` holds a tuple) and were placed
        # -> (masked tokens, their cluster in ``_seen``): ``add_ids`` skips hashing the tuple (emptied with ``_seen``)
        self._placed: dict[str, tuple[tuple[str, ...], _Cluster]] = {}
        self._parent: dict[str, str] = {}
        self._text: dict[str, str] = {}
        self._count = 0
        self._by_skeleton: dict[tuple[str, ...], str] = {}  # constant tokens -> a template id having them
        self._alias: dict[str, str] = {}  # template id -> the id of the template of another length it joined
        self._gaps: dict[str, tuple[bool, ...]] = {}  # merged template id -> where any member has a gap
        self._variables = _VariableTokens()  # template tokens that are variables only (``skeleton``)

    # --- public --------------------------------------------------------------------------------------------

    def add(self, message: str) -> tuple[str, str, list[LogParam]]:
        """Mine one message: its template id, the template's text now, and the message's typed parameters."""
        own, root, template = self.member(self.add_id(message))
        raw = message.split()
        return root, template, params_of(self._text[own].split(" "), raw, self.masked(raw))

    def add_id(self, message: str) -> str:
        """``add`` without building parameters: the template id (``masked`` gives the typed tokens)."""
        shape = self._lines.get(message)  # a message seen before: its tokens as they were masked then
        if shape is None:
            shape = self._shape(message)
            if len(self._lines) > _CACHE_SIZE:
                self._lines.clear()
            self._lines[message] = shape
        cluster = self._seen.get(shape)  # the same masked tokens as an earlier line: the same cluster
        if cluster is None:
            return self._place(shape, message)
        if not cluster.values:
            return cluster.subgroups[()]
        return self._subgroup(cluster, shape, message)

    def add_ids(self, messages: list[str], shapes: list[str]) -> list[str]:
        """``add_id`` for many messages whose digit shapes (``digit_shape``) the caller has: a message is masked
        once per distinct shape (``_shape`` depends on its digits only through it, unless a token is typed by
        its digits or holds ``0x``: those, marked None, are masked by message as ``add_id`` does)."""
        by_shape, seen, placed, ids = self._by_shape, self._seen, self._placed, []
        for message, shape in zip(messages, shapes, strict=True):
            hit = placed.get(shape)
            if hit is not None:  # a digit shape whose masked tokens were placed: their cluster, no tuple hashed
                masked, cluster = hit
            else:
                masked = by_shape.get(shape, _UNSET)
                if masked.__class__ is not tuple:  # new, a '0x' (None) or tokens typed by their digits (a list)
                    masked = self._unshaped(message, shape, masked)
                cluster = seen.get(masked)  # add_id from here on
                if cluster is None:
                    ids.append(self._place(masked, message))
                    continue
                if by_shape.get(shape).__class__ is tuple:  # the masked tokens are the shape's, whatever the digits
                    if len(placed) > _CACHE_SIZE:
                        placed.clear()
                    placed[shape] = masked, cluster
            if not cluster.values:
                ids.append(cluster.subgroups[()])
            else:
                tid = cluster.known.get(masked)  # _subgroup's first step, inlined
                ids.append(self._subgroup(cluster, masked, message) if tid is None else tid)
        return ids

    def _unshaped(self, message: str, shape: str, known: Any) -> tuple[str, ...]:
        """``_shape(message)`` where ``add_ids`` has no complete answer filed under the message's digit shape."""
        if known is _UNSET:
            return self._shape_of(message, shape)
        if known is None:
            return self._hex_shaped(message)
        return self._filled(known, message)

    def _shape_of(self, message: str, shape: str) -> tuple[str, ...]:
        """``_shape(message)``, filed under the message's digit shape: whole when it depends on nothing else, with
        holes (None) at the tokens typed by their digits ('ssh2'), as None when a '0x' may be there."""
        if len(self._by_shape) > _CACHE_SIZE:
            self._by_shape.clear()
        if "1x" in shape or "1X" in shape:  # may be a '0x' (hex): typed by its digits
            self._by_shape[shape] = None
            return self._hex_shaped(message)
        masked = tuple(map(self._shaped, shape.split()))
        if None in masked:
            holes = self._by_shape[shape] = _Holes(masked)
            return self._filled(holes, message)
        masked = self._by_shape[shape] = self._spans(masked, shape)
        return masked

    def _hex_shaped(self, message: str) -> tuple[str, ...]:
        """``_shape(message)`` for a message whose digit shape holds a ``1x`` (maybe a ``0x``, which types a hex
        value by its '0'), filed under its ``hex_shape`` as ``_shape_of`` files by digit shape: Windows, Android,
        Mac, Zookeeper and BGL lines holding an address were masked token by token, new values every line."""
        shape = hex_shape(message)
        if shape is None:  # not ASCII
            return self._shape(message)
        masked = self._by_hex.get(shape, _UNSET)
        if masked.__class__ is tuple:
            return masked
        if masked is _UNSET:
            if len(self._by_hex) > _CACHE_SIZE:
                self._by_hex.clear()
            masked = tuple(map(self._shaped, shape.split()))
            if None not in masked:
                masked = self._by_hex[shape] = self._spans(masked, shape)
                return masked
            masked = self._by_hex[shape] = _Holes(masked)
        return self._filled(masked, message)

    def _filled(self, holes: _Holes, message: str) -> tuple[str, ...]:
        """The masked tokens of a message, given those of its digit shape (None where the digits decide)."""
        by_token = self._tokens.__getitem__
        tokens, masked = message.split(), holes.copy()  # the same cuts as the shape's (digits are no space)
        for i in holes.at:
            masked[i] = by_token(tokens[i])
        return self._spans(tuple(masked), message)

    def _shape(self, message: str) -> tuple[str, ...]:
        """The message's masked tokens: looked up by digit shape, by token where the digits matter."""
        if "0x" in message or "0X" in message:
            return self._spans(tuple(map(self._tokens.__getitem__, message.split())), message)
        shape = tuple(map(self._shaped, digit_shape(message).split()))  # digits are not white space: same cuts
        if None in shape:
            by_token = self._tokens.__getitem__
            shape = tuple(by_token(t) if s is None else s for s, t in zip(shape, message.split(), strict=True))
        return self._spans(shape, message)

    def _spans(self, masked: tuple[str, ...], text: str) -> tuple[str, ...]:
        """``masked`` (the masked tokens of ``text``, or of its digit or hex shape) with its quoted parameter spans
        as variables (``quoted_spans``) when ``quoted`` is on."""
        if not self.quoted:
            return masked
        if "'" in text and self.quoted > 1:
            masked = single_quoted(masked, text.split())
        return quoted_spans(masked, text.split(), self.quoted > 1) if '"' in text else masked

    def masked(self, raw: list[str]) -> list[Masked]:
        """(masked token, kind of its first variable part, typed parts) of each token, as ``add`` saw them."""
        of = self._tokens.of
        return [of(t) for t in raw]

    def recipe(self, slots: list[tuple[int, int]], shape: str) -> Recipe:
        """How to read the parameters at ``slots`` of every message of this digit shape (``values_by``): per slot,
        the kind its token has as one variable as a whole (by the token's shape, as ``masked`` types it), or None
        where the token is typed by its parts (their layout given) or its digits (a ``0x``: no layout)."""
        tokens = shape.split()
        whole_of, layout_of = self._tokens.whole_of, self._tokens.layout_of
        recipe: Recipe = []
        for i, cut in slots:
            token = tokens[i]
            if "1x" in token or "1X" in token:  # maybe a '0x': by the token
                recipe.append((i, cut, None, None))
                continue
            whole = whole_of(token)
            recipe.append((i, cut, None, layout_of(token)) if whole is None else (i, cut, whole[1], None))
        return recipe

    def values_by(self, recipe: Recipe, raw: list[str]) -> list[tuple[ParamKind, str]]:
        """``values_at(slots, raw, masked(raw))`` for a message of the shape ``recipe`` was made for:
        a token that is one variable as a whole is not looked up."""
        parts = self._tokens.parts
        found: list[tuple[ParamKind, str]] = []
        for i, cut, kind, layout in recipe:
            if kind is None:
                _value(found, cut, raw[i], parts(raw[i]) if layout is None else _cut_parts(layout, raw[i]))
            elif cut >= 0:
                token = raw[i][cut:]
                found.append((kind, token.strip(EDGE) or token))
            else:
                found.append((kind, raw[i].strip(EDGE)))
        return found

    def resolve(self, template_id: str) -> tuple[str, str]:
        """The id a template id given earlier is known by now (templates merge as positions turn variable) and
        that template's current text."""
        return self.member(template_id)[1:]

    def text(self, template_id: str) -> str:
        """The text of one template as it stands (its own length: not the merged template's)."""
        return self._text[template_id]

    def member(self, template_id: str) -> tuple[str, str, str]:
        """(id of the same-length template it belongs to now, id of the merged template, merged text): the first
        gives a line's parameters, the other two its group."""
        own = self._find(template_id)
        root = self._merged_root(own)
        gaps = self._gaps.get(root)
        if gaps is None:
            return own, root, self._text[root]
        return own, root, render_skeleton(skeleton(self._text[root], self._variables)[0], gaps)

    def mask(self, message: str) -> tuple[list[str], list[Masked]]:
        """The message's tokens and their (masked token, kind), as ``add`` sees them."""
        raw = message.split()
        return raw, self.masked(raw)

    @property
    def templates(self) -> dict[str, str]:
        """Template id -> text, for the templates not merged into another."""
        return {
            tid: self.member(tid)[2]
            for tid in self._text
            if self._parent.get(tid, tid) == tid and tid not in self._alias
        }

    # --- internals -----------------------------------------------------------------------------------------

    def _place(self, shape: tuple[str, ...], message: str) -> str:
        """A line whose masked tokens were not seen before: the most similar cluster of its length and first
        constant token takes it, else it starts a cluster."""
        first = ""
        for token, word in zip(shape, message.split()):  # noqa: B905 (_PLAIN_ZIP)
            if (
                token == word
                and (self.key_first == 1 or _WORD.fullmatch(token))
                and not (token[0] == self._quote and token.count('"') == 1)
                and not (self.names and _NAME.fullmatch(token))  # a unit, host or service name: a parameter
            ):
                first = token
                break
        tokens = list(shape)
        group = self._groups.setdefault((len(tokens), first if self.key_first else ""), [])
        cluster = self._match(group, tokens)
        if len(self._seen) > _CACHE_SIZE:
            self._seen.clear()
            self._placed.clear()
        if cluster is None:
            cluster = _Cluster(self._new_id(" ".join(tokens)), tokens)
            group.append(cluster)
            self._seen[shape] = cluster
            return cluster.id
        self._seen[shape] = cluster
        return self._subgroup(cluster, shape, message)

    def _match(self, candidates: list[_Cluster], tokens: list[str]) -> _Cluster | None:
        """The most similar cluster at ``similarity`` or more (its differing constant positions opened), or None."""
        best, best_score = None, -1.0
        n = len(tokens) or 1
        for cluster in candidates:
            same = 0
            for a, b in zip(cluster.tokens, tokens):  # noqa: B905 (_PLAIN_ZIP: one group, one length)
                if a == b:
                    same += 1
                elif self.shift_guard and (_shifted(a, b) or _other_keys(a, b)):
                    same = -n
                    break
            score = same / n
            if score > best_score:
                best, best_score = cluster, score
        if best is None or best_score < self.similarity:
            return None
        opened = False
        for p, (a, b) in enumerate(zip(best.tokens, tokens)):  # noqa: B905 (_PLAIN_ZIP)
            if a != b and a != WILDCARD:
                self._open(best, p, a, typed=_WHOLE.fullmatch(a) is not None)
                _keep_key(best, p, (a, b))
                opened = True
                if self.key_values and p in best.values and _value_slot(best, p, a, self.key_values):
                    self._make_variable(best, p)
        if opened:  # the template's text changed: every template of the cluster is rendered again
            for key, tid in best.subgroups.items():
                self._set_text(tid, self._render(best, key))
        return best

    def _open(self, cluster: _Cluster, position: int, word: str, *, typed: bool) -> None:
        """A constant position of the cluster saw another token: it becomes open, constant so far (one word)."""
        cluster.known.clear()
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
        words = dict(zip(old, key))  # noqa: B905 (_PLAIN_ZIP: a key has a word per other open position)
        words[position] = word
        return tuple(words[p] for p in order)

    def _subgroup(self, cluster: _Cluster, tokens: tuple[str, ...], message: str) -> str:
        """The subgroup of the cluster the line goes to (by its words at the open positions), the open positions
        updated with them. Masked tokens seen since the cluster last changed go where they went then."""
        if not cluster.values:
            return cluster.subgroups[()]
        tid = cluster.known.get(tokens)
        if tid is not None:
            return tid
        changed = False
        raw: list[str] = []
        for p in list(cluster.values):
            word = tokens[p]
            seen = cluster.values[p]
            if word not in seen:
                raw = raw or message.split()
                changed = True
                if self._is_variable(word, word != raw[p], seen) or _typed_key_value(cluster, p, word, seen):
                    _keep_key(cluster, p, (*seen, word))
                    self._make_variable(cluster, p)
                else:
                    seen.add(word)
        key = tuple(tokens[p] for p in sorted(cluster.values))
        tid = cluster.subgroups.get(key)
        if tid is None:
            changed = True
            tid = self._new_id(cluster.id + "\x00" + "\x00".join(key))
            cluster.subgroups[key] = tid
            self._set_text(tid, self._render(cluster, key))
            if self.max_subgroups and len(cluster.subgroups) > self.max_subgroups:
                tid = self._too_many(cluster, tid)
        if changed or len(cluster.known) > _CACHE_SIZE:  # the same tokens would now go to ``tid`` with no change
            cluster.known.clear()
        cluster.known[tokens] = tid
        return tid

    def _too_many(self, cluster: _Cluster, tid: str) -> str:
        """A cluster split into more than ``max_subgroups`` templates by the words at its open positions: words
        that combine that freely are parameters (``transitioned PAID -> SHIPPED``), so the open positions with the
        most distinct words become variables (their templates merge) until ``max_subgroups`` or fewer are left.
        Returns the id ``tid`` is known by now."""
        while cluster.values and len(cluster.subgroups) > self.max_subgroups:
            position = max(sorted(cluster.values), key=lambda p: len(cluster.values[p]))
            _keep_key(cluster, position, tuple(cluster.values[position]))
            self._make_variable(cluster, position)
        return self._find(tid)

    def _is_variable(self, word: str, typed: bool, seen: set[str]) -> bool:
        """Whether a new word at an open position makes it a variable: a typed token; a token that differs from
        one seen only in its typed parts (``rhost=<IP>`` / ``rhost=<ID>``); more distinct words than
        ``max_constants`` (``max_enum_constants`` when all are UPPER_CASE words: enum-like states)."""
        if typed and (_WHOLE.fullmatch(word) or any(_same_shape(word, old) for old in seen)):
            return True
        limit = self.max_enum_constants if _ENUM.fullmatch(word) and all(map(_ENUM.fullmatch, seen)) else None
        if limit is None and self.names and _NAME.fullmatch(word) and all(map(_NAME.fullmatch, seen)):
            return True  # compound names (``cart-svc``, ``orders-indexer``, ``etl_loader``): names of things
        return len(seen) >= (limit or self.max_constants)

    def _make_variable(self, cluster: _Cluster, position: int) -> None:
        """An open position took too many words: it is a variable; templates that differed only there merge."""
        cluster.known.clear()
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
            self._set_text(tid, self._render(cluster, short))

    def _render(self, cluster: _Cluster, key: tuple[str, ...]) -> str:
        tokens = list(cluster.tokens)
        for p, word in zip(sorted(cluster.values), key):  # noqa: B905 (_PLAIN_ZIP: a word per open position)
            tokens[p] = word
        for p, prefix in cluster.keys.items():
            if tokens[p] == WILDCARD:
                tokens[p] = prefix + WILDCARD
        return " ".join(tokens)

    def _new_id(self, text: str) -> str:
        self._count += 1
        tid = "T" + hashlib.blake2b(text.encode(), digest_size=5).hexdigest()
        while tid in self._text:
            tid = "T" + hashlib.blake2b(f"{text}\x00{self._count}".encode(), digest_size=5).hexdigest()
        self._set_text(tid, text)
        return tid

    def _set_text(self, tid: str, text: str) -> None:
        """A template's text is new or changed: it joins a template of another length with the same constants."""
        self._text[tid] = text
        consts, gaps = skeleton(text, self._variables)
        if len(consts) < self.min_constants:  # too little left to say two templates are one
            return
        other = self._by_skeleton.setdefault(consts, tid)
        root, other = self._merged_root(tid), self._merged_root(other)
        if root == other:
            return
        mine = self._gaps.get(root, gaps)
        known = self._gaps.get(other) or skeleton(self._text[other], self._variables)[1]
        if len(mine) != len(known) and self.regap:
            mine, known = self._regapped(root, gaps, other, consts)
        if len(mine) != len(known):  # that template's constants changed since it was filed: it no longer has these
            self._by_skeleton[consts] = tid
            return
        self._alias[root] = other
        self._gaps.pop(root, None)
        self._gaps[other] = tuple(a or b for a, b in zip(known, mine, strict=True))

    def _regapped(
        self, root: str, gaps: tuple[bool, ...], other: str, consts: tuple[str, ...]
    ) -> tuple[tuple[bool, ...], tuple[bool, ...]]:
        """The gaps of two merged templates whose filed gaps no longer fit: a constant of a merged template opened
        after it merged (its gaps were filed for more constants), so ``root`` (now of skeleton ``consts``, own gaps
        ``gaps``) and ``other`` are compared by their texts now. Gaps of different lengths when ``other`` no longer
        has these constants (nothing merges)."""
        mine = self._gaps.get(root, gaps)
        if len(mine) != len(gaps):
            mine = gaps
        theirs, known = skeleton(self._text[other], self._variables)
        if theirs != consts:  # filed under constants it no longer has: no merge (gaps of different lengths)
            return mine, (*mine, False)
        filed = self._gaps.get(other)
        if filed is not None and len(filed) == len(known):
            known = filed
        return mine, known

    def _merged_root(self, tid: str) -> str:
        tid = self._find(tid)
        while tid in self._alias:
            tid = self._find(self._alias[tid])
        return tid

    def _find(self, tid: str) -> str:
        root = tid
        while self._parent.get(root, root) != root:
            root = self._parent[root]
        while tid != root:
            self._parent[tid], tid = root, self._parent[tid]
        return root


def _shifted(a: str, b: str) -> bool:
    """A plain word facing a variable at the same position: the lines are not aligned (a variable-length part
    earlier in one of them), so they are not one template at this length."""
    return (_LONG_WORD.fullmatch(a) is not None and _WHOLE.fullmatch(b) is not None) or (
        _LONG_WORD.fullmatch(b) is not None and _WHOLE.fullmatch(a) is not None
    )


_LONG_WORD = re.compile(r"[A-Za-z][A-Za-z_'-]+[:,.]?")  # two letters or more: a unit 'B' may face a '<NUM>'


_KEY = re.compile(r"[A-Za-z_][\w.-]*[=:]")
_KEY_AT = re.compile(r"[(\[{]?[A-Za-z_][\w.-]*[=:]")  # a token's key, after an opening bracket: ``(mfa=``


def quoted_spans(masked: tuple[str, ...], raw: list[str], single: bool = True) -> tuple[str, ...]:
    """The masked tokens (``raw``: the tokens they were masked from) with quoted values made variables: a
    double-quoted span of two tokens or more that holds a typed value, or is a key's value (``err="rpc error:
    ..."``), becomes a run of ``<*>`` (its first word kept when it is a plain word and no key names it: ``"GET``),
    which ``skeleton`` takes as one gap of any length (a request line, a user agent); with ``single``, a quoted
    single token becomes ``"<*>"`` (``server "api.example.com"``), a key's typed one ``key="<*>`` (as a span's
    first token) and JSON string values in a token are values. The first quoted text of a line may be the message
    itself (klog, slog's ``msg=``): kept when it is mostly words (``_worded``) or one token. A quoted span of words
    only, no key's value (``"Probe failed"``), stays text."""
    out: list[str] | None = None
    i, n, first = 0, len(masked), True
    while i < n:
        token = raw[i]
        at = token.find('"')
        if at < 0:
            i += 1
            continue
        # the first quoted text of the line, opening it or a message key's value: maybe the message itself (klog,
        # slog's msg=); a quoted text later in the line (err="...", a query) is a value
        message = first and ((i == 0 and at == 0) or token.startswith(_MESSAGE_KEYS))
        if _quotes(token) % 2 == 0:
            # a key's one-token value (logrus' time="2026-..."; level="info") is a field, not the message: the
            # message may still come (msg="...")
            first = first and at > 0 and token[at - 1] == "="
            if single and not message and _ONE_QUOTED.fullmatch(token) is not None and "<*>" not in masked[i]:
                out = out if out is not None else list(masked)
                out[i] = token[: at + 1] + WILDCARD + token[token.rindex('"') :]
            elif single and not message and at > 0 and token[at - 1] == "=" and _PLACEHOLDER.search(masked[i]):
                out = out if out is not None else list(masked)  # key="typed value": as a span's first token
                out[i] = masked[i][: masked[i].find('"') + 1] + WILDCARD
            elif single and '":"' in token:  # JSON in a token: its string values are values
                out = out if out is not None else list(masked)
                out[i] = _JSON_STRING.sub(r'\1"<*>"', masked[i])
            i += 1
            continue
        first = False
        j = i + 1
        while j < n and _quotes(raw[j]) % 2 == 0:
            j += 1
        if j >= n:
            break
        span = masked[i : j + 1]
        keyed = at > 0 and token[at - 1] == "="  # a key's value: ``err="rpc error: ..."``
        typed = keyed or any("<" in t and _PLACEHOLDER.search(t) is not None for t in span)
        # the span's words from after its opening quote (``msg="Reserved`` is the word ``Reserved``)
        if typed and not (message and _worded((span[0][span[0].find('"') + 1 :], *span[1:]))):
            out = out if out is not None else list(masked)
            if keyed or _PLAIN.fullmatch(token, at + 1) is None:
                out[i] = masked[i][: masked[i].find('"') + 1] + WILDCARD
            out[i + 1 : j + 1] = [WILDCARD] * (j - i)
        i = j + 1
    return masked if out is None else tuple(out)


_MESSAGE_KEY = frozenset(("msg=", "message=", "MSG=", "Message="))
_MESSAGE_KEYS = ('msg="', 'message="', 'MSG="', 'Message="')
_JSON_STRING = re.compile(r'("[\w.-]+":)"[^"\\]*"')  # "Type":"ContainerDied" (a key's string value)


def single_quoted(masked: tuple[str, ...], raw: list[str]) -> tuple[str, ...]:
    """The masked tokens with each single-quoted token (``'ledger'``, ``('refund',``: a literal of SQL or a Python
    repr) as a value ``'<*>'``."""
    out: list[str] | None = None
    for i, token in enumerate(raw):
        if "'" in token and _ONE_SQUOTED.fullmatch(token) is not None and "<*>" not in masked[i]:
            out = out if out is not None else list(masked)
            out[i] = token[: token.find("'") + 1] + WILDCARD + token[token.rindex("'") :]
    return masked if out is None else tuple(out)


_ONE_SQUOTED = re.compile(r"[(\[{]?'[^'\\\s]+'[)\]},;:.]*")  # 'ledger', ('refund',
_ONE_QUOTED = re.compile(r'[(\[{]?"[^"\\]+"[)\]},;:.]*')  # "api.example.com", ("x"),
_PLAIN = re.compile(r"[A-Za-z][A-Za-z_.-]*:?")


def _worded(span: tuple[str, ...]) -> bool:
    """Whether half the tokens of a quoted span or more are plain words: a sentence with values in it (a klog
    message), whose words are the template, not one value."""
    words = sum(1 for t in span if "<" not in t and _WORD.fullmatch(t.strip(EDGE)) is not None)
    return 2 * words >= len(span)


def _quotes(token: str) -> int:
    """Double quotes in a token that are not escaped (klog writes ``\\"`` inside a quoted value)."""
    return token.count('"') - token.count('\\"')


def _value_slot(cluster: _Cluster, position: int, token: str, mode: int = 3) -> bool:
    """Whether an open position holds the value of a key (``mode``, ``TemplateMiner.key_values``: 1, its tokens
    share a key and ``token`` quotes its value, ``probeType="Readiness"``; 2, the constant token before it is a
    key, ``server: api.example.com,``, ``reason: overflow``; 3, either). Such a value is a parameter even when it
    takes few distinct values (hosts, states, providers), unlike a word of the text. An unquoted ``user=root`` is
    left to ``max_constants``: Loghub's Linux labels ``user=root`` and ``user=guest`` as two templates."""
    key = cluster.keys.get(position)
    if mode & 1 and key is not None and token[len(key) : len(key) + 1] in ('"', "'") and key not in _MESSAGE_KEY:
        return True  # (a message key's quoted value is the message: its words are the statement's)
    if not mode & 2:
        return False
    # a first token 'agent:' / 'serf:' names the component, not a key: the word after it starts the statement
    before = cluster.tokens[position - 1] if position > 1 else ""
    return before[-1:] in (":", "=") and _KEY.fullmatch(before) is not None


def _other_keys(a: str, b: str) -> bool:
    """Two ``key=value`` tokens with different keys at one position (``message-id=<...>`` / ``client=...``): other
    fields, so other statements."""
    if "=" not in a or "=" not in b:
        return False
    ka, kb = _KEY_AT.match(a), _KEY_AT.match(b)
    return ka is not None and kb is not None and ka.group() != kb.group() and ka.group()[-1] == "="


def _typed_key_value(cluster: _Cluster, position: int, word: str, seen: set[str]) -> bool:
    """Whether a key's open position took a typed value and a word (``user_id=<NUM>`` / ``user_id=anonymous``,
    ``key=product:<NUM>:v3`` / ``...:v2``): a key that takes numbers or ids takes values, its words are sentinel
    values (``anonymous``, ``none``), not another statement."""
    return position in cluster.keys and ("<" in word or any("<" in old for old in seen))


def _keep_key(cluster: _Cluster, position: int, tokens: tuple[str, ...]) -> None:
    """A position opened on tokens that all start with the same key (``rhost=``, ``user=``): the template keeps
    the key (``rhost=<*>``), so lines with other keys there stay apart."""
    keys = {m.group() if (m := _KEY_AT.match(t)) else "" for t in tokens}
    if len(keys) == 1 and "" not in keys:
        cluster.keys[position] = keys.pop()
    else:
        cluster.keys.pop(position, None)


def params_of(template: list[str], raw: list[str], masked: list[Masked]) -> list[LogParam]:
    """The message's parameters: its tokens at the template's ``<*>`` (kind of the token, else ``word``) and the
    typed parts at its placeholders (``attempt=<NUM>`` gives the number)."""
    return [LogParam(kind=kind, value=value) for kind, value in param_values(template, raw, masked)]


def param_values(template: list[str], raw: list[str], masked: list[Masked]) -> list[tuple[ParamKind, str]]:
    """(kind, value) of each parameter: ``params_of`` without building models."""
    return values_at(param_slots(template), raw, masked) if len(template) == len(raw) else []


def param_slots(template: list[str]) -> list[tuple[int, int]]:
    """(position, length of the key before ``<*>`` or -1) of the template's variable positions: ``<*>``,
    ``key=<*>`` and tokens holding a typed placeholder."""
    return [
        (i, len(t) - 3 if t.endswith(WILDCARD) else -1)
        for i, t in enumerate(template)
        if t.endswith(WILDCARD) or ("<" in t and ">" in t)
    ]


def values_at(
    slots: list[tuple[int, int]], raw: list[str], masked: list[Masked] | dict[int, Masked]
) -> list[tuple[ParamKind, str]]:
    """(kind, value) of the parameters at ``slots``; ``masked[i]`` is the masked form of ``raw[i]`` (needed at the
    slots' positions only)."""
    found: list[tuple[ParamKind, str]] = []
    for i, cut in slots:
        if i >= len(raw):
            break
        _value(found, cut, raw[i], masked[i][1:])
    return found


def _value(found: list[tuple[ParamKind, str]], cut: int, token: str, typed: Parts) -> None:
    """Append the parameters of one token at a slot: after a key (``cut``: its length) the rest of the token,
    typed when it is one variable (else ``word``); otherwise the token's typed parts (``typed``: the kind of its
    first variable part and its typed parts, as ``mask_token`` gives them)."""
    kind, parts = typed
    if cut >= 0:
        token = token[cut:]
        found.append((kind if kind is not None and len(parts) == 1 else "word", token.strip(EDGE) or token))
    elif parts:
        found.extend(parts)
