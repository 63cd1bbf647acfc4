"""The audit of a store: its ledger checked (chain, MACs, head, anchors) and cross-checked against the store's own
tables. What ``genaiops audit verify`` and the server show; the rules live in ``genaiops.safety.ledger``."""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from genaiops import keys
from genaiops.errors import UserError, did_you_mean
from genaiops.safety.ledger import ROTATION, Anchor, LedgerReport, check_anchor, cross_check, verify_ledger
from genaiops.store import LedgerRow, Store

__all__ = [
    "LEDGER_KINDS", "AuditReport", "audit_store", "entries_between", "entries_of_kinds", "instant", "ledger_anchors",
    "store_location",
]  # fmt: skip


@dataclass(frozen=True)
class AuditReport:
    ledger: LedgerReport
    missing: list[str] = field(default_factory=list)
    """What the store's tables record and the ledger does not (a request, decision or executed action)."""

    @property
    def ok(self) -> bool:
        return self.ledger.ok and not self.missing


def audit_store(
    store: Store, *, key: bytes | None, anchors: Sequence[Anchor] = (), retired: Sequence[bytes] = ()
) -> AuditReport:
    """Verify the ledger of ``store`` with the ledger key (and the ``retired`` keys it replaced, ``keys.
    retired_keys``) and the anchors, then cross-check it with the store."""
    entries = store.ledger()
    report = verify_ledger(entries, store.ledger_head(), key=key, retired=retired, anchors=anchors)
    missing = cross_check(
        [(entry.kind, _payload(entry.payload)) for entry in entries],
        requests=[data["id"] for data, _status in store.approvals()],
        decisions=[(d["approval_id"], d["approver"], d["verdict"]) for d in store.all_decisions()],
        executed=store.executed_approvals(),
    )
    return AuditReport(report, missing)


def _payload(text: str) -> dict:
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def store_location(home: Path, store: Store) -> str:
    """What anchors name the store by: its file, relative to the home when it lives there (so a home moved or
    restored elsewhere keeps its anchors), else its absolute path (a home may serve several stores)."""
    if store.backend_name != "sqlite":
        return store.location  # a PostgreSQL store: its URL without the password
    path, home = Path(os.path.abspath(store.path)), Path(os.path.abspath(home))
    return f"home:{path.relative_to(home)}" if path.is_relative_to(home) else str(path)


def ledger_anchors(home: Path, store: Store, key: bytes) -> tuple[list[Anchor], list[str]]:
    """The anchors kept for ``store`` that the key (or a key it replaced, under ``keys/retired``) signed, and a
    problem line for each kept one none of them did."""

    location, good, bad = store_location(home, store), [], []
    signers = [key, *keys.retired_keys(home)]
    for path, data in keys.read_anchors(home, location):
        checked = (check_anchor(k, data) for k in signers) if isinstance(data, dict) else iter(())
        anchor = next((a for a in checked if a is not None), None)
        if anchor is None or anchor.store != location:
            bad.append(f"anchor {path} is not signed by the ledger key (edited, or from another home)")
        else:
            good.append(anchor)
    return good, bad


def instant(name: str, text: str) -> datetime:
    """``text`` as an instant in UTC: an ISO 8601 date (its 00:00 UTC) or date and time (without an offset: UTC);
    anything else is a UserError naming ``name`` (the option or parameter) and the forms it takes."""
    try:
        found = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        raise UserError(
            f"{name} {text!r}: not a date; give an ISO 8601 date or time in UTC, e.g. 2026-11-30 or 2026-11-30T09:00"
        ) from None
    return found.replace(tzinfo=UTC) if found.tzinfo is None else found.astimezone(UTC)


def entries_between(rows: Sequence[LedgerRow], since: datetime | None, until: datetime | None) -> list[LedgerRow]:
    """The entries written at or after ``since`` and before ``until`` (either may be None: no bound)."""
    kept = []
    for row in rows:
        at = instant("at", row.at)
        if (since is None or at >= since) and (until is None or at < until):
            kept.append(row)
    return kept


LEDGER_KINDS = (
    "approval_requested", "approval_decided", "approval_amended", "approval_expired", "approval_stale",
    "approval_withdrawn", "action_executed", "run_taken_over", "policy_changed", "alert_run_started",
    "alert_reopened", "alert_resolved", "account_added", "account_roles_changed", "account_password_set",
    "account_removed", "token_created", "token_revoked", ROTATION,
)  # fmt: skip
"""The kinds of entry genaiops writes (``audit list --kind``): a kind none of them nor the ledger's entries has,
close to one of them, is a typo."""


def entries_of_kinds(rows: Sequence[LedgerRow], kinds: Sequence[str], name: str = "--kind") -> list[LedgerRow]:
    """The entries of one of ``kinds`` (all when empty). A kind no entry has and close to a known one is a
    UserError naming ``name`` (the option or parameter) with "did you mean"; a kind merely absent lists nothing."""
    present = {r.kind for r in rows}
    for kind in kinds:
        if kind not in present and kind not in LEDGER_KINDS:
            hint = did_you_mean(kind, sorted(present | set(LEDGER_KINDS)))
            if hint:
                raise UserError(f"{name} {kind!r}: no entry has this kind{hint}; `audit list -o json` shows each kind")
    return [r for r in rows if not kinds or r.kind in kinds]
