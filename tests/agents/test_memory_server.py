"""Agent memory against a real Chroma server (`chroma run` on 127.0.0.1) through chromadb's HttpClient."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from genaiops.agents.memory import ResolvedIncidentSpec, open_memory


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def chroma_server(tmp_path: Path) -> Iterator[str]:
    """A Chroma server on a free local port with its data in tmp_path; stopped after the test."""
    binary = shutil.which("chroma") or str(Path(sys.executable).with_name("chroma"))
    if not Path(binary).exists():
        pytest.skip("the chroma CLI (installed with chromadb) is not on PATH")
    port = free_port()
    log = (tmp_path / "chroma.log").open("w")
    proc = subprocess.Popen(
        [binary, "run", "--host", "127.0.0.1", "--port", str(port), "--path", str(tmp_path / "server")],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=1).close()
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"chroma server did not start: {(tmp_path / 'chroma.log').read_text()[-2000:]}")
                time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        log.close()


def test_memory_on_a_chroma_server_indexes_writes_back_and_reopens(chroma_server: str) -> None:
    """HttpClient path: runbooks index idempotently, a written-back incident is found by a new client."""
    memory = open_memory(url=chroma_server)
    first = memory.index_runbooks()
    assert first.added and memory.index_runbooks().added == []
    memory.add_incident(
        ResolvedIncidentSpec(
            id="INC-9",
            title="cart-cache: error burst",
            symptoms="cart-cache failed a quarter of lookups; cart and coupons errored",
            root_service="cart-cache",
            fault_kind="error_burst",
            resolution="cleared the cache of cart-cache; errors stopped",
            actions=["clear_cache"],
        )
    )
    again = open_memory(url=chroma_server)
    assert again.similar_incidents("cart cache throwing errors")[0].id == "incident:INC-9"
    assert again.collection("incidents").configuration_json["embedding_function"]["name"] == "genaiops-offline"
    assert "runbook:bad_deploy" in [h.id for h in again.find_runbooks("errors right after the new release")]
