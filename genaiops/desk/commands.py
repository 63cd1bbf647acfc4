"""What the desk reads itself, before the planner: a yes or no to the plan shown, a decision on an approval,
a request for help, "why did TASK fail?". Pure: text in, a parsed command (or None) out."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

__all__ = [
    "Decide",
    "Why",
    "is_help",
    "meant_word",
    "read_decision",
    "read_why",
    "reason_span",
    "restore_ids",
    "runs_asked",
    "shield_ids",
    "yes_or_no",
]

_YES = {"yes", "y", "yes please", "confirm", "confirmed", "go", "go ahead", "run it", "ok", "okay", "do it",
        "proceed", "sure", "ja", "oui", "sí", "si"}  # fmt: skip
_NO = {"no", "n", "cancel", "stop", "abort", "never mind", "nevermind", "drop it", "nein", "non"}
_HELP = {"help", "?", "what can you do", "what can you do?", "hilfe", "aide", "ayuda"}

_DECIDE = re.compile(
    r"^(?P<verdict>approve|reject)\b(?:\s+(?:(?P<id>ap-[\w-]+)|(?:it|this|that)(?:\s+one)?\b))?"
    r"(?:\s+(?:as|in\s+role|role)\s+(?P<role>[\w.-]+))?"
    r"(?:\s*(?:,|because|reason:?|:)\s*(?P<reason>.*))?$",
    re.IGNORECASE | re.DOTALL,
)
_WHY = re.compile(
    r"\bwhy\s+(?:did|has|have|was|is)\s+(?:the\s+)?(?:task\s+)?(?P<task>[A-Za-z_][\w.-]*)(?:\s+task)?\s+"
    r"(?:fail|failed|been rejected|rejected|blocked)\b(?:.*?\b(?P<run>run-[\w-]+))?",
    re.IGNORECASE,
)
_RUNNING = re.compile(r"\b(?:running|in progress|under ?way|going on)\b", re.IGNORECASE)
_LAST = re.compile(r"\b(?:last|latest|newest|most recent|previous)\s+run\b(?!s)", re.IGNORECASE)
_LIST = re.compile(r"\b(?:runs|list|all)\b", re.IGNORECASE)
_NOT_TASKS = {"it", "this", "that", "the", "my", "run", "everything"}
_IDS = re.compile(r"\b(?:run|chat)-\d{8}-\d{6}-[0-9a-f]{6}\b|\bap-[0-9a-f]{12}\b")
"""The ids genaiops gives runs, conversations and approvals (their digits read as phone numbers to a PII scan)."""
_STAND_IN = "genaiopsref{}"


def shield_ids(text: str) -> tuple[str, list[str]]:
    """``text`` with each run, conversation and approval id replaced by a stand-in of letters (so the input
    guardrails' redactions leave them whole), and the ids in order; ``restore_ids`` puts them back."""
    ids: list[str] = []

    def stand_in(found: re.Match[str]) -> str:
        ids.append(found[0])
        return _STAND_IN.format(_letters(len(ids) - 1))

    return _IDS.sub(stand_in, text), ids


def restore_ids(text: str, ids: list[str]) -> str:
    """The ids ``shield_ids`` took out, back in their places (the last first: "…refba" holds "…refb")."""
    for n in reversed(range(len(ids))):
        text = text.replace(_STAND_IN.format(_letters(n)), ids[n])
    return text


def _letters(n: int) -> str:
    """0 -> "a", 25 -> "z", 26 -> "ba": a number written in letters only."""
    out = ""
    while True:
        n, digit = divmod(n, 26)
        out = chr(97 + digit) + out
        if n == 0:
            return out


@dataclass(frozen=True)
class Decide:
    verdict: Literal["approve", "reject"]
    approval_id: str | None
    role: str | None
    reason: str | None


@dataclass(frozen=True)
class Why:
    task: str | None
    run_id: str | None


def _plain(text: str) -> str:
    return " ".join(text.strip().strip(".!").lower().split())


def yes_or_no(text: str) -> bool | None:
    """True for a confirmation, False for a refusal, None for anything else (a new request)."""
    said = _plain(text)
    return True if said in _YES else False if said in _NO else None


def is_help(text: str) -> bool:
    return _plain(text) in _HELP


_OWN_WORDS = ("help", "yes", "no", "approve", "reject")
_WORDS_NEAR_AN_ANSWER = frozenset(
    ["on", "not", "now", "nor", "nod", "nos", "ayes", "byes", "dyes", "eyes", "lyes", "ryes", "yeas", "yews"]
)
"""English words one slip from yes or no: a word, not a slip. Read as the answer, "on" would become its
opposite, "no" (its letters swapped)."""


def meant_word(text: str) -> str | None:
    """The desk's own word (help, yes, no, approve, reject) a one-word message is one slip away from: two
    letters swapped ("hlep", "hepl", "yse"), one typed twice or one extra ("helpp"), one left out ("hep");
    None for anything else (the word itself, a word of its own such as "on" or "now" near yes or no, or a real
    request)."""
    word = _plain(text)
    if not word.isalpha() or word in _YES | _NO | _HELP | _WORDS_NEAR_AN_ANSWER:
        return None
    for own in _OWN_WORDS:
        if len(word) == len(own) and sorted(word) == sorted(own) and _swapped(word, own):
            return own
        if len(word) == len(own) + 1 and any(word[:i] + word[i + 1 :] == own for i in range(len(word))):
            return own
        if len(own) > 3 and len(word) == len(own) - 1 and any(own[:i] + own[i + 1 :] == word for i in range(len(own))):
            return own
    return None


def _swapped(word: str, own: str) -> bool:
    """Whether ``word`` is ``own`` with two letters, not necessarily adjacent, swapped."""
    apart = [i for i in range(len(own)) if word[i] != own[i]]
    return len(apart) == 2


def read_decision(text: str) -> Decide | None:
    """``approve [ap-ID | it | this | that (one)] [in role ROLE | as ROLE] [because REASON]`` or ``reject ...``
    ("it": the one request shown, as with no id); None when the text is no decision."""
    found = _DECIDE.match(text.strip())
    if found is None:
        return None
    verdict = found["verdict"].lower()
    reason = (found["reason"] or "").strip() or None
    return Decide(verdict, found["id"], found["role"], reason)  # type: ignore[arg-type]


def reason_span(text: str) -> tuple[int, int] | None:
    """Where a decision's free-text reason lies in ``text`` (``read_decision``'s grammar), or None when ``text``
    is no decision or gives no reason: the desk screens that reason, not the command words and id around it."""
    found = _DECIDE.match(text)
    if found is None or not (found["reason"] or "").strip():
        return None
    return found.span("reason")


def runs_asked(text: str) -> Literal["running", "last", "latest"] | None:
    """Which runs a status question naming no run means: "show me the last run" -> the newest one, "what's
    running?" -> the running ones, "list runs" -> the latest ones; None: the run the conversation is about."""
    if _LAST.search(text):
        return "last"
    if _RUNNING.search(text):
        return "running"
    return "latest" if _LIST.search(text) else None


def read_why(text: str) -> Why | None:
    """ "why did verify fail?" (optionally naming the run); "why did it fail?" asks about every failed task."""
    found = _WHY.search(text)
    if found is None:
        if re.search(r"\bwhy\b.*\b(fail|failed|rejected)\b", text, re.IGNORECASE):
            run = re.search(r"\brun-[\w-]+", text)
            return Why(None, run[0] if run else None)
        return None
    task = found["task"]
    if re.fullmatch(r"run-[\w-]+", task):  # "why did run-… fail?": the run named where a task would be
        return Why(None, found["run"] or task)
    return Why(None if task.lower() in _NOT_TASKS else task, found["run"])
