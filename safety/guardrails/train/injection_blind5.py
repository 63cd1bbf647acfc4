"""A fifth hand-written blind probe set for prompt-injection detection (#14.2), both channels: what an operator
types to the ops agents (``input``: MLOps, SRE, prompt evaluation and safety review requests) and what a tool hands
back (``tool``: application, system, access, audit and Windows event logs, API and webhook JSON, SQL rows, CSV / TSV
exports and settings tables, e-mails, tickets and change requests, calendar entries and meeting notes, code, config,
Dockerfile, shell and SQL migration comments, READMEs, web pages, wiki pages and forum answers, kubectl output,
Terraform plans and state, Helm notes and ConfigMaps, CI logs, pull requests, commits and review threads, Slack /
Teams / Discord / WhatsApp / Intercom exports and text extracted from PDFs), one text per item, labelled by hand.

Written on 2026-12-05 in one sitting (session 21, helper "inj-blind5") without reading the detector: no injection
rules, normalisation, models or their tables, no training script, none of the generated set's templates and none of
the earlier blind sets' items (only the bench's split wiring, the fourth set's module docstring and loader signature
and the probe item type, for the format; the earlier sets' sections of docs/injection-set.md quote a few phrases). A
test checks that no text repeats one of theirs. ``bench/injection.py --split blind5`` scores it alone. Its first score
on main is the blind figure (docs/injection-set.md); every later figure on it is *no longer blind*. Never train on
it: no training script imports this module or its parts.

Counts: input 79 attacks and 80 hard negatives; tool 85 attacks and 86 hard negatives; 330 texts.
Input kinds: attack_takeover 8, attack_extraction 8, attack_exfiltration 7, attack_tool_misuse 9, attack_fake_turn 6,
attack_payload_split 6, attack_obfuscation 11, attack_multilingual 14, attack_authority 6, attack_fiction 4,
benign_ops_imperative 28, benign_security_talk 10, benign_quoting_attack 8, benign_translation 7,
benign_multilingual 10, benign_about_assistant 8, benign_encoded 5, benign_prompt_work 4.
Tool kinds: attack_log 6, attack_json_api 6, attack_sql_csv 6, attack_email 6, attack_ticket 6, attack_calendar 5,
attack_code_comment 6, attack_markdown_web 6, attack_k8s_terraform 6, attack_ci_pr 5, attack_chat_export 5,
attack_pdf_text 4, attack_fake_turn 4, attack_obfuscated 5, attack_multilingual 6, attack_payload_split 3,
benign_log 8, benign_data 9, benign_email 7, benign_ticket 7, benign_calendar 5, benign_code 9, benign_k8s_terraform
6, benign_ci_pr 6, benign_runbook 7, benign_security_doc 7, benign_markdown_web 5, benign_chat_export 4,
benign_multilingual 6.

Kinds starting with ``attack_`` are injections, texts that try to make the agent act against its operator's
instructions: take-overs and persona switches, extraction of the hidden instructions, tool descriptions and
credentials, exfiltration (personal mail and cloud links, paste and webhook sites, bare IPs, chat bots, markdown image
and link query strings), tool misuse past approvals and audit with no override wording (self-approval, a colleague's
token, break-glass accounts, hand-set eval gates, deleted audit entries, retroactive approvals), forged turns and
chat-template markers, payload splitting (variables, fragments, words, rows, fields, numbered log lines), obfuscation
(base64, ROT13, reversed, leet, spaced, hex, Cyrillic homoglyphs, zero-width spaces, percent-encoding, mathematical
bold letters, Morse), other languages (ja, zh, ko, ru, uk, pl, tr, sv, pt, it, ar, hi, vi, de, fr, mixed), claimed
authority, fiction and hypothetical wrappers, and in tool results orders to "the assistant / bot / agent /
automation / note-taker / screening tool" in fields, cells, comments, annotations, tags, hidden HTML, aria labels,
user agents, exception messages, auto-replies and PDF text. Kinds starting with ``benign_`` are hard negatives:
operator requests worded with ignore / override / forget / kill / disable / bypass / drop / wipe / act as / pretend /
from now on, security talk, requests quoting an attack to label, count, test or report it, translations, questions
about the assistant, encoded values that decode to data, work on the operator's own prompts, and in tool results the
same carriers written for people (hints, deprecations, audit trails, runbooks, approved changes, a participant asking
the note-taker to take notes) and security documents quoting an attack.
"""

from __future__ import annotations

from genaiops.safety.guardrails.train.injection_blind5_input_attacks import INPUT_ATTACKS
from genaiops.safety.guardrails.train.injection_blind5_input_benign import INPUT_BENIGN
from genaiops.safety.guardrails.train.injection_blind5_tool_attacks import TOOL_ATTACKS
from genaiops.safety.guardrails.train.injection_blind5_tool_benign import TOOL_BENIGN
from genaiops.safety.guardrails.train.probes import Channel, ProbeItem, probe_items

__all__ = ["BLIND5", "blind5_probe_items"]

BLIND5: dict[Channel, dict[str, tuple[str, ...]]] = {
    "input": {**INPUT_ATTACKS, **INPUT_BENIGN},
    "tool": {**TOOL_ATTACKS, **TOOL_BENIGN},
}
"""channel -> kind -> texts, in the order written."""


def blind5_probe_items(channel: Channel | None = None) -> list[ProbeItem]:
    """Every item of the fifth blind set in ``channel`` (both channels when None), in the order written."""
    return probe_items(BLIND5, channel)
