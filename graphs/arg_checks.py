"""Checks on what task arguments hold, run with the rest of validation: file paths and secrets.

- A file argument (a field the tool's input model marks ``DataPath``) must lie under the data roots: the same
  rule the ``data_roots`` resource enforces when the tool runs, reported before anything runs.
- No argument may hold a secret in clear (the secrets scanner decides, reading ``key: value``): it would be
  stored with the run, hashed into the approval request and shown to approvers and agents. A secret is written
  as ``secret://NAME`` and resolved only when the tool is called. Amended arguments of scripted approvals
  (``approvals[].set``) are checked the same way, and so are arguments amended when deciding (``--set``:
  ``secret_problems``). Messages never repeat the value.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from genaiops.data_roots import DATA_ROOTS_FIX, DataRoots
from genaiops.errors import Problem
from genaiops.graphs.refs import find_refs
from genaiops.registry import ToolRegistry
from genaiops.secret_refs import SECRET_ENV_PREFIX, SECRET_SCHEME, reference_problem
from genaiops.yamlfile import Source

__all__ = ["check_arguments", "secret_problems"]

_SECRET_HINT = (
    f"write `{SECRET_SCHEME}NAME` instead and set {SECRET_ENV_PREFIX}NAME (or write the value to the file "
    "GENAIOPS_HOME/keys/secrets/NAME with mode 0600); it is read only when the tool runs"
)


def check_arguments(source: Source, registry: ToolRegistry, roots: DataRoots | None = None) -> list[Problem]:
    """Problems with the file paths and secrets in the tasks' arguments (and scripted amendments)."""
    problems: list[Problem] = []
    strings: list[tuple[tuple, Any, str]] = []
    data = source.data if isinstance(source.data, Mapping) else {}
    paths: dict[str, tuple[str, ...]] = {}
    files: dict[str, tuple[str, ...]] = {}
    for i, task in _items(data.get("tasks")):
        args = task.get("args")
        if not isinstance(args, dict):
            continue
        at = ("tasks", i, "args")
        strings += _strings(args, at)
        tool = task.get("tool")
        if roots is not None and isinstance(tool, str) and tool in registry:
            if tool not in paths:
                card = registry.card(tool)  # the tool's kept card: its module not imported
                paths[tool] = card.data_paths
                files[tool] = card.existing_files
            problems += _path_problems(source, paths[tool], args, at, roots, files[tool])
    for k, script in _items(data.get("approvals")):
        if isinstance(script.get("set"), dict):
            strings += _strings(script["set"], ("approvals", k, "set"))
    return problems + _secret_problems(source, strings)


def _items(raw: Any) -> Iterator[tuple[int, Mapping[str, Any]]]:
    if isinstance(raw, list):
        yield from ((i, item) for i, item in enumerate(raw) if type(item) is dict)


def _path_problems(
    source: Source,
    fields: tuple[str, ...],
    args: Mapping[str, Any],
    at: tuple,
    roots: DataRoots,
    existing: tuple[str, ...] = (),
) -> list[Problem]:
    problems = []
    for name in fields:
        value = args.get(name)
        if not isinstance(value, str) or any(True for _ in find_refs(value)):
            continue  # not a path (the input model says so), or known only when the run gets there
        message = roots.problem(value)
        if message is not None:
            problems.append(source.problem((*at, name), message, DATA_ROOTS_FIX))
        elif name in existing and not roots.resolve(value).is_file():
            problems.append(
                source.problem(
                    (*at, name), f"no such file {value!r} ({roots.resolve(value)})", "check the name and folder"
                )
            )
    return problems


def _secret_problems(source: Source, strings: list[tuple[tuple, Any, str]]) -> list[Problem]:
    """Bad references, and values the secrets scanner flags. The scanner first reads every value at once (one
    call, so a big graph stays fast to validate) and then, if it found anything, each value alone."""
    problems = []
    texts = [(path, f"{key}: {text}" if isinstance(key, str) else text) for path, key, text in strings]
    for path, _key, text in strings:
        why = reference_problem(text) if SECRET_SCHEME in text else None
        if why is not None:
            problems.append(source.problem(path, f"bad secret reference: {why}", _SECRET_HINT))
    if not texts or not _secret_kinds("\n".join(text for _, text in texts)):
        return problems
    for path, text in texts:
        kinds = [] if SECRET_SCHEME in text else _secret_kinds(text)
        if kinds:
            problems.append(
                source.problem(
                    path,
                    f"this argument holds what looks like a secret ({', '.join(kinds)}); a secret written here "
                    "would be stored with the run and shown to approvers and agents in clear",
                    _SECRET_HINT,
                )
            )
    return problems


def secret_problems(args: Mapping[str, Any]) -> list[str]:
    """What is wrong, secret-wise, with arguments given outside a graph file (an amendment's ``--set``): one
    message per argument, naming it, never its value."""
    source = Source(data=dict(args), file=None)
    return [f"{p.place.field}: {p.message}; {p.hint}" for p in _secret_problems(source, _strings(dict(args), ()))]


def _strings(value: Any, path: tuple, key: Any = None) -> list[tuple[tuple, Any, str]]:
    """Every string in ``value`` with its path and the key that holds it."""
    out: list[tuple[tuple, Any, str]] = []
    if type(value) is dict:  # parsed YAML: dicts, lists and scalars
        for k, v in value.items():
            if type(v) is str:
                out.append(((*path, k), k, v))
            elif type(v) is dict or type(v) is list:
                out += _strings(v, (*path, k), k)
    elif type(value) is list:
        for j, v in enumerate(value):
            if type(v) is str:
                out.append(((*path, j), key, v))
            elif type(v) is dict or type(v) is list:
                out += _strings(v, (*path, j), key)
    return out


def _secret_kinds(text: str) -> list[str]:
    """The labels of the secrets the ``Secrets`` guardrail (with its defaults) finds in ``text``."""
    from genaiops.safety.guardrails.secret_spans import secret_spans  # the scan without the verdict models

    return sorted({label for _, _, label in secret_spans(text)})
