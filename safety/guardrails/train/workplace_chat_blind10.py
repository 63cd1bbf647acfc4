"""A tenth hand-written blind probe set for the toxicity guardrail: workplace and operations messages (Slack and
Teams channels, incident bridges, PR reviews, tickets, DMs, retros, on-call handovers, 1:1 notes, performance-review
drafts, all-hands Q&A, vendor calls and customer threads), one message per item, labelled by hand.

Written on 2026-12-05 (session 25) by helper "tox-blind10", in one sitting, *before reading the detector*: no
toxicity rule, cue, target, model, training script or training file was opened, and no item of an earlier probe set
or of the generated set; only the bench's split wiring, the ninth set's module docstring and loader signature, the
kind names and labels and the ``ChatItem`` / ``hand_written_items`` signatures of :mod:`workplace_chat`, the
probe-set test's structure and the ninth set's docs entry, for the format. Toxicity is about people, not words
(issue #14.3).

- 95 hostile messages in 12 forms (:data:`HOSTILE_FORMS`, each scored as a kind of :mod:`workplace_chat`):
  sarcasm and backhanded praise 11, "jokes" and nicknames 7, mocking accent, age, religion, parenthood, pregnancy,
  weight, neurodivergence or language 8, public shaming 7, sexual and personal remarks 5 (harassment 38); threats
  dressed as advice 7, threats to a career, contract or reference 6, veiled personal threats 5 (veiled_threat 18);
  surveillance and pressure 8, silencing those who report 6 (intimidation 14); exclusion and gatekeeping 11; group
  demeaning by implication 14.
- 104 not hostile in 8 forms (:data:`BENIGN_FORMS`): 64 hard negatives in ops language (ops_violent 22,
  ops_profanity 20, and 22 ops_ordinary: dark humour about outages, blunt review of code and designs, and words such
  as threat model, attacker, victim, kill switch, exclude, reaper, ban list, attack surface, haunted house and dead in
  the water put to harmless use), 8 messages of praise and customer-service answers addressed to a person, also
  scored as ops_ordinary (so the ops kinds hold 72); civil_disagreement 17 (civil disagreement 10, firm but fair
  feedback 7), abuse quoted to report it 8, self-deprecation 7.

49 messages are in another language, each with a comment: German 18 (``# de``), French 13, Spanish 12, Italian 2,
Portuguese 2, Dutch 1, Polish 1. Score it alone with ``bench/toxicity.py --split blind10``. Main was scored on it
once, right after it was committed; once anyone has read its errors, its figures stop being blind. It is for judging
only: no training script may import it (tests/safety/test_toxicity_probe_sets.py checks).
"""

from __future__ import annotations

from genaiops.safety.guardrails.train.workplace_chat import TEMPLATES, ChatItem, hand_written_items
from genaiops.safety.guardrails.train.workplace_chat_blind10_benign import BENIGN_FORMS
from genaiops.safety.guardrails.train.workplace_chat_blind10_hostile import HOSTILE_FORMS

__all__ = ["BENIGN_FORMS", "BLIND10", "HOSTILE_FORMS", "blind10_items"]


def _by_kind() -> dict[str, tuple[str, ...]]:
    """The forms folded onto the kinds of :mod:`workplace_chat`, in its kind order."""
    table: dict[str, list[str]] = {kind: [] for kind in TEMPLATES}
    for kind, messages in (*HOSTILE_FORMS.values(), *BENIGN_FORMS.values()):
        table[kind].extend(messages)
    return {kind: tuple(messages) for kind, messages in table.items() if messages}


BLIND10 = _by_kind()
"""Kind -> the tenth blind set's messages of that kind."""


def blind10_items() -> list[ChatItem]:
    """Every tenth-blind item, labelled by its kind (part ``"blind10"``; the template is the text itself)."""
    return hand_written_items(BLIND10, "blind10")
