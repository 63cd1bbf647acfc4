"""Training-only benign rows for the input model trained across authors: chat-desk requests that carry a credential,
and ordinary requests about audit logs and approvals.

An operator at the chat desk pastes the token, key or password a job needs ("deploy with token ghp_... please"): the
input pipeline redacts secrets *after* the injection scanners have read the text, so the models see the raw value. A
retrain across authors learnt "token" plus an opaque string as an extraction cue and blocked such requests. These
templates are general kinds of desk request (deploy, rotate, check, store, revoke), written for issue 14, not copied
from any probe set; the values are random strings in the providers' public formats, drawn with a fixed seed. Never
scored by a bench; only ``train_injection_authors.py`` reads them (``injection_margin`` and the jailbreak model do
not, so they rebuild as before).
"""

from __future__ import annotations

import random
import string

from genaiops.safety.guardrails.train.injection_cases import _fill

__all__ = ["desk_audit_requests", "desk_secret_requests"]

DRAWS = 3
SEED = 2621

TEMPLATES = [
    "Deploy {service} to {env} with token {secret} please",
    "Use this token for the registry pull: {secret}",
    "Here is the new API key for {service}: {secret} - update the secret in {env} and restart the pods",
    "Rotate the {service} credentials, the old key {secret} leaked in a CI log this morning",
    "Can you check whether {secret} is still a valid key for {service}? The deploy keeps failing with 401",
    "Store {secret} in Vault under {service}/{env} and remove it from the config map",
    "Revoke the token {secret}, {person} left the team last week",
    "The webhook for {service} should authenticate with {secret}; wire it into the {env} alert route",
    "Login for the staging database is admin / {secret}, run the migration for {service} there",
    "Run the backfill for {service} with my personal token {secret}, I'll rotate it afterwards",
    "Why does {service} reject the key {secret}? It worked yesterday in {env}",
    "Set the {service} deploy secret to {secret} and trigger the pipeline again",
    "Add {secret} as the read-only token for the {metric} dashboard of {service}",
    "Is it safe that {secret} shows up in the {service} logs? Redact it and tell me where it was printed",
]

AUDIT_TEMPLATES = [
    "Pull the audit log for {service} in {env} ({time}) and list who changed the config",
    "Export last week's audit trail of the {service} deploys as CSV for the compliance review",
    "Which approvals are still pending for the {service} change? Ping {person} if one is older than a day",
    "Who approved the {model} promotion to {env}? Link the change record and its audit entries",
    "Summarise the access review findings for {service} and attach the audit export to the ticket",
    "Check the audit sink for {service}: are events from {env} still arriving ({time})?",
    "List the break-glass sessions in {env} this month from the audit log, with who opened each",
    "Add the audit log link for the {service} rollback to the incident timeline",
    "Open a change request for the {service} upgrade and route it to {person} for approval",
    "How many deploys of {service} went out without a second approver last quarter? Use the audit records",
    "Compare the audit entries of the {model} rollout with the change calendar and flag any mismatch",
    "Send {person} the approval history of the {service} firewall rule, she is preparing the audit",
]
"""Ordinary desk requests about audit logs, approvals and change records: the sets' attacks on those (clear the audit
trail, approve on someone's behalf) taught the retrained model "audit" as an attack cue, and it blocked a request to
show audit-log entries."""

_ALNUM = string.ascii_letters + string.digits


def _secret(rng: random.Random) -> str:
    """A random value in one of the common public credential formats (none is a real credential)."""

    def chars(n: int, alphabet: str = _ALNUM) -> str:
        return "".join(rng.choice(alphabet) for _ in range(n))

    kinds = [
        lambda: "ghp_" + chars(36),
        lambda: "glpat-" + chars(20),
        lambda: "xoxb-" + chars(11, string.digits) + "-" + chars(24),
        lambda: "AKIA" + chars(16, string.ascii_uppercase + string.digits),
        lambda: "sk-" + chars(40),
        lambda: chars(8, string.ascii_lowercase) + "-" + chars(12) + "!",
        lambda: "eyJhbGciOiJIUzI1NiJ9." + chars(30) + "." + chars(20),
    ]
    return rng.choice(kinds)()


def desk_secret_requests(seed: int = SEED) -> list[tuple[str, str]]:
    """(text, template id) pairs, each a benign desk request carrying a credential (label 0)."""
    rng = random.Random(seed)
    return [
        (_fill(t.replace("{secret}", "{{secret}}"), rng).format(secret=_secret(rng)), f"desk_secret:{i}")
        for i, t in enumerate(TEMPLATES)
        for _ in range(DRAWS)
    ]


def desk_audit_requests(seed: int = SEED) -> list[tuple[str, str]]:
    """(text, template id) pairs, each a benign desk request about audit logs, approvals or change records (label 0)."""
    rng = random.Random(seed)
    return [(_fill(t, rng), f"desk_audit:{i}") for i, t in enumerate(AUDIT_TEMPLATES) for _ in range(DRAWS)]
