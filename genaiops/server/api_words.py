"""An error's words as a web client reads them: the engine's messages are written for the command line (values
given with ``--set NAME=VALUE``, "see `genaiops runs show RUN`"), and the REST API answers with the same
errors. ``in_api_words`` turns those phrases into the request's own terms: a value is ``params.NAME`` or
``amend.NAME`` (the body's field), a command that has a route is that route. Commands with no route (an
admin's ``genaiops users add``, ``genaiops tokens create``) are left as they are: they are run on the server's
host, and the message says so.

The CLI in server mode (``genaiops.cli.remote``) is a client whose person typed those commands and flags: it
sends ``CLIENT_HEADER: cli`` and reads the messages as they are written.
"""

from __future__ import annotations

import re

__all__ = ["CLIENT_HEADER", "in_api_words"]

CLIENT_HEADER = "X-GenAIOps-Client"
"""Sent as ``cli`` by the command line in server mode: errors keep the CLI's words for it."""

_ROUTES = {
    "runs list": "GET /api/v1/runs",
    "runs show": "GET /api/v1/runs/{0}",
    "runs cancel": "POST /api/v1/runs/{0}/cancel",
    "resume": "POST /api/v1/runs/{0}/resume",
    "approvals list": "GET /api/v1/approvals",
    "approvals show": "GET /api/v1/approvals/{0}",
    "chat --list": "GET /api/v1/conversations",
}
_COMMAND = re.compile(r"`genaiops (" + "|".join(map(re.escape, _ROUTES)) + r")(?: ([^`\s]+))?`")
_GIVE = re.compile(r"with --set ([^\s=:]+)=VALUE")
_SET = re.compile(r"--set ([^\s=:]+)")


def in_api_words(text: str, field: str | None) -> str:
    """``text`` with the CLI's commands replaced by their routes and ``--set NAME`` by ``FIELD.NAME`` (``field``:
    the body's field that carries such values, ``params`` or ``amend``; None leaves ``--set`` as it is)."""
    text = _COMMAND.sub(lambda m: _ROUTES[m.group(1)].format(m.group(2) or "ID"), text)
    if field is not None:
        text = _GIVE.sub(lambda m: f'in {field}: {{"{m.group(1)}": VALUE}}', text)
        text = _SET.sub(lambda m: f"{field}.{m.group(1)}", text)
    return text
