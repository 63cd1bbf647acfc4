"""The REST API against a careless or hostile client, over HTTP on 127.0.0.1 (`genaiops serve` in its own process):
bytes a path cannot hold, bodies that are not JSON objects, the CLI's words in API errors, and answers that
must match what the OpenAPI document says. Each case was found by fuzzing the served API (schemathesis and
hand-written hypothesis strategies) and answered 500, a vague 400, or a shape the spec does not document."""

from __future__ import annotations

import re
import time
from typing import Any

import httpx
import pytest

Served = Any  # tests/server/conftest.py's Served (a conftest is not imported by name)


def no_traceback(served: Served) -> None:
    """The server's log holds no traceback (an unhandled error reaches it even when the client saw an answer)."""
    assert "Traceback" not in served.log.read_text(encoding="utf-8", errors="replace")


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("POST", "/runs", {"scenario": "gated\x00.yaml"}),
        ("GET", "/scenarios/gated%00", None),
        ("POST", "/runs", {"scenario": "a\x00/../../etc/passwd"}),
    ],
)
def test_a_nul_in_a_scenario_name_is_a_404_naming_it(served: Served, method: str, path: str, body: object) -> None:
    """A scenario name holding NUL (which no file name holds) is an unknown scenario (404 naming it and where the
    catalogue is listed), not a 500 from the file system with a traceback in the log."""
    answer = served.api("alice", method, path, json=body)
    assert answer.status_code == 404, answer.text
    assert "no scenario" in answer.json()["detail"] and "GET /api/v1/scenarios" in answer.json()["detail"]
    no_traceback(served)


def raw(served: Served, path: str, content: bytes, content_type: str) -> Any:
    """POST ``content`` as alice with the given Content-Type (the bytes as they are, nothing encoded)."""
    headers = {"Authorization": f"Bearer {served.tokens['alice']}", "Content-Type": content_type}
    return httpx.post(f"{served.url}/api/v1{path}", content=content, headers=headers, timeout=30)


@pytest.mark.parametrize(
    ("content", "said"),
    [
        (b'{"scenario": "gated\xff"}', "not UTF-8"),
        (b'{"scenario": "gated", "params": {"a": ' + b"[" * 100_000 + b"]" * 100_000 + b"}}", "nested"),
    ],
)
def test_a_body_that_cannot_be_read_as_json_says_why(served: Served, content: bytes, said: str) -> None:
    """A JSON body that is not UTF-8, or nests past what the reader follows, is a 422 at ``body`` saying which
    and what to send (it read only 'There was an error parsing the body', a 400 the spec does not document)."""
    answer = raw(served, "/runs", content, "application/json")
    assert answer.status_code == 422, answer.text
    detail = answer.json()["detail"]
    assert said in detail and "send" in detail, detail
    assert answer.json()["problems"][0]["place"] == "body"
    no_traceback(served)


@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded"])
def test_a_json_body_sent_as_another_content_type_names_the_header(served: Served, content_type: str) -> None:
    """A JSON body under another Content-Type is a 422 naming the header to send and the one given (it read
    'Input should be a valid dictionary or object to extract fields from', which names neither)."""
    answer = raw(served, "/runs", b'{"scenario": "gated"}', content_type)
    assert answer.status_code == 422, answer.text
    detail = answer.json()["detail"]
    assert "Content-Type: application/json" in detail and content_type in detail, detail


CLI_WORDS = re.compile(r"--set\b|`genaiops (runs|approvals|resume|chat)\b")
"""What a web client never typed: the CLI's flag for values and its commands that have an API route."""


def speaks_api(answer: Any) -> str:
    """The answer's detail and problems, checked free of the CLI's words; the detail."""
    body = answer.json()
    said = [body["detail"], *(str(p) for p in body.get("problems", []))]
    assert not [s for s in said if CLI_WORDS.search(s)], said
    return body["detail"]


def test_an_unknown_run_or_approval_points_to_the_route_that_lists_them(served: Served) -> None:
    """404 for an unknown run or approval names the API route that lists them (it named `genaiops runs list`
    and `genaiops approvals list`, commands of a host the client may not have)."""
    run = served.api("alice", "GET", "/runs/run-nope")
    approval = served.api("alice", "GET", "/approvals/ap-nope")
    assert (run.status_code, approval.status_code) == (404, 404)
    assert "GET /api/v1/runs" in speaks_api(run)
    assert "GET /api/v1/approvals" in speaks_api(approval)


def test_a_huge_unknown_id_is_not_echoed_whole(served: Served) -> None:
    """A 10,000-character unknown run, approval or conversation id is answered 404 with the id cut to a short
    line saying its length (it came back whole: the client's own megabyte, in every log that keeps the answer)."""
    huge = "run-" + "x" * 10_000
    for path in (f"/runs/{huge}", f"/approvals/{huge}"):
        answer = served.api("alice", "GET", path)
        assert answer.status_code == 404, answer.text
        detail = answer.json()["detail"]
        assert len(detail) < 400 and "(10,004 characters)" in detail, detail


def test_a_wrong_parameter_is_named_as_the_body_gives_it(served: Served) -> None:
    """A parameter the scenario does not declare is named as the body gives it, under ``params`` (it read
    '--set x: unknown parameter', the CLI's flag)."""
    answer = served.api("bob", "POST", "/runs", json={"scenario": "gated", "params": {"replicas": 2}})
    assert answer.status_code == 422, answer.text
    assert "params: unknown parameter 'replicas'" in speaks_api(answer)


def test_an_amendment_and_a_resume_are_refused_in_the_apis_words(served: Served) -> None:
    """Amending an argument the tool lacks names it as an amended argument (it read '--set NAME'); resuming a run
    that ended points to its API route (it read '`genaiops runs show RUN`')."""
    run_id, approval_id = served.start_paused()
    args_hash = served.api("alice", "GET", f"/approvals/{approval_id}").json()["args_hash"]
    body = {"reason": "smaller", "args_hash": args_hash, "amend": {"replicas": 2}}
    amended = served.api("alice", "POST", f"/approvals/{approval_id}/amend", json=body)
    assert amended.status_code == 422, amended.text
    assert "amended argument replicas: apply_change has no argument 'replicas'" in speaks_api(amended)
    body = {"reason": "not now", "args_hash": args_hash}
    assert served.api("alice", "POST", f"/approvals/{approval_id}/reject", json=body).status_code == 200
    served.wait_status(run_id, "rejected")
    resumed = served.api("bob", "POST", f"/runs/{run_id}/resume")
    assert resumed.status_code == 409, resumed.text
    assert f"GET /api/v1/runs/{run_id}" in speaks_api(resumed)


def test_the_cli_in_server_mode_reads_the_cli_s_words(served: Served) -> None:
    """The command line against the server says what its person types: an unknown run reads `genaiops runs list`
    there (it sends X-GenAIOps-Client: cli), a route over plain HTTP; an unknown parameter reads as on every entry
    point."""
    bad = served.cli("run", "gated", "--set", "replicas=2", who="bob")
    unknown = served.cli("runs", "show", "run-nope", who="bob")
    assert bad.returncode == unknown.returncode == 2, (bad.stderr, unknown.stderr)
    assert "params: unknown parameter 'replicas'" in bad.stderr
    assert "`genaiops runs list`" in unknown.stderr


def documented(spec: dict[str, Any], method: str, path: str, status: int) -> dict[str, Any]:
    """The JSON schema the OpenAPI document gives for ``status`` of ``method path`` (asserted documented)."""
    responses = spec["paths"][f"/api/v1{path}"][method.lower()]["responses"]
    assert str(status) in responses, f"{method} {path} answers {status}; the spec documents {sorted(responses)}"
    return responses[str(status)]["content"]["application/json"]["schema"] | {"components": spec["components"]}


REFUSALS = [
    ("GET", "/runs/{id}", "/runs/run-nope", None, "bob", 404),
    ("GET", "/runs", "/runs?limit=0", None, "bob", 422),
    ("POST", "/runs", "/runs", {"scenario": "gated"}, None, 401),
    ("POST", "/runs", "/runs", {"scenario": "nope"}, "bob", 404),
    ("POST", "/runs", "/runs", {}, "bob", 422),
    ("POST", "/runs/{run_id}/resume", "/runs/run-nope/resume", None, "bob", 404),
    ("POST", "/runs/{run_id}/cancel", "/runs/run-nope/cancel", None, "bob", 404),
    ("GET", "/approvals", "/approvals?status=maybe", None, "bob", 422),
    ("GET", "/approvals/{approval_id}", "/approvals/ap-nope", None, "bob", 404),
    ("POST", "/approvals/{approval_id}/approve", "/approvals/ap-nope/approve", {"reason": "r"}, "bob", 422),
    ("POST", "/approvals/{approval_id}/approve", "/approvals/ap-nope/approve", {"reason": "r", "args_hash": "0" * 64},
     "bob", 404),
    ("GET", "/scenarios/{name}", "/scenarios/nope", None, "bob", 404),
    ("GET", "/conversations/{conversation_id}", "/conversations/chat-nope", None, "bob", 404),
    ("GET", "/audit", "/audit?run=run-nope", None, "bob", 404),
    ("GET", "/me", "/me", None, None, 401),
    ("POST", "/alerts/alertmanager", "/alerts/alertmanager", {}, "bob", 403),
]  # fmt: skip


@pytest.mark.parametrize(("method", "route", "path", "body", "who", "status"), REFUSALS)
def test_refusals_are_documented_as_they_are_answered(
    served: Served, method: str, route: str, path: str, body: Any, who: str | None, status: int
) -> None:
    """Each refusal's status is in the OpenAPI document for its route and its body fits the documented schema:
    every 422 read `detail: [ValidationError]` (FastAPI's default) while the server answers a `detail` string and
    `problems`, and 401/403/404/409 were not documented at all (a generated client had no type for them)."""
    import jsonschema

    spec = httpx.get(f"{served.url}/api/v1/openapi.json", timeout=30).json()
    route = route.replace("{id}", "{run_id}")
    headers = {"Authorization": f"Bearer {served.tokens[who]}"} if who else {}
    answer = httpx.request(method, f"{served.url}/api/v1{path}", json=body, headers=headers, timeout=30)
    assert answer.status_code == status, answer.text
    jsonschema.validate(answer.json(), documented(spec, method, route, status))


def test_a_decision_refused_as_decided_is_documented(served: Served) -> None:
    """The 409 of a second decision on one request is documented with the error schema it is answered in."""
    import jsonschema

    _run_id, approval_id = served.start_paused()
    args_hash = served.api("alice", "GET", f"/approvals/{approval_id}").json()["args_hash"]
    body = {"reason": "ok", "args_hash": args_hash}
    assert served.api("alice", "POST", f"/approvals/{approval_id}/approve", json=body).status_code == 200
    again = served.api("alice", "POST", f"/approvals/{approval_id}/reject", json=body)
    assert again.status_code == 409, again.text
    spec = httpx.get(f"{served.url}/api/v1/openapi.json", timeout=30).json()
    jsonschema.validate(again.json(), documented(spec, "POST", "/approvals/{approval_id}/reject", 409))


def test_the_desk_s_stream_is_documented_as_server_sent_events(served: Served) -> None:
    """POST /conversations/ID/messages answers text/event-stream, and the spec says so (it said JSON)."""
    content = httpx.get(f"{served.url}/api/v1/openapi.json", timeout=30).json()["paths"][
        "/api/v1/conversations/{conversation_id}/messages"
    ]["post"]["responses"]["200"]["content"]
    assert list(content) == ["text/event-stream"]


BIG = b'{"scenario": "gated", "params": {"a": "' + b"x" * 3_000_000 + b'"}}'


@pytest.mark.parametrize("chunked", [False, True], ids=["content-length", "chunked"])
def test_a_huge_body_is_refused_before_it_is_read(served: Served, chunked: bool) -> None:
    """A body over the API's limit is a 413 naming the limit, without a token too: the server read and parsed
    any body whole before it looked at the token (an anonymous 300 MB POST /runs took 31 s and +860 MB before
    its 401). Sent with Content-Length or chunked, it is cut at the limit; the spec documents the 413."""
    import jsonschema

    content = (BIG[i : i + 65_536] for i in range(0, len(BIG), 65_536)) if chunked else BIG
    answer = httpx.post(
        f"{served.url}/api/v1/runs", content=content, headers={"Content-Type": "application/json"}, timeout=30
    )
    assert answer.status_code == 413, answer.text[:300]
    assert "1,048,576 bytes" in answer.json()["detail"]
    spec = httpx.get(f"{served.url}/api/v1/openapi.json", timeout=30).json()
    jsonschema.validate(answer.json(), documented(spec, "POST", "/runs", 413))
    assert served.api("alice", "GET", "/me").status_code == 200
    no_traceback(served)


TYPED = """name: typed
params:
  window: {type: integer, default: 60}
  colour: {default: red, allowed: [red, blue]}
tasks:
  - id: say
    tool: echo
    args: {value: "${params.window} ${params.colour}"}
"""
TOKEN = "sk-proj-abcdefghijklmnopqrstuvwxyz0123456789ABCD"


@pytest.mark.parametrize("params", [{"window": TOKEN}, {"colour": TOKEN}], ids=["wrong-type", "not-allowed"])
def test_a_secret_given_as_a_wrong_parameter_is_not_echoed(served: Served, params: dict[str, str]) -> None:
    """A secret pasted as a parameter value of the wrong type, or not among the allowed ones, is refused without
    quoting it (the 422 read 'params.window=sk-proj-…: not a whole number'; through the CLI, such a line lands
    in a CI log)."""
    (served.root / "scenarios" / "typed.yaml").write_text(TYPED, encoding="utf-8")
    answer = served.api("bob", "POST", "/runs", json={"scenario": "typed", "params": params})
    assert answer.status_code == 422, answer.text
    assert TOKEN[:20] not in answer.text and "looks like a secret" in answer.json()["detail"]


def body_schema(spec: dict[str, Any], path: str) -> dict[str, Any]:
    """The request body's schema of ``POST path``, with the document's components to resolve it."""
    content = spec["paths"][f"/api/v1{path}"]["post"]["requestBody"]["content"]["application/json"]
    return content["schema"] | {"components": spec["components"]}


def test_reject_and_amend_document_the_bodies_they_take(served: Served) -> None:
    """The spec says what each decision takes: a rejection no amended arguments, an amendment some (one body was
    documented for all three, so a body the spec called valid was refused; schemathesis ST202). Refused bodies
    name ``body.amend`` and the fix."""
    import jsonschema

    spec = httpx.get(f"{served.url}/api/v1/openapi.json", timeout=30).json()
    decision = {"reason": "r", "args_hash": "0" * 64}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(decision | {"amend": {"replicas": 2}}, body_schema(spec, "/approvals/{approval_id}/reject"))
    for amend in (None, {}):
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(decision | {"amend": amend}, body_schema(spec, "/approvals/{approval_id}/amend"))
    rejected = served.api("alice", "POST", "/approvals/ap-x/reject", json=decision | {"amend": {"replicas": 2}})
    amended = served.api("alice", "POST", "/approvals/ap-x/amend", json=decision)
    assert (rejected.status_code, amended.status_code) == (422, 422)
    assert rejected.json()["problems"][0]["place"] == "body.amend" and "not reject" in rejected.json()["detail"]
    assert amended.json()["problems"][0]["place"] == "body.amend" and '{"amend": {' in amended.json()["detail"]


def test_the_catalogue_names_its_files_inside_the_folder_not_where_the_server_keeps_them(served: Served) -> None:
    """GET /scenarios and GET /scenarios/NAME name each file as the catalogue holds it (`gated.yaml`), and a
    scenario that does not validate says why on one line, as `genaiops scenario list` does (it said only "1 problem
    in the graph:"); the server's own paths never reach a client (`file` was the absolute path on the server)."""
    broken = served.root / "scenarios" / "broken.yaml"
    broken.write_text("name: broken\ntasks:\n  - id: x\n    tool: no_such_tool\n", encoding="utf-8")
    try:
        listed = served.api("alice", "GET", "/scenarios")
        one = served.api("alice", "GET", "/scenarios/broken")
    finally:
        broken.unlink()
    assert listed.status_code == one.status_code == 200, (listed.text, one.text)
    files = {s["file"]: s["valid"] for s in listed.json()}  # the module's other tests add files of their own
    assert files["broken.yaml"] is False and files["gated.yaml"] is True and all("/" not in f for f in files)
    assert "broken.yaml:4: tasks[0].tool: unknown tool 'no_such_tool'" in one.json()["problem"]
    assert str(served.root) not in listed.text + one.text


def test_starting_a_scenario_that_does_not_validate_names_its_file_inside_the_catalogue(served: Served) -> None:
    """POST /runs with a catalogue scenario that does not validate: 422 whose detail and problems name
    `broken.yaml:4` with the problem and its hint, never the folder the server keeps it in."""
    broken = served.root / "scenarios" / "broken.yaml"
    broken.write_text("name: broken\ntasks:\n  - id: x\n    tool: no_such_tool\n", encoding="utf-8")
    try:
        answer = served.api("alice", "POST", "/runs", json={"scenario": "broken"})
    finally:
        broken.unlink()
    assert answer.status_code == 422, answer.text
    body = answer.json()
    assert "broken.yaml:4: tasks[0].tool: unknown tool 'no_such_tool'" in body["detail"]
    assert body["problems"][0]["place"].startswith("broken.yaml:4")
    assert str(served.root) not in answer.text
    no_traceback(served)


def test_a_secret_in_a_cancel_reason_is_not_kept_in_clear(served: Served) -> None:
    """A token pasted into a cancel's reason is recorded as ⟦LABEL⟧, as a decision's reason is, and the canceller
    is told: the reason reached the run's events and the audit ledger (which can never be taken back) in clear,
    readable by every account (qa-hostile10)."""
    run_id, _ = served.start_paused()
    reason = f"superseded by PR-9; the deploy key was {TOKEN}"
    answer = served.api("alice", "POST", f"/runs/{run_id}/cancel", json={"reason": reason})
    assert answer.status_code == 200, answer.text
    assert "rotate that secret" in answer.json()["detail"]
    shown = served.api("bob", "GET", f"/runs/{run_id}").text
    shown += served.api("bob", "GET", "/audit", params={"run": run_id}).text
    assert "superseded by PR-9" in shown and "⟦" in shown
    assert TOKEN[8:] not in shown


def test_signing_in_as_a_tokens_only_account_takes_as_long_as_an_unknown_name(served: Served) -> None:
    """A name whose account has no password (tokens only: `users add --no-password`, e.g. the Alertmanager
    account) is refused as slowly as an unknown name: it answered at once, where an unknown name paid a password
    hash, so the sign-in page told which accounts exist (qa-hostile10). Four failed sign-ins stay under the
    address's limit of five."""
    added = served.cli("users", "add", "hookbot", "--role", "operator", "--no-password")
    assert added.returncode == 0, added.stderr

    def refused_in(name: str) -> float:
        with httpx.Client(base_url=served.url, timeout=30) as client:
            csrf = re.search(r'name="csrf" value="([^"]+)"', client.get("/signin").text).group(1)
            began = time.perf_counter()
            answer = client.post("/signin", data={"username": name, "password": "not-the-password", "csrf": csrf})
            took = time.perf_counter() - began
        assert answer.status_code == 401, answer.text
        return took

    unknown = min(refused_in(name) for name in ("nobody-one", "nobody-two"))
    tokens_only = min(refused_in("hookbot") for _ in range(2))
    assert tokens_only > unknown / 3, f"tokens-only {tokens_only * 1000:.0f} ms, unknown {unknown * 1000:.0f} ms"
