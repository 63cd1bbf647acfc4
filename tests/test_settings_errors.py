"""A bad setting is named with what was wrong, through the CLI process, without echoing a secret it holds."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


def genaiops(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    program = str(Path(sys.executable).with_name("genaiops"))
    return subprocess.run([program, *args], env={**os.environ, **env}, capture_output=True, text=True)


@pytest.mark.parametrize(
    ("variable", "value", "secret"),
    [
        ("GENAIOPS_MLFLOW_URI", "http://bob:hunter2-secret@127.0.0.1:5000", "hunter2-secret"),
        ("GENAIOPS_WORKER_INTERVAL", "-1", None),
    ],
)
def test_a_bad_setting_is_named_and_its_secret_not_shown(variable, value, secret) -> None:
    """Exit 2, one line naming the variable; a password inside a URL is masked, never printed."""
    result = genaiops("runs", "list", env={variable: value})
    assert result.returncode == 2, result.stderr
    assert variable in result.stderr and "Traceback" not in result.stderr
    if secret:
        assert secret not in result.stderr + result.stdout and "bob:***@127.0.0.1" in result.stderr
