"""An error's words as a web client reads them: the engine's messages point to the command line ("see `genaiops
runs show RUN`"), and the REST API answers with the same errors. ``in_api_words`` turns a command that has a route
into that route. Commands with no route (an admin's ``genaiops users add``, ``genaiops tokens create``) are left as
they are: they are run on the server's host, and the message says so. (Parameter and amendment problems are
worded for every entry point where they are made, ``graphs.params`` and ``graphs.amendment``: nothing to turn.)

The CLI in server mode (``genaiops.cli.remote``) is a client whose person typed those commands and flags: it
sends ``CLIENT_HEADER: cli`` and reads the messages as they are written.
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["CLIENT_HEADER", "NOT_READY_HEADER", "in_api_words", "in_console_words", "in_desk_words"]

CLIENT_HEADER = "X-GenAIOps-Client"
"""Sent as ``cli`` by the command line in server mode: errors keep the CLI's words for it."""
NOT_READY_HEADER = "GenAIOps-Not-Ready"
"""Set (``true``) on the 503 a state-changing route answers while the server is not ready (``health_api``): the
CLI says so and does not retry it (a store busy for a moment, a 503 without it, is retried)."""

_ROUTES = {
    "runs list": "GET /api/v1/runs",
    "runs show": "GET /api/v1/runs/{0}",
    "runs cancel": "POST /api/v1/runs/{0}/cancel",
    "resume": "POST /api/v1/runs/{0}/resume",
    "approvals list": "GET /api/v1/approvals",
    "approvals show": "GET /api/v1/approvals/{0}",
    "chat --list": "GET /api/v1/conversations",
    "scenario list": "GET /api/v1/scenarios",
}


def _replacing(table: dict[str, str], blank: str) -> Callable[[str], str]:
    """A function that replaces the CLI's commands of ``table`` (with their id, else ``blank``) in a text."""
    command = re.compile(r"`genaiops (" + "|".join(map(re.escape, table)) + r")(?: ([^`\s]+))?`")
    return lambda text: command.sub(lambda m: table[m.group(1)].format(m.group(2) or blank), text)


in_api_words = _replacing(_ROUTES, "ID")
"""``text`` with the CLI's commands that have a route replaced by their routes."""


_DESK = {
    "runs list": "the console's Runs page (/runs; GET /api/v1/runs)",
    "runs show": "`status of {0}` here, or its page /runs/{0} (GET /api/v1/runs/{0})",
    "approvals list": "`what is waiting for me?` here, or the console's Approvals page (/approvals)",
    "approvals show": "its page /approvals/{0} (GET /api/v1/approvals/{0})",
    "resume": "nothing to run: the server continues {0} once its approvals are decided",
}
in_desk_words = _replacing(_DESK, "RUN")
"""A chat desk reply as a person talking to it through the server reads it (the console's chat page, the API's
conversations): the CLI's commands with a counterpart there become what to say to the desk, the console page and
the API route."""


_CONSOLE = {"scenario list": "the Scenarios page (/scenarios)"}
in_console_words = _replacing(_CONSOLE, "")
"""A refusal as a console page shows it: the CLI's commands the browser has a page for become that page (the
other messages keep the engine's words, as the console always read them)."""
