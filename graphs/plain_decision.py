"""A person's decision on a pending approval, read, checked and recorded without pydantic: what ``Gate.decide``
does for ``genaiops approvals approve/reject ID --reason R``, for the CLI's fast path (pydantic's import and the
approval and policy models were over half of a decision's instructions, ``bench/cli.py``).

``PlainDecisions`` is the part of an ``Engine`` that ``genaiops.cli.deciding.decide_here`` uses (``policy``,
``store``, ``clock``, ``decide``, ``close``), over the store and the facts of the policy a decision reads
(``PolicyFacts``: remembered with the policy's version by whoever loaded the policy, ``genaiops.policy_cache``).
It makes the gate's checks in the gate's order with the same rules (``genaiops.safety.approval_rules``), reads
the stored request and decisions as the models read them (``genaiops.graphs.stored``) and writes the same rows,
ledger entry and event (``record_decision``, which the gate writes with too).

It records only a plain success. Anything else raises ``Unsure`` before anything is written (inside the
transaction, which then rolls back): a refusal (the engine refuses again and says why), a stored value the models
would convert or refuse, a request due to be closed as expired (the engine sweeps first), a policy this store did
not see last (the engine notes the change and closes stale requests), an amendment or a scripted author. The
caller then decides through the engine.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import datetime, timedelta
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from genaiops.errors import GenAIOpsError
from genaiops.identity import normalize_name
from genaiops.ids import canonical_json

if TYPE_CHECKING:
    from genaiops.clock import Clock
    from genaiops.safety.policy import ApprovalPolicy
    from genaiops.store import Store, Transaction

__all__ = ["PlainDecisions", "PlainState", "PolicyFacts", "Unsure", "kept_reason", "policy_facts", "record_decision"]


class Unsure(Exception):
    """Not a plain success: nothing was written, and the engine decides (records, or refuses and says why)."""


@dataclass(frozen=True, slots=True)
class PolicyFacts:
    """What a decision reads of the approval policy (``ApprovalPolicy``'s fields and properties of those names)."""

    hash: str
    version: str
    allow_claimed_identities: bool
    require_authenticated: bool
    approver_roles: tuple[str, ...]
    people: dict[str, tuple[str, ...]]
    unsafe_overrides: tuple[str, ...]

    def roles_of(self, name: str) -> tuple[str, ...]:
        """``ApprovalPolicy.roles_of``: the roles granted to ``name`` (every local user holds the approver roles
        when the policy lists no people)."""
        if not self.people:
            return self.approver_roles
        return self.people.get(normalize_name(name), ())

    @classmethod
    def read(cls, data: Any) -> PolicyFacts | None:
        """The facts ``policy_facts`` wrote (None: anything else)."""
        if type(data) is not dict or data.keys() != {f.name for f in fields(cls)}:
            return None
        texts = ("hash", "version")
        lists = [data["approver_roles"], data["unsafe_overrides"]]
        people = data["people"]
        if not all(type(data[k]) is str for k in texts) or type(people) is not dict:
            return None
        if not all(type(data[k]) is bool for k in ("allow_claimed_identities", "require_authenticated")):
            return None
        lists += list(people.values())
        if not all(type(x) is list and all(type(v) is str for v in x) for x in lists):
            return None
        return cls(
            **{k: data[k] for k in (*texts, "allow_claimed_identities", "require_authenticated")},
            approver_roles=tuple(data["approver_roles"]),
            people={name: tuple(roles) for name, roles in people.items()},
            unsafe_overrides=tuple(data["unsafe_overrides"]),
        )


def policy_facts(policy: ApprovalPolicy | PolicyFacts) -> dict[str, Any]:
    """The facts of ``policy`` as JSON values (what ``PolicyFacts.read`` reads back)."""
    return {
        "hash": policy.hash,
        "version": policy.version,
        "allow_claimed_identities": policy.allow_claimed_identities,
        "require_authenticated": policy.require_authenticated,
        "approver_roles": list(policy.approver_roles),
        "people": {name: list(roles) for name, roles in policy.people.items()},
        "unsafe_overrides": list(policy.unsafe_overrides),
    }


@dataclass(frozen=True, slots=True)
class PlainState:
    """``ApprovalState``'s fields, for the rules to build (``model_dump`` gives the model's dump)."""

    status: str
    approvals: int
    required: int
    args: dict[str, Any]
    args_hash: str
    reason: str = ""
    approval_id: str | None = None
    notes: tuple[str, ...] = ()

    def model_dump(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


_DECIDED = ("approver", "role", "verdict", "reason", "args_hash", "kind", "identified_by")
"""The decision's fields in its ledger entry (in ``Decision``'s field order)."""


def record_decision(
    tx: Transaction, request: Any, document: dict[str, Any], at: str, outcome: str, *, amended: bool
) -> None:
    """Write a decision (``document``: ``Decision.model_dump(mode="json")``, made at ``at``) on ``request``: its
    row, its ledger entry, its run event, and the request's status when the decision closed it (``outcome``)."""
    from genaiops.safety.ledger import entry_hash

    tx.insert_decision(document)
    payload = {
        "id": request.id,
        "task_id": request.task_id,
        **{name: document[name] for name in _DECIDED},
        "amended": amended,
        "outcome": outcome,
        "policy_version": document["policy_version"],
        "policy_hash": document["policy_hash"],
    }
    tx.append_ledger(entry_hash, kind="approval_decided", run_id=request.run_id, at=at, payload=payload)
    about = {"approval": request.id, "by": document["approver"], "verdict": document["verdict"], "outcome": outcome}
    tx.add_events([(request.run_id, request.task_id, "approval_decided", at, canonical_json(about))])
    if outcome != "pending":
        tx.set_approval_status(request.id, outcome)


def kept_reason(reason: str) -> tuple[str, tuple[str, ...]]:
    """``reason`` as a decision records it: each secret the secrets scan finds (a token pasted as the change's
    reference) replaced by ``⟦LABEL⟧``, since a ledger entry can never be taken back; and a note for the person
    when one was (none otherwise). The chat desk's input guardrails redact a reason the same way."""
    from genaiops.safety.guardrails.secret_spans import secret_spans  # the scan without the verdict models

    spans = sorted(secret_spans(reason))
    if not spans:
        return reason, ()
    parts, cursor = [], 0
    for start, end, label in spans:
        if start >= cursor:  # an overlapping span is inside one replaced already
            parts += [reason[cursor:start], f"⟦{label}⟧"]
            cursor = end
    labels = ", ".join(sorted({label for _, _, label in spans}))
    note = (
        f"the reason held what reads as a secret ({labels}): it is recorded with ⟦{spans[0][2]}⟧ in its place (the "
        "audit ledger keeps no secret in clear, and its entries cannot be taken back); rotate that secret"
    )
    return "".join([*parts, reason[cursor:]]), (note,)


def json_time(at: datetime) -> str:
    """A UTC datetime as ``model_dump(mode="json")`` writes it (``Z``; microseconds only when not 0)."""
    if at.tzinfo is None or at.utcoffset() != timedelta(0):
        raise Unsure
    return at.replace(tzinfo=None).isoformat() + "Z"


class PlainDecisions:
    """``Engine.decide`` for a person's plain decision, without pydantic (see the module docstring)."""

    def __init__(self, store: Store, policy: PolicyFacts, clock: Clock) -> None:
        self.store, self.policy, self.clock = store, policy, clock

    def close(self) -> None:
        self.store.close()

    def decide(
        self,
        approval_id: str,
        *,
        approver: str,
        role: str,
        verdict: str,
        reason: str,
        amend: dict[str, Any] | None = None,
        identified_by: str | None = None,
    ) -> PlainState:
        """``Gate.decide`` for a person (``identified_by`` local or claimed), recording a plain success only."""
        approver = normalize_name(approver, "approver")
        how = identified_by or "local"
        if amend or not reason.strip() or verdict not in ("approve", "reject") or type(role) is not str:
            raise Unsure
        policy = self.policy
        if how not in ("local", "claimed") or policy.require_authenticated:
            raise Unsure  # Gate._check_author refuses these, or (scripted) asks the registry
        if how == "claimed" and not policy.allow_claimed_identities:
            raise Unsure
        self._nothing_due()
        if self.store.meta("policy_hash") != policy.hash:
            raise Unsure  # Gate.sync_policy records the change and closes stale requests first
        try:
            with self.store.transaction() as tx:
                return self._decide_in(tx, approval_id, approver, role, verdict, reason, how)
        except GenAIOpsError as exc:  # refused by the rules (or a store failure): rolled back
            raise Unsure from exc

    def _nothing_due(self) -> None:
        """The deciding engine first closes every request past its expiry (``close_expired``)."""
        from genaiops.graphs.inbox import status_at

        now = self.clock.now()
        if any(status_at("pending", expires_at, now) == "expired" for _, expires_at in self.store.pending_expiries()):
            raise Unsure

    def _decide_in(
        self, tx: Transaction, approval_id: str, approver: str, role: str, verdict: str, reason: str, how: str
    ) -> PlainState:
        from genaiops.graphs.stored import read_decision, read_request
        from genaiops.safety.approval_rules import already_approved, check_decision, evaluate

        data, status = self.store.approval(approval_id)
        read = read_request(data)
        earlier = [read_decision(d) for d in self.store.decisions(approval_id)]
        if status != "pending" or read is None or any(d is None for d in earlier):
            raise Unsure
        request = SimpleNamespace(**vars(read), task_args_hash=read.original_args_hash or read.args_hash)
        now, version = self.clock.now(), self.policy.version
        reason, said = kept_reason(reason)
        rules = {"now": now, "policy_version": version, "args_hash": request.task_args_hash, "state": PlainState}
        state = evaluate(request, earlier, **rules)
        if state.status != "pending":
            raise Unsure  # stale or expired: the gate closes it and refuses
        document = {"approval_id": approval_id, "approver": approver, "role": role, "verdict": verdict,
                    "reason": reason, "args_hash": state.args_hash, "amended_args": None, "policy_version": version,
                    "at": json_time(now), "kind": "human", "identified_by": how,
                    "policy_hash": self.policy.hash}  # fmt: skip
        decision = SimpleNamespace(**(document | {"at": now}))
        check_decision(request, decision, state)
        new_state = evaluate(request, [*earlier, decision], **rules)
        record_decision(tx, request, document, now.isoformat(), new_state.status, amended=False)
        notes = said
        if already_approved(request, decision, state, earlier):
            notes += (
                f"{approver} had already approved {request.id}: a person's approval counts once, so this one did "
                f"not count again ({new_state.approvals}/{new_state.required}); another approver is needed",
            )
        return replace(new_state, approval_id=request.id, notes=notes)
