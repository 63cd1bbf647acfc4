"""MLOps tools: ingest -> train -> validate -> promote -> deploy -> monitor -> retrain -> roll back.

Contract: every tool is a pure function of its arguments and its ``ToolContext``; it reaches storage only
through ``ctx.resources`` (see ``build_mlops_resources``):

- ``model_registry``: a ``ModelRegistry`` (default ``SqlModelRegistry``: tables ``mlops_*`` in the store;
  ``MlflowModelRegistry`` with the optional mlflow extra),
- ``artifacts``: an ``ArtifactStore``, content-addressed by sha256 and hash-checked on every read,
- ``serving``: a ``ServingTarget`` (default ``DrillServingTarget``: batch scoring + local HTTP endpoint in the
  calling process, each deployment recorded under ``<home>/serving`` for later processes),
- ``prediction_log``: a ``PredictionLog`` of scored batches,
- ``data``: a ``DataSource`` reading CSV/Parquet files,
- ``data_roots``: the ``genaiops.data_roots.DataRoots`` every file path is resolved through first (files only
  under GENAIOPS_HOME, the scenario's folder and GENAIOPS_DATA_ROOTS; errors never quote a cell).

Gated tools: ``promote_model`` and ``deploy_model`` (action ``deploys``), ``rollback_model`` (``rolls_back``).
Model artifacts are skops files written canonically (same model, same bytes) and loaded only after their hash
checks out and only with allow-listed types; nothing is unpickled.

Where to add X: a new estimator is one entry in ``lib/estimators.py``; a new registry backend implements
``ModelRegistry``; a new serving target implements ``ServingTarget``; a new tool is one module here.
"""

from typing import TYPE_CHECKING

from genaiops.lazy import lazy_exports

if TYPE_CHECKING:
    from .lib.artifacts import ArtifactIntegrityError, ArtifactStore, LocalArtifactStore, MemoryArtifactStore
    from .lib.codec import UntrustedArtifactError, dump_model, load_model
    from .lib.drift import FeatureDrift, feature_drift
    from .lib.estimators import DEFAULT_ESTIMATORS, ESTIMATORS, build_estimator
    from .lib.metrics import compute_metrics
    from .lib.mlflow_registry import MlflowModelRegistry
    from .lib.model_registry import ModelRegistry, ModelVersion, RegistryEvent, SqlModelRegistry
    from .lib.prediction_log import PredictionBatch, PredictionLog, SqlPredictionLog
    from .lib.resources import (
        RESOURCE_NAMES,
        build_memory_resources,
        build_mlops_resources,
        close_mlops_resources,
    )
    from .lib.serving import Deployment, LocalServingTarget, ServingTarget
    from .lib.tables import BUNDLED_DATASETS, DatasetFingerprint, DataSource, LocalDataSource, Table, load_bundled

# Each name is imported from its module on first use (PEP 562): importing one tool of this package (to
# register or validate it) does not import every library module beside it.
_HOME = {
    **dict.fromkeys(
        ("ArtifactIntegrityError", "ArtifactStore", "LocalArtifactStore", "MemoryArtifactStore"),
        "genaiops.tools.mlops.lib.artifacts",
    ),
    **dict.fromkeys(("UntrustedArtifactError", "dump_model", "load_model"), "genaiops.tools.mlops.lib.codec"),
    **dict.fromkeys(("FeatureDrift", "feature_drift"), "genaiops.tools.mlops.lib.drift"),
    **dict.fromkeys(("DEFAULT_ESTIMATORS", "ESTIMATORS", "build_estimator"), "genaiops.tools.mlops.lib.estimators"),
    **dict.fromkeys(("compute_metrics",), "genaiops.tools.mlops.lib.metrics"),
    **dict.fromkeys(("MlflowModelRegistry",), "genaiops.tools.mlops.lib.mlflow_registry"),
    **dict.fromkeys(
        ("ModelRegistry", "ModelVersion", "RegistryEvent", "SqlModelRegistry"),
        "genaiops.tools.mlops.lib.model_registry",
    ),
    **dict.fromkeys(
        ("PredictionBatch", "PredictionLog", "SqlPredictionLog"), "genaiops.tools.mlops.lib.prediction_log"
    ),
    **dict.fromkeys(
        ("RESOURCE_NAMES", "build_memory_resources", "build_mlops_resources", "close_mlops_resources"),
        "genaiops.tools.mlops.lib.resources",
    ),
    **dict.fromkeys(("Deployment", "LocalServingTarget", "ServingTarget"), "genaiops.tools.mlops.lib.serving"),
    **dict.fromkeys(
        ("BUNDLED_DATASETS", "DatasetFingerprint", "DataSource", "LocalDataSource", "Table", "load_bundled"),
        "genaiops.tools.mlops.lib.tables",
    ),
}
__getattr__, __dir__ = lazy_exports(__name__, _HOME)

__all__ = [
    "BUNDLED_DATASETS",
    "DEFAULT_ESTIMATORS",
    "ESTIMATORS",
    "RESOURCE_NAMES",
    "ArtifactIntegrityError",
    "ArtifactStore",
    "DataSource",
    "DatasetFingerprint",
    "Deployment",
    "FeatureDrift",
    "LocalArtifactStore",
    "LocalDataSource",
    "LocalServingTarget",
    "MemoryArtifactStore",
    "MlflowModelRegistry",
    "ModelRegistry",
    "ModelVersion",
    "PredictionBatch",
    "PredictionLog",
    "RegistryEvent",
    "ServingTarget",
    "SqlModelRegistry",
    "SqlPredictionLog",
    "Table",
    "UntrustedArtifactError",
    "build_estimator",
    "build_memory_resources",
    "build_mlops_resources",
    "close_mlops_resources",
    "compute_metrics",
    "dump_model",
    "feature_drift",
    "load_bundled",
    "load_model",
]
