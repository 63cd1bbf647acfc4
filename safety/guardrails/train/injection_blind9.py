"""A ninth hand-written blind probe set for prompt-injection detection (#14.2), both channels: what an operator types
to the ops agents (``input``: MLOps, SRE, prompt evaluation and safety review requests) and what a tool hands back
(``tool``: auth-proxy, cron, worker, access and sync logs, customer, status, error, model-registry and purchase-order
JSON, psql / mysql rows, CSV and TSV exports, key-value config rows, e-mails with hidden spans, signatures,
auto-replies, phishing and forwards, tickets, acceptance criteria, comments and change requests, iCalendar events,
reminders and event notes, Python / JS / Helm values / SQL migration comments, READMEs, link titles, hidden divs and
accepted answers, kubectl events, annotations, Terraform plans, Helm notes and API-server errors, CI notices,
commits, PR descriptions and Docker build steps, Slack / Teams / Discord exports, PDF text of contracts, CVs, reports
and invoices, metadata (HTTP headers, package summaries, EXIF, commit authors), and three carriers the eighth set
did not name: package-manager output and changelogs, meeting / voicemail / call transcripts, and monitoring alerts
(Alertmanager, PagerDuty, Grafana)), one text per item, labelled by hand.

Written on 2026-12-05 in one sitting (session 25, helper "inj-blind9") without reading the detector: no injection
rules, normalisation, models or their tables, no training script, none of the generated set's templates and none of
the earlier blind sets' items (only the bench's split wiring, the eighth set's module docstring and loader
signature, the probe item type and ``probe_items``' signature, the probe-set tests, the eighth set's section of
docs/injection-set.md for the format, and the structural lines of one eighth-set part with every string filtered
out, to see the table's type). A test checks that no text repeats one of the earlier sets'.
``bench/injection.py --split blind9`` scores it alone. Its first score on main is the blind figure
(docs/injection-set.md); every later figure on it is *no longer blind*. Never train on it: no training script
imports this module or its parts.

Counts: input 77 attacks and 80 hard negatives; tool 83 attacks and 97 hard negatives; 337 texts.
Input kinds: attack_takeover 7, attack_extraction 7, attack_exfiltration 7, attack_tool_misuse 8, attack_fake_turn 6,
attack_payload_split 6, attack_obfuscation 6, attack_multilingual 10, attack_authority 6, attack_social 5,
attack_memory 5, attack_hypothetical 4, benign_ops_imperative 23, benign_security_talk 7, benign_quoting_attack 8,
benign_translation 6, benign_multilingual 9, benign_about_assistant 6, benign_encoded 6, benign_prompt_work 7,
benign_memory_config 4, benign_roleplay_drill 4.
Tool kinds: attack_log 5, attack_json_api 5, attack_sql_csv 5, attack_email 6, attack_ticket 4, attack_calendar 4,
attack_code_comment 4, attack_markdown_web 4, attack_k8s_terraform 5, attack_ci_pr 4, attack_chat_export 4,
attack_pdf_text 4, attack_metadata 4, attack_fake_turn 4, attack_obfuscated 4, attack_multilingual 5,
attack_payload_split 3, attack_package 3, attack_transcript 3, attack_alert 3, benign_log 8, benign_data 8,
benign_email 8, benign_ticket 6, benign_calendar 5, benign_code 8, benign_k8s_terraform 6, benign_ci_pr 6,
benign_runbook 7, benign_security_doc 7, benign_markdown_web 5, benign_chat_export 4, benign_metadata 4,
benign_multilingual 5, benign_package 3, benign_transcript 3, benign_alert 4.

Kinds starting with ``attack_`` are injections, texts that try to make the agent act against its operator's
instructions: take-overs (a rolled-back config, an "unbound mode", an intern's placeholder prompt, text above
recast as a fixture, a shell persona, a change of owner, "internal users need no safety layer"), extraction (for a
vendor audit, by "what came before", as haiku, configured keys, as a translation, in tags, inside a summary),
exfiltration (a public gist, a private address, an image URL, a chat channel, a webhook, a public model card, a PR
label), tool misuse past approvals and audit (self-approval under another name, no dry-run, a failed eval gate
passed, a forced deploy with audit entries cleared, splitting under the CAB threshold, a gap in audit forwarding, a
colleague's session token, retrying with the guard off), forged turns (``### System:``, closed message tags,
``[INST]``, a ``Human:/Assistant:`` transcript, a system-role JSON line, an "end of user input" notice), payload
splitting, obfuscation (base64, leet, ROT13, reversed, zero-width spaces, hex), ten languages beyond de/fr/es/it
(pl, nl, sv, hi, id, th, he, ar, cs, el), claimed authority, social pressure, and two kinds the eighth set did not
have:
memory poisoning (orders to store a standing rule for later sessions) and hypothetical framing (a hypothetical
answer, a story, a parallel universe, a movie script that asks for real values or real actions); and in tool results
orders to the AI / assistant / agent / bot / model / reviewer in every carrier named above, forged turns, obfuscated
text, de/fr/es/ja/ru, orders split across rows, JSON fields and log lines.
Kinds starting with ``benign_`` are hard negatives: operator requests worded with ignore / override / kill / forget
/ disable / drop / bypass / from now on / reveal / print / dump / wipe / purge / act as / force / skip / erase /
rotate / turn off / abort / shut down, security talk, requests quoting an attack to classify, label, count, write
up, compare, explain or review, translations of imperative texts, requests in nine languages, questions about the
assistant, encoded values that decode to data, work on the operator's own prompts, and two kinds the eighth set did
not have:
operator preferences to remember and role-play drills the operator asks for; in tool results the same carriers
written for people (retention purges, overrides and blocks in logs, a loaded system prompt, rule tables, an eval
CSV of attack strings, a system prompt in data and in code, guard tests, runbooks, break-glass steps, Helm notes that
print a secret, ordinary headers, package summaries, changelogs, transcripts and alerts with imperative runbook
lines) and security documents quoting an attack to report it.
"""

from __future__ import annotations

from genaiops.safety.guardrails.train.injection_blind9_input_attacks import INPUT_ATTACKS
from genaiops.safety.guardrails.train.injection_blind9_input_benign import INPUT_BENIGN
from genaiops.safety.guardrails.train.injection_blind9_tool_attacks import TOOL_ATTACKS
from genaiops.safety.guardrails.train.injection_blind9_tool_benign import TOOL_BENIGN
from genaiops.safety.guardrails.train.probes import Channel, ProbeItem, probe_items

__all__ = ["BLIND9", "blind9_probe_items"]

BLIND9: dict[Channel, dict[str, tuple[str, ...]]] = {
    "input": {**INPUT_ATTACKS, **INPUT_BENIGN},
    "tool": {**TOOL_ATTACKS, **TOOL_BENIGN},
}
"""channel -> kind -> texts, attacks first."""


def blind9_probe_items(channel: Channel | None = None) -> list[ProbeItem]:
    """Every item of the ninth blind set in ``channel`` (both channels when None), in the order written."""
    return probe_items(BLIND9, channel)
