"""What the server's tests share: polling without fixed sleeps (``wait_for``) and `genaiops serve` started for
real in its own process (``genaiops_serve``)."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

GENAIOPS = Path(sys.executable).parent / "genaiops"


def wait_for(check: Callable[[], Any], what: str, timeout: float = 60.0) -> Any:
    """Poll ``check`` until it returns something truthy (no fixed sleeps)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


@pytest.fixture(name="wait_for", scope="session")
def _wait_for() -> Callable[..., Any]:
    """``wait_for(check, what, timeout=60)``: see the function of that name."""
    return wait_for


@dataclass(frozen=True)
class Serving:
    url: str
    process: subprocess.Popen


@contextmanager
def serving(env: dict[str, str], log: Path, ready: str = "/signin") -> Iterator[Serving]:
    """`genaiops serve` on a free port of 127.0.0.1 with ``env``, its output in ``log``; yields its URL and
    process once ``ready`` answers 200, and stops it (SIGINT, as Ctrl-C) at the end unless it has stopped."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with log.open("w") as out:
        process = subprocess.Popen(
            [str(GENAIOPS), "serve", "--port", str(port)], env=env, stdout=out, stderr=subprocess.STDOUT
        )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_for(lambda: _answers(f"{url}{ready}", process, log), "genaiops serve to answer", timeout=90)
        yield Serving(url, process)
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _answers(url: str, process: subprocess.Popen, log: Path) -> bool:
    if process.poll() is not None:
        raise AssertionError(f"genaiops serve exited {process.returncode}:\n{log.read_text()}")
    try:
        return httpx.get(url, timeout=2).status_code == 200
    except httpx.HTTPError:
        return False


@pytest.fixture(name="genaiops_serve", scope="session")
def _genaiops_serve() -> Callable[..., Any]:
    """``with genaiops_serve(env, log) as url:``: see ``serving``."""
    return serving
