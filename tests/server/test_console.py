"""The web console through HTTP (FastAPI's TestClient with the app's lifespan and worker): every page answers a
signed-in person, redirects a signed-out one to sign-in and refuses a missing role (403); every form refuses a
POST without the session's CSRF token (403, nothing changed); sign-in is rate limited (429 with Retry-After);
values from runs, arguments and tool output are HTML-escaped; a stale decision form changes nothing; the
security headers are on every answer."""

from __future__ import annotations

import re
import shutil
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
PEOPLE = {"alice": ["operator"], "bob": ["operator"], "carol": ["viewer"], "erin": ["operator"]}
PASSWORD = "pw-{}-long-enough"
HOSTILE = (Path(__file__).parent / "hostile.yaml").read_text(encoding="utf-8")
XSS = "<script>window.__xss=1</script>"


@dataclass
class Console:
    app: Any
    home: Path
    clients: list[TestClient]
    wait_for: Callable[..., Any]
    shared: TestClient

    def browser(self, **options: Any) -> TestClient:
        """A TestClient whose requests run on the app's own event loop (the one its lifespan and worker run on),
        as under uvicorn. A TestClient not entered starts a new loop in a new thread for each request, and the
        app uses its engine from one loop only: a decision there raced the worker's store writes on the
        lifespan's loop (a CI run failed with "cannot commit - no transaction is active")."""
        client = TestClient(self.app, **options)
        client.portal = self.shared.portal
        return client

    def client(self, who: str | None = None) -> TestClient:
        """A browser-like client (its own cookies), signed in as ``who`` when given."""
        client = self.browser(follow_redirects=False)
        self.clients.append(client)
        if who:
            answer = sign_in(client, who, PASSWORD.format(who))
            assert answer.status_code == 303, answer.text
        return client

    def store(self) -> Store:
        return Store.open(f"sqlite:///{self.home / 'genaiops.db'}", read_only=True)


def sign_in(client: TestClient, name: str, password: str, next_: str = "/approvals") -> Any:
    form = client.get("/signin")
    token = csrf_of(form.text)
    return client.post("/signin", data={"username": name, "password": password, "csrf": token, "next": next_})


def csrf_of(html: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found, "the page has no form with a CSRF token"
    return found.group(1)


def decide_form(html: str, verdict: str, reason: str, **extra: str) -> dict[str, str]:
    """The decide form as the approval page ``html`` fills it: its CSRF token and the arguments' hash it shows."""
    args_hash = re.search(r"sha256 <code>([0-9a-f]{64})</code>", html).group(1)
    return {"csrf": csrf_of(html), "args_hash": args_hash, "verdict": verdict, "reason": reason, **extra}


@pytest.fixture(scope="module")
def people_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A home database holding the PEOPLE accounts, made once for the module: each test's home starts as a copy
    (argon2 hashes 4 passwords in ~1.5 s of CPU, which every test paid again for the same accounts)."""
    db = tmp_path_factory.mktemp("people") / "genaiops.db"
    accounts = Accounts(str(db))
    for name, roles in PEOPLE.items():
        accounts.add(name, roles, PASSWORD.format(name), by="admin", at=datetime.now(UTC))
    accounts.close()
    return db


@pytest.fixture
def console(tmp_path: Path, wait_for: Callable[..., Any], people_db: Path) -> Iterator[Console]:
    home, scenarios = tmp_path / "home", tmp_path / "scenarios"
    home.mkdir()
    scenarios.mkdir()
    (scenarios / "gated.yaml").write_text(GATED, encoding="utf-8")
    (scenarios / "hostile.yaml").write_text(HOSTILE, encoding="utf-8")
    for part in people_db.parent.glob(people_db.name + "*"):  # the database, and its -wal/-shm if any are left
        shutil.copy(part, home / part.name)
    settings = load_settings(home=home, scenarios_dir=scenarios, worker_interval=0.05, guardrails="off")
    shared = TestClient(create_app(settings))
    shared.__enter__()
    made = Console(shared.app, home, [], wait_for, shared)
    try:
        yield made
    finally:
        shared.__exit__(None, None, None)


def start_paused(console: Console, who: TestClient, scenario: str = "gated") -> tuple[str, str]:
    """Start ``scenario`` through its form; wait for the run to pause; return the run and its approval id."""
    page = who.get(f"/scenarios/{scenario}")
    answer = who.post(f"/run/{scenario}", data={"csrf": csrf_of(page.text)})
    assert answer.status_code == 303, answer.text
    run_id = answer.headers["location"].rsplit("/", 1)[1]

    def paused() -> str | None:
        store = console.store()
        try:
            rows = [d["id"] for d, s in store.approvals(run_id=run_id) if s == "pending"]
            return rows[0] if rows else None
        finally:
            store.close()

    return run_id, console.wait_for(paused, "the run to pause on its gate")


def run_reads(client: TestClient, run_id: str, status: str) -> bool:
    """Whether the run's page shows the run in ``status``."""
    return f'<span class="status s-{status}" id="run-status">' in client.get(f"/runs/{run_id}").text


def decisions_count(console: Console) -> int:
    store = console.store()
    try:
        return len(store.all_decisions())
    finally:
        store.close()


# --- sign-in and sessions --------------------------------------------------------------------------------------

PAGES = [
    "/approvals",
    "/runs",
    "/audit",
    "/scenarios",
    "/scenarios/gated",
    "/runs?status=paused",
    "/schedules",
    "/alerts",
]


@pytest.mark.parametrize("path", PAGES)
def test_a_signed_out_visitor_is_sent_to_sign_in_and_back(console: Console, path: str) -> None:
    """Every page redirects a visitor without a session to /signin, remembering where they were going; after
    signing in they land there."""
    client = console.client()
    answer = client.get(path)
    assert answer.status_code == 303 and answer.headers["location"].startswith("/signin?next=")
    back = sign_in(client, "alice", PASSWORD.format("alice"), next_=path)
    assert back.status_code == 303 and back.headers["location"] == path
    assert client.get(path).status_code == 200


def test_the_session_cookie_is_signed_httponly_and_lax_and_forgery_is_refused(console: Console) -> None:
    """Signing in sets an HttpOnly, SameSite=Lax cookie; a cookie with a changed name is ignored (sign-in
    again); the key lives under the home's keys folder with mode 0600."""
    client = console.client()
    answer = sign_in(client, "alice", PASSWORD.format("alice"))
    cookie = answer.headers["set-cookie"]
    assert "genaiops_session=" in cookie and "HttpOnly" in cookie and "SameSite=lax" in cookie.replace("Lax", "lax")
    assert "Secure" not in cookie  # plain http on 127.0.0.1; over https it is Secure (see the next test)
    key = console.home / "keys" / "console.key"
    assert key.exists() and key.stat().st_mode & 0o777 == 0o600
    value = client.cookies["genaiops_session"]
    forged = console.browser(follow_redirects=False, cookies={"genaiops_session": "x" + value[1:]})
    assert forged.get("/approvals").status_code == 303
    assert client.get("/approvals").status_code == 200


def test_over_https_the_session_cookie_is_secure(console: Console) -> None:
    """A sign-in that arrived over https gets a Secure cookie."""
    client = console.browser(base_url="https://testserver", follow_redirects=False)
    answer = sign_in(client, "alice", PASSWORD.format("alice"))
    assert answer.status_code == 303 and "Secure" in answer.headers["set-cookie"]


def test_a_wrong_password_is_refused_and_not_logged(console: Console, caplog: pytest.LogCaptureFixture) -> None:
    """A wrong password answers 401 with one message (the same for an unknown name); no password reaches
    the log."""
    client = console.client()
    wrong = sign_in(client, "alice", "not-her-password")
    unknown = sign_in(client, "mallory", "whatever-password")
    assert wrong.status_code == unknown.status_code == 401
    assert "unknown name or wrong password" in wrong.text and "unknown name or wrong password" in unknown.text
    assert "not-her-password" not in caplog.text and "not-her-password" not in wrong.text


def test_sign_in_is_rate_limited_per_name_and_per_address(console: Console) -> None:
    """After 5 failures for one name, even the right password is refused with 429 and Retry-After; other names
    from another address still sign in; 5 failures from one address block that address for every name."""
    client = console.client()
    for _ in range(5):
        assert sign_in(client, "bob", "wrong-password").status_code == 401
    blocked = sign_in(client, "bob", PASSWORD.format("bob"))
    assert blocked.status_code == 429 and int(blocked.headers["retry-after"]) > 0
    assert "too many failed sign-ins" in blocked.text
    # the address (testclient) now has 5 failures too: alice, from the same address, is also held back
    assert sign_in(client, "alice", PASSWORD.format("alice")).status_code == 429


def test_the_sign_in_form_needs_its_csrf_token(console: Console) -> None:
    """A sign-in POST without the token the form carried is refused (403) and signs nobody in."""
    client = console.client()
    client.get("/signin")
    answer = client.post("/signin", data={"username": "alice", "password": PASSWORD.format("alice")})
    assert answer.status_code == 403 and "genaiops_session" not in client.cookies


def test_sign_out_ends_the_session_even_for_a_copied_cookie(console: Console) -> None:
    """Signing out (a CSRF-checked POST) clears the cookie, and a copy of the old cookie no longer works."""
    client = console.client("alice")
    copy = console.browser(follow_redirects=False, cookies=dict(client.cookies))
    assert copy.get("/runs").status_code == 200
    assert client.post("/signout", data={"csrf": "wrong"}).status_code == 403
    assert copy.get("/runs").status_code == 200
    page = client.get("/runs")
    assert client.post("/signout", data={"csrf": csrf_of(page.text)}).status_code == 303
    assert copy.get("/runs").status_code == 303


def test_only_a_path_on_this_site_is_followed_after_sign_in(console: Console) -> None:
    """`next` pointing elsewhere (//evil, https://evil) lands on the inbox instead: no open redirect."""
    client = console.client()
    for target in ("//evil.example/x", "https://evil.example/", "/\\evil.example"):
        answer = sign_in(client, "alice", PASSWORD.format("alice"), next_=target)
        assert answer.headers["location"] == "/approvals"


# --- headers ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/signin", "/approvals", "/static/live.js", "/api/v1/me"])
def test_every_answer_carries_the_security_headers(console: Console, path: str) -> None:
    """CSP with scripts from this site only (no inline), no framing, no sniffing: on pages, files and the API."""
    answer = console.client("alice").get(path)
    csp = answer.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "frame-ancestors 'none'" in csp
    assert answer.headers["x-frame-options"] == "DENY" and answer.headers["x-content-type-options"] == "nosniff"


def test_the_pages_hold_no_inline_script_and_load_nothing_from_elsewhere(console: Console) -> None:
    """Every script and stylesheet is served by the app (no CDN), and no page has inline script."""
    client = console.client("alice")
    for path in PAGES:
        html = client.get(path).text
        assert re.findall(r"<script[^>]*>", html) == ['<script src="/static/live.js" defer>']
        assert "http://" not in html and "https://" not in html
    assert client.get("/static/console.css").status_code == 200


# --- the walk --------------------------------------------------------------------------------------------------


def test_approve_in_the_console_and_the_run_page_shows_it_succeeded(console: Console) -> None:
    """bob starts a run from the scenario form; alice's inbox lists its request, her approval page shows the
    arguments and the approve form; approving records alice (authenticated) and the worker finishes the run. The
    run page's events say "-" for no task (they said "None"), and the audit page links no entry to "/runs/"."""
    bob, alice = console.client("bob"), console.client("alice")
    run_id, approval_id = start_paused(console, bob)
    inbox = alice.get("/approvals")
    assert approval_id in inbox.text and run_id in inbox.text
    assert approval_id not in bob.get("/approvals").text  # his own request
    page = alice.get(f"/approvals/{approval_id}")
    assert page.status_code == 200 and "svc@staging" in page.text and 'value="approve"' in page.text
    assert re.search(r'name="args_hash" value="[0-9a-f]{64}"', page.text)
    form = decide_form(page.text, "approve", "CHG-1")
    done = alice.post(f"/approvals/{approval_id}/decide", data=form)
    assert done.status_code == 303 and done.headers["location"].endswith("?done=approved")
    assert "Your decision was recorded" in alice.get(done.headers["location"]).text
    console.wait_for(lambda: run_reads(bob, run_id, "succeeded"), "the run to succeed")
    shown = bob.get(f"/runs/{run_id}").text
    assert '<g class="node s-succeeded" data-task="change">' in shown and "<svg" in shown
    assert "<td>None</td>" not in shown  # a run's own events (run_created, run_paused) have no task: "-", not None
    assert 'href="/runs/"' not in alice.get("/audit").text  # an entry of no run (account_added) links nowhere
    store = console.store()
    decided = [d for d in store.all_decisions() if d["approval_id"] == approval_id]
    store.close()
    assert [(d["approver"], d["identified_by"]) for d in decided] == [("alice", "authenticated")]


def test_reject_in_the_console_ends_the_run_rejected(console: Console) -> None:
    """erin rejects bob's request with a reason; the run ends rejected."""
    bob, erin = console.client("bob"), console.client("erin")
    run_id, approval_id = start_paused(console, bob)
    page = erin.get(f"/approvals/{approval_id}")
    form = decide_form(page.text, "reject", "not today")
    assert erin.post(f"/approvals/{approval_id}/decide", data=form).status_code == 303
    console.wait_for(lambda: run_reads(bob, run_id, "rejected"), "the run to end rejected")


def test_amend_in_the_console_shows_the_diff_of_the_new_request(console: Console) -> None:
    """Approving amended arguments makes a new request whose page shows the diff against the task's own."""
    bob, alice = console.client("bob"), console.client("alice")
    _run_id, approval_id = start_paused(console, bob)
    page = alice.get(f"/approvals/{approval_id}")
    form = decide_form(page.text, "amend", "smaller", amend='{"target": "svc@canary"}')
    done = alice.post(f"/approvals/{approval_id}/decide", data=form)
    assert done.status_code == 303, done.text
    new_page = alice.get(done.headers["location"]).text
    assert '<span class="del">-  &#34;target&#34;: &#34;svc@staging&#34;</span>' in new_page
    assert '<span class="add">+  &#34;target&#34;: &#34;svc@canary&#34;</span>' in new_page


# --- refusals --------------------------------------------------------------------------------------------------


def test_a_stale_form_changes_nothing_and_says_so(console: Console) -> None:
    """alice loads the approval page; erin amends the request meanwhile; alice's approve (with the hash she
    read) is refused with 409 and a clear message; no decision is added."""
    bob, alice, erin = console.client("bob"), console.client("alice"), console.client("erin")
    _run_id, approval_id = start_paused(console, bob)
    alice_page = alice.get(f"/approvals/{approval_id}").text
    amend = decide_form(erin.get(f"/approvals/{approval_id}").text, "amend", "fix", amend='{"hold_seconds": 1}')
    assert erin.post(f"/approvals/{approval_id}/decide", data=amend).status_code == 303
    before = decisions_count(console)
    answer = alice.post(f"/approvals/{approval_id}/decide", data=decide_form(alice_page, "approve", "ok"))
    assert answer.status_code == 409
    assert "the arguments were amended since this page was loaded, so nothing was recorded" in answer.text
    assert decisions_count(console) == before


def test_a_post_without_the_csrf_token_is_refused_and_changes_nothing(console: Console) -> None:
    """Deciding, starting a run, cancelling and signing out without the session's token: 403, nothing recorded."""
    bob, alice = console.client("bob"), console.client("alice")
    run_id, approval_id = start_paused(console, bob)
    page = alice.get(f"/approvals/{approval_id}").text
    before = decisions_count(console)
    for token in ("", "forged", csrf_of(bob.get("/runs").text)):  # none, made up, another person's
        form = decide_form(page, "approve", "r", csrf=token)
        assert alice.post(f"/approvals/{approval_id}/decide", data=form).status_code == 403
    assert decisions_count(console) == before
    assert bob.post("/run/gated", data={"csrf": "nope"}).status_code == 403
    assert bob.post(f"/runs/{run_id}/cancel", data={"csrf": ""}).status_code == 403
    assert "paused" in bob.get(f"/runs/{run_id}").text


def test_a_person_without_the_role_is_refused(console: Console) -> None:
    """carol (viewer) sees pages but not the decide form; posting a decision or starting a run answers 403."""
    bob, carol = console.client("bob"), console.client("carol")
    _run_id, approval_id = start_paused(console, bob)
    assert approval_id not in carol.get("/approvals").text
    page = carol.get(f"/approvals/{approval_id}")
    assert page.status_code == 200 and 'value="approve"' not in page.text and "You may not decide" in page.text
    form = decide_form(page.text, "approve", "r")
    assert carol.post(f"/approvals/{approval_id}/decide", data=form).status_code == 403
    scenario = carol.get("/scenarios/gated").text
    assert "needs the role operator" in scenario
    assert carol.post("/run/gated", data={"csrf": csrf_of(scenario)}).status_code == 403


def test_nobody_approves_their_own_request_in_the_console(console: Console) -> None:
    """bob's page for his own request has no form; posting one anyway is refused (403), nothing recorded."""
    bob = console.client("bob")
    _run_id, approval_id = start_paused(console, bob)
    page = bob.get(f"/approvals/{approval_id}")
    assert "it is your own" in page.text
    answer = bob.post(f"/approvals/{approval_id}/decide", data=decide_form(page.text, "approve", "mine"))
    assert answer.status_code == 403 and "themselves" in answer.text
    assert decisions_count(console) == 0


def test_unknown_ids_and_bad_input_answer_a_page_with_the_problem(console: Console) -> None:
    """Unknown run, approval and scenario: 404 pages; an unknown filter or malformed amendment: 422."""
    bob, alice = console.client("bob"), console.client("alice")
    assert alice.get("/runs/no-such-run").status_code == 404
    assert alice.get("/approvals/ap_nope").status_code == 404
    assert alice.get("/scenarios/nope").status_code == 404
    assert alice.get("/runs?status=weird").status_code == 422
    _run_id, approval_id = start_paused(console, bob)
    form = decide_form(alice.get(f"/approvals/{approval_id}").text, "amend", "r", amend="{not json")
    answer = alice.post(f"/approvals/{approval_id}/decide", data=form)
    assert answer.status_code == 422 and "not JSON" in answer.text
    assert decisions_count(console) == 0


def test_an_unknown_scenario_page_points_to_the_scenarios_page(console: Console) -> None:
    """A browser's 404 for an unknown scenario names the console's Scenarios page, not the CLI's `genaiops scenario
    list` (which the CLI in server mode now reads, qa-docs9) nor an API route."""
    page = console.client("alice").get("/scenarios/nope")
    assert page.status_code == 404 and "the Scenarios page (/scenarios) lists them" in page.text, page.text
    assert "genaiops scenario list" not in page.text and "GET /api" not in page.text


# --- escaping --------------------------------------------------------------------------------------------------


def test_hostile_text_is_escaped_on_every_page(console: Console) -> None:
    """A scenario whose name, arguments and tool output hold <script>: the catalogue, run, inbox, approval and
    audit pages show it escaped, never as markup."""
    bob, alice = console.client("bob"), console.client("alice")
    run_id, approval_id = start_paused(console, bob, "hostile")
    pages = [alice.get(p).text for p in ("/scenarios", "/scenarios/hostile", f"/runs/{run_id}", "/runs",
                                         "/approvals", f"/approvals/{approval_id}", "/audit")]  # fmt: skip
    for html in pages:
        assert XSS not in html
        assert "<script>" not in html
    assert "&lt;script&gt;window.__xss=1&lt;/script&gt;" in pages[0]  # the description, shown as text
    assert "&lt;script&gt;" in pages[5] or "\\u003cscript" in pages[5]  # the arguments and tool output
    assert "UNTRUSTED" in pages[5]


# --- live updates ----------------------------------------------------------------------------------------------


def test_the_live_stream_says_changed_once_the_run_moves(console: Console) -> None:
    """A run page carries its fingerprint; the stream for an old fingerprint says `changed` at once; for a
    finished run's current one, `end`."""
    bob, alice = console.client("bob"), console.client("alice")
    run_id, approval_id = start_paused(console, bob)
    page = bob.get(f"/runs/{run_id}").text
    live = re.search(r'data-live="([^"]+)"', page).group(1).replace("&amp;", "&")
    assert live.startswith(f"/live/runs/{run_id}?since=")
    with bob.stream("GET", f"/live/runs/{run_id}?since=old") as stream:
        assert stream.headers["content-type"].startswith("text/event-stream")
        assert "event: changed" in "".join(stream.iter_text())
    inbox = re.search(r'data-live="([^"]+)"', alice.get("/approvals").text).group(1).replace("&amp;", "&")
    assert inbox.startswith("/live/approvals?since=") and "scope=mine" in inbox
    for stale in ("/live/approvals?since=old", f"/live/approvals/{approval_id}?since=old"):
        with alice.stream("GET", stale) as stream:
            assert "event: changed" in "".join(stream.iter_text())
    approval = alice.get(f"/approvals/{approval_id}").text
    alice.post(f"/approvals/{approval_id}/decide", data=decide_form(approval, "approve", "ok"))
    console.wait_for(lambda: run_reads(bob, run_id, "succeeded"), "the run to succeed")
    with bob.stream("GET", f"/live/runs/{run_id}?since=old") as stream:
        assert "event: changed" in "".join(stream.iter_text())
    done = bob.get(f"/runs/{run_id}").text
    assert "data-live=" not in done  # a finished run's page no longer listens
    assert console.client().get(f"/live/runs/{run_id}").status_code == 303


# --- audit and the API's session reads -------------------------------------------------------------------------


def test_the_audit_page_verifies_the_ledger(console: Console) -> None:
    """The verify button shows that the ledger verifies, with its entry count."""
    bob = console.client("bob")
    start_paused(console, bob)
    page = bob.get("/audit", params={"verify": "1"})
    assert page.status_code == 200 and "The ledger verifies" in page.text and "approval_requested" in page.text


def test_a_session_reads_the_api_but_cannot_write_through_it(console: Console) -> None:
    """A signed-in browser may GET API documents (the audit export); an API POST with only the cookie is 401."""
    bob = console.client("bob")
    assert bob.get("/api/v1/me").json() == {"name": "bob", "roles": ["operator"]}
    assert bob.get("/api/v1/audit/export").status_code == 200
    assert bob.post("/api/v1/runs", json={"scenario": "gated"}).status_code == 401


def test_stopping_the_server_ends_open_live_streams_cleanly(tmp_path: Path, genaiops_serve: Callable[..., Any]) -> None:
    """Ctrl-C on `genaiops serve` while a console page listens: the stream ends, the server stops, no traceback."""
    import os
    import signal
    import threading

    import httpx

    home = tmp_path / "home"
    home.mkdir()
    accounts = Accounts(str(home / "genaiops.db"))
    accounts.add("amy", ["operator"], PASSWORD.format("amy"), by="admin", at=datetime.now(UTC))
    accounts.close()
    env = os.environ | {"GENAIOPS_HOME": str(home), "GENAIOPS_SCENARIOS_DIR": str(tmp_path)}
    log, ended = tmp_path / "server.log", threading.Event()
    with genaiops_serve(env, log) as server, httpx.Client(base_url=server.url, timeout=60) as client:
        token = csrf_of(client.get("/signin").text)
        client.post("/signin", data={"username": "amy", "password": PASSWORD.format("amy"), "csrf": token})
        live = re.search(r'data-live="([^"]+)"', client.get("/approvals").text).group(1).replace("&amp;", "&")

        def listen() -> None:
            with client.stream("GET", live) as stream:
                for _ in stream.iter_text():
                    pass
            ended.set()

        listener = threading.Thread(target=listen)
        listener.start()
        server.process.send_signal(signal.SIGINT)
        listener.join(60)
        assert ended.is_set()  # the stream closed normally (an error would have left the thread without setting it)
        assert server.process.wait(timeout=60) in (0, 130)  # 130: how a command stopped by Ctrl-C exits
    text = log.read_text()
    assert "Application shutdown complete" in text and "Traceback" not in text


def test_the_schedules_page_shows_each_schedule_and_its_last_run(console: Console) -> None:
    """A schedule added with `genaiops schedules add` on the server's home shows in the console (and the API)
    with its cron, parameters, owner, next run; after `run-due`, its last run links to the run page."""
    from typer.testing import CliRunner

    from genaiops.cli import app

    scenario = console.home.parent / "scenarios" / "gated.yaml"
    import os
    import pwd

    owner = pwd.getpwuid(os.geteuid()).pw_name  # the OS user who adds it (no claimed names in this home)
    env = {"GENAIOPS_HOME": str(console.home), "COLUMNS": "250"}
    added = CliRunner().invoke(app, ["schedules", "add", str(scenario), "--cron", "0 2 * * *", "--name", "nightly"],
                               env=env)  # fmt: skip
    assert added.exit_code == 0, added.output
    bob = console.client("bob")
    page = bob.get("/schedules")
    assert page.status_code == 200 and "nightly" in page.text and "<code>0 2 * * *</code>" in page.text
    assert "gated.yaml" in page.text and f"<td>{owner}</td>" in page.text
    ran = CliRunner().invoke(app, ["schedules", "run-due", "--now", "2099-01-01T02:00:00+00:00"], env=env)
    assert ran.exit_code in (0, 3), ran.output
    run_id = re.search(r"run (run-[0-9a-f-]+)", ran.output).group(1)
    assert f'href="/runs/{run_id}"' in bob.get("/schedules").text
    [row] = bob.get("/api/v1/schedules").json()
    assert (row["name"], row["last_run_id"], row["owner"]) == ("nightly", run_id, owner)
