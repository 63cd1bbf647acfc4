"""Notifications as people use them: events made through the CLI (a gated run pauses, another person approves,
the run resumes), then `genaiops notifications send` delivers them to a real webhook receiver and a real SMTP
server on 127.0.0.1: signed, linked to the console, once; failures are recorded and retried with backoff."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import re
import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from genaiops.ops import dispatch_due
from genaiops.ops.channels import send_webhook
from genaiops.ops.db import OpsDB
from genaiops.ops.outbox import LEASE, list_outbox
from genaiops.runtime import open_store
from genaiops.settings import load_settings

REPO = Path(__file__).resolve().parents[2]
CANARY = REPO / "scenarios" / "canary_release.yaml"
KEY = "whk-9c1f-top-secret-signing-key"
CONSOLE = "https://console.example"


def write_config(home: Path, text: str) -> Path:
    path = home / "notifications.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def webhook_config(url: str, *, retry: str = "", events: str = "") -> str:
    return (
        f"public_url: {CONSOLE}\n{retry}channels:\n  oncall:\n    type: webhook\n    url: {url}\n"
        f"    secret: secret://HOOK_KEY\n{events}"
    )


def signed_correctly(headers: dict[str, str], body: bytes, key: str = KEY) -> bool:
    """The README's recipe, written out here: HMAC-SHA256 over b'v1:' + timestamp + b':' + body."""
    timestamp = headers["X-GenAIOps-Timestamp"]
    expected = "v1=" + hmac.new(key.encode(), b"v1:" + timestamp.encode() + b":" + body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, headers["X-GenAIOps-Signature"])


@pytest.fixture
def paused_run(home, cli, monkeypatch) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    """A canary run paused at its gate, requested by bob through the CLI: (run id, approval id)."""
    monkeypatch.setenv("GENAIOPS_SECRET_HOOK_KEY", KEY)
    result = cli("run", CANARY)
    assert result.exit_code == 3, result.output
    run_id = re.search(r"run (run-\S+): paused", result.stdout).group(1)
    approval_id = re.search(r"(ap-[0-9a-f]{12})", result.stdout).group(1)
    return run_id, approval_id


def test_cli_flow_sends_each_event_once_signed_and_linked(home, cli, paused_run, webhook, smtp):
    """approval requested, decided and run succeeded reach the webhook (signed, Slack-shaped) and the mailbox,
    linked to the console, without the tool's arguments, each numbered 1, 2, 3... per receiver; a second send
    delivers nothing again."""
    run_id, approval_id = paused_run
    write_config(
        home,
        webhook_config(webhook.url)
        + f"  mail:\n    type: email\n    host: 127.0.0.1\n    port: {smtp.port}\n    starttls: false\n"
        "    from: genaiops@example.com\n    to: [ops@example.com]\n    events: [approval.requested, run.succeeded]\n",
    )
    assert cli("approvals", "approve", approval_id, "--as", "alice", "--reason", "CHG-1").exit_code == 0
    assert cli("resume", run_id).exit_code == 0

    sent = cli("notifications", "send")
    assert sent.exit_code == 0, sent.output
    assert "derived 5, sent 5" in sent.stdout

    events = [h["X-GenAIOps-Event"] for h, _ in webhook.requests]
    assert events == ["approval.requested", "approval.decided", "run.succeeded"]
    for headers, body in webhook.requests:
        assert signed_correctly(headers, body)
        assert not signed_correctly(headers, body + b" ")
        payload = json.loads(body)
        assert payload["text"] and payload["blocks"][0]["type"] == "section"
        assert "checkout@production" not in body.decode() and "CHG-1" not in body.decode()
    bodies = [json.loads(b) for _, b in webhook.requests]
    assert bodies[0]["genaiops"]["url"] == f"{CONSOLE}/approvals/{approval_id}"
    assert f"<{CONSOLE}/runs/{run_id}|Open in the console>" in bodies[2]["text"]
    assert "apply_change" in bodies[0]["text"] and "alice" in json.dumps(bodies[1]["blocks"])

    subjects = sorted(m["Subject"] for m in smtp.messages)
    assert subjects == ["[genaiops] Approval requested: apply_change in run canary-release",
                        "[genaiops] Run succeeded: canary-release"]  # fmt: skip
    mail = next(m for m in smtp.messages if "Approval" in m["Subject"])
    text = mail.get_payload(decode=True).decode()
    assert f"{CONSOLE}/approvals/{approval_id}" in text and "checkout@production" not in text and "Risk: medium" in text

    again = cli("notifications", "send")
    assert again.exit_code == 0 and "derived 0, sent 0" in again.stdout
    assert len(webhook.requests) == 3 and len(smtp.messages) == 2
    listed = cli("notifications", "list", "--status", "sent")
    assert listed.stdout.count("│ sent ") == 5, listed.stdout
    as_json = json.loads(cli("notifications", "list", "--status", "sent", "-o", "json").stdout)
    assert [d["status"] for d in as_json] == ["sent"] * 5 and all(d["delivery"].startswith("ntf-") for d in as_json)
    cut = cli("notifications", "list", "--status", "sent", "--limit", "2", "-o", "json")
    assert len(json.loads(cut.stdout)) == 2 and "more deliveries exist: use --limit 20" in " ".join(cut.stderr.split())
    assert "listing stops" not in cli("notifications", "list", "--status", "sent", "--limit", "5").stderr
    # delivery ids are numbered across channels (the webhook saw gaps it read as lost notifications): each message
    # also carries its channel's own sequence, with no gap, and the payload says what each number is
    numbers = [json.loads(body)["genaiops"] for _, body in webhook.requests]
    assert [n["sequence"] for n in numbers] == [1, 2, 3] and "not consecutive" in numbers[0]["delivery_ids"]
    assert [h["X-GenAIOps-Sequence"] for h, _ in webhook.requests] == ["1", "2", "3"]
    assert [m["X-GenAIOps-Sequence"] for m in smtp.messages] == ["1", "2"]


def test_secret_values_are_never_stored(home, cli, paused_run, webhook):
    """After deliveries, no table of the store holds the signing key or the webhook URL's token."""
    write_config(home, webhook_config("secret://HOOK_URL"))
    assert cli("notifications", "send", env={"GENAIOPS_SECRET_HOOK_URL": webhook.url}).exit_code == 0
    assert len(webhook.requests) == 1
    with closing(sqlite3.connect(home / "genaiops.db")) as db:
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        text = repr([db.execute(f"SELECT * FROM {t}").fetchall() for t in tables])
    assert "notify_outbox" in tables and KEY not in text and "T0K3N" not in text


def _dispatch(now: datetime, **kwargs):  # type: ignore[no-untyped-def]
    settings = load_settings()
    store = open_store(settings)
    try:
        return asyncio.run(dispatch_due(store, settings, now, **kwargs))
    finally:
        store.close()


def _rows():  # type: ignore[no-untyped-def]
    store = open_store(load_settings())
    try:
        with OpsDB(store) as ops:
            return list_outbox(ops)
    finally:
        store.close()


def test_failures_are_retried_with_exponential_backoff(home, paused_run, webhook):
    """500, 500, then 200: tries at t, t+30 s, t+90 s (30 s doubling); nothing is tried before it is due."""
    write_config(home, webhook_config(webhook.url))
    webhook.answers[:] = [500, 500]
    t = datetime.now(UTC)
    first = _dispatch(t)
    assert (first.derived, first.sent, first.retrying) == (1, 0, 1)
    assert "HTTP 500" in first.errors[0] and "T0K3N" not in first.errors[0]
    (row,) = _rows()
    assert (row.status, row.attempts) == ("pending", 1)
    assert datetime.fromisoformat(row.next_try) == t + timedelta(seconds=30)
    assert _dispatch(t + timedelta(seconds=29)).retrying == 0 and len(webhook.requests) == 1
    assert _dispatch(t + timedelta(seconds=30)).retrying == 1
    assert _dispatch(t + timedelta(seconds=89)).sent == 0
    assert _dispatch(t + timedelta(seconds=90)).sent == 1
    (row,) = _rows()
    assert (row.status, row.attempts, len(webhook.requests), len(webhook.processed)) == ("sent", 3, 3, 1)


def test_unreachable_channels_are_recorded_and_given_up_after_max_attempts(home, cli, paused_run, free_port, smtp):
    """A closed port (webhook) and a dead SMTP port: each failure recorded with its error and next try, never
    lost; after max_attempts the delivery is failed and `notifications list --status failed` shows why."""
    dead = free_port()
    write_config(
        home,
        webhook_config(f"http://127.0.0.1:{dead}/x", retry="retry: {max_attempts: 2, first_delay_seconds: 60}\n")
        + f"  mail:\n    type: email\n    host: 127.0.0.1\n    port: {dead}\n    starttls: false\n"
        "    from: a@example.com\n    to: [b@example.com]\n",
    )
    sent = cli("notifications", "send")
    assert sent.exit_code == 1 and "not delivered 2 (pending: will retry)" in sent.stdout, sent.output
    assert "Traceback" not in sent.output and f"127.0.0.1:{dead}" in sent.stdout
    pending = cli("notifications", "list", "--status", "pending")
    assert pending.stdout.count("│ pending ") == 2 and "ConnectError" in pending.stdout
    later = (datetime.now(UTC) + timedelta(minutes=2)).isoformat()
    assert cli("notifications", "send", "--now", later).exit_code == 1
    failed = cli("notifications", "list", "--status", "failed")
    assert failed.stdout.count("│ failed ") == 2 and "SMTP to 127.0.0.1" in failed.stdout, failed.stdout


class Killed(BaseException):
    """Stands for the process dying (kill -9) right after a message went out, before it was marked sent."""


def test_crash_between_send_and_mark_resends_the_same_delivery_once(home, paused_run, webhook):
    """The row stays claimed; after the lease it is sent again with the same delivery id, so the receiver
    processes it once; before the lease runs out nothing is sent twice."""
    write_config(home, webhook_config(webhook.url))

    async def send_then_die(*args):  # type: ignore[no-untyped-def]
        await send_webhook(*args)
        raise Killed

    t = datetime.now(UTC)
    with pytest.raises(Killed):
        _dispatch(t, send=send_then_die)
    (row,) = _rows()
    assert row.status == "sending" and len(webhook.requests) == 1
    assert _dispatch(t + timedelta(minutes=1)).sent == 0 and len(webhook.requests) == 1
    assert _dispatch(t + LEASE).sent == 1
    ids = [h["X-GenAIOps-Delivery"] for h, _ in webhook.requests]
    assert ids == [row.delivery, row.delivery] and list(webhook.processed) == [row.delivery]
    (row,) = _rows()
    assert (row.status, row.attempts) == ("sent", 2)


def test_missing_secret_is_a_recorded_failure_naming_the_setting(home, cli, paused_run, webhook, monkeypatch):
    """A signing key that is not set: the delivery fails with a message naming GENAIOPS_SECRET_HOOK_KEY."""
    monkeypatch.delenv("GENAIOPS_SECRET_HOOK_KEY")
    write_config(home, webhook_config(webhook.url))
    result = cli("notifications", "send")
    assert result.exit_code == 1 and "GENAIOPS_SECRET_HOOK_KEY" in result.stdout and webhook.requests == []


BAD_CONFIGS = [
    pytest.param(
        "channels:\n  hook:\n    type: webhook\n    url: https://x.example\n    secret: plain-value\n    evnts: [x]\n",
        [
            "2 problems",
            "notifications.yaml:5: channels.hook.secret: secret must be a reference like secret://NAME",
            "notifications.yaml:6: channels.hook.evnts: unknown key 'evnts' (did you mean 'events'?)",
        ],
        id="clear-secret-and-typo",
    ),  # fmt: skip
    pytest.param(
        "channels:\n  m:\n    type: email\n    host: h\n    from: a@b.c\n    to: [x@y.z]\n    events: [run.failed, "
        "run.exploded]\n",
        ["notifications.yaml:7: channels.m.events[1]: unknown value 'run.exploded'"],
        id="unknown-event",
    ),
    pytest.param(
        "channels:\n  p:\n    type: pager\n",
        ["notifications.yaml:2: channels.p: unknown type 'pager'", "known: webhook, email"],
        id="type",
    ),
    pytest.param("channels: [\n", ["notifications.yaml:2", "malformed YAML"], id="malformed"),
    pytest.param(
        "- a\n", ["notifications.yaml:1: expected a mapping with `channels:` at the top level, found a list"], id="list"
    ),
    pytest.param(
        "channels:\n  m:\n    type: email\n    host: h\n    from: a@b.c\n    to: [ops]\n",
        ["notifications.yaml:6: channels.m.to: 'ops' is not an e-mail address"],
        id="address",
    ),
]


@pytest.mark.parametrize(("text", "fragments"), BAD_CONFIGS)
def test_bad_notifications_file_is_exit_2_with_file_and_line(home, cli, text, fragments):
    """A malformed or wrong notifications.yaml: one clear message per problem with file:line, exit 2."""
    write_config(home, text)
    result = cli("notifications", "send")
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    for fragment in fragments:
        assert fragment in result.output, result.output


def test_no_file_means_nothing_to_send(cli):
    """Without a notifications file `send` says where to write one and exits 0."""
    result = cli("notifications", "send")
    assert result.exit_code == 0 and "notifications.yaml" in result.stdout


def test_expired_approval_is_notified(home, cli, webhook, monkeypatch):
    """An approval that expires (swept when `notifications send` opens the store) is notified as expired."""
    import time

    monkeypatch.setenv("GENAIOPS_SECRET_HOOK_KEY", KEY)
    (home / "policy.yaml").write_text(
        "allow_claimed_identities: true\ntiers:\n  medium: {approvals: 1, expires_after_hours: 0.0001}\n"
    )
    write_config(home, webhook_config(webhook.url, events="    events: [approval.expired]\n"))
    assert cli("run", CANARY).exit_code == 3
    deadline = time.monotonic() + 20
    while not webhook.requests and time.monotonic() < deadline:  # the request expires 0.36 s after it was made
        assert cli("notifications", "send").exit_code == 0
    (headers, body) = webhook.requests[0]
    assert headers["X-GenAIOps-Event"] == "approval.expired" and len(webhook.requests) == 1
    assert json.loads(body)["text"].startswith("Approval expired: apply_change in run canary-release")


def test_a_request_closed_stale_by_a_policy_edit_is_notified(home, cli, webhook, monkeypatch):
    """A policy.yaml edit while a request waits closes it as stale (when an engine next opens: a run here) and
    the channel hears it: `approval.stale` with why and what happens next; nobody was told before, so the
    requester waited on a request nobody could decide."""
    monkeypatch.setenv("GENAIOPS_SECRET_HOOK_KEY", KEY)
    (home / "policy.yaml").write_text("allow_claimed_identities: true\n")
    write_config(home, webhook_config(webhook.url, events="    events: [approval.stale]\n"))
    assert cli("run", CANARY).exit_code == 3
    (home / "policy.yaml").write_text("allow_claimed_identities: true\ntiers:\n  medium: {approvals: 2}\n")
    assert cli("run", CANARY).exit_code == 3  # the next run sees the edit: the waiting request is closed as stale
    assert cli("notifications", "send").exit_code == 0
    [(headers, body)] = webhook.requests
    assert headers["X-GenAIOps-Event"] == "approval.stale"
    text = json.loads(body)["text"]
    assert text.startswith("Approval closed as stale: apply_change in run canary-release"), text
    facts = body.decode()
    assert "the approval policy changed" in facts and "asks again under the new policy" in facts, facts


def test_a_failing_channel_is_tried_once_per_call(home, cli, paused_run, webhook):
    """Three messages due, the first POST answered 503: the other two are not attempted (not counted) and wait
    for the channel's next try, then all three go out in order."""
    run_id, approval_id = paused_run
    write_config(home, webhook_config(webhook.url))
    assert cli("approvals", "approve", approval_id, "--as", "alice", "--reason", "ok").exit_code == 0
    assert cli("resume", run_id).exit_code == 0
    webhook.answers[:] = [503]
    t = datetime.now(UTC)
    report = _dispatch(t)
    assert (report.derived, report.retrying, len(webhook.requests)) == (3, 1, 1)
    assert sorted((r.status, r.attempts) for r in _rows()) == [("pending", 0), ("pending", 0), ("pending", 1)]
    assert _dispatch(t + timedelta(seconds=30)).sent == 3
    assert [h["X-GenAIOps-Event"] for h, _ in webhook.requests[1:]] == [
        "approval.requested", "approval.decided", "run.succeeded"]  # fmt: skip


def test_an_unexpected_sender_error_is_recorded_without_its_text(home, paused_run, webhook):
    """A sender that raises something unforeseen: the delivery is recorded as failed (kept, retried) and the
    exception's text, which may hold the URL, is not stored."""
    write_config(home, webhook_config(webhook.url))

    async def broken(*args):  # type: ignore[no-untyped-def]
        raise RuntimeError("https://hooks.example/T0K3N exploded")

    report = _dispatch(datetime.now(UTC), send=broken)
    (row,) = _rows()
    assert report.retrying == 1 and (row.status, row.attempts) == ("pending", 1)
    assert row.last_error == "unexpected RuntimeError while sending to channel 'oncall'"


def test_two_dispatchers_at_once_deliver_each_message_once(home, cli, paused_run, webhook):
    """The server's worker and a cron `notifications send` running at the same moment (two threads, two
    connections): every message reaches the receiver exactly once."""
    import threading

    run_id, approval_id = paused_run
    write_config(home, webhook_config(webhook.url))
    assert cli("approvals", "approve", approval_id, "--as", "alice", "--reason", "ok").exit_code == 0
    assert cli("resume", run_id).exit_code == 0
    now, reports = datetime.now(UTC), []
    threads = [threading.Thread(target=lambda: reports.append(_dispatch(now))) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sum(r.sent for r in reports) == 3 and sum(r.derived for r in reports) == 3
    assert len(webhook.requests) == 3 and len(webhook.processed) == 3


def test_a_row_read_by_two_dispatchers_is_claimed_by_one(home, cli, paused_run, webhook):
    """Both dispatchers read the same due rows before either claims: the first claims them, the second none."""
    from genaiops.ops.notify_config import load_config
    from genaiops.ops.outbox import claim, derive, due_rows

    write_config(home, webhook_config(webhook.url))
    now, settings = datetime.now(UTC), load_settings()
    one, two = open_store(settings), open_store(settings)
    try:
        with OpsDB(one) as a, OpsDB(two) as b:
            assert derive(a, load_config(settings), now) == 1
            seen_a, seen_b = due_rows(a, now), due_rows(b, now)
            assert len(seen_a) == len(seen_b) == 1
            assert len(claim(a, seen_a, now)) == 1 and claim(b, seen_b, now) == []
    finally:
        one.close()
        two.close()


def test_check_names_unset_secrets_and_sends_nothing(home, cli, webhook, monkeypatch):
    """`notifications check` lists the channels, exits 2 naming a secret that is not set, 0 once it is."""
    monkeypatch.delenv("GENAIOPS_SECRET_HOOK_KEY", raising=False)
    write_config(home, webhook_config(webhook.url))
    result = cli("notifications", "check")
    assert result.exit_code == 2 and "channel oncall: secret://HOOK_KEY is not set" in result.output
    assert "GENAIOPS_SECRET_HOOK_KEY" in result.output
    ok = cli("notifications", "check", env={"GENAIOPS_SECRET_HOOK_KEY": KEY})
    assert ok.exit_code == 0 and "oncall: webhook" in ok.stdout and "1 channel(s) ready" in ok.stdout
    assert webhook.requests == []


def test_a_token_in_a_webhook_urls_user_info_never_reaches_output_log_or_store(home, free_port) -> None:  # noqa: ANN001
    """`notifications send` as a process, the webhook URL (a secret) holding `user:TOKEN@` on a closed port: the
    failure names host and port only, in the output, the log file and the store's bytes."""
    import os
    import subprocess
    import sys

    token = "pw-in-url-7c2e91"  # noqa: S105 - the value the test looks for
    dead = free_port()
    env = {k: v for k, v in os.environ.items() if k not in ("GENAIOPS_SERVER_URL", "GENAIOPS_TOKEN")} | {
        "GENAIOPS_USER": "bob",
        "GENAIOPS_SECRET_HOOK_KEY": KEY,
        "GENAIOPS_SECRET_HOOK_URL": f"http://ops:{token}@127.0.0.1:{dead}/hook",
    }
    genaiops = Path(sys.executable).parent / "genaiops"
    ran = subprocess.run([genaiops, "run", CANARY], env=env, capture_output=True, text=True, timeout=120)
    assert ran.returncode == 3, ran.stderr
    write_config(home, webhook_config("secret://HOOK_URL"))
    sent = subprocess.run([genaiops, "notifications", "send"], env=env, capture_output=True, text=True, timeout=120)
    assert sent.returncode == 1 and f"POST to 127.0.0.1:{dead} failed" in sent.stdout, sent.stdout + sent.stderr
    stored = b"".join(p.read_bytes() for p in home.glob("genaiops.db*"))
    logged = (home / "logs" / "genaiops.log").read_text(encoding="utf-8")
    assert token not in sent.stdout + sent.stderr + logged and token.encode() not in stored


def test_a_repeated_approval_by_the_same_person_is_not_notified_again(home, webhook, monkeypatch):
    """Two approvals needed; alice approves twice (the second does not count): the channel hears of her decision
    once, then of carol's, which approves it. Commands run as processes, as people type them."""
    import os
    import subprocess
    import sys

    monkeypatch.setenv("GENAIOPS_SECRET_HOOK_KEY", KEY)
    (home / "policy.yaml").write_text("allow_claimed_identities: true\ntiers:\n  medium: {approvals: 2}\n")
    write_config(home, webhook_config(webhook.url))

    def genaiops(*args: object, user: str = "bob") -> subprocess.CompletedProcess:
        env = {**os.environ, "GENAIOPS_USER": user, "COLUMNS": "250"}
        done = subprocess.run([str(Path(sys.executable).parent / "genaiops"), *map(str, args)], env=env,
                              capture_output=True, text=True, timeout=120)  # fmt: skip
        assert "Traceback" not in done.stdout + done.stderr, done.stderr
        return done

    started = genaiops("run", CANARY)
    assert started.returncode == 3, started.stdout + started.stderr
    approval_id = re.search(r"(ap-[0-9a-f]{12})", started.stdout).group(1)
    assert genaiops("approvals", "approve", approval_id, "--reason", "CHG-7", user="alice").returncode == 0
    again = genaiops("approvals", "approve", approval_id, "--reason", "CHG-7 again", user="alice")
    assert again.returncode == 0 and "did not count again" in " ".join(again.stdout.split())
    assert genaiops("approvals", "approve", approval_id, "--reason", "CHG-7 ok", user="carol").returncode == 0
    assert genaiops("notifications", "send").returncode == 0

    decided = [json.loads(b) for h, b in webhook.requests if h["X-GenAIOps-Event"] == "approval.decided"]
    blocks = [json.dumps(b["blocks"]) for b in decided]
    titles = [b["text"].split(":")[0] for b in decided]
    assert titles == ["Approval decided (approve), more needed", "Approval approved"]
    assert "alice" in blocks[0] and "carol" in blocks[1]


def test_a_request_withdrawn_or_expired_before_the_first_send_is_not_notified_as_requested(
    home, cli, webhook, monkeypatch
):
    """Notifications configured (or first sent) after a request was withdrawn (its run cancelled) or expired: no
    `approval.requested` asks anybody to decide it; the expiry is told as `approval.expired`, the withdrawal
    (no event of its own) not at all."""
    import time

    monkeypatch.setenv("GENAIOPS_SECRET_HOOK_KEY", KEY)
    (home / "policy.yaml").write_text("allow_claimed_identities: true\n")
    cancelled = cli("run", CANARY)
    assert cancelled.exit_code == 3, cancelled.output
    run_id = re.search(r"run (run-\S+): paused", cancelled.stdout).group(1)
    assert cli("runs", "cancel", run_id, "--as", "bob", "--reason", "wrong window").exit_code == 0
    (home / "policy.yaml").write_text(
        "allow_claimed_identities: true\ntiers:\n  medium: {approvals: 1, expires_after_hours: 0.0001}\n"
    )
    assert cli("run", CANARY).exit_code == 3
    time.sleep(0.5)  # the request expires 0.36 s after it was made
    write_config(home, webhook_config(webhook.url))
    sent = cli("notifications", "send")
    assert sent.exit_code == 0, sent.output
    events = [h["X-GenAIOps-Event"] for h, _ in webhook.requests]
    assert "approval.requested" not in events and events.count("approval.expired") == 1, events
    assert [json.loads(b)["genaiops"]["sequence"] for _, b in webhook.requests] == list(range(1, len(events) + 1))


def test_notifications_list_in_an_80_column_terminal_shows_the_ids_whole(home, cli, paused_run, webhook):
    """`genaiops notifications list`, its own process at 80 columns, prints each delivery's id and the approval it
    is about whole, as `approvals show ID` takes it: they read `ap-c0f…` (noticed by qa-docs9); its times column
    says it is UTC."""
    import os
    import subprocess
    import sys

    _, approval_id = paused_run
    write_config(home, webhook_config(webhook.url))
    assert cli("notifications", "send").exit_code == 0
    env = {k: v for k, v in os.environ.items() if not k.startswith("GENAIOPS_")}
    env |= {"GENAIOPS_HOME": str(home), "GENAIOPS_SECRET_HOOK_KEY": KEY, "COLUMNS": "80"}
    genaiops = str(Path(sys.executable).parent / "genaiops")
    shown = subprocess.run([genaiops, "notifications", "list"], env=env, capture_output=True, text=True, timeout=60)
    assert shown.returncode == 0 and approval_id in shown.stdout and "ntf-1" in shown.stdout, shown.stdout
    assert "…" not in shown.stdout, shown.stdout
    wide = subprocess.run([genaiops, "notifications", "list"], env=env | {"COLUMNS": "200"}, capture_output=True,
                          text=True, timeout=60)  # fmt: skip
    assert "next try / sent (UTC)" in wide.stdout, wide.stdout  # its times said no zone (qa-oncall11)


def test_a_request_retried_after_it_expired_is_sent_marked_expired_not_as_live(home, webhook, monkeypatch):
    """An `approval.requested` whose first delivery failed (HTTP 500) and whose request expired before the retry
    goes out, `genaiops notifications send` run as a process each time: the receiver gets it under its own
    number (the channel's count has no gap), marked expired with nothing to decide (title, `genaiops.closed`,
    a Status fact), then the `approval.expired` — never a live request to act on."""
    import os
    import subprocess
    import sys
    import time

    env = {k: v for k, v in os.environ.items() if not k.startswith("GENAIOPS_")}
    env |= {"GENAIOPS_HOME": str(home), "GENAIOPS_USER": "bob", "GENAIOPS_SECRET_HOOK_KEY": KEY, "COLUMNS": "250"}

    def genaiops(*args: str) -> subprocess.CompletedProcess:
        command = [str(Path(sys.executable).parent / "genaiops"), *args]
        return subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)

    (home / "policy.yaml").write_text(
        "allow_claimed_identities: true\ntiers:\n  medium: {approvals: 1, expires_after_hours: 0.003}\n"
    )
    write_config(home, webhook_config(webhook.url))
    webhook.answers[:] = [500]
    assert genaiops("run", str(CANARY)).returncode == 3
    [request] = json.loads(genaiops("approvals", "list", "-o", "json").stdout)
    first = genaiops("notifications", "send")  # within the request's 10.8 s: sent as requested, answered 500
    assert first.returncode == 1 and "HTTP 500" in first.stdout, first.stdout + first.stderr
    [(headers, body)] = webhook.requests
    assert headers["X-GenAIOps-Event"] == "approval.requested" and json.loads(body)["genaiops"]["closed"] is None
    time.sleep(max(0.0, (datetime.fromisoformat(request["expires_at"]) - datetime.now(UTC)).total_seconds()) + 0.2)
    later = (datetime.now(UTC) + timedelta(minutes=2)).isoformat()
    retried = genaiops("notifications", "send", "--now", later)
    assert retried.returncode == 0, retried.stdout + retried.stderr
    got = [json.loads(b) for b in webhook.processed.values()]
    assert [(m["genaiops"]["event"], m["genaiops"]["sequence"]) for m in got] == [
        ("approval.requested", 1), ("approval.expired", 2)
    ], got  # fmt: skip
    requested = got[0]
    assert requested["genaiops"]["closed"] == "expired", requested
    assert requested["text"].startswith("Approval request expired, nothing to decide: apply_change"), requested
    assert "nobody can decide it any more" in json.dumps(requested["blocks"])
    assert not requested["text"].startswith("Approval requested"), requested
    listed = json.loads(genaiops("notifications", "list", "-o", "json").stdout)  # what was sent, not what was queued
    [row] = [r for r in listed if r["event"] == "approval.requested"]
    assert row["status"] == "sent" and row["closed"] == "expired", row
    assert row["title"].startswith("Approval request expired, nothing to decide"), row
    table = genaiops("notifications", "list").stdout
    assert "approval.requested (sent expired)" in table, table


def test_a_failed_run_s_message_names_the_task_that_failed(home, cli, webhook, monkeypatch, tmp_path):
    """A run whose drill task fails (a service the estate lacks): the run.failed message (webhook fields and
    e-mail text alike) names the failed task and its tool, never the error text (it may carry a secret). It said
    only "Tasks: blocked 2, failed 1", so the person paged opened the console to learn where to look."""
    monkeypatch.setenv("GENAIOPS_SECRET_HOOK_KEY", KEY)
    graph = tmp_path / "fails.yaml"
    graph.write_text(
        "name: fails\ntasks:\n  - id: drill\n    tool: inject_fault\n"
        "    args: {kind: bad_deploy, service: payments, minutes_ago: 5}\n"
        "  - id: observe\n    tool: observe_services\n    after: [drill]\n",
        encoding="utf-8",
    )
    assert cli("run", graph).exit_code == 1
    write_config(home, webhook_config(webhook.url, events="    events: [run.failed]\n"))
    assert cli("notifications", "send").exit_code == 0
    ((headers, body),) = webhook.requests
    fields = json.dumps(json.loads(body)["blocks"])
    assert headers["X-GenAIOps-Event"] == "run.failed" and "*Failed*\\ndrill -&gt; inject_fault" in fields, fields
    assert "unknown service" not in body.decode()
