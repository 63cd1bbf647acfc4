"""Workers and leases on a real PostgreSQL store, through the `genaiops` processes an operator starts: detached
runs are executed by whichever worker claims them (each by one), concurrent `genaiops resume`s of one run let
exactly one execute it, a SIGKILLed worker's run reads orphaned once its lease runs out and another worker
finishes it, and a worker pointed at an empty database (or a missing SQLite file) is exit 2 with nothing written."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from genaiops.graphs import parse_scenario, run_status
from genaiops.graphs.liveness import now_stamp
from genaiops.receiver import IdempotentReceiver, SharedReceiver
from genaiops.runtime import load_policy, open_engine
from genaiops.settings import load_settings
from genaiops.store import Store
from genaiops.store_backend import backend_for

GENAIOPS = Path(sys.executable).parent / "genaiops"

STEPS = """
name: steps
tasks:
  - {id: a, tool: noop, args: {value: 1}}
  - {id: b, tool: wait, args: {seconds: 0.2}, after: [a]}
  - {id: c, tool: noop, args: {value: 3}, after: [b]}
"""

GATED = """
name: claimed
tasks:
  - {id: deploy, tool: apply_change, args: {target: 'svc@prod', change: {version: v2}, hold_seconds: 0.2}}
"""

SLOW = """
name: slow
tasks:
  - {id: nap, tool: wait, args: {seconds: 2}}
  - {id: after, tool: apply_change, args: {target: 'svc@prod', change: {version: v3}}, after: [nap]}
"""


def _env(home: Path, url: str, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GENAIOPS_")}
    env.update(HOME=str(home.parent), GENAIOPS_HOME=str(home), GENAIOPS_STORE_URL=url, COLUMNS="200", **extra)
    return env


def _genaiops(home: Path, url: str, *args: str, **extra: str) -> subprocess.Popen:
    return subprocess.Popen(
        [str(GENAIOPS), *args], env=_env(home, url, **extra), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True,
    )  # fmt: skip


def _engine(home: Path, url: str, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("GENAIOPS_HOME", str(home))
    monkeypatch.setenv("GENAIOPS_STORE_URL", url)
    return open_engine(load_settings())


def _kinds(url: str, run_id: str) -> list[tuple[str | None, str]]:
    with closing(Store.open(url)) as store:
        return [(task, kind) for _, task, kind, _, _ in store.events(run_id)]


def _submit(home: Path, url: str, monkeypatch: pytest.MonkeyPatch, text: str, count: int) -> list[str]:
    engine = _engine(home, url, monkeypatch)
    try:
        _, plan = parse_scenario(text, engine.registry, load_policy(load_settings()))
        return [engine.submit(plan, requester="bob") for _ in range(count)]
    finally:
        engine.close()


def test_a_worker_refuses_an_empty_database_and_writes_nothing(tmp_path, pg_cluster):
    """`genaiops worker` on a database without a store: exit 2, one line saying so, no table created."""
    url = pg_cluster.new_database()
    child = _genaiops(tmp_path / "home", url, "worker", "--once")
    out, err = child.communicate(timeout=120)
    assert child.returncode == 2, out + err
    assert "Traceback" not in out + err
    assert err.strip().startswith("error: the database at ") and "holds no genaiops store" in err
    backend = backend_for(url)
    db, _ = backend.connect(fsync=False, read_only=False)
    try:
        assert not backend.has_table(db, "meta")
    finally:
        db.close()


def test_a_worker_refuses_a_missing_sqlite_store_and_makes_no_file(tmp_path):
    """With a SQLite URL naming no file, the worker says there is no store there (exit 2) and creates none."""
    path = tmp_path / "nothing" / "genaiops.db"
    child = _genaiops(tmp_path / "home", f"sqlite:///{path}", "worker", "--once")
    out, err = child.communicate(timeout=120)
    assert child.returncode == 2 and "there is no genaiops store at" in err, out + err
    assert not path.exists()


def test_detached_runs_are_each_executed_by_one_of_two_workers(tmp_path, pg_cluster, monkeypatch):
    """Four runs queued with `submit` (what `run --detach` does), two `genaiops worker --once` at once: every run
    succeeds, claimed once, each task started at most once (inline ones record no start) and succeeded once."""
    home, url = tmp_path / "home", pg_cluster.new_database()
    run_ids = _submit(home, url, monkeypatch, STEPS, 4)
    workers = [_genaiops(home, url, "worker", "--once", "--runs", "2") for _ in range(2)]
    outcomes = [(w.wait(timeout=300), *w.communicate()) for w in workers]
    assert [code for code, _, _ in outcomes] == [0, 0], outcomes
    with closing(Store.open(url)) as store:
        assert {store.run(r).status for r in run_ids} == {"succeeded"}
    for run_id in run_ids:
        kinds = _kinds(url, run_id)
        assert kinds.count((None, "run_resumed")) == 1, kinds
        for task in "abc":
            assert kinds.count((task, "task_started")) <= 1 and kinds.count((task, "task_succeeded")) == 1, kinds
        assert kinds.count(("b", "task_started")) == 1, kinds


def test_concurrent_resumes_on_postgresql_execute_the_run_once(tmp_path, pg_cluster, monkeypatch):
    """Four `genaiops resume` processes of one approved run at once: one exits 0, the others 2 with one line;
    the gated action reached the receiver once and its task started once."""
    home, url = tmp_path / "home", pg_cluster.new_database()
    engine = _engine(home, url, monkeypatch)
    try:
        _, plan = parse_scenario(GATED, engine.registry, load_policy(load_settings()))
        result = asyncio.run(engine.start(plan, requester="bob"))
        (request,) = result.pending
        engine.decide(request.id, approver="alice", role="operator", verdict="approve", reason="CHG-1")
    finally:
        engine.close()
    children = [_genaiops(home, url, "resume", result.run_id) for _ in range(4)]
    outcomes = [(c.wait(timeout=300), *c.communicate()) for c in children]
    assert sorted(code for code, _, _ in outcomes) == [0, 2, 2, 2], outcomes
    for code, out, err in outcomes:
        assert "Traceback" not in out + err
        if code == 2:
            assert len(err.strip().splitlines()) == 1 and f"run {result.run_id} " in err, err
    with SharedReceiver(url) as receiver:  # on a PostgreSQL store, the drill receiver every home shares
        assert list(receiver.calls().values()) == [1]
    assert _kinds(url, result.run_id).count(("deploy", "task_started")) == 1


def _wait_for(predicate, timeout: float = 120):  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError("timed out")


def test_a_killed_workers_run_is_orphaned_then_taken_over(tmp_path, pg_cluster, monkeypatch):
    """SIGKILL the worker executing a run (lease 1.5 s): the run reads orphaned once the lease runs out (in
    `runs list` too), a second worker takes it over and finishes it, and the gated effect after the
    interrupted task was applied once."""
    home, url = tmp_path / "home", pg_cluster.new_database()
    (run_id,) = _submit(home, url, monkeypatch, SLOW.replace("apply_change", "noop").replace(
        "{target: 'svc@prod', change: {version: v3}}", "{value: 2}"), 1)  # fmt: skip
    lease = {"GENAIOPS_LEASE_SECONDS": "1.5"}
    first = _genaiops(home, url, "worker", **lease)
    _wait_for(lambda: ("nap", "task_started") in _kinds(url, run_id))
    os.kill(first.pid, signal.SIGKILL)
    first.communicate()
    with closing(Store.open(url, read_only=True)) as store:
        _wait_for(lambda: run_status(store.run(run_id)) == "orphaned")
    listing = subprocess.run(
        [str(GENAIOPS), "runs", "list"], env=_env(home, url), capture_output=True, text=True, timeout=120
    )  # fmt: skip
    row = next(line for line in listing.stdout.splitlines() if run_id in line)
    assert "orphaned" in row, row
    with closing(Store.open(url, read_only=True)) as store:  # readers here see the dead pid at once; a worker
        _wait_for(lambda: store.run(run_id).lease_until < now_stamp())  # takes the run once its lease ran out
    second = _genaiops(home, url, "worker", "--once", **lease)
    out, err = second.communicate(timeout=300)
    assert second.returncode == 0 and f"run {run_id}: succeeded" in out, out + err
    kinds = _kinds(url, run_id)
    assert kinds.count((None, "run_resumed")) == 2 and kinds.count(("after", "task_succeeded")) == 1, kinds


def test_an_engine_never_claims_again_a_run_it_is_executing(store_url):
    """A run this engine executes whose lease lapsed (its renewal starved under load) is claimable by others but
    not by the same engine: one process never executes a run twice at once."""
    from genaiops.graphs import Engine, GraphSpec
    from genaiops.graphs.liveness import process_owner
    from genaiops.tools import load_tools

    spec = GraphSpec.model_validate({"name": "one", "tasks": [{"id": "a", "tool": "noop"}]})
    with closing(Store.open(store_url)) as store:
        engine = Engine(store, load_tools(), lease=30)
        run_id = engine.submit(spec, requester="bob")
        assert engine.claim_next().run_id == run_id
        assert store.renew_lease(run_id, process_owner(), "2000-01-01T00:00:00+00:00")  # lapsed
        engine._live[run_id] = object()  # as while executing it
        assert engine.claim_next() is None
        del engine._live[run_id]
        assert engine.claim_next().run_id == run_id  # lapsed and not executing here: claimable


def test_an_idle_worker_on_postgresql_is_woken_by_a_queued_run(pg_cluster):
    """An idle worker whose next poll is an hour away claims a run queued meanwhile at once: the queueing
    commit notifies it (LISTEN/NOTIFY), so workers start together rather than a poll apart."""
    from genaiops.graphs import Engine, GraphSpec
    from genaiops.graphs.worker import work
    from genaiops.tools import tools_on_demand

    url, tools = pg_cluster.new_database(), tools_on_demand()  # noop only: no time importing the rest
    spec = GraphSpec.model_validate({"name": "one", "tasks": [{"id": "a", "tool": "noop"}]})
    done: list[str] = []

    async def scenario() -> None:
        engine, stop = Engine(Store.open(url), tools, lease=30), asyncio.Event()
        try:
            worker = asyncio.ensure_future(
                work(engine, runs=1, poll=3600, stop=stop,
                     on_result=lambda result: (done.append(result.status), stop.set()))
            )  # fmt: skip
            await asyncio.sleep(0.2)  # idle: it found nothing and waits for its poll (or a notice)
            with closing(Store.open(url)) as other:
                run_id = Engine(other, tools).submit(spec, requester="bob")
                await asyncio.wait_for(worker, timeout=60)  # far less than the poll: only a notice wakes it in time
                assert other.run(run_id).status == "succeeded"
        finally:
            engine.close()

    asyncio.run(scenario())
    assert done == ["succeeded"]


HELD = """
name: held
tasks:
  - {id: deploy, tool: apply_change, args: {target: 'svc@prod', change: {version: v4}, hold_seconds: 6}}
"""


def _applied_anywhere(url: str, *homes: Path) -> dict[str, int]:
    """Applied effects per key over every drill receiver a home may have used: each home's own file, and the
    one of the shared store's database (when it exists)."""
    total: dict[str, int] = {}
    for home in homes:
        if (home / "receiver.db").exists():
            with IdempotentReceiver(home / "receiver.db") as receiver:
                for key, applied in receiver.applied().items():
                    total[key] = total.get(key, 0) + applied
    backend = backend_for(url)
    db, _ = backend.connect(fsync=False, read_only=False)
    try:
        if backend.has_table(db, "drill_receiver"):
            for key, applied in db.execute("SELECT key, applied FROM drill_receiver").fetchall():
                total[key] = total.get(key, 0) + applied
    finally:
        db.close()
    return total


def test_a_drill_run_continued_by_another_home_does_not_apply_its_change_again(tmp_path, pg_cluster, monkeypatch):
    """Two homes on one PostgreSQL store: home A's worker is SIGKILLed while its approved change is applied (the
    drill receiver has it, the task has not finished); home B's worker takes the run over and retries the task,
    which is confirmed, not applied a second time (before, each home's own receiver.db applied it: twice)."""
    home_a, home_b, url = tmp_path / "a", tmp_path / "b", pg_cluster.new_database()
    engine = _engine(home_a, url, monkeypatch)
    try:
        _, plan = parse_scenario(HELD, engine.registry, load_policy(load_settings()))
        result = asyncio.run(engine.start(plan, requester="bob"))
        (request,) = result.pending
        engine.decide(request.id, approver="alice", role="operator", verdict="approve", reason="CHG-4")
    finally:
        engine.close()
    (home_b / "keys").mkdir(parents=True, mode=0o700)
    shutil.copy2(home_a / "keys" / "ledger.key", home_b / "keys" / "ledger.key")
    lease = {"GENAIOPS_LEASE_SECONDS": "1.5"}
    first = _genaiops(home_a, url, "resume", result.run_id, **lease)
    _wait_for(lambda: _applied_anywhere(url, home_a, home_b))
    os.kill(first.pid, signal.SIGKILL)
    first.communicate()
    with closing(Store.open(url, read_only=True)) as store:
        _wait_for(lambda: store.run(result.run_id).lease_until < now_stamp())
    second = _genaiops(home_b, url, "worker", "--once", **lease)
    out, err = second.communicate(timeout=300)
    assert second.returncode == 0 and f"run {result.run_id}: succeeded" in out, out + err
    assert list(_applied_anywhere(url, home_a, home_b).values()) == [1]
    assert _kinds(url, result.run_id).count(("deploy", "task_succeeded")) == 1


def test_a_killed_runs_run_is_taken_over_once_by_a_server_or_a_worker_alive_then(
    tmp_path, pg_cluster, monkeypatch, free_port
):
    """On PostgreSQL, home A's `genaiops run` (lease 1.5 s) is SIGKILLed mid-run while home B's `genaiops serve`
    and a `genaiops worker` both live: the run is taken over within the lease (plus a margin) by exactly one of
    them (one `run_resumed`, one ledger `run_taken_over` naming the taker, A's process and the lapsed lease) and
    finishes. Before, a `genaiops serve` never took an orphaned run, and no ledger entry said who took it."""
    import httpx

    home_a, home_b, url = tmp_path / "a", tmp_path / "b", pg_cluster.new_database()
    _engine(home_a, url, monkeypatch).close()  # the store, and home A's ledger key, which B copies
    (home_b / "keys").mkdir(parents=True, mode=0o700)
    shutil.copy2(home_a / "keys" / "ledger.key", home_b / "keys" / "ledger.key")
    scenario = tmp_path / "slow.yaml"
    scenario.write_text(SLOW.replace("apply_change", "noop").replace(
        "{target: 'svc@prod', change: {version: v3}}", "{value: 2}"), encoding="utf-8")  # fmt: skip
    lease = {"GENAIOPS_LEASE_SECONDS": "1.5", "GENAIOPS_WORKER_INTERVAL": "0.2"}
    port, logs = free_port(), tmp_path / "takers.log"
    with logs.open("w") as log:
        takers = [
            subprocess.Popen([str(GENAIOPS), *args], env=_env(home_b, url, **lease), stdout=log, stderr=log)
            for args in (("serve", "--port", str(port)), ("worker",))
        ]
    try:
        _wait_for(lambda: takers[0].poll() is None and _ready(httpx, f"http://127.0.0.1:{port}/api/v1/health"))
        first = _genaiops(home_a, url, "run", str(scenario), **lease)
        with closing(Store.open(url, read_only=True)) as store:
            run_id = _wait_for(lambda: next((r.run_id for r in store.runs(limit=1)), None))
        _wait_for(lambda: ("nap", "task_started") in _kinds(url, run_id))
        os.kill(first.pid, signal.SIGKILL)
        first.communicate()
        killed = time.monotonic()
        _wait_for(lambda: (None, "run_resumed") in _kinds(url, run_id), timeout=1.5 + 8)
        taken = time.monotonic() - killed
        with closing(Store.open(url, read_only=True)) as store:
            _wait_for(lambda: store.run(run_id).status == "succeeded")
            entries = [json.loads(e.payload) for e in store.ledger() if e.kind == "run_taken_over"]
            events = [json.loads(d) if isinstance(d, str) else d for _, _, k, _, d in store.events(run_id)
                      if k == "run_resumed"]  # fmt: skip
    finally:
        for child in takers:
            child.send_signal(signal.SIGINT)
        for child in takers:
            try:
                child.wait(timeout=60)
            except subprocess.TimeoutExpired:
                child.kill()
                child.wait()
    assert taken <= 1.5 + 8, taken
    (entry,), (event,) = entries, events
    assert entry["from"] == f"{socket.gethostname()}:{first.pid}" and "lease" in entry["reason"], entry
    assert int(entry["by"].rpartition(":")[2]) in {t.pid for t in takers}, (entry, logs.read_text())
    assert event["by"] == entry["by"] and event["was"] == "orphaned", event
    assert _kinds(url, run_id).count(("after", "task_succeeded")) == 1


def _ready(httpx, url: str) -> bool:  # type: ignore[no-untyped-def]
    try:
        return httpx.get(url, timeout=2).status_code == 200
    except httpx.HTTPError:
        return False
