"""The CLI warns once on stderr when it would send GENAIOPS_TOKEN over plain http:// to a host that is not this
machine, naming the fix (https://); it stays a warning (a TLS-terminating proxy on a private network is common),
and loopback or https URLs are left alone (qa-hostile10). Through the CLI as a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

GENAIOPS = str(Path(sys.executable).parent / "genaiops")
WARNING = "sent in clear text"


def _runs_list(tmp_path: Path, url: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GENAIOPS_")} | {
        "GENAIOPS_HOME": str(tmp_path / "home"),
        "GENAIOPS_SERVER_URL": url,
        "GENAIOPS_TOKEN": "gat_000000000000_not-a-real-token",
    }
    return subprocess.run([GENAIOPS, "runs", "list"], env=env, capture_output=True, text=True, timeout=120)


def test_a_token_over_plain_http_to_another_host_is_warned_about_once(tmp_path: Path) -> None:
    """http://genaiops.invalid:1 (a host that is not this one; it never answers): one warning line naming the URL,
    the clear-text token and https://, before the command's own error (unreachable: exit 2, not the warning's)."""
    done = _runs_list(tmp_path, "http://genaiops.invalid:1")
    assert done.returncode == 2, done.stderr
    assert done.stderr.count(WARNING) == 1, done.stderr
    warned = next(line for line in done.stderr.splitlines() if WARNING in line)
    assert "http://genaiops.invalid:1" in warned and "GENAIOPS_TOKEN" in warned and "https://" in warned, warned
    assert "gat_000000000000" not in done.stderr


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:1", "http://localhost:1", "http://[::1]:1", "https://genaiops.invalid:1"]
)
def test_loopback_and_https_urls_are_not_warned_about(tmp_path: Path, url: str) -> None:
    """This machine over http (127.0.0.1, localhost, ::1) or any host over https: no warning, only the error."""
    done = _runs_list(tmp_path, url)
    assert done.returncode == 2, done.stderr
    assert WARNING not in done.stderr, done.stderr
