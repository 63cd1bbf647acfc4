"""The approvals inbox: list, show, approve (optionally with amended arguments), reject."""

from __future__ import annotations

import difflib
import json
import unicodedata
from typing import Annotated, Any

import typer
from rich.console import Group
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from genaiops.cli.common import console, engine, fail, who
from genaiops.cli.fasttable import print_table

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
) -> None:
    """Pending approvals (oldest first); one past its expiry reads expired from that instant."""
    from genaiops.graphs.inbox import inbox

    eng = engine(read_only=True)  # after a policy edit, requests asked under the old policy read stale, not listed
    now, version = eng.clock.now(), eng.policy.version
    rows = inbox(eng.store, now, run_id=run, status=None if all_ else "pending", policy_version=version)
    table = Table("approval", "status", "run", "task", "tool", "risk", "needs", "requester", "expires (UTC)")
    for column in (table.columns[0], table.columns[2]):
        column.no_wrap, column.overflow = True, "fold"
    for data, status in rows:
        table.add_row(
            data["id"],
            status,
            data["run_id"],
            data["task_id"],
            data["tool"],
            data["risk"],
            str(data["required"]),
            data["requester"],
            data["expires_at"][:16].replace("T", " "),
        )
    if rows:
        print_table(console, table)  # Rich's layout took ~1 s for 1,000 rows; the same characters, at once
    else:
        console.print("no approvals waiting" if not all_ else "no approvals")


@app.command("show")
def show(approval_id: Annotated[str, typer.Argument()]) -> None:
    """Everything a person needs to decide: the exact arguments, their hash, the evidence and the decisions."""
    from genaiops.graphs.inbox import approval_at

    eng = engine(read_only=True)
    data, status = approval_at(eng.store, approval_id, eng.clock.now(), eng.policy.version)
    console.print(f"[bold]{approval_id}[/]  {status}  run {data['run_id']}  task {data['task_id']} -> {data['tool']}")
    console.print(f"risk {data['risk']}, needs {data['required']} approval(s) from roles: {', '.join(data['roles'])}")
    console.print(f"requested by {data['requester']} at {data['created_at']}, expires {data['expires_at']}")
    _print_arguments(eng, approval_id, data, status)
    _print_evidence(data)
    for d in eng.store.decisions(approval_id):
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


def _print_evidence(data: dict[str, Any]) -> None:
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
        lines += _json_lines(stated.preview, stated.flags, "    ")
    console.print(Group(*lines, *_flag_lines(stated.flags, "  ")))
    if not (evidence.tool_output or evidence.copied_arguments):
        return
    body: list[Text] = [Text(f"screened by {evidence.screen}; {evidence.flagged} flagged", style="italic")]
    for item in evidence.tool_output:
        body.append(Text.assemble("from task ", (item.task, "bold"), f" ({item.tool or 'no tool'}):"))
        body += _json_lines(item.result, item.flags, "  ")
        body += _flag_lines(item.flags, "  ")
    for arg in evidence.copied_arguments:
        refs = ", ".join(arg.references)
        body.append(Text.assemble("argument ", (arg.path, "bold"), f" (shown above) is tool output, from {refs}"))
        body += _flag_lines(arg.flags, "  ")
    console.print(Panel(Group(*body), title=Text(UNTRUSTED, style="bold red"), title_align="left", border_style="red"))


def _json_lines(value: Any, flags: list, indent: str) -> list[Text]:
    """``value`` as indented JSON, one ``Text`` a line; a line holding a flagged text is marked ⚠ in red."""
    text = json.dumps(value, indent=2, ensure_ascii=False, default=str)
    cut = len(text) - _SHOWN_CHARS
    marks = [json.dumps(flag.text, ensure_ascii=False)[1:-1] for flag in flags]
    lines = []
    for line in text[:_SHOWN_CHARS].splitlines():
        hit = any(mark and mark in line for mark in marks)
        lines.append(Text(f"{indent}{'⚠ ' if hit else ''}{_visible(line)}", style="bold red" if hit else ""))
    if cut > 0:
        lines.append(Text(f"{indent}… {cut:,} more characters (`genaiops runs show RUN --outputs` shows them all)"))
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


def _print_arguments(eng, approval_id: str, data: dict[str, Any], status: str) -> None:  # noqa: ANN001
    """The arguments the task would run with now, and what an amendment changed against the task's own."""
    console.print(f"arguments (sha256 {data['args_hash'][:16]}…):")
    console.print_json(json.dumps(data["args"]))
    if data.get("original_args") is not None:
        console.print(f"[bold]amended[/] (replaces {data['amends']}); changes against the task's own arguments:")
        for line in _diff(data["original_args"], data["args"]):
            style = {"-": "red", "+": "green"}.get(line[:1], "")
            console.print(f"[{style}]{escape(line)}[/]" if style else escape(line))
    if status == "stale":
        later = [d["id"] for d, _ in eng.store.approvals(run_id=data["run_id"]) if d.get("amends") == approval_id]
        if later:
            console.print(f"[yellow]amended:[/] replaced by {later[0]} (`genaiops approvals show {later[0]}`)")


def _diff(before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    """A line diff of two argument sets (pretty JSON), without the file headers."""
    lines = [json.dumps(v, indent=2, sort_keys=True).splitlines() for v in (before, after)]
    return [line for line in difflib.unified_diff(*lines, lineterm="", n=1) if not line.startswith(("---", "+++"))]


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
    from genaiops.identity import choose_role

    eng = engine(decisions=not sets)  # an amendment is previewed and screened: it needs the full engine
    policy = eng.policy
    person = who(as_, policy)
    data, _ = eng.store.approval(approval_id)
    held = policy.roles_of(person.name)
    role, how = choose_role(
        person, role, held=held, wanted=data["roles"], allow_claimed=policy.allow_claimed_identities
    )
    amend = _parse_sets(sets) or None
    state = eng.decide(
        approval_id, approver=person.name, role=role, verdict=verdict, reason=reason, amend=amend, identified_by=how
    )
    decided = state.approval_id or approval_id
    what = f"the approval is now {state.status}" if decided == approval_id else f"{decided} is {state.status}"
    console.print(f"{approval_id}: {verdict} by {person.name} recorded; {what} ({state.approvals}/{state.required})")
    for note in state.notes:
        console.print(f"[yellow]note:[/] {escape(note)}")
    if how == "claimed":
        console.print(f"[yellow]note:[/] recorded as claimed: {person.name} (role {role}) was named, not identified")
    if state.status in ("approved", "rejected"):
        if resume:
            from genaiops.cli.runs import resume as resume_run

            resume_run(data["run_id"])
        else:
            console.print(f"Continue the run with: genaiops resume {data['run_id']}")


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
