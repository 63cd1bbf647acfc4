"""Packages and package data, found from the folders (pyproject.toml holds everything else).

The project's top-level folders map into one namespace (DESIGN.md): genaiops/ -> genaiops, agents/ ->
genaiops.agents, tools/ -> genaiops.tools, graphs/ -> genaiops.graphs, safety/ -> genaiops.safety. Listing the
subpackages by walking the folders keeps a built wheel complete as tool sets grow; non-Python files inside the
packages (runbooks, shipped guardrail models, lexicons) travel as package data.
"""

from pathlib import Path

from setuptools import setup

ROOT = Path(__file__).parent
FOLDERS = {
    "genaiops": "genaiops",
    "agents": "genaiops.agents",
    "tools": "genaiops.tools",
    "graphs": "genaiops.graphs",
    "safety": "genaiops.safety",
}


def packages() -> list[str]:
    found = []
    for folder, name in FOLDERS.items():
        for init in sorted((ROOT / folder).rglob("__init__.py")):
            rel = init.parent.relative_to(ROOT / folder)
            found.append(".".join([name, *rel.parts]))
    return found


def package_data() -> dict[str, list[str]]:
    data: dict[str, list[str]] = {}
    for folder, name in FOLDERS.items():
        files = [p for p in (ROOT / folder).rglob("*") if p.is_file() and p.suffix not in (".py", ".pyc")]
        files = [p for p in files if "__pycache__" not in p.parts]
        if files:
            data[name] = sorted(str(p.relative_to(ROOT / folder)) for p in files)
    return data


setup(packages=packages(), package_dir={name: folder for folder, name in FOLDERS.items()}, package_data=package_data())
