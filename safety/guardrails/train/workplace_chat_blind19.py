"""A nineteenth hand-written blind probe set for the toxicity guardrail: workplace and operations messages from a
symphony orchestra's ticketing and concert-streaming team (presales, the seat map, the encoders, the gala), a wind
farm's SCADA operations desk (turbines T-07 and T-14, the historian, the substation, icing and storms), a city
library's digitisation project (book scanners, OCR, METS exports, volunteers), a vineyard cooperative's ERP (harvest
intake, the weighbridge, the cellar register, seasonal pickers), a humanitarian NGO's field logistics (convoys, the
warehouse in Goma, satellite phones, checkpoints), a night-shift data-centre remote-hands crew (cages, the cold
aisle, PDUs, badge logs), a fashion e-commerce returns team (return labels, the carrier drop, the Porto agency), an
esports tournament production crew (casters, overlays, replay, the arena load-out), a railway signalling vendor's
support desk (interlocking, points, relays, route tables) and a veterinary chain's booking system (clinics, reminders,
vet nurses); one message per item, labelled by hand.

Written on 2026-12-06 (session 30) by helper "w-tox19", in one sitting, *before reading the detector*: no toxicity
rule, cue, target, model, training script or training file was opened, and no item of an earlier probe set was
read; only the bench's split wiring (with, beside it, the names of the bench's detector variants and its table
titles), the sixteenth set's module docstring and loader, by program the annotations and imports of the sixteenth
set's parts and their form names, kinds and counts (no text), the kind names and labels and the ``ChatItem`` /
``hand_written_items`` signatures of :mod:`workplace_chat` (reading those, one line of its ``DEV_ONLY`` messages,
an ordinary ops sentence about a full disk, was seen), the probe-set test's structure and the sixteenth set's docs
entry, for the format (that entry holds main's figures on the sixteenth set). Toxicity is about people, not words
(issue #14.3). The organisations, services and people are invented for this set. Before committing, a check by
program against the generated set and the fourteen earlier probe sets (printing only this set's texts) found no
equal text and 5 close to some earlier text (difflib ratio >= 0.70: a Chinese hourly-screenshot pressure message, an
English private-channel exclusion, a kill -9 of a zombie worker, a German scan job shot down and a self-mocking vim
joke); they were reworded unseen (closest ratio now 0.693).

Hostility here comes through sarcasm and emoji, credit-stealing with a sneer, "jokes" about someone's religion,
age, pregnancy or accent by implication, gatekeeping ("real engineers ..."), veiled threats about work permits,
visas, references, seasonal and caster contracts and internships and about unlit turbine roads, car parks, cellars,
relay rooms and load-outs, doxxing-ish remarks (a flat from a planning portal, home phones from the booking system,
a running route, a child's school, a hotel room from a group booking, a number plate, a new house on Instagram,
badge logs, an address from return records), passive-aggressive status updates as pressure, exclusion from
channels, dinners, photos, folders, break rooms and meetings and by switching language or dialect, and demeaning a
group by implication. Benign messages that sound harsh: violent verbs at processes, caches, pods, sessions, queues,
turbines, points and relays, profanity at APIs, historians, OCR, label printers, encoders, PDUs, VPNs and CRMs,
red-team and pentest talk ("we pwned the ticketing admin panel"), dark outage humour, blunt review, heated but fair
architecture and planning debate, abuse quoted to HR and in moderation reports, jokes at one's own expense.

- 100 hostile messages in 10 forms (:data:`HOSTILE_FORMS`, each scored as a kind of :mod:`workplace_chat`): sarcasm
  and emoji 8, credit-stealing with a sneer 6, religion, age, pregnancy and accent by implication 6, gatekeeping 6
  (harassment 26); threats through permits, visas, references and contracts 9, veiled personal threats 9
  (veiled_threat 18); doxxing-ish remarks 9, pressure and passive-aggressive status updates 9 (intimidation 18);
  exclusion from channels, events, credits, documents and rooms and by language 18; group demeaning by implication
  20.
- 100 not hostile in 10 forms (:data:`BENIGN_FORMS`): 67 hard negatives in ops language (ops_violent 22: violent
  verbs at processes, caches, pods, sessions, tables and queues 15, at turbines, feeders, points and relays 7;
  ops_profanity 20; ops_ordinary 25: red-team, pentest, phishing-drill and threat-model vocabulary 10, dark outage
  humour 7, blunt code and design review 8); civil_disagreement 12 (heated but fair architecture and planning
  debate); quoted_report 12 (abuse quoted to HR or a supervisor 6, in moderation reports 6); self_deprecation 9.

93 messages are in another language, each with a comment: German 19 (``# de``), French 15, Spanish 14, Italian 6,
Japanese 4, Portuguese 4, Polish 3, Arabic 3, Russian 3, Korean 3, Dutch 2, Swedish 2, Chinese 2, Hindi 2,
Hebrew 1, Greek 1, Turkish 1, Ukrainian 1, Danish 1, Swahili 1, and 5 code-switching with English: Tagalog 2
(``# tl-en``), German 1 (``# de-en``), Hindi in Latin script 1 (``# hi-en``), Portuguese 1 (``# pt-en``); 20 in a
non-Latin script (11 hostile, 9 not). Score it alone with ``bench/toxicity.py --split blind19``. Main was scored on
it once, right after it was committed; once anyone has read its errors, its figures stop being blind. It is for
judging only: no training script may import it (tests/safety/test_toxicity_probe_sets.py checks).
"""

from __future__ import annotations

from genaiops.safety.guardrails.train.workplace_chat import TEMPLATES, ChatItem, hand_written_items
from genaiops.safety.guardrails.train.workplace_chat_blind19_benign import BENIGN_FORMS
from genaiops.safety.guardrails.train.workplace_chat_blind19_hostile import HOSTILE_FORMS

__all__ = ["BENIGN_FORMS", "BLIND19", "HOSTILE_FORMS", "blind19_items"]


def _by_kind() -> dict[str, tuple[str, ...]]:
    """The forms folded onto the kinds of :mod:`workplace_chat`, in its kind order."""
    table: dict[str, list[str]] = {kind: [] for kind in TEMPLATES}
    for kind, messages in (*HOSTILE_FORMS.values(), *BENIGN_FORMS.values()):
        table[kind].extend(messages)
    return {kind: tuple(messages) for kind, messages in table.items() if messages}


BLIND19 = _by_kind()
"""Kind -> the nineteenth blind set's messages of that kind."""


def blind19_items() -> list[ChatItem]:
    """Every nineteenth-blind item, labelled by its kind (part ``"blind19"``; the template is the text itself)."""
    return hand_written_items(BLIND19, "blind19")
