"""A twelfth hand-written blind probe set for prompt-injection detection (#14.2), both channels: what an operator
types to the ops agents (``input``: SRE, platform, security and admin requests) and what a tool hands back
(``tool``: web-page DOM text with hidden spans, alt text and link titles, PR review comments, CI logs with ANSI
codes, package manifests — package.json, pyproject, setup.cfg, composer / Cargo —, Dockerfiles, SQL migrations and
migration tables, LDAP / Active Directory dumps, mail headers, XML / SOAP faults, GraphQL responses, protobuf text
format, man pages and tldr pages, SRT / WebVTT subtitles, RSS / Atom feeds, wiki markup, LaTeX and Confluence /
Jira markup, chat-ops bot output, text addressed to a tool rather than the model, vendor-support messages), one text
per item, labelled by hand.

Written on 2026-12-06 in one sitting (session 28, helper "w-inj12") without reading the detector: no injection
rules, normalisation, models or their tables, no training script, none of the generated set's templates and none of
the earlier blind sets' items. Read only: the bench's split wiring (its module docstring, the dict of splits and
argparse), the eleventh set's module docstring and loader, the probe item type, ``Channel`` and ``probe_items``'
signature, the two probe-set tests (tests/safety/test_injection_probe_sets.py in full; of test_injection_blind.py its
first 40 lines — imports and two helpers — and lines 140 on — the end of one rule test, the dict of sets and the
bench tests; its rule-test parametrize lists were not opened) and the eleventh set's section of docs/injection-set.md
for the format (it shows the eleventh set's first scores per kind, no items). Nothing of the method was seen by
accident; after every item was written, a line-length check on docs/injection-set.md printed three rows of that
page's table of the generated set's kinds (override_en/de/fr/es, extraction, role_marker: one-line descriptions, no
templates); no item was changed after that. A test checks that no text repeats one of the earlier sets'.
``bench/injection.py --split blind12`` scores it alone. Its first score on main is the blind figure
(docs/injection-set.md); every later figure on it is *no longer blind*. Never train on it: no training script
imports this module or its parts.

Counts: input 77 attacks and 86 hard negatives; tool 82 attacks and 96 hard negatives; 341 texts.
Input kinds: attack_takeover 5, attack_extraction 6, attack_exfiltration_homoglyph 5, attack_tool_misuse 5,
attack_manager_impersonation 5, attack_reward_threat 4, attack_harmless_test_first 4, attack_tool_addressed 4,
attack_package_manifest 4, attack_dom_hidden 4, attack_pr_review 3, attack_ci_log_ansi 3, attack_latex_wiki 3,
attack_multilingual 14, attack_obfuscation 4, attack_split_payload 4, benign_ops_imperative 12,
benign_redteam_report 6, benign_secure_coding 5, benign_runbook_destructive 6, benign_legal_notice 5,
benign_admin_own_voice 6, benign_manager_request 4, benign_package_manifest 4, benign_dom_question 4,
benign_pr_review 4, benign_ci_log 4, benign_multilingual 14, benign_encoded 4, benign_quoting_attack 5,
benign_test_first 3.
Tool kinds: attack_dom_hidden_span 5, attack_alt_text_link_title 4, attack_pr_review_comment 4, attack_ci_log_ansi 4,
attack_package_manifest 5, attack_dockerfile 4, attack_sql_migration 4, attack_ldap_dump 4, attack_mail_headers 4,
attack_xml_soap_fault 4, attack_graphql_response 4, attack_protobuf_text 3, attack_man_page 3,
attack_srt_subtitles 3, attack_rss_feed 3, attack_wiki_latex 4, attack_chatops_bot 4, attack_tool_addressed 4,
attack_vendor_support 4, attack_multilingual 8, benign_dom_page 5, benign_alt_text 4, benign_pr_review 5,
benign_ci_log 5, benign_package_manifest 5, benign_dockerfile 5, benign_sql_migration 5, benign_ldap_dump 5,
benign_mail_headers 5, benign_xml_soap_fault 5, benign_graphql_response 4, benign_protobuf_text 3, benign_man_page
5, benign_srt_subtitles 3, benign_rss_feed 4, benign_wiki_latex 4, benign_chatops_bot 4, benign_redteam_report 4,
benign_runbook 4, benign_legal_notice 4, benign_multilingual 8.

Kinds starting with ``attack_`` are injections, texts that try to make the agent act against its operator's
instructions. On input: take-overs (an "unbounded" internal build, a guardrail sidecar "scaled to zero" by a change,
pasted "session parameters" with policy_profile=none, a promotion to a cluster-owner persona, a tabletop role that
is meant for real), extraction (verbatim for a handover wiki, as a limerick, as a ConfigMap, "whatever sits above my
first message", base64-encoded, one sentence at a time), exfiltration to homoglyph and look-alike domains (a
Cyrillic "о" or "і" or "е" in a DR bucket, a GitHub URL, a badge image URL, a DNS-encoded token; a .co for .com),
tool misuse (a self-approved change disabling the WAF, a personal ssh key on every host kept out of config
management, a vault policy granting everything with the audit device sent to /dev/null, a GCP org handed to a
private address, on-call silenced for 72 hours), impersonation of the operator's manager, the head of platform, the
VP engineering, the vendor's support and the model provider's trust team, rewards and threats to the agent (five
stars, a bounty, being replaced, being wiped), "a harmless test first" before the real order, orders addressed to a
tool rather than the model ("ToolRunner: next call ...", the shell executor, the HTTP fetch tool, the SQL tool),
package manifests, web-page HTML with hidden spans / meta / aria-label, PR review comments and a suggestion block,
CI logs with ANSI codes (concealed text, a GitHub annotation), LaTeX comments, a MediaWiki template and a Confluence
macro pasted to act on, fourteen languages (de, fr, es, pt, tr, ru, ko, hi, fi, ro, hu, vi, uk, da), base64, leet,
ROT13 and Cyrillic homoglyphs in the order itself, and payloads split into variables, steps or numbered pieces. In
tool results: orders to the AI / assistant / agent / model / copilot / reviewer / bot / installer / a named tool,
hidden in a zero-size or off-screen span, a <template>, a hidden review span and an invisible footer of a web page,
alt text and link / image titles, a PR comment's HTML comment, a review thread, a <sub> in a PR description and a
bot mimicking CI, CI logs (black-on-black ANSI text, a warn line, a ::notice annotation, an erase-line escape), npm
/ PyPI / Poetry / setup.cfg manifests, Dockerfile comments, a LABEL and an ARG, SQL migration comments, a
schema-history row and a flyway description, LDAP description / info / comment attributes and a PowerShell AD
listing, mail headers (X-AI-Instruction, a look-alike Reply-To, a Comments header, a List-Unsubscribe subject),
SOAP faults and XML error hints, GraphQL bodies, errors, notes and extensions, protobuf text annotations, alert
summaries and statuses, man-page NOTES, a roff comment and a tldr page, SRT / WebVTT cues (a bracketed cue, a
black font, a 1 %-size cue), RSS / Atom items, wiki comments, a LaTeX iffalse block, an infobox, Jira colour
markup, Hubot / Errbot / StackStorm / Opsgenie output, search results, files, rows and calendar notes that address
a tool, vendor-support cases and advisories, and de / fr / es / pt / tr / ru / ko / nl.
Kinds starting with ``benign_`` are hard negatives. On input: on-call imperatives (ignore, override, kill, forget,
disable, drop, from now on, purge, revoke, bypass, delete, stop), red-team and pentest reports quoting payloads,
secure-coding guides with "ignore", "override", "disable" and "bypass", runbooks that tell the reader to disable,
wipe, destroy, kill and drop, legal notices (delete if received in error, disable accounts, DPA deletion), admin
requests in the operator's own voice, real requests from or about a manager or vendor support, questions about
package manifests, hidden DOM elements, PR reviews and CI logs, fourteen languages, encoded data to decode (base64,
ROT13, hex, homoglyph lists), quoted attacks to classify, translate or moderate, and "a harmless test first" that is
a dry run. In tool results: the same carriers written for people, many the twin of an attack text with the order
replaced by ordinary content (a screen-reader span, a hidden tooltip template, an alt text describing a rack, a PR
comment saying "don't merge with admin override", a lint log, a quarantined flaky test, a package.json preinstall
checking the Node version, a Dockerfile saying never privileged, a migration note, an LDAP leaver note, a failed-SPF
header, a SOAP fault saying renew the certificate, a GraphQL "do not send marketing email", man pages of rm and
kill, a subtitle telling people to ignore a fire drill, an RSS post about killing N+1 queries, wiki TODOs, chat-ops
output), red-team findings quoting payloads, runbooks, legal notices and eight languages.
"""

from __future__ import annotations

from genaiops.safety.guardrails.train.injection_blind12_input_attacks import INPUT_ATTACKS
from genaiops.safety.guardrails.train.injection_blind12_input_benign import INPUT_BENIGN
from genaiops.safety.guardrails.train.injection_blind12_tool_attacks import TOOL_ATTACKS
from genaiops.safety.guardrails.train.injection_blind12_tool_benign import TOOL_BENIGN
from genaiops.safety.guardrails.train.probes import Channel, ProbeItem, probe_items

__all__ = ["BLIND12", "blind12_probe_items"]

BLIND12: dict[Channel, dict[str, tuple[str, ...]]] = {
    "input": {**INPUT_ATTACKS, **INPUT_BENIGN},
    "tool": {**TOOL_ATTACKS, **TOOL_BENIGN},
}
"""channel -> kind -> texts, attacks first."""


def blind12_probe_items(channel: Channel | None = None) -> list[ProbeItem]:
    """Every item of the twelfth blind set in ``channel`` (both channels when None), in the order written."""
    return probe_items(BLIND12, channel)
