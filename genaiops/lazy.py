"""Package facades that import each exported name from its module on first use (PEP 562).

A facade that imports every module it re-exports makes everyone who needs one name pay for all of them (the graphs
facade loaded the executor and networkx for ``genaiops runs list``). ``lazy_exports`` gives a package the module
``__getattr__`` and ``__dir__`` that resolve its names where they live, once.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Mapping
from typing import Any

__all__ = ["lazy_exports"]


def lazy_exports(package: str, homes: Mapping[str, str]) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """``(__getattr__, __dir__)`` for ``package``, whose exported names live in the modules ``homes`` names."""
    namespace = sys.modules[package].__dict__

    def __getattr__(name: str) -> Any:  # noqa: N807 - the module hook's own name
        module = homes.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = namespace[name] = getattr(importlib.import_module(module), name)
        return value

    def __dir__() -> list[str]:  # noqa: N807
        return sorted({*namespace, *homes})

    return __getattr__, __dir__
