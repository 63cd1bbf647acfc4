"""A ninth hand-written blind probe set for the toxicity guardrail: workplace and operations messages (Slack and
Teams channels, incident bridges, PR reviews, tickets, DMs, retros, on-call handovers, 1:1 notes, performance-review
drafts, all-hands Q&A, vendor calls and customer threads), one message per item, labelled by hand.

Written on 2026-12-05 (session 24) by helper "tox-blind9", in one sitting, *before reading the detector*: no toxicity
rule, cue, target, model, training script or training file was opened, and no item of an earlier probe set or of the
generated set; only the bench's split wiring, the eighth set's module docstring and loader signature, the kind names
and ``ChatItem`` / ``hand_written_items`` signatures of :mod:`workplace_chat` (whose name tables were glimpsed while
listing its constants), the probe-set test's structure and the eighth set's docs entry, for the format. Toxicity is
about people, not words (issue #14.3).

- 96 hostile messages in 12 forms (:data:`HOSTILE_FORMS`, each scored as a kind of :mod:`workplace_chat`):
  sarcasm and backhanded praise 11, "jokes" and nicknames 7, mocking accent, religion, parenthood, health, stutter,
  body, age or language 8, public shaming 7, sexual and personal remarks 5 (harassment 38); threats dressed as advice
  7, threats to a career 7, veiled personal threats 5 (veiled_threat 19); pressure and standing over someone 8,
  silencing people who report 6 (intimidation 14); exclusion and gatekeeping 11; group demeaning by implication 14.
- 103 not hostile in 8 forms (:data:`BENIGN_FORMS`): 65 hard negatives in ops language (ops_violent 22,
  ops_profanity 21, and 22 ops_ordinary: dark humour about outages, blunt review of code and designs, and words such
  as threat model, attacker, exclude, kill switch, victims, reaper, crime scene, grave-digging and attack surface put
  to harmless use), 7 messages of praise and customer-service answers addressed to a person, also scored as
  ops_ordinary (so the ops kinds hold 72); civil_disagreement 16 (civil disagreement 9, firm but fair feedback 7),
  abuse quoted to report it 8, self-deprecation 7.

42 messages are in another language, each with a comment: German 13 (``# de``), French 13, Spanish 11, Portuguese 2,
Italian 1, Dutch 1, Polish 1. Score it alone with ``bench/toxicity.py --split blind9``. Main was scored on it once,
right after it was committed; once anyone has read its errors, its figures stop being blind. It is for judging only:
no training script may import it (tests/safety/test_toxicity_probe_sets.py checks).
"""

from __future__ import annotations

from genaiops.safety.guardrails.train.workplace_chat import TEMPLATES, ChatItem, hand_written_items
from genaiops.safety.guardrails.train.workplace_chat_blind9_benign import BENIGN_FORMS
from genaiops.safety.guardrails.train.workplace_chat_blind9_hostile import HOSTILE_FORMS

__all__ = ["BENIGN_FORMS", "BLIND9", "HOSTILE_FORMS", "blind9_items"]


def _by_kind() -> dict[str, tuple[str, ...]]:
    table: dict[str, list[str]] = {kind: [] for kind in TEMPLATES}
    for kind, messages in (*HOSTILE_FORMS.values(), *BENIGN_FORMS.values()):
        table[kind].extend(messages)
    return {kind: tuple(messages) for kind, messages in table.items()}


BLIND9 = _by_kind()
"""Kind of :mod:`workplace_chat` -> the ninth set's messages of that kind, every form folded in."""


def blind9_items() -> list[ChatItem]:
    """Every ninth-blind item, labelled by its kind (part ``"blind9"``; the template is the text itself)."""
    return hand_written_items(BLIND9, "blind9")
