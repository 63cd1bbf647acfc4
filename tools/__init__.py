"""Deterministic tools, one per module, by discipline (``basic``, ``sre``, ``mlops``, ``llmops``).

Contract: a tool is a plain typed function registered with ``genaiops.registry.tool``; it does no I/O except
through resources handed to it in its ``ToolContext``, and reads no clock, environment or global random state.
``load_tools()`` imports every tool module below this package, so a new tool is one new file here.
Tool modules stay cheap to import: heavy libraries (scikit-learn, scipy) are imported inside the functions.
"""

from __future__ import annotations

import importlib
import pkgutil

from genaiops.registry import ToolRegistry, registry

__all__ = ["load_tools"]

_loaded = False


def load_tools() -> ToolRegistry:
    """Import every module under ``genaiops.tools`` (registering its tool) and return the default registry."""
    global _loaded
    if not _loaded:
        for info in pkgutil.walk_packages(__path__, prefix=f"{__name__}."):
            importlib.import_module(info.name)
        _loaded = True
    return registry
