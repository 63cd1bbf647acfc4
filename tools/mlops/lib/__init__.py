"""Support code for the MLOps tools (no tools here): tables, estimators, metrics, drift statistics, the model
codec, artifact stores, the model registry, prediction log, serving targets and the resource factory.
The public names are re-exported by ``genaiops.tools.mlops``."""

__all__: list[str] = []
