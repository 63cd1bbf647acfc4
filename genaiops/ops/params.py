"""Scenario parameters for schedules: the ``--set NAME=VALUE`` pairs a schedule stores, handed to the scenario.

``load_with_params`` is the ONE place a schedule's pairs meet a scenario file; it is wired to the scenario
parameter API (``params:`` / ``${params.NAME}``) when that lands. Until then a schedule with pairs is refused when
it is added (``check_pairs``), never silently run without them.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from genaiops.data_roots import DataRoots
from genaiops.errors import SpecError, did_you_mean
from genaiops.graphs import load_scenario
from genaiops.graphs.source import read_file
from genaiops.registry import ToolRegistry

__all__ = ["check_pairs", "declared_params", "load_with_params", "parse_pairs"]


def parse_pairs(pairs: list[str]) -> dict[str, str]:
    """``["k=v", ...]`` -> ``{k: v}``; a pair without ``=`` or a name is a ``SpecError``."""
    out: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise SpecError(f"--set {pair!r}: write NAME=VALUE (e.g. --set model=churn-v3)")
        out[name.strip()] = value
    return out


def declared_params(path: Path) -> list[str]:
    """The parameter names the scenario declares under ``params:`` (a mapping or a list of names)."""
    data = read_file(path).data
    params = data.get("params") if isinstance(data, dict) else None
    if isinstance(params, dict):
        return [str(k) for k in params]
    if isinstance(params, list):
        return [str(p.get("name")) if isinstance(p, dict) else str(p) for p in params]
    return []


def check_pairs(path: Path, params: Mapping[str, str]) -> None:
    """Refuse pairs the scenario does not declare (a scenario with no ``params:`` takes none)."""
    if not params:
        return
    declared = declared_params(path)
    if not declared:
        raise SpecError(
            f"{path}: this scenario declares no parameters (no `params:`), so --set {', '.join(params)} would be "
            "ignored; remove --set, or declare the parameters in the scenario under `params:`"
        )
    for name in params:
        if name not in declared:
            raise SpecError(
                f"--set {name}=...: {path} declares no parameter {name!r}{did_you_mean(name, declared)}; "
                f"it declares: {', '.join(declared)}"
            )


def load_with_params(
    path: Path, registry: ToolRegistry, rules: Any, roots: DataRoots, params: Mapping[str, str]
) -> tuple[Any, Any]:
    """(scenario spec, plan) of ``path`` with ``params`` applied; validation errors as ``load_scenario`` raises."""
    if params:  # wired at merge to the scenario parameter API; until then check_pairs refuses pairs at add time
        raise SpecError(
            f"{path}: scenario parameters (--set) are not supported by this genaiops yet; remove them from the "
            "schedule (`genaiops schedules remove NAME`, then add it again without --set)"
        )
    return load_scenario(str(path), registry, rules, roots=roots)
