"""describe_model: a model's versions, aliases and history, and which version an alias held at time T."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, Field

from genaiops.lazy import lazy_module
from genaiops.registry import ToolContext, tool

from .lib.registry_events import RegistryEvent

# The tool's libraries, imported by its first call: validating a scenario needs only the models below.
_access = lazy_module("genaiops.tools.mlops.lib.access")


class DescribeModelInput(BaseModel, defer_build=True):
    model_name: str
    at: datetime | None = Field(default=None, description="Also answer: which version held `alias` at this time?")
    alias: str = "champion"


class VersionSummary(BaseModel, defer_build=True):
    version: int
    estimator: str
    dataset_id: str
    artifact_sha: str
    metrics: dict[str, float]
    created_at: datetime


class DescribeModelResult(BaseModel, defer_build=True):
    model_name: str
    versions: list[VersionSummary]
    aliases: dict[str, int]
    history: list[RegistryEvent]
    alias_at: dict[str, Any] | None = None


@tool()
def describe_model(args: DescribeModelInput, ctx: ToolContext) -> DescribeModelResult:
    """Show a registered model: its versions with lineage and metrics, current aliases, the full history
    (registered, validated, promoted, deployed, drift, rolled back), and - given `at` - which version held
    `alias` at that time."""
    reg = _access.registry_of(ctx)
    with _access.bad_input():
        versions = reg.list_versions(args.model_name)
        aliases = reg.aliases(args.model_name)
        history = reg.history(args.model_name)
        held = reg.alias_at(args.model_name, args.alias, args.at) if args.at is not None else None
    summaries = [
        VersionSummary(
            version=v.version,
            estimator=v.estimator,
            dataset_id=v.lineage.get("dataset_id", ""),
            artifact_sha=v.artifact_sha,
            metrics=v.metrics,
            created_at=v.created_at,
        )
        for v in versions
    ]
    at = {"alias": args.alias, "at": args.at, "version": held} if args.at is not None else None
    return DescribeModelResult(
        model_name=args.model_name, versions=summaries, aliases=aliases, history=history, alias_at=at
    )
