"""The home and what genaiops creates in it (logs, agent memory, caches, the drill receiver's store) carry no
permissions for other local accounts, whatever the umask lets through; existing ones keep their modes
(qa-hostile10). Through the CLI as a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
GENAIOPS = str(Path(sys.executable).parent / "genaiops")


def _genaiops(home: Path, umask: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GENAIOPS_")} | {"GENAIOPS_HOME": str(home)}
    return subprocess.run(
        ["sh", "-c", f'umask {umask} && exec "$0" "$@"', GENAIOPS, *args],
        env=env, capture_output=True, text=True, timeout=300, cwd=home.parent,
    )  # fmt: skip


def test_a_new_home_and_its_folders_and_files_are_private(tmp_path: Path) -> None:
    """Under umask 022 a scenario run makes the home, logs/, memory/ and cache/ 0750 and the log file and
        receiver.db 0640 (the group keeps what the umask gives it); the files inside those folders too, at any depth
    (the policy cache, Chroma's sqlite and index files): nothing in it is readable by other accounts."""
    home = tmp_path / "home"
    ran = _genaiops(home, "022", "scenario", "run", str(REPO / "scenarios" / "alert_fired.yaml"))
    assert ran.returncode == 0, ran.stderr
    modes = {p.relative_to(tmp_path).as_posix(): p.stat().st_mode & 0o777 for p in [home, *home.rglob("*")]}
    for name in ("home", "home/logs", "home/memory", "home/cache"):
        assert modes[name] == 0o750, (name, oct(modes[name]))
    for name in ("home/logs/genaiops.log", "home/receiver.db", "home/genaiops.db"):
        assert modes[name] == 0o640, (name, oct(modes[name]))
    reachable = [name for name, mode in modes.items() if mode & 0o007]
    assert reachable == [], {name: oct(modes[name]) for name in reachable}
    for name in ("home/cache/policy-version.json", "home/memory/chroma.sqlite3"):
        assert modes[name] == 0o640, (name, oct(modes[name]))


def test_a_strict_umask_makes_the_home_owner_only(tmp_path: Path) -> None:
    """Under umask 077 the home and its logs are the owner's alone (0700, 0600)."""
    home = tmp_path / "home"
    listed = _genaiops(home, "077", "runs", "list")
    assert listed.returncode == 0, listed.stderr
    assert home.stat().st_mode & 0o777 == 0o700
    assert (home / "logs").stat().st_mode & 0o777 == 0o700
    assert (home / "logs" / "genaiops.log").stat().st_mode & 0o777 == 0o600


def test_an_existing_home_keeps_its_modes(tmp_path: Path) -> None:
    """A home an operator opened on purpose (0755, a 0644 log) is not tightened behind their back."""
    home = tmp_path / "home"
    (home / "logs").mkdir(parents=True)
    log = home / "logs" / "genaiops.log"
    log.touch()
    for path, mode in ((home, 0o755), (home / "logs", 0o755), (log, 0o644)):
        path.chmod(mode)
    listed = _genaiops(home, "022", "runs", "list")
    assert listed.returncode == 0, listed.stderr
    assert [p.stat().st_mode & 0o777 for p in (home, home / "logs", log)] == [0o755, 0o755, 0o644]


def test_a_rotated_log_starts_a_private_file(tmp_path: Path) -> None:
    """A full log is moved to genaiops.log.1 and the fresh genaiops.log is created 0640 like the first, not 0644."""
    home = tmp_path / "home"
    (home / "logs").mkdir(mode=0o750, parents=True)
    log = home / "logs" / "genaiops.log"
    log.write_text("x" * 1_000_000)
    log.chmod(0o640)
    listed = _genaiops(home, "022", "runs", "list")
    assert listed.returncode == 0, listed.stderr
    assert (home / "logs" / "genaiops.log.1").stat().st_size >= 1_000_000
    assert log.stat().st_size < 1_000_000 and log.stat().st_mode & 0o777 == 0o640
