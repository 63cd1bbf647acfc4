"""One approval as ``approvals show`` prints it, from a local store or a server; shared by the typer command and
the fast read path (``genaiops.cli.lite``)."""

from __future__ import annotations

import json
import unicodedata
from typing import Any

from rich.console import Group
from rich.markup import escape
from rich.text import Text

from genaiops.cli.consoles import console
from genaiops.cli.output import Format, emit

__all__ = ["UNTRUSTED", "print_approval"]


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
