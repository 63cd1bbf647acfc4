"""Where each registered version stands: the stage a team reads (champion, challenger, archived), its metrics,
when it was registered and when it took the alias it holds or held. Pure: it reads a registry, computes nothing
else, and writes nothing.

A version's stage is the alias it holds now (``champion``, or any other alias a promotion set); without one it is
a ``challenger`` when it was registered after the version the ``champion`` alias points to (or no version holds
it yet) and never held an alias, else ``archived`` (it held an alias and lost it, or the champion replaced it
without it ever being promoted).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel

from .model_registry import ModelRegistry, RegistryEvent

__all__ = ["ModelDetail", "VersionStage", "all_versions", "model_detail", "model_stages"]


class VersionStage(BaseModel, defer_build=True):
    """One version of one model, as ``genaiops models list`` prints it."""

    model: str
    version: int
    stage: str
    """The alias it holds (``champion``, ...), else ``challenger`` or ``archived``."""
    estimator: str
    metrics: dict[str, float]
    registered_at: datetime
    stage_since: datetime | None
    """When it took the alias it holds (holds or held, for an archived one); None for one never promoted."""
    validation: str | None
    """The verdict of its latest validation: ``passed``, ``failed``; None if it was never validated."""
    dataset_id: str


class ModelDetail(BaseModel, defer_build=True):
    """One model, as ``genaiops models show -o json`` prints it and ``GET /models/NAME`` answers."""

    model: str
    aliases: dict[str, int]
    """Each alias the model holds -> the version it points to."""
    versions: list[VersionStage]
    history: list[RegistryEvent]
    """Registered, validated, promoted, deployed, drift, rolled back: oldest first."""


def _alias_moves(history: list[RegistryEvent]) -> dict[int, datetime]:
    """The last time each version took an alias (promoted or rolled back to)."""
    moves: dict[int, datetime] = {}
    for event in history:
        if event.kind in ("alias_set", "rolled_back") and event.version is not None:
            moves[event.version] = event.at
    return moves


def _verdicts(history: list[RegistryEvent]) -> dict[int, str]:
    verdicts: dict[int, str] = {}
    for event in history:
        if event.kind == "validated" and event.version is not None:
            verdicts[event.version] = "passed" if event.detail.get("passed") else "failed"
    return verdicts


def _stage(version: int, held_now: dict[int, list[str]], promoted: dict[int, Any], champion: int | None) -> str:
    if version in held_now:
        return ", ".join(held_now[version])
    if version not in promoted and (champion is None or version > champion):
        return "challenger"
    return "archived"


def model_stages(registry: ModelRegistry, name: str) -> list[VersionStage]:
    """Every version of model ``name``, oldest first, with its stage (a ``NotFoundError`` for an unknown name)."""
    versions = registry.list_versions(name)
    aliases = registry.aliases(name)
    history = registry.history(name)
    held_now: dict[int, list[str]] = {}
    for alias, version in sorted(aliases.items()):
        held_now.setdefault(version, []).append(alias)
    promoted, verdicts = _alias_moves(history), _verdicts(history)
    return [
        VersionStage(
            model=name,
            version=v.version,
            stage=_stage(v.version, held_now, promoted, aliases.get("champion")),
            estimator=v.estimator,
            metrics=v.metrics,
            registered_at=v.created_at,
            stage_since=promoted.get(v.version),
            validation=verdicts.get(v.version),
            dataset_id=str(v.lineage.get("dataset_id", "")),
        )
        for v in versions
    ]


def all_versions(registry: ModelRegistry) -> list[VersionStage]:
    """Every version of every registered model, by model name then version (``models list``, ``GET /models``)."""
    return [row for name in registry.list_models() for row in model_stages(registry, name)]


def model_detail(registry: ModelRegistry, name: str) -> ModelDetail:
    """Model ``name``'s versions with their stages, its aliases and its history (a ``NotFoundError`` for an unknown
    name, naming the registered ones)."""
    return ModelDetail(
        model=name,
        versions=model_stages(registry, name),
        aliases=registry.aliases(name),
        history=registry.history(name),
    )
