"""Scenario parameters for schedules: the ``--set NAME=VALUE`` pairs a schedule stores, handed to the scenario.

``load_with_params`` is the one place a schedule's pairs meet a scenario file: the scenario parameter API of
``genaiops.graphs`` (``params:`` / ``${params.NAME}``) checks them (unknown names with "did you mean", missing
required values, wrong types, values not allowed) and fills them, exactly as ``genaiops run FILE --set`` does.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from genaiops.data_roots import DataRoots
from genaiops.graphs import load_scenario, parse_sets
from genaiops.registry import ToolRegistry

__all__ = ["load_with_params", "parse_sets"]


def load_with_params(
    path: Path, registry: ToolRegistry, rules: Any, roots: DataRoots, params: Mapping[str, str]
) -> tuple[Any, Any]:
    """(scenario spec, plan) of ``path`` with ``params`` applied; validation errors as ``load_scenario`` raises."""
    return load_scenario(str(path), registry, rules, roots=roots, params=params)
