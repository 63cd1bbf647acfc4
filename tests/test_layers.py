"""The layer map of DESIGN.md, enforced: imports flow one way, and the agent frameworks stay inside agents/."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = {"genaiops": "genaiops", "agents": "genaiops.agents", "tools": "genaiops.tools",
           "graphs": "genaiops.graphs", "safety": "genaiops.safety"}  # fmt: skip
TOP = ("genaiops.cli", "genaiops.server", "genaiops.runtime", "genaiops.policy_watch")
OPS = ("genaiops.ops",)  # notifications and schedules: called by the entry points, never calling them
DESK = ("genaiops.desk",)  # the chat desk: above agents and ops, below the CLI and the server that carry it
RANK = {"core": 0, "tools": 1, "safety": 1, "graphs": 2, "agents": 3, "ops": 4, "desk": 5, "top": 6}
FRAMEWORKS = ("autogen", "autogen_core", "autogen_agentchat", "autogen_ext", "semantic_kernel", "chromadb")
WEB = ("fastapi", "starlette", "uvicorn")
WEB_HOMES = ("genaiops.server", "genaiops.tools.mlops.lib.serving")
"""Where web frameworks may be imported: the server, and the model-serving app that deploy_model runs."""
"""The web frameworks: imported only by the server (genaiops.server), beside the CLI on the top floor."""


def layer(module: str) -> str:
    if module.startswith(TOP):
        return "top"
    if module == "genaiops.ops" or module.startswith(tuple(f"{name}." for name in OPS)):
        return "ops"
    if module in DESK or module.startswith(tuple(f"{name}." for name in DESK)):
        return "desk"
    for name in ("tools", "safety", "graphs", "agents"):
        if module == f"genaiops.{name}" or module.startswith(f"genaiops.{name}."):
            return name
    return "core"


def modules() -> list[tuple[str, Path]]:
    found = []
    for folder, package in FOLDERS.items():
        for path in sorted((ROOT / folder).rglob("*.py")):
            rel = path.relative_to(ROOT / folder).with_suffix("")
            parts = [p for p in rel.parts if p != "__init__"]
            found.append((".".join([package, *parts]), path))
    return found


def imports(path: Path) -> list[tuple[int, str]]:
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            out.append((node.lineno, node.module))
    return out


def wrong_way(module: str, path: Path) -> list[str]:
    here = layer(module)
    problems = []
    for line, target in imports(path):
        where = f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path.name}:{line}"
        if target.split(".")[0] in FRAMEWORKS and here != "agents":
            problems.append(f"{where} imports {target}: agent frameworks are imported only in agents/")
        if target.split(".")[0] in WEB and not module.startswith(WEB_HOMES):
            message = "web frameworks are imported only in genaiops.server (and model serving)"
            problems.append(f"{where} imports {target}: {message}")
        if not target.startswith("genaiops"):
            continue
        there = layer(target)
        if there == here:
            continue
        if RANK[there] >= RANK[here] or {here, there} == {"tools", "safety"}:
            problems.append(f"{where}: {here} must not import {there} ({target})")
    return problems


def test_imports_flow_one_way() -> None:
    """No module imports a layer above its own, tools and safety never import each other, frameworks stay in agents."""
    problems = [p for module, path in modules() for p in wrong_way(module, path)]
    assert problems == []


@pytest.mark.parametrize(
    ("module", "source", "expected"),
    [
        ("genaiops.tools.x", "from genaiops.graphs import Engine", "tools must not import graphs"),
        ("genaiops.safety.x", "import genaiops.tools.basic", "safety must not import tools"),
        ("genaiops.graphs.x", "from genaiops.agents import roles", "graphs must not import agents"),
        ("genaiops.store", "from genaiops.safety import ledger", "core must not import safety"),
        ("genaiops.graphs.x", "import chromadb", "agent frameworks are imported only in agents/"),
        ("genaiops.ops.x", "from genaiops.cli import app", "ops must not import top"),
        ("genaiops.ops.x", "from genaiops.runtime import open_store", "ops must not import top"),
        ("genaiops.graphs.x", "from genaiops.ops import dispatch_due", "graphs must not import ops"),
        ("genaiops.cli.x", "from fastapi import FastAPI", "web frameworks are imported only in genaiops.server"),
        ("genaiops.graphs.x", "from genaiops.server import create_app", "graphs must not import top"),
        ("genaiops.desk.x", "from genaiops.cli.common import engine", "desk must not import top"),
        ("genaiops.desk.x", "from genaiops.runtime import open_engine", "desk must not import top"),
        ("genaiops.agents.x", "from genaiops.desk import Desk", "agents must not import desk"),
        ("genaiops.ops.x", "from genaiops.desk import Desk", "ops must not import desk"),
    ],
)
def test_the_check_catches_each_wrong_way(tmp_path: Path, module: str, source: str, expected: str) -> None:
    """The checker itself flags each kind of wrong-way import (so the test above can fail)."""
    path = tmp_path / "m.py"
    path.write_text(source + "\n")
    problems = wrong_way(module, path)
    assert len(problems) == 1 and expected in problems[0]


def test_every_folder_is_scanned() -> None:
    """The scan covers every package folder (a renamed folder would otherwise escape the check)."""
    scanned = {module.split(".")[1] if module.count(".") else "core" for module, _ in modules()}
    assert {"agents", "tools", "graphs", "safety", "cli", "ops", "server", "desk"} <= scanned
