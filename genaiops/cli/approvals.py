"""The approvals inbox: list, show, approve (optionally with amended arguments), reject."""

from __future__ import annotations

import json
import unicodedata
from typing import Annotated, Any

import typer
from rich.console import Group
from rich.markup import escape
from rich.text import Text

from genaiops.cli.common import console, engine, fail, who
from genaiops.cli.listings import print_inbox
from genaiops.cli.output import Format, OutputOption, emit

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


def print_approval(
    data: dict[str, Any],
    status: str,
    decisions: list[dict[str, Any]],
    replaced: str | None,
    *,
    full: bool = False,
    output: Format = Format.table,
) -> None:
    """One approval as ``approvals show`` prints it (from a local store or a server)."""
    approval_id = data["id"]
    if output is not Format.table:
        from genaiops.cli.shapes import approval_detail

        emit(approval_detail(data, status, decisions), output)
        return
    console.print(f"[bold]{approval_id}[/]  {status}  run {data['run_id']}  task {data['task_id']} -> {data['tool']}")
    console.print(f"risk {data['risk']}, needs {data['required']} approval(s) from roles: {', '.join(data['roles'])}")
    console.print(f"requested by {data['requester']} at {data['created_at']}, expires {data['expires_at']}")
    _print_arguments(data, replaced, full)
    _print_evidence(data, full)
    for d in decisions:
        amended = " with amended arguments" if d.get("amended_args") else ""
        identified = d.get("identified_by") or ("local" if d["kind"] == "human" else d["kind"])
        policy = f" [policy {d['policy_version']}]" if d.get("policy_version") else ""
        console.print(
            f"  {d['at'][:19]} {d['approver']} ({d['role']}, {d['kind']}, identified: {identified}): "
            f"{d['verdict']}{amended} — {escape(d['reason'])}{policy}"
        )


UNTRUSTED = "UNTRUSTED — copied from tool output, not a statement by genaiops"
_SHOWN_CHARS = 8_000
_INVISIBLE = frozenset({"Cc", "Cf", "Co", "Cs", "Zl", "Zp"})


def _print_evidence(data: dict[str, Any], full: bool = False) -> None:
    """What genaiops states, then what it copied from tool output under an UNTRUSTED banner, flagged lines
    marked. Every text is a ``Text`` (never parsed as markup) with invisible characters shown as escapes, so
    tool output cannot style itself, or hide text, to look like genaiops."""
    from genaiops.graphs.evidence import read_evidence

    evidence = read_evidence(data.get("evidence") or {}, task=data["task_id"], tool=data["tool"], risk=data["risk"])
    stated = evidence.genaiops
    flagged = any(flag.path == "description" for flag in stated.flags)
    lines = [
        Text("what genaiops states:", style="bold"),
        Text.assemble("  task ", (stated.task, "bold"), ": ", _described(stated.description, flagged)),
        Text(f"  tool {stated.tool}, risk {stated.risk}"),
    ]
    if stated.preview:
        lines.append(Text("  dry run (preview), computed by genaiops from the arguments:"))
        lines += _json_lines(stated.preview, stated.flags, "    ", full)
    console.print(Group(*lines, *_flag_lines(stated.flags, "  ")))
    if not (evidence.tool_output or evidence.copied_arguments):
        return
    body: list[Text] = [Text(f"screened by {evidence.screen}; {evidence.flagged} flagged", style="italic")]
    for item in evidence.tool_output:
        body.append(Text.assemble("from task ", (item.task, "bold"), f" ({item.tool or 'no tool'}):"))
        body += _json_lines(item.result, item.flags, "  ", full)
        body += _flag_lines(item.flags, "  ")
    for arg in evidence.copied_arguments:
        refs = ", ".join(arg.references)
        body.append(Text.assemble("argument ", (arg.path, "bold"), f" (shown above) is tool output, from {refs}"))
        body += _flag_lines(arg.flags, "  ")
    from rich.panel import Panel  # only `approvals show` of a request with evidence draws one

    console.print(Panel(Group(*body), title=Text(UNTRUSTED, style="bold red"), title_align="left", border_style="red"))


def _json_lines(value: Any, flags: list, indent: str, full: bool = False) -> list[Text]:
    """``value`` as indented JSON (its first ``_SHOWN_CHARS`` unless ``full``), one ``Text`` a line; a line
    holding a flagged text is marked ⚠ in red."""
    text = json.dumps(value, indent=2, ensure_ascii=False, default=str)
    shown = len(text) if full else _SHOWN_CHARS
    cut = len(text) - shown
    marks = [json.dumps(flag.text, ensure_ascii=False)[1:-1] for flag in flags]
    lines = []
    for line in text[:shown].splitlines():
        hit = any(mark and mark in line for mark in marks)
        lines.append(Text(f"{indent}{'⚠ ' if hit else ''}{_visible(line)}", style="bold red" if hit else ""))
    if cut > 0:
        lines.append(Text(f"{indent}… {cut:,} more characters (--full shows them all)"))
    return lines


def _described(description: str, flagged: bool) -> Text:
    if not description:
        return Text("(no description)")
    return Text(f"⚠ {_visible(description)}", style="bold red") if flagged else Text(_visible(description))


def _flag_lines(flags: list, indent: str) -> list[Text]:
    return [Text(_visible(f"{indent}⚠ flagged {flag.path}: {flag.reason}"), style="bold red") for flag in flags]


def _visible(text: str) -> str:
    """Control, format (bidi overrides, zero-width) and separator characters shown as ``\\uXXXX``."""
    return "".join(f"\\u{ord(c):04x}" if unicodedata.category(c) in _INVISIBLE else c for c in text)


def _print_arguments(data: dict[str, Any], replaced: str | None, full: bool) -> None:
    """The arguments the task would run with now, and what an amendment changed against the task's own."""
    from genaiops.graphs.inbox import arguments_diff

    digest = data["args_hash"] if full else f"{data['args_hash'][:16]}…"
    console.print(f"arguments (sha256 {digest}):")
    console.print_json(json.dumps(data["args"]))
    if data.get("original_args") is not None:
        console.print(f"[bold]amended[/] (replaces {data['amends']}); changes against the task's own arguments:")
        for line in arguments_diff(data["original_args"], data["args"]):
            style = {"-": "red", "+": "green"}.get(line[:1], "")
            console.print(f"[{style}]{escape(line)}[/]" if style else escape(line))
    if replaced:
        console.print(f"[yellow]amended:[/] replaced by {replaced} (`genaiops approvals show {replaced}`)")


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
    from genaiops.cli.remote import server_client
    from genaiops.identity import choose_role

    amend = _parse_sets(sets) or None
    remote = server_client()
    if remote is not None:
        if as_ is not None:
            fail("--as: the server knows you by your token (GENAIOPS_TOKEN), not by a name; drop --as")
        said = remote.decide(approval_id, verdict, reason=reason, role=role, amend=amend)
        return _print_decided(approval_id, verdict, said, None)
    eng = engine(decisions=not sets)  # an amendment is previewed and screened: it needs the full engine
    policy = eng.policy
    person = who(as_, policy)
    data, _ = eng.store.approval(approval_id)
    held = policy.roles_of(person.name)
    role, how = choose_role(
        person, role, held=held, wanted=data["roles"], allow_claimed=policy.allow_claimed_identities
    )
    state = eng.decide(
        approval_id, approver=person.name, role=role, verdict=verdict, reason=reason, amend=amend, identified_by=how
    )
    said = state.model_dump() | {"approver": person.name, "role": role, "identified_by": how, "run_id": data["run_id"]}
    _print_decided(approval_id, verdict, said, resume)


def _print_decided(approval_id: str, verdict: str, said: dict[str, Any], resume: bool | None) -> None:
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


@app.command("approve")
def approve(
    approval_id: Annotated[str, typer.Argument()],
    reason: ReasonOption,
    as_: AsOption = None,
    role: RoleOption = None,
    set_: Annotated[list[str], typer.Option("--set", help="Amend an argument: NAME=VALUE (repeatable).")] = [],  # noqa: B006
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
