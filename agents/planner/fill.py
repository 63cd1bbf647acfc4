"""What both planners do after reading a request: check the text, keep only verbatim slots, choose the
catalogue scenario (the intent's preferred ones, ranked by retrieval from Chroma memory; a scenario the table
does not know is found by retrieval alone) and fill its params from the slots by name, with notes."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from genaiops.agents.planner import SCENARIO_OF, SLOT_KEYS, PlannerAnswer
from genaiops.errors import UserError, did_you_mean

if TYPE_CHECKING:
    from genaiops.agents.planner.catalogue import Catalogue, Entry

__all__ = ["MAX_CHARS", "NEW_SCENARIO_DISTANCE", "check_text", "complete"]

MAX_CHARS = 4000
"""The longest request read (a request is a sentence or a paragraph, not a document)."""
NEW_SCENARIO_DISTANCE = 0.70
NEW_SCENARIO_MARGIN = 0.05
"""A scenario the intent table does not list is chosen by retrieval alone when it is this close (cosine
distance, hashing encoder) and leads the next hit by the margin; when the intent has scenarios of its own, only
when it is much closer than they are (``OVERRIDE_DISTANCE``, 0.1 closer). See docs/planner.md."""
OVERRIDE_DISTANCE = 0.55
_TABLED = frozenset(n for names in SCENARIO_OF.values() for n in names)
_STORE_INTENTS = ("approval_query", "run_status_query")
_MODEL_HINTS = ("model", "version")


def check_text(text: object) -> str:
    """The request, stripped; empty or longer than ``MAX_CHARS`` is a ``UserError`` saying what to type."""
    if not isinstance(text, str) or not text.strip():
        raise UserError(
            'the request is empty: say what you want done, e.g. "checkout p99 is high since 10:00" or '
            '"roll back fraud-scorer to v1"'
        )
    text = text.strip()
    if len(text) > MAX_CHARS:
        raise UserError(
            f"the request is {len(text)} characters long; the planner reads at most {MAX_CHARS}: say what you "
            "want done in a sentence or two (details such as logs belong in the scenario's inputs)"
        )
    return text


def complete(
    answer: PlannerAnswer, text: str, context: dict[str, str] | None, catalogue: Catalogue | None
) -> PlannerAnswer:
    """``answer`` with slots checked, the scenario chosen and its params filled, the notes saying why."""
    notes = list(answer.notes)
    slots = _verbatim(answer.slots, text, notes)
    answer = answer.model_copy(update={"slots": slots, "notes": notes})
    if answer.intent in _STORE_INTENTS:
        return answer.model_copy(update={"scenario": None, "params": {}})
    if catalogue is None:
        return answer
    check_names(slots, catalogue, notes)
    entry = choose_scenario(answer, text, catalogue, notes)
    if entry is None:
        return answer
    params = fill_params(entry, slots, context or {}, catalogue, notes)
    _partly_named_model(entry, params, text, catalogue, notes)
    return answer.model_copy(update={"scenario": entry.name, "params": params, "notes": notes})


def _partly_named_model(
    entry: Entry, params: dict[str, Any], text: str, catalogue: Catalogue, notes: list[str]
) -> None:
    """A scenario acting on a model given none, from a request that names part of a known model ("the fraud
    model": fraud-scorer): a note says that the scenario's default model is the one acted on, and how to name
    the one meant, instead of planning on the default unsaid."""
    if "model" in params or not any(p.name == "model" for p in entry.params):
        return
    words = {w.lower() for w in re.findall(r"[\w-]+", text)}
    default = next(p.spec.default for p in entry.params if p.name == "model")
    known = catalogue.known.get("model", ())
    meant = sorted(m for m in known if m != default and m.lower().split("-")[0] in words - {"model"})
    if meant:
        notes.append(
            f"no model named: {entry.name} acts on its default model {default!r}; did you mean "
            f"{' or '.join(map(repr, meant[:3]))}? Say its whole name in the request"
        )


KEPT_WHEN_UNKNOWN = ("model",)
"""Slots checked against the names the system knows but kept when unknown (a drill stages a model it has not
seen; the scenario's tools refuse one that does not exist): the note says so and names the closest ones."""


def check_names(slots: dict[str, str], catalogue: Catalogue, notes: list[str]) -> None:
    """A note for each ``KEPT_WHEN_UNKNOWN`` slot whose value the catalogue's known names (the home's model
    registry, the scenarios' own models) do not hold, with the closest known names."""
    import difflib

    for slot in KEPT_WHEN_UNKNOWN:
        value, known = slots.get(slot), catalogue.known.get(slot)
        if not value or not known or _as_named(value, known) in known:
            continue
        close = difflib.get_close_matches(value.lower(), known, n=3, cutoff=0.6)
        close = close or [k for k in known if k.startswith(value.lower()) or value.lower().startswith(k)][:3]
        hint = (
            f"did you mean {' or '.join(repr(c) for c in close)}?"
            if close
            else f"known: {', '.join(known[:6])}{', ...' if len(known) > 6 else ''}"
        )
        notes.append(f"unknown {slot} {value!r}: not in the model registry or the catalogue; {hint}")


_LOG_LINE = re.compile(
    r"^\s*\[?(?:\d{4}-\d{2}-\d{2}[T ]?|\d{2}:\d{2}:\d{2}|(?:TRACE|DEBUG|INFO|WARN|WARNING|ERROR|FATAL|CRITICAL)\b)"
    r"|\blevel=\w+"
)
"""A pasted log line: it starts with a date, a time of day or a level word in capitals, or holds ``level=``."""


def said_text(text: str) -> str:
    """``text`` without the log lines pasted into it: what the person said (slots come only from there)."""
    return "\n".join(line for line in text.splitlines() if not _LOG_LINE.search(line))


def _verbatim(slots: dict[str, str], text: str, notes: list[str]) -> dict[str, str]:
    kept, said = {}, said_text(text)
    for key, value in slots.items():
        if key not in SLOT_KEYS:
            notes.append(f"slot {key!r} is not a slot the planner knows{did_you_mean(key, SLOT_KEYS)}; ignored")
        elif not isinstance(value, str) or not value.strip() or value not in text:
            notes.append(f"slot {key}={value!r} is not text of the request; ignored")
        elif value not in said:
            notes.append(f"{key}={value!r} is a word of a pasted log line, not of the request; ignored")
        else:
            kept[key] = value
    return kept


def choose_scenario(answer: PlannerAnswer, text: str, catalogue: Catalogue, notes: list[str]) -> Entry | None:
    """The scenario to instantiate: one the request names; else the intent's preferred scenarios ranked by
    retrieval; else (or when it is clearly closer) a scenario retrieval finds that the table does not list."""
    if answer.scenario:  # the LLM planner names one from the catalogue it was shown
        entry = catalogue.find(answer.scenario)
        if entry is not None:
            return entry
        notes.append(f"the planner chose {answer.scenario!r}, which the catalogue does not hold")
    named = answer.slots.get("scenario")
    if named:
        entry = catalogue.find(named)
        if entry is not None:
            return entry
        notes.append(f"no scenario called {named!r} in the catalogue{did_you_mean(named, catalogue.names())}")
    preferred = [e for e in (catalogue.find(n) for n in SCENARIO_OF[answer.intent]) if e is not None]
    hits = catalogue.search(text, k=5)
    ranked = sorted(preferred, key=lambda e: _rank(e, hits, answer))
    best = ranked[0] if ranked else None
    found = _untabled(hits, best)
    if found is not None:
        notes.append(f"scenario {found[0].name!r} found by retrieval (distance {found[1]:.2f})")
        return found[0]
    if best is None and SCENARIO_OF[answer.intent]:
        wanted = ", ".join(SCENARIO_OF[answer.intent])
        notes.append(f"no scenario for {answer.intent} in the catalogue (looked for {wanted})")
    return best


def _untabled(hits: list[tuple[Entry, float]], best: Entry | None) -> tuple[Entry, float] | None:
    """The nearest hit the intent table does not list, when retrieval makes a clear case for it."""
    if not hits or hits[0][0].name in _TABLED:
        return None
    entry, distance = hits[0]
    if best is None:
        runner_up = hits[1][1] if len(hits) > 1 else 1.0
        clear = distance <= NEW_SCENARIO_DISTANCE and runner_up - distance >= NEW_SCENARIO_MARGIN
    else:
        own = next((d for e, d in hits if e.name == best.name), 1.0)
        clear = distance <= OVERRIDE_DISTANCE and own - distance >= 0.1
    return (entry, distance) if clear else None


def _rank(entry: Entry, hits: list[tuple[Entry, float]], answer: PlannerAnswer) -> tuple[int, float]:
    """Retrieval's distance, after the rule that a request about a model deploy is the cross-discipline
    incident (``model-incident``) rather than the plain one."""
    about_model = any(k in answer.slots for k in _MODEL_HINTS)
    rule = 0 if (entry.name == "model-incident") == about_model else 1
    distance = next((d for e, d in hits if e.name == entry.name), 1.0)
    return (rule if answer.intent == "incident_investigation" else 0, distance)


def fill_params(
    entry: Entry, slots: dict[str, str], context: dict[str, str], catalogue: Catalogue, notes: list[str]
) -> dict[str, Any]:
    """The scenario's params from the slots of the same name (then the conversation's context), each read as
    its declared type and checked against its allowed values and the names the system knows."""
    from genaiops.graphs.params import parse_value

    params: dict[str, Any] = {}
    names = {p.name for p in entry.params}
    for param in entry.params:
        slot = _slot_for(param.name, names, slots)
        raw, carried = slots.get(slot), False
        if raw is None and slot in context:
            raw, carried = context[slot], True
        if raw is None:
            continue
        ok, value = parse_value(param.type, _numeric(param.type, raw))
        if not ok:
            notes.append(f"{param.name}={raw!r} is not a {param.type}; {entry.name} uses its default instead")
            continue
        allowed = param.spec.allowed
        known = catalogue.known.get(param.name)
        value = _as_named(_as_named(value, allowed), known)
        if allowed and value not in allowed:
            hint = did_you_mean(str(value), [str(a) for a in allowed])
            notes.append(f"{param.name}={raw!r} is not one of {', '.join(map(str, allowed))}{hint}")
            continue
        if known and str(value) not in known and param.name not in KEPT_WHEN_UNKNOWN:
            notes.append(f"unknown {param.name} {raw!r}{did_you_mean(str(value), known)}")
            continue
        if carried:
            notes.append(f"{param.name}={raw} carried over from the conversation")
        params[param.name] = value
    used = {_slot_for(p.name, names, slots) for p in entry.params}
    if _window_from_since(entry, slots, params, notes):
        used.add("since")
    unused = sorted(set(slots) - used - {"scenario"})
    if unused:
        notes.append(f"{entry.name} has no parameter for: {', '.join(f'{k}={slots[k]}' for k in unused)}")
    return params


_CLOCK = re.compile(
    r"(?:(?P<h>[01]?\d|2[0-3])[:.h](?P<m>[0-5]\d)|(?P<h12>1[0-2]|0?[1-9])(?::(?P<m12>[0-5]\d))?\s*(?P<half>[ap])\.?m\.?)"
    r"(?:\s*(?P<utc>utc|z|gmt))?",
    re.IGNORECASE,
)
_SPAN = re.compile(r"(?:(?:last|past)\s+)?(?P<n>\d+)?\s*(?P<unit>min(?:ute)?s?|h(?:ou)?rs?|hours?)", re.IGNORECASE)


def _window_from_since(entry: Entry, slots: dict[str, str], params: dict[str, Any], notes: list[str]) -> bool:
    """A time the request gives ("since 10:00", "last 30 minutes") set as the window of a scenario that takes
    ``minutes_ago`` (the fault's start, before the scenario's own clock ``at:``): a clock time is read in the
    speaker's zone (this process's: ``TZ`` or the system's; "10:00 UTC" in UTC) on the scenario's day, and a note
    says how it was read and in which zone. True when the time was used."""
    raw = slots.get("since")
    if raw is None or "minutes_ago" in params or entry.param("minutes_ago") is None:
        return False
    minutes, how = _minutes_before(raw.strip(), entry.at)
    if minutes is None:
        notes.append(f"since={raw}: {how}; {entry.name} keeps its default minutes_ago")
        return True
    params["minutes_ago"] = minutes
    notes.append(f"since={raw}: {how}, so minutes_ago={minutes}")
    return True


def _minutes_before(since: str, at: str | None) -> tuple[int | None, str]:
    """(how many minutes before the scenario's clock ``at`` ``since`` lies, how it was read) or (None, why not)."""
    from datetime import datetime

    span = _SPAN.fullmatch(since)
    if span and (span["n"] or since.lower().startswith(("last", "past"))):
        n = int(span["n"] or 1)
        minutes = n * 60 if span["unit"].lower().startswith("h") else n
        return minutes, f"read as the last {minutes} minutes"
    clock = _CLOCK.fullmatch(since)
    if clock is None:
        return None, "not a clock time (HH:MM, 9am, 14:00 UTC) or a span (last 30 minutes)"
    if at is None:
        return None, "the scenario sets no clock (at:) to count back from"
    if clock["half"]:
        hour, minute = int(clock["h12"]) % 12 + (12 if clock["half"].lower() == "p" else 0), int(clock["m12"] or 0)
    else:
        hour, minute = int(clock["h"]), int(clock["m"])
    now = datetime.fromisoformat(at)
    here = now if clock["utc"] else now.astimezone()  # the speaker's zone at the scenario's clock (DST included)
    start = here.replace(hour=hour, minute=minute, second=0, microsecond=0)
    minutes = int((here - start).total_seconds() // 60)
    zone = _zone_named(here)
    if zone == "UTC":
        read = f"read as {start:%H:%M} UTC on the scenario's day ({now:%Y-%m-%d}, its clock {now:%H:%M} UTC)"
    else:
        read = (
            f"read as {start:%H:%M} {zone} (this machine's zone; write {since} UTC for UTC) on the scenario's day "
            f"({here:%Y-%m-%d}, its clock {now:%H:%M} UTC = {here:%H:%M} {zone})"
        )
    if minutes <= 0:
        return None, read + ", which is not before its clock"
    return minutes, read


def _zone_named(moment: Any) -> str:
    """``moment``'s zone as a reader knows it: ``UTC``, or its abbreviation and offset (``CET, UTC+01:00``)."""
    offset = moment.utcoffset()
    if not offset:
        return "UTC"
    sign, seconds = ("+" if offset.total_seconds() > 0 else "-"), abs(int(offset.total_seconds()))
    stamp = f"UTC{sign}{seconds // 3600:02d}:{seconds % 3600 // 60:02d}"
    name = moment.tzname()
    return stamp if not name or name.startswith(("UTC", "+", "-")) else f"{name}, {stamp}"


def _as_named(value: Any, names: Any) -> Any:
    """``value`` as the one name of ``names`` it is but for capitals ("Auth" at a sentence's start, a German
    noun, is the service auth), else as it is (an exact name, or several that differ only in case, stay)."""
    if not isinstance(value, str) or not names or value in names:
        return value
    same = [n for n in names if isinstance(n, str) and n.casefold() == value.casefold()]
    return same[0] if len(same) == 1 else value


def _slot_for(param: str, params: set[str], slots: dict[str, str]) -> str:
    """The slot that fills ``param``: the one of its name, except that a scenario with a ``version`` but no
    ``target`` param (a rollback: the version it makes live) takes the target ("roll back X to v3")."""
    if param == "version" and "target" not in params and "target" in slots:
        return "target"
    return param


def _numeric(kind: str, raw: str) -> str:
    """A version written ``v3`` is 3 for an integer or number param (registry versions are numbers)."""
    if kind in ("integer", "number") and raw[:1] in "vV" and raw[1:].replace(".", "", 1).isdigit():
        return raw[1:]
    return raw
