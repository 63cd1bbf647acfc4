"""A decision on this home, and what the CLI prints about it: shared by ``genaiops approvals approve/reject``
(typer) and the fast path (``genaiops.cli.lite``), which import no typer here."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.markup import escape

from genaiops.cli.consoles import console

if TYPE_CHECKING:
    from genaiops.graphs import Engine

__all__ = ["decide_here", "print_decided"]


def decide_here(
    eng: Engine, approval_id: str, verdict: str, as_: str | None, role: str | None, reason: str,
    amend: dict[str, Any] | None, user: str | None,
) -> dict[str, Any]:  # fmt: skip
    """Record ``verdict`` on ``approval_id`` as the person running the command (the OS user, or ``as_`` / the
    GENAIOPS_USER setting ``user`` where the policy allows claims), in ``role`` or the first the request accepts;
    what was decided, as ``print_decided`` takes it."""
    from genaiops.identity import choose_role, resolve_identity

    policy = eng.policy
    person = resolve_identity(as_, user, allow_claimed=policy.allow_claimed_identities)
    data, _ = eng.store.approval(approval_id)
    held = policy.roles_of(person.name)
    role, how = choose_role(
        person, role, held=held, wanted=data["roles"], allow_claimed=policy.allow_claimed_identities
    )
    state = eng.decide(
        approval_id, approver=person.name, role=role, verdict=verdict, reason=reason, amend=amend, identified_by=how
    )
    return state.model_dump() | {"approver": person.name, "role": role, "identified_by": how, "run_id": data["run_id"]}


def print_decided(approval_id: str, verdict: str, said: dict[str, Any], resume: bool | None) -> None:
    """What a decision did; ``resume`` None: a server's worker continues the run."""
    decided = said.get("approval_id") or said.get("decided") or approval_id
    what = f"the approval is now {said['status']}" if decided == approval_id else f"{decided} is {said['status']}"
    console.print(
        f"{approval_id}: {verdict} by {said['approver']} recorded; {what} ({said['approvals']}/{said['required']})"
    )
    for note in said["notes"]:
        console.print(f"[yellow]note:[/] {escape(note)}")
    if said["identified_by"] == "claimed":
        console.print(
            f"[yellow]note:[/] recorded as claimed: {said['approver']} (role {said['role']}) was named, not identified"
        )
    if said["status"] not in ("approved", "rejected"):
        return
    if resume is None:
        console.print(f"the server continues run {said['run_id']} (`genaiops runs show {said['run_id']}`)")
    elif resume:
        from genaiops.cli.runs import resume as resume_run

        resume_run(said["run_id"])
    else:
        console.print(f"Continue the run with: genaiops resume {said['run_id']}")
