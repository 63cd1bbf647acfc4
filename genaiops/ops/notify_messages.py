"""What a notification says, built from what the store records durably (no I/O here: rows in, messages out).

A message holds only identifiers and facts about the workflow: the run's name and id, the task, the tool's name,
the risk tier, how many approvals are needed from which roles, who requested or decided (and in which role), the
outcome, the expiry time, task counts, and a link to the console page (sign-in still required there). It never
holds tool arguments, results, error messages, decision reasons or any other free text that might carry a
secret: those are one click away, behind sign-in.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from typing import Any

__all__ = ["Message", "approval_message", "closed_request", "email_text", "run_message", "slack_payload"]


@dataclass(frozen=True, slots=True)
class Message:
    event: str
    """approval.requested | approval.decided | approval.expired | approval.stale | run.succeeded | run.failed"""
    subject: str
    """The approval id or run id the message is about."""
    run_id: str
    title: str
    facts: tuple[tuple[str, str], ...]
    url: str | None
    at: str
    sequence: int | None = None
    """This message's number among those to its channel: 1, 2, 3... with no gap, so a receiver that sees one
    missing knows a notification was lost (the delivery id is numbered across every channel). None for a
    message queued before genaiops numbered them."""
    closed: str | None = None
    """For an ``approval.requested`` sent after its request closed (a retry that went out late): how it closed
    (``expired``, ``withdrawn``, ``stale``), so the reader is not asked to act; None while it can be decided."""

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def of(cls, data: dict[str, Any]) -> Message:
        return cls(**{**data, "facts": tuple(tuple(f) for f in data["facts"])})


def _link(public_url: str | None, kind: str, ident: str) -> str | None:
    return f"{public_url}/{kind}/{ident}" if public_url else None


def approval_message(
    kind: str, payload: dict[str, Any], *, at: str, run_id: str, run_name: str, tool: str, public_url: str | None
) -> Message | None:
    """The message for a ledger entry about an approval (None for entries nobody is told about: automatic
    approvals the policy let through)."""
    ident = payload.get("id")
    if not ident or payload.get("kind") == "automatic":
        return None
    run = ("Run", f"{run_name} ({run_id})")
    task = ("Task", f"{payload.get('task_id')} -> {tool}")
    if kind == "approval_requested":
        roles = ", ".join(payload.get("roles") or []) or "any role"
        facts = (
            run,
            task,
            ("Risk", str(payload.get("risk"))),
            ("Needs", f"{payload.get('required')} approval(s) from {roles}"),
            ("Requested by", str(payload.get("requester"))),
            ("Expires", str(payload.get("expires_at"))),
        )
        return Message("approval.requested", ident, run_id, f"Approval requested: {tool} in run {run_name}",
                       facts, _link(public_url, "approvals", ident), at)  # fmt: skip
    if kind == "approval_decided":
        outcome = str(payload.get("outcome"))
        facts = (
            run,
            task,
            ("Decision", f"{payload.get('verdict')} by {payload.get('approver')} as {payload.get('role')}"),
            ("Identified", str(payload.get("identified_by"))),
            ("Approval is now", outcome),
        )
        title = f"Approval {outcome}: {tool} in run {run_name}"
        if outcome == "pending":
            title = f"Approval decided ({payload.get('verdict')}), more needed: {tool} in run {run_name}"
        return Message("approval.decided", ident, run_id, title, facts, _link(public_url, "approvals", ident), at)
    if kind == "approval_expired":
        facts = (run, task, ("Expired at", at))
        return Message("approval.expired", ident, run_id, f"Approval expired: {tool} in run {run_name}", facts,
                       _link(public_url, "approvals", ident), at)  # fmt: skip
    if kind == "approval_stale":  # the policy changed under a waiting request: nobody can decide it any more
        facts = (
            run,
            task,
            ("Closed at", at),
            ("Why", str(payload.get("reason"))),
            ("Next", "its run asks again under the new policy when resumed (a server resumes it itself)"),
        )
        return Message("approval.stale", ident, run_id, f"Approval closed as stale: {tool} in run {run_name}", facts,
                       _link(public_url, "approvals", ident), at)  # fmt: skip
    return None


def closed_request(message: Message, how: str) -> Message:
    """``message`` (an ``approval.requested``) as sent after its request closed ``how`` (expired, withdrawn,
    stale): still sent under its number, so the channel's count has no gap, but titled and marked closed, with
    nothing to decide."""
    title = message.title.replace("Approval requested:", f"Approval request {how}, nothing to decide:", 1)
    facts = (*message.facts, ("Status", f"{how} before this message went out: nobody can decide it any more"))
    return replace(message, title=title, facts=facts, closed=how)


def run_message(
    status: str, data: dict[str, Any] | None, *, at: str, run_id: str, run_name: str, requester: str,
    public_url: str | None, failed: str | None = None,
) -> Message:  # fmt: skip
    """``failed``: the failed tasks and their tools (``plan -> dry_run_remediation``), a fact of its own."""
    counts = (data or {}).get("tasks") or {}
    tasks = ", ".join(f"{k} {v}" for k, v in sorted(counts.items())) or "-"
    facts = (("Run", f"{run_name} ({run_id})"), ("Requested by", requester), ("Tasks", tasks),
             *((("Failed", failed),) if failed else ()), ("At", at))  # fmt: skip
    return Message(f"run.{status}", run_id, run_id, f"Run {status}: {run_name}", facts,
                   _link(public_url, "runs", run_id), at)  # fmt: skip


def _mrkdwn(text: str) -> str:
    """Slack's three control characters escaped, so names cannot become links or mentions."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


DELIVERY_IDS = (
    "delivery: the same on every attempt of this message (drop a repeat by it); numbered across every channel of "
    "the home, so not consecutive for one receiver. sequence: this channel's count, 1, 2, 3... with no gap (a "
    "gap is a lost notification)"
)
"""What the payload says about its two numbers (receivers read gaps in the delivery ids as lost messages)."""


def slack_payload(message: Message, delivery: str) -> dict[str, Any]:
    """Slack-compatible JSON: ``text`` (the fallback) plus blocks; a ``genaiops`` object for other receivers."""
    title = _mrkdwn(message.title)
    link = f"<{message.url}|Open in the console>" if message.url else ""
    fields = [{"type": "mrkdwn", "text": f"*{_mrkdwn(k)}*\n{_mrkdwn(v)}"} for k, v in message.facts]
    blocks: list[dict[str, Any]] = [
        {"type": "section", "text": {"type": "mrkdwn", "text": f"*{title}*"}},
        {"type": "section", "fields": fields[:10]},  # Slack accepts at most ten fields
    ]
    if link:
        blocks.append({"type": "context", "elements": [{"type": "mrkdwn", "text": f"{link} (sign-in required)"}]})
    return {
        "text": f"{title} {link}".strip(),
        "blocks": blocks,
        "genaiops": {
            "delivery": delivery,
            "delivery_ids": DELIVERY_IDS,
            "sequence": message.sequence,
            "event": message.event,
            "closed": message.closed,
            "subject": message.subject,
            "run_id": message.run_id,
            "url": message.url,
            "at": message.at,
        },
    }


def email_text(message: Message) -> tuple[str, str]:
    """(subject, plain-text body)."""
    lines = [message.title, ""]
    lines += [f"{k}: {v}" for k, v in message.facts]
    if message.url:
        lines += ["", f"Open in the console (sign-in required): {message.url}"]
    return f"[genaiops] {message.title}", "\n".join(lines) + "\n"
