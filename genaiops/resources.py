"""Resources that exist only when a setting configures them (a real Prometheus, an MLflow server, ...).

Tools name the resources they read with ``@tool(uses=...)`` and those they cannot run without with
``@tool(needs=...)``. ``RESOURCE_SETTINGS`` says, per optional resource, which setting configures it: validation
turns a task whose tool needs an unconfigured one into a problem naming that setting (``graphs/validate.py``, given
the configured names by ``genaiops.runtime.configured_resources``), and ``ToolContext.resource`` says the same at
run time. Resources every engine has (``environment``, ``receiver``, ``secrets`` ...) have no row: they are never
missing. A new optional resource is one row here and one line in ``runtime.configured_resources``.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["RESOURCE_SETTINGS", "ResourceSetting", "unconfigured"]


@dataclass(frozen=True, slots=True)
class ResourceSetting:
    """The setting that configures an optional resource, what the resource is and where its setup is written
    (for messages); ``fix``, when setting it is not the fix."""

    setting: str
    what: str
    doc: str = "README, Real systems"
    fix: str | None = None


RESOURCE_SETTINGS: dict[str, ResourceSetting] = {
    "prometheus": ResourceSetting("GENAIOPS_PROMETHEUS_URL", "Prometheus"),
    "loki": ResourceSetting("GENAIOPS_LOKI_URL", "Loki", "docs/logs.md"),
    # Present while the MLOps tools work on the home's drill registry and serving stand-ins (no MLflow, no serving
    # processes): what the drill-staging tool needs, since staging a model on a real registry is not a drill.
    "drill_mlops": ResourceSetting(
        "GENAIOPS_MLFLOW_URI",
        "the home's drill registry and serving",
        fix="unset GENAIOPS_MLFLOW_URI and GENAIOPS_SERVING (a drill never writes to a real registry or endpoint); "
        "on real systems train, promote and deploy with the gated tools",
    ),
}


def unconfigured(resource: str) -> str | None:
    """``needs Prometheus: set GENAIOPS_PROMETHEUS_URL (see README, Real systems)``; None for resources every
    engine has."""
    row = RESOURCE_SETTINGS.get(resource)
    if row is None:
        return None
    return f"needs {row.what}: {row.fix or f'set {row.setting}'} (see {row.doc})"
