"""`genaiops approvals approve/reject` answered without typer (genaiops.cli.lite) records the same decision and
prints the same lines as the typer command; anything it is unsure of, or a refused decision, goes to the typer
command, which explains it. Each decision runs `genaiops` as a process."""

from __future__ import annotations

import asyncio
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

GRAPH = """
name: gated
tasks:
  - {id: first, tool: echo, args: {value: 1}}
  - {id: deploy, tool: apply_change, args: {target: 'svc@prod'}, after: [first]}
"""
# Runs the CLI in this process, then says on stderr whether typer was imported (that is, who answered).
WRAPPER = """
import sys
sys.argv = ["genaiops", *sys.argv[1:]]
try:
    from genaiops.cli import main
    main()
finally:
    sys.stderr.write("\\n[typer: %s]\\n" % ("typer" in sys.modules))
"""


@pytest.fixture
def pending() -> list[tuple[str, str]]:
    """Four runs asked by bob, each paused at its gate, the last one's request approved by alice: (run id,
    approval id) of each."""
    from genaiops.graphs import parse_scenario
    from genaiops.runtime import open_engine
    from genaiops.settings import load_settings

    engine = open_engine(load_settings())
    try:
        _, plan = parse_scenario(GRAPH, engine.registry, engine.policy)
        made = []
        for _ in range(4):
            result = asyncio.run(engine.start(plan, requester="bob"))
            made.append((result.run_id, result.pending[0].id))
        engine.decide(made[-1][1], approver="alice", role="operator", verdict="approve", reason="first")
        return made
    finally:
        engine.close()


def genaiops(args: list[str], **env: str) -> tuple[int, str, str, bool]:
    """``genaiops ARGS`` as a process: exit code, stdout, stderr (without the wrapper's line), whether typer ran."""
    environ = {**os.environ, "COLUMNS": "200", **env}
    done = subprocess.run([sys.executable, "-c", WRAPPER, *args], capture_output=True, text=True, env=environ)
    stderr, _, said = done.stderr.rpartition("\n[typer: ")
    return done.returncode, done.stdout, stderr, said.startswith("True")


def statuses() -> dict[str, str]:
    """Each approval's stored status, read from the store file."""
    with closing(sqlite3.connect(Path(os.environ["GENAIOPS_HOME"]) / "genaiops.db")) as db:
        return dict(db.execute("SELECT approval_id, status FROM approvals"))


@pytest.mark.parametrize(("verb", "status"), [("approve", "approved"), ("reject", "rejected")])
def test_a_fast_decision_is_the_typer_decision(pending, verb, status) -> None:
    """The same decision made by the fast path and by the typer command on two like requests: the same exit
    code and lines (ids aside), both recorded, typer not imported by the fast one, the ledger intact after."""
    (run_a, fast_id), (run_b, full_id), *_ = pending
    fast = genaiops(["approvals", verb, fast_id, "--reason", "looks fine", "--as", "alice"])
    full = genaiops(["approvals", verb, full_id, "--as", "alice", "--reason=looks fine"], GENAIOPS_CLI_LITE="0")
    assert fast[3] is False and full[3] is True
    assert fast[0] == full[0] == 0, (fast, full)
    assert fast[1].replace(fast_id, "ID").replace(run_a, "RUN") == full[1].replace(full_id, "ID").replace(run_b, "RUN")
    assert f"{fast_id}: {verb} by alice recorded; the approval is now {status} (" in fast[1]
    assert fast[2] == full[2]
    assert statuses() == {fast_id: status, full_id: status, pending[2][1]: "pending", pending[3][1]: "approved"}
    verified = genaiops(["audit", "verify"])
    assert verified[0] == 0, verified
    log = Path(os.environ["GENAIOPS_HOME"]) / "logs" / "genaiops.log"
    assert f"command: genaiops approvals {verb} {fast_id} --reason 'looks fine' --as alice" in log.read_text()


@pytest.mark.parametrize(
    "args",
    [
        ["approvals", "approve", "{0}", "--reason", "mine", "--as", "bob"],  # the requester: refused
        ["approvals", "approve", "{3}", "--reason", "again", "--as", "alice"],  # decided already
        ["approvals", "approve", "ap-unknown", "--reason", "x", "--as", "alice"],  # no such request
        ["approvals", "approve", "{0}", "--as", "alice"],  # --reason missing
        ["approvals", "approve", "{0}", "--reason", "x", "--as", "alice", "--role", "nobody"],  # a role not held
        ["approvals", "reject", "{0}", "--reason", "x", "--resume", "--as", "carol"],  # --resume: typer's
    ],
)
def test_what_the_fast_decision_is_unsure_of_goes_to_the_typer_command(pending, args) -> None:
    """A refused or malformed decision, or one with options the fast path does not take, is answered by the
    typer command (typer ran), with its own message and exit code; nothing was recorded by the fast path."""
    ids = [approval for _, approval in pending]
    args = [a.format(*ids) for a in args]
    before = statuses()
    fast = genaiops(args)
    assert fast[3] is True
    if "--resume" not in args:
        assert fast[0] == 2 and ("error:" in fast[2] or "--reason" in fast[2]), fast
        assert statuses() == before
