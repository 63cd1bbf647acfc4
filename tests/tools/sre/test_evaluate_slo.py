"""The evaluate_slo tool: SLOs chosen by name or service from the `slos` resource or given inline, samples from
`series`, a Prometheus source (a fake answering the HTTP API's JSON: a coarse read of the window beside a recent
fine one) or the simulated estate; the evaluation time is the run's time unless `at` says; bad choices are
input errors naming the fix."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from genaiops.errors import ToolInputError
from genaiops.registry import ToolContext
from genaiops.tools import load_tools
from genaiops.tools.sre.evaluate_slo import SLOCatalogue
from genaiops.tools.sre.ingest.promql import PromQueries
from genaiops.tools.sre.simulate import FaultSpec, build_environment
from genaiops.tools.sre.slo import parse_slos

NOW = datetime(2026, 1, 5, 10, 20, tzinfo=UTC)
FILE = """\
slos:
  - {name: checkout-availability, service: checkout, objective: availability, target: 99.9,
     sli: {type: error_ratio, metric: error_rate}}
  - {name: checkout-latency, service: checkout, objective: latency, target: 99, window: 7d,
     sli: {type: threshold, metric: latency_p99_ms, below: 50}}
  - {name: auth-availability, service: auth, objective: availability, target: 99,
     sli: {type: error_ratio, metric: error_rate}}
"""


def call(args: dict[str, Any], **resources: Any) -> dict[str, Any]:
    ctx = ToolContext(run_id="r", task_id="t", idempotency_key="k", now=NOW, resources=resources)
    return load_tools().get("evaluate_slo").invoke(args, ctx).model_dump(mode="json")


def catalogue() -> SLOCatalogue:
    return SLOCatalogue(slos=parse_slos(FILE, "slos.yaml"), where="slos.yaml")


def estate() -> Any:
    fault = FaultSpec(kind="bad_deploy", service="checkout", at=NOW - timedelta(minutes=20), severity=0.7)
    return build_environment({"seed": 3, "faults": [fault]})


def test_a_services_slos_on_the_simulated_estate_page_on_a_bad_deploy() -> None:
    """checkout's two SLOs from the file (auth's left out): 20 minutes of a bad deploy burn both fast enough to
    page (p99 over 50 ms on every step since; 15 % errors against a 0.1 % budget)."""
    result = call({"service": "checkout"}, slos=catalogue(), environment=estate())
    assert [e["name"] for e in result["evaluations"]] == ["checkout-availability", "checkout-latency"]
    assert result["severity"] == "page" and all(e["severity"] == "page" for e in result["evaluations"])
    latency = result["evaluations"][1]
    assert latency["alerts"][0]["short_burn"] == pytest.approx(100)  # every 5m step bad: 100 % / 1 % budget
    assert latency["at"] == "2026-01-05T10:20:00Z"  # the run's time


def test_before_the_fault_nothing_fires() -> None:
    """`at` an hour before the deploy: no alert; the budget is what the estate's baseline spent."""
    result = call({"name": "checkout-latency", "at": "2026-01-05T09:00:00Z"}, slos=catalogue(), environment=estate())
    [only] = result["evaluations"]
    assert only["severity"] is None and only["budget"]["consumed"] == 0


def test_inline_slo_and_series_of_good_and_total_events() -> None:
    """A ratio SLI given inline with its samples: 1 % of requests failing over the last hour (10x on 99.9 %)
    after 6 clean hours: under the pages' 14.4x/1h and 6x/6h (1.7x), over the ticket's 1x/3d and 6h."""
    series = {"start": "2026-01-05T03:21:00Z", "step_seconds": 60, "good": [1000] * 360 + [990] * 60,
              "total": [1000] * 420}  # fmt: skip
    slo = {"name": "api", "service": "api", "objective": "availability", "target": 99.9,
           "sli": {"type": "ratio", "good": "ok", "total": "all"}}  # fmt: skip
    result = call({"slo": slo, "series": series})
    [e] = result["evaluations"]
    one_hour = next(w for w in e["burn_rates"] if w["window"] == "1h")
    assert one_hour["burn_rate"] == pytest.approx(10) and e["severity"] == "ticket"


def test_a_threshold_above_counts_low_steps_as_bad() -> None:
    """`above: 0.5`: a step under it is bad; half the steps under gives a 50 % error rate."""
    slo = {"name": "hit", "service": "cache", "objective": "availability", "target": 99,
           "sli": {"type": "threshold", "metric": "hit_ratio", "above": 0.5}}  # fmt: skip
    series = {"start": "2026-01-05T10:11:00Z", "values": [0.9, 0.1] * 5}
    [e] = call({"slo": slo, "series": series})["evaluations"]
    assert e["budget"]["error_rate"] == pytest.approx(0.5)


class FakePrometheus:
    """Answers every range query with one series: 1000 requests/s in total, `bad_share` of them failing."""

    where = "http://prometheus.test"

    def __init__(self, bad_share: float) -> None:
        self.queries = PromQueries(metrics={"request_rate": "sum(requests{$selector})"})
        self.bad_share = bad_share
        self.reads: list[tuple[str, float]] = []

    def query_range(self, query: str, start: datetime, end: datetime, step_seconds: float) -> str:
        self.reads.append((query, step_seconds))
        value = 1000.0 * (self.bad_share if "code" in query else 1.0)
        count = int((end - start).total_seconds() // step_seconds) + 1
        values = [[start.timestamp() + k * step_seconds, str(value)] for k in range(count)]
        return json.dumps({"status": "success", "data": {"resultType": "matrix", "result": [
            {"metric": {"service": "api"}, "values": values}]}})  # fmt: skip


def test_prometheus_reads_the_window_coarsely_and_the_alert_windows_finely() -> None:
    """30 days at 0.2 % errors on 99.9 %: the budget is spent twice over; a metric of the template table is
    rendered for the SLO's service, PromQL is sent as written; two reads per query, each under 11,000 points."""
    source = FakePrometheus(0.002)
    sli = {"type": "ratio", "bad": 'sum(rate(requests{code=~"5.."}[1m]))', "total": "request_rate"}
    slo = {"name": "api", "service": "api", "objective": "availability", "target": 99.9, "sli": sli}
    [e] = call({"slo": slo}, prometheus=source)["evaluations"]
    assert e["budget"]["consumed"] == pytest.approx(2.0, rel=1e-3) and e["budget"]["exhausted"]
    assert e["budget"]["covered"] == pytest.approx(1.0, abs=0.01)
    assert {q for q, _ in source.reads} == {'sum(requests{service=~"api"})', 'sum(rate(requests{code=~"5.."}[1m]))'}
    steps = sorted({s for _, s in source.reads})
    assert steps == [60, 260] and 3 * 86400 / 60 < 11000 and 30 * 86400 / 260 < 11000


@pytest.mark.parametrize(
    ("args", "resources", "message"),
    [
        ({"name": "checkout-availabilty"}, {}, "no SLO 'checkout-availabilty' (did you mean 'checkout-availability'?)"),
        ({"name": "x", "service": "y"}, {}, "give one of `name`, `service` or `slo`"),
        ({"slo": {"name": "a", "service": "checkout", "objective": "availability", "target": 99,
                  "sli": {"type": "error_ratio", "metric": "eror_rate"}}}, {}, "did you mean 'error_rate'"),
        ({"slo": {"name": "a", "service": "checkout", "objective": "availability", "target": 99,
                  "sli": {"type": "ratio", "bad": "b", "total": "t"}}}, {"prometheus": None}, "counts no events"),
    ],
)  # fmt: skip
def test_bad_choices_are_input_errors_naming_the_fix(args: dict, resources: dict, message: str) -> None:
    """An unknown SLO name (did you mean), two choices at once, a metric the simulator lacks, a ratio SLI
    without Prometheus."""
    resources = {"slos": catalogue(), "environment": estate(), **resources}
    resources = {k: v for k, v in resources.items() if v is not None}
    with pytest.raises(ToolInputError, match=re.escape(message)):
        call(args, **resources)


RATIO = {
    "name": "a",
    "service": "checkout",
    "objective": "availability",
    "target": 99.9,
    "sli": {"type": "ratio", "good": "g", "total": "t"},
}
SHARE = {
    "name": "b",
    "service": "checkout",
    "objective": "availability",
    "target": 99.9,
    "sli": {"type": "error_ratio", "metric": "error_rate"},
}


@pytest.mark.parametrize(
    ("slo", "series", "message"),
    [
        (RATIO, {"good": [5, 5], "total": [1, 1]}, "good[0] = 5.0 is more than total[0] = 1.0"),
        (RATIO, {"good": [1, -1], "total": [1, 1]}, "good[1] = -1.0: event counts and rates cannot be negative"),
        (SHARE, {"values": [0.1, 1.5]}, "series.values[1] = 1.5: SLO b reads an error ratio"),
    ],
)  # fmt: skip
def test_inline_series_that_cannot_be_events_are_input_errors(slo: dict, series: dict, message: str) -> None:
    """Inline samples with more good events than events, a negative count, or an error ratio over 1 are input
    errors naming the sample; before, they were clipped into a budget quietly (good > total: 0 % spent; a
    negative good: a 500x burn)."""
    series = {"start": "2026-01-05T10:00:00Z", "step_seconds": 60, **series}
    with pytest.raises(ToolInputError, match=re.escape(message)):
        call({"slo": slo, "series": series})


def test_no_slo_for_the_service_is_an_empty_answer() -> None:
    """The SRE playbook asks about any service: one without an SLO gets no evaluation, not an error."""
    result = call({"service": "geo"}, slos=catalogue(), environment=estate())
    assert result["evaluations"] == [] and result["severity"] is None and "no SLO" in result["summary"]
