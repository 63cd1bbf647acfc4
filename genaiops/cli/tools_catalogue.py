"""What ``genaiops tools`` lists (name, risk, gated actions, one-line summary of every tool) and what ``genaiops
tools show NAME`` says of one tool, without importing every tool module and its libraries (numpy and the like:
about half a second).

The listing and each tool's detail (as JSON reads it back) are kept in ``tools_catalogue.json`` beside this
file with a digest of the sources they were made from (every ``.py`` file of the tools package and
``genaiops/registry.py``). ``listed_tools()`` and ``tool_detail_of()`` use it only when the digest matches the
sources as they are now, and otherwise import the tools as before, so an out-of-date catalogue makes the command
slower, never wrong. After changing a tool, rewrite it with

    .venv/bin/python -m genaiops.cli.tools_catalogue

(tests/test_cli_imports.py fails while the shipped catalogue is out of date). The same command writes the tools'
cards (``genaiops.toolcards``; tests/test_toolcards.py fails while one is out of date).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

__all__ = [
    "CATALOGUE",
    "current_details",
    "current_tools",
    "kept_detail",
    "listed_tools",
    "source_digest",
    "tool_detail_of",
    "write_catalogue",
]

CATALOGUE = Path(__file__).with_name("tools_catalogue.json")


def listed_tools(catalogue: Path = CATALOGUE) -> list[dict[str, Any]]:
    """Every tool's listing shape (``genaiops.cli.shapes.tool_shape``), from the catalogue when it was made
    from the sources as they are, else from the tools themselves."""
    kept = _kept(catalogue)
    return kept["tools"] if kept is not None else current_tools()


def kept_detail(name: str, catalogue: Path = CATALOGUE) -> dict[str, Any] | None:
    """The detail of the tool ``name`` (``genaiops.cli.shapes.tool_detail``, as JSON reads it back) from the
    catalogue, or None when the catalogue is out of date or holds no such tool."""
    kept = _kept(catalogue)
    details = kept.get("details") if kept is not None else None
    return details.get(name) if isinstance(details, dict) else None


def tool_detail_of(name: str, catalogue: Path = CATALOGUE) -> dict[str, Any]:
    """The detail of the tool ``name``, from the catalogue while it is current, else from the tool itself (an
    unknown name: ``NotFoundError`` with "did you mean")."""
    detail = kept_detail(name, catalogue)
    if detail is not None:
        return detail
    from genaiops.cli.shapes import tool_detail
    from genaiops.tools import load_tools

    return _plain(tool_detail(load_tools().get(name)))


def _kept(catalogue: Path) -> dict[str, Any] | None:
    """The catalogue, if it was made from the sources as they are now."""
    try:
        kept = json.loads(catalogue.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return kept if isinstance(kept, dict) and kept.get("digest") == source_digest() else None


def _plain(data: Any) -> Any:
    """``data`` as its JSON document reads back (what the catalogue keeps, and what ``--output json`` prints)."""
    return json.loads(json.dumps(data, ensure_ascii=False, default=str))


def current_tools() -> list[dict[str, Any]]:
    """Every tool's listing shape, from the tool modules (all of them imported)."""
    from genaiops.cli.shapes import tool_shape
    from genaiops.tools import load_tools

    return [tool_shape(spec) for spec in load_tools()]


def current_details() -> dict[str, dict[str, Any]]:
    """Every tool's detail by name, from the tool modules (as JSON reads it back)."""
    from genaiops.cli.shapes import tool_detail
    from genaiops.tools import load_tools

    return {spec.name: _plain(tool_detail(spec)) for spec in load_tools()}


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
    kept = {"digest": source_digest(), "tools": current_tools(), "details": current_details()}
    catalogue.write_text(json.dumps(kept, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def write_tool_cards() -> int:
    """Write every tool's card (``genaiops.toolcards``: what validation reads without importing the tool)."""
    from genaiops.toolcards import write_cards
    from genaiops.tools import CARDS, load_tools

    return write_cards(load_tools(), CARDS)


if __name__ == "__main__":
    write_catalogue()
    print(f"wrote {CATALOGUE}")
    from genaiops.tools import CARDS

    print(f"wrote {write_tool_cards()} tool cards in {CARDS}")
    from genaiops.cli.catalogue_cards import FILE, write_card

    write_card()
    print(f"wrote {FILE}")
