"""The model registry over HTTP: ``GET /models`` and ``GET /models/NAME``, the documents ``genaiops models list``
and ``models show`` print with ``-o json`` (the store's registry, or MLflow's with ``GENAIOPS_MLFLOW_URI``).
Versions are registered and promoted only through runs, so these routes only read; any account may."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request

from genaiops.server.auth import Caller, caller
from genaiops.server.schemas import refusals
from genaiops.tools.mlops.lib.stages import ModelDetail, VersionStage, all_versions, model_detail

router = APIRouter()
Who = Annotated[Caller, Depends(caller)]


def _read(request: Request, read: Callable[[Any], Any]) -> Any:
    from genaiops.runtime import model_registry

    registry = model_registry(request.app.state.genaiops.settings)
    try:
        return read(registry)
    finally:
        registry.close()


@router.get("/models", response_model=list[VersionStage], tags=["models"])
def models(request: Request, _who: Who) -> list[VersionStage]:
    """Every version of every registered model: its stage (the alias it holds, such as ``champion``; else
    ``challenger``, registered after the champion and never promoted; else ``archived``), since when, its latest
    validation, estimator, held-out metrics and registration time (as `genaiops models list -o json`)."""
    return _read(request, all_versions)


@router.get("/models/{name}", response_model=ModelDetail, tags=["models"], responses=refusals(404))
def model(request: Request, name: str, _who: Who) -> ModelDetail:
    """One model: its versions with their stages, its aliases and its history (registered, validated, promoted,
    deployed, drift, rolled back), oldest first (as `genaiops models show NAME -o json`). An unknown name: 404."""
    return _read(request, lambda registry: model_detail(registry, name))
