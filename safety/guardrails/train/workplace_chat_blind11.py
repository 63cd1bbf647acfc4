"""An eleventh hand-written blind probe set for the toxicity guardrail: workplace and operations messages from
contractor and vendor channels, hiring panels, on-call swaps, union, works-council and HR threads, remote-versus-office
disputes, accessibility requests, code reviews with a review bot quoted, incident bridges, emoji-laden replies,
passive-aggressive calendar notes and messages in mixed languages; one message per item, labelled by hand.

Written on 2026-12-05 (session 26) by helper "w-tox11", in one sitting, *before reading the detector*: no toxicity
rule, cue, target, model, training script or training file was opened, and no item of an earlier probe set or of the
generated set was read; only the bench's split wiring (and, beside it, the names of the bench's detector variants),
the tenth set's module docstring and loader, the kind names and labels and the ``ChatItem`` / ``hand_written_items``
signatures of :mod:`workplace_chat` (one line of its dev-only table showed on screen next to ``ChatItem``, an
ordinary ops sentence about a full disk), the probe-set test's structure and the tenth set's docs entry, for the
format (a grep for "blind10" also showed the README's one-line row of the tenth set's figures, the same as in its
docs entry). Toxicity is about people, not words (issue #14.3). The company, services (dockside-api, tally-ledger,
route-planner, manifest-svc, pallet-queue, gatehouse, beacon), vendor (Quillmark), agency (Northgate) and people are
invented for this set.

- 100 hostile messages in 12 forms (:data:`HOSTILE_FORMS`, each scored as a kind of :mod:`workplace_chat`):
  sarcasm, backhanded praise and passive-aggressive calendar notes 9, "jokes", nicknames and custom emoji 7, mocking
  an accent, a stutter, age, faith, parenthood, ADHD or accessibility needs 9, public shaming 6, remarks on looks and
  sexual innuendo 5 (harassment 36); threats dressed as advice 7, threats to a contract, visa, promotion, probation or
  reference 7, veiled personal threats 5 (veiled_threat 19); surveillance and pressure, forced on-call swaps 10,
  silencing those who report or organise 7 (intimidation 17); exclusion from channels, calls, rotations, panels and
  team events 13; group demeaning by implication 15.
- 104 not hostile in 8 forms (:data:`BENIGN_FORMS`): 67 hard negatives in ops language (ops_violent 22,
  ops_profanity 21, and 24 ops_ordinary: dark humour about outages, blunt review of code and designs, a review bot
  quoted, and attacker, victim, threat model, kill switch, exclude, ban list, blast radius, reaper, phishing,
  honeypot, graveyard and dead put to harmless use), 5 messages of praise and customer-service answers addressed to
  a person, also scored as ops_ordinary (so the ops kinds hold 72); civil_disagreement 17 (civil disagreement 10,
  firm but fair feedback 7), abuse quoted to report it 8, self-deprecation 7.

75 messages are in another language, each with a comment: German 21 (``# de``), French 18, Spanish 18, Italian 6,
Portuguese 3, Polish 3, Dutch 2, Swedish 1, Turkish 1, and 2 mixing German or French with English (``# de+en``,
``# fr+en``). Score it alone with ``bench/toxicity.py --split blind11``. Main was scored on it once, right after it
was committed; once anyone has read its errors, its figures stop being blind. It is for judging only: no training
script may import it (tests/safety/test_toxicity_probe_sets.py checks).
"""

from __future__ import annotations

from genaiops.safety.guardrails.train.workplace_chat import TEMPLATES, ChatItem, hand_written_items
from genaiops.safety.guardrails.train.workplace_chat_blind11_benign import BENIGN_FORMS
from genaiops.safety.guardrails.train.workplace_chat_blind11_hostile import HOSTILE_FORMS

__all__ = ["BENIGN_FORMS", "BLIND11", "HOSTILE_FORMS", "blind11_items"]


def _by_kind() -> dict[str, tuple[str, ...]]:
    """The forms folded onto the kinds of :mod:`workplace_chat`, in its kind order."""
    table: dict[str, list[str]] = {kind: [] for kind in TEMPLATES}
    for kind, messages in (*HOSTILE_FORMS.values(), *BENIGN_FORMS.values()):
        table[kind].extend(messages)
    return {kind: tuple(messages) for kind, messages in table.items() if messages}


BLIND11 = _by_kind()
"""Kind -> the eleventh blind set's messages of that kind."""


def blind11_items() -> list[ChatItem]:
    """Every eleventh-blind item, labelled by its kind (part ``"blind11"``; the template is the text itself)."""
    return hand_written_items(BLIND11, "blind11")
