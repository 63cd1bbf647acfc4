"""Alerts in over HTTP on 127.0.0.1: recorded Alertmanager payloads posted to the real `genaiops serve` with the
bearer token of an account holding the alert role; dedup by fingerprint, grouping, an investigation started
under the gates (and ledgered), resolved alerts closing their incident, and bad payloads answered 4xx."""

from __future__ import annotations

import gzip
import json
import re
import shutil
import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

DATA = Path(__file__).resolve().parents[1] / "data" / "alertmanager"
SCENARIO = Path(__file__).resolve().parents[2] / "scenarios" / "alert_fired.yaml"
RULES = """rules:
  - match: {severity: critical}
    start: alert-fired
    params: {service: "{service}", alertname: "{alertname}", fingerprint: "{fingerprint}", starts_at: "{starts_at}"}
  - match: {flood: "yes"}
    start: gated
  - match: {breaks: "yes"}
    start: broken
"""
BROKEN = """name: broken
tasks:
  - {id: prep, tool: echo, args: {value: "not numbers"}}
  - {id: sums, tool: summarize_series, args: {values: "${prep.value}", tail: 3}, after: [prep]}
"""
MAX_STARTS = 7
SERVED_ENV = {"GENAIOPS_ALERT_MAX_STARTS": str(MAX_STARTS)}  # am starts 7 runs in this file; the flood test 7
PATH = "/alerts/alertmanager"
GENAIOPS = Path(sys.executable).parent / "genaiops"
COPIES = 6


@pytest.fixture(scope="module")
def am(served):  # type: ignore[no-untyped-def]
    """The served home with the alert-fired scenario in its catalogue, an alert rule, and an account ``am``
    (role alerts, token only) as Alertmanager's http_config would use."""
    shutil.copy(SCENARIO, served.root / "scenarios" / "alert_fired.yaml")
    (served.root / "home" / "alert_rules.yaml").write_text(RULES, encoding="utf-8")
    added = served.cli("users", "add", "am", "--role", "alerts", "--no-password")
    assert added.returncode == 0, added.stderr
    made = served.cli("tokens", "create", "--user", "am")
    assert made.returncode == 0, made.stderr
    served.tokens["am"] = made.stdout.strip().splitlines()[-1]
    return served


def _post(served, who: str | None, body: bytes | str, **headers: str) -> httpx.Response:  # type: ignore[no-untyped-def]
    if who is not None:
        headers["Authorization"] = f"Bearer {served.tokens[who]}"
    return httpx.post(f"{served.url}/api/v1{PATH}", content=body, headers=headers, timeout=60)


def _payload(name: str) -> bytes:
    return (DATA / name).read_bytes()


def test_posting_alerts_needs_a_token_and_the_alert_role(am):
    """No token: 401; bob (operator, no alerts role): 403 naming the role; nothing is stored either way."""
    assert _post(am, None, _payload("firing.json")).status_code == 401
    refused = _post(am, "bob", _payload("firing.json"))
    assert refused.status_code == 403 and "'alerts'" in refused.json()["detail"]
    assert am.api("bob", "GET", "/alerts").json() == []


@pytest.mark.parametrize(
    ("body", "said"),
    [
        (b'{"alerts": [', "not valid JSON at line 1 column 13"),
        (b'{"version": "4", "status": "firing"}', "alerts: is missing"),
        (b'{"alerts": {"labels": {}}}', "alerts: is an object"),
        (b'["firing"]', "is a list, not a JSON object"),
        (b'{"alerts": [], "commonLabels": "x"}', "commonLabels: expected an object of labels, got text"),
        (b'{"alerts": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", "nests JSON arrays or objects too deeply"),
        (b'{"alerts": [], "truncatedAlerts": ' + b"9" * 5000 + b"}", "a number of more than 4,300 digits"),
        (b'{"alerts": [], "receiver": "\\ud800"}', "receiver: holds an unpaired UTF-16 surrogate (\\ud800)"),
    ],
)
def test_a_payload_that_is_not_alertmanager_json_is_422_with_the_reason(am, body, said):
    """Malformed JSON, a missing or wrong-typed alerts list, a wrong-typed envelope field, JSON nested past the
    decoder's depth (it was a 500 from a RecursionError), a number past int()'s 4,300 digits (a 500 from a
    ValueError), a receiver that is not Unicode (a 500 from the store): 422 whose detail names the problem (no
    traceback), and nothing stored."""
    answer = _post(am, "am", body, **{"Content-Type": "application/json"})
    assert answer.status_code == 422, answer.text
    assert said in answer.json()["detail"]
    assert "Traceback" not in answer.text
    assert am.api("bob", "GET", "/alerts").json() == []


def test_a_huge_payload_is_413(am):
    """A body above GENAIOPS_ALERT_MAX_BYTES (1 MiB by default) is refused with 413 before it is read whole."""
    huge = json.dumps({"alerts": [], "pad": "x" * 1_100_000})
    answer = _post(am, "am", huge)
    assert answer.status_code == 413 and "GENAIOPS_ALERT_MAX_BYTES" in answer.json()["detail"]


def test_a_critical_alert_starts_a_gated_investigation_once_and_resolving_closes_it(am):
    """firing.json: stored, one incident, alert-fired started for checkout (requested by am) and paused at its
    roll-back gate; the start is a ledger entry carrying the fingerprint. repeat.json: the same row counted twice,
    no second run. resolved.json: the incident is resolved and ledgered, the run keeps its pending approval."""
    first = _post(am, "am", _payload("firing.json"))
    assert first.status_code == 200, first.text
    report = first.json()
    assert report["new"] == ["5f3c1e0a9b7d2c4e"] and len(report["started"]) == 1
    run_id = report["started"][0]["run_id"]
    am.wait_status(run_id, "paused")
    run = am.api("bob", "GET", f"/runs/{run_id}").json()
    assert (run["name"], run["requester"], run["tasks"]["undo"]) == ("alert-fired", "am", "waiting")
    assert run["outputs"]["rank"]["candidates"][0]["service"] == "checkout"
    ledger = am.api("bob", "GET", "/audit", params={"run": run_id}).json()
    assert [e["payload"]["fingerprint"] for e in ledger if e["kind"] == "alert_run_started"] == ["5f3c1e0a9b7d2c4e"]

    again = _post(am, "am", _payload("repeat.json")).json()
    assert (again["repeated"], again["started"], again["incidents"]) == (["5f3c1e0a9b7d2c4e"], [], [])
    (row,) = [a for a in am.api("bob", "GET", "/alerts").json() if a["fingerprint"] == "5f3c1e0a9b7d2c4e"]
    assert (row["notifications"], row["status"]) == (2, "firing")

    closed = _post(am, "am", _payload("resolved.json")).json()
    (incident,) = [i for i in am.api("bob", "GET", "/alerts/incidents").json() if i["run_id"] == run_id]
    assert closed["resolved"] == [incident["incident_id"]] and incident["status"] == "resolved"
    assert any("still waits on 1 approval" in note for note in closed["notes"])
    assert am.api("bob", "GET", f"/runs/{run_id}").json()["status"] == "paused"  # not cancelled behind anyone's back
    kinds = [e["kind"] for e in am.api("bob", "GET", "/audit", params={"run": run_id}).json()]
    assert kinds[0] == "alert_run_started" and "approval_requested" in kinds and kinds[-1] == "alert_resolved"
    assert am.api("bob", "GET", "/audit/verify").json()["ok"] is True


def test_grouped_alerts_join_one_incident_and_an_alert_without_labels_is_kept_with_its_reason(am):
    """grouped.json: checkout and fraud (which calls checkout) form one incident with origin checkout, the disk
    alert on upload another; warnings start nothing. no_labels.json: 422 naming the skipped alert, which is
    stored with its reason; the other alert of the payload is taken."""
    grouped = _post(am, "am", _payload("grouped.json")).json()
    assert len(grouped["incidents"]) == 2 and grouped["started"] == []
    incidents = {i["incident_id"]: i for i in am.api("bob", "GET", "/alerts/incidents").json()}
    members = sorted(sorted(incidents[i]["data"]["fingerprints"]) for i in grouped["incidents"])
    assert members == [["a1c0ffee00000001", "a1c0ffee00000002"], ["a1c0ffee00000003"]]
    assert {incidents[i]["service"] for i in grouped["incidents"]} == {"checkout", "upload"}

    partial = _post(am, "am", _payload("no_labels.json"))
    assert partial.status_code == 422
    assert "b2c0ffee00000002" in partial.json()["detail"] and "no labels" in partial.json()["detail"]
    assert partial.json()["new"] == ["b2c0ffee00000001", "b2c0ffee00000002"]
    rows = {a["fingerprint"]: a for a in am.api("bob", "GET", "/alerts").json()}
    assert rows["b2c0ffee00000002"]["skip_reason"].startswith("alerts[1].labels: no labels")
    assert rows["b2c0ffee00000001"]["incident_id"] is not None


def test_copies_of_one_notification_posted_at_once_make_one_alert_one_incident_and_one_run(am, tmp_path):
    """An HA pair's copies: COPIES threads post the same critical payload to the server at once while
    `genaiops alerts ingest` takes it on the server's home in its own process. One alert row counts all
    COPIES + 1; one report calls it new, the rest repeats; one incident holds it; one investigation is started
    (one report says so, one ``alert_run_started`` ledger entry), the incident's run."""
    data = json.loads(_payload("firing.json"))
    data["alerts"][0].update(fingerprint="ha00c0ffee000001", startsAt="2026-01-06T09:00:00Z")
    body = json.dumps(data)
    (tmp_path / "copy.json").write_text(body, encoding="utf-8")
    cli = subprocess.Popen(
        [str(GENAIOPS), "alerts", "ingest", "--json", str(tmp_path / "copy.json")], env=am.env,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    gate = threading.Barrier(COPIES)
    with ThreadPoolExecutor(COPIES) as pool:
        answers = list(pool.map(lambda _: gate.wait(timeout=30) >= 0 and _post(am, "am", body), range(COPIES)))
    out, err = cli.communicate(timeout=120)
    assert cli.returncode == 0, out + err
    assert all(a.status_code == 200 for a in answers), [a.text for a in answers]
    reports = [a.json() for a in answers] + [json.loads(out)]
    assert sorted(len(r["new"]) for r in reports) == [0] * COPIES + [1]
    assert sum(len(r["repeated"]) for r in reports) == COPIES
    (started,) = [s for r in reports for s in r["started"]]
    (row,) = [a for a in am.api("bob", "GET", "/alerts").json() if a["fingerprint"] == "ha00c0ffee000001"]
    holding = [i for i in am.api("bob", "GET", "/alerts/incidents").json() if row["incident_id"] == i["incident_id"]]
    assert row["notifications"] == COPIES + 1 and [i["run_id"] for i in holding] == [started["run_id"]]
    ledger = am.api("bob", "GET", "/audit", params={"limit": 100_000}).json()
    starts = [
        e for e in ledger if e["kind"] == "alert_run_started" and e["payload"]["fingerprint"] == row["fingerprint"]
    ]
    assert [e["run_id"] for e in starts] == [started["run_id"]]


def test_many_unusable_alerts_get_a_short_detail_and_every_reason_in_skipped(am):
    """300 alerts without labels: 422 whose `detail` names the first five and how many more (a 1 MiB payload of
    200,000 such alerts answered 76 MB, the detail alone 33 MB), while `skipped` still lists every one."""
    body = json.dumps({"version": "4", "alerts": [{"status": "firing", "labels": {"n": str(i)}} for i in range(300)]})
    answer = _post(am, "am", body)
    assert answer.status_code == 422, answer.text
    detail = answer.json()["detail"]
    assert detail.startswith("300 alert(s) could not be used (stored with the reason): ")
    assert detail.count("no alertname label") == 5 and "… and 295 more" in detail
    assert len(detail) < 2_000 and len(answer.json()["skipped"]) == 300


def test_a_listing_cut_by_its_limit_says_how_many_there_are(am):
    """`GET /alerts` and `GET /alerts/incidents` with `limit=1`: one row, and `X-Total-Count` gives all there are
    (the number an uncut listing has), so a client knows the list was cut."""
    assert _post(am, "am", _payload("grouped.json")).status_code in (200, 422)
    for path in ("/alerts", "/alerts/incidents"):
        whole = am.api("bob", "GET", path, params={"limit": 10_000})
        assert whole.status_code == 200 and len(whole.json()) >= 2, whole.text
        assert whole.headers["X-Total-Count"] == str(len(whole.json()))
        cut = am.api("bob", "GET", path, params={"limit": 1})
        assert len(cut.json()) == 1 and cut.headers["X-Total-Count"] == str(len(whole.json())), path


def test_alerts_that_crashed_the_intake_are_kept_with_their_reason(am):
    """A label holding a lone surrogate (the JSON escape \\ud800: a 500 from the store, the alert lost) and a time
    past the year 9999 in UTC (a 500 from an OverflowError): 422 naming both, each stored with its reason."""
    firing = json.loads(_payload("firing.json"))
    odd = [
        {**firing["alerts"][0], "fingerprint": "c3c0ffee00000001", "labels": {"alertname": "A", "service": "\ud800"}},
        {**firing["alerts"][0], "fingerprint": "c3c0ffee00000002", "startsAt": "9999-12-31T23:59:59-01:00"},
    ]
    answer = _post(am, "am", json.dumps({**firing, "alerts": odd}))
    assert answer.status_code == 422, answer.text
    assert "labels.service: holds an unpaired UTF-16 surrogate (\\ud800)" in answer.json()["detail"]
    rows = {a["fingerprint"]: a for a in am.api("bob", "GET", "/alerts", params={"limit": 10_000}).json()}
    assert rows["c3c0ffee00000001"]["skip_reason"].startswith("alerts[0].labels.service: holds an unpaired")
    assert "outside the years 1 to 9999 in UTC" in rows["c3c0ffee00000002"]["skip_reason"]


def test_the_openapi_document_says_what_to_send_and_the_recorded_payloads_fit_it(am):
    """GET /openapi.json documents the webhook's body (the route reads it itself, so FastAPI listed none: a client
    or a schema-driven tool saw a POST taking nothing): Alertmanager's version-4 payload, `alerts` required. Every
    recorded payload Alertmanager sent validates against it, and one whose `alerts` is not a list does not."""
    import jsonschema

    document = httpx.get(f"{am.url}/api/v1/openapi.json", timeout=30).json()
    body = document["paths"]["/api/v1" + PATH]["post"]["requestBody"]
    schema = body["content"]["application/json"]["schema"]
    assert body["required"] is True and schema["required"] == ["alerts"]
    for name in ("firing.json", "resolved.json", "repeat.json", "grouped.json"):
        jsonschema.validate(json.loads(_payload(name)), schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"version": "4", "alerts": {"labels": {}}}, schema)


def test_a_missing_role_says_how_an_account_gets_it(am):
    """The 403 for an account without the alert role, and `users add` of that existing account, say how it gets
    the role: `genaiops users roles NAME --role ...` with the roles it holds kept (the 403 pointed to `users add`,
    which refuses an existing name)."""
    detail = _post(am, "bob", _payload("firing.json")).json()["detail"]
    assert "`genaiops users roles bob --role operator --role alerts`" in detail, detail
    again = am.cli("users", "add", "bob", "--role", "alerts", "--no-password")
    assert again.returncode == 2, again.stdout + again.stderr
    assert "the account 'bob' exists already" in again.stderr, again.stderr
    assert "`genaiops users roles bob --role ROLE`" in again.stderr, again.stderr


def test_a_flapping_alert_back_while_its_run_waits_reopens_its_incident_without_a_second_run(am):
    """firing -> resolved -> firing again (a new startsAt, as Alertmanager sends a flap) while the first run still
    waits on its roll-back approval: the incident is reopened (ledgered, said in the notes) and no second run is
    started (it was a second incident and run asking the same approvals); resolving again closes it again."""

    def sent(status: str, starts: str, ends: str = "0001-01-01T00:00:00Z") -> bytes:
        alert = {"status": status, "fingerprint": "f1a9f1a9f1a9f1a9", "startsAt": starts, "endsAt": ends,
                 "labels": {"alertname": "CheckoutErrors", "service": "checkout", "severity": "critical"}}  # fmt: skip
        body = {"version": "4", "status": status, "receiver": "genaiops", "groupKey": '{}:{alertname="CheckoutErrors"}',
                "truncatedAlerts": 0, "externalURL": "http://alertmanager:9093", "alerts": [alert]}  # fmt: skip
        return json.dumps(body).encode()

    first = _post(am, "am", sent("firing", "2026-12-05T22:20:00Z")).json()
    ((incident_id,), (started,)) = first["incidents"], first["started"]
    am.wait_status(started["run_id"], "paused")
    closed = _post(am, "am", sent("resolved", "2026-12-05T22:20:00Z", "2026-12-05T22:25:00Z")).json()
    assert closed["resolved"] == [incident_id]
    back = _post(am, "am", sent("firing", "2026-12-05T22:27:00Z"))
    assert back.status_code == 200, back.text
    assert (back.json()["incidents"], back.json()["started"]) == ([incident_id], []), back.json()
    assert any(f"incident {incident_id} reopened" in note for note in back.json()["notes"]), back.json()
    mine = [i for i in am.api("bob", "GET", "/alerts/incidents").json() if i["run_id"] == started["run_id"]]
    assert [(i["incident_id"], i["status"]) for i in mine] == [(incident_id, "open")]
    ledger = am.api("bob", "GET", "/audit", params={"run": started["run_id"]}).json()
    assert [e["kind"] for e in ledger if e["kind"].startswith("alert_")][-2:] == ["alert_resolved", "alert_reopened"]
    again = _post(am, "am", sent("resolved", "2026-12-05T22:27:00Z", "2026-12-05T22:31:00Z")).json()
    assert again["resolved"] == [incident_id]
    assert am.api("bob", "GET", "/audit/verify").json()["ok"] is True


def test_a_gzip_payload_is_read_and_a_gzip_bomb_or_another_encoding_refused(am):
    """Content-Encoding: gzip (it was "not UTF-8 text (byte 1)"): a good payload is taken as sent plain; a gzip
    bomb (a few KiB inflating past GENAIOPS_ALERT_MAX_BYTES) is 413 and nothing is stored; a body that is not the
    gzip it says is 422; an encoding not read (br) is 415 naming it. Last in the file: its alerts would join the
    incidents the tests above count."""
    payload = json.loads(_payload("firing.json"))
    for alert in payload["alerts"]:
        alert["fingerprint"] = "gz-" + alert["fingerprint"]
        alert["labels"]["severity"] = "info"  # no rule starts a run for it
    headers = {"Content-Type": "application/json", "Content-Encoding": "gzip"}
    taken = _post(am, "am", gzip.compress(json.dumps(payload).encode()), **headers)
    assert taken.status_code == 200, taken.text
    stored = {a["fingerprint"] for a in am.api("bob", "GET", "/alerts").json()}
    assert stored >= {a["fingerprint"] for a in payload["alerts"]}
    before = len(am.api("bob", "GET", "/alerts").json())
    bomb = gzip.compress(b'{"alerts": [], "pad": "' + b"x" * 50_000_000 + b'"}')
    assert len(bomb) < 100_000
    refused = _post(am, "am", bomb, **headers)
    assert refused.status_code == 413, refused.text
    assert "gzip" in refused.json()["detail"] and "GENAIOPS_ALERT_MAX_BYTES" in refused.json()["detail"]
    assert _post(am, "am", b"not gzip at all", **headers).status_code == 422
    other = _post(am, "am", _payload("firing.json"), **{"Content-Type": "application/json", "Content-Encoding": "br"})
    assert other.status_code == 415 and "'br'" in other.json()["detail"], other.text
    assert len(am.api("bob", "GET", "/alerts").json()) == before


def test_a_webhook_url_with_a_password_in_an_annotation_is_stored_redacted(am):
    """An annotation holding an http(s) URL with `user:password@` (a receiver's basic auth a rule's template
    copied in) is kept as ⟦LABEL⟧ and the answer says to rotate it: the secrets scan knew such URLs only for
    database and mail schemes, so https:// ones were stored and listed in clear to every account (qa-hostile10)."""
    hook = "https://deploy:Zk4v9Qw2Lp7x@hooks.example.com/notify"
    alert = {"status": "firing", "fingerprint": "hooked1", "startsAt": "2026-12-05T13:00:00Z",
             "labels": {"alertname": "HookDown", "service": "checkout", "severity": "warning"},
             "annotations": {"runbook_url": hook, "summary": "the deploy hook is down"}}  # fmt: skip
    body = json.dumps({"version": "4", "status": "firing", "receiver": "genaiops", "alerts": [alert]})
    answer = _post(am, "am", body, **{"Content-Type": "application/json"})
    assert answer.status_code == 200, answer.text
    assert "rotate that secret" in answer.text, answer.text
    listed = am.api("alice", "GET", "/alerts")
    assert "Zk4v9Qw2Lp7x" not in listed.text and "⟦" in listed.text, listed.text[:500]


def test_a_flood_of_new_services_starts_at_most_the_limit_and_records_the_rest(am):
    """An account posting alerts of ever-new services (each an incident of its own) started one run each with no
    bound: now GENAIOPS_ALERT_MAX_STARTS per window start, the rest are answered 200 in `not_started` with the
    reason, stored with it on their incident (no run), and a repeat of them past the limit starts nothing more."""
    added = am.cli("users", "add", "flood", "--role", "alerts", "--no-password")
    assert added.returncode == 0, added.stderr
    am.tokens["flood"] = am.cli("tokens", "create", "--user", "flood").stdout.strip().splitlines()[-1]
    labels = [{"alertname": "Down", "service": f"new-svc-{n}", "flood": "yes"} for n in range(MAX_STARTS + 2)]
    alerts = [{"status": "firing", "fingerprint": f"flood{n}", "startsAt": "2026-12-06T09:00:00Z", "labels": label}
              for n, label in enumerate(labels)]  # fmt: skip
    body = json.dumps({"version": "4", "status": "firing", "receiver": "genaiops", "alerts": alerts})
    answer = _post(am, "flood", body, **{"Content-Type": "application/json"})
    assert answer.status_code == 200, answer.text
    report = answer.json()
    assert (len(report["incidents"]), len(report["started"]), len(report["not_started"])) == (
        MAX_STARTS + 2,
        MAX_STARTS,
        2,
    )
    assert all(f"GENAIOPS_ALERT_MAX_STARTS={MAX_STARTS}" in held["reason"] for held in report["not_started"]), report
    incidents = {i["incident_id"]: i for i in am.api("bob", "GET", "/alerts/incidents").json()}
    for held in report["not_started"]:
        incident = incidents[held["incident"]]
        assert incident["run_id"] is None and "GENAIOPS_ALERT_MAX_STARTS" in incident["data"]["start_error"]["error"]
    again = _post(am, "flood", body, **{"Content-Type": "application/json"}).json()
    assert (again["started"], len(again["not_started"])) == ([], 2), again
    ledger = am.api("bob", "GET", "/audit", params={"limit": 100_000}).json()
    flooded = [e for e in ledger if e["kind"] == "alert_run_started" and e["payload"]["requested_by"] == "flood"]
    assert len(flooded) == MAX_STARTS


def test_each_page_on_a_running_server_investigates_its_own_service(am, wait_for):
    """Two critical alerts for different services posted one after the other to one running server: each
    investigation ranks its own service first and its dry run of the roll back succeeds. Every drill's fault lived
    in the server's one estate, so from the second page on ranking named rates-api (the service the earlier
    faulty ones call) and the dry run failed ("rates-api runs v1 and has no previous version") until a restart."""
    runs = {}
    for n, service in enumerate(("upload", "auth")):
        data = json.loads(_payload("firing.json"))
        data["alerts"][0]["labels"].update(service=service, alertname=f"{service}HighErrorRate")
        data["alerts"][0].update(fingerprint=f"e5a7e00000000{n:03d}", startsAt=f"2026-01-0{7 + n}T10:03:00Z")
        answer = _post(am, "am", json.dumps(data))
        assert answer.status_code == 200, answer.text
        (started,) = answer.json()["started"]
        runs[service] = path = f"/runs/{started['run_id']}"
        wait_for(lambda path=path: am.api("bob", "GET", path).json()["status"] in ("paused", "failed"), service)
    for service, path in runs.items():
        run = am.api("bob", "GET", path).json()
        assert run["status"] == "paused", (service, run["errors"])
        assert run["outputs"]["rank"]["candidates"][0]["service"] == service, (service, run["outputs"]["rank"])
        assert run["tasks"]["plan"] == "succeeded", (service, run["errors"])


def test_a_rule_needing_a_service_an_alert_lacks_says_which_label_to_add(am):
    """A critical alert with no service label hit by the `{service}` rule: the answer and the incident's start
    error name the labels that give a service, the one to add (`service: NAME`) and the rule's other fixes. It
    said only "the alert ... has no such value", with no fix."""
    data = json.loads(_payload("firing.json"))
    data["alerts"][0].update(labels={"alertname": "DiskAlmostFull", "severity": "critical"}, fingerprint="c0de00001")
    answer = _post(am, "am", json.dumps(data))
    (error,) = [e for e in answer.json()["errors"] if "c0de00001" in e]
    assert "has no service label (one of service, app," in error and "add `service: NAME`" in error, error
    assert "give that parameter a fixed value" in error and "`match:`" in error, error
    (incident,) = [
        i for i in am.api("bob", "GET", "/alerts/incidents").json() if "c0de00001" in i["data"]["fingerprints"]
    ]
    assert incident["data"]["start_error"]["error"] in error


def _sign_in(client: httpx.Client, name: str, password: str) -> None:
    """Sign ``client`` (a browser-like client of the served console) in as ``name``."""
    form = client.get("/signin")
    token = re.search(r'name="csrf" value="([^"]+)"', form.text).group(1)
    signed = client.post("/signin", data={"username": name, "password": password, "csrf": token})
    assert signed.status_code == 303, signed.text


def test_the_console_alerts_page_lists_incidents_with_their_run_and_escapes_hostile_annotations(am, passwords):
    """/alerts: sign-in first; then each incident (newest first) with its status, service, alert count and the run
    it started (linked, with its status), firing/resolved filters, and an incident's own page listing its alerts
    with a hostile annotation escaped inside a box marked UNTRUSTED; an unknown incident is 404 and a bad filter
    422. The console had no alerts page at all (404): a second on-call at handover had to use the CLI or the API."""
    added = am.cli("users", "add", "pager", "--role", "alerts", "--no-password")
    assert added.returncode == 0, added.stderr
    am.tokens["pager"] = am.cli("tokens", "create", "--user", "pager").stdout.strip().splitlines()[-1]
    hostile = "<script>window.__xss=1</script><img src=x onerror=alert(1)>"
    alert = {"status": "firing", "fingerprint": "console1", "startsAt": "2030-01-01T00:00:00Z",
             "labels": {"alertname": "PagerDown", "service": "pager-svc", "flood": "yes"},
             "annotations": {"summary": hostile}}  # fmt: skip
    body = json.dumps({"version": "4", "status": "firing", "receiver": "genaiops", "alerts": [alert]})
    report = _post(am, "pager", body, **{"Content-Type": "application/json"}).json()
    (started,) = report["started"]
    incident_id, run_id = started["incident"], started["run_id"]

    assert httpx.get(f"{am.url}/alerts", timeout=60).status_code == 303  # signed out: to sign-in
    assert [a["fingerprint"] for a in am.api("bob", "GET", "/alerts", params={"incident": incident_id}).json()] == [
        "console1"
    ]  # what the page reads, in the API too
    assert am.api("bob", "GET", f"/alerts/incidents/{incident_id}").json()["run_id"] == run_id
    assert am.api("bob", "GET", "/alerts/incidents/ai-nosuchincident").status_code == 404
    with httpx.Client(base_url=am.url, timeout=60) as alice:
        _sign_in(alice, "alice", passwords["alice"])
        listing = alice.get("/alerts")
        assert listing.status_code == 200, listing.text
        assert '<a href="/alerts"' in listing.text  # the navigation link
        first_row = listing.text.split("<tbody>", 1)[1].split("</tr>", 1)[0]  # the newest onset (2030) first
        assert f'href="/alerts/{incident_id}"' in first_row and "pager-svc" in first_row and "firing" in first_row
        assert f'href="/runs/{run_id}"' in first_row and "2030-01-01" in first_row
        assert incident_id not in alice.get("/alerts", params={"status": "resolved"}).text
        assert incident_id in alice.get("/alerts", params={"status": "firing"}).text
        assert alice.get("/alerts", params={"status": "burning"}).status_code == 422

        detail = alice.get(f"/alerts/{incident_id}")
        assert detail.status_code == 200, detail.text
        assert "<script>" not in detail.text and "<img" not in detail.text
        assert "&lt;script&gt;window.__xss=1&lt;/script&gt;" in detail.text
        boxed = detail.text.split('<div class="untrusted">', 1)[1].split("</div>", 1)[0]
        assert "UNTRUSTED" in boxed and "&lt;img src=x onerror=alert(1)&gt;" in boxed
        assert "PagerDown" in detail.text and f'href="/runs/{run_id}"' in detail.text
        assert alice.get("/alerts/ai-nosuchincident").status_code == 404


def test_a_failed_investigation_does_not_hold_its_incident_its_next_firing_starts_a_new_run(am, wait_for):
    """An incident whose run failed stayed tied to it: Alertmanager's next notification of its still-firing alert
    started nothing. Now it starts a new run for the same incident, ledgered with `replaces` (the failed run),
    the failed run kept in the incident's history, shown over HTTP and by `genaiops alerts list --incidents`."""
    (am.root / "scenarios" / "broken.yaml").write_text(BROKEN, encoding="utf-8")
    alert = {"status": "firing", "fingerprint": "b40ce0000000f001", "startsAt": "2026-12-06T08:00:00Z",
             "labels": {"alertname": "SumsBroken", "service": "sums-svc", "breaks": "yes"}}  # fmt: skip
    body = json.dumps({"version": "4", "status": "firing", "receiver": "genaiops", "alerts": [alert]})
    (first,) = _post(am, "am", body, **{"Content-Type": "application/json"}).json()["started"]
    wait_for(lambda: am.api("bob", "GET", f"/runs/{first['run_id']}").json()["status"] == "failed", "the failure")
    again = _post(am, "am", body, **{"Content-Type": "application/json"}).json()
    (second,) = again["started"]
    assert second["incident"] == first["incident"] and second["run_id"] != first["run_id"], again
    assert any(f"its run {first['run_id']} failed" in note for note in again["notes"]), again
    (incident,) = [i for i in am.api("bob", "GET", "/alerts/incidents").json() if i["incident_id"] == first["incident"]]
    assert (incident["run_id"], incident["data"]["runs"]) == (second["run_id"], [first["run_id"]]), incident
    ledger = am.api("bob", "GET", "/audit", params={"run": second["run_id"]}).json()
    assert [e["payload"].get("replaces") for e in ledger if e["kind"] == "alert_run_started"] == [first["run_id"]]
    listed = am.cli("alerts", "list", "--incidents", "--json")
    (row,) = [i for i in json.loads(listed.stdout) if i["incident_id"] == first["incident"]]
    assert (row["run_id"], row["data"]["runs"]) == (second["run_id"], [first["run_id"]]), row
    table = am.cli("alerts", "list", "--incidents", COLUMNS="400").stdout
    assert f"earlier run(s) failed: {first['run_id']}" in table, table
