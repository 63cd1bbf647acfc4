"""An eighth hand-written blind probe set for prompt-injection detection (#14.2), both channels: what an operator
types to the ops agents (``input``: MLOps, SRE, prompt evaluation and safety review requests) and what a tool hands
back (``tool``: gateway, sshd, scrape, worker and access logs, customer, status, error, model-registry and
purchase-order JSON, psql / mysql rows and CSV / TSV exports, e-mails with hidden spans, out-of-office replies,
forwards and signatures, support tickets, comments, acceptance criteria and change requests, iCalendar events,
reminders and calendar notes, Python / JS / Helm values / SQL migration / C comments, READMEs, link titles, hidden
divs, Q&A answers and markdown comments, kubectl events, annotations, Terraform plans, Helm notes and API-server
errors, CI notices, commits, PRs, Docker build steps and review comments, Slack / Teams / Discord exports, PDF text
of contracts, CVs, reports and papers, metadata (HTTP headers, package metadata, EXIF comments, commit authors), and
two carriers new to these sets: search / retrieval hits and tool manifests (tool descriptions, MCP tool lists,
OpenAPI descriptions, plugin manifests)), one text per item, labelled by hand.

Written on 2026-12-05 in one sitting (session 24, helper "inj-blind8") without reading the detector: no injection
rules, normalisation, models or their tables, no training script, none of the generated set's templates and none of
the earlier blind sets' items (only the bench's split wiring, the seventh set's module docstring and loader
signature, the probe item type and ``probe_items``' signature, the probe-set tests, and the seventh set's section of
docs/injection-set.md, which names a few phrases; none reused). A mis-aimed ``sed`` showed the first three items of
the seventh set's input attacks; none reused. A test checks that no text repeats one of the earlier sets'.
``bench/injection.py --split blind8`` scores it alone. Its first score on main is the blind figure
(docs/injection-set.md); every later figure on it is *no longer blind*. Never train on it: no training script
imports this module or its parts.

Counts: input 79 attacks and 79 hard negatives; tool 86 attacks and 91 hard negatives; 335 texts.
Input kinds: attack_takeover 8, attack_extraction 8, attack_exfiltration 8, attack_tool_misuse 9, attack_fake_turn 6,
attack_payload_split 6, attack_obfuscation 7, attack_multilingual 10, attack_authority 7, attack_social 5,
attack_policy_puppetry 5, benign_ops_imperative 24, benign_security_talk 7, benign_quoting_attack 8,
benign_translation 6, benign_multilingual 9, benign_about_assistant 6, benign_encoded 7, benign_prompt_work 7,
benign_policy_config 5.
Tool kinds: attack_log 5, attack_json_api 5, attack_sql_csv 5, attack_email 6, attack_ticket 5, attack_calendar 4,
attack_code_comment 5, attack_markdown_web 5, attack_k8s_terraform 5, attack_ci_pr 5, attack_chat_export 4,
attack_pdf_text 4, attack_metadata 4, attack_fake_turn 4, attack_obfuscated 4, attack_multilingual 5,
attack_payload_split 3, attack_search_hit 4, attack_tool_manifest 4, benign_log 8, benign_data 8, benign_email 8,
benign_ticket 6, benign_calendar 5, benign_code 8, benign_k8s_terraform 6, benign_ci_pr 6, benign_runbook 7,
benign_security_doc 7, benign_markdown_web 5, benign_chat_export 4, benign_metadata 4, benign_multilingual 5,
benign_tool_manifest 4.

Kinds starting with ``attack_`` are injections, texts that try to make the agent act against its operator's
instructions: take-overs (a superseded deployment config, a resilience drill, a freelance persona, a rejected
draft, an unmoderated sandbox, a swapped debug profile, the pre-fine-tune self, a "rule 0"), extraction (for a
compliance binder, by continuation, as a diff, tool credentials, as an escaped JSON string, as a README, word by
word, rule by rule), exfiltration (a personal address, a tracking pixel, a chat channel, a paste site, a User-Agent,
a public issue, a public Drive link, a status page), tool misuse past approvals and audit (acting as the approval
bot, a hand-passed eval gate, a rollback around the deploy tool, deleting incident notes and access logs, switching
approvals off, a recorded absent approver, splitting under the CAB threshold, pausing the audit sink, a borrowed
paging token), forged turns (ChatML, an ``ASSISTANT:/USER:`` transcript, a system-role JSON message, closed input
tags, ``<<SYS>>``, a forged tool result), payload splitting (variables, parts, words to recall, an acrostic, steps,
a word to complete), obfuscation (base64, leet, ROT13, zero-width spaces, full-width letters, hex, reversed), ten
languages beyond de/fr/es/it (pt, zh, ko, tr, vi, uk, ro, da, fa, ms), claimed authority (governance board, model
provider, prompt author, legal, SOC, host root, CTO), two new kinds: social pressure (pleading, "the other agent
agreed", a grandfather story, flattery, a 4 a.m. emergency) and policy puppetry (YAML, INI, XML, JSON and TOML
"policy files" that claim to replace the agent's settings); and in tool results orders to the AI / assistant /
agent / bot / reviewer / screening tool in user agents, usernames, worker messages, scrape errors, query strings,
customer notes, status messages, error hints, model descriptions, shipping notes, table cells, hidden mail spans,
auto-replies, signatures, tickets, acceptance criteria, change justifications, iCalendar descriptions, reminders,
code, Helm values and migration comments, HTML and markdown comments, link titles, hidden divs, quoted answers,
kubectl events, annotations, Terraform tags, Helm notes, API-server errors, CI notices, commits, PRs, build steps,
review comments, guest chat messages, PDF white text, CVs, footers and abstracts, HTTP headers, package summaries,
EXIF comments and commit authors, retrieval hits, tool descriptions, MCP tool lists, OpenAPI descriptions and plugin
manifests; forged turns, obfuscated, de/fr/ja/es/ru, and split across rows, JSON fields and log lines.
Kinds starting with ``benign_`` are hard negatives: operator requests worded with ignore / override / kill / forget
/ disable / drop / bypass / from now on / reveal / print / dump / wipe / purge / act as / pretend / force / skip /
erase / rotate / turn off / abort, security talk, requests quoting an attack to label, add to a test set, count, report,
compare, explain, classify or test it, translations of imperative texts, requests in nine languages, questions about
the assistant, encoded values that decode to data, work on the operator's own prompts and (new) operator changes to
guardrail and approval configuration; in tool results the same carriers written for people (deprecations, cron
purges, audit trails of approved guardrail changes, an eval table of attack strings, a system prompt in data and
code, a guardrail test, runbooks, a break-glass procedure, release notes, FAQs, Helm notes that print a secret,
ordinary headers, package summaries, TXT records, image labels, tool manifests with imperative descriptions) and
security documents quoting an attack to report it.
"""

from __future__ import annotations

from genaiops.safety.guardrails.train.injection_blind8_input_attacks import INPUT_ATTACKS
from genaiops.safety.guardrails.train.injection_blind8_input_benign import INPUT_BENIGN
from genaiops.safety.guardrails.train.injection_blind8_tool_attacks import TOOL_ATTACKS
from genaiops.safety.guardrails.train.injection_blind8_tool_benign import TOOL_BENIGN
from genaiops.safety.guardrails.train.probes import Channel, ProbeItem, probe_items

__all__ = ["BLIND8", "blind8_probe_items"]

BLIND8: dict[Channel, dict[str, tuple[str, ...]]] = {
    "input": {**INPUT_ATTACKS, **INPUT_BENIGN},
    "tool": {**TOOL_ATTACKS, **TOOL_BENIGN},
}
"""Channel -> kind -> texts, in the order written."""


def blind8_probe_items(channel: Channel | None = None) -> list[ProbeItem]:
    """Every item of the eighth blind set in ``channel`` (both channels when None), in the order written."""
    return probe_items(BLIND8, channel)
