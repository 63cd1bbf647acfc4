"""Operational failures of the store are one-line messages, never tracebacks: an unreachable PostgreSQL URL,
a read-only store (reading commands still read it; writing ones say it is read-only) and a full disk (during a run,
and for a decision). The read-only store and the full disk are real: a read-only bind mount or another user, and
a 1 MB tmpfs, each in a private mount namespace (`unshare -m`; skipped where that is not permitted)."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from genaiops.cli import app
from genaiops.graphs import parse_scenario
from genaiops.runtime import load_policy, open_engine
from genaiops.settings import load_settings

REPO = Path(__file__).resolve().parents[1]
CANARY = REPO / "scenarios" / "canary_release.yaml"
GENAIOPS = Path(sys.executable).parent / "genaiops"


@pytest.fixture
def pg_url(free_port) -> str:  # type: ignore[no-untyped-def]
    """A PostgreSQL URL with a password, on a 127.0.0.1 port nothing listens on."""
    return f"postgresql://ops:s3cret-pw@127.0.0.1:{free_port()}/genaiops"


GATED = """
name: gated
tasks:
  - {id: deploy, tool: apply_change, args: {target: 'svc@prod'}}
"""

DRIVER = """
import json, subprocess, sys
commands = json.loads(sys.argv[1])
results = []
for args in commands:
    out = subprocess.run(args, capture_output=True, text=True, timeout=300)
    results.append({"args": args, "rc": out.returncode, "out": out.stdout, "err": out.stderr})
print(json.dumps(results))
"""


def _one_line_error(code: int, out: str, err: str, *fragments: str) -> None:
    assert code == 2, (code, out, err)
    assert "Traceback" not in out + err
    line = err.strip()
    assert line.startswith("error: ") and len(line.splitlines()) == 1, line
    flat = " ".join(line.split())
    for fragment in fragments:
        assert fragment in flat, (fragment, flat)


# --- PostgreSQL URL ------------------------------------------------------------------------------------------------

PG_COMMANDS = [
    ["runs", "list"],
    ["runs", "show", "run-x"],
    ["runs", "cancel", "run-x"],
    ["approvals", "list"],
    ["approvals", "show", "ap-x"],
    ["approvals", "approve", "ap-x", "--reason", "ok"],
    ["run", str(CANARY)],
    ["scenario", "run", str(CANARY)],
    ["resume", "run-x"],
    ["audit", "verify"],
    ["audit", "anchor"],
    ["audit", "list"],
    ["users", "list"],
    ["prompts", "list"],
    ["schedules", "list"],
    ["notifications", "list"],
]


@pytest.mark.parametrize("args", PG_COMMANDS, ids=[" ".join(a[:2]) for a in PG_COMMANDS])
def test_an_unreachable_postgresql_url_is_one_clear_error_from_every_command(tmp_path, args, pg_url):
    """GENAIOPS_STORE_URL=postgresql://… with no server there makes each command exit 2 with one line saying it
    cannot connect to the store (named without its password) and what to check, and writes nothing."""
    env = {"GENAIOPS_HOME": str(tmp_path / "home"), "GENAIOPS_STORE_URL": pg_url}
    result = CliRunner().invoke(app, args, env=env)
    shown = pg_url.replace("ops:s3cret-pw@", "")
    _one_line_error(
        result.exit_code, result.stdout, result.stderr,
        f"cannot connect to the PostgreSQL store at {shown}", "check GENAIOPS_STORE_URL",
    )  # fmt: skip
    assert "s3cret" not in result.output


def test_the_console_script_says_it_too(tmp_path, pg_url):
    """The installed script, as a process: exit 2, one line, for `runs list` with an unreachable PostgreSQL URL."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("GENAIOPS_")}
    env.update(GENAIOPS_HOME=str(tmp_path / "home"), GENAIOPS_STORE_URL=pg_url, HOME=str(tmp_path))
    out = subprocess.run([str(GENAIOPS), "runs", "list"], capture_output=True, text=True, env=env, timeout=120)
    _one_line_error(out.returncode, out.stdout, out.stderr, "cannot connect to the PostgreSQL store")
    assert "s3cret" not in out.stderr


@pytest.mark.parametrize("url", ["postgresql://ops:pw@127.0.0.1:notaport/db", "mysql://ops:s3cret-pw@127.0.0.1/db"])
def test_a_malformed_store_url_is_one_clear_error(tmp_path, url):
    """A URL with a port that is no number, or of a database the store does not speak: exit 2, one line naming
    GENAIOPS_STORE_URL's problem, no password."""
    env = {"GENAIOPS_HOME": str(tmp_path / "home"), "GENAIOPS_STORE_URL": url}
    result = CliRunner().invoke(app, ["runs", "list"], env=env)
    _one_line_error(result.exit_code, result.stdout, result.stderr, "store")
    assert "s3cret" not in result.output and "pw@" not in result.output


# --- namespaces: a read-only store, a full disk --------------------------------------------------------------------


def _env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GENAIOPS_")}
    env.update(HOME=str(home.parent), GENAIOPS_HOME=str(home), COLUMNS="200")
    return env


def _run_inside(prefix: list[str], commands: list[list[str]], env: dict[str, str]) -> list[dict]:
    """Run ``commands`` one after the other inside ``prefix`` (a namespace, another user); their outcomes."""
    argv = [*prefix, sys.executable, "-c", DRIVER, json.dumps(commands)]
    out = subprocess.run(argv, capture_output=True, text=True, env=env, timeout=900)
    if out.returncode != 0:
        pytest.skip(f"cannot run commands in a private namespace or as another user here: {out.stderr.strip()[-300:]}")
    return json.loads(out.stdout)


def _paused_run(home: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[str, str]:
    """(run id, approval id) of a run paused at its gate, requested by bob."""
    monkeypatch.setenv("GENAIOPS_HOME", str(home))
    settings = load_settings()
    engine = open_engine(settings)
    try:
        _, plan = parse_scenario(GATED, engine.registry, load_policy(settings))
        result = asyncio.run(engine.start(plan, requester="bob"))
    finally:
        engine.close()
    assert result.status == "paused"
    return result.run_id, result.pending[0].id


def _read_only_prefix(how: str, home: Path) -> list[str]:
    if shutil.which("unshare") is None or shutil.which("setpriv") is None or os.geteuid() != 0:
        pytest.skip("needs root with unshare and setpriv to make a store read-only for real (chmod does not stop root)")
    if how == "read-only mount":
        script = f'mount --bind {home} {home} && mount -o remount,ro,bind {home} {home} && exec "$@"'
        return ["unshare", "-m", "sh", "-c", script, "sh"]
    # another user, who may read every file (CAP_DAC_READ_SEARCH) but write none of root's
    caps = ["--inh-caps=+dac_read_search", "--ambient-caps=+dac_read_search"]
    return ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *caps]


@pytest.mark.parametrize("how", ["read-only mount", "another user"])
def test_a_read_only_store_is_read_and_refuses_writes_with_a_message(tmp_path, monkeypatch, how):
    """On a store this process cannot write: `runs list`, `runs show`, `audit verify`, `approvals list` and
    `approvals show` read it (opened with SQLite's mode=ro); `resume`, `run`, `runs cancel` and `approvals
    approve` exit 2 saying the store is read-only; nothing changes."""
    home = tmp_path / "home"
    run_id, approval_id = _paused_run(home, monkeypatch)
    before = (home / "genaiops.db").read_bytes()
    g = str(GENAIOPS)
    commands = [
        [g, "runs", "list"],
        [g, "runs", "show", run_id],
        [g, "audit", "verify"],
        [g, "approvals", "list"],
        [g, "approvals", "show", approval_id],
        [g, "resume", run_id],
        [g, "run", str(CANARY)],  # a file the other user may read
        [g, "runs", "cancel", run_id],
        [g, "approvals", "approve", approval_id, "--reason", "ok"],
    ]
    listed, shown, verified, inbox, request, *writes = _run_inside(_read_only_prefix(how, home), commands, _env(home))
    assert listed["rc"] == 0 and run_id in listed["out"] and "paused" in listed["out"], listed
    assert shown["rc"] == 0 and f"run {run_id}: paused" in shown["out"], shown
    assert verified["rc"] == 0 and "ledger intact: 1 entries" in verified["out"], verified
    assert inbox["rc"] == 0 and approval_id in inbox["out"] and "pending" in inbox["out"], inbox
    assert request["rc"] == 0 and request["out"].startswith(f"{approval_id}  pending"), request
    for write in writes:
        _one_line_error(write["rc"], write["out"], write["err"], "is read-only for this process", "run this one as")
    assert (home / "genaiops.db").read_bytes() == before


FILL = "name: fill\ntasks:\n" + "".join(
    f"  - {{id: m{i}, tool: synthetic_metric, args: {{service: s{i}, points: 5000}}}}\n" for i in range(40)
)

FULL_DISK = """
import asyncio, json, os, subprocess, sys
from genaiops.graphs import parse_scenario
from genaiops.runtime import open_engine
from genaiops.settings import load_settings

genaiops, spec, gated = sys.argv[1:4]
engine = open_engine(load_settings())
_, plan = parse_scenario(gated, engine.registry, engine.policy)
paused = asyncio.run(engine.start(plan, requester="bob"))
engine.close()
approval = paused.pending[0].id
filler = os.path.join(os.environ["GENAIOPS_HOME"], "..", "filler")
fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
try:  # take every byte left
    while os.write(fd, bytes(4096)):
        pass
except OSError:
    pass
os.close(fd)
results = []
for args in ([genaiops, "approvals", "approve", approval, "--reason", "ok"], [genaiops, "runs", "list"], "free",
             [genaiops, "run", spec], [genaiops, "runs", "list"]):
    if args == "free":
        os.unlink(filler)
        continue
    out = subprocess.run(args, capture_output=True, text=True, timeout=300)  # decided by this OS user, not bob
    results.append({"args": args, "rc": out.returncode, "out": out.stdout, "err": out.stderr})
print(json.dumps(results))
"""


def test_a_full_disk_stops_a_run_and_a_decision_with_a_message(tmp_path):
    """GENAIOPS_HOME on a 1 MB tmpfs: a decision on the full disk, and a run that fills it, each exit 2 with one
    line naming the full disk and the fix (the run: `genaiops resume RUN`); `runs list` still reads the store,
    and shows the stopped run as orphaned."""
    if shutil.which("unshare") is None or os.geteuid() != 0:
        pytest.skip("needs root with unshare to mount a small tmpfs in a private mount namespace")
    mount = tmp_path / "disk"
    mount.mkdir()
    spec = tmp_path / "fill.yaml"
    spec.write_text(FILL)
    env = _env(mount / "home")
    script = f'mount -t tmpfs -o size=1m tmpfs {mount} && exec "$@"'
    argv = ["unshare", "-m", "sh", "-c", script, "sh", sys.executable, "-c", FULL_DISK, str(GENAIOPS), str(spec), GATED]
    out = subprocess.run(argv, capture_output=True, text=True, env=env, timeout=900)
    if out.returncode != 0 and "mount" in out.stderr:
        pytest.skip(f"cannot mount a tmpfs in a private namespace here: {out.stderr.strip()[-300:]}")
    assert out.returncode == 0, out.stderr
    decided, listed, ran, listed_after = json.loads(out.stdout)

    _one_line_error(decided["rc"], decided["out"], decided["err"], "the disk is full", "free space on the disk holding")
    assert listed["rc"] == 0 and "paused" in listed["out"], listed  # read on the full disk
    _one_line_error(ran["rc"], ran["out"], ran["err"], "the disk is full (database or disk is full)")
    run_id = next(word for word in ran["err"].split() if word.startswith("run-"))
    assert f"`genaiops resume {run_id}` continues it" in " ".join(ran["err"].split())
    row = next(line for line in listed_after["out"].splitlines() if run_id in line)
    assert listed_after["rc"] == 0 and "orphaned" in row, listed_after
