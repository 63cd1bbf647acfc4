"""detect_onsets: when each service's latency, errors or utilisation started to rise (for correlation)."""

from __future__ import annotations

from pydantic import BaseModel, Field

from genaiops.registry import tool
from genaiops.tools.sre.diagnosis import Anomaly, OnsetParams
from genaiops.tools.sre.diagnosis import detect_onsets as find_onsets
from genaiops.tools.sre.environment import MetricWindow

_DEFAULT = OnsetParams()


class DetectOnsetsSpec(BaseModel, defer_build=True):
    metrics: MetricWindow
    z: float = Field(default=_DEFAULT.z, gt=0, description="robust z-score a rise must pass")
    persist: int = Field(default=_DEFAULT.persist, ge=1, le=30, description="anomalous steps in a row")
    window: int = Field(default=_DEFAULT.window, ge=5, le=1440, description="trailing baseline, in steps")


class DetectOnsetsResult(BaseModel, defer_build=True):
    anomalies: list[Anomaly]
    series: int
    services_anomalous: list[str]


@tool()
def detect_onsets(args: DetectOnsetsSpec) -> DetectOnsetsResult:
    """Find the onset of every sustained rise in a window of service metrics (latency, error rate,
    utilisation) against a trailing robust baseline. Returns one anomaly per onset with service, metric, time,
    z-score and an explanation — the input `correlate_incidents` and `rank_root_causes` expect."""
    params = OnsetParams(window=args.window, persist=args.persist, z=args.z)
    anomalies = find_onsets(args.metrics, params)
    return DetectOnsetsResult(
        anomalies=anomalies,
        series=sum(len(m) for m in args.metrics.series.values()),
        services_anomalous=sorted({a.service for a in anomalies}),
    )
