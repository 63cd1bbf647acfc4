"""Real receivers on 127.0.0.1 for the notification tests: a webhook receiver (an HTTP server in a thread that
answers with the status codes a test scripts, records every request, and processes each delivery id once, as the
README tells receivers to) and an SMTP server (aiosmtpd's Controller) that keeps every message it accepts."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from email import message_from_bytes
from email.message import Message
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import Result
from typer.testing import CliRunner

from genaiops.cli import app


@dataclass
class Receiver:
    url: str
    answers: list[int] = field(default_factory=list)
    """Status codes to answer with, first to last; 200 once they run out."""
    requests: list[tuple[dict[str, str], bytes]] = field(default_factory=list)
    processed: dict[str, bytes] = field(default_factory=dict)
    """Delivery id -> body, for deliveries answered 2xx (a repeated id is dropped, not processed twice)."""


@pytest.fixture
def webhook(free_port) -> Iterator[Receiver]:  # type: ignore[no-untyped-def]
    port = free_port()
    receiver = Receiver(f"http://127.0.0.1:{port}/hooks/T0K3N")
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - the http.server protocol
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            with lock:
                receiver.requests.append((dict(self.headers.items()), body))
                code = receiver.answers.pop(0) if receiver.answers else 200
                if 200 <= code < 300:
                    receiver.processed.setdefault(self.headers["X-GenAIOps-Delivery"], body)
            self.send_response(code)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args: object) -> None:
            return

    server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield receiver
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@dataclass
class Mailbox:
    port: int
    messages: list[Message] = field(default_factory=list)

    async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]  # noqa: N802 - aiosmtpd's name
        self.messages.append(message_from_bytes(envelope.original_content or envelope.content))
        return "250 OK"


@pytest.fixture
def smtp(free_port) -> Iterator[Mailbox]:  # type: ignore[no-untyped-def]
    from aiosmtpd.controller import Controller

    box = Mailbox(free_port())
    controller = Controller(box, hostname="127.0.0.1", port=box.port)
    controller.start()
    try:
        yield box
    finally:
        controller.stop()


@pytest.fixture
def home() -> Path:
    """This test's GENAIOPS_HOME (a drill home: people are named with --as)."""
    return Path(os.environ["GENAIOPS_HOME"])


def cli(*args: object, env: dict[str, str] | None = None) -> Result:
    """``genaiops ARGS`` as a user runs it (wide terminal, bob by default)."""
    environ = {"GENAIOPS_USER": "bob", "COLUMNS": "250", **(env or {})}
    return CliRunner().invoke(app, [str(a) for a in args], env=environ)


@pytest.fixture(name="cli")
def _cli():  # type: ignore[no-untyped-def]
    """``cli(*args, env=...)``: see the function of that name."""
    return cli
