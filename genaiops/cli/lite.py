"""The fast read path: ``genaiops runs list``, ``runs show``, ``approvals list``, ``approvals show``, ``audit
list`` and ``audit verify`` answered without typer, click, the settings model or pydantic (``runs show`` and
``approvals show`` read stored values the models would convert or refuse through them), whose imports alone
cost more than the answer (``bench/cli.py`` measures both);
and the decisions ``approvals approve/reject ID --reason R [--as NAME] [--role ROLE]`` answered without typer
(through the same functions as the typer command, ``genaiops.cli.deciding``), and without pydantic, the settings
model or the policy code where ``genaiops.graphs.plain_decision`` records a plain success (the policy's facts kept
by ``genaiops.policy_cache`` under the home's ledger key; anything else goes to the decisions engine); and
``tools`` / ``tools show NAME`` from the shipped tools catalogue while it is current
(``genaiops.cli.tools_catalogue``: no tool imported).

It answers only what it is sure to answer exactly as the typer command would, character for character
(``tests/test_cli_lite.py`` compares the two through processes, in a pipe and on a terminal):

- the command line is one of those two commands with options it knows, well-formed (no global option, no
  ``--help``; a typo or a bad value goes to typer, which explains it);
- the only ``GENAIOPS_*`` settings in the environment are ``GENAIOPS_HOME`` and a SQLite ``GENAIOPS_STORE_URL``
  (secret values aside): any other setting may need validating or may change the answer (a server URL, a
  per-process policy file), so typer's command answers;
- the store exists, and for ``approvals list/show`` the version of the home's policy is known without loading
  it (``genaiops.policy_cache``, written by every command that loads the policy);
- reading the store raised nothing, and the answer is a success (an unknown id, a broken ledger or a missing
  ledger key are explained by the typer command); a decision is answered here only once it is recorded (a
  refused one records nothing and is explained by the typer command).

Otherwise ``answer`` returns False before printing anything and the typer application answers.
``GENAIOPS_CLI_LITE=0`` turns the fast path off.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["answer"]

_READS = {("runs", "list"): {"--status": str, "--limit": int, "--output": str},
          ("runs", "show"): {"id": str, "--events": bool, "--outputs": bool, "--turns": bool, "--output": str},
          ("approvals", "list"): {"--run": str, "--all": bool, "--output": str},
          ("approvals", "show"): {"id": str, "--full": bool, "--output": str},
          ("audit", "list"): {"--run": str, "--limit": int, "--full": bool, "--output": str},
          ("audit", "verify"): {}}  # fmt: skip
"""The reads answered here and their options (``id``: the one positional argument)."""
_DECISIONS = {("approvals", verb): {"id": str, "--reason": str, "--as": str, "--role": str}
              for verb in ("approve", "reject")}  # fmt: skip
"""The decisions answered here (no --set amendment, no --resume): ``--reason`` is required."""
_FILES = {("scenario", "validate"): {"id": str, "--set": list},
          ("graph", "show"): {"id": str, "--format": str},
          ("scenario", "list"): {"id": str, "--output": str}}  # fmt: skip
"""The graph-file commands answered here (``id``: the file): only a valid file's answer, printed once the file
validated (a problem list, with its places and hints, is the typer command's to print); ``scenario list
[FOLDER]`` of a local folder (``id``: the folder, optional)."""
_TOOLS = {("tools", ""): {"--output": str}, ("tools", "show"): {"id": str, "--output": str}}
"""``tools`` and ``tools show NAME``, answered from the shipped catalogue while it is current (no tool imported;
a name it does not hold, or a catalogue out of date, is the typer command's)."""
_MOST = {("runs", "list"): 10_000}
"""The largest ``--limit`` each read takes (typer refuses more); otherwise any positive number."""
_SHORT = {"-o": "--output", "-f": "--format"}
_FORMATS = ("table", "json", "yaml")


@dataclass
class _Command:
    name: tuple[str, str]
    options: dict[str, Any] = field(default_factory=dict)


def answer(argv: list[str]) -> bool:
    """Answer ``genaiops ARGV`` here if it is a read this path answers exactly (see the module docstring)."""
    if os.environ.get("GENAIOPS_CLI_LITE", "1").strip() == "0" or "_GENAIOPS_COMPLETE" in os.environ:
        return False  # turned off, or the shell asks typer to complete a command line
    if argv[:1] == ["resume"]:
        return _resume(argv)
    command = _parse(argv)
    if command is not None and command.name == ("scenario", "list"):
        return _catalogue(command, argv)
    if command is not None and command.name in _FILES:
        return _graph_file(command, argv)
    if command is not None and command.name in _TOOLS:
        return _tools(command, argv)
    where = _where() if command is not None else None
    if command is None or where is None:
        return False
    home, path = where
    if command.name in _DECISIONS:
        return _decision(command, home, argv)
    try:
        found = _read(command, home, path)
    except Exception:  # noqa: BLE001 - the typer command reads it again and says what is wrong
        return False
    if found is None:
        return False
    _log(home, argv)
    try:
        _print(command, found)
    except Exception as exc:  # noqa: BLE001 - a failure while printing: one line, as the typer command says it
        from genaiops.cli.failures import fail

        fail(exc)
    return True


def _parse(argv: list[str]) -> _Command | None:
    """The command and its options, or None for anything but a well-formed read this path knows."""
    commands = _READS | _DECISIONS | _FILES | _TOOLS
    if argv[:1] == ["tools"] and argv[1:2] != ["show"]:
        argv = ["tools", "", *argv[1:]]  # `tools [OPTIONS]`: the group's own listing
    if len(argv) < 2 or tuple(argv[:2]) not in commands:
        return None
    command = _Command(name=(argv[0], argv[1]))
    known = commands[command.name]
    rest = list(argv[2:])
    while rest:
        word = rest.pop(0)
        name, sep, value = word.partition("=") if word.startswith("--") else (word, "", "")
        if not sep and len(word) > 2 and word[:2] in _SHORT:  # -ojson
            name, sep, value = word[:2], "=", word[2:]
        name = _SHORT.get(name, name)
        if not name.startswith("-") and "id" in known and "id" not in command.options:
            command.options["id"] = word
            continue
        kind = known.get(name)
        if kind is list and sep and value:  # repeatable: --set NAME=VALUE (the value in the next word, or after =)
            command.options.setdefault(name, []).append(value)
            continue
        if kind is list and rest and not rest[0].startswith("-"):
            command.options.setdefault(name, []).append(rest.pop(0))
            continue
        if kind is None or kind is list or name in command.options:
            return None
        if kind is bool:
            if sep:
                return None
            command.options[name] = True
            continue
        if not sep:
            if not rest or rest[0].startswith("-"):
                return None
            value = rest.pop(0)
        parsed = _value(name, kind, value, _MOST.get(command.name))
        if parsed is None:
            return None
        command.options[name] = parsed
    required = ["id"] if "id" in known and command.name != ("scenario", "list") else []
    required += ["--reason"] if command.name in _DECISIONS else []
    return command if all(name in command.options for name in required) else None


def _value(name: str, kind: type, value: str, most: int | None) -> Any:
    if name == "--output":
        return value.lower() if value.lower() in _FORMATS else None
    if name == "--format":
        return value if value in ("text", "mermaid") else None
    if kind is int:
        fits = value.isascii() and value.isdigit() and 1 <= int(value) <= (most or int(value))
        return int(value) if fits else None
    return value


def _catalogue(command: _Command, argv: list[str]) -> bool:
    """``scenario list [FOLDER]`` as the typer command lists a local folder, each file's line kept or computed by
    the same code (``genaiops.cli.scenario_catalogue``). Only when the environment sets no other setting than
    the home and a SQLite store (as the reads: a server URL lists the server's catalogue, and a setting the
    settings model would refuse is the typer command's to explain) and the folder exists; anything that fails
    has printed nothing, and False hands the command to typer."""
    from genaiops.cli.scenario_catalogue import candidates, catalogue_entry, print_catalogue

    if _settings_here() is None:
        return False
    folder = Path(command.options.get("id", "scenarios"))
    loaded: list[tuple[Any, Any]] = []

    def context() -> tuple[Any, Any]:  # the settings and policy, once, when a line is not kept
        if not loaded:
            from genaiops.runtime import load_policy

            try:
                settings = _validation_settings()
                loaded.append((settings, load_policy(settings)))
            except Exception as exc:  # noqa: BLE001 - not a file's problem: the typer command explains it
                raise _Unsure from exc
        return loaded[0]

    def quick(file: Path, source: Any, checked: dict[str, list]) -> Any:  # a valid file's line, without pydantic
        if not made:
            from genaiops.cli.catalogue_cards import kept_cards
            from genaiops.cli.plain_settings import plain_settings

            settings = plain_settings()  # plain settings set no per-process policy file: the card reads the home's
            made.append((settings, kept_cards() if settings is not None else None))
        settings, cards = made[0]
        if cards is None:
            return None
        from genaiops.cli.catalogue_cards import quick_shape

        return quick_shape(file, source, settings, cards, checked)

    made: list[tuple[Any, Any]] = []
    try:
        if not folder.is_dir():
            return False
        shapes = [catalogue_entry(file, context, quick) for file in candidates(folder)]
    except Exception:  # noqa: BLE001 - the typer command lists again and explains
        return False
    from genaiops.cli.output import Format

    _log(_settings_here()[0], argv)  # type: ignore[index]
    print_catalogue(shapes, folder, Format(command.options.get("--output", "table")))
    return True


class _Unsure(Exception):
    """Something that is not the file's problem failed: the typer command does it again and explains."""


def _where() -> tuple[Path, str] | None:
    """The home and the SQLite store file, when the environment sets no other setting (see the docstring)."""
    here = _settings_here()
    if here is None:
        return None
    folder, path = here
    return (folder, path) if os.path.isfile(path) else None


def _settings_here() -> tuple[Path, str] | None:
    """The home and the SQLite store file (which need not exist), when the environment sets no other setting."""
    found = _settings()
    if found is None:
        return None
    folder, url = found
    if url is None:
        path = str(folder / "genaiops.db")
    elif url.startswith("sqlite:///") and url[len("sqlite:///") :] not in ("", ":memory:"):
        path = url[len("sqlite:///") :]
    else:
        return None
    return folder, path


def _settings() -> tuple[Path, str | None] | None:
    """The home and the store URL set, when the environment sets no other setting (see the docstring)."""
    home, url = ".genaiops", None
    for key, value in os.environ.items():  # the settings read names in any case; the later spelling wins
        name = key.lower()
        if not name.startswith("genaiops_"):
            continue
        name = name[len("genaiops_") :]
        if name == "home":
            home = value
        elif name == "store_url":
            url = value
        elif not name.startswith("secret_") and name != "cli_lite":
            return None
    try:
        return Path(home).expanduser(), url
    except RuntimeError:  # ~NAME with no such user: the full path says so (a SettingsError)
        return None


def _read(command: _Command, home: Path, path: str) -> Any:
    """What the command prints, read from the store (None: this path cannot say it)."""
    from genaiops.store import Store

    store = Store.open(f"sqlite:///{path}", read_only=True)
    try:
        return _READERS[command.name](store, home, command.options)
    finally:
        store.close()


def _runs(store: Any, home: Path, options: dict[str, Any]) -> tuple[list[dict[str, Any]], int] | None:
    """``runs list``: the shapes it prints, and how many runs the store had up to one past the limit (to say
    when the limit cut the listing)."""
    from genaiops.cli.listings import asked
    from genaiops.cli.shapes import run_shape
    from genaiops.graphs.liveness import RUN_STATUSES, run_status

    status = options.get("--status")
    if status is not None and status not in RUN_STATUSES:
        return None  # the typer command says what a run's status may be
    stored, limit = "running" if status == "orphaned" else status, options.get("--limit", 50)
    runs = store.runs(limit=asked(limit), status=stored)
    shapes = [run_shape(run, run_status(run), store) for run in runs[:limit]]
    return [s for s in shapes if status is None or s["status"] == status], len(runs)


def _run(store: Any, home: Path, options: dict[str, Any]) -> tuple[str, Any] | None:
    """``runs show``: what it prints, all of it read and built before anything is printed (the run as the
    engine's ``result`` reads it, without the engine: reading a run needs no policy, tools, settings or agents;
    its stored spec and pending requests read without pydantic, ``genaiops.graphs.stored``, unless the models
    must read them)."""
    from datetime import UTC, datetime

    from genaiops.graphs.inbox import inbox
    from genaiops.graphs.result import stored_result
    from genaiops.graphs.stored import read_request

    run_id = options["id"]
    run = store.run(run_id)
    waiting = [data for data, _ in inbox(store, datetime.now(UTC), run_id=run_id, status="pending")]
    pending = [read_request(data) for data in waiting]
    if any(request is None for request in pending):
        from genaiops.safety.approvals import ApprovalRequest

        pending = [ApprovalRequest.model_validate(data) for data in waiting]
    result = stored_result(store, run, pending)
    stored = (store.events(run_id), store.agent_turns(run_id))
    flags = {"events": bool(options.get("--events")), "outputs": bool(options.get("--outputs")),
             "turns": bool(options.get("--turns"))}  # fmt: skip
    if options.get("--output", "table") != "table":
        from genaiops.cli.run_view import run_document
        from genaiops.cli.shapes import run_shape

        shape = run_shape(run, result.status, store)
        rows = store.tasks(run_id, decode=False)
        return "document", run_document(shape, rows, result, *stored, **flags, spec=run.spec)
    deciding = "here"
    if result.status == "paused":  # its printout says where to decide: the policy's require_authenticated
        from genaiops.policy_cache import recall_facts

        facts = recall_facts(home)
        if facts is None:
            return None  # not known without loading the policy: the typer command loads it
        deciding = "authenticated" if facts.get("require_authenticated") else "here"
    from genaiops.cli.run_view import run_plan

    return "table", ((run.spec, result, *stored), flags | {"plan": run_plan(run.spec), "deciding": deciding})


def _inbox(store: Any, home: Path, options: dict[str, Any]) -> list[tuple[dict[str, Any], str]] | None:
    from datetime import UTC, datetime

    from genaiops.graphs.inbox import inbox
    from genaiops.policy_cache import recall

    version = recall(home)
    if version is None:
        return None
    status = None if options.get("--all") else "pending"
    if options.get("--run") is not None:
        store.run(options["--run"])  # an unknown run: the typer command says so
    return inbox(store, datetime.now(UTC), run_id=options.get("--run"), status=status, policy_version=version)


def _approval(store: Any, home: Path, options: dict[str, Any]) -> tuple | None:
    from datetime import UTC, datetime

    from genaiops.graphs.inbox import approval_at, replaced_by
    from genaiops.policy_cache import recall

    version = recall(home)
    if version is None:
        return None
    data, status = approval_at(store, options["id"], datetime.now(UTC), version)
    replaced = replaced_by(store, data) if status == "stale" else None
    return data, status, store.decisions(options["id"]), replaced


def _ledger(store: Any, home: Path, options: dict[str, Any]) -> list:
    run = options.get("--run")
    if run is not None:
        store.run(run)  # an unknown run: the typer command says so
    return [r for r in store.ledger() if run is None or r.run_id == run][-options.get("--limit", 200) :]


def _verification(store: Any, home: Path, options: dict[str, Any]) -> dict[str, Any] | None:
    from genaiops.cli.audit_view import needs_key, report_of
    from genaiops.graphs.audit import audit_store, ledger_anchors
    from genaiops.keys import load_key, retired_keys

    key = load_key(home, create=False)
    anchors, bad = ledger_anchors(home, store, key) if key is not None else ([], [])
    if key is None and needs_key(home, store):
        return None
    retired = retired_keys(home) if key is not None else []
    report = report_of(audit_store(store, key=key, anchors=anchors, retired=retired), bad)
    return report if report["ok"] else None


_READERS = {("runs", "list"): _runs, ("runs", "show"): _run, ("approvals", "list"): _inbox,
            ("approvals", "show"): _approval, ("audit", "list"): _ledger,
            ("audit", "verify"): _verification}  # fmt: skip


def _decision(command: _Command, home: Path, argv: list[str]) -> bool:
    """Approve or reject on this home as ``genaiops approvals approve/reject`` does (the same identity and role
    rules, the same lines, the ledger anchored after): first without pydantic (``_plain_decider``), which records
    only a plain success; else through the decisions engine. When anything fails before the decision is recorded
    (settings, policy, identity, a refused decision), nothing was recorded, and False hands the command to typer,
    which explains it."""
    from genaiops.cli import logs
    from genaiops.cli.deciding import decide_here, print_decided
    from genaiops.runtime import auto_anchor

    logs.setup(home, 0, False)  # what opening the engine warns (a weakened policy) reads as the typer command's
    options, verdict = command.options, command.name[1]
    for opener in (_plain_decider, _engine_decider):
        opened = opener()
        if opened is None:
            continue
        settings, eng = opened
        try:
            try:
                said = decide_here(
                    eng, options["id"], verdict, options.get("--as"), options.get("--role"), options["--reason"],
                    None, settings.user,
                )  # fmt: skip
            except Exception:  # noqa: BLE001 - unsure or refused: nothing recorded, the next one decides again
                continue
            _log(home, argv, set_up=False)  # routed before the engine opened
            print_decided(options["id"], verdict, said, False)
            auto_anchor(settings, eng.store, eng.clock.now().isoformat())
        finally:
            eng.close()
        return True
    return False


def _plain_decider() -> tuple[Any, Any] | None:
    """The settings and ``genaiops.graphs.plain_decision.PlainDecisions`` on the store, when the settings read
    plainly and the policy's facts are remembered for this policy file and code (``genaiops.policy_cache``)."""
    from genaiops.cli.plain_settings import plain_settings
    from genaiops.graphs.plain_decision import PlainDecisions, PolicyFacts
    from genaiops.policy_cache import recall_facts

    settings = plain_settings()
    facts = PolicyFacts.read(recall_facts(settings.home)) if settings is not None else None
    if facts is None:
        return None
    from genaiops.clock import SystemClock
    from genaiops.runtime import open_store

    try:
        return settings, PlainDecisions(open_store(settings), facts, SystemClock())
    except Exception:  # noqa: BLE001 - the engine opens it again and says what is wrong
        return None


def _engine_decider() -> tuple[Any, Any] | None:
    """The settings model and the decisions engine (``open_engine(decisions=True)``)."""
    from genaiops.runtime import open_engine
    from genaiops.settings import load_settings

    try:
        settings = load_settings()
        return settings, open_engine(settings, decisions=True)
    except Exception:  # noqa: BLE001 - the typer command opens it again and says what is wrong
        return None


def _graph_file(command: _Command, argv: list[str]) -> bool:
    """``scenario validate FILE`` or ``graph show FILE`` as the typer command answers a valid file, with the
    same settings, policy, tools and validation (``genaiops.cli.graph_files``); anything that fails (a setting,
    the policy, a problem in the file) has printed nothing, and False hands the command to typer, which says
    what is wrong. The answer for an unchanged file under unchanged settings and code is kept
    (``genaiops.cli.file_cache``) and printed again without validating."""
    from genaiops.cli import file_cache

    options, file = command.options, Path(command.options["id"])
    show = command.name == ("graph", "show")
    form = options.get("--format", "text")
    key = file_cache.file_key("graph show" if show else "scenario validate", file,
                              [options.get("--set") or [], form if show else None])  # fmt: skip
    kept = file_cache.recall(key)
    if kept is None:
        kept = _validated(file, options.get("--set"), form if show else None, key)
        if kept is None:
            return False
    _log(file_cache.home(), argv)
    if show:
        print(kept)
    else:
        from genaiops.cli.graph_files import print_validated

        print_validated(file, *kept)
    return True


def _validated(file: Path, sets: list[str] | None, form: str | None, key: Any) -> Any:
    """What ``graph show`` (``form``: its format) or ``scenario validate`` (None) prints of a valid ``file``,
    kept for ``key``; None when anything fails."""
    from genaiops.cli import file_cache
    from genaiops.cli.graph_files import draw_graph, load_graph_file
    from genaiops.runtime import load_policy

    checked: dict[str, list] = {}
    try:
        settings = _validation_settings()
        built_in = form is None and settings.policy_file is None and settings.home_policy_file is None
        policy = _BuiltInRules(settings) if built_in else load_policy(settings)
        spec, plan = load_graph_file(file, sets, settings, policy, checked)
        value: Any = draw_graph(spec, policy, form) if form else [len(plan.tasks), len(plan.loops)]
    except Exception:  # noqa: BLE001 - the typer command validates again and explains
        return None
    file_cache.remember(key, value, checked)
    return value


class _BuiltInRules:
    """The approval rules ``scenario validate`` checks a file against when no policy file is set (no
    ``<home>/policy.yaml``, no ``GENAIOPS_POLICY_FILE``): the built-in policy, which cannot fail to load, is
    loaded only for a task asking ``approval: auto``, the one override a policy may refuse
    (``ApprovalPolicy.check_override``); a file without one is checked without the policy's models and the
    roles (~6 % of a cold validation)."""

    def __init__(self, settings: Any) -> None:
        self.settings, self.policy = settings, None

    def check_override(self, tool: Any, approval: str) -> str | None:
        if approval != "auto":
            return None
        if self.policy is None:
            from genaiops.runtime import load_policy

            self.policy = load_policy(self.settings)
        return self.policy.check_override(tool, approval)


def _validation_settings() -> Any:
    """The settings a graph file is validated with: read without the settings model when the environment sets
    only the home, the store URL and secrets (``genaiops.cli.plain_settings``), else the model's."""
    from genaiops.cli.plain_settings import plain_settings

    found = plain_settings()
    if found is not None:
        return found
    from genaiops.settings import load_settings

    return load_settings()


def _tools(command: _Command, argv: list[str]) -> bool:
    """``tools`` or ``tools show NAME`` from the shipped catalogue, when it is current (and holds NAME)."""
    from genaiops.cli.output import Format
    from genaiops.cli.tools_catalogue import kept_detail, listed_tools

    found = _settings()
    if found is None:
        return False
    output = Format(command.options.get("--output", "table"))
    if command.name == ("tools", "show"):
        detail = kept_detail(command.options["id"])
        if detail is None:
            return False
        _log(found[0], argv)
        from genaiops.cli.tools_view import print_tool

        print_tool(detail, output)
        return True
    from genaiops.cli.tools_view import print_tools

    shapes = listed_tools()  # out of date: the tools themselves, as the typer command lists them
    _log(found[0], argv)
    print_tools(shapes, output)
    return True


def _resume(argv: list[str]) -> bool:
    """``resume RUN`` (no option) on a local SQLite home with no other setting, without typer
    (``genaiops.cli.resuming.resume_fast``: it exits with the typer command's code once the run is known)."""
    where = _where()
    if len(argv) != 2 or argv[1].startswith("-") or where is None:
        return False
    from genaiops.cli.resuming import resume_fast

    return resume_fast(argv[1], where[0], argv)


def _log(home: Path, argv: list[str], *, set_up: bool = True) -> None:
    """The command line in the log file, as the typer application writes it (``set_up=False``: the log is routed
    already)."""
    import logging

    from genaiops.cli import logs

    logs.ARGV = argv
    logging.captureWarnings(True)
    if set_up:
        logs.setup(home, 0, False)
    logs.LOG.info("command: %s", logs.command_line(argv))


def _print(command: _Command, found: Any) -> None:
    from genaiops.cli.output import Format

    options = command.options
    output = Format(options.get("--output", "table"))
    full = bool(options.get("--full"))
    if command.name == ("runs", "list"):
        from genaiops.cli.listings import note_cut, print_runs

        print_runs(found[0], output)
        note_cut(found[1], options.get("--limit", 50))
    elif command.name == ("runs", "show"):
        how, shown = found
        if how == "document":
            from genaiops.cli.output import emit

            emit(shown, output)
        else:
            from genaiops.cli.run_view import print_run

            print_run(*shown[0], **shown[1])
    elif command.name == ("approvals", "list"):
        from genaiops.cli.listings import print_inbox

        print_inbox(found, bool(options.get("--all")), output)
    elif command.name == ("approvals", "show"):
        from genaiops.cli.approval_view import print_approval

        print_approval(*found, full=full, output=output)
    elif command.name == ("audit", "list"):
        from genaiops.cli.audit_view import show_entries

        show_entries(found, full, output)
    else:
        from genaiops.cli.audit_view import print_intact

        print_intact(found)
