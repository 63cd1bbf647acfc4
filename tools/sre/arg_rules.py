"""The rules over several arguments of the SRE tools' inputs: ``model_validator(mode="after")`` functions,
attached to the models in the tools' modules and kept here so that a tool's kept card (``genaiops.toolcards``)
checks its arguments without importing the tool (or the detectors and log libraries it loads). Each reads the
validated fields of ``model`` only; the message it raises says the rule."""

from __future__ import annotations

from typing import Any


def alert_anomalies_some_alerts(model: Any) -> Any:
    """``alert_anomalies`` (``AlertAnomaliesSpec``)."""
    if (model.alerts is None) == (model.payload is None):
        raise ValueError("give `alerts` (a list of Alertmanager alerts) or `payload` (a webhook payload)")
    return model


def consult_memory_one_query(model: Any) -> Any:
    """``consult_memory`` (``ConsultMemorySpec``)."""
    if not (model.symptoms or "").strip() and not model.ranking:
        raise ValueError("give `symptoms` (text) or `ranking` (a rank_root_causes result) to search with")
    return model


def detect_log_anomalies_one_input(model: Any) -> Any:
    """``detect_log_anomalies`` (``DetectLogAnomaliesSpec``)."""
    if sum(x is not None for x in (model.records, model.text, model.query)) > 1:
        raise ValueError("give one of `records` (parsed), `text` (raw) or `query` (LogQL, to Loki), not several")
    if model.reference is not None and model.reference_text is not None:
        raise ValueError("give `reference` (parsed) or `reference_text` (raw), not both")
    return model


def slo_series_same_length(model: Any) -> Any:
    """``evaluate_slo`` (``SLOSeries``)."""
    lengths = {len(v) for v in (model.good, model.bad, model.total, model.values) if v is not None}
    if len(lengths) > 1:
        raise ValueError(f"good, bad, total and values must have the same length; got {sorted(lengths)}")
    for name in ("good", "bad", "total"):  # counts or rates of events: a negative one is not data (null is none)
        counts = getattr(model, name) or []
        if (i := next((i for i, v in enumerate(counts) if v is not None and v < 0), None)) is not None:
            raise ValueError(f"{name}[{i}] = {counts[i]}: event counts and rates cannot be negative")
    for name in ("good", "bad"):
        part, total = getattr(model, name), model.total
        if part is None or total is None:
            continue
        over = next((i for i, (p, t) in enumerate(zip(part, total, strict=True)) if None not in (p, t) and p > t), None)
        if over is not None:
            raise ValueError(f"{name}[{over}] = {part[over]} is more than total[{over}] = {total[over]}")
    return model


def evaluate_slo_one_choice(model: Any) -> Any:
    """``evaluate_slo`` (``EvaluateSLOSpec``)."""
    if sum(x is not None for x in (model.name, model.service, model.slo)) > 1:
        raise ValueError("give one of `name`, `service` or `slo` (or none: every SLO of the SLO file)")
    if model.series is not None and model.slo is None and model.name is None:
        raise ValueError("inline `series` are the samples of one SLO: give `slo` (inline) or `name` with them")
    return model


def query_metrics_one_question(model: Any) -> Any:
    """``query_metrics`` (``QueryMetricsSpec``)."""
    if (model.query is None) == (model.metric is None):
        raise ValueError("give either `query` (PromQL) or `metric` (a name from the PromQL template table)")
    if model.service is not None and model.metric is None:
        raise ValueError("`service` goes with `metric`; in a PromQL `query`, select the service in the query")
    if model.start is not None and model.end is not None and model.end <= model.start:
        raise ValueError(f"end {model.end.isoformat()} must be after start {model.start.isoformat()}")
    return model


def forecast_exhaustion_one_source(model: Any) -> Any:
    """``forecast_exhaustion`` (``ForecastExhaustionSpec``)."""
    given = [n for n in ("values", "series", "metric", "query") if getattr(model, n) is not None]
    if len(given) != 1:
        raise ValueError(f"give exactly one of values, series, metric or query (given: {given or 'none'})")
    if model.limit is not None and model.limit <= 0:
        raise ValueError(f"limit: {model.limit:g} must be positive (the gauge's capacity, e.g. 100 for percent)")
    if model.timestamps is not None and (model.values is None or len(model.timestamps) != len(model.values)):
        raise ValueError("timestamps: give one per value of `values`")
    return model


def parse_logs_one_source(model: Any) -> Any:
    """``parse_logs`` (``ParseLogsSpec``)."""
    if (model.content is None) == (model.query is None):
        raise ValueError("give either `content` (log text) or `query` (LogQL, read from Loki)")
    if model.query is not None and model.format not in ("auto", "loki"):
        raise ValueError(f"format {model.format!r} goes with `content`; a `query` reads Loki's answer")
    if model.start is not None and model.end is not None and model.end <= model.start:
        raise ValueError(f"end {model.end.isoformat()} must be after start {model.start.isoformat()}")
    return model
