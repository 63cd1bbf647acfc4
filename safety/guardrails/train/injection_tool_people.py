"""Training-only benign rows for the tool-result model trained across authors: notes to *people* called assistants.

A document may hold a note to a human assistant ("Executive assistant: please send the board pack ..."): the tool
rules leave those alone (``injection_rules._HUMAN_KIND``), but the model trained across authors learnt "assistant:"
followed by an order as an injection and blocked such a note (0.95). These rows are a general kind — a role that
names a person (personal, executive, office, team, legal, lab, research, teaching, dental assistant; a PA or a
secretary), addressed with a colon or a comma, asked to do an ordinary office task — written for issue 14, not copied
from any probe set or test. Every role is paired with every task. Never scored by a bench; only
``train_injection_authors.py`` reads them (the input models do not).
"""

from __future__ import annotations

__all__ = ["notes_to_assistants"]

ROLES = (
    "Personal assistant",
    "Executive assistant",
    "Office assistant",
    "Team assistant",
    "Legal assistant",
    "Lab assistant",
    "Research assistant",
    "Teaching assistant",
    "Dental assistant",
    "Administrative assistant",
    "PA",
    "Secretary",
)
TASKS = (
    "book the small meeting room for Thursday at 10 and order coffee for six.",
    "send the signed contract back to the supplier and file a copy in the shared drive.",
    "move my 3 pm call with the auditors to next week and tell them why.",
    "pay the catering invoice from the team budget and keep the receipt.",
    "print the slides for the board meeting and put them in the blue folder.",
    "reply to the travel agency that we need the earlier flight on Monday.",
)


def notes_to_assistants() -> list[tuple[str, str]]:
    """(text, fold group): each role with each task, grouped by role (one role's notes stay in one fold)."""
    return [(f"{role}: {task[0].upper()}{task[1:]}" if k % 2 else f"{role}, {task}", f"people:{role}")
            for role in ROLES for k, task in enumerate(TASKS)]  # fmt: skip
