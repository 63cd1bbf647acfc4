"""`genaiops serve` for real: uvicorn in its own process on 127.0.0.1, accounts and tokens made with the CLI, a
gated run started over HTTP, decided by another person through the CLI in server mode, continued by the
server's worker; the CLI prints the same in server mode as locally; tokens and passwords never reach the log."""

from __future__ import annotations

import contextlib
import socket

import httpx


def test_a_gated_run_is_approved_through_the_cli_and_the_server_finishes_it(served) -> None:
    """bob starts a run over HTTP; alice sees it in her inbox and approves it with the CLI in server mode; the
    worker resumes it to succeeded (nobody types resume); the ledger says alice was authenticated."""
    run_id, approval_id = served.start_paused()
    listed = served.cli("approvals", "list", who="alice")
    assert listed.returncode == 0 and approval_id in listed.stdout, listed.stderr
    approved = served.cli("approvals", "approve", approval_id, "--reason", "CHG-9", who="alice")
    assert approved.returncode == 0, approved.stderr
    assert f"{approval_id}: approve by alice recorded; the approval is now approved (1/1)" in approved.stdout
    assert f"the server continues run {run_id}" in approved.stdout
    served.wait_status(run_id, "succeeded")
    shown = served.cli("runs", "show", run_id, who="bob")
    assert shown.returncode == 0 and f"run {run_id}: succeeded" in shown.stdout, shown.stderr
    entries = served.api("bob", "GET", "/audit", params={"run": run_id}).json()
    decided = [e["payload"] for e in entries if e["kind"] == "approval_decided"]
    assert [(d["approver"], d["identified_by"]) for d in decided] == [("alice", "authenticated")]


def test_the_cli_prints_the_same_through_the_server_as_locally(served) -> None:
    """`runs list`, `runs show` and `approvals show`/`list` print the same from the server as from the home, but
    for the scenario file, which the server names by its catalogue name (`gated.yaml`) where the CLI on its own
    machine keeps the full path (lines wide enough not to wrap either)."""
    run_id, approval_id = served.start_paused()
    for args in (("runs", "list"), ("runs", "show", run_id, "--events"), ("approvals", "show", approval_id),
                 ("approvals", "list")):  # fmt: skip
        local = served.cli(*args, COLUMNS="1000")
        through = served.cli(*args, who="alice", COLUMNS="1000")
        assert local.returncode == through.returncode == 0, (local.stderr, through.stderr)
        assert through.stdout == local.stdout.replace(f"{served.root / 'scenarios'}/", ""), args


def test_the_cli_in_server_mode_says_what_is_wrong(served, free_port) -> None:
    """A bad token, a missing token, an unreachable server, self-approval: exit 2 with one line saying why."""
    _run_id, approval_id = served.start_paused()
    bad = served.cli("runs", "list", GENAIOPS_SERVER_URL=served.url, GENAIOPS_TOKEN="gat_nope")
    half = served.cli("runs", "list", GENAIOPS_SERVER_URL=served.url)
    away = served.cli("runs", "list", GENAIOPS_SERVER_URL=f"http://127.0.0.1:{free_port()}", GENAIOPS_TOKEN="x")
    own = served.cli("approvals", "approve", approval_id, "--reason", "mine", who="bob")
    assert [p.returncode for p in (bad, half, away, own)] == [2, 2, 2, 2]
    assert "the server refused (401)" in bad.stderr
    assert "GENAIOPS_TOKEN is not set" in half.stderr
    assert "cannot reach the genaiops server" in away.stderr
    assert "the server refused (403)" in own.stderr and "themselves" in own.stderr
    assert "Traceback" not in bad.stderr + half.stderr + away.stderr + own.stderr


def test_a_role_the_account_lacks_is_refused_naming_the_accounts_roles(served) -> None:
    """alice (account roles: operator) approves "as sre_oncall" over the API: 403 naming the role, her account's
    roles and where an account gets roles, not the CLI's `--role` or the policy's `people:` (which grant
    nothing on the server); nothing recorded."""
    _run_id, approval_id = served.start_paused()
    args_hash = served.api("alice", "GET", f"/approvals/{approval_id}").json()["args_hash"]
    body = {"reason": "CHG-3", "args_hash": args_hash, "role": "sre_oncall"}
    answer = served.api("alice", "POST", f"/approvals/{approval_id}/approve", json=body)
    assert answer.status_code == 403, answer.text
    detail = answer.json()["detail"]
    assert "role 'sre_oncall': the account 'alice' does not hold that role (its roles: operator)" in detail
    assert "genaiops users roles NAME --role ROLE" in detail
    assert "--role 'sre_oncall'" not in detail and "people:" not in detail and "command line" not in detail
    assert served.api("alice", "GET", f"/approvals/{approval_id}").json()["decisions"] == []


def test_a_run_is_cancelled_through_the_cli_in_server_mode(served) -> None:
    """`runs cancel` in server mode cancels the paused run on the server; its approval is withdrawn."""
    run_id, approval_id = served.start_paused()
    cancelled = served.cli("runs", "cancel", run_id, "--reason", "freeze", who="alice")
    assert cancelled.returncode == 0 and f"run {run_id}: cancel recorded" in cancelled.stdout, cancelled.stderr
    assert served.api("bob", "GET", f"/runs/{run_id}").json()["status"] == "cancelled"
    assert served.api("bob", "GET", f"/approvals/{approval_id}").json()["status"] == "withdrawn"


def test_tokens_and_passwords_never_reach_the_server_log(served, passwords) -> None:
    """After every request above, the server's log holds requests but no token or password."""
    served.api("alice", "GET", "/me")
    text = served.log.read_text()
    assert '"GET /api/v1/me HTTP/1.1" 200' in text
    for secret in [*served.tokens.values(), *passwords.values()]:
        assert secret not in text


def test_a_scenario_is_started_by_the_name_it_declares(served) -> None:
    """`POST /runs` takes the `name:` a scenario file declares (what `genaiops scenario list`, the README's catalogue
    and the alert rules call it) as well as its file name; an unknown one is a 404 suggesting both kinds."""
    answer = served.api("bob", "POST", "/runs", json={"scenario": "gated-change"})
    assert answer.status_code == 202, answer.text
    served.wait_status(answer.json()["run_id"], "paused")
    unknown = served.api("bob", "POST", "/runs", json={"scenario": "gated-chnge"})
    assert unknown.status_code == 404 and "(did you mean 'gated-change'?)" in unknown.json()["detail"]


def test_a_bad_notify_interval_stops_serve_with_exit_2_naming_it(served) -> None:
    """GENAIOPS_NOTIFY_INTERVAL (it was a fixed 5 s) below its 0.1 s floor, or not a number: `genaiops serve`
    exits 2 naming the variable, the bound and the value, before it listens."""
    port = served.url.rsplit(":", 1)[1]  # in use: a serve that read no such setting exits at once too
    for value, said in [("0", "greater than or equal to 0.1 (got '0')"), ("often", "a valid number")]:
        done = served.cli("serve", "--port", port, GENAIOPS_NOTIFY_INTERVAL=value)
        assert done.returncode == 2, done.stdout + done.stderr
        assert f"bad setting: GENAIOPS_NOTIFY_INTERVAL: Input should be {said}" in done.stderr, done.stderr


def test_serve_on_a_port_in_use_exits_2_naming_it(served) -> None:
    """A second `genaiops serve` on the running server's port: exit 2 with the address and the reason (uvicorn
    alone logged its error and exited 3, the code of a run paused at a gate)."""
    port = served.url.rsplit(":", 1)[1]
    done = served.cli("serve", "--port", port)
    assert done.returncode == 2, done.stdout + done.stderr
    assert f"cannot listen on 127.0.0.1:{port}: Address already in use" in done.stderr
    assert "Traceback" not in done.stderr


def test_the_server_anchors_the_ledger_entries_it_writes(served, wait_for) -> None:
    """A request and a decision made only through the server are anchored by it (as each CLI command that adds
    entries anchors them): the newest anchor under keys/anchors reaches the ledger's head without anyone running
    `genaiops audit anchor`, so `audit verify` checks the head against it."""
    import json

    run_id, approval_id = served.start_paused()
    seen = served.api("alice", "GET", f"/approvals/{approval_id}").json()["args_hash"]
    decided = served.api(
        "alice", "POST", f"/approvals/{approval_id}/approve", json={"reason": "CHG-3", "args_hash": seen}
    )
    assert decided.status_code == 200, decided.text
    served.wait_status(run_id, "succeeded")
    head = max(e["seq"] for e in served.api("bob", "GET", "/audit", params={"limit": 1000}).json())
    folder = served.root / "home" / "keys" / "anchors"

    def anchored() -> bool:
        seqs = [json.loads(p.read_text())["seq"] for p in folder.glob("*.json")] if folder.is_dir() else []
        return max(seqs, default=0) >= head

    wait_for(anchored, f"an anchor of the ledger's head (entry {head})", timeout=30)
    verified = served.cli("audit", "verify")
    assert verified.returncode == 0 and "no anchor yet" not in verified.stdout, verified.stdout


TOKEN_IN_REASON = "ghp_" + "aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5"


def test_a_secret_pasted_into_a_reason_is_never_recorded_in_clear(served) -> None:
    """A token pasted into a decision's reason, through the API and through the local CLI, is recorded as
    ⟦GITHUB_TOKEN⟧ and the person is told so: the ledger, whose entries can never be taken back, and every
    other table hold it nowhere (the chat desk's guardrails already redacted a reason typed there)."""
    _run, first = served.start_paused()
    seen = served.api("alice", "GET", f"/approvals/{first}").json()["args_hash"]
    body = {"reason": f"CHG-5, deploy token {TOKEN_IN_REASON}", "args_hash": seen}
    answer = served.api("alice", "POST", f"/approvals/{first}/approve", json=body)
    assert answer.status_code == 200, answer.text
    assert any("reads as a secret (GITHUB_TOKEN)" in note for note in answer.json()["notes"])
    _run, second = served.start_paused()
    local = served.cli("approvals", "reject", second, "--reason", f"no: {TOKEN_IN_REASON} leaked in the change")
    assert local.returncode == 0 and "reads as a secret (GITHUB_TOKEN)" in " ".join(local.stdout.split()), local.stderr
    reasons = [e["payload"].get("reason") for e in served.api("bob", "GET", "/audit", params={"limit": 1000}).json()]
    assert "CHG-5, deploy token ⟦GITHUB_TOKEN⟧" in reasons and "no: ⟦GITHUB_TOKEN⟧ leaked in the change" in reasons
    stored = b"".join(p.read_bytes() for p in (served.root / "home").glob("genaiops.db*"))
    assert TOKEN_IN_REASON.encode() not in stored


def test_a_policy_edited_while_the_server_runs_is_the_one_it_applies(tmp_path, genaiops_serve, wait_for) -> None:
    """The home's policy.yaml tightened (one approval -> two) while `genaiops serve` runs: the server's catalogue
    and its next run's request follow the file, and the ledger records the change once. Before, the server kept
    the policy it started with: its next run asked one approval, and it wrote policy_changed back to the old
    version, closing the requests a CLI command had asked under the new one as stale."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    import httpx

    (tmp_path / "scenarios").mkdir()
    (tmp_path / "scenarios" / "gated.yaml").write_bytes((Path(__file__).parent / "gated.yaml").read_bytes())
    home = tmp_path / "home"
    home.mkdir()
    (home / "policy.yaml").write_text("tiers:\n  medium: {approvals: 1}\n", encoding="utf-8")
    drop = ("GENAIOPS_USER", "GENAIOPS_SERVER_URL", "GENAIOPS_TOKEN", "GENAIOPS_STORE_URL", "GENAIOPS_POLICY_FILE")
    env = {k: v for k, v in os.environ.items() if k not in drop} | {
        "HOME": str(tmp_path), "GENAIOPS_HOME": str(home), "GENAIOPS_SCENARIOS_DIR": str(tmp_path / "scenarios"),
        "GENAIOPS_WORKER_INTERVAL": "0.2",
    }  # fmt: skip
    genaiops = str(Path(sys.executable).parent / "genaiops")
    for args in (("users", "add", "bob", "--role", "operator", "--no-password"), ("tokens", "create", "--user", "bob")):
        made = subprocess.run([genaiops, *args], env=env, capture_output=True, text=True, timeout=120)
        assert made.returncode == 0, made.stderr
    token = made.stdout.strip().splitlines()[-1]
    with genaiops_serve(env, tmp_path / "server.log", ready="/api/v1/openapi.json") as server:

        def api(method: str, path: str, **kw) -> httpx.Response:  # noqa: ANN003
            return httpx.request(method, f"{server.url}/api/v1{path}", headers={"Authorization": f"Bearer {token}"},
                                 timeout=30, **kw)  # fmt: skip

        def requests_of(run_id: str) -> list[dict]:
            return api("GET", "/approvals", params={"run": run_id, "scope": "all", "status": "any"}).json()

        def gate_needs() -> int:
            return api("GET", "/scenarios").json()[0]["gates"][0]["approvals"]

        def started() -> str:
            run_id = api("POST", "/runs", json={"scenario": "gated"}).json()["run_id"]
            return wait_for(lambda: requests_of(run_id) and run_id, f"run {run_id} to ask its approval")

        assert requests_of(started())[0]["required"] == 1 and gate_needs() == 1
        (home / "policy.yaml").write_text("tiers:\n  medium: {approvals: 2}\n", encoding="utf-8")
        wait_for(lambda: gate_needs() == 2, "the server to apply the edited policy", timeout=30)
        later = started()
        assert [r["required"] for r in requests_of(later)] == [2]
        entries = api("GET", "/audit", params={"limit": 1000}).json()
    changes = [e["payload"]["previous_hash"] is not None for e in entries if e["kind"] == "policy_changed"]
    assert changes == [True]  # one change, to the edited policy, never back


def test_an_admin_grants_a_role_to_an_existing_account_and_its_token_holds_it_at_once(served) -> None:
    """gina signs up with no role: starting a run is 403, and the detail names the command that grants her one;
    `users roles gina --role operator` (the server's home) changes her account's roles, and her same token then
    starts the run (before: the only hint was `users add`, which refuses an existing account, so a role meant
    removing the account and every token it had); an unknown account or role is exit 2 naming it; a bare `users
    roles gina` changes nothing and says how to see or clear her roles (it took every role away: qa-admin11), and
    `--no-role` takes them away."""
    added = served.cli("users", "add", "gina", "--password-stdin", input="gina-pass-4k2z\n")
    assert added.returncode == 0, added.stderr
    made = served.cli("tokens", "create", "--user", "gina")
    served.tokens["gina"] = made.stdout.strip().splitlines()[-1]
    refused = served.api("gina", "POST", "/runs", json={"scenario": "gated"})
    assert refused.status_code == 403 and "genaiops users roles gina --role operator" in refused.json()["detail"]
    again = served.cli("users", "add", "gina", "--role", "operator", "--password-stdin", input="gina-pass-4k2z\n")
    assert again.returncode == 2 and "users roles" in again.stderr, again.stderr
    granted = served.cli("users", "roles", "gina", "--role", "operator")
    assert granted.returncode == 0, granted.stderr
    assert "gina: roles operator (were: none)" in granted.stdout, granted.stdout
    started = served.api("gina", "POST", "/runs", json={"scenario": "gated"})
    assert started.status_code == 202, started.text
    unknown = served.cli("users", "roles", "nobody", "--role", "operator")
    assert unknown.returncode == 2 and "nobody" in unknown.stderr, unknown.stderr
    bad = served.cli("users", "roles", "gina", "--role", "oprator")
    assert bad.returncode == 2 and "did you mean 'operator'" in bad.stderr, bad.stderr
    bare = served.cli("users", "roles", "gina")  # an admin looking at her roles must not take them all away
    assert bare.returncode == 2 and "--no-role" in bare.stderr and "operator" in bare.stderr, bare.stderr
    assert served.api("gina", "POST", "/runs", json={"scenario": "gated"}).status_code == 202
    both = served.cli("users", "roles", "gina", "--role", "operator", "--no-role")
    assert both.returncode == 2 and "--no-role" in both.stderr, both.stderr
    cleared = served.cli("users", "roles", "gina", "--no-role")
    assert cleared.returncode == 0 and "gina: roles none (were: operator)" in cleared.stdout, cleared.stderr
    assert served.api("gina", "POST", "/runs", json={"scenario": "gated"}).status_code == 403


def _failed_sign_ins(url: str, forwarded_for: list[str]) -> list[int]:
    """One failed sign-in through the console's form per address, each sent as `X-Forwarded-For`."""
    import re

    import httpx

    codes = []
    with httpx.Client(base_url=url, timeout=30) as client:
        for n, address in enumerate(forwarded_for):
            form = client.get("/signin")
            csrf = re.search(r'name="csrf" value="([^"]+)"', form.text).group(1)
            data = {"username": f"nobody{n}", "password": "wrong-password", "csrf": csrf}
            codes.append(client.post("/signin", data=data, headers={"X-Forwarded-For": address}).status_code)
    return codes


def test_a_forged_x_forwarded_for_neither_escapes_the_sign_in_limit_nor_reaches_the_log(
    served, tmp_path, genaiops_serve
) -> None:
    """A local caller who sends a new `X-Forwarded-For` with each wrong password (a password spray over many
    names) is still one address: the sixth failure is held back (429), and the log shows 127.0.0.1, never the
    forged addresses. Before, uvicorn's default believed the header from 127.0.0.1: every attempt counted for
    another address and the log wrote whatever the caller typed. `--trust-proxy` names a real proxy whose
    header is believed."""
    forged = [f"10.9.9.{n}" for n in range(6)]
    with genaiops_serve(served.env, tmp_path / "plain.log") as plain:
        codes = _failed_sign_ins(plain.url, forged)
    log = (tmp_path / "plain.log").read_text()
    assert codes == [401] * 5 + [429], codes
    assert "10.9.9." not in log and "127.0.0.1" in log, log[-2000:]
    with genaiops_serve(served.env, tmp_path / "proxied.log", args=("--trust-proxy", "127.0.0.1")) as proxied:
        codes = _failed_sign_ins(proxied.url, forged)
    assert codes == [401] * 6, codes  # each address its own, as the proxy says
    assert "10.9.9.5" in (tmp_path / "proxied.log").read_text()


def test_a_run_form_sent_twice_starts_one_run(served, passwords) -> None:
    """bob's browser sends the scenario's run form twice (a double click on a slow answer, a re-send), one after
    the other and, with a new form, both at once: each form starts one run, and every POST of it lands on that
    run's page, which says the second send started nothing. Before, each POST started a run of its own (two
    production changes waiting for approval). A form drawn afresh starts a new run."""
    import re
    from concurrent.futures import ThreadPoolExecutor

    import httpx

    def hidden(html: str) -> dict[str, str]:
        return dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', html))

    with httpx.Client(base_url=served.url, timeout=60) as client:
        signin = hidden(client.get("/signin").text)
        data = signin | {"username": "bob", "password": passwords["bob"]}
        assert client.post("/signin", data=data).status_code == 303
        before = len(served.api("bob", "GET", "/runs").json())
        form = hidden(client.get("/scenarios/gated").text)
        first, second = (client.post("/run/gated", data=form) for _ in range(2))
        assert first.status_code == second.status_code == 303, (first.text, second.text)
        assert first.headers["location"] == second.headers["location"]
        shown = client.get(second.headers["location"]).text
        assert "this form was sent twice; the second time started nothing" in shown
        form = hidden(client.get("/scenarios/gated").text)
        with ThreadPoolExecutor(3) as pool:
            at_once = list(pool.map(lambda _: client.post("/run/gated", data=form), range(3)))
        assert {a.headers["location"] for a in at_once} != {first.headers["location"]}
        assert len({a.headers["location"] for a in at_once}) == 1, [a.headers.get("location") for a in at_once]
        assert len(served.api("bob", "GET", "/runs").json()) == before + 2


def test_a_name_claimed_with_genaiops_user_against_the_server_is_refused_not_dropped(served) -> None:
    """alice, with GENAIOPS_USER=carol left in her shell, approves, cancels and starts runs through the CLI in
    server mode: each exits 2 saying the server knows her by her token and to unset GENAIOPS_USER, and nothing
    is recorded (as `--as` is refused). Before, the name was silently dropped and alice's token acted: she
    believed she had acted as carol."""
    run_id, approval_id = served.start_paused()
    runs_before = len(served.api("bob", "GET", "/runs").json())
    for args in (
        ("approvals", "approve", approval_id, "--reason", "CHG-7"),
        ("runs", "cancel", run_id),
        ("run", "gated"),
    ):
        done = served.cli(*args, who="alice", GENAIOPS_USER="carol")
        assert done.returncode == 2, (args, done.stdout, done.stderr)
        said = " ".join(done.stderr.split())
        assert "GENAIOPS_USER='carol': the server knows you by your token" in said and "Traceback" not in said
    assert served.api("alice", "GET", f"/approvals/{approval_id}").json()["status"] == "pending"
    assert served.api("bob", "GET", f"/runs/{run_id}").json()["status"] == "paused"
    assert len(served.api("bob", "GET", "/runs").json()) == runs_before


def test_a_reason_holding_terminal_controls_is_shown_not_obeyed(served) -> None:
    """alice rejects over the API with a reason holding an ANSI escape (clear the screen, colour), a bidi override
    and a zero-width space: `approvals show` and `runs show` (on the home and through the server) print each as
    ``\\uXXXX``, so the terminal of whoever reads it neither obeys nor hides them. Before, the raw characters
    reached their screens (Rich strips only a few control codes; ESC was not one)."""
    run_id, approval_id = served.start_paused()
    args_hash = served.api("alice", "GET", f"/approvals/{approval_id}").json()["args_hash"]
    reason = "fine \x1b[2J\x1b[31mRED\x1b[0m \u202egnp.exe\u202c and\u200b more"
    answer = served.api(
        "alice", "POST", f"/approvals/{approval_id}/reject", json={"reason": reason, "args_hash": args_hash}
    )
    assert answer.status_code == 200, answer.text
    served.wait_status(run_id, "rejected")
    for args, who in (
        (("approvals", "show", approval_id), None),
        (("approvals", "show", approval_id), "bob"),
        (("runs", "show", run_id), None),
        (("runs", "show", run_id, "--events"), "bob"),
    ):
        done = served.cli(*args, who=who)
        assert done.returncode in (0, 1), (args, done.stderr)
        assert not any(c in done.stdout for c in "\x1b\u202e\u202c\u200b"), (args, done.stdout)
        assert "\\u001b[2J\\u001b[31mRED\\u001b[0m \\u202egnp.exe\\u202c and\\u200b more" in done.stdout, (
            args,
            done.stdout,
        )


def test_the_web_console_shows_a_reason_s_bidi_override_instead_of_obeying_it(served, passwords) -> None:
    """alice rejects with a reason holding U+202E (which makes a browser show ``gnp.exe`` as ``exe.png``), an ESC
    and a zero-width space: the approval page and the run page bob reads in the console hold each as
    ``\\uXXXX`` text, never the character itself. Before, HTML escaping left them as they were."""
    import re

    import httpx

    run_id, approval_id = served.start_paused()
    args_hash = served.api("alice", "GET", f"/approvals/{approval_id}").json()["args_hash"]
    body = {"reason": "fine \u202egnp.exe\u202c \x1b[31m and\u200b more", "args_hash": args_hash}
    assert served.api("alice", "POST", f"/approvals/{approval_id}/reject", json=body).status_code == 200
    served.wait_status(run_id, "rejected")
    with httpx.Client(base_url=served.url, timeout=60) as client:
        signin = dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', client.get("/signin").text))
        assert (
            client.post("/signin", data=signin | {"username": "bob", "password": passwords["bob"]}).status_code == 303
        )
        for path in (f"/approvals/{approval_id}", f"/runs/{run_id}"):
            page = client.get(path).text
            assert not any(c in page for c in "\u202e\u202c\x1b\u200b"), path
            assert "fine \\u202egnp.exe\\u202c \\u001b[31m and\\u200b more" in page, path


SLOW = """
name: slow-change
tasks:
  - {id: nap, tool: wait, args: {seconds: 3}}
  - {id: after, tool: echo, args: {value: done}, after: [nap]}
"""


LEASE = 1.5
"""Server A's lease in the takeover tests (GENAIOPS_LEASE_SECONDS)."""


@contextlib.contextmanager
def _slow_run_on_server_a(served, genaiops_serve, wait_for, log: str):  # noqa: ANN001, ANN202
    """Server A (lease ``LEASE``) on the served store starts slow-change over HTTP; yields (A, the run's id, its
    events as (task, kind)) once the nap started on A."""
    (served.root / "scenarios" / "slow.yaml").write_text(SLOW, encoding="utf-8")
    env = served.env | {"GENAIOPS_LEASE_SECONDS": str(LEASE)}
    with genaiops_serve(env, served.root / log, ready="/api/v1/openapi.json") as a:
        answer = httpx.post(
            f"{a.url}/api/v1/runs", json={"scenario": "slow-change"},
            headers={"Authorization": f"Bearer {served.tokens['bob']}"}, timeout=30,
        )  # fmt: skip
        assert answer.status_code == 202, answer.text
        run_id = answer.json()["run_id"]

        def kinds() -> list[tuple[str | None, str]]:
            events = served.api("bob", "GET", f"/runs/{run_id}").json()["events"]
            return [(e["task_id"], e["kind"]) for e in events]

        wait_for(lambda: ("nap", "task_started") in kinds(), "the nap to start on server A")
        yield a, run_id, kinds


def test_a_run_whose_server_was_killed_is_taken_over_by_another_server_within_its_lease(
    served, genaiops_serve, wait_for
) -> None:
    """Server A (lease 1.5 s) on the same store as the served one (B) starts a run over HTTP and is SIGKILLed
    mid-run: B takes the run over once A's lease ran out (within it plus a margin), once, finishes it, and the
    ledger and the run's events name B as the new executor, A as the old one and the lapsed lease as why.
    Before, only a `genaiops worker` or a `genaiops resume` took such a run: it read orphaned forever."""
    import os
    import signal
    import time

    with _slow_run_on_server_a(served, genaiops_serve, wait_for, "server-a.log") as (a, run_id, kinds):
        os.kill(a.process.pid, signal.SIGKILL)
        a.process.wait()
        killed = time.monotonic()
        wait_for(lambda: (None, "run_resumed") in kinds(), "server B to take the run over", timeout=LEASE + 8)
        taken = time.monotonic() - killed
    served.wait_status(run_id, "succeeded")
    assert taken <= LEASE + 8, taken
    events = served.api("bob", "GET", f"/runs/{run_id}").json()["events"]
    (resumed,) = [e for e in events if e["kind"] == "run_resumed"]
    a_owner, b_owner = (f"{socket.gethostname()}:{p.pid}" for p in (a.process, served.process))
    assert resumed["data"]["was"] == "orphaned" and resumed["data"]["by"] == b_owner, resumed
    assert resumed["data"]["from"] == a_owner, resumed
    (entry,) = [e for e in served.api("bob", "GET", "/audit", params={"run": run_id}).json()]
    assert entry["kind"] == "run_taken_over", entry
    assert entry["payload"]["by"] == b_owner and entry["payload"]["from"] == a_owner, entry
    assert "lease" in entry["payload"]["reason"], entry
    assert [k for k in kinds() if k == ("after", "task_succeeded")] == [("after", "task_succeeded")]
    verified = served.cli("audit", "verify")
    assert verified.returncode == 0, verified.stdout + verified.stderr


def test_a_cancel_asked_while_a_runs_server_was_frozen_is_honoured_by_the_server_that_takes_it_over(
    served, genaiops_serve, wait_for
) -> None:
    """Server A (lease 1.5 s) runs a run; A freezes (SIGSTOP) before it sees a cancel asked through server B, then
    is killed: B takes the run over and it ends cancelled, the rest of its tasks not run. The takeover reset the
    cancel, so B carried the run on to success: an operator's cancel was lost."""
    import os
    import signal

    with _slow_run_on_server_a(served, genaiops_serve, wait_for, "server-a2.log") as (a, run_id, kinds):
        os.kill(a.process.pid, signal.SIGSTOP)
        try:
            cancelled = served.api("bob", "POST", f"/runs/{run_id}/cancel", json={"reason": "wrong change"})
            assert cancelled.status_code == 200 and cancelled.json()["was"] == "running", cancelled.text
        finally:
            os.kill(a.process.pid, signal.SIGKILL)
            a.process.wait()
        wait_for(lambda: (None, "run_resumed") in kinds(), "server B to take the run over", timeout=LEASE + 8)
    served.wait_status(run_id, "cancelled")
    assert ("after", "task_started") not in kinds()
