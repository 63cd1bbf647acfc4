"""The installed `genaiops` script's habits: --version, shell completion, -v/--quiet, the log file under
GENAIOPS_HOME/logs (command, run id, tracebacks; never a secret), and dependency warnings kept off the screen
(by the entry point only: in-process use, and these tests, still see every warning)."""

from __future__ import annotations

import logging
import os
import re
import subprocess
import sys
import warnings
from importlib.metadata import version
from pathlib import Path

from typer.testing import CliRunner

from genaiops.cli import app

REPO = Path(__file__).resolve().parents[1]
CANARY = REPO / "scenarios" / "canary_release.yaml"
GENAIOPS = Path(sys.executable).parent / "genaiops"


def _env(home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GENAIOPS_")}
    env.update(HOME=str(home.parent), GENAIOPS_HOME=str(home), GENAIOPS_USER="bob", COLUMNS="200", **extra)
    return env


def genaiops(home: Path, *args: object, **extra: str) -> subprocess.CompletedProcess[str]:
    """The console script on a drill home (GENAIOPS_USER may name the requester)."""
    home.mkdir(parents=True, exist_ok=True)
    if not (home / "policy.yaml").exists():
        (home / "policy.yaml").write_text("allow_claimed_identities: true\n", encoding="utf-8")
    return subprocess.run(
        [GENAIOPS, *map(str, args)], capture_output=True, text=True, env=_env(home, **extra), timeout=300
    )


def python(home: Path, code: str) -> subprocess.CompletedProcess[str]:
    """``code`` in a fresh interpreter of this venv, as the console script would run it."""
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=_env(home), timeout=120)


def log_text(home: Path) -> str:
    return (home / "logs" / "genaiops.log").read_text(encoding="utf-8")


def test_version_prints_the_package_version(tmp_path) -> None:
    """`genaiops --version` prints the installed package's version and exits 0."""
    out = genaiops(tmp_path / "home", "--version")
    assert out.returncode == 0 and out.stdout.strip() == f"genaiops {version('genaiops')}"


def test_bash_completion_offers_commands_and_choices(tmp_path) -> None:
    """Bash completion (the environment Click's completion script sets) completes `genaiops ap` to approvals and
    `-o` to the output formats; `--show-completion` typed in bash prints that script (the shell is the one the
    command runs in, found among its parent processes)."""
    home = tmp_path / "home"
    words = genaiops(home, _GENAIOPS_COMPLETE="complete_bash", COMP_WORDS="genaiops ap", COMP_CWORD="1")
    assert words.returncode == 0 and words.stdout.split() == ["approvals"]
    formats = genaiops(home, _GENAIOPS_COMPLETE="complete_bash", COMP_WORDS="genaiops runs list -o ", COMP_CWORD="4")
    assert formats.stdout.split() == ["table", "json", "yaml"]
    in_bash = ["bash", "-c", '"$0" --show-completion; exit $?', str(GENAIOPS)]  # `exit`: bash stays the parent
    script = subprocess.run(in_bash, capture_output=True, text=True, env=_env(home), timeout=120)
    assert script.returncode == 0 and "_GENAIOPS_COMPLETE=complete_bash" in script.stdout, script.stderr


def test_a_run_is_logged_with_its_command_and_id(tmp_path) -> None:
    """The log file holds the command line and the run's id and status; the screen holds no log lines."""
    home = tmp_path / "home"
    out = genaiops(home, "run", CANARY)
    assert out.returncode == 3 and out.stderr == ""
    run_id = re.search(r"run (run-\S+): paused", out.stdout).group(1)
    log = log_text(home)
    assert f"command: genaiops run {CANARY}" in log
    assert f"run {run_id} (canary-release): paused" in log


def test_a_full_log_is_rotated_and_the_oldest_backup_dropped(tmp_path) -> None:
    """A command whose log line would take the file to 1 MB moves it to `.1` (each backup one number up, the
    fifth dropped) and logs in a new file; a log with room is appended to."""
    home = tmp_path / "home"
    logs = home / "logs"
    logs.mkdir(parents=True)
    for i in range(1, 6):
        (logs / f"genaiops.log.{i}").write_text(f"backup {i}\n", encoding="utf-8")
    (logs / "genaiops.log").write_text("x" * 999_990 + "\n", encoding="utf-8")
    assert genaiops(home, "runs", "list").returncode == 0
    assert [(logs / f"genaiops.log.{i}").read_text(encoding="utf-8") for i in range(2, 6)] == [
        f"backup {i}\n" for i in range(1, 5)
    ]
    assert (logs / "genaiops.log.1").read_text(encoding="utf-8") == "x" * 999_990 + "\n"
    assert not (logs / "genaiops.log.6").exists()
    first = log_text(home)
    assert first.startswith(tuple("0123456789")) and "command: genaiops runs list" in first
    assert genaiops(home, "runs", "list").returncode == 0
    assert log_text(home).startswith(first) and log_text(home).count("command: genaiops runs list") == 2


def test_an_error_is_one_line_on_screen_and_its_traceback_in_the_log(tmp_path) -> None:
    """A user error: one line on stderr, exit 2; the log has the message with its traceback. A bug: exit 1,
    one line naming the log file, and the traceback only there."""
    home = tmp_path / "home"
    out = genaiops(home, "runs", "show", "run-nope")
    assert out.returncode == 2 and len(out.stderr.strip().splitlines()) == 1 and "Traceback" not in out.stderr
    log = log_text(home)
    assert "exit 2: unknown run 'run-nope'" in log and "Traceback (most recent call last)" in log
    code = (
        "import sys\nfrom genaiops.cli import app, main\n"
        "@app.command('boom')\ndef boom():\n    raise RuntimeError('kaboom')\n"
        "sys.argv = ['genaiops', 'boom']\nmain()\n"
    )
    bug = python(home, code)
    assert bug.returncode == 1 and "Traceback" not in bug.stderr + bug.stdout
    assert "unexpected RuntimeError: kaboom" in bug.stderr and str(home / "logs" / "genaiops.log") in bug.stderr
    assert 'File "<string>", line 5, in boom\nRuntimeError: kaboom' in log_text(home)


def test_secret_values_never_reach_the_log(tmp_path) -> None:
    """A GENAIOPS_SECRET_* value, a secret file's value and an API key typed on a command line (and echoed in
    its error) are written to the log, and to -v's stderr lines, as their reference."""
    home = tmp_path / "home"
    folder = home / "keys" / "secrets"
    folder.mkdir(parents=True)
    (folder / "DB_PASSWORD").write_text("pw-8d3e91f0c2\n", encoding="utf-8")
    (folder / "DB_PASSWORD").chmod(0o600)
    env = {"GENAIOPS_SECRET_DEPLOY_TOKEN": "tok-4f9a2c7e1b55", "OPENAI_API_KEY": "sk-test-77aa01bb"}
    first = genaiops(home, "-v", "runs", "show", "tok-4f9a2c7e1b55", **env)
    second = genaiops(home, "approvals", "show", "pw-8d3e91f0c2", **env)
    third = genaiops(home, "audit", "list", "--run", "sk-test-77aa01bb", **env)
    assert first.returncode == second.returncode == third.returncode == 2
    log = log_text(home)
    assert "tok-4f9a2c7e1b55" not in log and "pw-8d3e91f0c2" not in log and "sk-test-77aa01bb" not in log
    assert "command: genaiops audit list --run <OPENAI_API_KEY>" in log
    assert "command: genaiops -v runs show secret://DEPLOY_TOKEN" in log
    assert "command: genaiops approvals show secret://DB_PASSWORD" in log
    assert "genaiops: command: genaiops -v runs show secret://DEPLOY_TOKEN" in first.stderr


def test_a_secret_given_with_set_never_reaches_the_log(tmp_path) -> None:
    """A token pasted into `--set NAME=VALUE` (or `--set=NAME=VALUE`), which validation refuses as a secret
    without echoing it, is not written to the log's command line either (no GENAIOPS_SECRET_* names it, so
    the log's own redaction does not know it); an ordinary value is logged as typed."""
    home = tmp_path / "home"
    scenario = tmp_path / "sec.yaml"
    scenario.write_text(
        "name: sec\nparams:\n  token: {}\ntasks:\n  - {id: a, tool: echo, args: {value: '${params.token}'}}\n",
        encoding="utf-8",
    )
    token = "ghp_" + "Ab1Cd2Ef3Gh4Ij5Kl6Mn7Op8Qr9St0UvWxYz01"
    refused = [
        genaiops(home, "scenario", "run", scenario, "--set", f"token={token}"),
        genaiops(home, "scenario", "validate", scenario, f"--set=token={token}"),
    ]
    assert [p.returncode for p in refused] == [2, 2], [p.stderr for p in refused]
    assert all("looks like a secret" in p.stderr and token not in p.stderr for p in refused)
    assert genaiops(home, "scenario", "validate", scenario, "--set", "token=hello").returncode == 0
    log = log_text(home)
    assert token not in log
    assert "--set 'token=(a value that looks like a secret, not shown)'" in log
    assert f"scenario validate {scenario} --set token=hello" in log


def test_verbose_says_more_and_quiet_draws_no_progress(tmp_path) -> None:
    """`-v` adds what the command does on stderr (nothing there without it); `--quiet` runs without the
    progress display and its event lines, and still prints the result."""
    home = tmp_path / "home"
    plain, loud = genaiops(home, "runs", "list"), genaiops(home, "-v", "runs", "list")
    assert plain.stderr == "" and "genaiops: command: genaiops -v runs list" in loud.stderr
    quiet = genaiops(home, "--quiet", "run", CANARY)
    assert quiet.returncode == 3 and quiet.stderr == ""
    progress = re.compile(r"^tasks .*\d+/\d+", re.MULTILINE)
    assert progress.search(genaiops(tmp_path / "other", "run", CANARY).stdout)  # what --quiet leaves out
    assert not progress.search(quiet.stdout) and "⏸" not in quiet.stdout
    assert re.search(r"run run-\S+: paused", quiet.stdout)


def test_dependency_warnings_go_to_the_log_not_the_screen(tmp_path) -> None:
    """A UserWarning raised while a command runs (as AutoGen raises them) is not shown by the console script:
    it is in the log file."""
    home = tmp_path / "home"
    code = (
        "import sys, warnings\nfrom genaiops.cli import app, main\n"
        "@app.command('warn')\ndef warn():\n"
        "    warnings.warn_explicit('Resolved model mismatch', UserWarning, 'autogen_ext/client.py', 7)\n"
        "sys.argv = ['genaiops', 'warn']\nmain()\n"
    )
    out = python(home, code)
    assert out.returncode == 0, out.stderr
    assert out.stderr == "" and "mismatch" not in out.stdout
    assert "UserWarning: Resolved model mismatch" in log_text(home)


def test_the_cli_in_process_leaves_warnings_alone(tmp_path, monkeypatch) -> None:
    """Invoking the CLI in-process (as these tests do) changes neither the warning filters nor how warnings
    are shown, so `filterwarnings = error` still turns every warning into a test failure."""
    monkeypatch.setenv("GENAIOPS_HOME", str(tmp_path / "home"))
    assert CliRunner().invoke(app, ["tools"]).exit_code == 0  # dependencies set their own filters on import
    filters, shown = list(warnings.filters), warnings.showwarning
    result = CliRunner().invoke(app, ["-v", "tools"])
    assert result.exit_code == 0, result.output
    assert warnings.filters == filters and warnings.showwarning is shown
    assert not logging.getLogger("py.warnings").handlers
