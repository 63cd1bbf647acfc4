"""Build the resources the MLOps tools reach through ``ctx.resources``; the executor injects them.

``build_mlops_resources(home)`` is what the engine wires: the model registry and prediction log in the
genaiops store's database (``sqlite:///<home>/genaiops.db`` unless ``store_url`` names another, a PostgreSQL
store's too),
artifacts under ``<home>/artifacts``, a serving target (the drill stand-in, serving in each process what its
records under ``<home>/serving`` name, or uvicorn processes that outlive the command: ``serving="process"``),
and a data source reading files under the ``data_roots`` (``home`` and ``data_root``; the entry point replaces
them with the configured roots).
``build_memory_resources()`` gives the same set in memory, for tests and simulations.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

from genaiops.data_roots import DataRoots

from .artifacts import LocalArtifactStore, MemoryArtifactStore
from .model_registry import SqlModelRegistry
from .prediction_log import SqlPredictionLog
from .serving import LocalServingTarget
from .serving_drill import DrillServingTarget
from .serving_process import ProcessServingTarget
from .tables import LocalDataSource

__all__ = [
    "RESOURCE_NAMES",
    "build_memory_resources",
    "build_mlops_resources",
    "close_mlops_resources",
    "open_mlflow_registry",
    "serving_processes",
]

RESOURCE_NAMES = ("model_registry", "artifacts", "serving", "prediction_log", "data", "data_roots")


def build_mlops_resources(
    home: str | Path,
    *,
    store_url: str | None = None,
    data_root: str | Path | None = None,
    registry: Literal["sql", "mlflow"] = "sql",
    mlflow_uri: str | None = None,
    serving: Literal["drill", "process"] = "drill",
    serving_ports: tuple[int, int] | None = None,
    env: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """Resources kept under ``home`` (the genaiops data directory); close with ``close_mlops_resources``.

    ``load_dataset`` reads files only under ``home`` and ``data_root``. ``registry="mlflow"`` (or an
    ``mlflow_uri``) keeps models, versions and aliases in MLflow - at ``mlflow_uri`` (a tracking server's URL or a
    database URI), else in ``<home>/mlflow.db`` with its runs' artifacts under ``<home>/mlflow-artifacts`` - and
    the history in the store; it needs the mlflow extra. ``serving="drill"``: endpoints served in this process,
    each recorded in ``<home>/serving/<endpoint>/drill.json`` (later processes serve them too).
    ``serving="process"``: each endpoint is a uvicorn process on 127.0.0.1 (a port from ``serving_ports``, else
    any free one; ``env``: the environment it may pass on), recorded under ``<home>/serving``.
    """
    home = Path(home)
    home.mkdir(parents=True, exist_ok=True)
    url = store_url or f"sqlite:///{home / 'genaiops.db'}"
    in_memory = url in (":memory:", "sqlite:///:memory:", "sqlite:///")
    if in_memory and registry == "sql" and mlflow_uri is None and serving == "drill":
        return {**build_memory_resources(data_root=data_root), "data_roots": _roots(home, data_root)}
    use_mlflow = registry == "mlflow" or mlflow_uri is not None
    model_registry = open_mlflow_registry(home, url, mlflow_uri) if use_mlflow else SqlModelRegistry.open(url)
    artifacts = LocalArtifactStore(home / "artifacts")
    if serving == "process":
        target: Any = serving_processes(home, ports=serving_ports, env=env)
    else:
        target = DrillServingTarget(home / "serving", artifacts)
    return {
        "model_registry": model_registry,
        "artifacts": artifacts,
        "serving": target,
        "prediction_log": SqlPredictionLog.open(url),
        "data": LocalDataSource(),
        "data_roots": _roots(home, data_root),
    }


def open_mlflow_registry(home: str | Path, store_url: str, mlflow_uri: str | None) -> Any:
    """MLflow at ``mlflow_uri`` (default: the home's own file); a server keeps run artifacts where it says."""
    from .mlflow_registry import MlflowModelRegistry

    home = Path(home)
    uri = mlflow_uri or f"sqlite:///{(home / 'mlflow.db').resolve()}"
    remote = uri.startswith(("http://", "https://"))
    return MlflowModelRegistry.open(uri, None if remote else (home / "mlflow-artifacts").resolve(), store_url)


def serving_processes(
    home: str | Path, *, ports: tuple[int, int] | None = None, env: Mapping[str, str] | None = None
) -> ProcessServingTarget:
    """The home's serving processes (``<home>/serving``), loading models from ``<home>/artifacts``."""
    return ProcessServingTarget(Path(home) / "serving", Path(home) / "artifacts", ports=ports, env=env)


def _roots(*folders: str | Path | None) -> DataRoots:
    return DataRoots.of(*(f for f in folders if f is not None))


def build_memory_resources(*, data_root: str | Path | None = None) -> dict[str, Any]:
    """The same resources in memory (a throwaway registry, artifact dict and serving target); files are read
    only under ``data_root`` (none without it: bundled datasets only)."""
    return {
        "model_registry": SqlModelRegistry.open(":memory:"),
        "artifacts": MemoryArtifactStore(),
        "serving": LocalServingTarget(),
        "prediction_log": SqlPredictionLog.open(":memory:"),
        "data": LocalDataSource(),
        "data_roots": _roots(data_root),
    }


def close_mlops_resources(resources: dict[str, Any]) -> None:
    """Stop the serving endpoint and close the database connections."""
    resources["serving"].close()
    resources["model_registry"].close()
    resources["prediction_log"].close()
