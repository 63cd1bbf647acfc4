"""The offline planner's model: features, the intent classifier and the slot tagger, read from shipped JSON.

- Intent: multinomial logistic regression over word 1-2-grams and character 3-5-grams of each word (robust to
  typos and to German/French/Spanish inflections); weights per feature in ``data/model.json``.
- Slots: a greedy left-to-right tagger (BIO labels over regex tokens) with averaged-perceptron weights over the
  word, its shape, its neighbours, the previous label and the predicted intent. A slot's value is the request's
  text from its first token's start to its last token's end, so it is always a verbatim substring.

Pure Python and JSON (nothing unpickled); ``python -m genaiops.agents.planner.train`` rebuilds the file.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Any

from genaiops.agents.planner.lexicon import Lexicon
from genaiops.agents.planner.readings import (
    NO_PERSON,
    SERVICE_WORDS,
    environment_named,
    foreign_metric,
    general_question,
    kinds_said,
    known_service,
    latency_metric,
    metric_after_service,
    names_by_neighbours,
    production_environment,
    requester_at_end,
    rollback_target,
    rollback_target_in_passing,
    service_by_suffix,
    states_a_start,
)

__all__ = ["MODEL_FILE", "Model", "intent_features", "load_model", "prepare", "tag_features", "tokens"]

MODEL_FILE = Path(__file__).with_name("data") / "model.json"
_TOKEN = re.compile(r"\w[\w.\-:/]*\w|\w|[^\w\s]")
_WORD = re.compile(r"\w+")


def tokens(text: str) -> list[tuple[str, int, int]]:
    """``(token, start, end)`` of each token: identifiers such as ``run-2026...``, ``2.1.0``, ``eu-west-1`` stay
    whole; punctuation stands alone (``=`` of ``key=value`` splits key from value)."""
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def _fold(word: str) -> str:
    """Lower case without accents (``réentraîne`` -> ``reentraine``): typed with or without them alike."""
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))


CUES: dict[str, tuple[str, ...]] = {
    "rollback": ("roll back", "roll it back", "rollback", "revert", "undo", "downgrade", "go back", "put back",
                 "back to", "previous version", "zuruck", "annul", "reviens", "revenir", "revierte", "deshacer",
                 "restaur", "remet", "revenez"),
    "retrain": ("retrain", "re-train", "train", "refresh", "fresh", "trainier", "reentrain", "reentren", "entrena",
                "relancer l'entrainement", "relance l'entrainement"),
    "drift": ("drift", "derive", "deriva", "distribution", "shift", "changed"),
    "release": ("release", "publish", "ship", "go live", "live", "roll out", "freigeb", "veroffentlich", "publie",
                "en production", "publica", "lanzar", "lanza", "en ligne", "out to prod", "out to staging", "saca"),
    "evaluate": ("evaluat", "eval", "score", "compare", "benchmark", "better than", "hallucinat", "regress",
                 "bewert", "besser", "evalue", "meilleur", "evalua", "mejor", "versus", " vs", "against", "suite",
                 "puntu", "vergleich", "frente a", "compar", "gegenuber"),
    "safety": ("safety", "safe", "pii", "toxic", "personal data", "moderat", "leak", "unsafe", "personenbezogen",
               "unbedenklich", "securite", "personnelles", "seguridad", "toxico", "review", "sicherheit",
               "inhaltssicherheit", "datos personales", "sicher sind", "sicher ist", "anstoßig", "anstossig"),
    "incident": ("slow", "down", "error", "latency", "p99", "p95", "timeout", "timing out", "investigate", "broke",
                 "unhealthy", "flaky", "degraded", "outage", "503", "diagnos",
                 "root cause", "root-cause", "paged", "5xx", "500s", "langsam", "fehler", "untersuche", "lent",
                 "erreurs", "analyse", "lento", "errores", "investiga", "wrong with", "ursache", "la cause",
                 "la causa", "incident", "vorfall", "latence de", "latencia de", "latenz von", "latenz bei", "enquet",
                 "investigu", "untersuch", "lenta", "le pasa"),
    "approval": ("approv", "sign off", "sign-off", "waiting for", "pending", "inbox", "freigabe", "approbation",
                 "aprobacion", "gated", "freigab", "genehmig", "aprobad", "approuv"),
    "ops": ("restart", "reboot", "redeploy", "scale", "provision", "rotate", "upgrade", "install", "migrate",
            "replica", "quota", "access", "cron", "backup", "back up", "dns", "firewall", "certificate",
            "on-call", "on call", "redemarr", "reinicia", "maintenance", "neustart", "zugriff", "berechtigung",
            "acces", "acceso", "permiso", "certific", "replik", "dashboard", "grafana", "ssh", "vpn", "disk",
            "autoscal", "postmortem", "log level", "ticket"),
    "status": ("status", "run ", "runs", "fail", "finish", "stuck", "running", "estado", "etat",
               "fehlgeschlagen", "fallo", "echoue", "happened", "run-", "ejecucion", "execution"),
}  # fmt: skip
"""Cue words per kind of request (accent-folded; matched as prefixes of words), English, German, French and
Spanish: features the classifier weighs, so a phrasing it was not trained on still lands near its intent."""
CUE_STEMS = tuple(sorted({cue for cues in CUES.values() for cue in cues if cue.isalpha() and cue.isascii()}))
"""Single-word cues: the typo-tolerant lexicon also reads a word whose head is one slip from one of them as it."""
_NEGATION = re.compile(
    r"\b(?:don ?'?t|do not|won ?'?t|will not|not|no need|no more|hold off|never|nicht|kein|pas|no|ne|n'|skip|forget"
    r"|postpone|rather than|instead of|wait with|hold (?:the|on)|sin|ohne|olvida|vergiss|oublie|antes de)\b"
)
_BOUNDARY = re.compile(
    r"[,;.:!?]|\s[-\u2013\u2014]\s|\b(?:first|before|but|instead|only|until|whether|just|erst|zuerst|d'abord|primero)\b"
)
"""Where a negated clause ends: punctuation, a dash between words ("not a rollback - check ..."), or a word that
turns to what is wanted."""
_POSTPONING = re.compile(r"skip|forget|postpone|hold|wait|olvida|vergiss|oublie")
"""Negations that put one action off as an imperative of their own: "skip the evaluation and release X" asks for
the release, so their clause also ends at "and" (a "don't X and Y" may negate both)."""


_CUE_PATTERNS = {
    kind: re.compile(r"(?<!\w)(?:" + "|".join(re.escape(c.strip()) for c in cues) + ")") for kind, cues in CUES.items()
}
_CUE_PATTERNS["ops"] = re.compile(_CUE_PATTERNS["ops"].pattern + r"|(?<!\w)start(?:e|et|en)?(?:\s+\S+){0,6}?\s+neu\b")
"""German restarts with the separable verb too: "startet bitte die Kafka-Broker in staging neu"."""
_CUE_PATTERNS["release"] = re.compile(_CUE_PATTERNS["release"].pattern + r"|(?<!\w)gib(?:t)?(?:\s+\S+){0,6}?\s+frei\b")
"""German releases with the separable verb: "gib summary_de v9 für staging frei"."""
_CUE_PATTERNS["rollback"] = re.compile(_CUE_PATTERNS["rollback"].pattern + r"|(?<!\w)roll(?:ed|ing)? \S+ back\b")
"""A rollback with its object inside the verb: "roll leadgen-clf back from v8 to v7"."""


def cue_features(folded: str) -> dict[str, float]:
    """``cue=KIND`` for each kind of cue in the text, ``neg=KIND`` for those inside a negated clause ("don't
    roll back yet, first check drift": neg=rollback, cue=drift)."""
    negated = _negated_spans(folded)
    done = _result_spans(folded)
    feats: dict[str, float] = {}
    placed: list[tuple[int, str]] = []
    for kind, pattern in _CUE_PATTERNS.items():
        for m in pattern.finditer(folded):
            if any(a <= m.start() < b for a, b in negated):
                feats[f"neg={kind}"] = 1.0
            elif any(a <= m.start() < b for a, b in done):
                feats[f"done={kind}"] = 1.0
            else:
                feats[f"cue={kind}"] = 1.0
                placed.append((m.start(), kind))
    for slot, kind in (("approval_id", "approval"), ("run_id", "status")):  # an id's form says what it is
        if RULES[slot].search(folded):
            feats[f"id={kind}"] = 1.0
    if placed:  # a request often states its context first and its ask last ("..., please start the release")
        placed.sort()
        feats[f"firstcue={placed[0][1]}"] = feats[f"lastcue={placed[-1][1]}"] = 1.0
        asks = _ask_spans(folded)
        for start, kind in placed:
            if any(a <= start < b for a, b in asks):
                feats[f"askcue={kind}"] = 1.0
    return feats


_RESULT = (
    r"(?:is|was|has been|got|been) confirmed|confirmed|got through|went through|passed|signed off|approved"
    r"|ist bestatigt|bestanden|est confirmee?|a reussi|esta confirmad[oa]"
    r"|came back|(?:is|are) (?:done|resolved|closed|over)|(?:was|were|has been) investigated|went (?:fine|well)"
    r"|ist (?:durch|erledigt)|est terminee?|esta terminad[oa]"
    r"|(?:we|i|they) (?:already )?(?:investigated|retrained|rolled back|reverted|released|evaluated|finished|shipped"
    r"|ran|fixed|checked|completed)"
    r"|(?:is|are|was|were) (?:clean|green|stable|archived)"
)
_CLAUSE_WITH_RESULT = re.compile(rf"[^,;.:!?]*\b(?:{_RESULT})\b[^,;.:!?]*")
"""A clause that states a result ("the drift on X is confirmed", "v3 got through the evaluation", "Legal approved
the wording"): its cues are what already happened (``done=KIND``), not what is asked. The spans are found by
``_result_spans``; this pattern is what they equal (``tests/agents/test_planner_rules.py``)."""
_PART = re.compile(r"[^,;.:!?]+")
_RESULT_WORDS = re.compile(rf"\b(?:{_RESULT})\b")


def _result_spans(folded: str) -> list[tuple[int, int]]:
    """The spans of ``_CLAUSE_WITH_RESULT``'s matches, in linear time: each run between punctuation that holds a
    result. The pattern itself backtracks over a whole run from every position in it (4 s of CPU for a
    4,000-character request without punctuation)."""
    return [(m.start(), m.end()) for m in _PART.finditer(folded) if _RESULT_WORDS.search(folded, m.start(), m.end())]


_CLAUSE = re.compile(r"[^.;!?]+[.;!?]*|[.;!?]+")
_ASK = re.compile(
    r"\b(?:please|pls|plz|kindly|can you|could you|would you|can the|could the|can someone|could someone|can we"
    r"|could we|need(?:s)? (?:you|the|a|an|to)|want(?:s)? (?:you|the|a|an|to)|i'?d like|let'?s|go ahead|make sure"
    r"|bitte|konnt ihr|kannst du|konnen sie|konntet ihr|pouvez|peux-tu|peux tu|merci de|por favor|puedes|podeis"
    r"|podrias|podrian|pueden)\b"
)
"""Words that mark the clause that asks for something ("... Please start the release", "can you ...")."""


def _ask_spans(folded: str) -> list[tuple[int, int]]:
    """The clauses (split at . ; ! ?) that ask: they hold an asking word or end with a question mark. A verbose
    request states its context in other clauses; the cues of the asking clause say what is wanted
    (``askcue=KIND``). A request with no such clause has none."""
    spans = []
    for m in _CLAUSE.finditer(folded):
        clause = m.group()
        if clause.rstrip().endswith("?") or _ASK.search(clause):
            spans.append((m.start(), m.end()))
    return spans


INTENT_OF_CUE = {
    "rollback": "model_rollback", "retrain": "model_retraining", "drift": "drift_check", "release": "prompt_release",
    "evaluate": "prompt_evaluation", "safety": "content_safety_review", "incident": "incident_investigation",
    "approval": "approval_query", "status": "run_status_query", "ops": "out_of_scope",
}  # fmt: skip
_QUERY_ID = {"approval_query": "approval_id", "run_status_query": "run_id"}
"""The desk's two queue queries and the slot of their ids: a query read as one whose request holds the other's id
(by its form) and none of its own is the other."""
ASKED_FLOOR = 0.01
"""The classifier's least probability for the asking clause's intent to win over its own first choice."""


def asked_intent(folded: str) -> str | None:
    """The intent the asking clauses name when a request also has context clauses whose cues name another: the
    cues (outside negations) of the clauses that ask are all of one kind and a cue outside them is of another
    ("We finished the drift check on X. Unrelated: could you expand the volume?" asks for no drift check). The
    classifier weighs every clause and can follow the context; this is the rule that the ask decides. A request
    with no asking clause, or whose asking clause is the whole of it, has none."""
    asks, negated = _ask_spans(folded), _negated_spans(folded)
    done = _result_spans(folded)
    if not asks and not done:
        return None
    asked, context, open_context = set(), set(), False
    for kind, pattern in _CUE_PATTERNS.items():
        for m in pattern.finditer(folded):
            if any(a <= m.start() < b for a, b in negated):
                continue
            is_done = any(a <= m.start() < b for a, b in done)
            if asks:
                in_ask = any(a <= m.start() < b for a, b in asks)
                (asked if in_ask else context).add(kind)
                open_context = open_context or not (in_ask or is_done)
            else:  # no clause asks: what is not stated as done is what is wanted
                (context if is_done else asked).add(kind)
    if asks and not asked and context and not open_context:  # "X went fine. Please bump the log retention"
        return "out_of_scope"
    if len(asked) != 1 or not context - asked:
        return None
    return INTENT_OF_CUE[asked.pop()]


_QUEUE = {
    "approval_query": re.compile(r"(?<!\w)(?:approval|freigabe|approbation|aprobacion)"),
    "run_status_query": re.compile(r"(?<!\w)(?:runs(?! the | an? )|run-|ejecucion|execution|laufe)"),
}
"""Nouns that name the desk's own queues, approvals and runs ("approve my holiday request" and "who runs the
session" name neither)."""


def query_only(folded: str) -> str | None:
    """The query intent whose queue the request names when no cue of any other kind stands outside a negation
    ("Is there anything in the approval queue that needs me?", "montre-moi les exécutions lancées par carol"): the
    classifier, which saw few such phrasings, may call them out of scope."""
    negated = _negated_spans(folded)
    kinds = {
        kind
        for kind, pattern in _CUE_PATTERNS.items()
        for m in pattern.finditer(folded)
        if not any(a <= m.start() < b for a, b in negated)
    }
    named = [intent for intent, pattern in _QUEUE.items() if pattern.search(folded)]
    if len(named) != 1 or kinds - {"approval", "status"}:
        return None
    return named[0]


def one_kind_named(folded: str, text: str) -> str | None:
    """The desk intent whose cues are the only ones of the request (outside negations and stated results) when
    the request also names something of the system: a version or an identifier ("Lanza sintesis_caso v5 a staging",
    "Setz betrugs-net auf v7 zurück"). The classifier, trained on few such phrasings, calls them out of scope; the
    caller takes this reading when the classifier gives it at least ``ASKED_FLOOR`` (measured: with no floor, one
    blind2 request outside the desk that names a model is lost; without the name, train loses 35)."""
    negated, done = _negated_spans(folded), _result_spans(folded)
    kinds = {
        kind
        for kind, pattern in _CUE_PATTERNS.items()
        for m in pattern.finditer(folded)
        if not any(a <= m.start() < b for a, b in negated + done)
    }
    if len(kinds) != 1 or "ops" in kinds:
        return None
    if not (_VERSION.search(text) or _NAME_FORM.search(text) or kinds == {"incident"} and RULES["since"].search(text)):
        return None  # (an incident is named by when it started too: "¿Por qué X va tan lenta desde anoche?")
    return INTENT_OF_CUE[kinds.pop()]


_NAME_FORM = re.compile(r"(?<![\w.#/@=-])[A-Za-z][A-Za-z0-9]*(?:[-_][A-Za-z0-9]+)+(?![\w@/=-])")
"""A name written as an identifier (``betrugs-net``, ``sintesis_caso``), not in a path, address or pair."""


def _negated_spans(folded: str) -> list[tuple[int, int]]:
    spans = []
    for m in _NEGATION.finditer(folded):
        sentence = folded[max(folded.rfind(c, 0, m.start()) for c in ".;!?\n") + 1 : m.start()]
        if _CHECK_THAT.search(sentence):  # "vérifie que les sorties ne contiennent pas de données personnelles"
            continue
        end = len(folded)
        for b in _BOUNDARY.finditer(folded, m.end()):
            if folded[m.end() : b.start()].strip():  # "don't just evaluate": a boundary right after goes on
                end = b.start()
                break
        if _POSTPONING.match(m.group()) and (also := re.search(r"\band\b", folded[m.end() : end])):
            end = m.end() + also.start()
        spans.append((m.end(), end))
    for m in _DISMISSED.finditer(folded):  # "I was going to ask about the drift report but that can wait"
        start = max(folded.rfind(c, 0, m.start()) for c in ".;!?\n") + 1
        spans.append((start, m.start()))
    return spans


_CHECK_THAT = re.compile(
    r"\b(?:verifi\w*|check|ensure|make sure|confirm\w*|asegur\w*|comprueb\w*|revis\w*|pruf\w*|stell\w* sicher"
    r"|controle\w*|assure\w*)\b[^.;!?]*\b(?:que|qu'|that|whether|if|si|ob|dass)\b[^.;!?]*$"
)
"""A negation inside what is to be checked is the content of the check, not a negated ask: "check that the
answers do not contain PII", "vérifie que les sorties ne contiennent pas de données personnelles"."""
_DISMISSED = re.compile(
    r"\b(?:(?:can|could|has to|have to|must|will have to|should) wait|later,? but"
    r"|(?:is|are|that'?s|it'?s|was) (?:unrelated|separate|not the (?:point|issue|topic|problem)"
    r"|a separate (?:thread|topic|issue))|nothing to do there"
    r"|n'est pas le sujet|peut attendre|kann warten|muss warten|puede esperar|no es el tema|ist nicht das thema)\b"
)
"""Words that set what their sentence said so far aside as not the ask ("I was going to spend today on the X
evaluation but that has to wait", "the release of X waits for approval, ce n'est pas le sujet"): the words before
them in the sentence are read as a negated clause."""


def intent_features(text: str, lexicon: Lexicon | None = None) -> dict[str, float]:
    """The classifier's features of ``text``; its cues are looked for after the ``lexicon`` read each unknown word
    as its nearest known word or cue (a slip in "rollbcak" still says rollback), its n-grams are the words as
    typed."""
    folded = _fold(text)
    feats: dict[str, float] = {"bias": 1.0, **cue_features(lexicon.fix(folded) if lexicon else folded)}
    for a, b in reversed(_negated_spans(folded)):  # a negated clause speaks only through its neg= cues
        folded = folded[:a] + " " + folded[b:]
    words = _WORD.findall(folded)
    for i, w in enumerate(words):
        feats[f"w={w}"] = 1.0
        if i:
            feats[f"b={words[i - 1]}_{w}"] = 1.0
        padded = f"<{w}>"
        for n in (3, 4, 5):
            for j in range(max(1, len(padded) - n + 1)):
                feats[f"c={padded[j : j + n]}"] = 1.0
    if text.lstrip().startswith("@"):
        feats["opsbot"] = 1.0
    if "?" in text:
        feats["question"] = 1.0
    return feats


def _shape(token: str) -> str:
    shape = re.sub(r"[A-Z]+", "A", re.sub(r"[a-z]+", "a", re.sub(r"\d+", "0", token)))
    return shape[:8]


def prepare(words: list[str]) -> tuple[list[str], list[str]]:
    """The folded form and the shape of each token, computed once per request."""
    return [_fold(w) for w in words], [_shape(w) for w in words]


def tag_features(
    folded: list[str],
    shapes: list[str],
    i: int,
    previous: str,
    intent: str,
    known: dict[str, str] | None = None,
    vocab: frozenset[str] | None = None,
) -> list[str]:
    """The features of token ``i`` (``prepare``'s folded tokens and shapes) given the previous label and the
    intent; ``known`` maps names the system knows (the simulator's services) to their slot; ``vocab`` holds the
    tokens the training requests use (a token outside it is new: a name never seen, or a slip)."""
    low, shape = folded[i], shapes[i]
    kind = (known or {}).get(low, "-")
    p1 = folded[i - 1] if i > 0 else "<s>"
    p2 = folded[i - 2] if i > 1 else "<s>"
    n1 = folded[i + 1] if i + 1 < len(folded) else "</s>"
    n2 = folded[i + 2] if i + 2 < len(folded) else "</s>"
    feats = [
        "bias",
        f"w={low}",
        f"s={shape}",
        f"pre={low[:3]}",
        f"suf={low[-3:]}",
        f"p1={p1}",
        f"p2={p2}",
        f"n1={n1}",
        f"n2={n2}",
        f"p1w={p1}|{low}",
        f"p2p1={p2}|{p1}",
        f"wn1={low}|{n1}",
        f"y={previous}",
        f"yw={previous}|{low}",
        f"ys={previous}|{shape}",
        f"i={intent}",
        f"ip1={intent}|{p1}",
        f"is={intent}|{shape}",
        f"ip2={intent}|{p2}",
        f"g={kind}",
        f"gp1={kind}|{p1}",
    ]
    if FORM_FEATURES:  # tried in plan10 (the shape beside each neighbour), not shipped: see docs/planner.md
        feats += [f"sp1={shape}|{p1}", f"sn1={shape}|{n1}"]
    if vocab and (not NEW_IDENTIFIERS_ONLY or not words_only(shape)):
        new = "seen" if low in vocab else "new"
        feats += [f"nv={new}", f"nvp1={new}|{p1}", f"nvn1={new}|{n1}", f"nvi={new}|{intent}", f"nvs={new}|{shape}"]
    return feats


FORM_FEATURES = False
"""Whether the tagger also sees its token's shape beside each neighbour (tried with fresh name forms, plan10)."""
NEW_IDENTIFIERS_ONLY = False
"""With a vocabulary: mark only tokens written as identifiers (joined, numbered, inner capitals) as new or seen."""


def words_only(shape: str) -> bool:
    """A token's shape is a plain word's (lower-case, capitalised or upper-case letters only)."""
    return shape in ("a", "Aa", "A")


class Model:
    """The shipped weights: ``intent`` (feature -> weight per class) and ``tagger`` (feature -> label -> w)."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.classes: list[str] = data["classes"]
        self.intent_weights: dict[str, list[float]] = data["intent"]
        self.labels: list[str] = data["labels"]
        self.tag_weights: dict[str, dict[str, float]] = data["tagger"]
        self.trained_on: int = int(data.get("trained", {}).get("rows", 0))
        self.known: dict[str, str] = {name: slot for slot, names in data["known"].items() for name in names}
        self.common: frozenset[str] = frozenset(data.get("common", ()))
        self.vocab: frozenset[str] = frozenset(data.get("vocab", ()))
        self.lexicon: Lexicon | None = Lexicon(data["lexicon"], CUE_STEMS) if data.get("lexicon") else None

    def intent(self, text: str) -> tuple[str, float]:
        """The most probable intent and its probability."""
        scores = [0.0] * len(self.classes)
        for feat in intent_features(text, self.lexicon):
            row = self.intent_weights.get(feat)
            if row:
                for k, w in enumerate(row):
                    scores[k] += w
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        best = max(range(len(scores)), key=scores.__getitem__)
        asked = asked_intent(self.lexicon.fix(_fold(text)) if self.lexicon else _fold(text))
        floor = 0.0 if asked == "out_of_scope" else ASKED_FLOOR  # an ask with no cue after a context all done
        if asked in self.classes and exps[self.classes.index(asked)] / sum(exps) >= floor:
            best = self.classes.index(asked)
        if general_question(text) and "out_of_scope" in self.classes:  # "what is a canary release?"
            best = self.classes.index("out_of_scope")
        elif self.classes[best] in _QUERY_ID:  # "status of ap-5e00b1c9aa31?": the id's form names the queue
            own = self.classes[best]
            other = next(intent for intent in _QUERY_ID if intent != own)
            if (
                other in self.classes
                and RULES[_QUERY_ID[other]].search(text)
                and not RULES[_QUERY_ID[own]].search(text)
            ):
                best = self.classes.index(other)
        elif self.classes[best] == "out_of_scope":  # an id by its form says what the request is about
            for slot, intent in (("approval_id", "approval_query"), ("run_id", "run_status_query")):
                if intent in self.classes and RULES[slot].search(text):
                    best = self.classes.index(intent)
                    break
            else:  # "welche Freigaben warten auf alice?": the desk's own queues, and nothing else, are named
                fixed = self.lexicon.fix(_fold(text)) if self.lexicon else _fold(text)
                query = query_only(fixed)
                if query in self.classes:
                    best = self.classes.index(query)
                elif (named := one_kind_named(fixed, text)) in self.classes and (  # "Lanza X v5 a staging"
                    exps[self.classes.index(named)] / sum(exps) >= ASKED_FLOOR
                ):
                    best = self.classes.index(named)
        return self.classes[best], exps[best] / sum(exps)

    def tag(self, words: list[str], intent: str) -> list[tuple[str, float]]:
        """BIO labels for ``words`` with their margins over "O", left to right (an I- only continues its own
        slot)."""
        labels: list[tuple[str, float]] = []
        previous = "<s>"
        folded, shapes = prepare(words)
        for i in range(len(words)):
            scores: dict[str, float] = {}
            for feat in tag_features(folded, shapes, i, previous, intent, self.known, self.vocab):
                for label, w in self.tag_weights.get(feat, {}).items():
                    scores[label] = scores.get(label, 0.0) + w
            best = _best(scores, previous)
            labels.append((best, scores.get(best, 0.0) - scores.get("O", 0.0)))
            previous = best
        return labels

    def slots(self, text: str, intent: str) -> dict[str, str]:
        """Slot -> verbatim text: ``key=value`` pairs (as ``@opsbot`` takes them) by rule; else the tagger's
        most confident span of each slot, with ids and ``since`` times by rule where their form is certain."""
        pairs = keyvalue_slots(text)
        if pairs and len(_WORD.findall(_PAIR.sub(" ", text))) < PROSE_WORDS:
            return pairs  # an @opsbot form: the pairs are the request
        if intent == "out_of_scope" and general_question(text):
            return {}  # a general question names nothing in the system
        toks = tokens(text)
        words = [t for t, _, _ in toks]
        labels = self.tag(words, intent)
        found: dict[str, tuple[tuple[bool, float], int, str]] = {}
        i = 0
        while i < len(toks):
            label, margin = labels[i]
            if label == "O" or label.startswith("I-"):
                i += 1
                continue
            slot, j = label[2:], i + 1
            while j < len(toks) and labels[j][0] == f"I-{slot}":
                j += 1
            while j - 1 > i and not toks[j - 1][0][0].isalnum():  # a value does not end in punctuation
                j -= 1
            plain = slot in NAMED_SLOTS and all(_fold(t) in self.common | ARTICLES for t, _, _ in toks[i:j])
            plain = plain or (slot == "since" and not states_a_start(words, i))  # "rolled back on Monday"
            plain = plain or (slot == "since" and j - i == 1 and _fold(words[i]) in _SPAN_ONLY)  # "undo the last X"
            # a clock time in an errand is when to do it, not when trouble began ("order pizza at 18:00")
            plain = plain or (slot == "since" and intent == "out_of_scope" and i > 0 and _fold(words[i - 1]) in _AT)
            rank = (slot == "service" and _said_of_a_service(toks, i, j), margin)
            if not plain and (slot not in found or rank > found[slot][0]):
                found[slot] = (rank, i, text[toks[i][1] : toks[j - 1][2]])
            i = j
        ordered = sorted(found.items(), key=lambda item: item[1][1])
        named = self._read_around(text, toks, {slot: value for slot, (_, _, value) in ordered}, intent)
        if pairs:  # key=value lines pasted into prose (an alert, a job's output): they name what they name
            named = {k: v for k, v in named.items() if v not in pairs.values()} | pairs
        out = version_slots(text, rule_slots(text, named), intent)
        return rollback_versions(text, out) if intent == "model_rollback" else out

    def _drifts(self, text: str) -> bool:
        """Whether the request speaks of drift (a slip of the word too: "the drfit on X")."""
        return bool(_DRIFT_WORD.search(self.lexicon.fix(_fold(text)) if self.lexicon else _fold(text)))

    def _read_around(
        self, text: str, toks: list[tuple[str, int, int]], tagged: dict[str, str], intent: str
    ) -> dict[str, str]:
        """The tagger's slots completed by the readings of their neighbours (``readings``): names by their form and
        the words beside them, a known service said of as one, a metric after it, production, a requester."""
        words = [t for t, _, _ in toks]
        named = names_by_form(tagged, self.known)
        if "-" in named.get("feature", "") and "model" not in named:  # features are columns, models kebab-case
            named["model"] = named.pop("feature")
        named = kinds_said(text, named)
        named = names_by_neighbours(text, named, self.common | ARTICLES)
        if "service" not in named:
            service = known_service(words, [_fold(w) for w in words], self.known, set(named.values()))
            service = service or service_by_suffix(text, set(named.values()))
            if service:
                named["service"] = service
        if "metric" not in named:
            metric = metric_after_service(text, toks, self.known) or ("service" in named and foreign_metric(text))
            if metric:
                named["metric"] = metric
        elif "metric" in named:
            named["metric"] = latency_metric(text, named["metric"])
        if "environment" not in named and (production := production_environment(text) or environment_named(text)):
            named["environment"] = production
        if "-" in named.get("feature", "") and "model" not in named:  # features are columns, models kebab-case
            named["model"] = named.pop("feature")
        if intent == "model_retraining" and "feature" in named and "dataset" not in named and not self._drifts(text):
            named["dataset"] = named.pop("feature")  # a retrain's data: a feature is named only with its drift
        dataset = named.get("dataset", "")
        if intent in _ABOUT_A_MODEL and "model" not in named and "-" in dataset and not re.search(r"\d", dataset):
            named["model"] = named.pop("dataset")  # "check drift on churn-scorer": a drift or a retrain is of a model
        if intent == "approval_query" and "requester" not in named and not RULES["approval_id"].search(text):
            requester = requester_at_end(text, self.common | ARTICLES)
            if requester and requester not in named.values():  # "... especially for prod?": the environment
                named["requester"] = requester
        return named


_DRIFT_WORD = re.compile(r"drift|derive|deriva|psi\b|distribution|shift")
"""Words of drift (folded): a retrain request that names a feature says it drifted."""
_ABOUT_A_MODEL = frozenset({"drift_check", "model_retraining"})
"""Intents whose request names a model whenever it names a dataset: of the train and blind requests that name a
dataset and no model, every dataset has a digit (``clicks-2026-11``); a kebab-case name without one is the model."""


def rollback_versions(text: str, slots: dict[str, str]) -> dict[str, str]:
    """A rollback's version said as where it goes ("auf v5", "to v3") is the ``target``, the other the version
    rolled back from, whichever the tagger called which."""
    version, target = slots.get("version"), slots.get("target")
    if version is None or not rollback_target(text, version) or (target and rollback_target(text, target)):
        return slots
    out = {k: v for k, v in slots.items() if k not in ("version", "target")}
    out["target"] = version
    if target:
        out["version"] = target
    return out


def names_by_form(slots: dict[str, str], known: dict[str, str]) -> dict[str, str]:
    """A ``requester`` is a person, a ``service`` one of the system's names or a plain word, a ``model`` named
    with hyphens (``fraud-detector``) and a ``scenario`` a catalogue name (kebab-case): a value with an
    underscore (``support_answer``) is none of them but an identifier as prompts are named (the prompt, when the
    request has no other; "the answers triage_prompt gave", "the summarize_ticket evaluation"), and a requester
    with a digit or a hyphen is no person (dropped)."""
    out = dict(slots)
    for slot in ("requester", "service", "model", "scenario"):
        value = out.get(slot)
        if value is None or (slot == "service" and known.get(_fold(value)) == "service"):
            continue
        if "_" in value:
            del out[slot]
            if "prompt" not in out and not any(c.isdigit() for c in value):
                out["prompt"] = value
        elif slot == "requester" and (any(c.isdigit() or c == "-" for c in value) or value.lower() in NO_PERSON):
            del out[slot]
        elif slot == "scenario" and not _SCENARIO_WORDS & set(_fold(value).split("-")):
            del out[slot]  # "the churn-scorer retrain run": a scenario is named by what it does
            if "model" not in out:
                out["model"] = value
    return out


_SCENARIO_WORDS = frozenset({
    "release", "rollback", "check", "response", "retrain", "incident", "review", "evaluation", "triage", "burn",
    "capacity", "alert", "fired", "investigation", "safety", "drift", "canary", "remediation", "promote",
})  # fmt: skip
"""Words that catalogue scenarios are named by (``drift-check``, ``retrain-on-drift``, ``model-rollback``): a
"scenario" with none of them is a model named before a run word ("the lead-ranker run")."""


def _said_of_a_service(toks: list[tuple[str, int, int]], i: int, j: int) -> bool:
    after = _fold(toks[j][0]) if j < len(toks) else ""
    before = _fold(toks[i - 1][0]) if i else ""
    return after in SERVICE_WORDS or before in ("service", "svc", "dienst")


_TIME = (
    r"\d{1,2}:\d\d(?:\s?UTC)?|\d{1,2}\s?(?:am|pm)|\d{1,2}(?::\d\d)? Uhr|\d{1,2}h(?:\d\d)?|midnight|noon"
    r"|this morning|yesterday(?: evening| morning)?"
    r"|last night|(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|heute (?:morgen|fr[uü]h|nacht)|gestern(?: abend| nacht)?|mitternacht|(?:mon|diens|donners|frei|sams|sonn)tag"
    r"|mittwoch|ce matin|hier(?: soir)?|minuit|midi|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
    r"|esta ma[nñ]ana|ayer|anoche|medianoche|mediod[ií]a|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo"
    r"|las \d{1,2}(?::\d\d)?|la una"
    r"|el (?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)"
    r"|hace (?:una?|\d+|dos|tres) (?:horas?|minutos?|d[ií]as?|semanas?)|(?:une|\d+) (?:heures?|minutes?|jours?)"
    r"|(?:einer|\d+) (?:stunden?|minuten?|tag(?:en)?)"
)
"""Times of day and days as operators write them after since / seit / depuis / desde (the word after the
preposition tells it is the time the trouble started, in any of the four languages; Spanish says the hour with
its article: "desde las 10" is ``las 10``)."""
_TIME_FORM = re.compile(rf"(?:{_TIME})(?=\s|$)", re.IGNORECASE)
RULES: dict[str, re.Pattern[str]] = {
    "run_id": re.compile(r"\b(run-\d{8}-\d{6}-[0-9a-f]{6})\b"),
    "baseline": re.compile(
        r"(?:\bagainst|\bthan|\bvs\.?|\bversus|\bgegen|\bals|\bcontra|\bque|par rapport a|par rapport à"
        r"|\bfrente a(?: la)?|\bim vergleich zu|\bcompared (?:to|with)|\bgegen[uü]ber)"
        r"\s+(?:the (?:champion|current one|live one|current|live) )?\(?(v\d+|\d+\.\d+\.\d+)\b"
        r"|\b(?:comp[aá]r|vergleich)\w*\b[^.;?!]*?\s(?:with|to|con|mit|avec|zu)\s+\(?(v\d+|\d+\.\d+\.\d+)\b",
        re.IGNORECASE,
    ),
    "approval_id": re.compile(r"\b(ap-[0-9a-f]{12})\b"),
    "since": re.compile(
        rf"\b(?:since|seit|depuis|desde)\s+({_TIME})\b|\bin the ((?:last|past) [\w ]{{0,12}}?(?:minutes?|hours?|days?"
        r"|week))\b",
        re.IGNORECASE,
    ),
}  # fmt: skip
"""Slots whose form is certain: run and approval ids as genaiops makes them, a time after "since" (or in
the last N units), and a version compared against ("against v2", "better than 1.4.2", "gegen v3", "compare X
v3 with v2"). A rule's match replaces the tagger's value for that slot."""


def rule_slots(text: str, slots: dict[str, str]) -> dict[str, str]:
    out = dict(slots)
    for slot, pattern in RULES.items():
        m = pattern.search(text)
        if m:
            value = next(g for g in m.groups() if g)
            out = {k: v for k, v in out.items() if v != value}  # the tagger may have called it something else
            out[slot] = value
    return out


ARTICLES = frozenset({
    "the", "a", "an", "der", "die", "das", "dem", "den", "des", "ein", "eine", "einem", "einen", "le", "la", "les",
    "un", "une", "du", "el", "los", "las", "una", "unos", "del", "al", "kein", "keine", "keinen", "keinem",
    "aucun", "aucune", "ningun", "ninguna", "ninguno", "no",
})  # fmt: skip
"""Articles (and "no" words) of the four languages: a name slot made only of them is no name ("seit dem Deploy":
no model "dem"; "Kein Rollback heute": no model "Kein"),
however rarely the training requests use one."""
_AT = frozenset({"at", "um", "vers", "a", "around"})
_SPAN_ONLY = frozenset({"last", "past", "letzten", "dernier", "derniere", "ultimo", "ultima"})
"""A span word with no unit after it is no time ("undo the last promotion of X")."""
NAMED_SLOTS = frozenset({"service", "model", "dataset", "prompt", "feature", "requester", "environment", "scenario"})
"""Slots whose values are names: a span of words the training requests only ever use as plain words ("if",
"account", "it") is no name, whatever the tagger says."""
_VERSION = re.compile(r"(?<![\w.])(v\d+|\d+\.\d+\.\d+)(?!\w|\.\d)")
_COMPARED = re.compile(
    r"\b(?:ag\w{0,2}ns?t|th?an|vs|versus|v/s|compar\w*|gegen|als|contra|que|rapport|o\w?ver|replac\w*|champion"
    r"|beat\w*|vergleich\w*|gat\w+|with|to|mit|avec|con|current|is|a/b|frente|zu|gegen[uü]ber)\W+(?:\w+\W+){0,3}$",
    re.IGNORECASE,
)


_VERSION_SLOTS = ("version", "baseline", "target")


def version_slots(text: str, slots: dict[str, str], intent: str) -> dict[str, str]:
    """Versions, which all share one form (a value of another form is no version), sorted by what the words say:
    every version in the request is a slot (the one acted on first); a ``target`` is where a rollback goes (in any
    other request it is the version acted on); a ``baseline`` needs a word that compares just before it (else it
    is the version acted on)."""
    out = {k: v for k, v in slots.items() if k not in _VERSION_SLOTS or _VERSION.fullmatch(v)}  # form is certain
    if intent != "model_rollback":  # a target outside a rollback is the version acted on, unless said in passing
        if "target" in out and "version" not in out and not rollback_target_in_passing(text, out["target"]):
            out["version"] = out.pop("target")
        elif "version" in out and "target" not in out and rollback_target_in_passing(text, out["version"]):
            out["target"] = out.pop("version")
    if "baseline" in out and "version" not in out:  # any place the request names it may compare ("v4 ... against v4")
        starts = [m.start() for m in re.finditer(re.escape(out["baseline"]), text)]
        if not any(_COMPARED.search(text[:start]) for start in starts):
            out["version"] = out.pop("baseline")
    taken = set(out.values())
    for m in _VERSION.finditer(text):
        if m.group(1) in taken or any(m.group(1) in v for v in taken):
            continue
        free = next((k for k in ("version", "target", "baseline") if k not in out), None)
        if "target" not in out and intent != "model_rollback" and rollback_target_in_passing(text, m.group(1)):
            free = "target"
        elif free == "target" and intent != "model_rollback":
            free = "baseline" if "baseline" not in out else None
        if free:
            out[free] = m.group(1)
            taken.add(m.group(1))
    return out


PROSE_WORDS = 8
"""A request with this many words outside its ``key=value`` pairs is prose with pasted lines, not an @opsbot form."""
SLOT_ALIASES = {"env": "environment", "run": "run_id", "id": "approval_id", "approval": "approval_id",
                "svc": "service", "ds": "dataset", "from": "since", "to": "target", "user": "requester",
                "by": "requester"}  # fmt: skip
_PAIR = re.compile(r"([A-Za-z_][\w-]*)=(\S.*?)(?=\s+[A-Za-z_][\w-]*=|\s*$)")


def keyvalue_slots(text: str) -> dict[str, str]:
    """``service=checkout since=10:00`` -> slots, keys by name, alias (``env``) or a near spelling
    (``vesrion``); keys that name no slot are skipped."""
    from difflib import get_close_matches

    from genaiops.agents.planner import SLOT_KEYS

    names = {**{k: k for k in SLOT_KEYS}, **SLOT_ALIASES}
    found: dict[str, str] = {}
    for m in _PAIR.finditer(text):
        key = m.group(1).lower()
        near = names.get(key) or next(iter(get_close_matches(key, list(names), n=1, cutoff=0.75)), None)
        slot = names.get(near) if near else None
        if slot and slot not in found:
            value = m.group(2).rstrip(" ?.!,")
            time = _TIME_FORM.match(value) if slot == "since" else None
            found[slot] = time.group() if time else value  # "since=14:00 investigate": the time is the value
    return found


def _best(scores: dict[str, float], previous: str) -> str:
    best, top = "O", scores.get("O", 0.0)
    for label, score in scores.items():
        if score > top and (not label.startswith("I-") or previous[2:] == label[2:]):
            best, top = label, score
    return best


@lru_cache(maxsize=2)
def load_model(path: Path = MODEL_FILE) -> Model:
    """The model in ``path`` (read once per process)."""
    return Model(json.loads(path.read_text(encoding="utf-8")))
