"""The CLI against a real `genaiops serve` (GENAIOPS_SERVER_URL + GENAIOPS_TOKEN), through its own process: the
documents of `--output json|yaml` equal those of the server's home read locally; `run`, `scenario run` and
`resume` start or continue a catalogue scenario on the server and follow it to the same output and exit codes as
a local run; `audit list/verify` and `scenario list` read the server's; mistakes exit 2 with the reason."""

from __future__ import annotations

import json
import re
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import httpx
import pytest
import yaml

PLAIN = """name: plain-echo
description: one step, no gate
params:
  value:
    type: string
    description: what to echo
    default: hello
tasks:
  - id: say
    tool: echo
    args: {value: "${params.value}"}
"""


@pytest.fixture(scope="module")
def catalogue(served):  # type: ignore[no-untyped-def]
    """The served catalogue with a second scenario (no gate, one parameter), and carol, who holds no operator
    role (a token only)."""
    (served.root / "scenarios" / "plain.yaml").write_text(PLAIN, encoding="utf-8")
    added = served.cli("users", "add", "carol", "--role", "sre_oncall", "--no-password")
    assert added.returncode == 0, added.stderr
    made = served.cli("tokens", "create", "--user", "carol")
    assert made.returncode == 0, made.stderr
    served.tokens["carol"] = made.stdout.strip().splitlines()[-1]
    return served


def _documents(served, args: tuple[str, ...], fmt: str):  # type: ignore[no-untyped-def]
    """The documents ``args`` print locally and through the server; the local one's catalogue files named as the
    server names them to a caller (`gated.yaml`: the CLI on the server's machine keeps full paths)."""
    load = json.loads if fmt == "json" else yaml.safe_load
    local = served.cli(*args, "--output", fmt)
    through = served.cli(*args, "--output", fmt, who="alice")
    assert local.returncode == through.returncode == 0, (args, local.stderr, through.stderr)
    return load(local.stdout.replace(f"{served.root / 'scenarios'}/", "")), load(through.stdout)


def test_json_and_yaml_documents_through_the_server_equal_the_local_ones(catalogue) -> None:
    """`runs list`, `runs show --events --outputs --turns`, `approvals list --all` and `approvals show` print, with
    -o json and -o yaml, the very documents the server's home gives locally (ids, statuses, timestamps): for a
    run finished after an amended approval, and for one paused at its gate."""
    done, first = catalogue.start_paused()
    seen = catalogue.api("alice", "GET", f"/approvals/{first}").json()["args_hash"]
    amend = {"reason": "v3", "args_hash": seen, "amend": {"change": {"version": "v3"}}}
    amended = catalogue.api("alice", "POST", f"/approvals/{first}/amend", json=amend)
    assert amended.status_code == 200, amended.text
    catalogue.wait_status(done, "succeeded")
    paused, approval_id = catalogue.start_paused()
    for fmt in ("json", "yaml"):
        for args in (("runs", "list"), ("runs", "show", done, "--events", "--outputs", "--turns"),
                     ("runs", "show", paused, "--events"), ("approvals", "list", "--all"),
                     ("approvals", "show", first), ("approvals", "show", approval_id)):  # fmt: skip
            local, through = _documents(catalogue, args, fmt)
            assert through == local, (fmt, args)
    shown, _ = _documents(catalogue, ("runs", "show", paused), "json")
    assert shown["run"]["run_id"] == paused and shown["run"]["status"] == "paused"
    assert shown["run"]["source"] == "gated.yaml" and shown["run"]["tasks"] == {"succeeded": 1, "waiting": 1}
    assert [(t["task_id"], t["status"]) for t in shown["tasks"]] == [("prepare", "succeeded"), ("change", "waiting")]
    assert [a["approval_id"] for a in shown["pending_approvals"]] == [approval_id]
    rows = _documents(catalogue, ("approvals", "list", "--all", "--run", done), "json")[1]
    assert [a["amends"] for a in rows] == [None, first] and rows[0]["approval_id"] == first


def test_a_runs_listing_cut_by_its_limit_says_so_through_the_server_too(catalogue) -> None:
    """`runs list --limit 1` through the server, as locally: one run in the document, and on stderr that more
    exist; a limit that cuts nothing says nothing."""
    catalogue.start_paused()
    catalogue.start_paused()
    for who in (None, "alice"):
        cut = catalogue.cli("runs", "list", "--limit", "1", "--output", "json", who=who)
        assert cut.returncode == 0 and len(json.loads(cut.stdout)) == 1, cut.stderr
        assert "more runs exist: use --limit 10 to see more" in " ".join(cut.stderr.split()), (who, cut.stderr)
        whole = catalogue.cli("runs", "list", "--limit", "10000", who=who)
        assert whole.returncode == 0 and "listing stops" not in whole.stderr, whole.stderr


def _masked(text: str, run_id: str) -> str:
    """A run's printout with its ids, times and progress bar left out (they differ between two runs)."""
    text = text.replace(run_id, "RUN")
    text = re.sub(r"ap-[0-9a-f]+", "APPROVAL", text)
    text = re.sub(r"expires \d{4}-\d\d-\d\d \d\d:\d\d", "expires T", text)
    return "\n".join(line for line in text.splitlines() if "tasks" not in line or "━" not in line)


def _run_id(printed: str) -> str:
    return re.search(r"^run (\S+): ", printed, re.MULTILINE).group(1)  # type: ignore[union-attr]


def test_run_starts_a_catalogue_scenario_on_the_server_and_prints_what_a_local_run_prints(catalogue) -> None:
    """`genaiops run gated` (by name, and by its path under GENAIOPS_SCENARIOS_DIR) runs on the server as bob,
    stops paused at the gate (exit 3) printing what a local run of the same file prints, but for how to go on: the
    server continues the run once it is decided (no `genaiops resume`); the run is bob's."""
    file = str(catalogue.root / "scenarios" / "gated.yaml")
    local = catalogue.cli("run", file)
    for name in ("gated", file):
        through = catalogue.cli("run", name, who="bob")
        assert local.returncode == through.returncode == 3, (local.stderr, through.stderr)
        run_id = _run_id(through.stdout)
        here = _masked(local.stdout, _run_id(local.stdout)).splitlines()
        assert here[-4:-1] == ["Decide, then continue:", "  genaiops approvals show ID",
                               "  genaiops approvals approve ID --reason '...'   (or: reject; by another person, as "
                               "themselves)"] and here[-1].startswith("  genaiops resume ")  # fmt: skip
        server = [*here[:-4], "Decide; the server then continues the run itself:", *here[-3:-1]]  # no resume there
        assert _masked(through.stdout, run_id).splitlines() == server
        assert f"the server runs its catalogue scenario gated as run {run_id}" in through.stderr
        shown = catalogue.api("bob", "GET", f"/runs/{run_id}").json()
        assert (shown["status"], shown["requester"]) == ("paused", "bob")


def test_run_with_parameters_follows_the_run_to_its_end(catalogue) -> None:
    """`run plain --set value=…` ends succeeded on the server (exit 0) with the value echoed; `scenario run` does
    the same and says the server applies no scripted approvals."""
    through = catalogue.cli("run", "plain", "--set", "value=from-the-cli", "--output", "table", who="alice")
    assert through.returncode == 2 and "No such option" in through.stderr  # run has no --output: a usage error
    ran = catalogue.cli("run", "plain", "--set", "value=from-the-cli", who="alice")
    assert ran.returncode == 0, ran.stderr
    run_id = _run_id(ran.stdout)
    assert f"run {run_id}: succeeded" in ran.stdout
    shown = catalogue.api("alice", "GET", f"/runs/{run_id}").json()
    assert shown["outputs"]["say"]["value"] == "from-the-cli"
    drill = catalogue.cli("scenario", "run", "plain", who="alice")
    assert drill.returncode == 0 and "succeeded" in drill.stdout, drill.stderr
    assert "applies no scripted approvals" in drill.stderr


def test_run_in_server_mode_refuses_what_the_server_cannot_run(catalogue, tmp_path) -> None:
    """An unknown name (with a close one suggested, and the command that lists them), a file outside the
    catalogue, a bad parameter, --as, and a caller without the operator role: exit 2, one line saying why,
    nothing started."""
    outside = tmp_path / "mine.yaml"
    outside.write_text(PLAIN, encoding="utf-8")
    before = len(catalogue.api("bob", "GET", "/runs", params={"limit": 10_000}).json())
    unknown = catalogue.cli("run", "gatd", who="bob")
    elsewhere = catalogue.cli("run", str(outside), who="bob")
    bad_param = catalogue.cli("run", "plain", "--set", "colour=red", who="bob")
    claimed = catalogue.cli("run", "gated", "--as", "alice", who="bob")
    no_role = catalogue.cli("run", "gated", who="carol")
    done = (unknown, elsewhere, bad_param, claimed, no_role)
    assert [p.returncode for p in done] == [2] * 5, [p.stderr for p in done]
    assert "the server refused (404)" in unknown.stderr and "'gated'" in unknown.stderr
    assert "`genaiops scenario list` lists them" in unknown.stderr, unknown.stderr  # it gave the API's route
    said = " ".join(elsewhere.stderr.split())
    assert "outside the catalogue folder as this side knows it" in said and "genaiops scenario list" in said
    assert "the server's own may be elsewhere" in said, said  # it named this side's folder as the server's
    assert "the server refused (422)" in bad_param.stderr and "colour" in bad_param.stderr
    assert "--as" in claimed.stderr
    assert "the server refused (403)" in no_role.stderr and "operator" in no_role.stderr
    assert "Traceback" not in "".join(p.stderr for p in done)
    assert len(catalogue.api("bob", "GET", "/runs", params={"limit": 10_000}).json()) == before


def test_resume_asks_the_server_and_follows_the_run(catalogue) -> None:
    """A cancelled run (its approval withdrawn) is resumed through the CLI: the server continues it now, it asks
    again and stops paused (exit 3) with a new pending approval; resuming a finished run is refused (exit 2)."""
    run_id, first = catalogue.start_paused()
    assert catalogue.cli("runs", "cancel", run_id, who="alice").returncode == 0
    resumed = catalogue.cli("resume", run_id, who="alice")
    assert resumed.returncode == 3, resumed.stderr
    assert f"run {run_id}: paused" in resumed.stdout and "the server then continues the run itself" in resumed.stdout
    assert "genaiops resume" not in resumed.stdout  # the server continues it once decided (it said to resume)
    pending = catalogue.api("alice", "GET", "/approvals", params={"run": run_id}).json()
    assert len(pending) == 1 and pending[0]["id"] != first
    ran = catalogue.cli("run", "plain", who="alice")
    finished = catalogue.cli("resume", _run_id(ran.stdout), who="alice")
    assert finished.returncode == 2 and "nothing to resume" in finished.stderr, finished.stderr
    no_role = catalogue.cli("resume", run_id, who="carol")
    assert no_role.returncode == 2 and "the server refused (403)" in no_role.stderr


def test_audit_and_the_catalogue_are_read_from_the_server(catalogue) -> None:
    """`audit list` (table, json, --kind) and `audit verify` print what they print on the server's home; `scenario
    list` gives the server's catalogue in the local shape, each file named as `run` takes it."""
    catalogue.start_paused()
    kinds = ("audit", "list", "--kind", "approval_requested", "--output", "json")  # GET /audit?kind=
    for args in (("audit", "list", "--limit", "30"), ("audit", "list", "--output", "json"), ("audit", "verify"), kinds):
        local, through = catalogue.cli(*args), catalogue.cli(*args, who="alice")
        assert local.returncode == through.returncode == 0, (args, local.stderr, through.stderr)
        assert through.stdout == local.stdout, args
    assert "ledger intact" in catalogue.cli("audit", "verify", who="alice").stdout
    assert {e["kind"] for e in json.loads(catalogue.cli(*kinds, who="alice").stdout)} == {"approval_requested"}
    folder = str(catalogue.root / "scenarios")
    local = json.loads(catalogue.cli("scenario", "list", folder, "--output", "json").stdout)
    listed = catalogue.cli("scenario", "list", "--output", "json", who="alice")
    assert listed.returncode == 0, listed.stderr
    through = json.loads(listed.stdout)
    assert [s["file"] for s in through] == ["gated.yaml", "plain.yaml"]
    assert [s | {"file": None} for s in through] == [s | {"file": None} for s in local]
    assert through[0]["gates"][0]["task_id"] == "change" and through[1]["parameters"][0]["name"] == "value"


def test_an_unknown_run_filter_is_a_404_naming_the_run(catalogue) -> None:
    """GET /audit?run= and GET /approvals?run= with a run the server does not have: 404 naming it and how to list
    runs, the route (they answered []); through the CLI, exit 2 with it and the command. A run with no requests
    is an empty list."""
    for path in ("/audit", "/approvals"):
        answer = catalogue.api("alice", "GET", path, params={"run": "run-nope"})
        assert answer.status_code == 404 and "unknown run 'run-nope'" in answer.text, answer.text
        assert "GET /api/v1/runs" in answer.text
    for args in (("audit", "list"), ("approvals", "list")):
        listed = catalogue.cli(*args, "--run", "run-nope", who="alice")
        assert listed.returncode == 2 and "unknown run 'run-nope'" in listed.stderr, listed.stderr
        assert "`genaiops runs list`" in listed.stderr
    plain = _run_id(catalogue.cli("run", "plain", who="alice").stdout)
    answer = catalogue.api("alice", "GET", "/approvals", params={"run": plain, "scope": "all", "status": "any"})
    assert answer.status_code == 200 and answer.json() == [], answer.text


def test_local_commands_stay_local_and_server_mistakes_exit_2(catalogue, free_port) -> None:
    """`users list` reads this home even with a server set (the help of such commands says so); `audit anchor`
    refuses to act through a server; an unreachable server exits 2 naming GENAIOPS_SERVER_URL, for a run too."""
    assert "even with GENAIOPS_SERVER_URL set" in catalogue.cli("schedules", "--help").stdout
    users = catalogue.cli("users", "list", who="alice")
    assert users.returncode == 0 and "carol" in users.stdout, users.stderr
    anchor = catalogue.cli("audit", "anchor", who="alice")
    assert anchor.returncode == 2 and "server's host" in anchor.stderr
    away = catalogue.cli("run", "gated", GENAIOPS_SERVER_URL=f"http://127.0.0.1:{free_port()}", GENAIOPS_TOKEN="gat_x")
    assert away.returncode == 2 and "GENAIOPS_SERVER_URL=http://127.0.0.1:" in away.stderr


def test_a_decision_on_an_amended_request_names_the_request_that_replaced_it(catalogue) -> None:
    """alice amends bob's request; a decision on the old one (from a stale inbox or a copied id) is refused and
    says which request replaced it and how to read it, in the CLI's words and in the API's; nothing recorded."""
    run_id, first = catalogue.start_paused()
    seen = catalogue.api("alice", "GET", f"/approvals/{first}").json()["args_hash"]
    amend = {"reason": "v3", "args_hash": seen, "amend": {"change": {"version": "v3"}}}
    newer = catalogue.api("alice", "POST", f"/approvals/{first}/amend", json=amend).json()["decided"]
    catalogue.wait_status(run_id, "succeeded")
    before = catalogue.cli("audit", "list", "--output", "json").stdout
    done = catalogue.cli("approvals", "approve", first, "--reason", "from my inbox", who="alice")
    said = " ".join(done.stderr.split())
    assert done.returncode == 2 and "Traceback" not in said, done.stderr
    assert f"{newer} replaced it; decide that one (`genaiops approvals show {newer}`)" in said
    api = catalogue.api("alice", "POST", f"/approvals/{first}/approve", json={"reason": "x", "args_hash": seen})
    assert api.status_code == 409 and f"decide that one (GET /api/v1/approvals/{newer})" in api.json()["detail"]
    assert catalogue.cli("audit", "list", "--output", "json").stdout == before


def test_the_raw_api_names_an_approval_approval_id_as_json_output_does(catalogue) -> None:
    """`GET /approvals` rows and `GET /approvals/ID`'s request carry `approval_id`, as `approvals list -o json`
    does, beside `id` (kept for the clients written against it): a script moves between them unchanged."""
    _, approval_id = catalogue.start_paused()
    rows = catalogue.api("alice", "GET", "/approvals", params={"scope": "all"}).json()
    (row,) = [r for r in rows if r["id"] == approval_id]
    listed = json.loads(catalogue.cli("approvals", "list", "--all", "--output", "json").stdout)
    (printed,) = [a for a in listed if a["approval_id"] == approval_id]
    assert row["approval_id"] == row["id"] == approval_id
    assert {k: row[k] for k in printed} == printed
    detail = catalogue.api("alice", "GET", f"/approvals/{approval_id}").json()
    assert detail["approval"]["approval_id"] == detail["approval"]["id"] == approval_id


def _dropping_proxy(upstream: str, keys: list[str]) -> type[BaseHTTPRequestHandler]:
    """A proxy to ``upstream`` that forwards every request but answers the first ``POST /api/v1/runs`` with a
    closed connection (the server started the run; its answer is lost), noting each start's Idempotency-Key."""

    class Proxy(BaseHTTPRequestHandler):
        def _forward(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "content-length")}
            answer = httpx.request(self.command, upstream + self.path, headers=headers, content=body, timeout=60)
            if self.command == "POST" and self.path == "/api/v1/runs":
                keys.append(self.headers.get("Idempotency-Key", ""))
                if len(keys) == 1:
                    self.close_connection = True
                    return
            self.send_response(answer.status_code)
            for name in ("Content-Type", "Idempotent-Replayed"):
                if name in answer.headers:
                    self.send_header(name, answer.headers[name])
            self.send_header("Content-Length", str(len(answer.content)))
            self.end_headers()
            self.wfile.write(answer.content)

        do_GET = do_POST = _forward  # noqa: N815 - http.server's names

        def log_message(self, *args: object) -> None:
            return

    return Proxy


def test_run_on_the_server_retries_a_lost_answer_with_its_key_and_starts_one_run(catalogue, http_server) -> None:
    """`genaiops run plain` whose first answer to POST /runs is lost (the connection drops after the server
    started the run) sends the same Idempotency-Key again, reads the first run's id, and follows it to its end:
    one run started, not two; another invocation sends a key of its own."""
    before = {r["run_id"] for r in catalogue.api("alice", "GET", "/runs", params={"limit": 10_000}).json()}
    keys: list[str] = []
    with http_server(_dropping_proxy(catalogue.url, keys)) as url:
        through = {"GENAIOPS_SERVER_URL": url, "GENAIOPS_TOKEN": catalogue.tokens["alice"]}
        ran = catalogue.cli("run", "plain", **through)
        assert ran.returncode == 0, ran.stderr
        again = catalogue.cli("run", "plain", **through)
        assert again.returncode == 0, again.stderr
    assert len(keys) == 3 and keys[0] == keys[1] and keys[0] and keys[2] not in ("", keys[0]), keys
    started = {r["run_id"] for r in catalogue.api("alice", "GET", "/runs", params={"limit": 10_000}).json()} - before
    assert started == {_run_id(ran.stdout), _run_id(again.stdout)}


def test_the_server_s_url_is_named_without_its_credentials_and_a_page_is_not_the_api(catalogue, free_port) -> None:
    """A careless GENAIOPS_SERVER_URL: credentials in it (a proxy's basic auth) are never printed, the URL is named
    with `***` in their place (the whole URL was echoed into the terminal and CI logs); a URL that answers
    something other than the API (here the console's redirect to its sign-in page, as an http->https redirect or
    a path after the port would), or no URL at all, exits 2 saying so, where it said 'a bug in genaiops'
    (qa-hostile10)."""
    away = catalogue.cli(
        "runs", "list", GENAIOPS_SERVER_URL=f"http://admin:urlS3cret@127.0.0.1:{free_port()}", GENAIOPS_TOKEN="gat_x"
    )
    assert away.returncode == 2, away.stderr
    assert "urlS3cret" not in away.stdout + away.stderr
    assert "GENAIOPS_SERVER_URL=http://admin:***@127.0.0.1:" in away.stderr
    page = catalogue.cli("runs", "list", GENAIOPS_SERVER_URL=f"{catalogue.url}/?page=1", GENAIOPS_TOKEN="gat_x")
    assert page.returncode == 2, page.stderr
    assert "a bug" not in page.stderr and "not the genaiops API" in page.stderr, page.stderr
    assert "303" in page.stderr and "/signin" in page.stderr
    broken = catalogue.cli("runs", "list", GENAIOPS_SERVER_URL="http://admin:urlS3cret@[::1", GENAIOPS_TOKEN="gat_x")
    assert broken.returncode == 2 and "a bug" not in broken.stderr and "not a URL" in broken.stderr, broken.stderr
    assert "urlS3cret" not in broken.stderr


def test_alerts_list_through_the_server_lists_the_server_s_alerts_not_this_home_s(catalogue, tmp_path) -> None:
    """The second on-call, on their own machine (another GENAIOPS_HOME) with GENAIOPS_SERVER_URL set, runs `alerts
    list` and `alerts list --incidents`: they print the server's alerts and incidents (GET /api/v1/alerts[/incidents]),
    the same table and JSON as on the server's home. They read the empty local home and said "no incidents yet"
    while the server held an open incident with its run: a handover that showed nothing to hand over."""
    data = Path(__file__).parent.parent / "data" / "alertmanager" / "grouped.json"
    taken = catalogue.cli("alerts", "ingest", str(data))
    assert taken.returncode == 0, taken.stdout + taken.stderr
    elsewhere = {"GENAIOPS_HOME": str(tmp_path / "laptop")}
    for args in (("alerts", "list"), ("alerts", "list", "--incidents"), ("alerts", "list", "--incidents", "-o", "json"),
                 ("alerts", "list", "--status", "firing", "-o", "yaml")):  # fmt: skip
        local, through = catalogue.cli(*args), catalogue.cli(*args, who="carol", **elsewhere)
        assert local.returncode == through.returncode == 0, (args, local.stderr, through.stderr)
        assert through.stdout == local.stdout and "checkout" in through.stdout, (args, through.stdout)
    cut = catalogue.cli("alerts", "list", "--limit", "1", who="carol", **elsewhere)
    assert cut.returncode == 0 and "1 of 3 alerts shown" in cut.stderr, cut.stderr
