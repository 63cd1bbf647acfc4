"""The approvals inbox: list, show, approve (optionally with amended arguments), reject."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from genaiops.cli.approval_view import print_approval
from genaiops.cli.common import app_settings, engine, fail
from genaiops.cli.deciding import decide_here, print_decided
from genaiops.cli.listings import print_inbox
from genaiops.cli.output import Format, OutputOption

app = typer.Typer(help="The approvals inbox: list, show, approve, reject.", no_args_is_help=True)

AsOption = Annotated[
    str | None,
    typer.Option(
        "--as",
        help="Claim to be NAME (drill homes only: the policy's allow_claimed_identities); recorded as claimed. "
        "Default: the OS user.",
    ),
]
RoleOption = Annotated[
    str | None,
    typer.Option(
        "--role",
        help="The role you decide in, among those the policy grants you (default: the first the request accepts).",
    ),
]
ReasonOption = Annotated[str, typer.Option("--reason", help="Why; recorded in the audit ledger.")]


@app.command("list")
def list_(
    run: Annotated[str | None, typer.Option(help="Only this run's approvals.")] = None,
    all_: Annotated[bool, typer.Option("--all", help="Also decided, expired and stale ones.")] = False,
    output: OutputOption = Format.table,
) -> None:
    """Pending approvals (oldest first); one past its expiry reads expired from that instant."""
    from genaiops.cli.remote import server_client

    remote = server_client()
    if remote is not None:
        return print_inbox(remote.inbox(run, all_), all_, output)
    from genaiops.graphs.inbox import inbox

    eng = engine(read_only=True)  # after a policy edit, requests asked under the old policy read stale, not listed
    now, version = eng.clock.now(), eng.policy.version
    if run is not None:
        eng.store.run(run)  # an unknown run: exit 2 naming it (a run with no requests lists nothing)
    found = inbox(eng.store, now, run_id=run, status=None if all_ else "pending", policy_version=version)
    print_inbox(found, all_, output)


@app.command("show")
def show(
    approval_id: Annotated[str, typer.Argument()],
    full: Annotated[bool, typer.Option("--full", help="Show long evidence and the hash whole.")] = False,
    output: OutputOption = Format.table,
) -> None:
    """Everything a person needs to decide: the exact arguments, their hash, the evidence and the decisions."""
    from genaiops.cli.remote import server_client

    remote = server_client()
    if remote is not None:
        return print_approval(*remote.approval(approval_id), full=full, output=output)
    from genaiops.graphs.inbox import approval_at, replaced_by

    eng = engine(read_only=True)
    data, status = approval_at(eng.store, approval_id, eng.clock.now(), eng.policy.version)
    replaced = replaced_by(eng.store, data) if status == "stale" else None
    print_approval(data, status, eng.store.decisions(approval_id), replaced, full=full, output=output)


def _parse_sets(sets: list[str]) -> dict[str, Any]:
    import yaml

    amended: dict[str, Any] = {}
    for item in sets:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            fail(f"--set {item!r}: write --set NAME=VALUE (VALUE is read as YAML: 3, true, [a, b], {{k: v}})")
        try:
            amended[key.strip()] = yaml.safe_load(value) if value.strip() else ""
        except yaml.YAMLError as exc:
            problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
            fail(f"--set {item!r}: the value is not valid YAML ({problem}); quote strings, e.g. --set 'name=\"a: b\"'")
    return amended


def _decide(
    approval_id: str, verdict: str, as_: str | None, role: str | None, reason: str, sets: list[str], resume: bool
) -> None:
    from genaiops.cli.remote import refuse_names, server_client

    amend = _parse_sets(sets) or None
    remote = server_client()
    if remote is not None:
        refuse_names(as_)
        said = remote.decide(approval_id, verdict, reason=reason, role=role, amend=amend)
        return print_decided(approval_id, verdict, said, None)
    eng = engine(decisions=not sets)  # an amendment is previewed and screened: it needs the full engine
    said = decide_here(eng, approval_id, verdict, as_, role, reason, amend, app_settings().user)
    print_decided(approval_id, verdict, said, resume)


@app.command("approve")
def approve(
    approval_id: Annotated[str, typer.Argument()],
    reason: ReasonOption,
    as_: AsOption = None,
    role: RoleOption = None,
    set_: Annotated[
        list[str],
        typer.Option(
            "--set", help="Amend an argument: NAME=VALUE, or NAME.KEY=VALUE for one key of a mapping (repeatable)."
        ),
    ] = [],  # noqa: B006
    resume: Annotated[bool, typer.Option("--resume", help="Continue the run when the approval completes.")] = False,
) -> None:
    """Approve a pending request (with --set, approve amended arguments, re-validated and re-hashed)."""
    _decide(approval_id, "approve", as_, role, reason, set_, resume)


@app.command("reject")
def reject(
    approval_id: Annotated[str, typer.Argument()],
    reason: ReasonOption,
    as_: AsOption = None,
    role: RoleOption = None,
    resume: Annotated[bool, typer.Option("--resume", help="Continue the run (the task ends rejected).")] = False,
) -> None:
    """Reject a pending request; the task ends rejected and what depends on it does not run."""
    _decide(approval_id, "reject", as_, role, reason, [], resume)
