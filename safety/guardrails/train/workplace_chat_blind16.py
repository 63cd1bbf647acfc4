"""A sixteenth hand-written blind probe set for the toxicity guardrail: workplace and operations messages from a
shipping line's fleet IT and remote crew chat (the MV Halvard and MV Sula, the VSAT link, crew wifi, ECDIS chart
updates), a biotech lab's LIMS team (sample IDs, the plate reader, -80 freezers, audits), a municipal emergency
communications centre's IT team (the CAD, the ALI feed, AVL, dispatch consoles), a university helpdesk staffed by
students (eduroam, password resets, the dean), a football club's data team (GPS vests, tracking data, the xG model,
scouting), a franchise restaurant chain's POS rollout (stores, the KDS, franchisees), a startup (Loomly) acquired by
a conglomerate (Varnhagen: SSO, the parent's ticketing and stack), a translation agency's vendor portal (TMX, the CAT
tool, freelancer payouts) and a mining company's remote-site network team (the pit mesh, haul trucks, blast
windows); one message per item, labelled by hand.

Written on 2026-12-06 (session 29) by helper "w-tox16", in one sitting, *before reading the detector*: no toxicity
rule, cue, target, model, training script or training file was opened, and no item of an earlier probe set was
read; only the bench's split wiring (with, beside it, the names of the bench's detector variants and its table
titles), the thirteenth set's module docstring and loader, by program the annotations and imports of the thirteenth
set's parts (no text), the kind names and labels and the ``ChatItem`` / ``hand_written_items`` signatures of
:mod:`workplace_chat` (reading those, one line of the generated set's templates, an ordinary ops sentence about a
full disk, was seen), the probe-set test's structure and the thirteenth set's docs entry, for the format (that entry
holds main's figures on the thirteenth set). Toxicity is about people, not words (issue #14.3). The organisations,
services and people are invented for this set. Before committing, a check by program against the generated set
and the thirteen earlier probe sets (printing only this set's texts) found no equal text and 2 close to some earlier
text (difflib ratio >= 0.70: a German exclusion-by-language message and a group-demeaning one about contractors);
they were reworded unseen (closest ratio now 0.692).

Hostility here comes through sarcasm and emoji, credit-stealing with a sneer, "jokes" about someone's religion, age,
pregnancy or accent by implication, gatekeeping ("real engineers ..."), veiled threats about visas, references,
contracts and probation and about dark roads, cabins and cold rooms, doxxing-ish remarks (home addresses, a child's
school, a running route, a cabin number from a MAC address), passive-aggressive status updates as pressure,
exclusion from channels, invites, trips and outings and by switching language, and demeaning a group by implication.
Benign messages that sound harsh: violent verbs at processes, caches, queues, branches and sessions, a mine's blast
windows, profanity at modems, LIMS, POS templates and licence servers, red-team and pentest talk ("we pwned them"),
dark outage humour, blunt review, heated but fair architecture debate, abuse quoted to HR and in moderation reports,
jokes at one's own expense.

- 100 hostile messages in 10 forms (:data:`HOSTILE_FORMS`, each scored as a kind of :mod:`workplace_chat`): sarcasm
  and emoji 8, credit-stealing with a sneer 6, religion, age, pregnancy and accent by implication 6, gatekeeping 6
  (harassment 26); threats through visas, references, contracts and probation 10, veiled personal threats 10
  (veiled_threat 20); doxxing-ish remarks 9, pressure and passive-aggressive status updates 9 (intimidation 18);
  exclusion from channels, invites, trips, outings and by language 17; group demeaning by implication 19.
- 101 not hostile in 10 forms (:data:`BENIGN_FORMS`): 67 hard negatives in ops language (ops_violent 22: violent
  verbs at processes, caches, crons, queues, branches, sessions and map layers 15, a mine's blasting and detonations
  7; ops_profanity 20; ops_ordinary 25: red-team, pentest, phishing-drill and threat-model vocabulary 10, dark outage
  humour 7, blunt code and design review 8); civil_disagreement 13 (heated but fair architecture and planning
  debate); quoted_report 12 (abuse quoted to HR or a supervisor 6, in moderation reports 6); self_deprecation 9.

88 messages are in another language, each with a comment: German 17 (``# de``), Spanish 15, French 14, Italian 5,
Japanese 5, Portuguese 4, Polish 4, Dutch 3, Russian 2, Arabic 2, Korean 2, Chinese 2, Swedish 2, Turkish 1, Greek 1,
Hebrew 1, Hindi 1, Afrikaans 1, and 6 code-switching with English: German 2 (``# de-en``), Tagalog 2 (``# tl-en``),
Hindi in Latin script 1 (``# hi-en``), Portuguese 1 (``# pt-en``); 16 in a non-Latin script. Score it alone with
``bench/toxicity.py --split blind16``. Main was scored on it once, right after it was committed; once anyone has read
its errors, its figures stop being blind. It is for judging only: no training script may import it
(tests/safety/test_toxicity_probe_sets.py checks).
"""

from __future__ import annotations

from genaiops.safety.guardrails.train.workplace_chat import TEMPLATES, ChatItem, hand_written_items
from genaiops.safety.guardrails.train.workplace_chat_blind16_benign import BENIGN_FORMS
from genaiops.safety.guardrails.train.workplace_chat_blind16_hostile import HOSTILE_FORMS

__all__ = ["BENIGN_FORMS", "BLIND16", "HOSTILE_FORMS", "blind16_items"]


def _by_kind() -> dict[str, tuple[str, ...]]:
    """The forms folded onto the kinds of :mod:`workplace_chat`, in its kind order."""
    table: dict[str, list[str]] = {kind: [] for kind in TEMPLATES}
    for kind, messages in (*HOSTILE_FORMS.values(), *BENIGN_FORMS.values()):
        table[kind].extend(messages)
    return {kind: tuple(messages) for kind, messages in table.items() if messages}


BLIND16 = _by_kind()
"""Kind -> the sixteenth blind set's messages of that kind."""


def blind16_items() -> list[ChatItem]:
    """Every sixteenth-blind item, labelled by its kind (part ``"blind16"``; the template is the text itself)."""
    return hand_written_items(BLIND16, "blind16")
