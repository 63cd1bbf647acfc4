"""How tools reach their resources: the registry, artifacts, datasets and verified models, with errors
a caller can act on (an unknown model, version or alias is a ``ToolInputError`` naming what exists)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from genaiops.errors import NotFoundError, ToolInputError
from genaiops.registry import ToolContext

from .artifacts import ArtifactStore
from .codec import load_model
from .model_registry import ModelRegistry, ModelVersion
from .serving import Deployment
from .tables import Table, decode_table

__all__ = [
    "artifacts_of",
    "bad_input",
    "load_table",
    "load_version",
    "registry_of",
    "require_features",
    "require_labels",
    "resolve_version",
    "serve_version",
]


def registry_of(ctx: ToolContext) -> ModelRegistry:
    return ctx.resource("model_registry")


def artifacts_of(ctx: ToolContext) -> ArtifactStore:
    return ctx.resource("artifacts")


@contextmanager
def bad_input() -> Iterator[None]:
    """Turn the registry's not-found errors into tool input errors (a caller may retry with others)."""
    try:
        yield
    except NotFoundError as exc:
        raise ToolInputError(str(exc)) from None


def load_table(ctx: ToolContext, dataset_id: str) -> Table:
    """The dataset snapshot ``dataset_id`` (written by load_dataset or shift_dataset), hash-verified."""
    store = artifacts_of(ctx)
    if not store.exists(dataset_id):
        raise ToolInputError(f"dataset: no dataset {dataset_id[:12]!r}… in the artifact store; run load_dataset first")
    return decode_table(store.get(dataset_id), source=dataset_id)


def require_labels(table: Table, what: str) -> Table:
    """Refuse an unlabeled table where labels are needed (training, validation)."""
    if not table.labeled:
        raise ToolInputError(
            f"dataset {table.source[:12]}… has no target column; {what} needs labels "
            "(load it with load_dataset(..., target='<label column>'))"
        )
    return table


def require_features(table: Table, features: list[str], *, what: str, label: str, target: str) -> None:
    """Refuse a table whose columns are not ``features`` in order, naming what it lacks and adds and the fix
    (a column named like the model's target was loaded as a feature: load the data with that target)."""
    got = list(table.columns)
    if got == features:
        return
    lacks = [c for c in features if c not in got]
    adds = [c for c in got if c not in features]
    detail = f"it lacks {lacks} and adds {adds}" if lacks or adds else "same names, other order"
    if target and target in adds:
        fix = f"{target!r} is the model's target: load the data with load_dataset(..., target='{target}')"
    else:
        fix = "give data with the model's columns, in its order"
    raise ToolInputError(
        f"feature schema mismatch: {what} uses {features}, the {label} data has {got}; {detail}; {fix}"
    )


def resolve_version(
    ctx: ToolContext, name: str, *, version: int | None = None, alias: str | None = None
) -> ModelVersion:
    """A registered version, by number or by alias."""
    reg = registry_of(ctx)
    with bad_input():
        if version is not None:
            return reg.get_version(name, version)
        return reg.resolve_alias(name, alias or "champion")


def load_version(ctx: ToolContext, mv: ModelVersion) -> Any:
    """The fitted model of a version: its artifact hash-checked, then loaded with the type allow-list."""
    return load_model(artifacts_of(ctx).get(mv.artifact_sha))


def serve_version(ctx: ToolContext, mv: ModelVersion, *, alias: str, endpoint: str, key: str | None) -> Deployment:
    """Serve ``mv`` at ``endpoint`` (its artifact hash-checked and loaded with the allow-list first) and record the
    deployment in the registry history under ``key``."""
    model = load_version(ctx, mv)
    spec = Deployment(
        endpoint=endpoint,
        model_name=mv.name,
        alias=alias,
        version=mv.version,
        artifact_sha=mv.artifact_sha,
        features=mv.features,
    )
    live = ctx.resource("serving").deploy(spec, model)
    registry_of(ctx).record_event(
        mv.name,
        "deployed",
        at=ctx.now,
        version=mv.version,
        alias=alias,
        reason=f"endpoint {live.endpoint}",
        detail={"endpoint": live.endpoint, "url": live.url},
        idempotency_key=key,
    )
    return live
