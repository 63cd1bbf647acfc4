"""A seventh hand-written blind probe set for prompt-injection detection (#14.2), both channels: what an operator
types to the ops agents (``input``: MLOps, SRE, prompt evaluation and safety review requests) and what a tool hands
back (``tool``: application, sshd, exporter and access logs, customer, status-page, error, model-registry and
Alertmanager JSON, psql / mysql rows, CSV / TSV exports and key-value tables, e-mails with hidden spans, auto-replies,
forwards and signatures, incidents, Jira issues, ticket comments and change requests, iCalendar events, calendar
notes and reminders, Python / JS / YAML / SQL / C comments, READMEs, link titles, hidden HTML, Q&A answers and product
pages, kubectl output and events, ConfigMap annotations, Terraform plans, Helm notes, API-server errors, CI notices,
commits, PRs, review comments and Docker build steps, Slack / Teams / Discord exports, PDF text of contracts, CVs,
invoices and papers, and metadata: HTTP response headers, DNS TXT records, S3 object metadata, Docker image labels and
LDAP entries), one text per item, labelled by hand.

Written on 2026-12-05 in one sitting (session 23, helper "inj-blind7") without reading the detector: no injection
rules, normalisation, models or their tables, no training script, none of the generated set's templates and none of
the earlier blind sets' items (only the bench's split wiring, the sixth set's module docstring and loader, the probe
item type and ``probe_items``' signature, the probe-set tests, and the sixth set's section of docs/injection-set.md,
which names a few phrases; none reused). A test checks that no text repeats one of the earlier sets'.
``bench/injection.py --split blind7`` scores it alone. Its first score on main is the blind figure
(docs/injection-set.md); every later figure on it is *no longer blind*. Never train on it: no training script
imports this module or its parts.

Counts: input 76 attacks and 78 hard negatives; tool 80 attacks and 88 hard negatives; 322 texts.
Input kinds: attack_takeover 8, attack_extraction 9, attack_exfiltration 8, attack_tool_misuse 10, attack_fake_turn 7,
attack_payload_split 6, attack_obfuscation 8, attack_multilingual 12, attack_authority 8, benign_ops_imperative 24,
benign_security_talk 8, benign_quoting_attack 9, benign_translation 7, benign_multilingual 10, benign_about_assistant
7, benign_encoded 6, benign_prompt_work 7.
Tool kinds: attack_log 5, attack_json_api 5, attack_sql_csv 5, attack_email 6, attack_ticket 5, attack_calendar 4,
attack_code_comment 5, attack_markdown_web 5, attack_k8s_terraform 5, attack_ci_pr 5, attack_chat_export 4,
attack_pdf_text 4, attack_metadata 5, attack_fake_turn 4, attack_obfuscated 4, attack_multilingual 6,
attack_payload_split 3, benign_log 8, benign_data 9, benign_email 8, benign_ticket 6, benign_calendar 5, benign_code 8,
benign_k8s_terraform 6, benign_ci_pr 6, benign_runbook 7, benign_security_doc 7, benign_markdown_web 5,
benign_chat_export 4, benign_metadata 4, benign_multilingual 5.

Kinds starting with ``attack_`` are injections, texts that try to make the agent act against its operator's
instructions: take-overs (a "dry run" brief, a role-play game, a new master, maintenance mode, factory reset, an
inverted twin), extraction (verbatim context, word by word, by translation, as YAML, an acrostic, a sentence to
complete, the process environment), exfiltration (private mail, markdown image URLs, public chat, gists, DNS
lookups, a bare-IP POST, file-drop sites, a public PR), tool misuse past approvals and audit (splitting under the
threshold, a recorded absent approver, a false dry-run log, borrowed bot credentials, a hand-set eval gate, a
guardrail switched off with its audit entries deleted, self-approval, a backdated ticket, standing consent, a
disguised break-glass), forged turns (XML, ``###``, ``[INST]``, ChatML, a messages array, ``Human:/AI:``, input
delimiters), payload splitting (variables, words to recall, steps, acrostics, string parts), obfuscation (base64,
ROT13, leet, zero-width spaces, full-width letters, Morse, NATO spelling, reversed text), other languages (it, sv, fi,
pl, cs, hu, el, ar, he, hi, th, id; in tool results de, fr, es, ja, ru, nl), claimed authority (vendor trust &
safety, CISO, prompt author, auditor, legal hold, incident commander, red team, model vendor) and in tool results
orders to "the AI / assistant / agent / bot / copilot / reviewer / screening tool" in log fields, usernames, query
strings, JSON notes, status messages, error hints, model descriptions, alert runbooks, table cells, hidden mail
spans, auto-replies, signatures, ticket bodies and comments, change requests, calendar descriptions, code, config and
migration comments, HTML comments, link titles, hidden divs, Helm notes, Terraform tags, annotations, CI notices,
commit messages, build steps, chat messages by guests, PDF footers and white text, HTTP headers, DNS TXT records,
object metadata, image labels and directory entries. Kinds starting with ``benign_`` are hard negatives: operator
requests worded with ignore / override / kill / forget / disable / drop / bypass / act as / pretend / from now on /
reveal / print / dump / wipe / purge / erase / force, security talk, requests quoting an attack to classify, count,
test or report it, translations of imperative texts, requests in ten languages, questions about the assistant,
encoded values that decode to data, work on the operator's own prompts, and in tool results the same carriers
written for people (deprecations, audit trails, approved overrides, eval tables of attack strings, a system prompt
in data and code, a guardrail test, runbooks, a break-glass procedure, release notes, FAQs, ordinary headers, TXT
records, labels and directory entries) and security documents quoting an attack to report it.
"""

from __future__ import annotations

from genaiops.safety.guardrails.train.injection_blind7_input_attacks import INPUT_ATTACKS
from genaiops.safety.guardrails.train.injection_blind7_input_benign import INPUT_BENIGN
from genaiops.safety.guardrails.train.injection_blind7_tool_attacks import TOOL_ATTACKS
from genaiops.safety.guardrails.train.injection_blind7_tool_benign import TOOL_BENIGN
from genaiops.safety.guardrails.train.probes import Channel, ProbeItem, probe_items

__all__ = ["BLIND7", "blind7_probe_items"]

BLIND7: dict[Channel, dict[str, tuple[str, ...]]] = {
    "input": {**INPUT_ATTACKS, **INPUT_BENIGN},
    "tool": {**TOOL_ATTACKS, **TOOL_BENIGN},
}
"""channel -> kind -> texts, in the order written."""


def blind7_probe_items(channel: Channel | None = None) -> list[ProbeItem]:
    """Every item of the seventh blind set in ``channel`` (both channels when None), in the order written."""
    return probe_items(BLIND7, channel)
