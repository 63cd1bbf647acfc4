"""Every `genaiops ...` command line in the README and docs/ names commands and options the CLI has: a renamed
option or a removed command fails here, not in a newcomer's terminal (qa-docs9 ran every block by hand)."""

from __future__ import annotations

import re
import shlex
from pathlib import Path
from typing import Any

import pytest
import typer.main

from genaiops.cli import app

REPO = Path(__file__).resolve().parents[1]
DOCS = [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]
BLOCK = re.compile(r"^```[a-z]*\n(.*?)^```", re.MULTILINE | re.DOTALL)


def _command_lines() -> list[tuple[str, str]]:
    """(file:line-ish place, command) for each `genaiops` command in a fenced block, pipes and `&&` split."""
    found = []
    for doc in DOCS:
        for block in BLOCK.findall(doc.read_text(encoding="utf-8")):
            for line in block.replace("\\\n", " ").splitlines():
                line = line.strip().removeprefix("$ ")
                for part in re.split(r"\s(?:\||&&)\s", line):
                    part = part.strip()
                    if part.startswith(("genaiops ", ".venv/bin/genaiops ")) and "<-" not in part:  # not a layer map
                        found.append((doc.name, part))
    return found


def _words(command: str) -> list[str]:
    try:
        words = shlex.split(command, comments=True)
    except ValueError:  # an unclosed quote in prose-like examples: take the words before it
        words = command.split("#")[0].split()
    return [w.strip("[]") for w in words[1:] if w.strip("[]")]


def _is_group(command: Any) -> bool:
    return hasattr(command, "commands")  # typer's own click, vendored: no isinstance on the PyPI one


def _resolve(words: list[str]) -> tuple[Any, list[str], list[str]]:
    """The command the words name, the names walked, and the words after them."""
    root = typer.main.get_command(app)
    command, path = root, []
    ctx = root.context_class(root)
    rest = list(words)
    while rest and rest[0].startswith("-") and _is_group(command):  # genaiops' own options
        rest.pop(0)
    while rest and _is_group(command):
        sub = command.get_command(ctx, rest[0])
        if sub is None:
            break
        command, path = sub, [*path, rest.pop(0)]
    return command, path, rest


def _options(command: Any) -> set[str]:
    names = {"--help"}
    for param in command.params:
        names.update(param.opts)
        names.update(param.secondary_opts)
    return names


COMMANDS = _command_lines()


def test_the_docs_hold_command_lines_to_check() -> None:
    """The extraction finds the README's quick-start commands (an empty list would pass every check below)."""
    assert len(COMMANDS) > 60 and ("README.md", "genaiops audit verify") in [(f, c.split("  ")[0]) for f, c in COMMANDS]


@pytest.mark.parametrize(("doc", "command"), COMMANDS, ids=[f"{d}: {c[:60]}" for d, c in COMMANDS])
def test_a_documented_command_line_names_a_command_and_its_options(doc: str, command: str) -> None:
    """Its words name a command (not a group alone, unless only its help is asked) and each `--option` is one
    of that command's."""
    words = _words(command)
    found, path, rest = _resolve(words)
    if not words or words[0] in {"--version", "--help", "--install-completion", "--show-completion"}:
        return
    assert path, f"{doc}: {command!r}: no genaiops command {words[0]!r}"
    if _is_group(found):
        assert not rest or rest[0].startswith("-") and "--help" in rest, (
            f"{doc}: {command!r}: {' '.join(path)} has no command {rest[0]!r}" if rest else f"{doc}: {command!r}"
        )
        return
    known = _options(found)
    unknown = [w.split("=")[0] for w in rest if w.startswith("--") and w.split("=")[0] not in known]
    assert not unknown, f"{doc}: {command!r}: `genaiops {' '.join(path)}` has no option {', '.join(unknown)}"
