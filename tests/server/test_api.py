"""The REST API through HTTP (FastAPI's TestClient, the app's lifespan and worker running): every route answers
its happy path, 401 without a usable token, 403 to a caller without the role or deciding their own request, 422
to malformed input and 404 to unknown ids; refused decisions (decided, expired, stale) change nothing."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from genaiops.accounts import Accounts
from genaiops.server import create_app
from genaiops.settings import load_settings
from genaiops.store import Store

GATED = (Path(__file__).parent / "gated.yaml").read_text(encoding="utf-8")
ACCOUNTS = {"alice": ["operator"], "bob": ["operator"], "carol": ["viewer"], "dave": ["sre_oncall"]}


@dataclass
class Api:
    client: TestClient
    tokens: dict[str, str]
    home: Path
    wait_for: Callable[..., Any]
    """The shared ``wait_for`` fixture (tests/server/conftest.py): poll without fixed sleeps."""

    def as_(self, who: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.tokens[who]}"}

    def get(self, who: str, path: str, **kw: Any) -> Any:
        answer = self.client.get(f"/api/v1{path}", headers=self.as_(who), **kw)
        assert answer.status_code == 200, answer.text
        return answer.json()

    def post(self, who: str, path: str, body: Any = None) -> Any:
        return self.client.post(f"/api/v1{path}", headers=self.as_(who), json=body)

    def store(self) -> Store:
        return Store.open(f"sqlite:///{self.home / 'genaiops.db'}", read_only=True)


def make_home(root: Path, policy: str | None = None) -> tuple[Path, Path, dict[str, str]]:
    """A home with the accounts of ``ACCOUNTS`` (a token each), a policy, and a catalogue holding GATED."""
    home, scenarios = root / "home", root / "scenarios"
    home.mkdir(parents=True)
    scenarios.mkdir()
    (scenarios / "gated.yaml").write_text(GATED, encoding="utf-8")
    if policy is not None:
        (home / "policy.yaml").write_text(policy, encoding="utf-8")
    accounts = Accounts(str(home / "genaiops.db"))
    now = datetime.now(UTC)
    tokens = {}
    for name, roles in ACCOUNTS.items():
        accounts.add(name, roles, None, by="admin", at=now)
        tokens[name] = accounts.create_token(name, label="test", by="admin", at=now)[1]
    accounts.close()
    return home, scenarios, tokens


@pytest.fixture
def make_api(tmp_path: Path, wait_for: Callable[..., Any]) -> Iterator[Callable[..., Api]]:
    opened: list[TestClient] = []

    def make(policy: str | None = None, name: str = "a") -> Api:
        home, scenarios, tokens = make_home(tmp_path / name, policy)
        settings = load_settings(home=home, scenarios_dir=scenarios, worker_interval=0.05, guardrails="off")
        client = TestClient(create_app(settings))
        client.__enter__()
        opened.append(client)
        return Api(client, tokens, home, wait_for)

    yield make
    for client in opened:
        client.__exit__(None, None, None)


@pytest.fixture
def api(make_api: Callable[..., Api]) -> Api:
    return make_api()


def start_paused(api: Api, who: str = "bob") -> tuple[str, dict[str, Any]]:
    """Start the gated scenario as ``who``; wait until it pauses; return the run id and its approval row."""
    answer = api.post(who, "/runs", {"scenario": "gated"})
    assert answer.status_code == 202, answer.text
    run_id = answer.json()["run_id"]
    api.wait_for(lambda: api.get(who, f"/runs/{run_id}")["status"] == "paused", "the run to pause")
    rows = api.get("alice", "/approvals", params={"scope": "all", "run": run_id})
    return run_id, rows[0]


def ledger_and_decisions(api: Api) -> tuple[int, int]:
    """Decision entries in the ledger and decision rows (what a refused decision must not add to; the worker
    may meanwhile add entries of its own, an executed action)."""
    store = api.store()
    try:
        decided = [e for e in store.ledger() if e.kind in ("approval_decided", "approval_amended")]
        return len(decided), len(store.all_decisions())
    finally:
        store.close()


# --- the walk ----------------------------------------------------------------------------------------------


def test_start_inbox_approve_and_the_worker_resumes_the_run(api: Api) -> None:
    """bob starts a gated run; alice's inbox shows it (bob's does not); alice approves on the hash she read; the
    worker resumes the run to succeeded, and the ledger records alice as authenticated."""
    run_id, row = start_paused(api)
    assert [r["id"] for r in api.get("alice", "/approvals")] == [row["id"]]
    assert api.get("bob", "/approvals") == []  # his own request: not his to decide
    assert api.get("dave", "/approvals") == []  # sre_oncall: the request accepts operator only
    detail = api.get("alice", f"/approvals/{row['id']}")
    change = {"version": "v2", "note": "ready"}
    assert detail["approval"]["args"] == {"target": "svc@staging", "change": change, "hold_seconds": 0.0}
    assert detail["can_decide"] is True and detail["status"] == "pending"
    answer = api.post("alice", f"/approvals/{row['id']}/approve", {"reason": "CHG-7", "args_hash": detail["args_hash"]})
    assert answer.status_code == 200, answer.text
    assert answer.json()["status"] == "approved" and answer.json()["identified_by"] == "authenticated"
    api.wait_for(lambda: api.get("bob", f"/runs/{run_id}")["status"] == "succeeded", "the worker to finish the run")
    shown = api.get("bob", f"/runs/{run_id}")
    assert shown["tasks"] == {"prepare": "succeeded", "change": "succeeded"}
    assert shown["outputs"]["change"]["applied"] is True
    assert ["prepare", "change"] in shown["graph"]["edges"]
    assert any(e["kind"] == "run_resumed" for e in shown["events"])
    decided = api.get("carol", "/audit", params={"run": run_id, "kind": "approval_decided"})  # the filter of --kind
    assert [(e["payload"]["approver"], e["payload"]["identified_by"]) for e in decided] == [("alice", "authenticated")]
    typo = api.client.get("/api/v1/audit", params={"kind": "aproval_decided"}, headers=api.as_("carol"))
    assert typo.status_code == 422 and "did you mean 'approval_decided'" in typo.json()["detail"], typo.text


def test_reject_ends_the_task_rejected(api: Api) -> None:
    """A rejection through the API ends the run rejected, without anyone typing resume."""
    run_id, row = start_paused(api)
    answer = api.post("alice", f"/approvals/{row['id']}/reject", {"reason": "not now", "args_hash": row["args_hash"]})
    assert answer.status_code == 200 and answer.json()["status"] == "rejected"
    api.wait_for(lambda: api.get("bob", f"/runs/{run_id}")["status"] == "rejected", "the run to end rejected")


def test_amend_makes_a_new_request_shown_with_its_diff(api: Api) -> None:
    """Approving amended arguments replaces the request: the new one shows the diff, the old one is stale and a
    decision on it (with the hash read before) is refused, nothing recorded."""
    _run_id, row = start_paused(api)
    body = {"reason": "smaller", "args_hash": row["args_hash"], "amend": {"change": {"version": "v3", "note": "ready"}}}
    answer = api.post("alice", f"/approvals/{row['id']}/amend", body)
    assert answer.status_code == 200, answer.text
    new_id = answer.json()["decided"]
    assert new_id != row["id"] and any("new request" in note for note in answer.json()["notes"])
    detail = api.get("carol", f"/approvals/{new_id}")
    assert '-    "version": "v2"' in detail["diff"] and '+    "version": "v3"' in detail["diff"]
    assert api.get("carol", f"/approvals/{row['id']}")["replaced_by"] == new_id
    before = ledger_and_decisions(api)
    again = api.post("dave", f"/approvals/{row['id']}/approve", {"reason": "x", "args_hash": row["args_hash"]})
    stale = api.post("bob", f"/approvals/{row['id']}/approve", {"reason": "x", "args_hash": row["args_hash"]})
    assert (again.status_code, stale.status_code) == (409, 409)
    assert "stale" in stale.json()["detail"]
    assert ledger_and_decisions(api) == before


# --- refused decisions change nothing ---------------------------------------------------------------------


def test_an_amendment_that_does_not_fit_the_tool_is_a_422(api: Api) -> None:
    """Amending an argument the tool does not have is a 422 naming it; nothing is recorded."""
    _run_id, row = start_paused(api)
    before = ledger_and_decisions(api)
    body = {"reason": "r", "args_hash": row["args_hash"], "amend": {"replicas": 2}}
    answer = api.post("alice", f"/approvals/{row['id']}/amend", body)
    assert answer.status_code == 422 and "has no argument 'replicas'" in answer.json()["detail"]
    assert "--set" not in answer.json()["detail"]  # a command-line flag the API caller never sent
    assert ledger_and_decisions(api) == before


def test_a_decision_on_arguments_read_before_a_change_is_refused(api: Api) -> None:
    """The decide call carries the hash the caller read: another hash is a 409 naming both, nothing recorded."""
    _run_id, row = start_paused(api)
    before = ledger_and_decisions(api)
    answer = api.post("alice", f"/approvals/{row['id']}/approve", {"reason": "ok", "args_hash": "0" * 64})
    assert answer.status_code == 409
    assert "changed since you read them" in answer.json()["detail"]
    assert ledger_and_decisions(api) == before
    assert api.get("alice", f"/approvals/{row['id']}")["status"] == "pending"


def test_a_decided_request_takes_no_more_decisions(api: Api) -> None:
    """A second decision on an approved request is a 409 saying it is decided; nothing is recorded."""
    _run_id, row = start_paused(api)
    body = {"reason": "ok", "args_hash": row["args_hash"]}
    assert api.post("alice", f"/approvals/{row['id']}/approve", body).status_code == 200
    before = ledger_and_decisions(api)
    answer = api.post("alice", f"/approvals/{row['id']}/reject", body)
    assert answer.status_code == 409 and "already approved" in answer.json()["detail"]
    assert ledger_and_decisions(api) == before


SHORT_EXPIRY = "tiers: {medium: {approvals: 1, expires_after_hours: 0.0003}}\n"  # about one second


def test_the_worker_expires_requests_on_time_and_decisions_are_then_refused(make_api: Callable[..., Api]) -> None:
    """Past its expiry a request is closed by the worker (nobody runs a command), the run ends rejected, and a
    decision on it is a 409 naming the expiry, with nothing recorded."""
    api = make_api(SHORT_EXPIRY)
    run_id, row = start_paused(api)
    api.wait_for(lambda: api.get("bob", f"/runs/{run_id}")["status"] == "rejected", "the expired run to end rejected")
    entries = api.get("carol", "/audit", params={"run": run_id})
    assert [e["payload"]["id"] for e in entries if e["kind"] == "approval_expired"] == [row["id"]]
    before = ledger_and_decisions(api)
    answer = api.post("alice", f"/approvals/{row['id']}/approve", {"reason": "late", "args_hash": row["args_hash"]})
    said = answer.json()["detail"]
    assert answer.status_code == 409 and "expired at" in said
    assert "the server ends the task rejected on its own" in said and "resume" not in said, said
    assert ledger_and_decisions(api) == before


# --- who may do what ---------------------------------------------------------------------------------------

ROUTES = [
    ("get", "/me", None),
    ("get", "/scenarios", None),
    ("get", "/scenarios/gated", None),
    ("get", "/runs", None),
    ("post", "/runs", {"scenario": "gated"}),
    ("get", "/runs/run-x", None),
    ("post", "/runs/run-x/cancel", {}),
    ("post", "/runs/run-x/resume", None),
    ("get", "/approvals", None),
    ("get", "/approvals/ap-x", None),
    ("post", "/approvals/ap-x/approve", {"reason": "r", "args_hash": "0" * 64}),
    ("post", "/approvals/ap-x/amend", {"reason": "r", "args_hash": "0" * 64, "amend": {"a": 1}}),
    ("post", "/approvals/ap-x/reject", {"reason": "r", "args_hash": "0" * 64}),
    ("get", "/audit", None),
    ("get", "/audit/verify", None),
    ("get", "/audit/export", None),
    ("get", "/schedules", None),
]


@pytest.mark.parametrize(("method", "path", "body"), ROUTES)
def test_every_route_needs_a_valid_token(api: Api, method: str, path: str, body: Any) -> None:
    """Without a token, with another scheme, a malformed, unknown or revoked token, or the token of a removed
    account: 401 with a Bearer challenge, for every route."""
    accounts = Accounts(str(api.home / "genaiops.db"))
    now = datetime.now(UTC)
    info, revoked = accounts.create_token("carol", label="old", by="admin", at=now)
    accounts.revoke(info.id, at=now)
    accounts.add("erin", ["operator"], None, by="admin", at=now)
    removed = accounts.create_token("erin", label="", by="admin", at=now)[1]
    accounts.remove("erin", at=now)
    accounts.close()
    unknown = api.tokens["alice"][:-4] + "AAAA"
    headers = [{}, {"Authorization": f"Basic {api.tokens['alice']}"}, {"Authorization": "Bearer nonsense"},
               {"Authorization": f"Bearer {unknown}"}, {"Authorization": f"Bearer {revoked}"},
               {"Authorization": f"Bearer {removed}"}]  # fmt: skip
    for header in headers:
        answer = api.client.request(method.upper(), f"/api/v1{path}", headers=header, json=body)
        assert answer.status_code == 401, (header, answer.text)
        assert answer.headers["www-authenticate"] == "Bearer" and answer.json()["detail"]


def test_starting_and_cancelling_runs_need_the_operator_role(api: Api) -> None:
    """carol (viewer) may read but not start or cancel a run: 403 naming the role; nothing started."""
    assert api.get("carol", "/runs") == []
    answer = api.post("carol", "/runs", {"scenario": "gated"})
    assert answer.status_code == 403 and "'operator'" in answer.json()["detail"]
    run_id, _row = start_paused(api)
    assert api.post("carol", f"/runs/{run_id}/cancel", {}).status_code == 403
    assert [r["run_id"] for r in api.get("carol", "/runs")] == [run_id]


def test_deciding_needs_a_role_the_request_accepts_and_not_ones_own_request(api: Api) -> None:
    """The requester (bob), an account without an accepted role (dave), a role not held (alice as sre_oncall)
    and one with no decision role (carol): each a 403, nothing recorded; can_decide says so beforehand."""
    _run_id, row = start_paused(api)
    body = {"reason": "ok", "args_hash": row["args_hash"]}
    before = ledger_and_decisions(api)
    for who, extra, said in [("bob", {}, "cannot approve or reject it themselves"), ("dave", {}, "may not decide"),
                             ("alice", {"role": "sre_oncall"}, "does not hold that role"),
                             ("carol", {}, "may not decide")]:  # fmt: skip
        answer = api.post(who, f"/approvals/{row['id']}/approve", body | extra)
        assert answer.status_code == 403 and said in answer.json()["detail"], (who, answer.text)
    assert ledger_and_decisions(api) == before
    assert api.get("bob", f"/approvals/{row['id']}")["can_decide"] is False


# --- bad input ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "body", "place"),
    [
        ("/runs", b"{not json", "body"),
        ("/runs", b'{"scenario": "gated", "extra": 1}', "body.extra"),
        ("/runs", b'{"params": {}}', "body.scenario"),
        ("/approvals/ap-x/approve", b'{"args_hash": "' + b"0" * 64 + b'"}', "body.reason"),
        ("/approvals/ap-x/approve", b'{"reason": "r", "args_hash": "abc"}', "body.args_hash"),
        ("/approvals/ap-x/reject", b"[1, 2]", "body"),
    ],
)
def test_malformed_bodies_are_a_422_naming_the_place(api: Api, path: str, body: bytes, place: str) -> None:
    """Malformed JSON, unknown, missing or ill-formed fields: 422 with a message naming the place."""
    headers = api.as_("alice") | {"Content-Type": "application/json"}
    answer = api.client.post(f"/api/v1{path}", headers=headers, content=body)
    assert answer.status_code == 422, answer.text
    assert place in [p["place"] for p in answer.json()["problems"]] and answer.json()["detail"].startswith("bad")


def test_a_missing_field_says_what_to_send(api: Api) -> None:
    """A decision without `args_hash` says where to read it (the message read only "Field required"); one without
    a scenario says where the names are."""
    headers = api.as_("alice") | {"Content-Type": "application/json"}
    answer = api.client.post("/api/v1/approvals/ap-x/approve", headers=headers, content=b'{"reason": "r"}')
    assert answer.status_code == 422 and "GET /approvals/ID gives it" in answer.json()["detail"], answer.text
    started = api.client.post("/api/v1/runs", headers=headers, content=b'{"params": {}}')
    assert started.status_code == 422 and "GET /scenarios lists them" in started.json()["detail"], started.text


def test_scenario_params_and_bad_filters_are_a_422(api: Api) -> None:
    """Parameters the scenario does not read, and an unknown status filter: 422 with the reason; no run."""
    answer = api.post("alice", "/runs", {"scenario": "gated", "params": {"replicas": 3}})
    assert answer.status_code == 422 and "replicas" in answer.json()["detail"]
    bad = api.client.get("/api/v1/runs", params={"status": "sideways"}, headers=api.as_("alice"))
    assert bad.status_code == 422 and "status" in bad.json()["detail"]
    assert api.get("alice", "/runs") == []


@pytest.mark.parametrize(("method", "path", "body"), [r for r in ROUTES if "-x" in r[1] or "/scenarios/" in r[1]])
def test_unknown_ids_are_a_404(api: Api, method: str, path: str, body: Any) -> None:
    """An unknown run, approval or scenario: 404 with a message naming it."""
    path = path.replace("/scenarios/gated", "/scenarios/gatd")
    answer = api.client.request(method.upper(), f"/api/v1{path}", headers=api.as_("alice"), json=body)
    assert answer.status_code == 404, answer.text
    assert any(word in answer.json()["detail"] for word in ("run-x", "ap-x", "gatd"))


@pytest.mark.parametrize("name", ["../home/policy", "gated/../gated", "/etc/passwd", "..%2Fx"])
def test_a_scenario_name_cannot_leave_the_catalogue(api: Api, name: str) -> None:
    """Names that would leave the catalogue folder are unknown scenarios (404), never read."""
    answer = api.post("alice", "/runs", {"scenario": name})
    assert answer.status_code == 404 and "no scenario" in answer.json()["detail"]


# --- the rest of the routes --------------------------------------------------------------------------------


def test_catalogue_lists_scenarios_with_their_gates(api: Api) -> None:
    """The catalogue names each scenario with its description and the gates the policy puts on it."""
    (entry,) = api.get("carol", "/scenarios")
    assert entry["name"] == "gated" and entry["description"].startswith("prepare, then apply")
    assert entry["gates"] == [{"task": "change", "tool": "apply_change", "risk": "medium", "approvals": 1,
                               "roles": ["operator"]}]  # fmt: skip
    assert api.get("carol", "/scenarios/gated") == entry
    assert api.get("dave", "/me") == {"name": "dave", "roles": ["sre_oncall"]}


def test_runs_filter_by_status_and_cancel_withdraws_the_approval(api: Api) -> None:
    """A paused run lists under paused; cancelling it withdraws its approval and it lists under cancelled."""
    run_id, row = start_paused(api)
    assert [r["run_id"] for r in api.get("carol", "/runs", params={"status": "paused"})] == [run_id]
    assert api.get("carol", "/runs", params={"status": "succeeded"}) == []
    answer = api.post("alice", f"/runs/{run_id}/cancel", {"reason": "change freeze"})
    assert answer.status_code == 200 and answer.json()["was"] == "paused"
    assert [r["run_id"] for r in api.get("carol", "/runs", params={"status": "cancelled"})] == [run_id]
    assert api.get("carol", f"/approvals/{row['id']}")["status"] == "withdrawn"
    assert api.post("alice", f"/runs/{run_id}/cancel", {}).status_code == 409


def test_resume_continues_a_run_now_and_refuses_what_it_cannot(api: Api) -> None:
    """POST /runs/ID/resume: a viewer gets 403 and nothing moves; a cancelled run resumes at once (202) and asks
    its gate again (a new request); once it succeeded, resuming it is a 409 saying there is nothing to resume."""
    run_id, row = start_paused(api)
    assert api.post("alice", f"/runs/{run_id}/cancel", {}).status_code == 200
    refused = api.post("carol", f"/runs/{run_id}/resume")
    assert refused.status_code == 403 and "'operator'" in refused.json()["detail"]
    assert api.get("carol", f"/runs/{run_id}")["status"] == "cancelled"
    answer = api.post("alice", f"/runs/{run_id}/resume")
    assert answer.status_code == 202 and answer.json()["run_id"] == run_id, answer.text
    api.wait_for(lambda: api.get("bob", f"/runs/{run_id}")["status"] == "paused", "the resumed run to pause")
    (again,) = api.get("alice", "/approvals", params={"run": run_id})
    assert again["id"] != row["id"]
    api.post("alice", f"/approvals/{again['id']}/approve", {"reason": "ok", "args_hash": again["args_hash"]})
    api.wait_for(lambda: api.get("bob", f"/runs/{run_id}")["status"] == "succeeded", "the run to succeed")
    done = api.post("alice", f"/runs/{run_id}/resume")
    assert done.status_code == 409 and "nothing to resume" in done.json()["detail"]


def test_evidence_marks_copied_tool_output_untrusted(api: Api) -> None:
    """The approval shows what genaiops states apart from what it copied from tool output, marked untrusted."""
    _run_id, row = start_paused(api)
    detail = api.get("alice", f"/approvals/{row['id']}")
    assert detail["evidence"]["genaiops"]["task"] == "change"
    assert detail["evidence"]["genaiops"]["description"] == "roll svc v2 out"
    copied = detail["evidence"]["tool_output"]
    assert [(c["task"], c["result"], c["untrusted"]) for c in copied] == [("prepare", {"value": "ready"}, True)]
    assert [a["path"] for a in detail["evidence"]["copied_arguments"]] == ["change.note"]
    assert detail["untrusted_notice"].startswith("UNTRUSTED")


def test_audit_verify_and_export(api: Api) -> None:
    """The ledger verifies through the API, and the export holds every entry with its hash and MAC."""
    run_id, row = start_paused(api)
    api.post("alice", f"/approvals/{row['id']}/approve", {"reason": "ok", "args_hash": row["args_hash"]})
    api.wait_for(lambda: api.get("bob", f"/runs/{run_id}")["status"] == "succeeded", "the run to succeed")
    report = api.get("carol", "/audit/verify")
    assert report["ok"] is True and report["missing"] == [] and report["entries"] >= 3
    export = api.get("carol", "/audit/export")
    kinds = [e["kind"] for e in export["entries"]]
    assert {"approval_requested", "approval_decided", "action_executed"} <= set(kinds)
    assert all(e["mac"] for e in export["entries"]) and export["verification"]["ok"] is True


def test_openapi_document_describes_every_route(api: Api) -> None:
    """The OpenAPI document lists every route of the API under /api/v1."""
    paths = api.client.get("/api/v1/openapi.json").json()["paths"]
    assert {f"/api/v1{path.replace('run-x', '{run_id}').replace('ap-x', '{approval_id}')}" for _, path, _ in ROUTES
            if "/scenarios/" not in path} <= set(paths)  # fmt: skip


def test_the_server_delivers_notifications_itself(make_api, free_port, monkeypatch):
    """With a notifications file in the home, the server's worker delivers an approval request to the webhook
    (and the run's success after the decision) without anyone running `genaiops notifications send`, every
    GENAIOPS_NOTIFY_INTERVAL (0.2 s here: each arrives well within 4 s; the interval was a fixed 5 s)."""
    import json
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    received: list[dict[str, Any]] = []

    class Hook(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - the http.server protocol
            received.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
            self.send_response(200)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args: object) -> None:
            return

    port = free_port()
    hook = ThreadingHTTPServer(("127.0.0.1", port), Hook)
    threading.Thread(target=hook.serve_forever, daemon=True).start()
    monkeypatch.setenv("GENAIOPS_SECRET_HOOK_KEY", "a-signing-key")
    monkeypatch.setenv("GENAIOPS_NOTIFY_INTERVAL", "0.2")
    api = make_api()
    (api.home / "notifications.yaml").write_text(
        f"channels:\n  oncall:\n    type: webhook\n    url: http://127.0.0.1:{port}/hook\n"
        "    secret: secret://HOOK_KEY\n",
        encoding="utf-8",
    )
    try:
        run_id, row = start_paused(api)
        events = lambda: [body["genaiops"]["event"] for body in received]  # noqa: E731
        api.wait_for(lambda: "approval.requested" in events(), "the approval request to be delivered", timeout=4)
        answer = api.post("alice", f"/approvals/{row['id']}/approve", {"reason": "ok", "args_hash": row["args_hash"]})
        assert answer.status_code == 200, answer.text
        api.wait_for(lambda: "run.succeeded" in events(), "the run's success to be delivered", timeout=4)
        assert all(body["genaiops"].get("run_id", run_id) == run_id for body in received)
    finally:
        hook.shutdown()
        hook.server_close()


def test_a_run_started_with_params_gets_them(api: Api) -> None:
    """POST /runs with `params` fills the scenario's `params:` (typed, checked like `run --set`); a wrong type is
    a 422 naming the parameter, and starts nothing."""
    (api.home.parent / "scenarios" / "echoer.yaml").write_text(
        "name: echoer\nparams:\n  size: {type: integer, default: 1}\n"
        "tasks:\n  - id: say\n    tool: echo\n    args: {value: '${params.size}'}\n",
        encoding="utf-8",
    )
    bad = api.post("alice", "/runs", {"scenario": "echoer", "params": {"size": "big"}})
    assert bad.status_code == 422 and "size" in bad.text, bad.text
    assert api.get("alice", "/runs") == []
    started = api.post("alice", "/runs", {"scenario": "echoer", "params": {"size": 7}})
    assert started.status_code == 202, started.text
    run_id = started.json()["run_id"]
    run = api.wait_for(lambda: (r := api.get("alice", f"/runs/{run_id}"))["status"] == "succeeded" and r, "the run")
    assert "7" in str(run["outputs"]["say"]), run["outputs"]


def test_a_bad_run_parameter_is_explained_in_the_apis_words(api: Api) -> None:
    """POST /runs with a misspelt parameter, a value of the wrong type and a missing required one: 422 naming
    each place and the fix, without the command line's `--set` (it read "--set servce: unknown parameter", a flag
    the API caller never sent)."""
    scenario = Path(api.home).parent / "scenarios" / "typed.yaml"
    scenario.write_text(
        "name: typed\nparams:\n  ticket: {description: the change ticket}\n  replicas: {type: integer, default: 2}\n"
        "tasks:\n  - id: plan\n    tool: echo\n    args: {value: '${params.ticket} x${params.replicas}'}\n",
        encoding="utf-8",
    )
    said = []
    for params in ({"ticket": "CHG-1", "replicaz": "3"}, {"ticket": "CHG-1", "replicas": "many"}, {}):
        answer = api.post("bob", "/runs", {"scenario": "typed", "params": params})
        assert answer.status_code == 422, answer.text
        said.append(answer.json()["detail"])
    assert "unknown parameter 'replicaz' (did you mean 'replicas'?)" in said[0], said
    assert "params.replicas: replicas=many: not a whole number" in said[1], said
    assert "parameter 'ticket' is required" in said[2] and "`params` through the API" in said[2], said
    assert not any("--set" in text.replace("`--set` on the command line", "") for text in said), said
