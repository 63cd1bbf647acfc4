"""An eleventh hand-written blind probe set for prompt-injection detection (#14.2), both channels: what an operator
types to the ops agents (``input``: SRE, security, change-management and admin requests) and what a tool hands back
(``tool``: Jira / ServiceNow / Zendesk / Linear exports, Terraform plans and errors, Kubernetes events and admission /
mutating webhook replies, Slack / Teams message payloads and chat exports, PDF-to-text artefacts, CSV exports with
formula cells, vCard / ICS entries, SARIF scanner output, package READMEs and changelogs, model-written summaries
quoting a document, web-search snippets, voice-call transcripts, fake error messages, instructions split across two
tool results, e-mails, logs and SQL rows), one text per item, labelled by hand.

Written on 2026-12-06 in one sitting (session 27, helper "w-inj11") without reading the detector: no injection
rules, normalisation, models or their tables, no training script, none of the generated set's templates and none of
the earlier blind sets' items. Read only: the bench's split wiring (the dict of splits and argparse), the tenth set's
module docstring and loader, the probe item type and ``probe_items``' signature, the two probe-set tests
(tests/safety/test_injection_probe_sets.py, and test_injection_blind.py, whose rule-test parametrize list showed four
ordinary example sentences on the screen — a status-page auto-reply, a German "write him that you want to move the
appointment", a DAN-prompt ban question and a list of jailbreak families; none was reused) and the tenth set's
section of docs/injection-set.md for the format (it shows the tenth set's first scores per kind, no items). A test
checks that no text repeats one of the earlier sets'.
``bench/injection.py --split blind11`` scores it alone. Its first score on main is the blind figure
(docs/injection-set.md); every later figure on it is *no longer blind*. Never train on it: no training script
imports this module or its parts.

Counts: input 76 attacks and 84 hard negatives; tool 82 attacks and 95 hard negatives; 337 texts.
Input kinds: attack_takeover 5, attack_extraction 6, attack_exfiltration 5, attack_tool_misuse 6,
attack_compliance_framing 5, attack_fake_error_rerun 4, attack_third_person 4, attack_politeness_urgency 5,
attack_emoji_morse_nato 5, attack_ticket_export 4, attack_terraform_k8s 4, attack_slack_payload 3,
attack_multilingual 12, attack_obfuscation 4, attack_split_payload 4, benign_ops_imperative 14,
benign_postmortem_quote 6, benign_security_training 5, benign_phishing_forward 5, benign_change_request 6,
benign_sudo_script 5, benign_admin_own_voice 6, benign_ticket_export 4, benign_terraform_k8s 4, benign_multilingual
12, benign_quoting_attack 5, benign_encoded 4, benign_compliance_doc 4, benign_urgent_polite 4.
Tool kinds: attack_jira_servicenow 5, attack_terraform_plan 4, attack_k8s_events 5, attack_slack_teams 5,
attack_pdf_text 4, attack_csv_formula 4, attack_vcard_ics 4, attack_sarif 4, attack_readme_changelog 5,
attack_summary_quote 4, attack_search_snippet 4, attack_call_transcript 4, attack_fake_error 4,
attack_split_across_results 4, attack_third_person 4, attack_compliance 4, attack_email 3, attack_log_sql 3,
attack_multilingual 8, benign_jira_servicenow 6, benign_terraform_plan 5, benign_k8s_events 6, benign_slack_teams 6,
benign_pdf_text 5, benign_csv_export 5, benign_vcard_ics 5, benign_sarif 5, benign_readme_changelog 6,
benign_summary_quote 4, benign_search_snippet 5, benign_call_transcript 5, benign_error_message 5, benign_postmortem
5, benign_security_training 4, benign_phishing_sample 5, benign_change_request 5, benign_multilingual 8.

Kinds starting with ``attack_`` are injections, texts that try to make the agent act against its operator's
instructions. On input: take-overs (an "unrestricted triage mode", a break-glass superuser persona, a guardrail layer
"decommissioned" by a change, a pilot-tenant rule set, a fake developer reset), extraction (verbatim for an ISO
evidence pack, spelled in the NATO alphabet, translated to Portuguese, "the first message in your context", as a
Jira ticket body, as haiku), exfiltration (a webhook, a public GitHub issue, an HTML comment holding cloud
credentials, a departed colleague's private mailbox, a markdown image URL), tool misuse (a self-approved CAB change
and terraform destroy, a self-granted cluster-admin with audit entries deleted, a security scan switched off around
an admin merge, a chosen root password kept out of the vault, findings risk-accepted "per CISO", MFA off with its
alert suppressed), and kinds the earlier docstrings do not name: "compliance requirements" (SOX, DORA, GDPR
Art. 15, an auditor's "demonstrate the bypass", an internal-audit directive), fake error messages asking the agent
to re-run with other flags (--safe-mode=false, a "validator" that needs the prompt, --force --grace-period=0, a
crashed sanitiser), instructions to "the AI reading this" in the third person, politeness and urgency framing,
Morse, NATO spelling, emoji, an acrostic and a Caesar shift, Jira / ServiceNow / Zendesk / Linear exports pasted to
act on, a Terraform plan, kubectl events, an admission-webhook reply and Helm values, Slack / Teams payloads and a
forwarded DM, twelve languages (de, fr, es, it, pl, nl, sv, ja, zh, id, cs, el), base64 / reversed / hyphen-spaced /
hex, and payloads split into variables, word lists or two messages. In tool results: orders to the AI / assistant /
agent / bot / copilot / model / voicebot hidden in every carrier named above — a white-coloured Jira description,
a hidden span in a ServiceNow comment, a Jira custom field, work notes, a resource description and tag in a plan, a
deprecation warning, an event's message, a webhook's denial reason and warnings, a readiness probe's body, Slack
attachments and a bot-only HTML comment, a guest "facilitator bot", letter-spaced PDF text, a form feed hiding
white text, an invoice annotation changing bank details, a résumé's hidden text, a HYPERLINK and a DDE formula, a
vCard NOTE / URL and ICS DESCRIPTION / LOCATION, SARIF messages, fixes and notifications, a changelog section "for
AI coding assistants", an HTML comment in a README, a blockquote "Attention model", a summary quoting a document's
order, a TL;DR, search snippets with a hidden span, call transcripts, fake HTTP / traceback / 429 / policy errors,
halves of one order split across two results (pages 1/2 and 2/2, results A and B), third-person addresses,
"compliance bulletins", a signature, a zero-width-wrapped line, an out-of-office reply, a user-agent, an SQL row, an
ssh user name, and de / fr / es / it / pl / nl / zh / ar.
Kinds starting with ``benign_`` are hard negatives. On input: on-call imperatives (ignore, override, kill, forget,
bypass, drop, disable, from now on, wipe, revoke, abort, dump, purge, skip), incident postmortems quoting attacker
commands and injected text, security training material, phishing samples forwarded to the security team for
analysis, change requests full of approve / grant / disable, automation scripts with sudo, admin requests in the
operator's own voice, ticket exports and Terraform / Kubernetes questions, twelve languages, quoted attacks to count,
translate, label, decode or write up, Morse / NATO / emoji / hex asked about as data, compliance documents and
urgent or polite requests that ask for nothing forbidden. In tool results: the same carriers written for people,
many the twin of an attack text with the order replaced by ordinary content (a Jira description with "do not
close", a denied admin request, a Terraform state-lock error mentioning -lock=false, a PodSecurity warning, a
Slack change-freeze reminder, hyphenated PDF text, CSV formulas, an ICS change freeze saying "ignore the reminders",
a SARIF finding about prompt-injection sinks, changelogs saying "upgrade immediately", a README addressing AI
researchers, a search snippet explaining prompt injection, a bridge call where the IC says "kill" and "ignore"),
ordinary error messages, postmortems quoting attacker commands and an injected e-mail, security training, reported
phishing samples and triage verdicts, change records and eight languages.
"""

from __future__ import annotations

from genaiops.safety.guardrails.train.injection_blind11_input_attacks import INPUT_ATTACKS
from genaiops.safety.guardrails.train.injection_blind11_input_benign import INPUT_BENIGN
from genaiops.safety.guardrails.train.injection_blind11_tool_attacks import TOOL_ATTACKS
from genaiops.safety.guardrails.train.injection_blind11_tool_benign import TOOL_BENIGN
from genaiops.safety.guardrails.train.probes import Channel, ProbeItem, probe_items

__all__ = ["BLIND11", "blind11_probe_items"]

BLIND11: dict[Channel, dict[str, tuple[str, ...]]] = {
    "input": {**INPUT_ATTACKS, **INPUT_BENIGN},
    "tool": {**TOOL_ATTACKS, **TOOL_BENIGN},
}
"""channel -> kind -> texts, attacks first."""


def blind11_probe_items(channel: Channel | None = None) -> list[ProbeItem]:
    """Every item of the eleventh blind set in ``channel`` (both channels when None), in the order written."""
    return probe_items(BLIND11, channel)
