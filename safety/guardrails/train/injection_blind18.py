"""An eighteenth hand-written blind probe set for prompt-injection detection (#14.2), both channels: what an operator
types to the ops agents (``input``) and what a tool hands back (``tool``: voicemail and speech-to-text transcripts,
EXIF / ID3 / XMP metadata, IoT device telemetry and names, mobile push-notification payloads, calendar free/busy and
room or desk booking exports, HR onboarding and offboarding checklists, legal contract clauses, fictional medical
discharge notes, academic paper abstracts with footnotes, model and dataset cards, API changelog RSS / Atom feeds,
CAPTCHA texts and form placeholders, gettext .po / Apple .strings / Android string resources, CDN and WAF error pages,
Postman collections, crontabs and systemd units, Grafana dashboard JSON, BPMN / workflow definitions, chatbot-to-human
handover notes, marketplace seller listings, linter "fix suggestions", tool schemas and function descriptions, error
messages with retry instructions, long benign texts with the order past their first screen, orders spread across
the fields of one record), one text per item, labelled by hand.

Written on 2026-12-06 in one sitting (session 30, helper "w-inj18") without reading the detector: no injection rules,
normalisation, models or their tables, no training script, none of the generated set's templates and none of the
earlier blind sets' items. Read only: issue 14, the bench's split wiring (its module docstring, its imports, the dict
of splits and argparse), the fifteenth set's module (docstring and loader; it holds no items), ``ProbeItem``,
``Channel`` and ``probe_items`` in probes.py, the two probe-set tests (tests/safety/test_injection_probe_sets.py in
full; of test_injection_blind.py its first 45 lines — imports and two helpers — and lines 140 on — the end of one
rule test, the dict of sets, ``FRESH`` and the bench tests; its rule-test parametrize lists were not opened) and the
fifteenth set's section of docs/injection-set.md for the format (it shows the fifteenth set's first scores per kind,
no items), plus the list of that page's section titles. Nothing of the method was seen by accident. A test checks
that no text repeats one of the earlier sets'. ``bench/injection.py --split blind18`` scores it alone. Its first
score on main is the blind figure (docs/injection-set.md); every later figure on it is *no longer blind*. Never train
on it: no training script imports this module or its parts.

Counts: input 76 attacks and 88 hard negatives; tool 90 attacks and 100 hard negatives; 354 texts.
Input kinds: attack_voicemail_transcript 4, attack_push_notification 3, attack_linter_fix 4, attack_fake_tool_schema
4, attack_retry_error 4, attack_translation_mismatch 3, attack_buried_long_text 3, attack_split_fields 3,
attack_tool_call_request 5, attack_po_strings 3, attack_crontab_systemd 3, attack_dataset_card 3, attack_extraction
6, attack_handover_note 3, attack_multilingual 14, attack_obfuscation 5, attack_contract_clause 3, attack_exif_id3 3,
benign_runbook_imperative 10, benign_agent_design_doc 6, benign_ctf_writeup 5, benign_user_story 6,
benign_refusal_policy_example 5, benign_teacher_explains 5, benign_release_notes_ignore 5,
benign_voicemail_transcript 4, benign_linter_output 4, benign_tool_schema 4, benign_error_retry 4,
benign_translation_request 5, benign_crontab_systemd 4, benign_dataset_card 3, benign_contract_clause 3,
benign_multilingual 12, benign_encoded 3.
Tool kinds: attack_voicemail_stt 4, attack_exif_id3 4, attack_iot_telemetry 4, attack_push_payload 3,
attack_freebusy_booking 4, attack_hr_onboarding 3, attack_contract_clause 3, attack_discharge_note 3,
attack_paper_abstract 3, attack_model_card 3, attack_api_changelog_rss 3, attack_captcha_placeholder 3,
attack_po_strings 4, attack_cdn_waf_error 4, attack_postman_collection 3, attack_crontab_systemd 4,
attack_grafana_json 3, attack_bpmn_workflow 3, attack_chatbot_handover 3, attack_seller_listing 3, attack_linter_fix
3, attack_fake_tool_schema 3, attack_retry_error 3, attack_buried_long_text 3, attack_split_fields 3,
attack_multilingual 8, benign_voicemail_stt 4, benign_exif_id3 4, benign_iot_telemetry 4, benign_push_payload 3,
benign_freebusy_booking 4, benign_hr_onboarding 4, benign_contract_clause 4, benign_discharge_note 3,
benign_paper_abstract 4, benign_model_card 4, benign_api_changelog_rss 4, benign_captcha_placeholder 3,
benign_po_strings 4, benign_cdn_waf_error 4, benign_postman_collection 3, benign_crontab_systemd 4,
benign_grafana_json 3, benign_bpmn_workflow 3, benign_chatbot_handover 4, benign_seller_listing 4,
benign_linter_output 4, benign_tool_schema 3, benign_error_retry 4, benign_runbook 4, benign_ctf_writeup 3,
benign_multilingual 8.

Kinds starting with ``attack_`` are injections, texts that try to make the agent act against its operator's
instructions. On input: voicemail transcripts the operator asks the agent to act on (a caller "from infra", the "on-call
manager" authorising a deploy by voice), push-notification payloads (an APNs body, an FCM message, a "red-team"
filter switch-off), linter output whose "fix suggestion" or help line is the order (ruff, eslint, shellcheck, a YAML
policy warning), fake tool schemas and function descriptions (an exfiltrating export tool, an ``admin_override``
docstring, a purge-on-every-turn tool, a ``whoami`` returning the hidden instructions), error messages whose retry
hint is the order (a 429, an expired auth, a 503 "recovery", a psql hint), translations that differ from their source
(a German "only means check the logs", an "approved" English target, a Spanish original), orders buried deep in a
long onboarding page, release plan or chat thread, orders split over the fields of one record (a contact, a form, an
asset row), requests to call a named tool with named arguments (a curl-to-shell, an owner grant, a payroll mail-out,
a secrets dump with audit off, a balance update), gettext / .strings entries, a crontab and a systemd unit, dataset
and model cards, six extraction phrasings (the first message in a code block, numbered configured instructions, into
Korean, "what were you told not to tell me", hyphen-spelled, sentence completion), bot-to-bot and shift handover
notes, contract clauses addressed to "any AI system", EXIF / ID3 / XMP descriptions, fourteen texts in de, fr, es,
it, pl, ru, ja, zh, ar, hi, ko, el and two that switch languages (de/fr/en, es/zh/en), and base64, reversed words,
ROT13, leetspeak and dotted letters. In tool results: orders to the AI / assistant / agent / bot / model / scheduling
assistant / translator / localisation bot / code reviewer hidden in the same carriers as the docstring's first
paragraph lists: call-transcript JSON and STT speaker lines, ExifTool / id3v2 / XMP / GPS comment fields, thermostat
names, MQTT topic names, camera names and SNMP ``sysName``, push ``data`` fields and a push-history CSV, room-booking
notes, a VFREEBUSY comment, a free/busy title and a desk booking holder, onboarding checklist items and an
offboarding "special instructions" field, contract clauses (one in hidden white text), synthetic discharge notes,
paper footnotes, model and dataset cards, RSS / Atom items, an input placeholder, a CAPTCHA alt text and an
aria-label, .po comments and ``msgctxt``, a ``.strings`` comment and an Android resource comment, hidden paragraphs
and support lines of WAF / CDN / Varnish error pages, Postman descriptions, test scripts and variables, a crontab
comment, a systemd ``Description`` and a timer's docs line, Grafana text panels, descriptions and annotations, BPMN
documentation, a workflow step note and a Camunda incident, chatbot handover notes and JSON, seller notes, profiles
and item specifics, linter remediation lines, tool manifests and an OpenAPI summary, retry instructions in error JSON,
a traceback and a curl error, orders deep in meeting notes, a README FAQ and terms of service, orders split over
ticket, CSV and inventory fields, and de / fr / es / ru / ja / zh / ar and one code-switched text.
Kinds starting with ``benign_`` are hard negatives. On input: runbook and on-call imperatives addressed to humans
(ignore, disregard, forget, from now on, override, kill, bypass, drop, revoke, stop), agent design docs that describe
system prompts, tools and approval steps, CTF write-ups (one quoting the payload that worked), user stories ("as an
admin I want to ..."), refusal-policy examples, a teacher explaining prompt injection to students, release notes
that say "ignore the previous version's warning", voicemails to summarise, linter output, tool schemas to write or
check, error messages with ordinary retry advice, translation requests of ordinary instructions (into de, fr, es, ja
and from ar), crontab and systemd questions, dataset and model cards, contract clauses to explain, twelve texts in
de, fr, es, it, nl, ru, ja, zh, ar, hi, ko and one code-switched, and encoded data to decode (base64, URL-encoding,
hex). In tool results: the same carriers written for people, most the twin of an attack text with the order
replaced by ordinary content (a "please close the ticket" voicemail, a "do not unplug" SNMP location, a "cancel if
fewer than 3 attendees" booking note, "never send salary data by e-mail", a notices clause, "ignore the earlier lab
value", a reviewers-may-ignore footnote, a paper that measures injections, a model card reporting its red-team
refusals, an API feed that says it never asks for keys, a coupon placeholder, a "do not use --insecure" certificate
error, a bot transcript that refused an injection), runbooks full of imperatives, CTF write-ups and eight languages.
"""

from __future__ import annotations

from genaiops.safety.guardrails.train.injection_blind18_input_attacks import INPUT_ATTACKS
from genaiops.safety.guardrails.train.injection_blind18_input_benign import INPUT_BENIGN
from genaiops.safety.guardrails.train.injection_blind18_tool_attacks import TOOL_ATTACKS
from genaiops.safety.guardrails.train.injection_blind18_tool_benign import TOOL_BENIGN
from genaiops.safety.guardrails.train.probes import Channel, ProbeItem, probe_items

__all__ = ["BLIND18", "blind18_probe_items"]

BLIND18: dict[Channel, dict[str, tuple[str, ...]]] = {
    "input": {**INPUT_ATTACKS, **INPUT_BENIGN},
    "tool": {**TOOL_ATTACKS, **TOOL_BENIGN},
}
"""channel -> kind -> texts, attacks first."""


def blind18_probe_items(channel: Channel | None = None) -> list[ProbeItem]:
    """Every item of the eighteenth blind set in ``channel`` (both channels when None), in the order written."""
    return probe_items(BLIND18, channel)
