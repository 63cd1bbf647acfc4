"""The CLI talking to a genaiops server: with ``GENAIOPS_SERVER_URL`` and ``GENAIOPS_TOKEN`` set (the token may
be ``secret://NAME``), ``approvals list/show/approve/reject``, ``runs list/show/cancel``, ``run``, ``scenario
run``, ``resume``, ``audit list/verify`` and ``scenario list`` ask the server's REST API instead of this home's
store, and print what they print locally (``--output json|yaml`` included: the same documents). The server
identifies the caller by the token: decisions are recorded ``authenticated``, and the server's worker continues
the run. ``run``/``resume`` follow the run the server executes (polling ``GET /runs/ID``) until it ends or
pauses, and exit as a local run does.

A scenario is named by its catalogue name or by a path under ``GENAIOPS_SCENARIOS_DIR``: the server runs only
the scenarios of its own catalogue, never YAML a client sends (its tools act with the server's credentials, so
what may run is what whoever controls the server's catalogue folder put there).

An answer the server refuses (401, 403, 404, 409, 422) is one error line with the server's message, exit 2; a
server that cannot be reached says so, naming the URL.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from genaiops.cli.common import app_settings, fail

if TYPE_CHECKING:
    import httpx

    from genaiops.graphs import RunResult

__all__ = ["Server", "server_client"]


def server_client() -> Server | None:
    """The server the settings point at, or None to use the local store; half the settings is a mistake."""
    settings = app_settings()
    if settings.server_url is None and settings.token is None:
        return None
    if settings.server_url is None or settings.token is None:
        missing = "GENAIOPS_TOKEN" if settings.server_url else "GENAIOPS_SERVER_URL"
        fail(
            f"{missing} is not set: talking to a server needs both GENAIOPS_SERVER_URL and GENAIOPS_TOKEN (a token "
            "from `genaiops tokens create`); unset the other to use this home's store"
        )
    _warn_plain_http(settings.server_url)
    return Server(settings.server_url, _token(settings.token.get_secret_value(), settings.home))


_warned: set[str] = set()


def _warn_plain_http(url: str) -> None:
    """Say once (on stderr, as a warning: a TLS-terminating proxy on a private network is common) that the token
    goes in clear text over ``http://`` to a host that is not this machine, and what fixes it."""
    from urllib.parse import urlsplit

    from genaiops.cli.logs import LOG

    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:  # not a URL: the first request says so
        return
    if parts.scheme.lower() != "http" or host is None or _is_this_machine(host) or url in _warned:
        return
    _warned.add(url)
    LOG.warning(
        "GENAIOPS_SERVER_URL=%s is plain http:// to %s, not this machine: GENAIOPS_TOKEN is sent in clear text to "
        "it; use https:// (a TLS-terminating proxy in front of `genaiops serve`)",
        shown_url(url), host,
    )  # fmt: skip


def _is_this_machine(host: str) -> bool:
    import ipaddress

    if host.lower() == "localhost" or host.lower().endswith(".localhost"):
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return address.is_loopback or address.is_unspecified  # 0.0.0.0 and :: reach this machine too


def refuse_names(as_: str | None) -> None:
    """Against a server the token is the person: a name given with ``--as`` or ``GENAIOPS_USER`` is refused
    (exit 2), not silently dropped, so nobody believes they acted as someone else."""
    if as_ is not None:
        fail("--as: the server knows you by your token (GENAIOPS_TOKEN), not by a name; drop --as")
    user = app_settings().user
    if user:
        fail(
            f"GENAIOPS_USER={user[:80]!r}: the server knows you by your token (GENAIOPS_TOKEN), not by a name; "
            "unset GENAIOPS_USER (what you do is recorded as the token's account)"
        )


def _token(value: str, home) -> str:  # noqa: ANN001
    from genaiops.errors import ToolInputError
    from genaiops.secret_refs import SECRET_SCHEME, SecretStore, reference_problem

    if not value.startswith(SECRET_SCHEME):
        return value
    problem = reference_problem(value)
    if problem:
        fail(f"GENAIOPS_TOKEN: {problem}")
    try:
        return SecretStore(os.environ, home / "keys" / "secrets").get(value[len(SECRET_SCHEME) :])
    except ToolInputError as exc:
        fail(f"GENAIOPS_TOKEN: {exc}")


START_TRIES = 4
"""How many times ``run``/``scenario run`` send their start when its answer is lost (one Idempotency-Key)."""
RETRY_S = 0.5
"""Seconds before a retry, times the tries so far."""
_RETRIED = frozenset({502, 503, 504})
"""Answers a retried request is sent again for: a proxy or the store busy for a moment."""


def _unreachable(url: str, exc: Exception) -> NoReturn:
    fail(
        f"cannot reach the genaiops server at GENAIOPS_SERVER_URL={shown_url(url)}: "
        f"{_without_credentials(str(exc), url)}; is `genaiops serve` up?"
    )


class Server:
    """A small client of the REST API (httpx)."""

    def __init__(self, url: str, token: str):
        self.url = url.rstrip("/")
        self._token = token
        self.headers: dict[str, str] = {}
        """The last answer's headers (``X-Total-Count``)."""

    def _call(
        self, method: str, path: str, *, headers: dict[str, str] | None = None, tries: int = 1, **kwargs: Any
    ) -> Any:
        """The answer's JSON; a refusal exits 2 with the server's message. ``tries`` > 1: a lost answer (the
        connection failed or dropped, a timeout) or a 502-504 is asked again, as it was, up to that many times in
        all: only for a request the server answers once whatever the number of sends (an Idempotency-Key)."""
        import time

        import httpx

        from genaiops.server.api_words import CLIENT_HEADER, NOT_READY_HEADER

        sent = {"Authorization": f"Bearer {self._token}", CLIENT_HEADER: "cli"} | (headers or {})  # the CLI's words
        for attempt in range(1, tries + 1):
            try:
                with httpx.Client(base_url=f"{self.url}/api/v1", timeout=30.0) as client:
                    answer = client.request(method, path, headers=sent, **kwargs)
            except httpx.InvalidURL as exc:
                fail(
                    f"GENAIOPS_SERVER_URL={shown_url(self.url)} is not a URL the CLI can use "
                    f"({_without_credentials(str(exc), self.url)}); give the server's address, e.g. "
                    "http://127.0.0.1:8000"
                )
            except httpx.TransportError as exc:
                if attempt < tries:
                    time.sleep(RETRY_S * attempt)
                    continue
                _unreachable(self.url, exc)
            except httpx.HTTPError as exc:
                _unreachable(self.url, exc)
            if answer.headers.get(NOT_READY_HEADER) == "true":  # until someone fixes the server: no retry helps
                _not_ready(self.url, answer)
            if answer.status_code in _RETRIED and attempt < tries:
                time.sleep(RETRY_S * attempt)
                continue
            if answer.status_code >= 400:
                _refused(answer)
            try:
                if answer.is_success:
                    self.headers = dict(answer.headers)
                    return answer.json()
            except ValueError:
                pass
            self._not_the_api(answer, f"{method} /api/v1{path}")
        raise AssertionError("unreachable")  # the last try returns or exits

    def _not_the_api(self, answer: httpx.Response, asked: str) -> NoReturn:
        """A redirect or a page where the API's JSON was due: GENAIOPS_SERVER_URL names something else (an
        http:// address a proxy sends on to https://, a path or query after the port)."""
        where = answer.headers.get("location")
        told = f" (redirecting to {where[:200]})" if where else f" ({answer.headers.get('content-type', 'no type')})"
        fail(
            f"GENAIOPS_SERVER_URL={shown_url(self.url)} answered {asked} with {answer.status_code} "
            f"{answer.reason_phrase}{told}: that is not the genaiops API; set GENAIOPS_SERVER_URL to the server's "
            "own address, its scheme, host and port only (e.g. http://127.0.0.1:8000)"
        )

    def inbox(self, run: str | None, all_: bool) -> list[tuple[dict[str, Any], str]]:
        params = {"scope": "all", "status": "any" if all_ else "pending"} | ({"run": run} if run else {})
        return [(row, row["status"]) for row in self._call("GET", "/approvals", params=params)]

    def approval(self, approval_id: str) -> tuple[dict[str, Any], str, list[dict[str, Any]], str | None]:
        detail = self._call("GET", f"/approvals/{_quoted(approval_id)}")
        return detail["approval"], detail["status"], detail["decisions"], detail["replaced_by"]

    def decide(
        self, approval_id: str, verdict: str, *, reason: str, role: str | None, amend: dict[str, Any] | None
    ) -> dict[str, Any]:
        """Decide on the arguments as they are now (their hash read first, so a change in between is refused)."""
        seen = self._call("GET", f"/approvals/{_quoted(approval_id)}")["args_hash"]
        body = {"reason": reason, "args_hash": seen, "role": role, "amend": amend}
        return self._call("POST", f"/approvals/{_quoted(approval_id)}/{verdict}", json=body)

    def cancel(self, run_id: str, reason: str) -> str:
        """Cancel ``run_id``; what the server said (``run ID: cancel recorded``, and a note if it redacted a
        secret in the reason)."""
        return self._call("POST", f"/runs/{_quoted(run_id)}/cancel", json={"reason": reason})["detail"]

    def runs(self, status: str | None, limit: int) -> list[dict[str, Any]]:
        """``runs list`` items (``genaiops.cli.shapes`` run shape)."""
        params: dict[str, Any] = {"limit": limit} | ({"status": status} if status else {})
        return [run_shape(row) for row in self._call("GET", "/runs", params=params)]

    def run_detail(self, run_id: str) -> dict[str, Any]:
        """``GET /runs/ID`` as the server answers it (unknown run: exit 2 with the server's message)."""
        return self._call("GET", f"/runs/{_quoted(run_id)}")

    def run(self, run_id: str) -> tuple[dict[str, Any], RunResult, list[tuple], list[Any]]:
        """A run's spec, result, events and agent turns, as ``runs show`` prints them."""
        return run_pieces(self.run_detail(run_id))

    def start(self, scenario: str, params: dict[str, Any]) -> str:
        """Start the catalogue scenario ``scenario``; its run id. The request carries an ``Idempotency-Key`` of
        this call's own and is sent again with it when its answer is lost: the retry answers the run the first
        send started, never a second one."""
        import uuid

        key = {"Idempotency-Key": f"cli-{uuid.uuid4()}"}
        body = {"scenario": scenario, "params": params}
        return self._call("POST", "/runs", json=body, headers=key, tries=START_TRIES)["run_id"]

    def resume(self, run_id: str) -> None:
        self._call("POST", f"/runs/{_quoted(run_id)}/resume")

    def audit(
        self,
        run: str | None,
        limit: int,
        period: tuple[str | None, str | None] = (None, None),
        kinds: tuple[str, ...] = (),
    ) -> list[dict[str, Any]]:
        params: dict[str, Any] = (
            {"limit": limit} | ({"run": run} if run else {}) | ({"kind": list(kinds)} if kinds else {})
        )
        params |= {name: value for name, value in zip(("since", "until"), period, strict=True) if value is not None}
        return self._call("GET", "/audit", params=params)

    def verify(self) -> dict[str, Any]:
        return self._call("GET", "/audit/verify")

    def scenarios(self) -> list[dict[str, Any]]:
        return self._call("GET", "/scenarios")

    def alerts(self, kind: str, status: str | None, limit: int) -> tuple[list[dict[str, Any]], int]:
        """``GET /alerts`` or ``/alerts/incidents`` (``kind`` "incidents"): the rows and how many in all."""
        params: dict[str, Any] = {"limit": limit} | ({"status": status} if status else {})
        rows = self._call("GET", "/alerts/incidents" if kind == "incidents" else "/alerts", params=params)
        return rows, int(self.headers.get("x-total-count", len(rows)))

    def models(self) -> list[dict[str, Any]]:
        """``GET /models``: every version of every registered model (``models list -o json``)."""
        return self._call("GET", "/models")

    def model(self, name: str) -> dict[str, Any]:
        """``GET /models/NAME`` (``models show NAME -o json``); an unknown model exits 2 with the server's 404."""
        return self._call("GET", f"/models/{_quoted(name)}")


def run_shape(row: dict[str, Any]) -> dict[str, Any]:
    """A run of the API (``GET /runs`` item, or ``GET /runs/ID``) in the shape ``runs list`` prints."""
    fields = ("run_id", "name", "status", "requester", "created_at", "updated_at", "source")
    counts = row["tasks"] if "task_counts" not in row else row["task_counts"]
    return {name: row.get(name) for name in fields} | {"tasks": dict(sorted(counts.items()))}


def run_pieces(d: dict[str, Any]) -> tuple[dict[str, Any], RunResult, list[tuple], list[Any]]:
    """``GET /runs/ID`` as the local store gives it: spec, result, events, agent turns."""
    from genaiops.graphs import RunResult
    from genaiops.graphs.engine import Outputs
    from genaiops.safety.approvals import ApprovalRequest
    from genaiops.store import AgentTurn

    result = RunResult(
        run_id=d["run_id"],
        name=d["name"],
        status=d["status"],
        tasks=d["tasks"],
        outputs=Outputs({k: json.dumps(v) for k, v in d["outputs"].items()}),
        errors=d["errors"],
        pending=[ApprovalRequest.model_validate(p) for p in d["pending"]],
    )
    events = [(e["seq"], e["task_id"], e["kind"], e["at"], e["data"]) for e in d["events"]]
    turns = [AgentTurn(run_id=d["run_id"], **t) for t in d["turns"]]
    return d["spec"], result, events, turns


def run_document(d: dict[str, Any], *, events: bool, outputs: bool, turns: bool) -> dict[str, Any]:
    """``runs show --output json|yaml`` from ``GET /runs/ID``: the document the local store gives."""
    from genaiops.cli.run_view import run_document as document
    from genaiops.store import TaskRow

    _spec, result, event_rows, turn_rows = run_pieces(d)
    rows = [TaskRow(result=None, **row) for row in d["task_rows"]]
    return document(run_shape(d), rows, result, event_rows, turn_rows, events=events, outputs=outputs, turns=turns)


POLL_S = 0.2
"""How often a followed run is read again."""


def follow(server: Server, run_id: str, total: int, done: int = 0, seen: int = 0) -> dict[str, Any]:
    """Read the run until it is no longer running (ended, paused, cancelled), drawing its progress from the
    events after ``seen`` as a local run draws them; its last ``GET /runs/ID``. Ctrl-C stops following (exit
    130); the run goes on in the server."""
    from genaiops.cli.views import LiveProgress

    try:
        with LiveProgress(total, done) as progress:
            return _follow(server, run_id, progress, seen)
    except KeyboardInterrupt:
        fail(f"stopped following run {run_id}; it goes on in the server: `genaiops runs show {run_id}`", 130)


def _follow(server: Server, run_id: str, progress: Any, seen: int) -> dict[str, Any]:
    import time

    from genaiops.graphs import RunEvent

    while True:
        detail = server.run_detail(run_id)
        for event in detail["events"]:
            if event["seq"] > seen:
                progress(RunEvent(run_id, event["task_id"], event["kind"], event["data"] or {}))
                seen = event["seq"]
        if detail["status"] != "running":
            return detail
        time.sleep(POLL_S)


def catalogue_name(file: Path, folder: Path) -> str:
    """The catalogue name a client gives the server for ``file``: a name as it is (``gated``,
    ``llmops/prompt_release``); a YAML path under this side's ``GENAIOPS_SCENARIOS_DIR`` (or a relative one that
    is no file here) as its path below that folder. A file outside the catalogue is refused: the server runs
    only the scenarios its catalogue holds, never YAML sent by a client."""
    if file.suffix not in (".yaml", ".yml"):
        return file.as_posix()
    here, inside = file.resolve(), folder.resolve()
    if here.is_relative_to(inside):
        return here.relative_to(inside).with_suffix("").as_posix()
    if not file.is_absolute() and not file.exists():
        return file.with_suffix("").as_posix()
    fail(
        f"{file}: the server runs only scenarios of its catalogue (GENAIOPS_SCENARIOS_DIR on the server), and this "
        f"file is outside the catalogue folder as this side knows it, {inside} (GENAIOPS_SCENARIOS_DIR here, else "
        "./scenarios; the server's own may be elsewhere); `genaiops scenario list` lists the server's catalogue: give "
        "a scenario's name there (`genaiops run NAME`), or unset GENAIOPS_SERVER_URL to run this file in this home"
    )


def _quoted(value: str) -> str:
    import urllib.parse

    return urllib.parse.quote(value, safe="")


def shown_url(url: str) -> str:
    """``url`` as a message names it: a password in it (``https://user:PASSWORD@host``, a proxy's basic auth) as
    ``***``, and a user name alone (``https://TOKEN@host``) too, since some services put a token there."""
    from urllib.parse import urlsplit, urlunsplit

    try:
        parts = urlsplit(url)
    except ValueError:  # not a URL at all ('http://[::1'): nothing shown after the scheme
        return url.split("://", 1)[0] + "://..."
    if "@" not in parts.netloc:
        return url
    userinfo, _, host = parts.netloc.rpartition("@")
    user, colon, _password = userinfo.partition(":")
    return urlunsplit(parts._replace(netloc=f"{user}:***@{host}" if colon else f"***@{host}"))


def _without_credentials(text: str, url: str) -> str:
    """``text`` (an error that may quote ``url`` or a part of it) with the URL's credentials as ``***``."""
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(url)
        password, user = parts.password, parts.username
    except ValueError:
        return text
    for secret in (password, user if password is None else None):
        if secret:
            text = text.replace(secret, "***")
    return text


def _not_ready(url: str, answer: httpx.Response) -> NoReturn:
    try:
        reason = answer.json().get("detail")
    except ValueError:
        reason = None
    fail(
        f"the genaiops server at {shown_url(url)} is not ready, so it did nothing: {reason or 'no reason given'} "
        "(GET /api/v1/health says the same; whoever runs the server fixes it, then this command works again)"
    )


def _refused(answer: httpx.Response) -> NoReturn:
    try:
        detail = answer.json().get("detail")
    except ValueError:
        detail = None
    fail(f"the server refused ({answer.status_code}): {detail or answer.text[:300] or answer.reason_phrase}")
