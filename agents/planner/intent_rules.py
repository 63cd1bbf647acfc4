"""Intent rules: where the words of a request overrule the classifier's first choice.

The classifier (``Model.intent``) weighs every clause of a request; these rules read its cues (``cues``) and
the forms of its ids (``slot_rules.RULES``) and decide in the cases the classifier was trained on too rarely:

- the asking clause decides over context clauses that name other work (``asked_intent``);
- a general question is out of scope (``readings.general_question``);
- an id's form names the desk queue it belongs to (an approval id, a run id);
- a request that names only the desk's own queues is a query (``query_only``);
- a request whose cues are of one kind and that names a version or an identifier is that kind of work, not out of
  scope (``one_kind_named``).

``overrule`` applies them in that order.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from genaiops.agents.planner.cues import CUE_PATTERNS, ask_spans, negated_spans, result_spans
from genaiops.agents.planner.readings import general_question
from genaiops.agents.planner.slot_rules import RULES, VERSION

__all__ = ["ASKED_FLOOR", "INTENT_OF_CUE", "asked_intent", "one_kind_named", "overrule", "query_only"]

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


_FIRST_THIS = re.compile(r"^\W*before (?:we|you|anyone|i|they) ([^,;]+)[,;](.+)$")
"""A request that puts one piece of work after another: "before we retrain X, check whether Y has drifted"."""
_WHO_APPROVES = re.compile(r"^\W*(?:who|wer|qui|quien)\b[^.?!]*\b(?:approv|sign off|freigeb|genehmig|approuv|aprob)")
"""A question of who has to approve something is about the approval queue, whatever it is to approve."""
_RUN_VERB = re.compile(r"\brun (?=(?:the|an?|that|this|these|those) )")
""""run" as the verb that starts work ("run the eval suite on X", "run a drift check"), which no run is asked about."""


def asked_intent(folded: str) -> str | None:
    """The intent the asking clauses name when a request also has context clauses whose cues name another: the
    cues (outside negations) of the clauses that ask are all of one kind and a cue outside them is of another
    ("We finished the drift check on X. Unrelated: could you expand the volume?" asks for no drift check). The
    classifier weighs every clause and can follow the context; this is the rule that the ask decides. A request
    with no asking clause, or whose asking clause is the whole of it, has none."""
    asks, negated = ask_spans(folded), negated_spans(folded)
    done = result_spans(folded)
    if not asks and not done:
        return None
    asked, context, open_context = set(), set(), False
    for kind, pattern in CUE_PATTERNS.items():
        for m in pattern.finditer(folded):
            if any(a <= m.start() < b for a, b in negated) or kind == "status" and _RUN_VERB.match(folded, m.start()):
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
    "approval_query": re.compile(r"(?<!\w)(?:approval|freigabe|approbation|aprobacion|(?:ma|votre|ta) validation)"),
    "run_status_query": re.compile(r"(?<!\w)(?:runs(?! the | an? )|run-|ejecucion|execution|laufe)"),
}
"""Nouns that name the desk's own queues, approvals and runs ("approve my holiday request" and "who runs the
session" name neither)."""


def query_only(folded: str) -> str | None:
    """The query intent whose queue the request names when no cue of any other kind stands outside a negation
    ("Is there anything in the approval queue that needs me?", "montre-moi les exécutions lancées par carol"): the
    classifier, which saw few such phrasings, may call them out of scope."""
    negated = negated_spans(folded)
    kinds = {
        kind
        for kind, pattern in CUE_PATTERNS.items()
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
    negated, done = negated_spans(folded), result_spans(folded)
    kinds = {
        kind
        for kind, pattern in CUE_PATTERNS.items()
        for m in pattern.finditer(folded)
        if not any(a <= m.start() < b for a, b in negated + done)
    }
    if len(kinds) != 1 or "ops" in kinds:
        return None
    if not (VERSION.search(text) or _NAME_FORM.search(text) or kinds == {"incident"} and RULES["since"].search(text)):
        return None  # (an incident is named by when it started too: "¿Por qué X va tan lenta desde anoche?")
    return INTENT_OF_CUE[kinds.pop()]


_NAME_FORM = re.compile(r"(?<![\w.#/@=-])[A-Za-z][A-Za-z0-9]*(?:[-_][A-Za-z0-9]+)+(?![\w@/=-])")
"""A name written as an identifier (``betrugs-net``, ``sintesis_caso``), not in a path, address or pair."""


def overrule(text: str, fixed: str, chosen: str, probability: Callable[[str], float], classes: list[str]) -> str:
    """The intent of ``text`` once the rules have read it (``fixed``: folded, its slips read by the lexicon),
    given the classifier's first choice ``chosen`` and its ``probability`` of each of its ``classes``."""
    asked = asked_intent(fixed)
    floor = 0.0 if asked == "out_of_scope" else ASKED_FLOOR  # an ask with no cue after a context all done
    if asked in classes and probability(asked) >= floor:
        chosen = asked
    if general_question(text) and "out_of_scope" in classes:  # "what is a canary release?"
        return "out_of_scope"
    wanted = _said_in_order(fixed, text, chosen)
    if wanted in classes and probability(wanted) >= ASKED_FLOOR:
        return wanted
    if chosen in _QUERY_ID:  # "status of ap-5e00b1c9aa31?": the id's form names the queue
        other = next(intent for intent in _QUERY_ID if intent != chosen)
        if other in classes and RULES[_QUERY_ID[other]].search(text) and not RULES[_QUERY_ID[chosen]].search(text):
            return other
        return chosen
    if chosen != "out_of_scope":
        return chosen
    for slot, intent in (("approval_id", "approval_query"), ("run_id", "run_status_query")):
        if intent in classes and RULES[slot].search(text):  # an id by its form says what the request is about
            return intent
    query = query_only(fixed)  # "welche Freigaben warten auf alice?": the desk's own queues, and nothing else
    if query in classes:
        return query
    named = one_kind_named(fixed, text)  # "Lanza X v5 a staging"
    if named in classes and probability(named) >= ASKED_FLOOR:
        return named
    weighed = RULES["baseline"].search(text) or _WEIGHED.search(fixed)
    if weighed and not _cue_kinds(fixed) and probability("prompt_evaluation") >= ASKED_FLOOR:
        return "prompt_evaluation"  # "does X v4 beat v3?": a version weighed against another, and no other work named
    return chosen


def _said_in_order(fixed: str, text: str, chosen: str) -> str | None:
    """The intent that the order of the request's words gives: "run the eval suite on X v9" starts work (no run
    is asked about), "before we retrain X, check whether Y drifted" asks for the check first, "who still has to
    approve my rollback?" asks about the approval queue."""
    if chosen == "run_status_query" and not RULES["run_id"].search(text) and _RUN_VERB.search(fixed):
        return one_kind_named(_RUN_VERB.sub("", fixed), text)
    first = _FIRST_THIS.match(fixed)
    if first and len(then := _cue_kinds(first.group(2))) == 1 and not then & _cue_kinds(first.group(1)):
        return INTENT_OF_CUE[then.pop()]
    return "approval_query" if _WHO_APPROVES.search(fixed) else None


_WEIGHED = re.compile(r"\b(?:beats?|outperforms?|worse than)\s+(?:the )?(?:v\d|\d+\.\d)")
"""A version weighed against another without an evaluation word: "does X v4 beat v3?"."""


def _cue_kinds(folded: str) -> set[str]:
    """The kinds of cue outside negated clauses."""
    negated = negated_spans(folded)
    return {
        kind
        for kind, pattern in CUE_PATTERNS.items()
        for m in pattern.finditer(folded)
        if not any(a <= m.start() < b for a, b in negated)
    }
