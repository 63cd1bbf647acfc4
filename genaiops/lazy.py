"""Package facades that import each exported name from its module on first use (PEP 562), and modules imported
on first use.

A facade that imports every module it re-exports makes everyone who needs one name pay for all of them (the graphs
facade loaded the executor and networkx for ``genaiops runs list``). ``lazy_exports`` gives a package the module
``__getattr__`` and ``__dir__`` that resolve its names where they live, once.

A module that needs a heavy library only inside its functions (numpy in the tools' numeric code) but names it
everywhere binds ``np = lazy_module("numpy")``: importing the module (to register a tool, to validate a scenario
against its models) then costs nothing, and the library is imported by the first attribute read.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Mapping
from types import ModuleType
from typing import Any

__all__ = ["lazy_exports", "lazy_module"]


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


class _LazyModule(ModuleType):
    """Stands for the module of its name, imported by the first attribute read (not ``sys.modules``' entry: other
    code importing the module gets the real one). Each attribute read is kept, so later reads cost a lookup."""

    def __getattr__(self, name: str) -> Any:
        value = getattr(importlib.import_module(self.__name__), name)
        setattr(self, name, value)
        return value

    def __dir__(self) -> list[str]:
        return dir(importlib.import_module(self.__name__))


def lazy_module(name: str) -> ModuleType:
    """The module ``name``: itself when already imported, else a stand-in that imports it on first use."""
    return sys.modules.get(name) or _LazyModule(name)
