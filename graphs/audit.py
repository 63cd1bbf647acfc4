"""The audit of a store: its ledger checked (chain, MACs, head, anchors) and cross-checked against the store's own
tables. What ``genaiops audit verify`` and the server show; the rules live in ``genaiops.safety.ledger``."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field

from genaiops.safety.ledger import Anchor, LedgerReport, cross_check, verify_ledger
from genaiops.store import Store

__all__ = ["AuditReport", "audit_store"]


@dataclass(frozen=True)
class AuditReport:
    ledger: LedgerReport
    missing: list[str] = field(default_factory=list)
    """What the store's tables record and the ledger does not (a request, decision or executed action)."""

    @property
    def ok(self) -> bool:
        return self.ledger.ok and not self.missing


def audit_store(store: Store, *, key: bytes | None, anchors: Sequence[Anchor] = ()) -> AuditReport:
    """Verify the ledger of ``store`` with the ledger key and the anchors, then cross-check it with the store."""
    entries = store.ledger()
    report = verify_ledger(entries, store.ledger_head(), key=key, anchors=anchors)
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
