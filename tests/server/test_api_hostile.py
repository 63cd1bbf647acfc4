"""The REST API against a careless or hostile client, over HTTP on 127.0.0.1 (`genaiops serve` in its own process):
bytes a path cannot hold, bodies that are not JSON objects, the CLI's words in API errors, and answers that
must match what the OpenAPI document says. Each case was found by fuzzing the served API (schemathesis and
hand-written hypothesis strategies) and answered 500, a vague 400, or a shape the spec does not document."""

from __future__ import annotations

from typing import Any

import httpx
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


def raw(served: Served, path: str, content: bytes, content_type: str) -> Any:
    """POST ``content`` as alice with the given Content-Type (the bytes as they are, nothing encoded)."""
    headers = {"Authorization": f"Bearer {served.tokens['alice']}", "Content-Type": content_type}
    return httpx.post(f"{served.url}/api/v1{path}", content=content, headers=headers, timeout=30)


@pytest.mark.parametrize(
    ("content", "said"),
    [
        (b'{"scenario": "gated\xff"}', "not UTF-8"),
        (b'{"scenario": "gated", "params": {"a": ' + b"[" * 100_000 + b"]" * 100_000 + b"}}", "nested"),
    ],
)
def test_a_body_that_cannot_be_read_as_json_says_why(served: Served, content: bytes, said: str) -> None:
    """A JSON body that is not UTF-8, or nests past what the reader follows, is a 422 at ``body`` saying which
    and what to send (it read only 'There was an error parsing the body', a 400 the spec does not document)."""
    answer = raw(served, "/runs", content, "application/json")
    assert answer.status_code == 422, answer.text
    detail = answer.json()["detail"]
    assert said in detail and "send" in detail, detail
    assert answer.json()["problems"][0]["place"] == "body"
    no_traceback(served)


@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded"])
def test_a_json_body_sent_as_another_content_type_names_the_header(served: Served, content_type: str) -> None:
    """A JSON body under another Content-Type is a 422 naming the header to send and the one given (it read
    'Input should be a valid dictionary or object to extract fields from', which names neither)."""
    answer = raw(served, "/runs", b'{"scenario": "gated"}', content_type)
    assert answer.status_code == 422, answer.text
    detail = answer.json()["detail"]
    assert "Content-Type: application/json" in detail and content_type in detail, detail
