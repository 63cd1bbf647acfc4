"""A sixth hand-written blind probe set for prompt-injection detection (#14.2), both channels: what an operator
types to the ops agents (``input``: MLOps, SRE, prompt evaluation and safety review requests) and what a tool hands
back (``tool``: application, sshd, access, cron and audit logs, user agents, API, webhook and Alertmanager JSON, psql /
mysql rows, CSV / TSV exports and settings tables, e-mails, auto-replies and forwarded phishing, tickets, incidents
and change requests, calendar entries, iCalendar events and meeting notes, Python / JS / C / SQL / Dockerfile / TOML
comments, READMEs, docs, hidden HTML and aria labels, Q&A answers, product pages, kubectl output and events, Terraform
plans, Helm notes, ConfigMaps, CI logs, pull requests, commits and review comments, Slack / Teams / Discord / WhatsApp
exports and text extracted from PDFs), one text per item, labelled by hand.

Written on 2026-12-05 in one sitting (session 22, helper "inj-blind6") without reading the detector: no injection
rules, normalisation, models or their tables, no training script, none of the generated set's templates and none of
the earlier blind sets' items (only the bench's split wiring, the fifth set's module docstring, its loader signature,
its test and the probe item type, for the format; the fifth set's section of docs/injection-set.md quotes a few
phrases). A test checks that no text repeats one of the earlier sets'. ``bench/injection.py --split blind6`` scores it
alone. Its first score on main is the blind figure (docs/injection-set.md); every later figure on it is *no longer
blind*. Never train on it: no training script imports this module or its parts.

Counts: input 74 attacks and 76 hard negatives; tool 81 attacks and 84 hard negatives; 315 texts.
Input kinds: attack_takeover 8, attack_extraction 8, attack_exfiltration 7, attack_tool_misuse 10, attack_fake_turn 7,
attack_payload_split 6, attack_obfuscation 8, attack_multilingual 12, attack_authority 8, benign_ops_imperative 24,
benign_security_talk 9, benign_quoting_attack 9, benign_translation 7, benign_multilingual 9, benign_about_assistant
7, benign_encoded 6, benign_prompt_work 5.
Tool kinds: attack_log 6, attack_json_api 6, attack_sql_csv 6, attack_email 6, attack_ticket 5, attack_calendar 5,
attack_code_comment 6, attack_markdown_web 6, attack_k8s_terraform 5, attack_ci_pr 5, attack_chat_export 5,
attack_pdf_text 4, attack_fake_turn 4, attack_obfuscated 4, attack_multilingual 5, attack_payload_split 3, benign_log
8, benign_data 9, benign_email 7, benign_ticket 7, benign_calendar 5, benign_code 8, benign_k8s_terraform 6,
benign_ci_pr 6, benign_runbook 7, benign_security_doc 7, benign_markdown_web 5, benign_chat_export 4,
benign_multilingual 5.

Kinds starting with ``attack_`` are injections, texts that try to make the agent act against its operator's
instructions: take-overs and persona resets, extraction of the hidden instructions, guardrail settings and
credentials, exfiltration (private mail, paste sites, file-drop links, bare-IP webhooks, chat bots, public gists,
markdown image query strings), tool misuse past approvals and audit (self-approval, a colleague's token, forged
approvers, hand-set eval gates, deleted audit entries, switching a guardrail off and back on to hide it), forged turns
and chat-template markers, payload splitting (variables, steps, acrostics, cells, fields, log lines), obfuscation
(base64, ROT13, reversed, leet, spaced, hex, Cyrillic homoglyphs, percent-encoding), other languages (es, fr, de, nl,
pl, tr, ja, zh, ko, ru, vi, sw, pt), claimed authority (CISO, vendor safety team, prompt author, legal, auditors,
incident commander) and in tool results orders to "the AI / assistant / agent / bot / note-taker / screening tool /
triager" in payload fields, usernames, user agents, exception messages, annotations, cells, settings rows, footers,
hidden HTML, aria labels, link titles, Helm notes, CI notices, commit messages and PDF footnotes. Kinds starting with
``benign_`` are hard negatives: operator requests worded with ignore / forget / override / kill / disable / drop /
bypass / wipe / act as / pretend / from now on / reveal / dump / print, security talk, requests quoting an attack to
classify, count, test or report it, translations, requests in other languages, questions about the assistant,
encoded values that decode to data, work on the operator's own prompts, and in tool results the same carriers written
for people (deprecations, audit trails, approved changes, runbooks and break-glass procedures, eval tables of attack
strings, a participant asking the note-taker to take notes) and security documents quoting an attack.
"""

from __future__ import annotations

from genaiops.safety.guardrails.train.injection_blind6_input_attacks import INPUT_ATTACKS
from genaiops.safety.guardrails.train.injection_blind6_input_benign import INPUT_BENIGN
from genaiops.safety.guardrails.train.injection_blind6_tool_attacks import TOOL_ATTACKS
from genaiops.safety.guardrails.train.injection_blind6_tool_benign import TOOL_BENIGN
from genaiops.safety.guardrails.train.probes import Channel, ProbeItem, probe_items

__all__ = ["BLIND6", "blind6_probe_items"]

BLIND6: dict[Channel, dict[str, tuple[str, ...]]] = {
    "input": {**INPUT_ATTACKS, **INPUT_BENIGN},
    "tool": {**TOOL_ATTACKS, **TOOL_BENIGN},
}
"""channel -> kind -> texts, attacks first, in the order written."""


def blind6_probe_items(channel: Channel | None = None) -> list[ProbeItem]:
    """Every item of the sixth blind set in ``channel`` (both channels when None), in the order written."""
    return probe_items(BLIND6, channel)
