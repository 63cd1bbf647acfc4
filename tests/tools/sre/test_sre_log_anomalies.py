"""Log anomalies: new templates, bursts, drops and error surges with explanations; log evidence in diagnosis;
the simulator's logs for every fault kind."""

import json
import random
from datetime import UTC, datetime, timedelta

import pytest

from genaiops.errors import ToolInputError
from genaiops.registry import ToolContext
from genaiops.tools import load_tools
from genaiops.tools.sre.diagnosis import Anomaly
from genaiops.tools.sre.environment import DependencyEdge, ServiceTopology
from genaiops.tools.sre.simulate import ALL_FAULT_KINDS, EPOCH, FaultSpec, SimulatedEnvironment, build_topology

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
STEADY = (  # level, message, lines per minute
    ("info", "GET /api/orders/{n} 200 in {ms} ms", 6),
    ("info", "health check ok", 1),
    ("warn", "retrying request {hex} (attempt 2 of 3)", 0.5),
    ("error", "payment {hex} declined by the card issuer", 0.3),
)


def _lines(service: str, minutes: range, per_minute: float, level: str, message: str, seed: int) -> list[dict]:
    rng = random.Random(f"{seed}-{service}-{message}")
    out = []
    for m in minutes:
        count = int(per_minute) + (rng.random() < per_minute % 1)
        for _ in range(count):
            text = message.format(n=rng.randrange(10_000), ms=rng.randrange(5, 90), hex=f"{rng.getrandbits(32):08x}")
            ts = T0 + timedelta(minutes=m, seconds=rng.uniform(0, 59.9))
            out.append({"ts": ts.isoformat().replace("+00:00", "Z"), "level": level, "service": service, "msg": text})
    return out


def steady(service: str = "checkout", minutes: range = range(0, 60), seed: int = 0) -> list[dict]:
    return [row for level, msg, rate in STEADY for row in _lines(service, minutes, rate, level, msg, seed)]


def text(rows: list[dict]) -> str:
    return "".join(json.dumps(r) + "\n" for r in sorted(rows, key=lambda r: r["ts"]))


def detect(args: dict, ctx: ToolContext | None = None):
    ctx = ctx or ToolContext(run_id="r", task_id="t", idempotency_key="k", now=T0 + timedelta(hours=2))
    return load_tools().get("detect_log_anomalies").invoke(args, ctx)


def test_steady_logs_raise_no_alarm():
    """Two services writing the same mix of lines for an hour (Poisson-like noise) give no finding at all."""
    result = detect({"text": text(steady("checkout") + steady("payments", seed=1))})
    assert result.findings == [] and result.anomalies == []
    assert result.lines > 600 and result.templates == 4 and "30 minutes before" in result.baseline


def test_a_new_template_is_named_with_its_count_and_the_reference_window():
    """A line never seen in a week of reference logs is a new template: count in 5 minutes, onset, and why."""
    week = range(-7 * 1440, 0, 30)  # the reference: the usual lines every half hour for a week
    reference = [r for level, msg, _ in STEADY for r in _lines("checkout", week, 1, level, msg, 7)]
    refused = _lines("checkout", range(40, 45), 60, "error", "Connection refused to 10.0.3.{ms}:5432", 3)
    result = detect({"text": text(steady(minutes=range(0, 60)) + refused), "reference_text": text(reference)})
    [new] = [f for f in result.findings if f.kind == "new_template"]
    assert new.service == "checkout" and new.level == "error" and new.severity == "critical"
    assert (new.template or "").startswith("Connection refused to <")
    assert T0 + timedelta(minutes=40) <= new.onset < T0 + timedelta(minutes=41)
    assert "appeared 300 times in 5 minutes from 09:40" in new.explanation
    assert "never seen in the last 7 days" in new.explanation
    anomaly = next(a for a in result.anomalies if a.metric == "log:new_template")
    assert anomaly.source == "log" and anomaly.onset == new.onset and anomaly.value == 300


def test_a_burst_of_a_known_template_is_measured_against_its_own_rate():
    """A template usually written twice a minute, written 40 times a minute for 5 minutes, is a burst."""
    rows = steady() + _lines("checkout", range(45, 50), 40, "warn", "retrying request {hex} (attempt 2 of 3)", 5)
    result = detect({"text": text(rows)})
    [burst] = [f for f in result.findings if f.kind == "burst"]
    assert (burst.template or "").startswith("retrying request <")
    assert T0 + timedelta(minutes=45) <= burst.onset < T0 + timedelta(minutes=46)
    assert burst.count >= 190 and burst.usual < 5
    assert "in 5 minutes from 09:45 against a usual" in burst.explanation


def test_records_from_parse_logs_are_judged_like_text():
    """parse_logs' records (the tool chain an agent uses) give the same burst as the raw text."""
    rows = steady() + _lines("checkout", range(45, 50), 40, "warn", "retrying request {hex} (attempt 2 of 3)", 5)
    ctx = ToolContext(run_id="r", task_id="t", idempotency_key="k", now=T0 + timedelta(hours=2))
    parsed = load_tools().get("parse_logs").invoke({"content": text(rows), "max_records": 100_000}, ctx)
    from_records = detect({"records": [r.model_dump() for r in parsed.records]})
    assert [f.explanation for f in from_records.findings] == [
        f.explanation for f in detect({"text": text(rows)}).findings
    ]
    assert [f.kind for f in from_records.findings] == ["burst"]


class _Loki:
    """A fake Loki resource: query_range answers the rows as one stream per service, as many as `limit` allows."""

    where = "Loki at http://127.0.0.1:3100"

    def __init__(self, rows: list[dict]) -> None:
        self.rows, self.asked = sorted(rows, key=lambda r: r["ts"]), []

    def query_range(self, query: str, start: datetime, end: datetime, limit: int) -> str:
        self.asked.append((query, start, end, limit))
        streams: dict[str, list] = {}
        for r in self.rows[:limit]:
            ns = int(datetime.fromisoformat(r["ts"]).timestamp()) * 10**9
            streams.setdefault(r["service"], []).append([str(ns), f"{r['level'].upper()} {r['msg']}"])
        result = [{"stream": {"service_name": s}, "values": v} for s, v in streams.items()]
        return json.dumps({"status": "success", "data": {"resultType": "streams", "result": result}})


def test_a_loki_query_is_judged_whole_where_parse_logs_records_stop_at_max_records():
    """parse_logs returns its first 500 records, so detection over them misses a surge in the last lines; a
    LogQL `query` to detect_log_anomalies reads every line Loki returns over `lookback_minutes` and finds it,
    and says when Loki stopped at `limit`."""
    rows = steady(minutes=range(0, 110)) + _lines("checkout", range(100, 105), 60, "error", "disk full on /{n}", 5)
    ctx = ToolContext(run_id="r", task_id="t", idempotency_key="k", now=T0 + timedelta(minutes=110))
    parsed = load_tools().get("parse_logs").invoke({"content": text(rows)}, ctx)
    assert len(parsed.records) == 500 < parsed.lines and detect({"records": parsed.records}, ctx).findings == []
    loki = _Loki(rows)
    ctx = ToolContext(run_id="r", task_id="t", idempotency_key="k", now=ctx.now, resources={"loki": loki})
    found = detect({"query": '{service_name="checkout"}', "lookback_minutes": 110}, ctx)
    assert found.lines == len(rows) and {"error_surge", "new_template"} <= {f.kind for f in found.findings}
    assert loki.asked == [('{service_name="checkout"}', T0, T0 + timedelta(minutes=110), 5000)]
    capped = detect({"query": "{}", "lookback_minutes": 110, "limit": 300}, ctx)
    assert capped.lines == 300 and "Loki returned its limit of 300 lines" in capped.baseline


def test_a_drop_of_the_whole_log_volume_is_reported_once():
    """A service that stops writing (requests no longer arrive) is one volume drop, not one per template."""
    rows = [r for r in steady() if r["ts"] < (T0 + timedelta(minutes=40)).isoformat()]
    rows += steady(minutes=range(40, 60), seed=9)[:5]  # a trickle
    result = detect({"text": text(rows), "end": (T0 + timedelta(minutes=60)).isoformat()})
    drops = [f for f in result.findings if f.kind == "drop"]
    assert len(drops) == 1 and drops[0].template is None
    assert T0 + timedelta(minutes=38) <= drops[0].onset <= T0 + timedelta(minutes=41)
    assert "log volume of checkout fell to" in drops[0].explanation and "below" in drops[0].explanation


def test_a_template_that_stops_while_others_go_on_is_a_template_drop():
    """The request lines stop while the health checks go on: that template (only) dropped."""
    cut = (T0 + timedelta(minutes=40)).isoformat()
    rows = [r for r in steady() if not (r["msg"].startswith("GET") and r["ts"] >= cut)]
    result = detect({"text": text(rows), "end": (T0 + timedelta(minutes=60)).isoformat()})
    [drop] = [f for f in result.findings if f.kind == "drop"]
    assert drop.template is not None and drop.template.startswith("GET")


def test_an_error_surge_spread_over_many_templates_is_found():
    """Errors spread over many messages (none a burst alone) still surge at the service level."""
    rows = steady()
    for i in range(12):
        rows += _lines("checkout", range(50, 55), 0.6, "error", f"job step{i} failed: code {{n}}", 11 + i)
    result = detect({"text": text(rows)})
    [surge] = [f for f in result.findings if f.kind == "error_surge"]
    assert surge.service == "checkout" and surge.count >= 20
    assert "error-level lines on checkout" in surge.explanation and "against a usual" in surge.explanation
    assert not [f for f in result.findings if f.kind == "burst"]


def test_bad_log_input_gets_a_clear_error():
    """Text with no readable line, records and text together, or no logs to read are input errors saying why."""
    with pytest.raises(ToolInputError, match="not several"):
        detect({"text": "x", "records": []})
    with pytest.raises(ToolInputError, match="jsonl"):
        detect({"text": "\x00\x01 binary junk\n", "format": "jsonl"})
    real = ToolContext(run_id="r", task_id="t", idempotency_key="k", now=T0, resources={"prometheus": object()})
    with pytest.raises(ToolInputError, match="metrics come from Prometheus: pass that estate's logs"):
        detect({}, real)
    with pytest.raises(ToolInputError, match="exports no logs"):
        detect({}, ToolContext(run_id="r", task_id="t", idempotency_key="k", now=T0, resources={"environment": 1}))


def test_lines_that_name_no_service_are_an_error_or_a_note_never_silently_dropped():
    """Plain lines with no service and no `service` argument: an input error saying to give it (they found
    nothing before, silently); with `service` the same lines are judged; when only some lines lack a service,
    the others are judged and `baseline` says how many were not."""
    rows = steady() + _lines("checkout", range(50, 55), 60, "error", "Connection refused to 10.0.0.{n}:5432", 9)
    plain = "".join(f"{r['ts']} {r['level'].upper()} {r['msg']}\n" for r in sorted(rows, key=lambda r: r["ts"]))
    with pytest.raises(ToolInputError, match="no line names its service .* give `service`"):
        detect({"text": plain})
    judged = detect({"text": plain, "service": "checkout"})
    assert "checkout" in judged.services_anomalous and "error_surge" in " ".join(judged.report)
    unnamed = [{k: v for k, v in r.items() if k != "service"} for r in rows if "refused" in r["msg"]]
    mixed = detect({"text": text(steady() + unnamed)})
    assert f"{len(unnamed)} line(s) name no service and were not judged" in mixed.baseline


# -- log evidence in diagnosis -----------------------------------------------------------------------------------

TOPOLOGY = ServiceTopology(
    services=["frontend", "checkout", "payments", "db"],
    edges=[
        DependencyEdge(caller=a, callee=b)
        for a, b in [("frontend", "checkout"), ("checkout", "payments"), ("payments", "db")]
    ],
    ingress={"frontend": 1.0},
)


def _metric(service: str, minute: float, metric: str = "error_rate") -> Anomaly:
    return Anomaly(service=service, metric=metric, onset=T0 + timedelta(minutes=minute), score=10.0)


def _log(service: str, minute: float, kind: str = "new_template") -> Anomaly:
    return Anomaly(
        service=service, metric=f"log:{kind}", onset=T0 + timedelta(minutes=minute), score=20.0, source="log"
    )


def test_a_service_whose_logs_fail_first_beats_one_with_only_earlier_metric_symptoms():
    """payments' metrics move after checkout's, so metrics alone blame checkout; payments' logs failing first
    (a new error template) make it the root, with the evidence saying so."""
    rank = load_tools().get("rank_root_causes")
    ctx = ToolContext(run_id="r", task_id="t", idempotency_key="k", now=T0 + timedelta(hours=1))
    metrics = [_metric("frontend", 13), _metric("checkout", 10), _metric("payments", 14)]
    before = rank.invoke({"anomalies": metrics, "topology": TOPOLOGY}, ctx)
    assert before.candidates[0].service == "checkout"
    logs = [_log("payments", 9.5), _log("checkout", 10.2, "error_surge")]
    after = rank.invoke({"anomalies": metrics + logs, "topology": TOPOLOGY}, ctx)
    top = after.candidates[0]
    assert top.service == "payments" and top.evidence.logs_first
    assert top.evidence.log_onset == T0 + timedelta(minutes=9.5)
    assert "its logs went bad first (09:09:30)" in top.summary
    assert not after.candidates[1].evidence.logs_first


def test_correlation_takes_log_and_alert_evidence_beside_metrics():
    """Log anomalies (and alerts) go into the same incidents as metric anomalies of related services."""
    correlate = load_tools().get("correlate_incidents")
    ctx = ToolContext(run_id="r", task_id="t", idempotency_key="k", now=T0 + timedelta(hours=1))
    alert = Anomaly(service="frontend", metric="HighErrorRate", onset=T0 + timedelta(minutes=12), source="alert")
    given = [_log("db", 9), _metric("payments", 10), _metric("checkout", 11), alert]
    result = correlate.invoke({"anomalies": given, "topology": TOPOLOGY}, ctx)
    [incident] = result.incidents
    assert incident.origins == ["db"] and incident.services == ["db", "payments", "checkout", "frontend"]
    assert {a.source for a in incident.anomalies} == {"log", "detector", "alert"}


# -- the simulator's logs ------------------------------------------------------------------------------------------

EXPECTED = {  # fault kind -> (who writes it: own or caller, words in the line)
    "latency_spike": ("own", "slow request"),
    "error_burst": ("own", "NullPointerException"),
    "resource_exhaustion": ("own", "CPU throttled"),
    "bad_deploy": ("own", "TypeError"),
    "dependency_outage": ("caller", "Connection refused to"),
    "connection_pool_exhaustion": ("own", "Connection is not available"),
    "slow_database": ("own", "slow query"),
    "retry_storm": ("own", "queue depth"),
    "cache_stampede": ("caller", "falling back to the database"),
    "certificate_expiry": ("caller", "x509: certificate has expired"),
    "dns_failure": ("caller", "no such host (NXDOMAIN)"),
    "thread_pool_starvation": ("own", "thread pool exhausted"),
    "memory_leak": ("own", "OOMKilled"),
    "noisy_neighbour": ("own", "CPU steal time"),
}
SHOP = build_topology("shop", 0)
_EDGE = next(e for e in SHOP.edges if SHOP.profiles[e.caller].observed and SHOP.profiles[e.callee].observed)
AT = EPOCH + timedelta(hours=10)


def test_every_fault_kind_has_its_lines():
    """The table above covers every fault kind the simulator knows."""
    assert set(EXPECTED) == set(ALL_FAULT_KINDS)


@pytest.mark.parametrize("kind", ALL_FAULT_KINDS)
def test_the_simulator_writes_each_fault_kinds_lines_from_its_onset(kind):
    """Each fault kind makes the faulty service (or its callers) write its own lines, none before the onset."""
    env = SimulatedEnvironment(SHOP, seed=4)
    env.inject(FaultSpec(kind=kind, service=_EDGE.callee, at=AT, severity=0.8))
    who, words = EXPECTED[kind]
    writer = _EDGE.callee if who == "own" else _EDGE.caller
    lines = env.logs(AT - timedelta(minutes=10), AT + timedelta(minutes=25), [writer])
    rows = [json.loads(x) for x in lines.splitlines()]
    hits = [r for r in rows if words in r["msg"] and r["service"] == writer]
    assert hits, f"no {words!r} line on {writer}"
    assert min(r["ts"] for r in hits) >= AT.isoformat().replace("+00:00", "")
    assert {r["level"] for r in hits} <= {"warn", "error", "fatal"}
    assert any(r["msg"] == "health check ok" for r in rows)  # background lines go on around the fault


def test_the_simulators_logs_are_steady_without_a_fault_and_name_the_fault_with_one():
    """90 minutes of two healthy services' logs raise nothing; a dependency outage is found on its callers with
    the connection-refused template, starting at the fault's minute."""
    env = SimulatedEnvironment(SHOP, seed=4)
    ctx = ToolContext(run_id="r", task_id="t", idempotency_key="k", now=AT, resources={"environment": env})
    pair = [_EDGE.caller, _EDGE.callee]
    healthy = detect({"lookback_minutes": 90, "services": pair}, ctx)
    assert healthy.findings == [] and healthy.lines > 1000
    env.inject(FaultSpec(kind="dependency_outage", service=_EDGE.callee, at=AT - timedelta(minutes=15)))
    found = detect({"lookback_minutes": 60, "services": pair}, ctx)
    refused = [f for f in found.findings if f.service == _EDGE.caller and f.kind == "new_template"]
    assert any("Connection refused to" in (f.template or "") for f in refused)
    assert min(f.onset for f in refused) >= AT - timedelta(minutes=15)


def test_logs_are_a_pure_function_of_the_window():
    """The same window read twice, or inside a larger one, gives the same lines."""
    env = SimulatedEnvironment(SHOP, seed=2)
    a = env.logs(AT, AT + timedelta(minutes=5), [_EDGE.caller])
    b = env.logs(AT - timedelta(minutes=5), AT + timedelta(minutes=10), [_EDGE.caller])
    assert a and a == env.logs(AT, AT + timedelta(minutes=5), [_EDGE.caller])
    assert a in b


def test_log_anomalies_given_with_metrics_join_the_onsets_found_there():
    """rank_root_causes given a metric window and the tool's log anomalies ranks on both: the incident holds
    metric and log evidence and the faulty service comes first."""
    env = SimulatedEnvironment(SHOP, seed=4)
    env.inject(FaultSpec(kind="dependency_outage", service=_EDGE.callee, at=AT - timedelta(minutes=15), severity=0.8))
    ctx = ToolContext(run_id="r", task_id="t", idempotency_key="k", now=AT, resources={"environment": env})
    logs = detect({"lookback_minutes": 60, "services": [_EDGE.caller, _EDGE.callee]}, ctx)
    window = env.observe(AT - timedelta(minutes=60), AT)
    ranked = load_tools().get("rank_root_causes").invoke({"metrics": window, "anomalies": logs.anomalies}, ctx)
    assert ranked.candidates[0].service == _EDGE.callee
    assert {a.source for a in ranked.incident.anomalies} == {"detector", "log"}
    metric_only = load_tools().get("rank_root_causes").invoke({"metrics": window}, ctx)
    assert {a.source for a in metric_only.incident.anomalies} == {"detector"}
