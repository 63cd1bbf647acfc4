"""SRE tools: metrics in, anomalies detected, incidents correlated, root cause ranked, remediation.

Contract: every tool here is a pure function (pydantic input -> pydantic result) that reads no clock, file,
network or global random state; I/O happens in adapters passed as ``ToolContext`` resources
(``ingest.sources.PrometheusClient``, built from ``GENAIOPS_PROMETHEUS_URL`` by the runtime, is the ``prometheus``
resource ``query_metrics`` and ``observe_services`` read through the PromQL templates of ``ingest.promql``).

Sub-packages that are libraries, not tools: ``ingest`` (CSV / Prometheus parsing and cleaning), ``detectors``
(online anomaly detectors), ``nabscore`` (the NAB scoring method used by ``bench/nab.py``), ``logs`` (log
readers, the online template miner and the Loki client behind ``parse_logs``; docs/logs.md).

Where to add X: a new tool is one module here named after it; a new detector channel is a module in
``detectors`` wired into ``detectors.combined``; a new metrics format is a parser in ``ingest`` registered in
``ingest.loader``.
"""

from typing import TYPE_CHECKING

from genaiops.lazy import lazy_exports

if TYPE_CHECKING:
    from genaiops.tools.sre.ingest import MetricSeries

# Each name is imported from its module on first use (PEP 562): importing one tool of this package (to
# register or validate it) does not import every library module beside it.
_HOME = {
    **dict.fromkeys(("MetricSeries",), "genaiops.tools.sre.ingest"),
}
__getattr__, __dir__ = lazy_exports(__name__, _HOME)

__all__ = ["MetricSeries"]
