"""Long-lived processes follow edits of the home's policy.yaml, as the server does: `genaiops worker` asks the
runs it takes under the edited policy, and a `genaiops chat` left open decides under it (never under the policy it
started with, which would also undo the edit in the ledger). Through their own processes, on a SQLite home (beside
the server's tests: the server follows the same rule, genaiops.policy_watch)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

GENAIOPS = Path(sys.executable).parent / "genaiops"
GATED = """name: gated
tasks:
  - {id: change, tool: apply_change, args: {target: svc@staging, change: {version: v2}}}
"""


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GENAIOPS_")}
    return env | {"HOME": str(tmp_path), "GENAIOPS_HOME": str(tmp_path / "home"), "COLUMNS": "200", **extra}


def _cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(GENAIOPS), *args], env=env, capture_output=True, text=True, timeout=120)


def _requests(env: dict[str, str]) -> list[dict]:
    listed = _cli(env, "approvals", "list", "--all", "--output", "json")
    assert listed.returncode == 0, listed.stderr
    return json.loads(listed.stdout)


def test_a_running_worker_asks_under_the_edited_policy(tmp_path: Path, wait_for) -> None:  # noqa: ANN001
    """A worker started under one approval per medium request takes a run queued after policy.yaml asks two:
    its request needs two (before: one, the policy the worker started with), and the first run's request, closed
    as stale by the edit, is asked again as two."""
    (tmp_path / "home").mkdir()
    (tmp_path / "g.yaml").write_text(GATED, encoding="utf-8")
    env = _env(tmp_path, GENAIOPS_WORKER_POLL_SECONDS="0.1")
    assert _cli(env, "run", "--detach", str(tmp_path / "g.yaml")).returncode == 0
    worker = subprocess.Popen([str(GENAIOPS), "worker"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        first = wait_for(lambda: _requests(env), "the first request")
        assert [r["required"] for r in first] == [1]
        (tmp_path / "home" / "policy.yaml").write_text("tiers: {medium: {approvals: 2}}\n", encoding="utf-8")
        assert _cli(env, "run", "--detach", str(tmp_path / "g.yaml")).returncode == 0
        second = wait_for(
            lambda: [r for r in _requests(env) if r["run_id"] != first[0]["run_id"]], "the second request"
        )
        assert [r["required"] for r in second] == [2], second
        again = wait_for(lambda: [r for r in _requests(env) if r["status"] == "pending"], "the requests asked again")
        assert {r["required"] for r in again} == {2}, again  # the first run's, closed stale, is asked again as two
    finally:
        worker.terminate()
        worker.wait(timeout=30)


def test_a_chat_left_open_decides_under_the_edited_policy(tmp_path: Path, wait_for) -> None:  # noqa: ANN001
    """alice's chat shows bob's pending request; policy.yaml is then edited (two approvals per medium request):
    her `approve` in the same chat is not taken under the old policy (the request was asked under another
    version), and the ledger keeps the edit (no policy_changed back to the old version)."""
    home = tmp_path / "home"
    home.mkdir()
    policy = "allow_claimed_identities: true\npeople: {alice: [operator]}\n"
    (home / "policy.yaml").write_text(policy, encoding="utf-8")
    (tmp_path / "g.yaml").write_text(GATED, encoding="utf-8")
    env = _env(tmp_path)
    assert _cli(env | {"GENAIOPS_USER": "bob"}, "run", str(tmp_path / "g.yaml")).returncode == 3
    chat = subprocess.Popen(
        [str(GENAIOPS), "chat", "--as", "alice"], env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        chat.stdin.write("what is waiting for me?\n")
        chat.stdin.flush()
        wait_for(lambda: "wait for you" in chat.stdout.readline(), "the desk's answer")
        (home / "policy.yaml").write_text(policy + "tiers: {medium: {approvals: 2}}\n", encoding="utf-8")
        out, err = chat.communicate("approve\nexit\n", timeout=120)
    finally:
        if chat.poll() is None:
            chat.kill()
    (request,) = [r for r in _requests(env) if r["requester"] == "bob"]
    assert request["status"] != "approved", out + err
    ledger = json.loads(_cli(env, "audit", "list", "--output", "json").stdout)
    changes = [e["payload"]["version"] for e in ledger if e["kind"] == "policy_changed"]
    assert len(changes) == 1, (changes, out)
