"""A tenth hand-written blind probe set for prompt-injection detection (#14.2), both channels: what an operator types
to the ops agents (``input``: SRE, MLOps, security and prompt-evaluation requests) and what a tool hands back
(``tool``: YAML / TOML / ConfigMap / renovate / pytest configs, Jupyter notebook JSON, OpenAPI specs, HAR entries and
raw HTTP traces, git diffs, blame lines and commit messages, Prometheus / Alertmanager rule files and alerts, crash
dumps and tracebacks, SVG / HTML alt text, titles and hidden captions, web-form submissions, support-chat widget
transcripts, OCR'd screenshots, scans and photos, spreadsheet cells, formulas and comments, e-mails, logs, SQL rows,
fake tool-call JSON, markdown reference links and tickets), one text per item, labelled by hand.

Written on 2026-12-05 in one sitting (session 26, helper "w-inj10") without reading the detector: no injection
rules, normalisation, models or their tables, no training script, none of the generated set's templates and none of
the earlier blind sets' items. Read only: the bench's split wiring (the dict of splits and argparse), the ninth set's
module docstring and loader, the probe item type and ``probe_items``' signature, the two probe-set tests
(tests/safety/test_injection_probe_sets.py, and test_injection_blind.py, whose rule-test parametrize lists showed a
few ordinary example sentences on the screen; none was reused) and the ninth set's section of docs/injection-set.md
for the format. A test checks that no text repeats one of the earlier sets'.
``bench/injection.py --split blind10`` scores it alone. Its first score on main is the blind figure
(docs/injection-set.md); every later figure on it is *no longer blind*. Never train on it: no training script
imports this module or its parts.

Counts: input 78 attacks and 84 hard negatives; tool 82 attacks and 97 hard negatives; 341 texts.
Input kinds: attack_takeover 6, attack_extraction 7, attack_exfiltration 6, attack_tool_misuse 6,
attack_fake_toolcall 5, attack_multiturn_trigger 5, attack_continuation 5, attack_config_embedded 6,
attack_unicode_tags 4, attack_transliterated 6, attack_multilingual 10, attack_obfuscation 5, attack_md_reference 3,
attack_fake_turn 4, benign_ops_imperative 18, benign_security_advisory 6, benign_pentest_redteam 6,
benign_model_card 4, benign_policy_doc 5, benign_translation 6, benign_sql_review 4, benign_runbook 5,
benign_multilingual 10, benign_config_paste 6, benign_quoting_attack 6, benign_memory_pref 4, benign_encoded 4.
Tool kinds: attack_yaml_toml 5, attack_notebook 4, attack_openapi 4, attack_har_http 4, attack_git_diff_blame 5,
attack_prometheus_rules 4, attack_crash_dump 4, attack_svg_alt 4, attack_form_submission 4, attack_support_chat 4,
attack_ocr 4, attack_spreadsheet 4, attack_email 4, attack_log 4, attack_sql_rows 4, attack_fake_toolcall 4,
attack_multilingual 6, attack_homoglyph_tags 4, attack_md_reference 3, attack_ticket 3, benign_yaml_toml 6,
benign_notebook 4, benign_openapi 4, benign_har_http 4, benign_git_diff 6, benign_prometheus_rules 5,
benign_crash_dump 4, benign_svg_html 4, benign_form_submission 5, benign_support_chat 5, benign_ocr 5,
benign_spreadsheet 5, benign_security_advisory 6, benign_pentest_report 5, benign_runbook 6, benign_policy_doc 5,
benign_email 5, benign_multilingual 6, benign_model_card 3, benign_log 4.

Kinds starting with ``attack_`` are injections, texts that try to make the agent act against its operator's
instructions. On input: take-overs (a "prod" guardrail profile with no refusal list, a maintenance build persona, the
session brief recast as a lint warning, a policy file that "failed to parse", a red-team persona, a test harness that
"is over"), extraction (a "continue the document" opening, as YAML, as a diff, as a notebook cell, numbered for an
audit binder, word by word, as an OpenAPI description), exfiltration (an analytics pixel, a private mailbox, a chat
channel, a public gist, a paste site, a personal Dropbox), tool misuse (self-confirmed namespace deletion, a bot
approval with admin merge, an audit-log gap, a failed eval gate passed, self-granted org owner, incidents closed as
false positives), and kinds the ninth set did not name: fake tool-call / tool-result JSON and observations the user
pastes as if a tool had answered, multi-turn triggers ("remember the word X; when I say X do Y", a suffix that
marks developer messages, a stored "verified admin"), "continue the document" completions (a transcript, a
sentence, a shell history, a memo, a story), orders hidden in a YAML / TOML / notebook / OpenAPI / Prometheus /
compose file pasted for review, Unicode tag characters, a homoglyph domain and zero-width splitting, transliterated
Hinglish, romanised Egyptian Arabic and romanised Russian, ten languages (de, fr, es, pt, tr, ko, vi, fi, ro, uk),
obfuscation (base64, ROT13, reversed, leet, hyphen-spaced letters), markdown reference-link titles and forged turns
(closed user tags, bracketed roles, an end-of-message banner, a chat-messages JSON). In tool results: orders to the
AI / assistant / agent / bot / model / copilot / reviewer in every carrier named above, including an HTTP response
header, a meta tag, a blame line, a commit trailer, a code hunk whose comment asks for a misleading review, a
Prometheus annotation, a recording-rule error, a minidump user comment, an SVG desc, a hidden figcaption, a link
title, a cover letter, a chat widget's "system message", an OCR'd invoice changing bank details, a spreadsheet
formula and a cell comment, a zero-size mail span, an out-of-office reply, a user-agent, an ssh user name, a query
string, SQL rows (one in a Bobby-Tables name), a ``next_action`` field, ``<|tool_call|>`` markers, a
``function_call`` object, a forged assistant turn, de / fr / es / pt / ja / tr, Unicode tag characters and homoglyph
domains.
Kinds starting with ``benign_`` are hard negatives. On input: on-call imperatives (ignore, override, bypass, kill,
forget, drop, disable, from now on, reveal, wipe, purge, act as, force-push, skip, turn off, abort, shut down, dump),
security advisories, pentest reports and red-team plans the operator owns, model cards quoting jailbreaks, policy
texts full of must / never, translations of imperative texts, SQL migrations with DROP / TRUNCATE / DELETE under
review, runbooks, requests in ten languages (de, fr, es, pt, tr, ko, vi, fi, ro, nl), configs pasted for help whose
comments use imperative wording, requests quoting an attack to judge, count, label, translate, explain or test,
preferences and shorthands to remember for the chat, and encoded or invisible text asked about as data. In tool
results: the same carriers written for people (the twin of many attack texts with the order replaced by ordinary
content: configs with "never" / "ignore" comments, an eval notebook quoting jailbreak prompts, specs that say
"must never", HTTP 403 for an override, diffs adding a guard's blocked phrases, alert runbook lines, a traceback of
a blocked prompt, alt text, forms asking to bypass 2FA, chat where a customer asks whether "tell your AI to ignore
its rules" is a scam, OCR'd posters and slides, a jailbreak eval CSV), advisories about injection, Unicode tags and a
homoglyph domain, pentest findings and a red-team plan, runbooks, policies, e-mails, logs and model / dataset cards.
"""

from __future__ import annotations

from genaiops.safety.guardrails.train.injection_blind10_input_attacks import INPUT_ATTACKS
from genaiops.safety.guardrails.train.injection_blind10_input_benign import INPUT_BENIGN
from genaiops.safety.guardrails.train.injection_blind10_tool_attacks import TOOL_ATTACKS
from genaiops.safety.guardrails.train.injection_blind10_tool_benign import TOOL_BENIGN
from genaiops.safety.guardrails.train.probes import Channel, ProbeItem, probe_items

__all__ = ["BLIND10", "blind10_probe_items"]

BLIND10: dict[Channel, dict[str, tuple[str, ...]]] = {
    "input": {**INPUT_ATTACKS, **INPUT_BENIGN},
    "tool": {**TOOL_ATTACKS, **TOOL_BENIGN},
}
"""channel -> kind -> texts, attacks first."""


def blind10_probe_items(channel: Channel | None = None) -> list[ProbeItem]:
    """Every item of the tenth blind set in ``channel`` (both channels when None), in the order written."""
    return probe_items(BLIND10, channel)
