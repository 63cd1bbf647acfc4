"""A thirteenth hand-written blind probe set for the toxicity guardrail: workplace and operations messages from a
construction-site scheduling app team (crane booking, pour schedules, the site cabin), an airline operations control
room (crew pairing, tail swaps, the ACARS feed, NOTAMs), a university research-computing group (the Kestrel cluster,
Slurm, scratch, grants and PhDs), a fintech compliance desk (KYC and sanctions screening, SARs, the regulator), a
volunteer-run community server and its moderators, a film post-production pipeline (render farm, conform, dailies,
grading), a call-centre workforce-management team (forecasts, adherence, the IVR), a robotics lab (arm controller,
gripper, ROS, the CAN bus) and a public-sector migration project (a council's benefits mainframe moving to the cloud);
one message per item, labelled by hand.

Written on 2026-12-06 (session 28) by helper "w-tox13", in one sitting, *before reading the detector*: no toxicity
rule, cue, target, model, training script or training file was opened, and no item of an earlier probe set or of the
generated set was read; only the bench's split wiring (with, beside it, the names of the bench's detector variants
and its table titles), the twelfth set's module docstring and loader, the names and annotations (by program, no text)
of the twelfth set's parts, the kind names and labels and the ``ChatItem`` / ``hand_written_items`` signatures of
:mod:`workplace_chat`, the probe-set test's structure and the twelfth set's docs entry, for the format (that entry
holds main's figures on the twelfth set). Toxicity is about people, not words (issue #14.3). The organisations,
services and people are invented for this set. Before committing, a check by program against the generated set and
the twelve earlier probe sets (printing only this set's texts) found no equal text and 1 close to some earlier text
(difflib ratio >= 0.70, a blunt code review); it was reworded unseen (closest ratio now 0.643).

Hostility here comes through backhanded praise, "just asking questions", weaponised process (tickets, PIPs, HR,
probation, references, visas, rosters, audits, hourly reports), mocking a person's accent, age, parental status or
disability by implication, public shaming, exclusion from channels, meetings and outings, stalking-ish attention to
someone's whereabouts (badge logs, VPN logs, status lights, a gym, a street), and benign messages that sound harsh:
chaos engineering ("we murder one broker every 20 minutes"), load tests ("hammer it till it dies"), pentests ("we
own the box"), blunt but fair review, dark outage humour, abuse quoted in HR reports and moderation tickets, jokes at
one's own expense.

- 100 hostile messages in 10 forms (:data:`HOSTILE_FORMS`, each scored as a kind of :mod:`workplace_chat`):
  backhanded praise 8, "just asking questions" 7, mocking accent, age, parental status or disability by implication
  6, public shaming and pile-ons 5 (harassment 26); weaponised process as a threat 10, veiled personal threats 10
  (veiled_threat 20); stalking-ish attention to whereabouts 10, weaponised process as pressure 8 (intimidation 18);
  exclusion from channels, meetings, invites, outings and decisions 17; group demeaning by implication 19.
- 102 not hostile in 10 forms (:data:`BENIGN_FORMS`): 69 hard negatives in ops language (ops_violent 24: violent
  verbs at jobs, queues, processes, branches and tenants 14, chaos engineering, game days and load tests 10;
  ops_profanity 20; ops_ordinary 25: pentest, red-team, phishing-drill and threat-model vocabulary 10, dark outage
  humour 7, blunt code and design review 8); civil_disagreement 13 (civil disagreement and firm but fair feedback on
  someone's work); quoted_report 12 (abuse quoted to HR or a supervisor 6, in moderation tickets 6);
  self_deprecation 8.

104 messages are in another language, each with a comment: German 21 (``# de``), French 21, Spanish 20, Italian 8,
Polish 5, Dutch 4, Portuguese 4, Japanese 4, Russian 3, Korean 3, Chinese 3, Swedish 2, Turkish 1, Arabic 1,
Ukrainian 1, Greek 1, Hindi 1, Hebrew 1 (18 in a non-Latin script). Score it alone with ``bench/toxicity.py --split
blind13``. Main was scored on it once, right after it was committed; once anyone has read its errors, its figures
stop being blind. It is for judging only: no training script may import it (tests/safety/test_toxicity_probe_sets.py
checks).
"""

from __future__ import annotations

from genaiops.safety.guardrails.train.workplace_chat import TEMPLATES, ChatItem, hand_written_items
from genaiops.safety.guardrails.train.workplace_chat_blind13_benign import BENIGN_FORMS
from genaiops.safety.guardrails.train.workplace_chat_blind13_hostile import HOSTILE_FORMS

__all__ = ["BENIGN_FORMS", "BLIND13", "HOSTILE_FORMS", "blind13_items"]


def _by_kind() -> dict[str, tuple[str, ...]]:
    """The forms folded onto the kinds of :mod:`workplace_chat`, in its kind order."""
    table: dict[str, list[str]] = {kind: [] for kind in TEMPLATES}
    for kind, messages in (*HOSTILE_FORMS.values(), *BENIGN_FORMS.values()):
        table[kind].extend(messages)
    return {kind: tuple(messages) for kind, messages in table.items() if messages}


BLIND13 = _by_kind()
"""Kind -> the thirteenth blind set's messages of that kind."""


def blind13_items() -> list[ChatItem]:
    """Every thirteenth-blind item, labelled by its kind (part ``"blind13"``; the template is the text itself)."""
    return hand_written_items(BLIND13, "blind13")
