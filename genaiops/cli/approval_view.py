"""One approval as ``approvals show`` prints it, from a local store or a server; shared by the typer command and
the fast read path (``genaiops.cli.lite``)."""

from __future__ import annotations

import json
import unicodedata
from types import SimpleNamespace
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
    # names and roles may be claimed (a drill home's --as, --role): printed as text, never read as markup
    console.print(
        f"[bold]{escape(approval_id)}[/]  {status}  run {escape(data['run_id'])}  "
        f"task {escape(data['task_id'])} -> {escape(data['tool'])}"
    )
    roles = escape(", ".join(data["roles"]))
    console.print(f"risk {escape(str(data['risk']))}, needs {data['required']} approval(s) from roles: {roles}")
    console.print(f"requested by {escape(data['requester'])} at {data['created_at']}, expires {data['expires_at']}")
    _print_arguments(data, replaced, full)
    _print_evidence(data, full)
    for d in decisions:
        amended = " with amended arguments" if d.get("amended_args") else ""
        identified = d.get("identified_by") or ("local" if d["kind"] == "human" else d["kind"])
        policy = f" [policy {d['policy_version']}]" if d.get("policy_version") else ""
        console.print(
            f"  {d['at'][:19]} {escape(d['approver'])} ({escape(d['role'])}, {d['kind']}, identified: {identified}): "
            f"{d['verdict']}{amended} — {escape(d['reason'])}{escape(policy)}"
        )


UNTRUSTED = "UNTRUSTED — copied from tool output, not a statement by genaiops"
_SHOWN_CHARS = 8_000
_INVISIBLE = frozenset({"Cc", "Cf", "Co", "Cs", "Zl", "Zp"})


def _print_evidence(data: dict[str, Any], full: bool = False) -> None:
    """What genaiops states, then what it copied from tool output under an UNTRUSTED banner, flagged lines
    marked. Every text is a ``Text`` (never parsed as markup) with invisible characters shown as escapes, so
    tool output cannot style itself, or hide text, to look like genaiops."""
    evidence = _plain_evidence(data.get("evidence") or {})
    if evidence is None:  # an earlier format, or one the models must check (and may refuse)
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


def _plain_evidence(evidence: dict[str, Any]) -> SimpleNamespace | None:
    """Stored evidence of the current format read without pydantic, as ``genaiops.graphs.evidence.Evidence``
    reads it (the same fields, values and defaults, extra keys ignored), when every value already has the exact
    type its model field wants; None for anything else (an earlier format, a value the model would convert or
    refuse), which the model then reads. Loading pydantic for this doubled the time ``approvals show`` took."""
    if evidence.get("format") != 2 or type(evidence["format"]) is not int:
        return None
    stated = _fields(evidence.get("genaiops"), task=str, description=(str, ""), tool=str, risk=str,
                     preview=(dict, None), flags=(list, []))  # fmt: skip
    screen = evidence.get("screen", "injection_rules & approval_claims")
    copied = _each(evidence.get("tool_output", []), task=str, tool=(str, None), untrusted=(bool, True),
                   result=(object, None), screened=(bool, True), flags=(list, []))  # fmt: skip
    arguments = _each(evidence.get("copied_arguments", []), path=str, references=list, flags=(list, []))
    if stated is None or copied is None or arguments is None or type(screen) is not str:
        return None
    items = [stated, *copied, *arguments]
    if any(item.untrusted is not True for item in copied) or any(not _strings(a.references) for a in arguments):
        return None
    if stated.preview is not None and not _strings(stated.preview):
        return None
    for item in items:
        item.flags = _each(item.flags, path=str, text=str, reason=str)
        if item.flags is None:
            return None
    flagged = sum(len(item.flags) for item in items)
    return SimpleNamespace(genaiops=stated, tool_output=copied, copied_arguments=arguments, screen=screen,
                           flagged=flagged)  # fmt: skip


def _fields(value: Any, **wanted: Any) -> SimpleNamespace | None:
    """``value`` (a dict) as an object with the ``wanted`` fields: ``name=type`` (required) or ``name=(type,
    default)``; None when a field is missing or of another type (``object``: any value; ``None``: allowed where
    it is the default)."""
    if type(value) is not dict:
        return None
    found = {}
    for name, kind in wanted.items():
        kind, default = kind if isinstance(kind, tuple) else (kind, ...)
        if name not in value:
            if default is ...:
                return None
            found[name] = list(default) if isinstance(default, list) else default
            continue
        given = value[name]
        if not (kind is object or type(given) is kind or (given is None and default is None)):
            return None
        found[name] = given
    return SimpleNamespace(**found)


def _each(values: Any, **wanted: Any) -> list[SimpleNamespace] | None:
    if type(values) is not list:
        return None
    read = [_fields(value, **wanted) for value in values]
    return None if any(item is None for item in read) else read  # type: ignore[return-value]


def _strings(values: Any) -> bool:
    """Every item (a list's) or key (a dict's) is a ``str``, as the models' ``list[str]`` / ``dict[str, Any]``
    want."""
    return all(type(value) is str for value in values)


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
