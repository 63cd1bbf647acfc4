"""A sixth hand-written blind probe set for the toxicity guardrail: workplace and operations messages (Slack and
Teams channels, incident bridges, PR reviews, tickets, DMs, retros, on-call handovers, 1:1 notes and
performance-review drafts), one message per item, labelled by hand.

Written on 2026-12-05 (session 21) by helper "tox-blind6", in one sitting, *before reading the detector*: no toxicity
rule, cue, target, model, training script or training file was opened, and no item of an earlier probe set or of the
generated set; only the bench's split wiring, the fifth set's module docstring and loader signature, and the kind
names, ``ChatItem`` and ``hand_written_items`` of :mod:`workplace_chat`, for the item format. Toxicity is about
people, not words (issue #14.3).

- 99 hostile messages in 12 forms (:data:`HOSTILE_FORMS`, each scored as a kind of :mod:`workplace_chat`):
  belittling competence with sarcasm and backhanded praise 11, ridicule and "jokes" 7, mocking accent, language, age,
  appearance or parenthood 8, public humiliation 7, sexual and personal remarks 6 (harassment 39); threats dressed as
  advice 8, threats to a career 7, veiled personal threats 6 (veiled_threat 21); pressure and standing over someone
  8, silencing people who report 6 (intimidation 14); exclusion and gatekeeping 11; group demeaning by implication
  14.
- 95 not hostile in 8 forms (:data:`BENIGN_FORMS`): 61 hard negatives in ops language (ops_violent 21, ops_profanity
  18, and 22 ops_ordinary: dark humour about outages, blunt review of code, words such as exclude, threat, attacker,
  kill, hunt down or harassment put to harmless use), 5 messages of praise and thanks addressed to a person, also
  scored as ops_ordinary (so the ops kinds hold 66); civil_disagreement 12 (civil disagreement 7, firm but fair
  feedback and advice 5), abuse quoted to report it 9, self-deprecation 8.

29 messages are in another language, each with a comment: German 12 (``# de``), French 8, Spanish 7, Portuguese 1,
Polish 1. Score it alone with ``bench/toxicity.py --split blind6``. Main was scored on it once, right after it was
committed; once anyone has read its errors, its figures stop being blind. It is for judging only: no training
script may import it (tests/safety/test_toxicity_probe_sets.py checks).
"""

from __future__ import annotations

from genaiops.safety.guardrails.train.workplace_chat import TEMPLATES, ChatItem, hand_written_items
from genaiops.safety.guardrails.train.workplace_chat_blind6_benign import BENIGN_FORMS
from genaiops.safety.guardrails.train.workplace_chat_blind6_hostile import HOSTILE_FORMS

__all__ = ["BENIGN_FORMS", "BLIND6", "HOSTILE_FORMS", "blind6_items"]

BLIND6: dict[str, tuple[str, ...]] = {
    kind: tuple(
        text
        for form_kind, texts in (*HOSTILE_FORMS.values(), *BENIGN_FORMS.values())
        if form_kind == kind
        for text in texts
    )
    for kind in TEMPLATES
}
"""Kind of :mod:`workplace_chat` -> the messages of every form scored as that kind."""


def blind6_items() -> list[ChatItem]:
    """Every sixth-blind item, labelled by its kind (part ``"blind6"``; the template is the text itself)."""
    return hand_written_items(BLIND6, "blind6")
