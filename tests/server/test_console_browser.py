"""The web console in a real headless browser (Debian's chromium driven by playwright, never a downloaded build)
against `genaiops serve` started for real (uvicorn in its own process on 127.0.0.1): bob starts runs from the
scenario form; alice signs in, opens her inbox and the approval page, approves, and watches the run page turn
succeeded by itself (the server's worker resumes the run; the page reloads on the live event); erin rejects
another request; hostile text never runs as script. Screenshots go to a temporary folder; with
GENAIOPS_UPDATE_SCREENSHOT=1 the approval page's is also written to docs/console.png (the README's)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

GENAIOPS = Path(sys.executable).parent / "genaiops"
HERE = Path(__file__).parent
GATED = (HERE / "gated.yaml").read_text(encoding="utf-8")
DOCS_SHOT = HERE.parent.parent / "docs" / "console.png"
PEOPLE = {"alice": "operator", "bob": "operator", "erin": "operator"}
HOSTILE = (HERE / "hostile.yaml").read_text(encoding="utf-8")
WITH_PARAMS = """name: with-params
description: a scenario with parameters, run from the console's form
params:
  target: {description: where the change goes, default: svc@staging}
  replicas: {type: integer, default: 2}
tasks:
  - id: plan
    tool: echo
    args: {value: "${params.target} x${params.replicas}"}
"""
GATED_HIGH = GATED.replace("name: gated-change", "name: gated-high") + "    risk: high\n"  # two approvers
XSS = "<script>window.__xss=1</script>"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run",
]  # fmt: skip


def password(name: str) -> str:
    return f"{name}-console-pass-4x"


@dataclass
class Served:
    url: str
    log: Path
    shots: Path
    env: dict[str, str]


def _cli(env: dict[str, str], *args: str, input: str | None = None) -> None:
    done = subprocess.run([str(GENAIOPS), *args], env=env, input=input, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory, genaiops_serve: Callable[..., Any]) -> Iterator[Served]:
    root = tmp_path_factory.mktemp("console")
    (root / "scenarios").mkdir()
    (root / "scenarios" / "gated.yaml").write_text(GATED, encoding="utf-8")
    (root / "scenarios" / "hostile.yaml").write_text(HOSTILE, encoding="utf-8")
    (root / "scenarios" / "gated_high.yaml").write_text(GATED_HIGH, encoding="utf-8")
    (root / "scenarios" / "with_params.yaml").write_text(WITH_PARAMS, encoding="utf-8")
    drop = ("GENAIOPS_USER", "GENAIOPS_SERVER_URL", "GENAIOPS_TOKEN", "GENAIOPS_STORE_URL", "GENAIOPS_POLICY_FILE")
    env = {k: v for k, v in os.environ.items() if k not in drop} | {
        "HOME": str(root / "user"),
        "GENAIOPS_HOME": str(root / "home"),
        "GENAIOPS_SCENARIOS_DIR": str(root / "scenarios"),
        "GENAIOPS_WORKER_INTERVAL": "0.2",
    }
    for name, role in PEOPLE.items():
        _cli(env, "users", "add", name, "--role", role, "--password-stdin", input=password(name) + "\n")
    with genaiops_serve(env, root / "server.log") as server:
        yield Served(server.url, root / "server.log", root / "shots", env)


class Chromium:
    """One headless chromium for the module, launched at first use (after ``need_binary`` found it)."""

    def __init__(self) -> None:
        self.driver: object = None
        self.browser: object = None

    def launch(self, executable: str) -> object:
        if self.browser is None:
            from playwright.sync_api import sync_playwright

            self.driver = sync_playwright().start()
            self.browser = self.driver.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_ARGS)
        return self.browser

    def close(self) -> None:
        if self.browser is not None:
            self.browser.close()
            self.driver.stop()


@pytest.fixture(scope="module")
def chromium() -> Iterator[Chromium]:
    holder = Chromium()
    try:
        yield holder
    finally:
        holder.close()


class Person:
    """One person's browser context (own cookies), signed in through the sign-in form."""

    def __init__(self, browser: object, served: Served, name: str):
        self.served, self.name = served, name
        self.context = browser.new_context(base_url=served.url, viewport={"width": 1360, "height": 900})
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)

    def sign_in(self) -> None:
        self.page.goto("/approvals")
        assert "/signin" in self.page.url  # signed out: sent to sign in first
        self.page.fill("input[name=username]", self.name)
        self.page.fill("input[name=password]", password(self.name))
        self.page.click("button:has-text('Sign in')")
        self.page.wait_for_url("**/approvals")

    def shot(self, label: str) -> Path:
        self.served.shots.mkdir(parents=True, exist_ok=True)
        path = self.served.shots / f"{label}.png"
        self.page.screenshot(path=str(path), full_page=True)
        return path

    def start_run(self, scenario: str) -> str:
        self.page.goto(f"/scenarios/{scenario}")
        self.page.click("button:has-text('Start a run')")
        self.page.wait_for_url("**/runs/*")
        run_id = self.page.url.rsplit("/", 1)[1]
        self.page.wait_for_selector("#run-status.s-paused", timeout=60_000)  # the live script reloads the page
        return run_id

    def open_request_of(self, run_id: str) -> None:
        self.page.goto("/approvals")
        self.page.click(f"tr:has(a[href='/runs/{run_id}']) td:first-child a")
        self.page.wait_for_selector("#approval-status")

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def people(chromium: Chromium, served: Served, need_binary) -> Iterator[dict[str, Person]]:  # noqa: ANN001
    browser = chromium.launch(need_binary("chromium", "chromium"))
    made = {name: Person(browser, served, name) for name in PEOPLE}
    try:
        yield made
    finally:
        for person in made.values():
            person.close()


def test_approve_in_the_browser_and_watch_the_run_succeed(people: dict[str, Person]) -> None:
    """bob starts a run from the scenario page; alice signs in, finds it in her inbox, approves it on its page
    with a reason; the worker resumes the run and the run page (reloading itself) shows it succeeded."""
    bob, alice = people["bob"], people["alice"]
    bob.sign_in()
    run_id = bob.start_run("gated")
    alice.sign_in()
    assert alice.page.locator(f"a[href='/runs/{run_id}']").count() == 1
    alice.shot("inbox")
    alice.open_request_of(run_id)
    page = alice.page
    assert "svc@staging" in page.inner_text("#args")
    assert page.inner_text("#approval-status") == "pending"
    shot = alice.shot("approval")
    if os.environ.get("GENAIOPS_UPDATE_SCREENSHOT") == "1":
        shutil.copyfile(shot, DOCS_SHOT)
    page.fill("textarea[name=reason]", "CHG-42: staging rollout window")
    page.click("button[value=approve]")
    page.wait_for_selector("p.ok")
    assert "the request is now approved" in page.inner_text("p.ok")
    page.click(f"a[href='/runs/{run_id}']")
    page.wait_for_selector("#run-status.s-succeeded", timeout=60_000)  # live: the page reloads as the run moves
    assert page.locator("g.node.s-succeeded").count() == 2
    alice.shot("run-succeeded")
    assert alice.errors == [] and bob.errors == []


def test_a_second_person_rejects_another_request(people: dict[str, Person]) -> None:
    """erin rejects bob's next request with a reason; the run ends rejected and the page says so."""
    bob, erin = people["bob"], people["erin"]
    bob.sign_in()
    run_id = bob.start_run("gated")
    erin.sign_in()
    erin.open_request_of(run_id)
    erin.page.fill("textarea[name=reason]", "not during the freeze")
    erin.page.click("button[value=reject]")
    erin.page.wait_for_selector("p.ok")
    erin.page.goto(f"/runs/{run_id}")
    erin.page.wait_for_selector("#run-status.s-rejected", timeout=60_000)
    erin.shot("run-rejected")
    assert erin.errors == []


def test_each_of_two_approvers_is_told_what_their_decision_counted(people: dict[str, Person]) -> None:
    """A high-risk request needs two people. alice approves: the page says 1 of 2 counted; she approves again:
    recorded, and the page says it did not count again, as the CLI says (before, both read only "the request
    is now pending"); erin's approval makes it approved, 2 of 2, and the run succeeds."""
    bob, alice, erin = people["bob"], people["alice"], people["erin"]
    bob.sign_in()
    run_id = bob.start_run("gated_high")
    alice.sign_in()
    alice.open_request_of(run_id)
    said = []
    for person, reason in ((alice, "CHG-50 first pair of eyes"), (alice, "CHG-50 looked again"), (erin, "CHG-50")):
        if person is erin:
            erin.sign_in()
            erin.page.goto(alice.page.url)
        person.page.fill("textarea[name=reason]", reason)
        person.page.click("button[value=approve]")
        person.page.wait_for_selector("p.ok")
        said.append(" ".join(person.page.locator("main > p.ok, main > p.notice").all_inner_texts()))
    assert "now pending (1 of 2 approval(s) counted)" in said[0]
    assert "now pending (1 of 2 approval(s) counted)" in said[1] and "did not count again" in said[1]
    assert "now approved (2 of 2 approval(s) counted)" in said[2] and "did not count" not in said[2]
    erin.page.goto(f"/runs/{run_id}")
    erin.page.wait_for_selector("#run-status.s-succeeded", timeout=60_000)
    assert alice.errors == [] and erin.errors == []


def test_an_amendment_the_tool_cannot_take_is_explained_without_cli_flags(people: dict[str, Person]) -> None:
    """erin amends bob's request with an argument the tool lacks, then with a secret: the page names the
    argument, the tool's arguments and what to do, in the console's words (it read "--set replicas: ...", a
    command-line flag the person at the browser never typed); nothing is recorded, the request stays pending."""
    bob, erin = people["bob"], people["erin"]
    bob.sign_in()
    run_id = bob.start_run("gated")
    erin.sign_in()
    erin.open_request_of(run_id)
    said = []
    for amend in ('{"replicas": 2}', '{"target": "AKIAZ7Q4M2XW9PLK3TRB"}'):
        erin.page.fill("textarea[name=reason]", "smaller blast radius")
        erin.page.fill("textarea[name=amend]", amend)
        erin.page.click("button[value=amend]")
        said.append(erin.page.inner_text("#form-error"))
    assert "amended argument replicas: apply_change has no argument 'replicas'" in said[0], said
    assert said[1].startswith("amended argument target:") and "nothing was recorded" in said[1], said
    assert not any("--set" in text for text in said), said
    assert erin.page.inner_text("#approval-status") == "pending"
    erin.errors.clear()  # the refusals' 422s, as the browser logs them


def test_a_scenario_with_parameters_is_run_from_its_form(people: dict[str, Person]) -> None:
    """The page of a scenario with parameters draws its form (each field with its type and default; before, every
    such page answered 500 and the browser showed nothing); a value of the wrong type is refused on the page
    naming the parameter, and a right one starts the run with it."""
    bob = people["bob"]
    bob.sign_in()
    answer = bob.page.goto("/scenarios/with_params")
    assert answer is not None and answer.status == 200
    assert bob.page.input_value("input[name='param.target']") == "svc@staging"
    assert bob.page.input_value("input[name='param.replicas']") == "2"
    bob.page.fill("input[name='param.replicas']", "many")
    bob.page.click("button:has-text('Start a run')")
    assert "params.replicas" in bob.page.inner_text("main p.error")  # the form again, with the message
    assert bob.errors == ["Failed to load resource: the server responded with a status of 422 (Unprocessable Entity)"]
    bob.errors.clear()  # that refusal's status, as the browser logs it
    bob.page.fill("input[name='param.replicas']", "3")
    bob.page.click("button:has-text('Start a run')")
    bob.page.wait_for_url("**/runs/*")
    bob.page.wait_for_selector("#run-status.s-succeeded", timeout=60_000)
    assert "svc@staging x3" in bob.page.text_content("main")  # the output (folded: text, not shown text)
    assert bob.errors == []


def test_hostile_text_never_runs_as_script(people: dict[str, Person]) -> None:
    """A scenario whose name, arguments and tool output carry <script> and onerror: on every page the browser
    shows the text and runs none of it (window.__xss stays unset), and reports no blocked inline script."""
    bob, alice = people["bob"], people["alice"]
    bob.sign_in()
    run_id = bob.start_run("hostile")
    alice.sign_in()
    alice.open_request_of(run_id)
    visited = [alice.page.url, f"/runs/{run_id}", "/runs", "/scenarios", "/scenarios/hostile", "/audit"]
    for path in visited:
        alice.page.goto(path)
        assert alice.page.evaluate("typeof window.__xss") == "undefined", path
        assert alice.page.locator("script:not([src])").count() == 0, path
    alice.page.goto("/scenarios")
    assert XSS in alice.page.inner_text("main")  # the description, shown as text
    alice.page.goto(f"/runs/{run_id}")
    assert "<img src=x onerror=window.__xss=2>" in alice.page.text_content("main")  # the tool output, as text
    alice.shot("hostile-run")
    assert alice.errors == []


def test_the_alerts_page_shows_an_incident_and_links_to_its_run(people: dict[str, Person], served: Served) -> None:
    """An alert taken into the served home (an alert rule starts gated) with a hostile annotation: the navigation's
    Alerts link opens the incidents page, the incident's run link opens its run page, and the incident's page
    shows the annotation as text (nothing runs)."""
    home = Path(served.env["GENAIOPS_HOME"])
    (home / "alert_rules.yaml").write_text("rules:\n  - match: {browser: 'yes'}\n    start: gated\n", encoding="utf-8")
    alert = {"status": "firing", "fingerprint": "browser1", "startsAt": "2031-01-01T00:00:00Z",
             "labels": {"alertname": "BrowserDown", "service": "web", "browser": "yes"},
             "annotations": {"summary": XSS}}  # fmt: skip
    body = json.dumps({"version": "4", "status": "firing", "receiver": "genaiops", "alerts": [alert]})
    _cli(served.env, "alerts", "ingest", "-", input=body)
    alice = people["alice"]
    alice.sign_in()
    alice.page.click("nav a[href='/alerts']")
    row = alice.page.locator("tbody tr").first  # the newest onset first
    assert "web" in row.inner_text() and "firing" in row.inner_text()
    run_link = row.locator("a[href^='/runs/']")
    run_id = run_link.get_attribute("href").rsplit("/", 1)[1]
    run_link.click()
    alice.page.wait_for_selector("#run-status")
    assert run_id in alice.page.inner_text("h1")  # the run page of the incident's run
    alice.page.go_back()
    alice.page.locator("tbody tr").first.locator("a[href^='/alerts/']").click()
    alice.page.wait_for_selector("div.untrusted")
    assert XSS in alice.page.inner_text("div.untrusted")
    assert alice.page.evaluate("typeof window.__xss") == "undefined"
    alice.shot("alerts-incident")
    assert alice.errors == []


def test_the_chat_page_streams_the_desks_replies_into_the_page(people: dict[str, Person]) -> None:
    """On /chat, bob starts a conversation and sends messages: the replies appear in the page as they stream
    (chat.js, no reload: the URL stays), hostile text shows as text and never runs, and a reload shows the
    stored conversation."""
    bob = people["bob"]
    bob.sign_in()
    page = bob.page
    page.goto("/chat")
    page.click("button:has-text('New conversation')")
    page.wait_for_url("**/chat/chat-*")
    where = page.url
    page.fill("#chat-text", "what can you do")
    page.click("#chat-form button")
    page.wait_for_selector(".msg.desk.k-text")
    assert page.url == where  # answered in place, not by the form's round trip
    assert page.inner_text(".msg.desk.k-text pre").startswith("The desk can: investigate an incident")
    page.fill("#chat-text", f"{XSS} <img src=x onerror=window.__xss=3>")
    page.click("#chat-form button")
    page.locator(".msg.desk").nth(1).wait_for()
    assert XSS in page.inner_text("#chat-log")
    assert page.evaluate("typeof window.__xss") == "undefined"
    page.reload()
    assert page.locator(".msg.person").count() == 2 and page.locator(".msg.desk").count() >= 2
    bob.shot("chat")
    assert bob.errors == []


def test_passwords_never_reach_the_server_log(served: Served, wait_for: Callable[..., Any]) -> None:
    """After the sign-ins above, the server's log holds the requests but no password (the server writes its
    access lines as it goes: a loaded machine can show them a moment after the browser's answer)."""

    def logged() -> str:
        text = served.log.read_text()
        return text if "POST /signin HTTP/1.1" in text else ""

    text = wait_for(logged, "a sign-in in the server's log")
    for name in PEOPLE:
        assert password(name) not in text
