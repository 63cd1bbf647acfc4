"""Readings of a request that its words make certain, applied after the learned models (p-plan8).

The tagger and the classifier learn from template fills; these rules cover what the templates state too rarely
for them to learn, each a pattern of the language, not of one request:

- a general question ("what is a canary release?", "what does PSI mean?", "explain ...") is out of scope and
  names nothing in the system (docs/planner.md, annotation rules);
- a time is the ``since`` slot only when a word before it says it is when something started (since, seit,
  depuis, desde, at, around, from, "in the last ..."): "we rolled ranker back on Monday" states no start;
- the name of one of the system's services said of as a running service ("Orders has been throwing timeouts",
  "the checkout incident") is the ``service`` when the tagger found none;
- a signal named right after a service ("cart memory usage") is the ``metric`` when the tagger found none;
- "production" in German or Spanish (``Produktion``, ``producción``) is the environment, as its English form is,
  except in "put into production" (``poner/mettre en producción``), which is the release itself;
- in an approval query, a name that ends the request after "for" (pour, für, para, "attendent", "pendientes")
  is the person it is about ("quelles approbations attendent Léa ?");
- in a rollback, the version after "to" (auf, à, a, zu) is where it goes (``target``), the other the version
  rolled back from ("setz recsys auf v5 zurück, v6 ist kaputt": target v5, version v6).
"""

from __future__ import annotations

import re

from genaiops.agents.planner.lexicon import edit_distance_one, typo_of

__all__ = [
    "NO_PERSON",
    "SERVICE_WORDS",
    "environment_named",
    "kinds_said",
    "service_by_suffix",
    "foreign_metric",
    "general_question",
    "kebab_name",
    "known_service",
    "latency_metric",
    "metric_after_service",
    "names_by_neighbours",
    "production_environment",
    "requester_at_end",
    "rollback_target",
    "rollback_target_in_passing",
    "states_a_start",
]

_GENERAL = re.compile(
    r"^\W*(?:what(?: is|'s) an? |what does .+ mean|explain |what(?: is|'s) the difference"
    r"|was ist (?:eigentlich |denn |genau )?eine? |was bedeutet"
    r"|qu'est-ce qu|que veut dire|que signifie|qu[eé] es (?:una?|el|la|los|las) |qu[eé] significa"
    r"|explique(?:z|-moi|-nous)? |expl[ií]ca(?:me|nos)? |erkl[aä]r(?:e|en sie)? (?:mir |uns )?)",
    re.IGNORECASE,
)


_WRITING = re.compile(
    r"^\W*(?:(?:please|pls|can you|could you|bitte|kannst du|peux-tu|puedes)\s+)?(?:write|compose|tell|make up"
    r"|schreib\w*|erz[aä]hl\w*|[ée]cri[st]\w*|raconte\w*|escr[ií]be\w*|cu[eé]nta\w*)\b[^.?!]*?"
    r"\b(?:poem|haiku|limerick|song|joke|story|sonnet|gedicht|witz|lied|geschichte|po[eè]me|blague|chanson"
    r"|histoire|poema|chiste|canci[oó]n|cuento)",
    re.IGNORECASE,
)
"""A piece of writing asked for ("write a limerick about model drift", "escríbeme un poema sobre la latencia"):
an errand outside the desk whatever its topic (docs/planner.md, annotation rules)."""


def general_question(text: str) -> bool:
    """True for a question about what something is or means, or a piece of writing asked for: the desk does
    neither, and such a request names nothing in the system."""
    return bool(_GENERAL.search(text) or _WRITING.search(text))


_START_WORDS = frozenset({
    "since", "seit", "depuis", "desde", "at", "around", "from", "started", "starting", "began", "ab", "um", "vers",
    "about", "roughly", "ever",
})  # fmt: skip
_SLIPPED = ("since", "around", "started", "starting", "depuis", "desde")
"""Start words long enough to be recognised with a typing slip ("sicne", "arond")."""
_SPAN_WORDS = frozenset({"the", "in", "for", "over", "within", "den", "les", "las", "los"})
_SPAN_START = re.compile(r"(?:last|past|letzten|derni|ultim|últim)", re.IGNORECASE)


def states_a_start(words: list[str], i: int) -> bool:
    """True when the words before the time at ``words[i]`` say it is when something started: a start word (or a
    one-letter slip of "since": "sicne", "snice") among the two before it, or "the/in/for" before "last/past ..."."""
    before = [w.lower() for w in words[max(0, i - 2) : i]]
    if any(w in _START_WORDS or any(_slip(w, start) for start in _SLIPPED) for w in before):
        return True
    return bool(before) and before[-1] in _SPAN_WORDS and bool(_SPAN_START.match(words[i]))


def _slip(word: str, known: str) -> bool:
    return word[:1] == known[0] and edit_distance_one(word, known)


SERVICE_WORDS = frozenset({
    "service", "svc", "api", "pods", "pod", "deployment", "cluster", "backend", "endpoint", "is", "looks", "has",
    "seems", "keeps", "shows", "went", "was", "isn't", "p99", "p95", "p50", "latency", "errors", "error", "5xx",
    "cpu", "memory", "timeouts", "dienst", "hat", "ist",
})  # fmt: skip
"""Words right after a name that say it is a running service ("payments looks unhealthy", "the cart service",
"checkout p99"): of two names the tagger reads as the service, the one said of as a service wins ("customers
can't complete orders; payments looks unhealthy": payments)."""
SAID_OF_A_SERVICE = SERVICE_WORDS | {"incident", "outage"}
"""The same words, and an incident or outage named after the service ("the checkout incident")."""


LOOKED_AT = (
    "service",
    "svc",
    "incident on",
    "outage on",
    "look at",
    "looking at",
    "looks at",
    "investigate",
    "investigating",
    "dig into",
    "check on",
)
"""Words before a service name that say it is the running service (the object of an investigation)."""


def known_service(words: list[str], folded: list[str], known: dict[str, str], taken: set[str]) -> str | None:
    """The first of the system's service names in the request said of as a service (the word after it is one of
    ``SAID_OF_A_SERVICE``, or the word before it is service/svc or "incident on"), not already another slot's value.
    A name with a typing slip counts ("chekout p99 is high"): the slot keeps the text as written, and the plan's
    notes ask "did you mean checkout?" (``fill``) rather than the request losing its service."""
    services = [name for name, slot in known.items() if slot == "service" and len(name) >= _SLIP_LENGTH]
    for i, low in enumerate(folded):
        if words[i] in taken or known.get(low) != "service" and not _slip_of_one(low, services):
            continue
        after = folded[i + 1] if i + 1 < len(folded) else ""
        before = " ".join(folded[max(0, i - 2) : i])
        if after in SAID_OF_A_SERVICE or before.endswith(LOOKED_AT):
            return words[i]
    return None


_SLIP_LENGTH = 5
"""Known service names this long or longer are recognised with a typing slip ("chekout", "paymetns")."""


def _slip_of_one(word: str, names: list[str]) -> bool:
    """Whether ``word`` (not itself a known name) is a typing slip of one of ``names`` (``lexicon.typo_of``)."""
    return len(word) >= _SLIP_LENGTH and word.isalpha() and any(typo_of(word, name) for name in names)


_METRIC_AFTER = re.compile(
    r"(?:'s)?\s+(p\d\d(?: latency)?|latency|error rate|5xx rate|memory usage|cpu|timeouts)\b", re.IGNORECASE
)


def metric_after_service(text: str, toks: list[tuple[str, int, int]], known: dict[str, str]) -> str | None:
    """A signal named right after one of the system's services ("create a dashboard for cart memory usage",
    "the checkout latency issue"): the metric, as the text writes it."""
    for word, _, end in toks:
        if known.get(word.lower()) == "service" and (m := _METRIC_AFTER.match(text, end)):
            return m.group(1)
    return None


def foreign_metric(text: str) -> str | None:
    """A latency or error rate named in German, French or Spanish ("hohe Latenz", "le taux d'erreur"), which the
    tagger, trained mostly on English metric names, leaves out. The caller asks only when the request names a
    service: "un poema sobre la latencia" names no signal of the system."""
    m = _FOREIGN_METRIC.search(text)
    return m.group(1) if m else None


_FOREIGN_METRIC = re.compile(
    r"(?<![\w-])((?:latenz|latence|latencia)(?: p\d\d)?|fehlerrate|fehlerquote|taux d'erreurs?|tasa de errore?s?"
    r"|memoria|m[ée]moire|speicherverbrauch|queue depth|queue lag)"
    r"(?![\w-])",
    re.IGNORECASE,
)
_LATENCY_BEFORE = re.compile(r"(?:latency|latence|latencia|latenz)\s+$", re.IGNORECASE)


def latency_metric(text: str, metric: str) -> str:
    """A percentile metric with its latency word before it ("latence p99", "latencia p95") as the text writes it:
    in French and Spanish the word comes first, and the tagger, which learned "p99 latency", takes only "p99"."""
    start = text.find(metric)
    m = _LATENCY_BEFORE.search(text[:start]) if re.fullmatch(r"p\d\d", metric) and start > 0 else None
    return text[m.start() : start + len(metric)] if m else metric


_PRODUCTION = re.compile(r"(?<![\w-])(Produktion|producci[oó]n)(?![\w-])", re.IGNORECASE)
_PUT_INTO = re.compile(r"\b(?:poner|mettre|passer|pasar|mise|puesta)\b[^;!?\n]*\ben\s*$", re.IGNORECASE)


def production_environment(text: str) -> str | None:
    """``Produktion`` / ``producción`` as the text writes it, unless it is "put into production"."""
    m = _PRODUCTION.search(text)
    if m is None or _PUT_INTO.search(text[: m.start()]):
        return None
    return m.group(1)


_TO = re.compile(
    r"(?:\bto|\bauf|\bzu|à|\ba|\bon|\bvers)\s+(?:(?:the|la|le|el|die|version|versi[oó]n)\s+)?$", re.IGNORECASE
)


def rollback_target(text: str, version: str) -> bool:
    """True when ``version`` (a version in ``text``) is said as where a rollback goes: "to v3", "auf v5",
    "à la v2", "a la v4", "back on v2"."""
    start = text.find(version)
    return start >= 0 and bool(_TO.search(text[:start]) or _RESTORE.search(text[:start]))


_RESTORE = re.compile(
    r"\b(?:restor|restaur|remet)\w*(?:\s+[\w.-]+)?\s+(?:(?:the|la|le|el|version|versi[oó]n)\s+)?$", re.IGNORECASE
)
"""A version restored is where the rollback goes ("restore demand-forecast v4", "remets recsys en version 1.4.2"),
as against "revert X v5", which undoes v5."""


_IDENTIFIER = re.compile(
    r"(?<![\w.#/@=-])([A-Za-z][A-Za-z0-9]*(?:[-_.][A-Za-z0-9]+)+|[a-z]+[A-Z][A-Za-z0-9]*|[A-Z][a-z0-9]+[A-Z][A-Za-z0-9]*)"
    r"(?![\w@/=-]|\.\w)"
)
"""A name written as an identifier (``churn-model``, ``summarize_ticket``, ``events-q4``, ``notifier.fr``,
``scoreCredit``, ``ImageCaptioner``): joined with hyphens, underscores or dots, or camelCase / PascalCase
(operators name things ``bestellService``, ``modeloChurn``), not part of a path, an address, a channel
(``#ml-alerts``) or a ``key=value`` pair."""


def _ending_in(*kinds: tuple[str, str]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Per slot, its words as a pattern that matches where they end the text before a name (an article between
    allowed)."""
    return tuple(
        (slot, re.compile(rf"(?:{words})\s+(?:(?:the|le|la|el|die|der|das)\s+)?$", re.IGNORECASE))
        for slot, words in kinds
    )


_KIND_BEFORE = _ending_in(
    (
        "prompt",
        r"\bprompts?(?: (?:for|of|called|named))?|\b(?:evaluation|eval|release|answers|outputs|replies) (?:of|for)"
        r"|\beval(?:uate|ute|aute)?"
        r"|\b[ée]valuation de|\bevaluaci[oó]n de|\bevaluierung von|\brelease de|\bprompt de",
    ),
    (
        "model",
        r"\bmodel|\bmodell|\bmod[eè]le|\bmodelo|\bretrain(?:ing|ed)?(?: of)?|\brolled back|\broll back"
        r"|\brollback of|\bdrift (?:check|report|dashboard|alerts) (?:on|for)|\br[ée]entra[iî]nement de"
        r"|\breentrenamiento de|\bretraining (?:de|von)|\brollback (?:von|de|del|f[uü]r)|\brevierte"
        r"|\btrainiere|\btrainiert|\breentren\w*|\br[ée]entra[iî]ne[zr]?|\brollback|\brevert|\bdowngrade|\bregres[ae]\w*"
        r"|\bdriftet|\brollback al?",
    ),
    ("feature", r"\bfeature|\bdrift (?:on|in)|\bdrifted on|\bd[ée]rive (?:de|sur)|\bderiva (?:de|en)"),
    (
        "dataset",
        r"\bdataset|\bdata set|\bdatensatz|\bjeu(?: de donn[ée]es)?|\bconjunto de datos|\bbackfill(?:ing)?"
        r"|\bbackfill of|\b(?:reentren|retrain|r[ée]entra[iî]n|trainier)\w* \S+ (?:con|with|on|using|mit|sur|avec)",
    ),
    (
        "service",
        r"\bservice|\bsvc|\bdienst|\bservicio|\b(?:latency|latence|latencia|latenz|error rate|errors|erreurs"
        r"|errores|fehlerrate|taux d'erreurs?|tasa de errores?) (?:of|on|for|de|du|del|von|bei)"
        r"|\binvestigate|\blook(?:ing)? at|\bdig into|\b(?:incident|outage) (?:on|for|of)"
        r"|\ble pasa a|\bpasa con|\bincidente (?:en|de)|\bincident (?:sur|de)|\bvorfall (?:bei|in)"
        r"|\bst[oö]rung (?:bei|in)|\bprobl[eè]me (?:sur|avec)|\bproblema (?:en|con)|\bpods?(?: de| of| von| du)?"
        r"|\b(?:restart|reboot|scale|red[ée]marr\w*|reinici\w*|skalier\w*|escal[ae]|neustart\w*)",
    ),
)
"""Words just before an identifier that say what kind of thing it names ("the release of summarize_ticket", "the
drift check on churn-model", "drift on device_type", "backfilling events-q4", "die Latenz von bestellService",
"le service notifier.fr")."""
_KIND_BEFORE_WEAK = _ending_in(
    (
        "prompt",
        r"\b(?:sorties|r[ée]ponses) de|\b(?:salidas|respuestas) de|\b(?:ausgaben|antworten) (?:von|der)"
        r"|\b(?:outputs|responses|answers) from|\bresponses of|\bsafety (?:review|scan|check) (?:of|on|for)"
        r"|\brevue de s[ée]curit[ée] (?:de|du)|\brevisi[oó]n de seguridad de"
        r"|\bsicherheitspr[uü]fung (?:von|der|f[uü]r)|\bcontenido de|\bcontenu (?:de|du)|\binhalte? von",
    ),
    ("model", r"\bv\d+ (?:de|of|von|del)"),
)
"""Words before a name that say its kind less surely than the word after it does ("the outputs of X", "la v6 de X";
"a safety review of the X model" is of a model): read after ``_KIND_AFTER``."""
_KIND_AFTER: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (slot, re.compile(rf"^\s+(?:{words})\b", re.IGNORECASE))
    for slot, words in (
        ("prompt", r"prompt|evaluation|eval|release"),
        ("feature", r"drift(?:s|ed)?|ha cambiado|has (?:changed|shifted)"),
        (
            "model",
            r"model|modell|retrain(?:ing)?|refresh|rollback|(?:needs?|requires) (?:a |to be )?retrain\w*"
            r"|(?:(?:mit|auf) \S+ )?neu trainier\w*|necesita (?:un )?reentren\w*"
            r"|(?:muss|soll|sollte) neu|auf v?\d[\w.]* zur[uü]ck|zur[uü]ckgesetzt|zur[uü]ckrollen",
        ),
        ("scenario", r"scenario|szenario|sc[ée]nario|escenario"),
        ("dataset", r"backfill|dataset|datensatz|data(?![\w-])"),
        ("service", r"(?:p\d\d|latency|error rate|errors|5xx|cpu|memory|timeouts|service|svc|pods?)(?![\w-])"),
    )
)
"""Words just after an identifier that say its kind ("the summarize_ticket evaluation", "the ranker-v2 model",
"orderRouter p99", "the ledger.sync error rate")."""


def names_by_neighbours(text: str, slots: dict[str, str], plain: frozenset[str] = frozenset()) -> dict[str, str]:
    """Names the tagger left out, read from the words next to them: an identifier-like name (joined with hyphens or
    underscores) right after or before a word of a slot kind ("the release of summarize_ticket") is that slot,
    when the request has no value of that slot and the name is no other slot's value. The tagger learned the names
    of its training fills; an operator's request names things it never saw, mostly in the context clauses of
    verbose requests. A plain word (none of ``plain``, the words training uses only as words) is the ``model`` in
    the places only a model takes ("the drift report for recsys", "last month's ranker rollback"), or the
    ``service`` in "the X service"."""
    out = dict(slots)
    taken = " ".join(out.values())
    for m in _IDENTIFIER.finditer(text):
        name = m.group(1)
        if name in taken or re.fullmatch(r"(?:run|ap)-.*|.*\d+-\d+-\d+.*|v?\d+(?:\.\d+)*", name):
            continue
        before, after = text[: m.start()], text[m.end() :]
        kind = next((slot for slot, pattern in _KIND_BEFORE if pattern.search(before)), None)
        kind = kind or next((slot for slot, pattern in _KIND_AFTER if pattern.match(after)), None)
        kind = kind or next((slot for slot, pattern in _KIND_BEFORE_WEAK if pattern.search(before)), None)
        if kind and kind not in out:
            out[kind] = name
            taken += " " + name
    for slot, place in (("model", _MODEL_PLACE), ("service", _SERVICE_PLACE)):
        if slot in out:  # a plain word in the places only a model takes ("the drift report for recsys")
            continue
        for m in place.finditer(text):
            name = next(g for g in m.groups() if g)
            if name not in taken and name.lower() not in plain | _DETERMINERS:
                out[slot] = name
                taken += " " + name
                break
    return out


_KIND_SAID = (
    ("feature", re.compile(r"\b(?:feature|variable|merkmal|caract[ée]ristique|columna|spalte)\s+$", re.IGNORECASE)),
    ("dataset", re.compile(r"\b(?:dataset|datensatz|jeu(?: de donn[ée]es)?)\s+$", re.IGNORECASE)),
)
"""Words that name a slot's kind right before a name ("la variable dias_cliente", "beim Merkmal wohnort_plz", "el
dataset correos_nov"): the name is of that kind whatever the tagger called it."""


def kinds_said(text: str, slots: dict[str, str]) -> dict[str, str]:
    """A name slot whose value comes right after a word naming another slot kind ("feature", "Merkmal",
    "dataset") moves to that kind when the request has none of it."""
    out = dict(slots)
    for slot, value in slots.items():
        start = text.find(value)
        for kind, pattern in _KIND_SAID:
            if kind != slot and kind not in out and start > 0 and pattern.search(text[:start]):
                out[kind] = out.pop(slot)
                break
    return out


_ENV_AFTER = re.compile(
    r"\b(?:in|en|to|on|auf|nach|sur|a|zu|f[uü]r|into|para|dans)\s+(prod|production|staging|canary)(?![\w-])",
    re.IGNORECASE,
)


def environment_named(text: str) -> str | None:
    """An environment named after a preposition ("publica la v3 en prod", "in staging"), unless it is "put into
    production" (the release itself)."""
    m = _ENV_AFTER.search(text)
    if m is None or _PUT_INTO.search(text[: m.start(1)]):
        return None
    return m.group(1)


_SERVICE_SUFFIX = re.compile(
    r"(?<![\w.#/@=-])([a-z][a-z0-9]*(?:-[a-z0-9]+)*-(?:api|svc|gateway|gw|service|core|proxy|sync|worker))(?![\w@/=-])"
)
"""A name ending as services are named (``suche-api``, ``pagos-gateway``, ``caddie-svc``)."""


def service_by_suffix(text: str, taken: set[str]) -> str | None:
    """The first name in the request ending in -api, -svc, -gateway or -service that is no other slot's value."""
    for m in _SERVICE_SUFFIX.finditer(text):
        if not any(m.group(1) in value for value in taken):
            return m.group(1)
    return None


_KEBAB = re.compile(r"(?<![\w.#/@=-])([a-z][a-z0-9]*(?:-[a-z0-9]+)+)(?![\w@/=-]|\.\w)")


def kebab_name(text: str, taken: set[str]) -> str | None:
    """The first kebab-case name (``riesgo-pyme``) that is no other slot's value, no id and no version: in a drift
    check or a retrain that names no model, it is the model (features and datasets are written with ``_``)."""
    for m in _KEBAB.finditer(text):
        name = m.group(1)
        if not any(name in value for value in taken) and not re.fullmatch(r"(?:run|ap)-.*|.*\d+-\d+-\d+.*", name):
            return name
    return None


_MODEL_PLACE = re.compile(
    r"\bdrift (?:check|report|dashboard|alerts?) (?:on|for) (\w[\w-]*)"
    r"|\b(\w[\w-]*)(?:'s)? (?:rollback|retrain(?:ing)?)(?![\w-])|\b(?:retrain(?:ing)?|rollback) of (\w[\w-]*)"
    r"|\b(?:rollback|roll back|revert|downgrade) (\w[\w-]*) (?:to|from) v?\d"
    r"|\b(?:retraining|rollback) (?:von|de|del) (\w[\w-]*)"
    r"|\b(?:undo|revert|roll back) (?:the )?(?:last |latest )?deploy(?:ment)? of (\w[\w-]*)"
    r"|\b(\w[\w-]*)(?: (?:in|von|auf|mit) \S+)? (?:auf v?\d[\w.]* zur[uü]ck|neu (?:zu )?trainier\w*)",
    re.IGNORECASE,
)
"""Places only a model takes: "the drift report for X", "X's rollback", "the retraining of X", "revert X to v2"."""
_SERVICE_PLACE = re.compile(
    r"\b(?:the|le|el) (\w[\w-]*) (?:service|svc)\b|\b(?:incidente en|incident sur|vorfall bei|st[oö]rung bei)"
    r" (\w[\w-]*)|\b(?:look(?:ing)? (?:into|at)|dig into|investigate) (\w[\w-]*) (?:p\d\d|latency|cpu|memory|errors"
    r"|error rate|timeouts|5xx)\b",
    re.IGNORECASE,
)
"""A plain word said of as a service: "the wishlist service"."""
_DETERMINERS = frozenset({
    "my", "your", "his", "her", "its", "our", "their", "this", "that", "these", "those", "last", "next", "first",
    "yesterday", "today", "tonight", "tomorrow", "another", "any", "each", "every", "no", "some",
    "haz", "hagas", "hacer", "fais", "faire", "mach", "machen", "do", "does", "did", "bitte", "please", "jemand",
})  # fmt: skip
"""Words that stand where a model's name stands ("his rollback", "yesterday's retrain") without naming one."""


_ROLLBACK_WORD = re.compile(
    r"\b(?:roll(?:ed|ing)? (?:\S+ )?back|rollback|revert(?:ed|ing)?|downgrad\w*)\b", re.IGNORECASE
)


def rollback_target_in_passing(text: str, version: str) -> bool:
    """True when ``version`` is where a rollback the request mentions went or goes ("the rollback of X to v2 went
    fine"), whatever the request asks: the annotation calls it the ``target`` in any request."""
    start = text.find(version)
    if start < 0 or not rollback_target(text, version):
        return False
    sentence = text[max(text.rfind(c, 0, start) for c in ".;!?\n") + 1 : start]
    return bool(_ROLLBACK_WORD.search(sentence))


_WAITING_ON = re.compile(
    r"(?:\bfor|\bpour|\bf[uü]r|\bpara|\battendent|\bpendientes(?: de)?|\bwaiting on|\bwartet auf|\bwarten auf"
    r"|\ben attente de|\baprobaci[oó]n de|\bapprobation de|\besperando a)\s+([^\W\d_][\w'-]*)"
    r"(?:\s+to (?:approve|sign off|review))?\s*[?.!]*\s*$"
    r"|\b(?:approvals?|sign-offs?)\s+(?:is|are|does|do)\s+([^\W\d_][\w'-]*)\s+(?:waiting|wait)",
    re.IGNORECASE,
)
_STARTED_BY = re.compile(
    r"(?:\blanz[oó]|\blanzad[ao]s? por|\bstarted by|\bkicked off by|\blaunched by|\blanc[ée]e?s?(?: par)?"
    r"|\bgestartet von|\bdid|\bhat)\s+([^\W\d_][\w'-]*)(?:\s+(?:start|kick off|launch|gestartet)\w*)?"
    r"(?:\s+(?:since|desde|depuis|seit)\s[^?.!]*)?\s*[?.!]*\s*$",
    re.IGNORECASE,
)
NO_PERSON = frozenset({
    "me", "mi", "moi", "mich", "mir", "us", "nous", "uns", "nosotros", "todos", "tous", "alle", "everyone",
    "anyone", "all", "someone", "somebody", "jemand", "alguien", "quelqu'un", "today", "heute", "hoy",
    "aujourd'hui", "now", "jetzt", "ahora", "maintenant",
})  # fmt: skip


def requester_at_end(text: str, plain: frozenset[str], runs: bool = False) -> str | None:
    """The person an approval query is about, named last after "for" / pour / für / para / "attendent" /
    "pendientes" ("Quelles approbations sont en attente pour lucie ?", "¿qué aprobaciones tiene pendientes
    Sofía?", "anything for greta to approve?"), or with ``runs`` the person who started the runs a run-status
    query asks about ("¿Qué ejecuciones lanzó mateo?", "which runs did nikhil start?"): the tagger learned the
    English places of a name and misses these. A word of ``plain`` (the words training uses only as words) or a
    pronoun is nobody."""
    m = (_STARTED_BY if runs else _WAITING_ON).search(text)
    if m is None:
        return None
    name = next(g for g in m.groups() if g)
    return None if name.lower() in NO_PERSON or name.lower() in plain else name
