"""A decision on this home, and what the CLI prints about it: shared by ``genaiops approvals approve/reject``
(typer) and the fast path (``genaiops.cli.lite``), which import no typer here.

What a decision prints goes through the Rich console, unless ``plain_lines`` can tell that the console would
print the very characters given (no terminal, plain ASCII lines narrower than its width, nothing its markup or
emoji codes would change): then ``print`` writes them, and a decision imports no Rich (its console and markup
were 83 M of the 963 M instructions of ``approvals approve``, cachegrind)."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING, Any

from genaiops.cli.plain import console_width, is_terminal

if TYPE_CHECKING:
    from genaiops.graphs import Engine

__all__ = ["decide_here", "known_people", "plain_lines", "print_decided"]


def decide_here(
    eng: Engine, approval_id: str, verdict: str, as_: str | None, role: str | None, reason: str,
    amend: dict[str, Any] | None, user: str | None,
) -> dict[str, Any]:  # fmt: skip
    """Record ``verdict`` on ``approval_id`` as the person running the command (the OS user, or ``as_`` / the
    GENAIOPS_USER setting ``user`` where the policy allows claims), in ``role`` or the first the request accepts;
    what was decided, as ``print_decided`` takes it."""
    from genaiops.identity import choose_role, resolve_identity

    policy = eng.policy
    person = resolve_identity(
        as_, user, allow_claimed=policy.allow_claimed_identities, known=lambda: known_people(policy, eng.store)
    )
    data, _ = eng.store.approval(approval_id)
    held = policy.roles_of(person.name)
    role, how = choose_role(
        person, role, held=held, wanted=data["roles"], allow_claimed=policy.allow_claimed_identities
    )
    state = eng.decide(
        approval_id, approver=person.name, role=role, verdict=verdict, reason=reason, amend=amend, identified_by=how
    )
    return state.model_dump() | {"approver": person.name, "role": role, "identified_by": how, "run_id": data["run_id"]}


def known_people(policy: Any, store: Any) -> list[str]:
    """The people a home knows: its policy's ``people:`` and the requesters, approvers and accounts its store
    records (what a name claimed in a drill home must not look like, ``genaiops.identity``). Plain: the fast
    decision path (``genaiops.cli.lite``) loads neither typer nor pydantic."""
    return [*policy.people, *store.people()]


def print_decided(approval_id: str, verdict: str, said: dict[str, Any], resume: bool | None) -> None:
    """What a decision did; ``resume`` None: a server's worker continues the run."""
    lines = _decided_lines(approval_id, verdict, said, resume)
    plain = plain_lines([f"note: {text}" if note else text for text, note in lines])  # what the markup shows
    if plain is not None:
        print(*plain, sep="\n")
    else:
        from rich.markup import escape

        from genaiops.cli.consoles import console

        for text, note in lines:  # text, never markup: a name or role may be claimed (a drill home's --as, --role)
            console.print(f"[yellow]note:[/] {escape(text)}" if note else escape(text), emoji=False)
    if resume and said["status"] in ("approved", "rejected"):
        from genaiops.cli.runs import resume as resume_run

        resume_run(said["run_id"])


def _decided_lines(approval_id: str, verdict: str, said: dict[str, Any], resume: bool | None) -> list[tuple[str, str]]:
    """The lines ``print_decided`` prints, as (text, "text" for a note shown after a yellow "note:", "" for a
    line that is no note)."""
    decided = said.get("approval_id") or said.get("decided") or approval_id
    what = f"the approval is now {said['status']}" if decided == approval_id else f"{decided} is {said['status']}"
    count = f"({said['approvals']}/{said['required']})"
    lines = [(f"{approval_id}: {verdict} by {said['approver']} recorded; {what} {count}", "")]
    lines += [(note, "text") for note in said["notes"]]
    if said["identified_by"] == "claimed":
        lines.append(
            (f"recorded as claimed: {said['approver']} (role {said['role']}) was named, not identified", "text")
        )
    if said["status"] not in ("approved", "rejected") or resume:
        return lines
    if resume is None:
        lines.append((f"the server continues run {said['run_id']} (`genaiops runs show {said['run_id']}`)", ""))
    else:
        lines.append((f"Continue the run with: genaiops resume {said['run_id']}", ""))
    return lines


def plain_lines(lines: list[str]) -> list[str] | None:
    """``lines`` if the Rich console (``genaiops.cli.consoles``) would print exactly them, one a line, to stdout;
    None when it might print anything else, or when it is already set up (imported: the typer application, or
    a test that changed it), or on Windows (its own console rules). It might to a terminal or one it is told is
    one (FORCE_COLOR, TTY_COMPATIBLE: colours), in Jupyter, or for a line with a character outside printable
    ASCII (wide or control characters), with ``[``, ``]`` or a backslash (markup and its escapes), a word
    holding two colons (an emoji code such as ``:smile:``), spaces at an end or doubled, or not narrower than
    the console's width (wrapped)."""
    import builtins

    if "genaiops.cli.consoles" in sys.modules or hasattr(builtins, "get_ipython") or sys.platform == "win32":
        return None
    if "FORCE_COLOR" in os.environ or "TTY_COMPATIBLE" in os.environ or is_terminal(sys.stdout):
        return None
    width = console_width()
    for line in lines:
        if len(line) >= width or not (line.isascii() and line.isprintable()) or line != line.strip():
            return None
        if "  " in line or any(mark in line for mark in "[]\\") or any(w.count(":") > 1 for w in line.split()):
            return None
    return lines
