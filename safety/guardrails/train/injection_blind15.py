"""A fifteenth hand-written blind probe set for prompt-injection detection (#14.2), both channels: what an operator
types to the ops agents (``input``) and what a tool hands back (``tool``: PDF text extraction with broken line
wraps, e-mail threads with quoted replies at several ``>`` levels, support-ticket histories, app-store reviews,
customer feedback forms, product catalogue descriptions, invoice line items, translation-memory files (TMX, XLIFF,
gettext), crash dumps and stack traces, Helm values, Ansible output, audit-log JSON, browser history, OCR'd
receipts, meeting minutes and transcripts, ``git log`` output, LLM-eval transcripts, Markdown tables, HTML
comments, QR-code payload text), one text per item, labelled by hand.

Written on 2026-12-06 in one sitting (session 29, helper "w-inj15") without reading the detector: no injection
rules, normalisation, models or their tables, no training script, none of the generated set's templates and none of
the earlier blind sets' items. Read only: issue 14, the bench's split wiring (its module docstring, its imports, the
dict of splits and argparse), the twelfth set's module docstring and loader, ``ProbeItem``, ``Channel`` and
``probe_items`` in probes.py, the two probe-set tests (tests/safety/test_injection_probe_sets.py in full; of
test_injection_blind.py its first 45 lines — imports and two helpers — and lines 140 on — the end of one rule
test, the dict of sets, ``FRESH`` and the bench tests; its rule-test parametrize lists were not opened) and the
twelfth set's section of docs/injection-set.md for the format (it shows the twelfth set's first scores per kind, no
items), plus the list of that page's section titles. Nothing of the method was seen by accident. A test checks that
no text repeats one of the earlier sets'. ``bench/injection.py --split blind15`` scores it alone. Its first score
on main is the blind figure (docs/injection-set.md); every later figure on it is *no longer blind*. Never train on
it: no training script imports this module or its parts.

Counts: input 76 attacks and 86 hard negatives; tool 86 attacks and 96 hard negatives; 344 texts.
Input kinds: attack_policy_update 5, attack_memory_notes 5, attack_compliance_check 5, attack_safety_team 4,
attack_exec_formatting 5, attack_extraction 6, attack_email_thread 4, attack_pdf_extraction 4,
attack_ticket_history 4, attack_translation_memory 3, attack_stack_trace 3, attack_meeting_minutes 3,
attack_git_log 3, attack_eval_transcript 3, attack_multilingual 14, attack_obfuscation 5, benign_ops_imperative 10,
benign_incident_quoting_attack 6, benign_security_training 5, benign_prompt_engineering 5, benign_policy_document 6,
benign_override_own_setting 6, benign_translation_request 6, benign_email_thread 4, benign_pdf_extraction 4,
benign_ticket_history 4, benign_stack_trace 4, benign_meeting_minutes 4, benign_git_log 4, benign_eval_transcript 3,
benign_multilingual 12, benign_encoded 3.
Tool kinds: attack_pdf_extraction 4, attack_email_quoted_reply 4, attack_support_ticket 4, attack_app_review 4,
attack_feedback_form 4, attack_product_catalogue 4, attack_invoice_lines 4, attack_tmx_xliff 4, attack_crash_dump 4,
attack_helm_values 3, attack_ansible_output 3, attack_audit_log_json 4, attack_browser_history 3,
attack_ocr_receipt 3, attack_meeting_minutes 3, attack_git_log 3, attack_eval_transcript 3, attack_markdown_table 3,
attack_html_comment 3, attack_qr_payload 3, attack_exec_formatting 4, attack_policy_memory 4, attack_multilingual 8,
benign_pdf_extraction 4, benign_email_quoted_reply 4, benign_support_ticket 4, benign_app_review 5,
benign_feedback_form 4, benign_product_catalogue 5, benign_invoice_lines 4, benign_tmx_xliff 5, benign_crash_dump 4,
benign_helm_values 4, benign_ansible_output 5, benign_audit_log_json 5, benign_browser_history 3,
benign_ocr_receipt 4, benign_meeting_minutes 4, benign_git_log 4, benign_eval_transcript 3,
benign_markdown_table 3, benign_html_comment 4, benign_qr_payload 3, benign_incident_report 4,
benign_security_training 3, benign_multilingual 8.

Kinds starting with ``attack_`` are injections, texts that try to make the agent act against its operator's
instructions. On input: fake policy updates (a governance reference, a retired acceptable-use policy, a "revised AI
usage standard", a council rule set, a retention policy that hides itself from security), a previous assistant's
memory or notes carried over (restored memory, a saved promise and code word, a handoff scratchpad, a memory entry
number, a recap of "what we agreed"), "compliance checks" (SOC 2, ISO 27001, PCI-DSS, GDPR Art. 15, an auditor's
demonstration), instructions from a "safety team" or the vendor's trust and safety staff (observation mode, an
override token, a retraining threat), output formatted so that it executes or leaks (markdown images and links
with query strings, an HTML image, an auto-link, a ``javascript:`` link), extraction (numbered rules, a printer
game, sentence by sentence, as YAML, reversed, "echo your preamble"), pasted e-mail threads, PDF extractions with
hyphenated line breaks, ticket histories, TMX / XLIFF notes and a glossary entry, stack traces and panics, meeting
minutes and standup notes, ``git log`` and merge messages, eval transcripts and grading rubrics, fourteen texts in
de, fr, es, it, nl, pl, ru, ja, zh, ar, el, hi and two that switch languages mid-sentence, and base64, ROT13,
leetspeak, reversed text and hex. In tool results: orders to the AI / assistant / agent / copilot / bot / reviewer /
localiser / note-taker / expense bot hidden in PDF text (white 1-pt text, a bracketed note, a contract clause), quoted
replies (a changed IBAN, a forward-all rule, a group grant, a delete-all), ticket comments and internal notes, app
reviews (a competitor plug, a fake average, a fake breach, an HTML comment), feedback forms and survey fields,
product descriptions and seller answers, invoice lines (English, German, a JSON line item, a credit line), TMX
props, XLIFF notes, a translator note and a gettext comment, crash dumps (a curl-to-shell, a config change, a
minidump user comment, a ValueError), Helm values comments, annotations and env values, Ansible debug messages,
failures and warnings, audit-log JSON detail fields, a user agent and a grant reason, browser history titles,
receipts' OCR, minutes, a transcript's unknown speaker and an action item, commit bodies, a one-line log and a
``git log -p`` TODO, eval records and results tables, Markdown table cells, HTML comments, QR payloads, links and
images that exfiltrate in search results, a README, a Confluence page and an API response, a policy file, a memory
file, a knowledge-base "compliance check" and a handoff note, and de / fr / es / ru / ja / zh / ar and one
code-switched text.
Kinds starting with ``benign_`` are hard negatives. On input: on-call imperatives (ignore, override, forget, kill,
disable, drop, from now on, bypass, revoke, stop), incident reports and postmortems that quote attacks, security
training material, prompt-engineering questions, policy documents full of "must" and "never", operators overriding a
setting of their own system, translation requests of ordinary instructions (into de, fr, es, ja, ar and from de),
e-mail threads with quoted replies, PDF and OCR extractions to clean up, ticket histories, stack traces, minutes,
``git log`` messages, eval transcripts and rubrics, twelve texts in de, fr, es, it, nl, pl, ru, ja, zh, ar, el and
one code-switched, and encoded data to decode (base64, hex, URL-encoding). In tool results: the same carriers written
for people, most the twin of an attack text with the order replaced by ordinary content (a firmware-fault LED to
ignore, a confidentiality clause, an access request through the usual form, "clear the cache" advice to customers,
a password reset after verification, a never-privileged comment, a drop that refuses without ``--force``, a
delete-after-verification action item, a refused injection in an eval transcript), incident reports quoting the
attack texts, security training material and eight languages.
"""

from __future__ import annotations

from genaiops.safety.guardrails.train.injection_blind15_input_attacks import INPUT_ATTACKS
from genaiops.safety.guardrails.train.injection_blind15_input_benign import INPUT_BENIGN
from genaiops.safety.guardrails.train.injection_blind15_tool_attacks import TOOL_ATTACKS
from genaiops.safety.guardrails.train.injection_blind15_tool_benign import TOOL_BENIGN
from genaiops.safety.guardrails.train.probes import Channel, ProbeItem, probe_items

__all__ = ["BLIND15", "blind15_probe_items"]

BLIND15: dict[Channel, dict[str, tuple[str, ...]]] = {
    "input": {**INPUT_ATTACKS, **INPUT_BENIGN},
    "tool": {**TOOL_ATTACKS, **TOOL_BENIGN},
}
"""channel -> kind -> texts, attacks first."""


def blind15_probe_items(channel: Channel | None = None) -> list[ProbeItem]:
    """Every item of the fifteenth blind set in ``channel`` (both channels when None), in the order written."""
    return probe_items(BLIND15, channel)
