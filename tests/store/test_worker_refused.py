"""A worker the store refuses for good stops, through `genaiops worker` as an operator starts it: after
`genaiops audit rotate-key` (its key is retired) or once a newer genaiops migrated the store's schema, it exits 2
with one message naming the cause and the fix, instead of polling forever; a run it was executing stays as its
last commit left it, for a worker with the right key to take over."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

GENAIOPS = Path(sys.executable).parent / "genaiops"

GATED = """
name: gated
tasks:
  - {id: deploy, tool: apply_change, args: {target: 'svc@prod', change: {version: v2}}}
"""


def _env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GENAIOPS_")}
    env.update(HOME=str(home.parent), GENAIOPS_HOME=str(home), GENAIOPS_USER="bob", COLUMNS="250")
    env.update(GENAIOPS_WORKER_POLL_SECONDS="0.2")
    return env


def genaiops(home: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(GENAIOPS), *args], env=_env(home), capture_output=True, text=True, timeout=120)


def _home(tmp_path: Path) -> tuple[Path, Path]:
    """A home whose store and ledger key exist (one gated run paused at its request), and the scenario file."""
    home = tmp_path / "home"
    home.mkdir()
    (home / "policy.yaml").write_text("allow_claimed_identities: true\n", encoding="utf-8")
    scenario = tmp_path / "gated.yaml"
    scenario.write_text(GATED, encoding="utf-8")
    paused = genaiops(home, "run", str(scenario))
    assert paused.returncode == 3, paused.stdout + paused.stderr
    return home, scenario


def _worker(home: Path) -> subprocess.Popen:
    worker = subprocess.Popen(
        [str(GENAIOPS), "worker"], env=_env(home), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    deadline = time.monotonic() + 60
    while "worker " not in (line := worker.stdout.readline()) and time.monotonic() < deadline:  # type: ignore[union-attr]
        assert worker.poll() is None, worker.stderr.read()  # type: ignore[union-attr]
    assert line.startswith("worker "), line
    return worker


def _ended(worker: subprocess.Popen) -> tuple[int, str]:
    """The worker's exit code and what it said (it must end by itself: a worker polling forever fails here)."""
    try:
        out, err = worker.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        worker.kill()
        out, err = worker.communicate()
        raise AssertionError(f"the worker still runs: {out}{err}") from None
    return worker.returncode, " ".join((out + err).split())


def test_a_worker_whose_ledger_key_was_rotated_exits_2_saying_to_copy_the_key_and_restart(tmp_path):
    """A worker started before `audit rotate-key` claims a detached run, whose approval request would be a ledger
    entry signed with the retired key: the store refuses it, and the worker exits 2 naming the rotated key and
    the fix (copy keys/ledger.key and keys/retired/, restart the worker); `audit verify` still passes."""
    home, scenario = _home(tmp_path)
    worker = _worker(home)
    try:
        rotated = genaiops(home, "audit", "rotate-key")
        assert rotated.returncode == 0, rotated.stdout + rotated.stderr
        queued = genaiops(home, "run", "--detach", str(scenario))
        assert queued.returncode == 0, queued.stdout + queued.stderr
        code, said = _ended(worker)
    finally:
        if worker.poll() is None:
            worker.kill()
            worker.communicate()
    assert code == 2, said
    assert "this worker stops" in said and "signed with key" in said and "audit rotate-key" in said, said
    assert "copy keys/ledger.key and keys/retired/" in said and "genaiops worker" in said, said
    assert "Traceback" not in said, said
    verified = genaiops(home, "audit", "verify")
    assert verified.returncode == 0, verified.stdout + verified.stderr


def test_a_worker_whose_store_a_newer_release_migrated_exits_2_saying_to_upgrade(tmp_path):
    """A running worker whose store is stamped with a newer schema (a newer genaiops migrated it) stops at its
    next round of claims: exit 2 naming both schema versions and `pip install -U genaiops`."""
    home, _ = _home(tmp_path)
    worker = _worker(home)
    try:
        with closing(sqlite3.connect(home / "genaiops.db")) as con, con:
            (version,) = con.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
            con.execute("UPDATE meta SET value = ? WHERE key = 'schema'", (str(int(version) + 1),))
        code, said = _ended(worker)
    finally:
        if worker.poll() is None:
            worker.kill()
            worker.communicate()
    assert code == 2, said
    assert f"now has store schema {int(version) + 1}" in said and f"reads schema {version}" in said, said
    assert "pip install -U genaiops" in said and "this worker stops" in said and "Traceback" not in said, said
