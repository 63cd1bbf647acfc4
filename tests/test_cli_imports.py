"""Read commands and decisions stay light: run as processes, they import neither the agent layer (AutoGen,
Semantic Kernel, Chroma, the agent handler), nor the guardrail models (scikit-learn, numpy, the scanners), nor
MLflow. Which modules a command imports is behaviour (its speed follows from it; bench/cli.py measures speed)."""

from __future__ import annotations

import inspect
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from genaiops.cli import COMMANDS, load_command
from genaiops.cli.tools_catalogue import (
    CATALOGUE,
    current_details,
    current_tools,
    listed_tools,
    source_digest,
    tool_detail_of,
)

REPO = Path(__file__).resolve().parents[1]
SCENARIO = REPO / "scenarios" / "canary_release.yaml"

# Runs the CLI in this process, then writes the names of every module it imported (even when it exits).
WRAPPER = """
import json, os, sys
sys.argv = ["genaiops", *sys.argv[1:]]
try:
    from genaiops.cli import main
    main()
finally:
    with open(os.environ["MODULES_OUT"], "w", encoding="utf-8") as out:
        json.dump(sorted(sys.modules), out)
"""

GATED = """
name: gated
tasks:
  - {id: first, tool: echo, args: {value: 1}}
  - {id: deploy, tool: apply_change, args: {target: 'svc@prod'}, after: [first]}
  - {id: after, tool: echo, args: {value: "${deploy.applied}"}}
"""

HEAVY = ("autogen", "autogen_core", "autogen_agentchat", "autogen_ext", "semantic_kernel", "chromadb", "sklearn",
         "scipy", "mlflow", "numpy", "networkx", "fastapi", "genaiops.agents", "genaiops.safety.guardrails",
         "genaiops.tools.mlops", "genaiops.graphs.executor")  # fmt: skip
LIGHT_PACKAGES = ("genaiops.agents", "genaiops.safety.guardrails")
"""Facades of heavy packages a light command may import (they import nothing themselves)."""


def within(name: str, package: str) -> bool:
    return name == package or name.startswith(f"{package}.")


def heavy(modules: list[str], allowed: tuple[str, ...] = ()) -> list[str]:
    """The heavy modules among ``modules``, apart from the facades, the roles' approval defaults (no framework)
    and the ``allowed`` packages."""
    light = ("genaiops.agents.roles", *allowed)
    return [
        m
        for m in modules
        if any(within(m, h) for h in HEAVY) and m not in LIGHT_PACKAGES and not any(within(m, a) for a in light)
    ]


FLOOR = ("pydantic_settings", "dotenv", "asyncio", "argon2", "httpx", "rich.progress")
"""What no read command or decision imports: pydantic-settings (and the asyncio and dotenv it brought), the
server's password hashing and HTTP client, the run progress bar."""
COMMAND_MODULES = tuple(f"genaiops.cli.{module}" for module in sorted({m for m, _, _ in COMMANDS.values()}))


def command_modules(modules: list[str]) -> set[str]:
    """The CLI command modules (genaiops.cli.runs, .approvals, ...) among ``modules``."""
    return {m for m in modules if m in COMMAND_MODULES}


def own_modules(command: str) -> set[str]:
    """The command module(s) ``genaiops COMMAND`` needs (``scenario`` also has ``scenario list``'s)."""
    return {f"genaiops.cli.{COMMANDS[command][0]}", *(["genaiops.cli.scenarios"] if command == "scenario" else [])}


SCANNER = ("genaiops.safety.guardrails.secret_spans", "genaiops.safety.guardrails.casing")
"""The regex secret scan validation checks literal arguments with (no model, no numpy, no verdict model)."""


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """A drill home holding two runs paused at a gate (asked by bob) and the ids the commands need."""
    root = tmp_path_factory.mktemp("imports")
    genaiops_home = root / ".genaiops"
    genaiops_home.mkdir()
    (genaiops_home / "policy.yaml").write_text("allow_claimed_identities: true\n", encoding="utf-8")  # a drill home
    gated = root / "gated.yaml"
    gated.write_text(GATED, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("GENAIOPS_")}
    env.update(HOME=str(root), GENAIOPS_HOME=str(genaiops_home), COLUMNS="200")
    found: dict[str, str] = {}
    for n in ("1", "2"):
        ran = subprocess.run(
            [sys.executable, "-c", WRAPPER, "run", str(gated), "--as", "bob"],
            capture_output=True, text=True, env={**env, "MODULES_OUT": str(root / "run.json")}, timeout=300,
        )  # fmt: skip
        assert ran.returncode == 3, ran.stderr
        found[f"run{n}"] = re.search(r"run (run-\S+): paused", ran.stdout).group(1)
        found[f"approval{n}"] = re.search(r"(ap-[0-9a-f]+)", ran.stdout).group(1)
    return {**found, "root": str(root), **{f"env:{k}": v for k, v in env.items()}}


def imported(home: dict[str, str], *args: str) -> tuple[subprocess.CompletedProcess, list[str]]:
    """Run ``genaiops ARGS`` as a process; its outcome and every module it imported."""
    out = Path(home["root"]) / "modules.json"
    env = {k[4:]: v for k, v in home.items() if k.startswith("env:")} | {"MODULES_OUT": str(out)}
    done = subprocess.run([sys.executable, "-c", WRAPPER, *args], capture_output=True, text=True, env=env, timeout=300)
    return done, json.loads(out.read_text(encoding="utf-8"))


READS = [
    ("--help",),
    ("runs", "list"),
    ("runs", "show", "{run1}"),
    ("approvals", "list"),
    ("approvals", "list", "--all"),
    ("approvals", "show", "{approval1}"),
    ("audit", "list"),
    ("audit", "verify"),
    ("graph", "show", str(SCENARIO)),
    ("graph", "show", str(SCENARIO), "--format", "mermaid"),
]


@pytest.mark.parametrize("args", READS, ids=[" ".join(a[:2]) for a in READS])
def test_a_read_command_imports_no_agent_framework_guardrail_model_or_mlflow(home, args) -> None:
    """`runs list/show`, `approvals list/show`, `audit list/verify` and `graph show` succeed without importing
    any heavy module (`graph show` validates the file: the secret scanner; Mermaid is drawn with networkx)."""
    done, modules = imported(home, *(a.format(**home) for a in args))
    assert done.returncode == 0, done.stderr
    allowed = (*SCANNER, *(("networkx",) if "mermaid" in args else ())) if args[0] == "graph" else ()
    assert heavy(modules, allowed) == []
    assert [m for m in modules if any(within(m, f) for f in FLOOR)] == []
    assert command_modules(modules) <= (own_modules(args[0]) if args[0] in COMMANDS else set())


def test_help_lists_every_command_without_importing_them_or_the_settings(home) -> None:
    """`genaiops --help` lists every command with its one-line help but imports no command module, no pydantic
    (nor pydantic-settings) and no sqlite3: the names and lines come from the CLI's table of commands."""
    done, modules = imported(home, "--help")
    assert done.returncode == 0 and all(f" {name} " in done.stdout for name in COMMANDS), done.stderr
    assert command_modules(modules) == set()
    assert [m for m in modules if any(within(m, p) for p in (*FLOOR, "pydantic", "sqlite3", "genaiops.settings"))] == []


def test_the_table_of_commands_gives_each_its_own_one_line_help() -> None:
    """Each entry of the CLI's table names a real command (function or sub-app) whose help opens with the line
    the table shows for it (what `--help` lists without importing the command)."""
    for name, (_, _, line) in COMMANDS.items():
        command = load_command(name)
        first = inspect.cleandoc(command.short_help or command.help or "").split("\n\n")[0]
        assert (command.name, first.replace("\n", " ").strip()) == (name, line)


ALL_LOADED = """
import typer
from genaiops.cli import COMMANDS, app, load_command

group = typer.main.get_command(app)
for name in COMMANDS:
    group.commands[name] = load_command(name)
group.main(["--help"], prog_name="genaiops")
"""


@pytest.mark.parametrize("columns", ["60", "100", "200"])
def test_help_reads_the_same_as_with_every_command_loaded(home, columns) -> None:
    """The top-level help drawn from the table is, character for character, the help of the real commands."""
    env = {k[4:]: v for k, v in home.items() if k.startswith("env:")} | {"COLUMNS": columns}
    program = str(Path(sys.executable).with_name("genaiops"))
    lazy = subprocess.run([program, "--help"], capture_output=True, text=True, env=env)
    loaded = subprocess.run([sys.executable, "-c", ALL_LOADED], capture_output=True, text=True, env=env)
    assert lazy.returncode == loaded.returncode == 0, lazy.stderr + loaded.stderr
    assert lazy.stdout == loaded.stdout


def test_scenario_validate_imports_no_tool_and_only_the_secret_scanner(home) -> None:
    """`scenario validate` reads the tools the scenario names from their kept cards (``genaiops.toolcards``:
    none of their modules imported, let alone every tool's libraries) and imports only the regex secret scanner
    of the guardrails (it checks literal arguments for secrets)."""
    done, modules = imported(home, "scenario", "validate", str(SCENARIO))
    assert done.returncode == 0, done.stderr
    assert heavy(modules, SCANNER) == []
    assert "genaiops.toolcards" in modules
    assert sorted(m for m in modules if m.startswith("genaiops.tools.")) == []


def test_scenario_list_validates_the_shipped_scenarios_without_numerical_libraries(home) -> None:
    """`scenario list` of the shipped scenarios validates each (importing the modules of the tools they name,
    which import numpy only on first use) without numpy, scipy, scikit-learn, the agent frameworks or MLflow."""
    done, modules = imported(home, "scenario", "list", str(REPO / "scenarios"))
    assert done.returncode == 0 and "canary_release.yaml" in done.stdout, done.stderr
    libraries = ("numpy", "scipy", "sklearn", "autogen_core", "semantic_kernel", "chromadb", "mlflow")
    assert [m for m in modules if m.split(".")[0] in libraries] == []


def test_tools_lists_every_tool_from_the_catalogue_without_importing_them(home) -> None:
    """`tools` lists every tool (from the shipped catalogue, current for these sources) importing no tool module,
    numpy or other heavy library."""
    done, modules = imported(home, "tools")
    assert done.returncode == 0 and "apply_change" in done.stdout and "detect_drift" in done.stdout, done.stderr
    assert heavy(modules) == [] and [m for m in modules if m.startswith("genaiops.tools.")] == []


def test_the_shipped_tools_catalogue_is_current() -> None:
    """The catalogue `tools` lists from was made from the tools as they are (else: `.venv/bin/python -m
    genaiops.cli.tools_catalogue`), and holds what the tools themselves say."""
    kept = json.loads(CATALOGUE.read_text(encoding="utf-8"))
    assert kept["digest"] == source_digest(), "rewrite it: .venv/bin/python -m genaiops.cli.tools_catalogue"
    assert kept["tools"] == current_tools()
    assert kept["details"] == current_details()
    assert {"apply_change", "detect_drift", "query_metrics"} <= {t["name"] for t in kept["tools"]}
    assert set(kept["details"]) == {t["name"] for t in kept["tools"]}


@pytest.mark.parametrize("kept", ['{"digest": "0000", "tools": []}', "not json", None])
def test_an_out_of_date_or_missing_catalogue_lists_the_tools_themselves(tmp_path, kept) -> None:
    """A catalogue made from other sources, unreadable or missing is not used: the tools are listed from their
    modules (slower, never wrong)."""
    catalogue = tmp_path / "tools_catalogue.json"
    if kept is not None:
        catalogue.write_text(kept, encoding="utf-8")
    listed = listed_tools(catalogue)
    assert listed == current_tools() and "apply_change" in {t["name"] for t in listed}
    assert tool_detail_of("apply_change", catalogue) == current_details()["apply_change"]


@pytest.mark.parametrize("verdict", ["approve", "reject"])
def test_a_decision_records_without_agents_or_guardrail_models(home, verdict) -> None:
    """`approvals approve|reject` records the decision (the ledger verifies after) importing only the store, the
    policy, the gate and the regex secret scan its reason is screened with (a token pasted into a reason is
    recorded as a label, session 24): answered by the fast path (genaiops.cli.lite), without typer or a command
    module."""
    approval = home["approval1"] if verdict == "approve" else home["approval2"]
    done, modules = imported(home, "approvals", verdict, approval, "--reason", "CHG-1")
    assert done.returncode == 0 and f"{approval}: {verdict} by" in done.stdout, done.stderr
    assert heavy(modules, SCANNER) == []
    assert [m for m in modules if any(within(m, f) for f in FLOOR)] == []
    assert command_modules(modules) == set() and "typer" not in modules
    assert imported(home, "audit", "verify")[0].returncode == 0


def test_resume_of_a_run_with_no_role_task_left_imports_no_agent_framework(home) -> None:
    """Resuming an approved run whose remaining tasks are plain tool calls finishes it without importing the
    agent frameworks, the guardrail models' libraries (numpy, scikit-learn), MLflow or resources no task used
    (the MLOps registry)."""
    imported(home, "approvals", "approve", home["approval1"], "--reason", "CHG-1")  # already, when run alone
    done, modules = imported(home, "resume", home["run1"])
    assert done.returncode == 0 and f"run {home['run1']}: succeeded" in done.stdout, done.stdout + done.stderr
    frameworks = ("autogen", "semantic_kernel", "chromadb", "sklearn", "mlflow", "genaiops.agents.handler")
    unused = ("numpy", "genaiops.tools.mlops", "genaiops.tools.sre", "genaiops.agents.memory")
    assert [m for m in modules if m.startswith((*frameworks, *unused))] == []


def test_chat_that_ends_at_its_first_prompt_opens_no_chroma(home) -> None:
    """`genaiops chat` left at its first prompt greets, stores the conversation and leaves without importing
    chromadb: the memory's store is connected when a request first searches it (its directory is made at start)."""
    out = Path(home["root"]) / "chat-modules.json"
    env = {k[4:]: v for k, v in home.items() if k.startswith("env:")} | {"MODULES_OUT": str(out)}
    env |= {"GENAIOPS_SCENARIOS_DIR": str(REPO / "scenarios")}
    done = subprocess.run([sys.executable, "-c", WRAPPER, "chat", "--as", "bob"], input="exit\n",
                          capture_output=True, text=True, env=env, timeout=300)  # fmt: skip
    assert done.returncode == 0 and "conversation stored: genaiops chat --resume chat-" in done.stdout, done.stderr
    assert (Path(env["GENAIOPS_HOME"]) / "memory").is_dir()
    modules = json.loads(out.read_text(encoding="utf-8"))
    assert [m for m in modules if within(m, "chromadb")] == []
