"""`genaiops logs`: a log file an on-call engineer has at hand, read by the same tools a scenario calls.

``parse FILE`` mines its templates (``parse_logs``): what the lines say, how often, at which levels, and the lines
that could not be read. ``anomalies FILE`` finds what changed (``detect_log_anomalies``): new templates, bursts
and drops, error surges per service, against ``--reference FILE`` or the file's own first half. A file may be
plain lines, JSON lines, syslog (journalctl's output) or a Loki query_range answer, gzip'ed or not; ``-`` reads
standard input. docs/logs.md describes the tools.
"""

from __future__ import annotations

import codecs
import gzip
import io
import re
import sys
import zlib
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer
from rich.markup import escape
from rich.table import Table

from genaiops.cli.common import console, err_console, fail
from genaiops.cli.output import Format, OutputOption, emit

app = typer.Typer(help="Log files: mine their templates (parse), find what changed in them (anomalies).",
                  no_args_is_help=True)  # fmt: skip

MAX_BYTES = 256 * 1024 * 1024
"""Larger files are refused (the tools hold the text in memory): a day of a busy service is far less."""

FileArg = Annotated[str, typer.Argument(help="The log file (plain, JSON lines, syslog, Loki JSON; .gz too), or -.")]
FormatOption = Annotated[
    str, typer.Option("--format", help="auto (detected), plain, jsonl, syslog or loki.", show_default=True)
]
ServiceOption = Annotated[str | None, typer.Option("--service", help="The service of lines that name none.")]
YearOption = Annotated[
    int | None,
    typer.Option("--year", help="Year of syslog lines (journalctl's carry none); default: the file's modification "
                 "year (standard input: this year)."),
]  # fmt: skip


def read_log_file(name: str, what: str = "log text") -> tuple[str, int]:
    """The text of ``name`` (``-``: standard input; gzip by its magic bytes; UTF-16 and UTF-8 by their byte order
    mark) and the year syslog lines get by default; a directory, a missing, unreadable, empty or binary file (a NUL
    in its first 8 KiB), or one over ``MAX_BYTES`` exits 2 with what to do."""
    if name == "-":
        data, year = sys.stdin.buffer.read(MAX_BYTES + 1), datetime.now(UTC).year
    else:
        path = Path(name)
        if path.is_dir():
            fail(f"{name}: is a directory; give one file, or several joined: cat {name}/*.log | genaiops logs ... -")
        try:
            with path.open("rb") as handle:
                data = handle.read(MAX_BYTES + 1)
            year = datetime.fromtimestamp(path.stat().st_mtime, UTC).year
        except FileNotFoundError:
            fail(f"{name}: no such file")
        except OSError as exc:
            fail(f"{name}: cannot be read ({exc.strerror or exc})")
    if len(data) > MAX_BYTES:
        _too_large(name)
    if data[:2] == b"\x1f\x8b":  # unpacked up to the limit only: a small .gz may hold gigabytes
        try:
            with gzip.GzipFile(fileobj=io.BytesIO(data)) as packed:
                data = packed.read(MAX_BYTES + 1)
        except (OSError, EOFError, zlib.error) as exc:
            fail(f"{name}: looks gzip'ed but cannot be unpacked ({exc}); unpack it first (gunzip -t tells more)")
    if data[:2] in _UTF16_BOMS:  # PowerShell's `>` and Windows' exports: every other byte a NUL
        err_console.print(f"[dim]{escape(name)}: UTF-16; read as such[/]", soft_wrap=True)
        return data.decode("utf-16", errors="replace"), year
    nul = data.find(b"\0", 0, 8192)
    if nul >= 0:
        fail(f"{name}: binary data, not {what} (a NUL byte at offset {nul}); if it is packed other than by gzip, "
             "unpack it first")  # fmt: skip
    if not data.strip():
        fail(f"{name}: empty; nothing to read")
    if len(data) > MAX_BYTES:
        _too_large(name)
    return _decoded(name, data), year


_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_DECODED_NON_ASCII = re.compile("[^\x00-\x7f\ufffd]")


def _decoded(name: str, data: bytes) -> str:
    """``data`` as UTF-8 (a stray invalid byte becomes U+FFFD); a text none of whose non-ASCII bytes is UTF-8
    (Latin-1, Windows-1252: ``José`` written by an older system) is read as Windows-1252 (Latin-1 where that has no
    character), said on stderr, rather than turned into U+FFFD at every accent."""
    if data.startswith(codecs.BOM_UTF8):  # Notepad's UTF-8: the mark would start the first line's message
        data = data[len(codecs.BOM_UTF8) :]
    text = data.decode("utf-8", errors="replace")
    if "\ufffd" not in text or _DECODED_NON_ASCII.search(text):
        return text
    try:
        legacy, encoding = data.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError:
        legacy, encoding = data.decode("latin-1"), "Latin-1"
    err_console.print(f"[dim]{escape(name)}: not UTF-8; read as {encoding}[/]", soft_wrap=True)
    return legacy


def _too_large(name: str) -> NoReturn:
    fail(f"{name}: over {MAX_BYTES // 2**20} MiB (unpacked); give a part of it (e.g. tail -n 200000 FILE | genaiops "
         "logs ... -)")  # fmt: skip


def _cli_words(file: str, reference: str | None = None) -> dict[str, str]:
    """The tools' names for what was given (their arguments), as this command names them (a file, an option)."""
    from genaiops.tools.sre.detect_log_anomalies import REFERENCE_ARGS

    return {"text: ": f"{file}: ", "reference_text: ": f"{reference}: ", "give `service`": "give --service NAME",
            "give `year`": "give --year", "with `year`": "with --year", "its `year`": "--year",
            REFERENCE_ARGS: "a reference: --reference FILE",
            "of the reference (": f"of the reference {reference} ("}  # fmt: skip


def _answer(tool: Any, spec: Any, args: dict[str, Any], output: Format, words: dict[str, str]) -> Any:
    """``tool``'s answer for the table, or None when ``output`` asked for JSON or YAML (then printed here)."""
    result = _call(tool, spec, args, words)
    if output is Format.table:
        return result
    emit(result.model_dump(mode="json"), output)
    return None


def _call(tool: Any, spec: Any, args: dict[str, Any], words: dict[str, str]) -> Any:
    """``tool`` on ``spec(**args)`` in a one-off context: bad options and bad input exit 2 with the tool's words,
    its arguments named as ``words`` says (``text: `` -> the file)."""
    from pydantic import ValidationError

    from genaiops.errors import ToolError, ToolInputError
    from genaiops.registry import ToolContext

    try:
        parsed = spec(**args)
    except ValidationError as exc:
        problems = "; ".join(f"--{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors(include_url=False))
        fail(problems)
    now = datetime.now(UTC)
    ctx = ToolContext(run_id="logs", task_id="logs", idempotency_key="logs", now=now)
    try:
        return tool(parsed, ctx)
    except ToolError as exc:
        said = str(exc)
        for tools_word, ours in words.items():
            said = said.replace(tools_word, ours)
        fail(said, 2 if isinstance(exc, ToolInputError) else 1)


@app.command("parse")
def parse(
    file: FileArg,
    log_format: FormatOption = "auto",
    service: ServiceOption = None,
    year: YearOption = None,
    top: Annotated[int, typer.Option("--top", min=1, help="Templates shown, most frequent first.")] = 20,
    output: OutputOption = Format.table,
) -> None:
    """Mine a log file's templates: each with its count, levels and services.

    The lines that could not be read are listed with why; -o json gives parse_logs' whole answer (the first 500
    records with their typed parameters)."""
    from genaiops.tools.sre.parse_logs import ParseLogsSpec, parse_logs

    text, default_year = read_log_file(file)
    args = {"content": text, "format": log_format, "service": service, "year": year or default_year,
            "max_templates": top, "max_records": 0 if output is Format.table else 500}  # fmt: skip
    result = _answer(parse_logs, ParseLogsSpec, args, output, _cli_words(file))
    if result is None:
        return
    console.print(escape(f"{file}: {result.lines:,} line(s), {result.format}; {result.template_count:,} template(s), "
                         f"{result.severe:,} at error level or worse, {result.skipped_count:,} skipped"))  # fmt: skip
    table = Table("count", "levels", "services", "template")
    for t in result.templates:
        levels = ", ".join(f"{k} {v}" for k, v in sorted(t.levels.items(), key=lambda kv: -kv[1]))
        table.add_row(f"{t.count:,}", levels or "-", ", ".join(t.services[:3]) or "-", escape(t.template))
    console.print(table)
    if result.template_count > len(result.templates):
        console.print(f"[dim]{result.template_count - len(result.templates):,} less frequent template(s) not shown: "
                      "--top N shows more[/]")  # fmt: skip
    for skip in result.skipped[:5]:
        console.print(escape(f"skipped line {skip.line_no}: {skip.reason}"), soft_wrap=True)
    for note in result.notes:
        # the table asks for no records (that note is about -o json's answer); --top is said above, in its words
        if "max_records" not in note and "max_templates" not in note:
            console.print(f"[dim]{escape(note)}[/]", soft_wrap=True)


@app.command("anomalies")
def anomalies(
    file: FileArg,
    reference: Annotated[
        str | None,
        typer.Option("--reference", help="A file of the usual logs to compare with (default: the file's first half)."),
    ] = None,
    log_format: FormatOption = "auto",
    service: ServiceOption = None,
    year: YearOption = None,
    output: OutputOption = Format.table,
) -> None:
    """What changed in a log file, per service: new templates, bursts, drops, error surges.

    Each finding has its onset and an explanation. Exit 0 either way; -o json gives the findings as
    detect_log_anomalies returns them (evidence for correlate_incidents and rank_root_causes)."""
    from genaiops.tools.sre.detect_log_anomalies import DetectLogAnomaliesSpec, detect_log_anomalies

    text, default_year = read_log_file(file)
    args: dict[str, Any] = {"text": text, "format": log_format, "service": service, "year": year or default_year}
    if reference is not None:
        args["reference_text"] = read_log_file(reference)[0]
    result = _answer(detect_log_anomalies, DetectLogAnomaliesSpec, args, output, _cli_words(file, reference))
    if result is None:
        return
    console.print(escape(f"{file}: {result.lines:,} line(s), {result.templates:,} template(s), {result.skipped:,} "
                         f"skipped; {len(result.findings)} finding(s)"))  # fmt: skip
    for line in result.report:
        console.print(escape(line), soft_wrap=True)
    if not result.findings:
        console.print("nothing changed beyond the usual")
    console.print(f"[dim]{escape(result.baseline)}[/]", soft_wrap=True)
