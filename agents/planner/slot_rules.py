"""Slot rules: the slots whose form is certain, and the checks on the tagger's spans by their form.

- ``RULES``: run and approval ids as genaiops makes them, a time after "since" (seit, depuis, desde), a version
  compared against; ``rule_slots`` puts their matches over the tagger's values.
- Versions (``version_slots``, ``rollback_versions``): which of version, baseline and target each is.
- ``key=value`` pairs as ``@opsbot`` takes them (``keyvalue_slots``, ``pairs_only``).
- Names by their form (``names_by_form``) and spans that are no value at all (``plain_span``).

The readings of a slot's neighbouring words are in ``readings``; ``Model.slots`` applies both.
"""

from __future__ import annotations

import re

from genaiops.agents.planner.readings import (
    NO_PERSON,
    SERVICE_WORDS,
    rollback_target,
    rollback_target_in_passing,
    states_a_start,
)
from genaiops.agents.planner.tokens import WORD, fold

__all__ = [
    "ARTICLES",
    "NAMED_SLOTS",
    "PROSE_WORDS",
    "RULES",
    "SLOT_ALIASES",
    "VERSION",
    "keyvalue_slots",
    "names_by_form",
    "pairs_only",
    "plain_span",
    "rollback_versions",
    "rule_slots",
    "said_of_a_service",
    "version_slots",
    "worded_versions",
]

_TIME = (
    r"\d{1,2}:\d\d(?:\s?UTC)?|\d{1,2}\s?(?:am|pm)|\d{1,2}(?::\d\d)? Uhr|\d{1,2}h(?:\d\d)?|midnight|noon"
    r"|this morning|yesterday(?: evening| morning)?"
    r"|last night|(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|heute (?:morgen|fr[uü]h|nacht)|gestern(?: abend| nacht)?|mitternacht|(?:mon|diens|donners|frei|sams|sonn)tag"
    r"|mittwoch|ce matin|hier(?: soir)?|minuit|midi|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
    r"|esta ma[nñ]ana|ayer(?: por la (?:ma[nñ]ana|tarde|noche))?"
    r"|anoche|medianoche|mediod[ií]a|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo"
    r"|(?:las \d{1,2}(?::\d\d|h(?:\d\d)?)?|la una)(?: y (?:media|cuarto))?(?: de la (?:ma[nñ]ana|tarde|noche)|\s?UTC)?"
    r"|el mediod[ií]a|(?:esta|la) madrugada|el fin de semana|anteayer"
    r"|avant-hier|cette nuit|ce week-end|vorgestern|(?:dem )?wochenende"
    r"|el (?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)"
    r"|hace (?:una?|\d+|dos|tres) (?:horas?|minutos?|d[ií]as?|semanas?)|hace (?:media hora|un rato)"
    r"|(?:une|\d+) (?:heures?|minutes?|jours?)"
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
        r"\s+(?:the (?:champion|current one|live one|current|live) |what'?s (?:live|current|in prod) )?\(?"
        r"(v\d+|\d+\.\d+\.\d+)\b"
        r"|\b(?:comp[aá]r|vergleich)\w*\b[^.;?!]*?\s(?:with|to|con|mit|avec|zu)\s+\(?(v\d+|\d+\.\d+\.\d+)\b",
        re.IGNORECASE,
    ),
    "approval_id": re.compile(r"\b(ap-[0-9a-f]{12})\b"),
    "since": re.compile(
        rf"\b(?:since|seit|depuis|desde)\s+({_TIME})\b|\bin the ((?:last|past) [\w ]{{0,12}}?(?:minutes?|hours?|days?"
        r"|week))\b|\ben (?:la|las|los) ((?:[uú]ltim[ao]s?) (?:\d+ )?(?:horas?|minutos?|d[ií]as?|semanas?))\b"
        r"|\bin der ((?:letzten) (?:\d+ )?(?:stunden?|minuten?|tage?n?|woche))\b",
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


VERSION = re.compile(r"(?<![\w.])(?<![A-Za-z][-_])(v\d+|\d+\.\d+\.\d+)(?!\w|\.\d)")
_WORDED_VERSION = re.compile(r"\b(version|versi[oó]n|versione)\s+(\d+)(?![\w.])", re.IGNORECASE)


def worded_versions(text: str) -> str:
    """``text`` with a version said as the word and a number ("to version 1", "auf die Version 3") written as the
    version form the slot rules read (``version v1``): else the number is no version, and is dropped unsaid."""
    return _WORDED_VERSION.sub(lambda m: f"{m.group(1)} v{m.group(2)}", text)


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
    out = {k: v for k, v in slots.items() if k not in _VERSION_SLOTS or VERSION.fullmatch(v)}  # form is certain
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
    for m in VERSION.finditer(text):
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


def pairs_only(text: str) -> bool:
    """Whether ``text`` has fewer than ``PROSE_WORDS`` words outside its ``key=value`` pairs: an @opsbot form."""
    return len(WORD.findall(_PAIR.sub(" ", text))) < PROSE_WORDS


def names_by_form(slots: dict[str, str], known: dict[str, str]) -> dict[str, str]:
    """A ``requester`` is a person, a ``service`` one of the system's names or a plain word, a ``model`` named
    with hyphens (``fraud-detector``) and a ``scenario`` a catalogue name (kebab-case): a value with an
    underscore (``support_answer``) is none of them but an identifier as prompts are named (the prompt, when the
    request has no other; "the answers triage_prompt gave", "the summarize_ticket evaluation"), and a requester
    with a digit or a hyphen is no person (dropped)."""
    out = dict(slots)
    for slot in ("requester", "service", "model", "scenario"):
        value = out.get(slot)
        if value is None or (slot == "service" and known.get(fold(value)) == "service"):
            continue
        if "_" in value:
            del out[slot]
            if "prompt" not in out and not any(c.isdigit() for c in value):
                out["prompt"] = value
        elif slot == "requester" and (any(c.isdigit() or c == "-" for c in value) or value.lower() in NO_PERSON):
            del out[slot]
        elif slot == "scenario" and not _SCENARIO_WORDS & set(fold(value).split("-")):
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


ARTICLES = frozenset({
    "the", "a", "an", "der", "die", "das", "dem", "den", "des", "ein", "eine", "einem", "einen", "le", "la", "les",
    "un", "une", "du", "el", "los", "las", "una", "unos", "del", "al", "kein", "keine", "keinen", "keinem",
    "aucun", "aucune", "ningun", "ninguna", "ninguno", "no", "lo",
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


def said_of_a_service(toks: list[tuple[str, int, int]], i: int, j: int) -> bool:
    """Whether the span ``toks[i:j]`` is said of as a service: a service word after it ("checkout is down",
    "payments looks unhealthy") or "service" before it."""
    after = fold(toks[j][0]) if j < len(toks) else ""
    before = fold(toks[i - 1][0]) if i else ""
    return after in SERVICE_WORDS or before in ("service", "svc", "dienst")


def plain_span(slot: str, words: list[str], i: int, j: int, intent: str, common: frozenset[str]) -> bool:
    """Whether the tagger's span ``words[i:j]`` for ``slot`` is no value: a name made only of ``common`` words
    (words the training requests never use as names) and ``ARTICLES``, or a time that states no start ("rolled
    back on Monday"), a span word with no unit ("undo the last X") or a clock time in an errand ("order pizza at
    18:00": when to do it, not when trouble began)."""
    if slot in NAMED_SLOTS and all(fold(t) in common | ARTICLES for t in words[i:j]):
        return True
    if slot != "since":
        return False
    return (
        not states_a_start(words, i)
        or (j - i == 1 and fold(words[i]) in _SPAN_ONLY)
        or (intent == "out_of_scope" and i > 0 and fold(words[i - 1]) in _AT)
    )
