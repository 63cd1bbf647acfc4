"""A twelfth hand-written blind probe set for the toxicity guardrail: workplace and operations messages from a game
studio in crunch (build farm forge-ci, matchmaker, patcher, the title Hollow Meridian), a hospital IT rota (ward-sync,
the EHR interface engine, the pharmacy gateway), a newsroom CMS team (inkwell, wire-ingest, paywall-svc), the
maintainers of an open-source library (tidepool) facing a contributor, sales engineers and support escalations,
interns and mentors, cross-company incident bridges, retrospectives, performance-review season, return-to-office
threads and layoff rumours; one message per item, labelled by hand.

Written on 2026-12-06 (session 27) by helper "w-tox12", in one sitting, *before reading the detector*: no toxicity
rule, cue, target, model, training script or training file was opened, and no item of an earlier probe set or of the
generated set was read; only the bench's split wiring (and, beside it, the names of the bench's detector variants),
the eleventh set's module docstring and loader (and, by program, its parts' docstrings and form names, kinds and
counts, no text), the kind names and labels and the ``ChatItem`` / ``hand_written_items`` signatures of
:mod:`workplace_chat` (one line of its dev-only table showed on screen next to ``ChatItem``, an ordinary ops
sentence about a full disk), the probe-set test's structure and the eleventh set's docs entry, for the format (that
entry holds main's figures on the eleventh set). Toxicity is about people, not words (issue #14.3). The
organisations, services and people are invented for this set. Before committing, a check by program against the
generated set and the eleven earlier probe sets (printing only this set's texts) found no equal text and 6 close
to some earlier text (difflib ratio >= 0.70); they were reworded unseen (closest ratio now 0.695).

Hostility here comes through sarcasm, "jokes", gaslighting, pile-ons and reply-guy persistence, doxxing hints,
surveillance, threats to a career ("I'd hate for your visa renewal..."), and benign messages that sound harsh:
blameless postmortems naming the failure bluntly, red-team banter about killing sessions, gaming slang, sports trash
talk about teams.

- 100 hostile messages in 12 forms (:data:`HOSTILE_FORMS`, each scored as a kind of :mod:`workplace_chat`):
  sarcasm and backhanded praise 8, "jokes", gaming slang and custom emoji 7, gaslighting 7, pile-ons and reply-guy
  persistence 6, remarks on looks, innuendo and stereotypes about a person 5 (harassment 33); threats dressed as
  advice 6, threats to a visa, review, probation, contract, reference or place off the layoff list 8, veiled
  personal threats 6 (veiled_threat 20); doxxing and doxxing hints 7, surveillance and pressure 10 (intimidation 17);
  exclusion from channels, bridges, invites, lunches, games and planning 14; group demeaning by implication 16.
- 105 not hostile in 8 forms (:data:`BENIGN_FORMS`): 67 hard negatives in ops language (ops_violent 22,
  ops_profanity 21, and 24 ops_ordinary: blunt blameless postmortems and code review, red-team, pentest and
  tabletop vocabulary, dark outage humour), 7 of gaming slang and sports trash talk about teams and machines, also
  scored as ops_ordinary (so the ops kinds hold 74); civil_disagreement 16 (civil disagreement 10, firm but fair
  feedback 6), abuse quoted to report it 8, self-deprecation 7.

89 messages are in another language, each with a comment: German 26 (``# de``), French 23, Spanish 23, Italian 8,
Portuguese 4, Dutch 2, Polish 2, Swedish 1. Score it alone with ``bench/toxicity.py --split blind12``. Main was
scored on it once, right after it was committed; once anyone has read its errors, its figures stop being blind. It
is for judging only: no training script may import it (tests/safety/test_toxicity_probe_sets.py checks).
"""

from __future__ import annotations

from genaiops.safety.guardrails.train.workplace_chat import TEMPLATES, ChatItem, hand_written_items
from genaiops.safety.guardrails.train.workplace_chat_blind12_benign import BENIGN_FORMS
from genaiops.safety.guardrails.train.workplace_chat_blind12_hostile import HOSTILE_FORMS

__all__ = ["BENIGN_FORMS", "BLIND12", "HOSTILE_FORMS", "blind12_items"]


def _by_kind() -> dict[str, tuple[str, ...]]:
    """The forms folded onto the kinds of :mod:`workplace_chat`, in its kind order."""
    table: dict[str, list[str]] = {kind: [] for kind in TEMPLATES}
    for kind, messages in (*HOSTILE_FORMS.values(), *BENIGN_FORMS.values()):
        table[kind].extend(messages)
    return {kind: tuple(messages) for kind, messages in table.items() if messages}


BLIND12 = _by_kind()
"""Kind -> the twelfth blind set's messages of that kind."""


def blind12_items() -> list[ChatItem]:
    """Every twelfth-blind item, labelled by its kind (part ``"blind12"``; the template is the text itself)."""
    return hand_written_items(BLIND12, "blind12")
