"""Which planner ``make_planner`` builds: offline unless a real model is configured."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from genaiops.agents.planner import Planner
    from genaiops.agents.planner.catalogue import Catalogue

__all__ = ["build_planner"]


def build_planner(
    settings: Any = None,
    *,
    model: str | None = None,
    catalogue: Catalogue | None = None,
    environ: Mapping[str, str] | None = None,
) -> Planner:
    """The offline planner; with ``model`` (``PROVIDER[:NAME]``) or GENAIOPS_MODEL_PROVIDER naming a real
    provider, the LLM planner over it (falling back to the offline one)."""
    from genaiops.agents.planner.offline import OfflinePlanner

    offline = OfflinePlanner(catalogue=catalogue)
    env = os.environ if environ is None else environ
    if not model and env.get("GENAIOPS_MODEL_PROVIDER", "offline").strip().lower() in ("", "offline"):
        return offline
    from genaiops.agents.models import ModelSettings
    from genaiops.agents.planner.llm import LLMPlanner

    models = ModelSettings.from_env(env, model=model)
    if models.provider == "offline":
        return offline
    return LLMPlanner(models, fallback=offline, catalogue=catalogue)
