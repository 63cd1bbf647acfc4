"""``HttpActionTarget``: remediations carried out by an HTTP endpoint (an internal deploy API, a webhook, an
Argo Rollouts-style service) — a real system, not a drill.

Each action is one ``POST`` of a JSON object to the target's URL::

    {"action": "clear_cache", "service": "fraud", "arguments": {},
     "idempotency_key": "run-...:task:0", "dry_run": false, "requested_at": "2026-01-05T10:20:00+00:00"}

with the headers ``Authorization: Bearer <token>`` (when a token is configured) and ``Idempotency-Key``. A retried
task sends the same key: the target must carry out a key at most once (and answer a repeat with
``"applied": false``). ``dry_run: true`` asks what the target would do, and must change nothing. The target
answers 2xx with a JSON object; ``applied`` (bool, default: not a dry run) and ``detail`` (text) are read.

The token is never kept: ``token`` is a function read at each request (the ``secret://NAME`` reference resolved by
the secret store), and a value that comes back in an answer is replaced by its reference in every message.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from genaiops.errors import SettingsError, ToolExecutionError, ToolInputError, shorten

from .models import ActionReceipt, RemediationAction, as_utc

if TYPE_CHECKING:
    import httpx

__all__ = ["HttpActionTarget", "http_target", "request_body"]

URL_SETTING = "GENAIOPS_ACTION_URL"
TOKEN_SETTING = "GENAIOPS_ACTION_TOKEN"


class TargetProblem(Exception):
    """Why a request to the target failed, and whether it is a configuration mistake (``setting`` names it)."""

    def __init__(self, message: str, setting: str | None = None):
        super().__init__(message)
        self.setting = setting


class HttpActionTarget:
    """Remediations as JSON ``POST``s to ``url`` (see the module docstring); an action target, not a drill."""

    drill = False
    """A real system: scripted approvals never decide changes to it (``graphs/drills.py``)."""

    def __init__(
        self,
        url: str,
        token: Callable[[], str] | None = None,
        *,
        token_ref: str = "",
        timeout: float = 10.0,
        transport: httpx.BaseTransport | None = None,
    ):
        import httpx  # only when a target is configured: the CLI's start-up does not pay for it

        self.url = url
        self._token = token
        self.token_ref = token_ref
        self._client = httpx.Client(timeout=timeout, transport=transport, follow_redirects=False)
        self._receipts: dict[str, ActionReceipt] = {}

    # -- what the environment asks ------------------------------------------------------------------------------
    def apply(self, action: RemediationAction, at: datetime, key: str) -> ActionReceipt:
        """Carry out ``action`` at the target under idempotency ``key`` (at most once per key, the target's duty)."""
        receipt = self._post(action, at, key, dry_run=False)
        self._receipts[key] = receipt
        return receipt

    def rehearse(self, action: RemediationAction, at: datetime, key: str) -> ActionReceipt:
        """The target's dry run of ``action``: what it would do (``detail``); nothing is applied."""
        return self._post(action, at, key, dry_run=True)

    def receipt(self, key: str) -> ActionReceipt | None:
        """The receipt of an action this process applied under ``key`` (a repeat across processes is the target's
        to recognise: it sees the same key)."""
        return self._receipts.get(key)

    def preflight(self) -> None:
        """Before a run that acts on the target: the token resolves, the URL answers, the credentials are
        accepted (``GET`` of the URL). A ``SettingsError`` naming the setting otherwise; other answers pass."""
        try:
            response = self._send("GET", None, {})
        except TargetProblem as exc:
            if exc.setting is not None:
                raise SettingsError(str(exc)) from None
            return
        try:
            self._check_status(response)
        except TargetProblem as exc:
            if exc.setting is not None:
                raise SettingsError(str(exc)) from None

    def close(self) -> None:
        self._client.close()

    # -- one request --------------------------------------------------------------------------------------------
    def _post(self, action: RemediationAction, at: datetime, key: str, *, dry_run: bool) -> ActionReceipt:
        body = request_body(action, at, key, dry_run=dry_run)
        try:
            response = self._send("POST", body, {"Idempotency-Key": key})
            self._check_status(response)
            applied, detail = self._read(response, dry_run)
        except TargetProblem as exc:
            raise ToolExecutionError(str(exc)) from None
        return ActionReceipt(
            action=action,
            at=as_utc(at),
            idempotency_key=key,
            applied=applied,
            detail=detail,
            dry_run=dry_run,
            target=self.url,
        )

    def _send(self, method: str, body: dict[str, Any] | None, headers: dict[str, str]) -> httpx.Response:
        import httpx

        token = self._resolve_token()
        if token is not None:
            headers = {**headers, "Authorization": f"Bearer {token}"}
        try:
            return self._client.request(method, self.url, json=body, headers=headers)
        except httpx.TimeoutException:
            raise TargetProblem(
                f"{URL_SETTING}={self.url}: the action target did not answer in time; check that the service is up "
                "(an action may have been applied: a retry sends the same idempotency key)",
                URL_SETTING,
            ) from None
        except httpx.HTTPError as exc:
            raise TargetProblem(
                f"{URL_SETTING}={self.url}: cannot reach the action target ({type(exc).__name__}: "
                f"{self._hide(str(exc), token)}); check the URL and that the service is up",
                URL_SETTING,
            ) from None

    def _resolve_token(self) -> str | None:
        if self._token is None:
            return None
        try:
            return self._token()
        except ToolInputError as exc:  # the secret store's message names the variable or file to set
            raise TargetProblem(f"{TOKEN_SETTING}={self.token_ref}: {exc}", TOKEN_SETTING) from None

    def _check_status(self, response: httpx.Response) -> None:
        code = response.status_code
        if code in (401, 403):
            given = f"the token {self.token_ref}" if self._token is not None else f"no token ({TOKEN_SETTING} unset)"
            raise TargetProblem(
                f"{TOKEN_SETTING}: the action target at {self.url} refused {given} (HTTP {code}); "
                f"set {TOKEN_SETTING} to the secret:// reference of a token the target accepts",
                TOKEN_SETTING,
            )
        if code in (404, 405):
            raise TargetProblem(
                f"{URL_SETTING}={self.url}: the action target answered HTTP {code} ({self._excerpt(response)}); "
                "check the URL's path"
            )
        if not 200 <= code < 300:
            raise TargetProblem(
                f"the action target at {URL_SETTING}={self.url} answered HTTP {code} ({self._excerpt(response)}); "
                "nothing is known to be applied: a retry sends the same idempotency key"
            )

    def _read(self, response: httpx.Response, dry_run: bool) -> tuple[bool, str]:
        try:
            data = response.json()
        except ValueError:
            data = None
        applied = data.get("applied", not dry_run) if isinstance(data, dict) else None
        if not isinstance(applied, bool):
            raise TargetProblem(
                f"the action target at {URL_SETTING}={self.url} answered HTTP {response.status_code} with "
                f"{self._excerpt(response)}, not a JSON object with a boolean 'applied'; is the URL the action "
                "endpoint? Whether the action was applied is unknown: a retry sends the same idempotency key"
            )
        return applied, shorten(str(data.get("detail", "")), 500, quote=False)

    def _excerpt(self, response: httpx.Response) -> str:
        text = response.text.strip()
        return shorten(self._hide(text, None), 120) if text else "an empty body"

    def _hide(self, text: str, token: str | None) -> str:
        if token is None and self._token is not None:
            try:
                token = self._token()
            except ToolInputError:
                token = None
        return text.replace(token, self.token_ref or "<token>") if token else text


def request_body(action: RemediationAction, at: datetime, key: str, *, dry_run: bool) -> dict[str, Any]:
    """The JSON a target receives for ``action`` (the README documents it)."""
    arguments = action.model_dump(exclude={"kind", "service"}, exclude_none=True)
    return {
        "action": action.kind,
        "service": action.service,
        "arguments": arguments,
        "idempotency_key": key,
        "dry_run": dry_run,
        "requested_at": as_utc(at).isoformat(),
    }


def http_target(url: str, token_ref: str | None, secrets: Any, timeout: float = 10.0) -> HttpActionTarget:
    """The target the settings describe: ``url`` (``GENAIOPS_ACTION_URL``), ``token_ref`` (a ``secret://NAME``
    reference, ``GENAIOPS_ACTION_TOKEN``) resolved through ``secrets`` at each request. A ``SettingsError``
    naming the setting when either is malformed (the token's text is never repeated)."""
    from urllib.parse import urlsplit

    from genaiops.secret_refs import SECRET_SCHEME, reference_problem

    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise SettingsError(
            f"{URL_SETTING}={shorten(url)}: not an http(s) URL; give the action endpoint, e.g. "
            "https://deploy.internal/api/remediations"
        )
    if parts.username or parts.password:
        raise SettingsError(
            f"{URL_SETTING}: the URL holds credentials; remove them and set {TOKEN_SETTING}=secret://NAME instead"
        )
    if not token_ref:
        return HttpActionTarget(url, None, timeout=timeout)
    token_ref = token_ref.strip()
    if reference_problem(token_ref) is not None:
        raise SettingsError(
            f"{TOKEN_SETTING} must be a {SECRET_SCHEME}NAME reference, never the token itself (its value is not "
            f"shown here): set {TOKEN_SETTING}={SECRET_SCHEME}DEPLOY_TOKEN and put the token in the environment "
            "variable GENAIOPS_SECRET_DEPLOY_TOKEN or the file GENAIOPS_HOME/keys/secrets/DEPLOY_TOKEN (mode 0600)"
        )
    name = token_ref[len(SECRET_SCHEME) :]
    return HttpActionTarget(url, lambda: secrets.get(name), token_ref=token_ref, timeout=timeout)
