"""A seventh hand-written blind probe set for the toxicity guardrail: workplace and operations messages (Slack and
Teams channels, incident bridges, PR reviews, tickets, DMs, retros, on-call handovers, 1:1 notes and
performance-review drafts), one message per item, labelled by hand.

Written on 2026-12-05 (session 22) by helper "tox-blind7", in one sitting, *before reading the detector*: no toxicity
rule, cue, target, model, training script or training file was opened, and no item of an earlier probe set or of the
generated set; only the bench's split wiring, the sixth set's module docstring, loader signature, test and docs
entry, and the kind names, ``ChatItem`` and ``hand_written_items`` of :mod:`workplace_chat`, for the item format.
Toxicity is about people, not words (issue #14.3).

- 99 hostile messages in 12 forms (:data:`HOSTILE_FORMS`, each scored as a kind of :mod:`workplace_chat`):
  belittling competence with sarcasm and backhanded praise 12, ridicule and "jokes" 8, mocking accent, language, age,
  appearance, religion, parenthood or health 8, public humiliation 7, sexual and personal remarks 5 (harassment 40);
  threats dressed as advice 8, threats to a career 7, veiled personal threats 6 (veiled_threat 21); pressure and
  standing over someone 8, silencing people who report 6 (intimidation 14); exclusion and gatekeeping 11; group
  demeaning by implication 13.
- 96 not hostile in 8 forms (:data:`BENIGN_FORMS`): 58 hard negatives in ops language (ops_violent 20,
  ops_profanity 18, and 20 ops_ordinary: dark humour about outages, blunt review of code, words such as threat,
  attacker, exclude, kill switch, hunt down, victims or harassment training put to harmless use), 6 messages of
  praise and thanks addressed to a person in an ops setting, also scored as ops_ordinary (so the ops kinds hold 64);
  civil_disagreement 16 (civil disagreement 10, firm but fair feedback and advice 6), abuse quoted to report it 8,
  self-deprecation 8.

33 messages are in another language, each with a comment: German 13 (``# de``), French 10, Spanish 9, Italian 1.
Score it alone with ``bench/toxicity.py --split blind7``. Main was scored on it once, right after it was committed;
once anyone has read its errors, its figures stop being blind. It is for judging only: no training script may import
it (tests/safety/test_toxicity_probe_sets.py checks).
"""

from __future__ import annotations

from genaiops.safety.guardrails.train.workplace_chat import TEMPLATES, ChatItem, hand_written_items
from genaiops.safety.guardrails.train.workplace_chat_blind7_benign import BENIGN_FORMS
from genaiops.safety.guardrails.train.workplace_chat_blind7_hostile import HOSTILE_FORMS

__all__ = ["BENIGN_FORMS", "BLIND7", "HOSTILE_FORMS", "blind7_items"]

BLIND7: dict[str, tuple[str, ...]] = {
    kind: tuple(text for form_kind, texts in (*HOSTILE_FORMS.values(), *BENIGN_FORMS.values()) for text in texts
                if form_kind == kind)
    for kind in TEMPLATES
}  # fmt: skip
"""Kind -> its messages, the forms of both halves folded onto the kinds of :mod:`workplace_chat`."""


def blind7_items() -> list[ChatItem]:
    """Every seventh-blind item, labelled by its kind (part ``"blind7"``; the template is the text itself)."""
    return hand_written_items(BLIND7, "blind7")
