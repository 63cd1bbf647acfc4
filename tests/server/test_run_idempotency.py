"""POST /runs with an Idempotency-Key, through a real `genaiops serve` on 127.0.0.1: a client that retries after a
timeout starts one run, not two; the key is the sending account's, held for 24 hours in the store (a restarted
server still knows it); the same key with a different body is a 422 that says so."""

from __future__ import annotations

import re
import sqlite3
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest

GATED = (Path(__file__).parent / "gated.yaml").read_text(encoding="utf-8")


def _start(served: Any, who: str, body: dict[str, Any], key: str | None, url: str | None = None) -> httpx.Response:
    headers = {"Authorization": f"Bearer {served.tokens[who]}"}
    if key is not None:
        headers["Idempotency-Key"] = key
    return httpx.post(f"{url or served.url}/api/v1/runs", json=body, headers=headers, timeout=60)


def _run_ids(served: Any) -> set[str]:
    return {r["run_id"] for r in served.api("bob", "GET", "/runs", params={"limit": 10_000}).json()}


@pytest.fixture(scope="module")
def home(served: Any) -> Any:
    """The served home with a second scenario (``other``) in its catalogue."""
    (served.root / "scenarios" / "other.yaml").write_text(GATED.replace("gated-change", "other"), encoding="utf-8")
    return served


def test_a_retried_start_with_the_same_key_starts_one_run(home: Any) -> None:
    """The same key and body again (a retry after a timeout; also five at once) answer 200 with the first run's
    id and start nothing; the same key with another body is a 422 naming the key and the first run; another
    account's same key is its own; without a key each POST starts a run, as before."""
    before = _run_ids(home)
    first = _start(home, "bob", {"scenario": "gated"}, "retry-7f2a")
    assert first.status_code == 202, first.text
    run_id = first.json()["run_id"]
    again = _start(home, "bob", {"scenario": "gated", "params": {}}, "retry-7f2a")
    assert again.status_code == 200, again.text
    assert again.json()["run_id"] == run_id and again.headers["Idempotent-Replayed"] == "true"
    with ThreadPoolExecutor(5) as pool:
        answers = list(pool.map(lambda _: _start(home, "bob", {"scenario": "gated"}, "burst-91c"), range(5)))
    assert sorted(a.status_code for a in answers) == [200, 200, 200, 200, 202], [a.text for a in answers]
    assert len({a.json()["run_id"] for a in answers}) == 1
    other = _start(home, "bob", {"scenario": "other"}, "retry-7f2a")
    assert other.status_code == 422, other.text
    said = other.json()["detail"]
    assert "Idempotency-Key 'retry-7f2a'" in said and run_id in said and "different" in said
    alices = _start(home, "alice", {"scenario": "gated"}, "retry-7f2a")
    assert alices.status_code == 202 and alices.json()["run_id"] != run_id
    plain = [_start(home, "bob", {"scenario": "gated"}, None) for _ in range(2)]
    assert [p.status_code for p in plain] == [202, 202] and plain[0].json()["run_id"] != plain[1].json()["run_id"]
    assert len(_run_ids(home) - before) == 5  # bob's key, the burst, alice's, two without a key


@pytest.mark.parametrize("key", ["", "x" * 256, "two words", "caf\u00e9"])
def test_a_malformed_key_is_a_422_naming_the_header(home: Any, key: str) -> None:
    """An empty key, one over 255 characters, or one with a space or a character outside visible ASCII: 422
    naming the header; nothing starts."""
    before = _run_ids(home)
    headers = {"Authorization": f"Bearer {home.tokens['bob']}", "Idempotency-Key": key.encode("utf-8")}
    answer = httpx.post(f"{home.url}/api/v1/runs", json={"scenario": "gated"}, headers=headers, timeout=60)
    assert answer.status_code == 422 and "Idempotency-Key" in answer.text, answer.text
    assert _run_ids(home) == before


def test_a_key_survives_a_server_restart(home: Any, tmp_path: Path, genaiops_serve: Any) -> None:
    """A key sent to a server that then stops is known to another server process on the same home (the module's,
    which has only the store to go by, as a restarted one has): the retry answers the first run."""
    with genaiops_serve(home.env, tmp_path / "first.log", ready="/api/v1/openapi.json") as first_server:
        first = _start(home, "bob", {"scenario": "gated"}, "restart-5d1", url=first_server.url)
        assert first.status_code == 202, first.text
    assert first_server.process.poll() is not None  # stopped: nothing of its memory is left
    again = _start(home, "bob", {"scenario": "gated"}, "restart-5d1")
    assert again.status_code == 200 and again.json()["run_id"] == first.json()["run_id"], again.text


def test_a_start_that_fails_holds_no_key(home: Any) -> None:
    """A start the store refuses when it writes the run (an injected failure) answers the store's 503 and keeps
    no key: the retry with the same key starts the run (202), which exists, and a retry of that answers it. A key
    whose run is not in the store (left by a server killed between two writes, before key and run were written
    together) starts its run too, rather than answering an id no run has."""
    db = home.root / "home" / "genaiops.db"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TRIGGER no_runs BEFORE INSERT ON runs BEGIN SELECT RAISE(ABORT, 'injected'); END")
    try:
        failed = _start(home, "bob", {"scenario": "gated"}, "fails-3c9")
    finally:
        with sqlite3.connect(db) as conn:
            conn.execute("DROP TRIGGER no_runs")
    assert failed.status_code == 503 and "injected" in failed.json()["detail"], failed.text
    retry = _start(home, "bob", {"scenario": "gated"}, "fails-3c9")
    assert retry.status_code == 202, retry.text
    run_id = retry.json()["run_id"]
    assert home.api("bob", "GET", f"/runs/{run_id}").status_code == 200
    again = _start(home, "bob", {"scenario": "gated"}, "fails-3c9")
    assert again.status_code == 200 and again.json()["run_id"] == run_id, again.text
    with sqlite3.connect(db) as conn:
        conn.execute("INSERT INTO run_requests SELECT account, 'stale-e41', body_hash, 'r-never-stored', created_at "
                     "FROM run_requests WHERE idem_key = 'fails-3c9'")  # fmt: skip
    stale = _start(home, "bob", {"scenario": "gated"}, "stale-e41")
    assert stale.status_code == 202 and stale.json()["run_id"] != "r-never-stored", stale.text
    assert home.api("bob", "GET", f"/runs/{stale.json()['run_id']}").status_code == 200


def test_a_replay_is_logged_under_the_first_runs_id(home: Any, wait_for: Any) -> None:
    """The server's log says a replayed key's answer truthfully: ``run <first run>: replayed``, and no line
    ``run <id>: <status>`` names an id that no run has (a burst of one key, where the losers' ids are never used)."""
    first = _start(home, "bob", {"scenario": "gated"}, "logged-0b7")
    assert first.status_code == 202, first.text
    run_id = first.json()["run_id"]
    assert _start(home, "bob", {"scenario": "gated"}, "logged-0b7").status_code == 200
    with ThreadPoolExecutor(5) as pool:
        list(pool.map(lambda _: _start(home, "bob", {"scenario": "gated"}, "logged-burst-4e"), range(5)))
    logged = home.root / "home" / "logs" / "genaiops.log"  # the server logs runs at INFO there
    wait_for(lambda: f"run {run_id}: replayed" in logged.read_text(), "the replay in the server's log")
    known = _run_ids(home)
    named = set(re.findall(r"\brun (run-[0-9]{8}-[0-9]{6}-[0-9a-f]+): ", logged.read_text()))
    assert named <= known, named - known
