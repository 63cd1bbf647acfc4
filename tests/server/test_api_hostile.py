"""The REST API against a careless or hostile client, over HTTP on 127.0.0.1 (`genaiops serve` in its own process):
bytes a path cannot hold, bodies that are not JSON objects, the CLI's words in API errors, and answers that
must match what the OpenAPI document says. Each case was found by fuzzing the served API (schemathesis and
hand-written hypothesis strategies) and answered 500, a vague 400, or a shape the spec does not document."""

from __future__ import annotations

from typing import Any

import pytest

Served = Any  # tests/server/conftest.py's Served (a conftest is not imported by name)


def no_traceback(served: Served) -> None:
    """The server's log holds no traceback (an unhandled error reaches it even when the client saw an answer)."""
    assert "Traceback" not in served.log.read_text(encoding="utf-8", errors="replace")


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("POST", "/runs", {"scenario": "gated\x00.yaml"}),
        ("GET", "/scenarios/gated%00", None),
        ("POST", "/runs", {"scenario": "a\x00/../../etc/passwd"}),
    ],
)
def test_a_nul_in_a_scenario_name_is_a_404_naming_it(served: Served, method: str, path: str, body: object) -> None:
    """A scenario name holding NUL (which no file name holds) is an unknown scenario (404 naming it and where the
    catalogue is listed), not a 500 from the file system with a traceback in the log."""
    answer = served.api("alice", method, path, json=body)
    assert answer.status_code == 404, answer.text
    assert "no scenario" in answer.json()["detail"] and "GET /api/v1/scenarios" in answer.json()["detail"]
    no_traceback(served)
