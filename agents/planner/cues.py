"""Cue words and the clauses they sit in: what kind of work a request names, and whether it asks for it.

- ``CUES``: words per kind of request (rollback, retrain, drift, ...), accent-folded, in English, German, French
  and Spanish, matched as prefixes of words.
- Clauses that change what a cue says: a negated clause ("don't roll back yet": ``negated_spans``), a clause that
  states a result ("the drift on X is confirmed": ``result_spans``) and the clause that asks ("..., can you ...?":
  ``ask_spans``).
- ``cue_features``: the cues as features of the intent classifier (``cue=``, ``neg=``, ``done=``, ``askcue=``,
  ...). The rules that overrule the classifier read the same spans (``intent_rules``).

Every function here takes the request already folded (``tokens.fold``).
"""

from __future__ import annotations

import re

from genaiops.agents.planner.slot_rules import RULES

__all__ = [
    "CUES",
    "CUE_PATTERNS",
    "CUE_STEMS",
    "ask_spans",
    "cue_features",
    "negated_spans",
    "result_spans",
]

CUES: dict[str, tuple[str, ...]] = {
    "rollback": ("roll back", "roll it back", "rollback", "revert", "undo", "downgrade", "go back", "put back",
                 "back to", "previous version", "zuruck", "annul", "reviens", "revenir", "revierte", "deshacer",
                 "restaur", "remet", "revenez", "regresa", "regrese", "deshaz", "deshag", "echa atras", "echar atras",
                 "marcha atras", "como estaba"),
    "retrain": ("retrain", "re-train", "train", "refresh", "fresh", "trainier", "reentrain", "reentren", "entrena",
                "relancer l'entrainement", "relance l'entrainement"),
    "drift": ("drift", "derive", "deriva", "distribution", "shift", "changed", "desvi", "han cambiado", "ha cambiado"),
    "release": ("release", "publish", "ship", "go live", "live", "roll out", "freigeb", "veroffentlich", "publie",
                "en production", "publica", "lanzar", "lanza", "en ligne", "out to prod", "out to staging", "saca",
                "despliega", "desplegar", "liberar", "libera", "publiqu"),
    "evaluate": ("evaluat", "eval", "score", "compare", "benchmark", "better than", "hallucinat", "regress",
                 "bewert", "besser", "evalue", "meilleur", "evalua", "mejor", "versus", " vs", "against", "suite",
                 "puntu", "vergleich", "frente a", "compar", "gegenuber", "prueba", "calidad", "qualite", "qualitat",
                 "teste"),
    "safety": ("safety", "safe", "pii", "toxic", "personal data", "moderat", "leak", "unsafe", "personenbezogen",
               "unbedenklich", "securite", "personnelles", "seguridad", "toxico", "review", "sicherheit",
               "inhaltssicherheit", "datos personales", "sicher sind", "sicher ist", "anstoßig", "anstossig"),
    "incident": ("slow", "down", "error", "latency", "p99", "p95", "timeout", "timing out", "investigate", "broke",
                 "unhealthy", "flaky", "degraded", "outage", "503", "diagnos",
                 "root cause", "root-cause", "paged", "5xx", "500s", "langsam", "fehler", "untersuche", "lent",
                 "erreurs", "analyse", "lento", "errores", "investiga", "wrong with", "ursache", "la cause",
                 "la causa", "incident", "vorfall", "latence de", "latencia de", "latenz von", "latenz bei", "enquet",
                 "investigu", "untersuch", "lenta", "le pasa", "caido", "caida", "se cayo", "en panne", "ausgefall",
                 "falla", "no responde", "ne repond", "antwortet nicht", "not responding", "unresponsive",
                 "que paso", "que pasa con", "picos de", "pico de", "flapping",
                 "crashloop", "crashing", "spiking", "elevated", "rca", "tronando", "truena", "esta pasando",
                 "no carga", "no funciona", "ne marche pas", "ne fonctionne pas", "funktioniert nicht", "502", "504",
                 "reintentos", "retries", "souci", "plante", "probleme avec", "problema con", "problem with",
                 "problem mit", "issues with", "500er", "was ist mit"),
    "approval": ("approv", "sign off", "sign-off", "waiting for", "pending", "inbox", "freigabe", "approbation",
                 "aprobacion", "gated", "freigab", "genehmig", "aprobad", "approuv", "aprob", "aprueb", "validations",
                 "ma validation", "en attente de validation"),
    "ops": ("restart", "reboot", "redeploy", "scale", "provision", "rotate", "upgrade", "install", "migrate",
            "replica", "quota", "access", "cron", "backup", "back up", "dns", "firewall", "certificate",
            "on-call", "on call", "redemarr", "reinicia", "maintenance", "neustart", "zugriff", "berechtigung",
            "acces", "acceso", "permiso", "certific", "replik", "dashboard", "grafana", "ssh", "vpn", "disk",
            "autoscal", "postmortem", "log level", "ticket"),
    "status": ("status", "run ", "runs", "fail", "finish", "stuck", "running", "estado", "etat",
               "fehlgeschlagen", "fallo", "echoue", "happened", "run-", "ejecucion", "execution", "laufe"),
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


CUE_PATTERNS = {
    kind: re.compile(r"(?<!\w)(?:" + "|".join(re.escape(c.strip()) for c in cues) + ")") for kind, cues in CUES.items()
}
CUE_PATTERNS["ops"] = re.compile(CUE_PATTERNS["ops"].pattern + r"|(?<!\w)start(?:e|et|en)?(?:\s+\S+){0,6}?\s+neu\b")
"""German restarts with the separable verb too: "startet bitte die Kafka-Broker in staging neu"."""
CUE_PATTERNS["release"] = re.compile(CUE_PATTERNS["release"].pattern + r"|(?<!\w)gib(?:t)?(?:\s+\S+){0,6}?\s+frei\b")
"""German releases with the separable verb: "gib summary_de v9 für staging frei"."""
CUE_PATTERNS["release"] = re.compile(
    CUE_PATTERNS["release"].pattern.replace("|lanzar|lanza|", "|lanza(?:r)?(?! una? )|", 1)
    + r"|(?<!\w)(?:sub[ea]\w*|pon(?:er|ga|gan|la|lo|galo|gala)?|activa\w*|pasa(?:la|lo)?|mets|mettez)"
    + r" (?:\S+ ){0,3}?(?:a|en) (?:prod|produccion|staging)"
    + r"|(?<!\w)push\w* (?:\S+ ){0,3}?to (?:prod|production|staging|canary)"
)
"""Spanish puts a release up: "súbela a prod"."""
CUE_PATTERNS["rollback"] = re.compile(
    CUE_PATTERNS["rollback"].pattern
    + r"|(?<!\w)roll(?:ed|ing)? \S+ back\b|(?<!\w)(?:vuelv|volv)\w* a (?:la )?(?:version |v\d)"
)
"""A rollback with its object inside the verb: "roll leadgen-clf back from v8 to v7"."""


def cue_features(folded: str) -> dict[str, float]:
    """``cue=KIND`` for each kind of cue in the text, ``neg=KIND`` for those inside a negated clause ("don't
    roll back yet, first check drift": neg=rollback, cue=drift)."""
    negated = negated_spans(folded)
    done = result_spans(folded)
    feats: dict[str, float] = {}
    placed: list[tuple[int, str]] = []
    for kind, pattern in CUE_PATTERNS.items():
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
        asks = ask_spans(folded)
        for start, kind in placed:
            if any(a <= start < b for a, b in asks):
                feats[f"askcue={kind}"] = 1.0
    return feats


_RESULT = (
    r"(?:is|was|has been|got|been) confirmed|confirmed|got through|went through|passed|signed off|approved"
    r"|ist bestatigt|bestanden|est confirmee?|a reussi|esta confirmad[oa]"
    r"|came back|(?:is|are) (?:done|resolved|closed|over)|(?:was|were|has been) investigated|went (?:fine|well)"
    r"|ist (?:durch|erledigt)|est terminee?|esta terminad[oa]|(?:ya )?sali[oó] bien|fue bien|termin[oó] bien"
    r"|(?:ya )?esta hech[oa]"
    r"|(?:we|i|they) (?:already )?(?:investigated|retrained|rolled back|reverted|released|evaluated|finished|shipped"
    r"|ran|fixed|checked|completed)"
    r"|(?:is|are|was|were) (?:clean|green|stable|archived)"
)
_CLAUSE_WITH_RESULT = re.compile(rf"[^,;.:!?]*\b(?:{_RESULT})\b[^,;.:!?]*")
"""A clause that states a result ("the drift on X is confirmed", "v3 got through the evaluation", "Legal approved
the wording"): its cues are what already happened (``done=KIND``), not what is asked. The spans are found by
``result_spans``; this pattern is what they equal (``tests/agents/test_planner_rules.py``)."""
_PART = re.compile(r"[^,;.:!?]+")
_RESULT_WORDS = re.compile(rf"\b(?:{_RESULT})\b")


def result_spans(folded: str) -> list[tuple[int, int]]:
    """The spans of ``_CLAUSE_WITH_RESULT``'s matches, in linear time: each run between punctuation that holds a
    result. The pattern itself backtracks over a whole run from every position in it (4 s of CPU for a
    4,000-character request without punctuation)."""
    return [(m.start(), m.end()) for m in _PART.finditer(folded) if _RESULT_WORDS.search(folded, m.start(), m.end())]


_CLAUSE = re.compile(r"[^.;!?]+[.;!?]*|[.;!?]+")
_ASK = re.compile(
    r"\b(?:please|pls|plz|kindly|can you|could you|would you|can the|could the|can someone|could someone|can we"
    r"|could we|need(?:s)? (?:you|the|a|an|to)|want(?:s)? (?:you|the|a|an|to)|i'?d like|let'?s|go ahead|make sure"
    r"|bitte|konnt ihr|kannst du|konnen sie|konntet ihr|pouvez|peux-tu|peux tu|merci de|por favor|puedes|podeis"
    r"|podrias|podrian|pueden|necesito que|necesitamos que|quiero que|le ruego|me pueden|nos pueden)\b"
)
"""Words that mark the clause that asks for something ("... Please start the release", "can you ...")."""


def ask_spans(folded: str) -> list[tuple[int, int]]:
    """The clauses (split at . ; ! ?) that ask: they hold an asking word or end with a question mark. A verbose
    request states its context in other clauses; the cues of the asking clause say what is wanted
    (``askcue=KIND``). A request with no such clause has none."""
    spans = []
    for m in _CLAUSE.finditer(folded):
        clause = m.group()
        if clause.rstrip().endswith("?") or _ASK.search(clause):
            spans.append((m.start(), m.end()))
    return spans


def negated_spans(folded: str) -> list[tuple[int, int]]:
    """The negated clauses: from each negation word to where its clause ends (``_BOUNDARY``; for a postponing
    word, also "and"), unless the negation is inside what is to be checked (``_CHECK_THAT``); and the words of a
    sentence before a word that sets them aside (``_DISMISSED``)."""
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
