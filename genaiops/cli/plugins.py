"""Pydantic's plugins found without ``importlib.metadata`` when there are none (for the CLI's start-up).

The first pydantic model a process builds asks ``pydantic.plugin._loader.get_plugins()``, whose module imports
``importlib.metadata`` (email, zipfile, csv: ~40 ms here) and then reads the entry points of every installed
distribution to find the ``pydantic`` group. ``install`` has a stand-in for that module imported instead: it
reads the same ``entry_points.txt`` files itself and, only when one of them declares a ``[pydantic]`` section
(a plugin is installed) or a path entry is not a plain folder, hands over to pydantic's own loader, which then
loads the plugins as always. ``PYDANTIC_DISABLE_PLUGINS`` is honoured as pydantic honours it.
"""

from __future__ import annotations

import os
import sys
import types
from collections.abc import Iterable
from typing import Any

__all__ = ["install"]

_NAME = "pydantic.plugin._loader"
_DISABLED = ("__all__", "1", "true")


def install() -> None:
    """Stand in for pydantic's plugin loader when pydantic imports it (nothing is imported before then)."""
    if _NAME not in sys.modules and not any(isinstance(f, _Finder) for f in sys.meta_path):
        sys.meta_path.insert(0, _Finder())


class _Finder:
    """Serves the stand-in for ``pydantic.plugin._loader`` (once: pydantic's own is imported on hand-over)."""

    def find_spec(self, name: str, path: Any = None, target: Any = None) -> Any:
        if name != _NAME:
            return None
        from importlib.machinery import ModuleSpec

        sys.meta_path.remove(self)
        return ModuleSpec(name, self)

    def create_module(self, spec: Any) -> None:
        return None

    def exec_module(self, module: types.ModuleType) -> None:
        module.get_plugins = _get_plugins  # type: ignore[attr-defined]


def _get_plugins() -> Iterable[Any]:
    """As pydantic's ``get_plugins``: none when disabled, else those installed (looked for once)."""
    if os.getenv("PYDANTIC_DISABLE_PLUGINS") in _DISABLED:
        return ()
    if _FOUND[0] is None:
        _FOUND[0] = _maybe_plugins()
    return _real().get_plugins() if _FOUND[0] else ()


_FOUND: list[bool | None] = [None]
"""Whether a distribution may declare a pydantic plugin (None: not looked yet)."""


def _real() -> types.ModuleType:
    """Pydantic's own loader, imported in place of the stand-in."""
    import importlib

    if getattr(sys.modules.get(_NAME), "get_plugins", None) is _get_plugins:
        del sys.modules[_NAME]
    return importlib.import_module(_NAME)


def _maybe_plugins() -> bool:
    """Whether any distribution on ``sys.path`` may declare a pydantic plugin (True when unsure)."""
    for entry in sys.path:
        folder = entry or "."
        if not os.path.isdir(folder):
            if os.path.exists(folder):  # a zip file on the path: let importlib.metadata read it
                return True
            continue
        try:
            names = os.listdir(folder)
        except OSError:
            return True
        for name in names:
            if name.endswith((".dist-info", ".egg-info")) and _declares(os.path.join(folder, name)):
                return True
    return any(hasattr(finder, "find_distributions") and not _standard(finder) for finder in sys.meta_path)


def _declares(metadata: str) -> bool:
    try:
        with open(os.path.join(metadata, "entry_points.txt"), encoding="utf-8") as file:
            return any(line.strip().replace(" ", "") == "[pydantic]" for line in file)
    except FileNotFoundError:
        return False
    except OSError:
        return True


def _standard(finder: Any) -> bool:
    """The standard library's path finder (its distributions are the folders read above)."""
    import importlib.machinery

    return finder is importlib.machinery.PathFinder
