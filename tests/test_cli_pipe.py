"""`genaiops ... | head`: when the reader of the output goes away, a command stops quietly (exit 1, as click does),
on the fast path and on the typer path alike, with no traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

GENAIOPS = str(Path(sys.executable).parent / "genaiops")
ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    ("argv", "typer"),
    [
        (["graph", "show", "scenarios/incident_response.yaml"], "1"),
        (["graph", "show", "scenarios/incident_response.yaml"], "0"),
        (["tools"], "1"),
    ],
    ids=["graph-show-fast", "graph-show-typer", "tools"],
)
def test_a_closed_pipe_ends_the_command_quietly(argv: list[str], typer: str, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GENAIOPS_")}
    env.update(GENAIOPS_HOME=str(tmp_path / "home"), GENAIOPS_CLI_LITE=typer, COLUMNS="120")
    read, write = os.pipe()
    os.close(read)  # the reader is gone before the command writes anything
    try:
        done = subprocess.run([GENAIOPS, *argv], cwd=ROOT, env=env, stdout=write, stderr=subprocess.PIPE, timeout=120)
    finally:
        os.close(write)
    stderr = done.stderr.decode()
    assert "Traceback" not in stderr and "BrokenPipeError" not in stderr, stderr
    assert done.returncode == 1
