"""Approval gates against the store: asking, deciding, and reading what decisions add up to.

The policy and the arithmetic of approvals are pure (``genaiops.safety``); this module persists requests and
decisions with their ledger entries, each in the transaction that changes the state.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal

from genaiops.clock import Clock
from genaiops.errors import DecisionError, IdentityError
from genaiops.graphs.drills import scripted_refusal
from genaiops.graphs.plain_decision import kept_reason, record_decision
from genaiops.identity import IdentifiedBy, normalize_name
from genaiops.ids import canonical_json, content_hash
from genaiops.registry import ToolRegistry, ToolSpec
from genaiops.safety.approvals import (
    ApprovalRequest,
    ApprovalState,
    Decision,
    already_approved,
    check_decision,
    evaluate_request,
    expired_refusal,
)
from genaiops.safety.ledger import entry_hash
from genaiops.safety.policy import ApprovalPolicy, Requirement
from genaiops.safety.tightening import loosened
from genaiops.safety.verdict import Screen
from genaiops.store import Store, Transaction

if TYPE_CHECKING:
    from genaiops.graphs.amendment import Amendment

__all__ = ["Gate"]


def approval_id(run_id: str, task_id: str, iteration: int, args_hash: str, policy_version: str, n: int) -> str:
    """Deterministic (``n`` counts earlier requests of the task), so a request re-made after a crash, before
    its commit, gets the same id."""
    return "ap-" + content_hash([run_id, task_id, iteration, args_hash, policy_version, n])[:12]


def policy_hash(policy: ApprovalPolicy) -> str:
    """The full content hash of a policy (its ``version`` is the first 16 characters): ``ApprovalPolicy.hash``."""
    return policy.hash


def _policy_fields(policy: ApprovalPolicy) -> dict[str, str]:
    return {"policy_version": policy.version, "policy_hash": policy_hash(policy)}


def _executed(task_id: str, tool: str, key: str, status: str, result: str | None, error: str | None) -> dict:
    return {
        "task_id": task_id,
        "tool": tool,
        "status": status,
        "idempotency_key": key,
        "result_hash": content_hash(result) if result else None,
        "error": error,
    }


class Gate:
    def __init__(
        self,
        store: Store,
        registry: ToolRegistry,
        policy: ApprovalPolicy,
        clock: Clock,
        *,
        resources: Mapping[str, Any] | None = None,
        screen: Screen | None = None,
        served: bool = False,
    ):
        """``resources`` and ``screen`` (the engine's) are what deciding needs beyond asking: an amendment's
        dry run and guardrails, and whether a scripted decision touches drill targets only. ``served``: a
        server's gate, whose worker continues runs on its own (refusals say so, not `genaiops resume`)."""
        self.store, self.registry, self.policy, self.clock = store, registry, policy, clock
        self.resources, self.screen, self.served = resources or {}, screen, served

    def new_request(
        self,
        *,
        run_id: str,
        task_id: str,
        iteration: int,
        tool: ToolSpec,
        args: dict[str, Any],
        requirement: Requirement,
        requester: str,
        evidence: dict[str, Any],
    ) -> ApprovalRequest:
        args_hash = content_hash(args)
        now = self.clock.now()
        earlier = len(self.store.task_approvals(run_id, task_id))
        return ApprovalRequest(
            id=approval_id(run_id, task_id, iteration, args_hash, self.policy.version, earlier),
            run_id=run_id,
            task_id=task_id,
            iteration=iteration,
            tool=tool.name,
            args=args,
            args_hash=args_hash,
            risk=requirement.risk,
            required=requirement.approvals,
            roles=requirement.roles,
            requester=requester,
            evidence=evidence,
            policy_version=self.policy.version,
            created_at=now,
            expires_at=now + requirement.expires_after,
        )

    @staticmethod
    def record_request(tx: Transaction, request: ApprovalRequest) -> None:
        data = request.model_dump(mode="json")
        tx.insert_approval(data)
        payload = {
            k: data[k]
            for k in (
                "id",
                "task_id",
                "iteration",
                "tool",
                "args_hash",
                "risk",
                "required",
                "roles",
                "requester",
                "policy_version",
                "expires_at",
            )
        }
        tx.append_ledger(
            entry_hash, kind="approval_requested", run_id=request.run_id, at=data["created_at"], payload=payload
        )

    @staticmethod
    def record_closed(tx: Transaction, request: ApprovalRequest, state: ApprovalState, at: datetime) -> None:
        """Persist a request's new status; expiry and staleness are ledger entries of their own."""
        tx.set_approval_status(request.id, state.status)
        if state.status in ("expired", "stale"):
            tx.append_ledger(
                entry_hash,
                kind=f"approval_{state.status}",
                run_id=request.run_id,
                at=at.isoformat(),
                payload={"id": request.id, "task_id": request.task_id, "reason": state.reason},
            )

    @staticmethod
    def record_executed(
        tx: Transaction,
        request: ApprovalRequest,
        key: str,
        status: str,
        result: str | None,
        error: str | None,
        at: str,
        policy: ApprovalPolicy | None = None,
    ) -> None:
        """A gated action ran (its outcome, result hash and idempotency key), in the transaction of its result."""
        payload = {"approval": request.id, **_executed(request.task_id, request.tool, key, status, result, error)}
        if policy is not None:
            payload |= _policy_fields(policy)
        tx.append_ledger(entry_hash, kind="action_executed", run_id=request.run_id, at=at, payload=payload)

    @staticmethod
    def record_automatic(
        tx: Transaction,
        run_id: str,
        task_id: str,
        tool: str,
        args_hash: str,
        at: str,
        *,
        policy: ApprovalPolicy,
        key: str,
        outcome: tuple[str, str | None, str | None, str],
    ) -> None:
        """A call of a gated kind of tool that the policy let through without asking (recorded all the same):
        its automatic approval (made at ``at``) and the action it allowed (``outcome``: status, result, error,
        time), both in the transaction of the result, so a call is recorded once whatever crashes before."""
        status, result, error, done = outcome
        decided = {
            "task_id": task_id,
            "tool": tool,
            "args_hash": args_hash,
            "kind": "automatic",
            "reason": "the approval policy does not gate this call",
            "idempotency_key": key,
            **_policy_fields(policy),
        }
        tx.append_ledger(entry_hash, kind="approval_decided", run_id=run_id, at=at, payload=decided)
        executed = {"approval": None, "kind": "automatic", **_executed(task_id, tool, key, status, result, error)}
        executed |= _policy_fields(policy)
        tx.append_ledger(entry_hash, kind="action_executed", run_id=run_id, at=done, payload=executed)

    def latest_request(self, run_id: str, task_id: str, iteration: int) -> tuple[ApprovalRequest, str] | None:
        """The latest request of a task with its stored status, or None (stale and superseded ones are ignored)."""
        for data, status in reversed(self.store.task_approvals(run_id, task_id)):
            if data["iteration"] == iteration and status not in ("stale", "withdrawn"):
                return ApprovalRequest.model_validate(data), status
        return None

    def state(self, request: ApprovalRequest, args_hash: str | None = None) -> ApprovalState:
        """What the request's decisions add up to now; ``args_hash``: of the arguments the task computes now."""
        decisions = [Decision.model_validate(d) for d in self.store.decisions(request.id)]
        return evaluate_request(
            request,
            decisions,
            now=self.clock.now(),
            policy_version=self.policy.version,
            args_hash=args_hash or request.task_args_hash,
        )

    def decide(
        self,
        approval_id: str,
        *,
        approver: str,
        role: str,
        verdict: Literal["approve", "reject"],
        reason: str,
        amend: dict[str, Any] | None = None,
        kind: Literal["human", "scripted", "automatic"] = "human",
        identified_by: IdentifiedBy | None = None,
        seen_args_hash: str | None = None,
    ) -> ApprovalState:
        """Record one person's decision: read, checked (no self-approval, allowed role, not expired, still open,
        not a second approval by the same person) and written in ONE transaction, so simultaneous deciders queue
        and each sees the others' decisions. An amendment (``amend``) becomes a new request (see ``_amended``).
        ``seen_args_hash``: the arguments' hash the person read (a form, an API client); a decision on arguments
        that changed since is refused, nothing recorded."""
        approver = normalize_name(approver, "approver")
        how: IdentifiedBy = identified_by or _IDENTIFIED[kind]
        if not reason.strip():
            raise DecisionError("a decision needs a reason (--reason '...'): it goes into the audit ledger")
        if amend and verdict != "approve":
            raise DecisionError("amended arguments (--set) go with approve, not reject")
        self._check_author(approval_id, how)
        self.sync_policy()
        amendment = self._prepare(approval_id, amend) if amend else None
        reason, said = kept_reason(reason)
        draft = dict(approver=approver, role=role, verdict=verdict, reason=reason, kind=kind, identified_by=how)
        with self.store.transaction() as tx:
            outcome = self._decide_in(tx, approval_id, draft, amendment, seen_args_hash)
        if isinstance(outcome, DecisionError):  # the request was closed (stale, expired) and that is committed
            raise outcome
        return outcome.model_copy(update={"notes": (*said, *outcome.notes)}) if said else outcome

    def _check_author(self, approval_id: str, how: IdentifiedBy) -> None:
        """Refuse an author the policy does not accept: a claimed name outside a drill home, a scripted decision
        outside a drill."""
        if self.policy.require_authenticated and how in ("local", "claimed"):
            raise IdentityError(
                "this home's approval policy requires authenticated decisions (require_authenticated: true): "
                "decide through the server (`genaiops serve`), or point this CLI at it with GENAIOPS_SERVER_URL "
                "and GENAIOPS_TOKEN (a token from `genaiops tokens create`)"
            )
        if how == "claimed" and not self.policy.allow_claimed_identities:
            raise IdentityError(
                "this home's approval policy does not allow claimed identities: decisions are made by the OS user "
                "of the process (set `allow_claimed_identities: true` in a drill home's policy.yaml)"
            )
        if how == "scripted":
            data, _ = self.store.approval(approval_id)
            why = scripted_refusal(self.policy, self.registry.get(data["tool"]), self.resources, data["task_id"])
            if why:
                raise DecisionError(why)

    def _prepare(self, approval_id: str, amend: dict[str, Any]) -> Amendment:
        """The amendment checked before the transaction (guardrails and the dry run may take a while)."""
        from genaiops.graphs.amendment import AmendContext, prepare_amendment  # only amending decisions need it

        data, _ = self.store.approval(approval_id)
        request = ApprovalRequest.model_validate(data)
        state = self.state(request)
        context = AmendContext(self.store, self.registry, self.policy, self.screen, self.resources)
        return prepare_amendment(context, request, state.args, state.args_hash, amend)

    def _decide_in(
        self,
        tx: Transaction,
        approval_id: str,
        draft: dict[str, Any],
        amendment: Amendment | None,
        seen_args_hash: str | None = None,
    ) -> ApprovalState | DecisionError:
        data, status = self.store.approval(approval_id)
        request = ApprovalRequest.model_validate(data)
        if status == "expired":  # closed by a sweep: say since when, as for one not closed yet
            raise DecisionError(expired_refusal(request, served=self.served))
        if status in _CLOSED:
            raise DecisionError(self._closed_refusal(data, status))
        earlier = [Decision.model_validate(d) for d in self.store.decisions(approval_id)]
        now = self.clock.now()
        state = evaluate_request(
            request, earlier, now=now, policy_version=self.policy.version, args_hash=request.task_args_hash
        )
        if state.status in ("stale", "expired"):  # close it for everyone reading the inbox, then say so
            self._close(tx, request, state, now)
            if state.status == "expired":  # counts as rejected: nothing is asked again
                return DecisionError(expired_refusal(request, served=self.served))
            again = _AGAIN_SERVED if self.served else _AGAIN
            return DecisionError(f"approval {approval_id} is {state.status} ({state.reason}); {again}")
        if seen_args_hash is not None and seen_args_hash != state.args_hash:
            raise DecisionError(
                f"the arguments of approval {approval_id} changed since you read them (you saw sha256 "
                f"{seen_args_hash[:16]}…, they are now {state.args_hash[:16]}…); read it again and decide on what "
                "it says now"
            )
        decision = Decision(
            approval_id=approval_id,
            args_hash=state.args_hash,
            policy_version=self.policy.version,
            policy_hash=self.policy.hash,
            at=now,
            **draft,
        )
        check_decision(request, decision, state)
        if amendment is not None:
            return self._amended(tx, request, state, decision, amendment)
        new_state = evaluate_request(
            request,
            [*earlier, decision],
            now=now,
            policy_version=self.policy.version,
            args_hash=request.task_args_hash,
        )
        self._record_decision(tx, request, decision, new_state, amended=False)
        notes = ()
        if already_approved(request, decision, state, earlier):
            notes = (
                f"{decision.approver} had already approved {request.id}: a person's approval counts once, so this "
                f"one did not count again ({new_state.approvals}/{new_state.required}); another approver is needed",
            )
        return new_state.model_copy(update={"approval_id": request.id, "notes": notes})

    def _closed_refusal(self, data: dict[str, Any], status: str) -> str:
        """Why a closed request takes no decision and, for a stale one, the request to decide instead (an amendment
        replaced it, or its run asked again) or how to have it asked again."""
        from genaiops.graphs.inbox import replaced_by

        said = f"approval {data['id']} is already {status}; nothing to decide"
        if status != "stale":
            return said
        newer, why = replaced_by(self.store, data), "it was amended, and {} replaced it"
        if newer is None:  # closed by a policy edit: its run's resume asks again, as a new request
            asked = [d["id"] for d, now in self.store.approvals(run_id=data["run_id"])
                     if now == "pending" and d.get("task_id") == data.get("task_id")]  # fmt: skip
            newer, why = (asked[0] if asked else None), "its run asked again as {}"
        if newer is not None:
            return f"{said}: {why.format(newer)}; decide that one (`genaiops approvals show {newer}`)"
        again = _AGAIN_SERVED if self.served else _AGAIN.replace("RUN", data["run_id"])
        return f"{said}: it was asked under an earlier policy or other arguments; {again.split('; ', 1)[1]}"

    def _amended(
        self, tx: Transaction, old: ApprovalRequest, state: ApprovalState, decision: Decision, amendment: Amendment
    ) -> ApprovalState:
        """Replace ``old`` by a request for the amended call (its own preview, tier and evidence), with the
        amender's approval as its first; approvals given to ``old`` do not carry over."""
        if amendment.based_on != state.args_hash:
            raise DecisionError(
                f"approval {old.id} was amended by someone else while you amended it; look at it again "
                f"(`genaiops approvals show {old.id}`)"
            )
        need = amendment.requirement
        new = self.new_request(
            run_id=old.run_id,
            task_id=old.task_id,
            iteration=old.iteration,
            tool=self.registry.get(old.tool),
            args=amendment.args,
            requirement=need,
            requester=old.requester,
            evidence=amendment.evidence,
        ).model_copy(
            update={
                "amends": old.id,
                "original_args": old.original_args if old.original_args is not None else old.args,
                "original_args_hash": old.task_args_hash,
                "required": max(old.required, need.approvals),
            }
        )
        at = decision.at.isoformat()
        tx.set_approval_status(old.id, "stale")
        payload = {"id": old.id, "task_id": old.task_id, "replaced_by": new.id, "by": decision.approver}
        payload |= {"identified_by": decision.identified_by, "reason": decision.reason, "risk": new.risk}
        payload |= {"required": new.required, "args_hash": new.args_hash, "previous_args_hash": state.args_hash}
        tx.append_ledger(entry_hash, kind="approval_amended", run_id=old.run_id, at=at, payload=payload)
        tx.add_events([(old.run_id, old.task_id, "approval_amended", at, canonical_json(payload))])
        Gate.record_request(tx, new)
        ours = decision.model_copy(update={"approval_id": new.id, "args_hash": new.args_hash})
        new_state = evaluate_request(
            new, [ours], now=decision.at, policy_version=self.policy.version, args_hash=new.task_args_hash
        )
        self._record_decision(tx, new, ours, new_state, amended=True)
        notes = _amendment_notes(old, new, state, decision, self.store.decisions(old.id))
        return new_state.model_copy(update={"approval_id": new.id, "notes": notes})

    @staticmethod
    def _record_decision(
        tx: Transaction, request: ApprovalRequest, decision: Decision, state: ApprovalState, *, amended: bool
    ) -> None:
        document = decision.model_dump(mode="json")
        record_decision(tx, request, document, decision.at.isoformat(), state.status, amended=amended)

    def _close(self, tx: Transaction, request: ApprovalRequest, state: ApprovalState, at: datetime) -> None:
        """Close a request nobody can decide any more (stale, expired), with its ledger entry and a run event."""
        Gate.record_closed(tx, request, state, at)
        about = canonical_json({"approval": request.id, "reason": state.reason})
        tx.add_events([(request.run_id, request.task_id, f"approval_{state.status}", at.isoformat(), about)])

    def sync_policy(self) -> None:
        """Note a policy this store did not see last: a ``policy_changed`` ledger entry (also the first time an
        unsafe policy is used), and every pending request asked under another policy version closed as stale,
        so the inbox never lists a request nobody can decide (resuming its run asks again)."""
        current = self.policy.hash
        if self.store.meta(_POLICY_SEEN) == current:
            return
        with self.store.transaction() as tx:
            seen = self.store.meta(_POLICY_SEEN)  # again, under the write lock
            if seen == current:
                return
            now = self.clock.now()
            previous = self.store.meta(_POLICY_DOCUMENT)
            document = self.policy.model_dump(mode="json")
            tx.set_meta(_POLICY_SEEN, current)
            tx.set_meta(_POLICY_DOCUMENT, canonical_json(document))
            if seen is not None or self.policy.unsafe_overrides:
                payload = {"version": self.policy.version, "hash": current, "previous_hash": seen}
                payload["unsafe_overrides"] = list(self.policy.unsafe_overrides)
                weakened = _weakened(previous, self.policy)
                if weakened is not None:
                    payload["weakened"] = weakened
                payload["policy"] = document
                tx.append_ledger(entry_hash, kind="policy_changed", run_id="", at=now.isoformat(), payload=payload)
                if weakened:
                    _LOG.warning(
                        "the approval policy (version %s) weakens the one this store used before: %s; if that was "
                        "not meant, restore the policy file (the ledger's policy_changed entries hold each version)",
                        self.policy.version, "; ".join(weakened),
                    )  # fmt: skip
            for data, _ in self.store.approvals(status="pending"):
                if data["policy_version"] != self.policy.version:
                    request = ApprovalRequest.model_validate(data)
                    reason = f"the approval policy changed (version {request.policy_version} -> {self.policy.version})"
                    state = ApprovalState(
                        status="stale", approvals=0, required=request.required, args=request.args,
                        args_hash=request.args_hash, reason=reason,
                    )  # fmt: skip
                    self._close(tx, request, state, now)


_IDENTIFIED: dict[str, IdentifiedBy] = {"human": "local", "scripted": "scripted", "automatic": "automatic"}
_CLOSED = frozenset({"approved", "rejected", "expired", "stale", "withdrawn"})
_POLICY_SEEN = "policy_hash"
"""The store's ``meta`` key holding the hash of the approval policy last seen by an engine."""
_POLICY_DOCUMENT = "policy_document"
"""The store's ``meta`` key holding that policy itself, to name what the next one weakens."""
_LOG = logging.getLogger("genaiops.policy")


def _weakened(previous: str | None, policy: ApprovalPolicy) -> list[str] | None:
    """What ``policy`` weakens compared with the ``previous`` one the store kept (None: none kept, or one this
    release cannot read)."""
    if previous is None:
        return None
    try:
        before = ApprovalPolicy.model_validate_json(previous)
    except ValueError:
        return None
    return loosened(before, policy)


_AGAIN = "nobody can decide it any more; resume its run to ask again (`genaiops resume RUN`)"
_AGAIN_SERVED = "nobody can decide it any more; the server resumes its run, which asks again (a new request)"


def _amendment_notes(
    old: ApprovalRequest, new: ApprovalRequest, state: ApprovalState, decision: Decision, decided: list[dict]
) -> tuple[str, ...]:
    """What the person amending should know: the new request, approvals that no longer count, a higher tier."""
    notes = [f"the amendment is a new request, {new.id}, replacing {old.id}"]
    earlier = sorted(
        {d["approver"] for d in decided if d["verdict"] == "approve" and d["args_hash"] == state.args_hash}
        - {decision.approver}
    )
    if earlier:
        notes.append(f"approvals given before the amendment no longer count ({', '.join(earlier)}): they were "
                     "for other arguments")  # fmt: skip
    if new.required > old.required or new.risk != old.risk:
        notes.append(f"the amended call is {new.risk} risk (was {old.risk}): it needs {new.required} approval(s)")
    return tuple(notes)
