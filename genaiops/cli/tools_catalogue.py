"""What ``genaiops tools`` lists (name, risk, gated actions, one-line summary of every tool) without importing
every tool module and its libraries (numpy and the like: about half a second).

The listing is kept in ``tools_catalogue.json`` beside this file with a digest of the sources it was made from
(every ``.py`` file of the tools package and ``genaiops/registry.py``). ``listed_tools()`` uses it only when the
digest matches the sources as they are now, and otherwise imports the tools and lists them as before, so an
out-of-date catalogue makes the command slower, never wrong. After changing a tool, rewrite it with

    .venv/bin/python -m genaiops.cli.tools_catalogue

(tests/test_cli_imports.py fails while the shipped catalogue is out of date).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

__all__ = ["CATALOGUE", "current_tools", "listed_tools", "source_digest", "write_catalogue"]

CATALOGUE = Path(__file__).with_name("tools_catalogue.json")


def listed_tools(catalogue: Path = CATALOGUE) -> list[dict[str, Any]]:
    """Every tool's listing shape (``genaiops.cli.shapes.tool_shape``), from the catalogue when it was made
    from the sources as they are, else from the tools themselves."""
    try:
        kept = json.loads(catalogue.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        kept = None
    if isinstance(kept, dict) and kept.get("digest") == source_digest():
        return kept["tools"]
    return current_tools()


def current_tools() -> list[dict[str, Any]]:
    """Every tool's listing shape, from the tool modules (all of them imported)."""
    from genaiops.cli.shapes import tool_shape
    from genaiops.tools import load_tools

    return [tool_shape(spec) for spec in load_tools()]


def source_digest() -> str:
    """A SHA-256 over the tools package's Python sources and the registry's (their paths and bytes)."""
    import hashlib
    from importlib.util import find_spec

    registry, tools = find_spec("genaiops.registry"), find_spec("genaiops.tools")  # found, not imported
    files = [("registry.py", Path(registry.origin))]  # type: ignore[union-attr, arg-type]
    for root in tools.submodule_search_locations:  # type: ignore[union-attr]
        for folder, dirs, names in os.walk(root):
            dirs[:] = sorted(d for d in dirs if d != "__pycache__")
            files += [(os.path.relpath(os.path.join(folder, n), root), Path(folder, n)) for n in sorted(names)
                      if n.endswith(".py")]  # fmt: skip
    digest = hashlib.sha256()
    for name, file in files:
        digest.update(f"{name}\n".encode())
        digest.update(file.read_bytes())
    return digest.hexdigest()


def write_catalogue(catalogue: Path = CATALOGUE) -> None:
    """Write the catalogue from the tools as they are now."""
    kept = {"digest": source_digest(), "tools": current_tools()}
    catalogue.write_text(json.dumps(kept, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    write_catalogue()
    print(f"wrote {CATALOGUE}")
