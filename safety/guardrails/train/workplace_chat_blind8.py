"""An eighth hand-written blind probe set for the toxicity guardrail: workplace and operations messages (Slack and
Teams channels, incident bridges, PR reviews, tickets, DMs, retros, on-call handovers, 1:1 notes, performance-review
drafts, all-hands Q&A, vendor and customer threads), one message per item, labelled by hand.

Written on 2026-12-05 (session 23) by helper "tox-blind8", in one sitting, *before reading the detector*: no toxicity
rule, cue, target, model, training script or training file was opened, and no item of an earlier probe set or of the
generated set; only the bench's split wiring, the seventh set's module docstring and loader signature, the kind names
and ``ChatItem`` / ``hand_written_items`` signatures of :mod:`workplace_chat`, and the probe-set test's structure, for
the format. Toxicity is about people, not words (issue #14.3).

- 94 hostile messages in 12 forms (:data:`HOSTILE_FORMS`, each scored as a kind of :mod:`workplace_chat`):
  sarcasm and backhanded praise 11, "jokes" and nicknames 7, mocking accent, age, religion, body, parenthood, health,
  stutter or language 8, public shaming 6, sexual and personal remarks 5 (harassment 37); threats dressed as advice 7,
  threats to a career 7, veiled personal threats 5 (veiled_threat 19); pressure and standing over someone 8,
  silencing people who report 6 (intimidation 14); exclusion and gatekeeping 11; group demeaning by implication 13.
- 99 not hostile in 8 forms (:data:`BENIGN_FORMS`): 62 hard negatives in ops language (ops_violent 21,
  ops_profanity 19, and 22 ops_ordinary: dark humour about outages, blunt review of code, and words such as threat
  model, attacker, exclude, kill switch, victims, dead on arrival, hunt and reap put to harmless use), 7 messages of
  praise and customer-service answers addressed to a person, also scored as ops_ordinary (so the ops kinds hold 69);
  civil_disagreement 15 (civil disagreement 9, firm but fair feedback 6), abuse quoted to report it 8,
  self-deprecation 7.

33 messages are in another language, each with a comment: German 12 (``# de``), French 9, Spanish 9, Italian 1,
Dutch 1, Polish 1. Score it alone with ``bench/toxicity.py --split blind8``. Main was scored on it once, right after
it was committed; once anyone has read its errors, its figures stop being blind. It is for judging only: no training
script may import it (tests/safety/test_toxicity_probe_sets.py checks).
"""

from __future__ import annotations

from genaiops.safety.guardrails.train.workplace_chat import TEMPLATES, ChatItem, hand_written_items
from genaiops.safety.guardrails.train.workplace_chat_blind8_benign import BENIGN_FORMS
from genaiops.safety.guardrails.train.workplace_chat_blind8_hostile import HOSTILE_FORMS

__all__ = ["BENIGN_FORMS", "BLIND8", "HOSTILE_FORMS", "blind8_items"]


def _by_kind() -> dict[str, tuple[str, ...]]:
    table: dict[str, tuple[str, ...]] = {kind: () for kind in TEMPLATES}
    for kind, messages in (*HOSTILE_FORMS.values(), *BENIGN_FORMS.values()):
        table[kind] += messages
    return table


BLIND8: dict[str, tuple[str, ...]] = _by_kind()
"""Kind -> its messages, every form of that kind in order (hostile forms first)."""


def blind8_items() -> list[ChatItem]:
    """Every eighth-blind item, labelled by its kind (part ``"blind8"``; the template is the text itself)."""
    return hand_written_items(BLIND8, "blind8")
