"""The `genaiops` command line: user mistakes exit 2 with one clear message and leave the store unchanged; the
README flow (run -> paused -> approve as someone else -> resume -> succeeded) works end to end."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
from collections.abc import Sequence
from contextlib import closing
from pathlib import Path

import pytest
from click.testing import Result
from typer.testing import CliRunner

from genaiops.cli import app

REPO = Path(__file__).resolve().parents[1]
CANARY = REPO / "scenarios" / "canary_release.yaml"
GENAIOPS = Path(sys.executable).parent / "genaiops"
REQUESTER = "bob"

BAD_FILES = {
    "malformed.yaml": "name: x\ntasks:\n  - id: a\n    tool: echo\n   args: [1\n",
    "unknown.yaml": "name: x\ntasks:\n  - id: a\n    tool: ecoh\n  - id: b\n    tool: echo\n    role: sre_\n",
    "types.yaml": "name: x\ntasks:\n  - id: a\n    tool: noop\n    args: {value: abc}\n",
    "cycle.yaml": (
        "name: x\ntasks:\n  - id: a\n    tool: noop\n    after: [b]\n  - id: b\n    tool: noop\n    after: [a]\n"
    ),
    "empty.yaml": "",
}


def _env(home: Path) -> dict[str, str | None]:
    return {
        "HOME": str(home.parent / "user-home"),
        "GENAIOPS_HOME": str(home),
        "GENAIOPS_USER": REQUESTER,
        "GENAIOPS_STORE_URL": None,
        "GENAIOPS_POLICY_FILE": None,
        "COLUMNS": "200",
    }


def drill(home: Path) -> Path:
    """A drill home (claimed identities allowed: these tests act as bob and alice with GENAIOPS_USER and --as)."""
    home.mkdir(parents=True, exist_ok=True)
    if not (home / "policy.yaml").exists():
        (home / "policy.yaml").write_text("allow_claimed_identities: true\n", encoding="utf-8")
    return home


def invoke(home: Path, args: Sequence[str]) -> Result:
    return CliRunner().invoke(app, [str(a) for a in args], env=_env(drill(home)))


def dump(home: Path) -> dict[str, list[tuple]] | None:
    """Every row of every table of the store (None when there is no database file)."""
    db = home / "genaiops.db"
    if not db.exists():
        return None
    with closing(sqlite3.connect(db)) as con:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {t: sorted(con.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in tables}


def assert_no_work_recorded(before, after) -> None:
    if before is not None:
        assert after == before
        return
    if after is not None:  # the command may create an empty store, but must record nothing in it
        for table in ("runs", "tasks", "events", "approvals", "decisions", "ledger", "ledger_head"):
            assert after.get(table, []) == [], table


def assert_user_error(result: Result, *fragments: str, one_line: bool = True) -> None:
    assert result.exit_code == 2, (result.exit_code, result.output)
    assert isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output
    err = result.stderr.strip()
    assert err.startswith("error: "), err
    if one_line:
        assert len(err.splitlines()) == 1, err
    for fragment in fragments:
        assert fragment in err, (fragment, err)


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("files")
    for name, text in BAD_FILES.items():
        (d / name).write_text(text, encoding="utf-8")
    return d


@pytest.fixture(scope="module")
def paused(tmp_path_factory) -> tuple[Path, str, str]:
    """A home holding one paused canary run: (home, run id, approval id)."""
    home = tmp_path_factory.mktemp("paused") / "home"
    result = invoke(home, ["run", CANARY])
    assert result.exit_code == 3, result.output  # paused at a gate
    run_id = re.search(r"run (run-\S+): paused", result.stdout).group(1)
    approval_id = re.search(r"(ap-[0-9a-f]{12})", result.stdout).group(1)
    return home, run_id, approval_id


# --- bad files -------------------------------------------------------------------------------------------------

FILE_CASES = [
    pytest.param("malformed.yaml", ["malformed.yaml:5: malformed YAML"], True, id="malformed-yaml"),
    pytest.param(
        "unknown.yaml",
        ["2 problems in the graph", "unknown tool 'ecoh' (did you mean 'echo'?)", "unknown role 'sre_'"],
        False,
        id="unknown-names",
    ),
    pytest.param("types.yaml", ["types.yaml:5: tasks[0].args.value", "valid integer"], False, id="type-error"),
    pytest.param("cycle.yaml", ["unbounded cycle"], False, id="cycle"),
    pytest.param("empty.yaml", ["the file is empty"], True, id="empty"),
    pytest.param("missing.yaml", ["missing.yaml: no such file"], True, id="missing-file"),
]


@pytest.mark.parametrize("command", [["run"], ["scenario", "run"], ["scenario", "validate"], ["graph", "show"]])
@pytest.mark.parametrize(("name", "fragments", "one_line"), FILE_CASES)
def test_bad_file_exits_2_with_a_message_and_no_store_change(
    tmp_path, files, paused, command, name, fragments, one_line
):
    """A bad or missing file makes every file command exit 2 with a clear message; the store is unchanged."""
    home = paused[0]
    before = dump(home)
    result = invoke(home, [*command, files / name])
    assert_user_error(result, *fragments, one_line=one_line)
    if not one_line:
        assert "hint:" in result.stderr or "problem" in result.stderr
    assert dump(home) == before


@pytest.mark.parametrize(("name", "fragments", "one_line"), FILE_CASES)
def test_bad_file_on_a_fresh_home_records_nothing(tmp_path, files, name, fragments, one_line):
    """On a home with no store yet, a bad file leaves no run, approval or ledger entry behind."""
    home = tmp_path / "home"
    result = invoke(home, ["run", files / name])
    assert_user_error(result, *fragments, one_line=one_line)
    assert_no_work_recorded(None, dump(home))


def test_directory_as_file_exits_2(paused, files):
    """A directory given where a file is expected exits 2 saying so."""
    home = paused[0]
    before = dump(home)
    assert_user_error(invoke(home, ["run", files]), "is a directory")
    assert dump(home) == before


# --- unknown ids, refused decisions, bad --set ------------------------------------------------------------------


def _id_cases():
    return [
        pytest.param(["resume", "run-nope"], ["unknown run 'run-nope'", "genaiops runs list"], id="resume"),
        pytest.param(["runs", "show", "run-nope"], ["unknown run 'run-nope'"], id="runs-show"),
        pytest.param(["runs", "cancel", "run-nope"], ["unknown run 'run-nope'"], id="runs-cancel"),
        pytest.param(["approvals", "show", "ap-nope"], ["unknown approval 'ap-nope'"], id="approvals-show"),
        pytest.param(
            ["approvals", "approve", "ap-nope", "--as", "alice", "--reason", "ok"],
            ["unknown approval 'ap-nope'", "genaiops approvals list"],
            id="approve",
        ),
        pytest.param(
            ["approvals", "reject", "ap-nope", "--as", "alice", "--reason", "no"],
            ["unknown approval 'ap-nope'"],
            id="reject",
        ),
    ]


@pytest.mark.parametrize(("args", "fragments"), _id_cases())
def test_unknown_id_exits_2_and_store_unchanged(paused, args, fragments):
    """An unknown run or approval id exits 2 with a hint where to look; nothing is written."""
    home = paused[0]
    before = dump(home)
    assert_user_error(invoke(home, args), *fragments)
    assert dump(home) == before


@pytest.mark.parametrize(("args", "fragments"), _id_cases())
def test_unknown_id_on_a_fresh_home_records_nothing(tmp_path, args, fragments):
    """On an empty home an unknown id exits 2 and records nothing."""
    home = tmp_path / "home"
    assert_user_error(invoke(home, args), *fragments)
    assert_no_work_recorded(None, dump(home))


def _decision_cases():
    approve = ["approvals", "approve", "{ap}", "--reason", "ok"]
    return [
        pytest.param(approve, ["bob requested approval", "cannot approve or reject it themselves"], id="self-default"),
        pytest.param([*approve, "--as", REQUESTER], ["cannot approve or reject it themselves"], id="self-as"),
        pytest.param(
            ["approvals", "reject", "{ap}", "--as", REQUESTER, "--reason", "no"], ["themselves"], id="self-reject"
        ),
        pytest.param(
            [*approve, "--as", "alice", "--role", "viewer"],
            ["role 'viewer' may not decide", "allowed roles: operator"],
            id="wrong-role",
        ),
        pytest.param([*approve, "--as", "alice", "--set", "target"], ["--set 'target'", "NAME=VALUE"], id="set-no-eq"),
        pytest.param([*approve, "--as", "alice", "--set", "=x"], ["NAME=VALUE"], id="set-no-name"),
        pytest.param(
            [*approve, "--as", "alice", "--set", "change=[1"],
            ["not valid YAML"],
            id="set-bad-yaml",
        ),
        pytest.param(
            [*approve, "--as", "alice", "--set", "change=5"],
            ["amended arguments do not fit apply_change: change: "],
            id="set-type-error",
        ),
        pytest.param(
            [*approve, "--as", "alice", "--set", "target="],
            ["amended arguments do not fit apply_change: target: "],
            id="set-empty-target",
        ),
        pytest.param(
            ["approvals", "reject", "{ap}", "--as", "alice", "--reason", " "], ["needs a reason"], id="blank-reason"
        ),
    ]


@pytest.mark.parametrize(("args", "fragments"), _decision_cases())
def test_refused_decision_exits_2_and_store_unchanged(paused, args, fragments):
    """Self-approval, a role the policy does not allow, a bad --set or a blank reason exit 2; nothing recorded."""
    home, _, approval_id = paused
    before = dump(home)
    assert_user_error(invoke(home, [a.replace("{ap}", approval_id) for a in args]), *fragments)
    assert dump(home) == before


def test_set_with_unknown_argument_exits_2(tmp_path):
    """Amending an argument the tool does not have is refused (exit 2), naming it; nothing recorded."""
    home = tmp_path / "home"
    approval_id = re.search(r"(ap-[0-9a-f]{12})", invoke(home, ["run", CANARY]).stdout).group(1)
    before = dump(home)
    result = invoke(home, ["approvals", "approve", approval_id, "--as", "alice", "--reason", "ok", "--set", "targte=x"])
    assert dump(home) == before
    assert_user_error(result, "targte")


def test_usage_errors_exit_2_without_traceback(paused):
    """Click's own usage errors (missing argument, unknown option) also exit 2 without a traceback."""
    home = paused[0]
    for args in (["run"], ["approvals", "approve"], ["run", CANARY, "--bogus"]):
        result = invoke(home, args)
        assert result.exit_code == 2 and "Traceback" not in result.output


def test_graph_show_unknown_format_exits_2(paused):
    """`graph show --format dot` exits 2 naming the allowed formats."""
    assert_user_error(invoke(paused[0], ["graph", "show", CANARY, "--format", "dot"]), "text", "mermaid")


# --- the README flow --------------------------------------------------------------------------------------------


def test_readme_flow_run_approve_resume(tmp_path):
    """run pauses (exit 3) and says how to approve; another person approves; resume succeeds (exit 0); audit
    verifies."""
    home = tmp_path / "home"
    result = invoke(home, ["run", CANARY])
    assert result.exit_code == 3, result.output
    out = result.stdout
    run_id = re.search(r"run (run-\S+): paused", out).group(1)
    approval_id = re.search(r"(ap-[0-9a-f]{12})  task promote -> apply_change", out).group(1)
    assert "Waiting for approval:" in out
    assert "genaiops approvals approve ID --reason" in out
    assert f"genaiops resume {run_id}" in out

    listed = invoke(home, ["approvals", "list"])
    assert listed.exit_code == 0 and approval_id in listed.stdout and "promote" in listed.stdout
    shown = invoke(home, ["approvals", "show", approval_id])
    assert shown.exit_code == 0 and "checkout@production" in shown.stdout and "requested by bob" in shown.stdout

    approved = invoke(home, ["approvals", "approve", approval_id, "--as", "alice", "--reason", "CHG-1042"])
    assert approved.exit_code == 0, approved.output
    assert "approve by alice recorded; the approval is now approved (1/1)" in approved.stdout
    assert f"genaiops resume {run_id}" in approved.stdout

    resumed = invoke(home, ["resume", run_id])
    assert resumed.exit_code == 0, resumed.output
    assert f"run {run_id}: succeeded" in resumed.stdout

    before = dump(home)
    assert_user_error(invoke(home, ["resume", run_id]), f"run {run_id} already succeeded")
    assert_user_error(
        invoke(home, ["approvals", "approve", approval_id, "--as", "carol", "--reason", "late"]), "already approved"
    )
    assert_user_error(invoke(home, ["runs", "cancel", run_id]), f"run {run_id} has already succeeded; there is nothing")
    assert dump(home) == before

    show = invoke(home, ["runs", "show", run_id])
    assert show.exit_code == 0 and "promote" in show.stdout and "succeeded" in show.stdout
    runs = invoke(home, ["runs", "list"])
    assert runs.exit_code == 0 and run_id in runs.stdout
    audit = invoke(home, ["audit", "verify"])
    assert audit.exit_code == 0 and "ledger intact: 3 entries" in audit.stdout
    ledger = invoke(home, ["audit", "list"])
    assert all(k in ledger.stdout for k in ("approval_requested", "approval_decided", "action_executed"))


def test_approve_with_resume_flag_finishes_the_run(tmp_path):
    """`approvals approve --resume` records the decision and continues the run to success."""
    home = tmp_path / "home"
    out = invoke(home, ["run", CANARY]).stdout
    approval_id = re.search(r"(ap-[0-9a-f]{12})", out).group(1)
    result = invoke(home, ["approvals", "approve", approval_id, "--as", "alice", "--reason", "ok", "--resume"])
    assert result.exit_code == 0, result.output
    assert re.search(r"run run-\S+: succeeded", result.stdout)


def test_reject_ends_the_run_rejected(tmp_path):
    """A rejection by another person ends the gated task and the run rejected (exit 1 on resume)."""
    home = tmp_path / "home"
    out = invoke(home, ["run", CANARY]).stdout
    run_id = re.search(r"run (run-\S+): paused", out).group(1)
    approval_id = re.search(r"(ap-[0-9a-f]{12})", out).group(1)
    result = invoke(home, ["approvals", "reject", approval_id, "--as", "alice", "--reason", "not now"])
    assert result.exit_code == 0 and "now rejected" in result.stdout
    resumed = invoke(home, ["resume", run_id])
    assert resumed.exit_code == 1 and f"run {run_id}: rejected" in resumed.stdout
    assert "rejected by alice: not now" in resumed.stdout


def test_scenario_run_exits_0(tmp_path):
    """`genaiops scenario run` applies the scripted approval and ends as the scenario expects."""
    result = invoke(tmp_path / "home", ["scenario", "run", CANARY])
    assert result.exit_code == 0, result.output
    assert "succeeded" in result.stdout and "scenario ended as expected" in result.stdout


def test_the_readmes_first_command_says_who_approved_the_gate(tmp_path):
    """The README's first command, as a newcomer's process runs it (a fresh home, the OS user): under the line
    saying the gate waits, the scenario's scripted decision is shown with its approver, role and reason. Before,
    `promote needs 1 approval(s)` was followed by `promote succeeded` with no word of who had approved it."""
    drop = ("GENAIOPS_USER", "GENAIOPS_SERVER_URL", "GENAIOPS_TOKEN", "GENAIOPS_STORE_URL", "GENAIOPS_POLICY_FILE")
    env = {k: v for k, v in os.environ.items() if k not in drop} | {"GENAIOPS_HOME": str(tmp_path / "fresh")}
    done = subprocess.run(
        [str(GENAIOPS), "scenario", "run", "scenarios/canary_release.yaml"],
        cwd=REPO, env=env | {"COLUMNS": "200"}, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    out = done.stdout + done.stderr
    assert done.returncode == 0, out
    waits = out.index("⏸ promote needs 1 approval(s) (medium risk): ap-")
    said = "✓ promote approved by alice (operator, scripted): canary p99 within the stable fleet's; change ticket "
    said += "CHG-1042"
    assert said in out, out
    assert waits < out.index(said) < out.index("scenario ended as expected")


def test_scenario_validate_exits_0(tmp_path):
    """`genaiops scenario validate` checks the shipped scenario without running anything."""
    home = tmp_path / "home"
    result = invoke(home, ["scenario", "validate", CANARY])
    assert result.exit_code == 0 and "7 tasks, 0 loops, valid" in result.stdout
    assert_no_work_recorded(None, dump(home))


@pytest.mark.parametrize("fmt", ["text", "mermaid"])
def test_graph_show_draws_tasks_and_the_gate(tmp_path, fmt):
    """`genaiops graph show` (text and mermaid) draws every task and marks the approval gate."""
    result = invoke(tmp_path / "home", ["graph", "show", CANARY, "--format", fmt])
    assert result.exit_code == 0, result.output
    out = result.stdout
    for task in ("canary_latency", "stable_latency", "canary_summary", "latency_check", "promote", "hold"):
        assert task in out
    assert "gate: 1 approval(s), medium" in out
    if fmt == "mermaid":
        assert out.startswith("flowchart") and "t_latency_check" in out and "-->" in out
    else:
        gate_line = next(line for line in out.splitlines() if "promote" in line)
        assert "gate:" in gate_line and "apply_change" in gate_line


def test_approvals_list_shows_full_ids_at_80_columns(paused):
    """`approvals list` in an 80-column terminal still prints the whole approval id."""
    home, _, approval_id = paused
    result = CliRunner().invoke(app, ["approvals", "list"], env={**_env(home), "COLUMNS": "80"})
    assert result.exit_code == 0
    assert approval_id in result.stdout


# --- the real console script and its imports ----------------------------------------------------------------


def _subprocess_env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GENAIOPS_")}
    env.update(HOME=str(tmp_path), GENAIOPS_HOME=str(tmp_path / "home"), GENAIOPS_USER=REQUESTER)
    return env


def test_help_imports_no_agent_framework(tmp_path):
    """`genaiops --help` (and the sub-command helps) import neither autogen, semantic_kernel nor chromadb."""
    code = (
        "import sys\n"
        "from typer.testing import CliRunner\n"
        "from genaiops.cli import app\n"
        "for args in (['--help'], ['run', '--help'], ['approvals', '--help'], ['audit', '--help']):\n"
        "    assert CliRunner().invoke(app, args).exit_code == 0, args\n"
        "print([m for m in sys.modules if m.split('.')[0] in ('autogen', 'autogen_agentchat', 'autogen_core',"
        " 'autogen_ext', 'semantic_kernel', 'chromadb')])\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=_subprocess_env(tmp_path), timeout=60
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_console_script_bad_file_exits_2_without_traceback(tmp_path):
    """The installed `genaiops` script exits 2 with one line on stderr for a missing file."""
    out = subprocess.run(
        [str(GENAIOPS), "run", str(tmp_path / "nope.yaml")],
        capture_output=True,
        text=True,
        env=_subprocess_env(tmp_path),
        timeout=60,
    )
    assert out.returncode == 2
    assert "Traceback" not in out.stderr + out.stdout
    assert out.stderr.strip().startswith("error: ") and "no such file" in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("lite", ["1", "0"])
def test_runs_list_with_an_unknown_status_says_which_there_are(tmp_path: Path, lite: str) -> None:
    """`runs list --status pausd` (the fast path and the typer command alike): exit 2 with "did you mean" and the
    statuses a run has, not an empty table that reads as "no paused runs"."""
    home = drill(tmp_path / "home")
    env = {k: v for k, v in os.environ.items() if not k.startswith("GENAIOPS_")}
    env |= {k: v for k, v in _env(home).items() if v is not None} | {"GENAIOPS_CLI_LITE": lite}
    ran = subprocess.run([str(GENAIOPS), "run", CANARY], env=env, capture_output=True, text=True, timeout=120)
    assert ran.returncode == 3, ran.stderr
    done = subprocess.run([str(GENAIOPS), "runs", "list", "--status", "pausd"], env=env, capture_output=True,
                          text=True, timeout=120)  # fmt: skip
    assert done.returncode == 2 and done.stdout == "", done.stdout
    assert "--status 'pausd' (did you mean 'paused'?): a run is running, paused, succeeded" in done.stderr


@pytest.mark.parametrize("lite", ["1", "0"])
def test_a_runs_listing_cut_by_its_limit_says_so_on_stderr(tmp_path: Path, lite: str) -> None:
    """`runs list --limit 1` with two runs (the fast path and the typer command alike): one run listed, and on
    stderr that more exist and how to see them (stdout stays the document); a limit that cuts nothing says
    nothing."""
    home = drill(tmp_path / "home")
    env = {k: v for k, v in os.environ.items() if not k.startswith("GENAIOPS_")}
    env |= {k: v for k, v in _env(home).items() if v is not None} | {"GENAIOPS_CLI_LITE": lite}
    for _ in range(2):
        ran = subprocess.run([str(GENAIOPS), "run", CANARY], env=env, capture_output=True, text=True, timeout=120)
        assert ran.returncode == 3, ran.stderr
    listed = {n: subprocess.run([str(GENAIOPS), "runs", "list", "--limit", n, "-o", "json"], env=env,
                                capture_output=True, text=True, timeout=120) for n in ("1", "2")}  # fmt: skip
    assert [len(json.loads(listed[n].stdout)) for n in ("1", "2")] == [1, 2]
    note = "the listing stops at --limit 1 (the newest runs); more runs exist: use --limit 10 to see more"
    assert note in " ".join(listed["1"].stderr.split()) and "listing stops" not in listed["2"].stderr


def test_an_amendment_that_does_not_fit_names_the_tool_once(tmp_path: Path) -> None:
    """`approvals approve ID --set change=5` (a process): exit 2, the tool named once before the bad field (it read
    'apply_change: apply_change: change: ...'); nothing is recorded."""
    home = drill(tmp_path / "home")
    env = {k: v for k, v in os.environ.items() if not k.startswith("GENAIOPS_")}
    env |= {k: v for k, v in _env(home).items() if v is not None}
    ran = subprocess.run([str(GENAIOPS), "run", CANARY], env=env, capture_output=True, text=True, timeout=120)
    assert ran.returncode == 3, ran.stderr
    approval_id = re.search(r"(ap-[0-9a-f]{12})", ran.stdout).group(1)
    before = dump(home)
    amended = subprocess.run(
        [str(GENAIOPS), "approvals", "approve", approval_id, "--as", "alice", "--reason", "ok", "--set", "change=5"],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert amended.returncode == 2, amended.stdout + amended.stderr
    message = " ".join(amended.stderr.split())
    assert message.startswith("error: the amended arguments do not fit apply_change: change: "), message
    assert message.count("apply_change") == 1 and dump(home) == before


@pytest.mark.parametrize("option", ["--quiet", "-q", "-v", "--unsafe-policy"])
def test_a_global_option_after_the_command_says_where_it_goes(tmp_path: Path, option: str) -> None:
    """`genaiops run FILE --quiet` (a process): exit 2 with the command line as it works, the option before the
    command (click said 'No such option: --quiet (Possible options: --set)'); an unknown option keeps click's."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("GENAIOPS_")}
    env |= {"HOME": str(tmp_path), "GENAIOPS_HOME": str(tmp_path / "home"), "COLUMNS": "250"}
    spec = tmp_path / "my graph.yaml"
    spec.write_text("name: p\ntasks:\n  - {id: a, tool: echo, args: {value: 1}}\n", encoding="utf-8")
    done = subprocess.run([str(GENAIOPS), "run", str(spec), option], env=env, capture_output=True, text=True,
                          timeout=120)  # fmt: skip
    assert done.returncode == 2 and "Traceback" not in done.stderr, done.stderr
    assert f"`genaiops {option} run '{spec}'`" in done.stderr and "Possible options" not in done.stderr
    assert not (tmp_path / "home" / "genaiops.db").exists()
    bogus = subprocess.run([str(GENAIOPS), "run", str(spec), "--bogus"], env=env, capture_output=True, text=True,
                           timeout=120)  # fmt: skip
    assert bogus.returncode == 2 and "No such option: --bogus" in bogus.stderr


@pytest.mark.parametrize("args", [("run", "drift-check"), ("scenario", "run", "drift_check"),
                                  ("graph", "show", "drift-check")])  # fmt: skip
def test_a_scenario_named_instead_of_its_file_is_pointed_to_its_file(tmp_path, args):
    """`genaiops run drift-check` (the name `scenario list` shows, and the server accepts) on a local home: exit 2
    naming the file of the scenario so named in the catalogue folder (before: only "no such file")."""
    env = _subprocess_env(tmp_path) | {"GENAIOPS_SCENARIOS_DIR": str(REPO / "scenarios")}
    out = subprocess.run([str(GENAIOPS), *args], capture_output=True, text=True, env=env, timeout=60, cwd=tmp_path)
    assert out.returncode == 2 and "Traceback" not in out.stderr + out.stdout
    assert f"{args[-1]}: no such file" in out.stderr
    assert f"names the scenario in {REPO / 'scenarios' / 'mlops' / 'drift_check.yaml'}" in " ".join(out.stderr.split())


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["accounts"], "No such command 'accounts'. Did you mean 'users' or 'tokens'?"),
        (["account", "list"], "No such command 'account'. Did you mean 'users' or 'tokens'?"),
        (["inbox"], "No such command 'inbox'. Did you mean 'approvals'?"),
        (["aprovals", "list"], "No such command 'aprovals'. Did you mean 'approvals'?"),
        (["runs", "status"], "No such command 'status'. Did you mean 'show'?"),
        (["users", "delete", "bob"], "No such command 'delete'. The commands of `genaiops users`: add, list, roles,"),
    ],
)
def test_an_unknown_command_gets_a_did_you_mean_from_the_real_commands(tmp_path, args, said):
    """A command or sub-command that does not exist exits 2 with the real commands it may mean: by spelling, else
    those whose help uses the word (`accounts`: users and tokens; `inbox`: approvals), else the list of them."""
    out = subprocess.run(
        [str(GENAIOPS), *args], capture_output=True, text=True, env=_subprocess_env(tmp_path) | {"COLUMNS": "300"},
        timeout=60,
    )  # fmt: skip
    message = " ".join(out.stderr.replace("│", " ").split())
    assert out.returncode == 2 and said in message, out.stderr
