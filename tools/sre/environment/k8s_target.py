"""``KubernetesActionTarget``: remediations as patches of Deployments, through the official ``kubernetes`` client —
a real system, not a drill.

A service is the Deployment of that name in the configured namespace. ``restart`` sets the pod template's
``kubectl.kubernetes.io/restartedAt`` annotation (what ``kubectl rollout restart`` does), ``scale`` sets
``spec.replicas`` and ``roll_back`` sets the first container's image tag to ``to_version``; ``fail_over`` and
``clear_cache`` have no Kubernetes meaning and are refused. Every patch also writes the task's idempotency key in
the Deployment's ``genaiops.io/idempotency-key`` annotation, in the same request: an action whose key is already
there is not applied again (a retried task). A dry run sends the same patch with ``dryRun=All``: the API server
validates it and persists nothing.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from typing import Any

from genaiops.errors import SettingsError, ToolExecutionError, ToolInputError, shorten

from .http_actions import TargetProblem
from .models import ActionReceipt, RemediationAction, as_utc

__all__ = ["KEY_ANNOTATION", "KubernetesActionTarget", "kubernetes_target"]

KEY_ANNOTATION = "genaiops.io/idempotency-key"
RESTARTED_AT = "kubectl.kubernetes.io/restartedAt"
URL_SETTING, TOKEN_SETTING, NAMESPACE_SETTING = (
    "GENAIOPS_KUBERNETES_URL",
    "GENAIOPS_KUBERNETES_TOKEN",
    "GENAIOPS_KUBERNETES_NAMESPACE",
)


class KubernetesActionTarget:
    """Deployments in ``namespace`` of the API server at ``url``; an action target, not a drill."""

    drill = False
    """A real cluster: scripted approvals never decide changes to it (``graphs/drills.py``)."""

    def __init__(
        self,
        url: str,
        namespace: str,
        token: Callable[[], str] | None = None,
        *,
        ca_file: str | None = None,
        timeout: float = 10.0,
    ):
        from kubernetes import client  # ~1 s to import: only when a cluster is configured

        config = client.Configuration()
        config.host, config.retries = url, 0
        config.ssl_ca_cert = ca_file
        if token is not None:
            config.refresh_api_key_hook = lambda conf: conf.api_key.update(authorization=self._token_value())
            config.api_key_prefix = {"authorization": "Bearer"}
            config.api_key = {"authorization": "resolved at each request"}  # the hook replaces it (in memory)
        self.url, self.namespace, self.timeout = url, namespace, timeout
        self._token = token
        self._api = client.AppsV1Api(client.ApiClient(config))
        self._receipts: dict[str, ActionReceipt] = {}

    # -- what the environment asks ------------------------------------------------------------------------------
    def apply(self, action: RemediationAction, at: datetime, key: str) -> ActionReceipt:
        try:
            return self._apply(action, at, key)
        except TargetProblem as exc:
            raise ToolExecutionError(str(exc)) from None

    def rehearse(self, action: RemediationAction, at: datetime, key: str) -> ActionReceipt:
        try:
            return self._rehearse(action, at, key)
        except TargetProblem as exc:
            raise ToolExecutionError(str(exc)) from None

    def _apply(self, action: RemediationAction, at: datetime, key: str) -> ActionReceipt:
        _supported(action)
        deployment = self._call(self._api.read_namespaced_deployment, action.service, self.namespace)
        if _annotations(deployment).get(KEY_ANNOTATION) == key:
            return self._receipt(action, at, key, False, "already applied under this idempotency key", dry_run=False)
        body, what = self._patch(action, at, key, deployment)
        self._call(self._api.patch_namespaced_deployment, action.service, self.namespace, body)
        receipt = self._receipt(action, at, key, True, what, dry_run=False)
        self._receipts[key] = receipt
        return receipt

    def _rehearse(self, action: RemediationAction, at: datetime, key: str) -> ActionReceipt:
        _supported(action)
        deployment = self._call(self._api.read_namespaced_deployment, action.service, self.namespace)
        body, what = self._patch(action, at, key, deployment)
        self._call(self._api.patch_namespaced_deployment, action.service, self.namespace, body, dry_run="All")
        return self._receipt(action, at, key, False, f"would {what} (the API server accepted the dry run)", True)

    def receipt(self, key: str) -> ActionReceipt | None:
        return self._receipts.get(key)

    def preflight(self) -> None:
        """The API server answers and the token may list Deployments in the namespace; else a ``SettingsError``."""
        try:
            self._call(self._api.list_namespaced_deployment, self.namespace, limit=1)
        except TargetProblem as exc:
            if exc.setting is not None:
                raise SettingsError(str(exc)) from None

    def close(self) -> None:
        self._api.api_client.close()

    # -- the patches --------------------------------------------------------------------------------------------
    def _patch(
        self, action: RemediationAction, at: datetime, key: str, deployment: dict[str, Any]
    ) -> tuple[dict[str, Any], str]:
        where = f"deployment {self.namespace}/{action.service}"
        meta = {"metadata": {"annotations": {KEY_ANNOTATION: key}}}
        if action.kind == "restart":
            template = {"metadata": {"annotations": {RESTARTED_AT: as_utc(at).isoformat()}}}
            return {**meta, "spec": {"template": template}}, f"restart {where} (rolling)"
        if action.kind == "scale":
            before = deployment.get("spec", {}).get("replicas")
            return {**meta, "spec": {"replicas": action.replicas}}, f"scale {where} {before} -> {action.replicas}"
        if action.kind == "roll_back":
            container, image = _image(deployment, action.to_version or "", where)
            spec = {"template": {"spec": {"containers": [{"name": container, "image": image}]}}}
            return {**meta, "spec": spec}, f"roll {where} back to {image}"
        raise AssertionError(action.kind)  # _supported refused it

    def _receipt(
        self, action: RemediationAction, at: datetime, key: str, applied: bool, detail: str, dry_run: bool
    ) -> ActionReceipt:
        return ActionReceipt(
            action=action,
            at=as_utc(at),
            idempotency_key=key,
            applied=applied,
            detail=detail,
            dry_run=dry_run,
            target=f"{self.url} namespace {self.namespace}",
        )

    # -- one request --------------------------------------------------------------------------------------------
    def _call(self, method: Callable[..., Any], *args: Any, **kwargs: Any) -> dict[str, Any]:
        from kubernetes.client.exceptions import ApiException
        from urllib3.exceptions import HTTPError

        try:
            response = method(*args, **kwargs, _preload_content=False, _request_timeout=self.timeout)
        except ApiException as exc:
            setting = TOKEN_SETTING if exc.status in (401, 403) else None
            raise TargetProblem(self._refusal(exc.status, exc.body, args), setting) from None
        except ToolInputError as exc:  # the token's secret is not set
            raise TargetProblem(f"{TOKEN_SETTING}: {exc}", TOKEN_SETTING) from None
        except HTTPError as exc:
            raise TargetProblem(
                f"{URL_SETTING}={self.url}: cannot reach the Kubernetes API server ({type(exc).__name__}); check "
                "the URL and that the server is up",
                URL_SETTING,
            ) from None
        try:
            data = json.loads(response.data)
        except ValueError:
            data = None
        if not isinstance(data, dict):
            raise TargetProblem(
                f"{URL_SETTING}={self.url}: the answer is not a Kubernetes object ({shorten(response.data[:200])}); "
                "is the URL the API server?"
            )
        return data

    def _refusal(self, status: int | None, body: Any, args: tuple[Any, ...]) -> str:
        reason = _status_message(body)
        if status in (401, 403):
            return (
                f"{TOKEN_SETTING}: the Kubernetes API server at {self.url} refused the credentials (HTTP {status}: "
                f"{reason}); give a token allowed to get and patch deployments in {self.namespace}"
            )
        if status == 404:
            return (
                f"no deployment {args[0]!r} in namespace {self.namespace!r} ({NAMESPACE_SETTING}) at {self.url}: "
                f"{reason}"
            )
        return f"the Kubernetes API server at {URL_SETTING}={self.url} answered HTTP {status}: {reason}"

    def _token_value(self) -> str:
        assert self._token is not None
        return self._token()


def _supported(action: RemediationAction) -> None:
    if action.kind not in ("restart", "scale", "roll_back"):
        raise ToolInputError(
            f"{action.kind}: a Kubernetes Deployment has no {action.kind.replace('_', ' ')}; the Kubernetes target "
            "does restart, scale and roll_back (use an HTTP action target, GENAIOPS_ACTION_URL, for the others)"
        )


def _annotations(deployment: dict[str, Any]) -> dict[str, str]:
    return deployment.get("metadata", {}).get("annotations") or {}


def _image(deployment: dict[str, Any], version: str, where: str) -> tuple[str, str]:
    containers = deployment.get("spec", {}).get("template", {}).get("spec", {}).get("containers") or []
    if not containers or not version:
        raise ToolInputError(f"to_version: name the image tag to roll {where} back to")
    first = containers[0]
    repository = first.get("image", "").rsplit(":", 1)[0]
    return first.get("name", ""), f"{repository}:{version}"


def _status_message(body: Any) -> str:
    try:
        return str(json.loads(body).get("message", ""))[:200] or "no message"
    except (TypeError, ValueError, AttributeError):
        return shorten(body, 120) if body else "no message"


def kubernetes_target(
    url: str, namespace: str, token_ref: str | None, secrets: Any, ca_file: str | None = None, timeout: float = 10.0
) -> KubernetesActionTarget:
    """The target the settings describe (``GENAIOPS_KUBERNETES_*``); a ``SettingsError`` naming the setting when
    one is malformed."""
    from urllib.parse import urlsplit

    from genaiops.secret_refs import SECRET_SCHEME, reference_problem

    if urlsplit(url).scheme not in ("http", "https") or not urlsplit(url).hostname:
        raise SettingsError(f"{URL_SETTING}={shorten(url)}: not an http(s) URL of a Kubernetes API server")
    if not namespace.strip():
        raise SettingsError(f"{NAMESPACE_SETTING} is empty; name the namespace the services' Deployments live in")
    if not token_ref:
        return KubernetesActionTarget(url, namespace, None, ca_file=ca_file, timeout=timeout)
    if reference_problem(token_ref.strip()) is not None:
        raise SettingsError(
            f"{TOKEN_SETTING} must be a {SECRET_SCHEME}NAME reference, never the token itself (its value is not shown "
            f"here): set {TOKEN_SETTING}={SECRET_SCHEME}KUBE_TOKEN and the token in GENAIOPS_SECRET_KUBE_TOKEN"
        )
    name = token_ref.strip()[len(SECRET_SCHEME) :]
    return KubernetesActionTarget(url, namespace, lambda: secrets.get(name), ca_file=ca_file, timeout=timeout)
