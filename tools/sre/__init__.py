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

from genaiops.tools.sre.ingest import MetricSeries

__all__ = ["MetricSeries"]
