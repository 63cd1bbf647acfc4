"""Deterministic tools, one per module, by discipline (``basic``, ``sre``, ``mlops``, ``llmops``).

Contract: a tool is a plain typed function registered with ``genaiops.registry.tool``; it does no I/O except
through resources handed to it in its ``ToolContext``, and reads no clock, environment or global random state.
``load_tools()`` imports every tool module below this package, so a new tool is one new file here;
``tools_on_demand()`` gives the same registry filled as names are looked up (a tool's module is named after it),
so a command that touches three tools imports three modules, not every tool's libraries.
Tool modules stay cheap to import: heavy libraries (scikit-learn, scipy) are imported inside the functions.
What validation reads of a tool comes, while they are current, from the cards kept in ``_cards/``
(``genaiops.toolcards``), so checking a scenario imports none of its tools.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
from pathlib import Path
from typing import TYPE_CHECKING

from genaiops.registry import ToolRegistry, registry

if TYPE_CHECKING:
    from genaiops.toolcards import ToolCard

__all__ = ["CARDS", "load_tools", "tools_on_demand"]

CARDS = Path(__file__).with_name("_cards")
"""The tools' kept cards (``python -m genaiops.cli.tools_catalogue`` writes them with the tools catalogue)."""

_loaded = False
_modules: dict[str, list[str]] | None = None


def load_tools() -> ToolRegistry:
    """Import every module under ``genaiops.tools`` (registering its tool) and return the default registry."""
    global _loaded
    if not _loaded:
        for info in pkgutil.walk_packages(__path__, prefix=f"{__name__}."):
            importlib.import_module(info.name)
        _loaded = True
    return registry


def tools_on_demand() -> ToolRegistry:
    """The default registry, filled on demand: ``get(name)`` imports the module called ``name``; listing the
    registry, or asking for a name no module has, imports them all (as ``load_tools``)."""
    if not _loaded:
        registry.on_demand(_import_tool, load_tools, _kept_card)
    return registry


def _kept_card(name: str) -> ToolCard | None:
    """The current kept card of the tool ``name`` (None: no such card, or its sources changed)."""
    if name not in _module_index():
        return None
    from genaiops.toolcards import kept_card

    return kept_card(name, CARDS, lambda: registry.get(name))


def _import_tool(name: str) -> None:
    """Import the modules named ``name`` below this package (found on disk, nothing imported to look)."""
    for module in _module_index().get(name, ()):
        importlib.import_module(module)


def _module_index() -> dict[str, list[str]]:
    """Module names by their last part, for every module file in a package folder below this one."""
    global _modules
    if _modules is None:
        _modules = {}
        for root in __path__:
            for folder, dirs, files in os.walk(root):
                dirs[:] = sorted(d for d in dirs if os.path.exists(os.path.join(folder, d, "__init__.py")))
                parts = os.path.relpath(folder, root).split(os.sep)
                package = ".".join([__name__, *(p for p in parts if p != ".")])
                for file in sorted(files):
                    stem, ext = os.path.splitext(file)
                    if ext == ".py" and stem != "__init__":
                        _modules.setdefault(stem, []).append(f"{package}.{stem}")
    return _modules
