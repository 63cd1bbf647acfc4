"""Serving targets: where a promoted model goes. The default (a drill stand-in) serves it in-process for batch
scoring and, once ``serve()`` is called, over the FastAPI app of ``serving_app`` (``POST /predict/<endpoint>``)
on 127.0.0.1, for as long as this process lives. ``ProcessServingTarget`` (``serving_process``) runs each endpoint
as a uvicorn process of its own that outlives the command (``GENAIOPS_SERVING=process``).

Another target (a KServe or Seldon deployment, a cloud endpoint) implements ``ServingTarget``; the
``deploy_model`` tool only talks to the protocol.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from pydantic import BaseModel

from genaiops.errors import ToolInputError
from genaiops.lazy import lazy_module

if TYPE_CHECKING:  # the app (uvicorn, sockets) is imported when a model is served, not by Deployment's users
    from .serving_app import UvicornThread

np = lazy_module("numpy")  # imported on first use: registering a tool or validating needs none

__all__ = ["Deployment", "LocalServingTarget", "ServingTarget"]


class Deployment(BaseModel, defer_build=True):
    """What an endpoint serves."""

    endpoint: str
    model_name: str
    alias: str
    version: int
    artifact_sha: str
    features: list[str]
    url: str | None = None


class ServingTarget(Protocol):
    def deploy(self, deployment: Deployment, model: Any) -> Deployment: ...

    def deployment(self, endpoint: str) -> Deployment | None: ...

    def deployments(self) -> list[Deployment]: ...

    def predict(self, endpoint: str, x: np.ndarray) -> np.ndarray: ...


@dataclass
class _Live:
    deployment: Deployment
    model: Any


class LocalServingTarget:
    """Models served from memory; ``serve()`` also opens the HTTP prediction app in a thread of this process."""

    drill = True
    """An in-process stand-in serving target: a drill target for scripted approvals (``graphs/drills.py``)."""

    def __init__(self) -> None:
        self._live: dict[str, _Live] = {}
        self._lock = threading.Lock()
        self._server: UvicornThread | None = None
        self.error: str | None = None
        """The last model that failed to load in its place (a serving process reports it on /health)."""

    @property
    def url(self) -> str | None:
        if self._server is None:
            return None
        return f"http://{self._server.host}:{self._server.port}"

    def deploy(self, deployment: Deployment, model: Any) -> Deployment:
        """Swap the endpoint to the new model at once (requests see the old or the new one, never a mix)."""
        url = f"{self.url}/predict/{deployment.endpoint}" if self.url else deployment.url
        live = deployment.model_copy(update={"url": url})
        with self._lock:
            self._live[deployment.endpoint] = _Live(live, model)
        return live

    def deployment(self, endpoint: str) -> Deployment | None:
        with self._lock:
            live = self._live.get(endpoint)
        return None if live is None else live.deployment

    def deployments(self) -> list[Deployment]:
        with self._lock:
            return [self._live[name].deployment for name in sorted(self._live)]

    def predict(self, endpoint: str, x: np.ndarray) -> np.ndarray:
        with self._lock:
            live = self._live.get(endpoint)
            known = sorted(self._live)
        if live is None:
            raise ToolInputError(f"nothing is deployed at endpoint {endpoint!r}; deployed: {known or 'none'}")
        width = len(live.deployment.features)
        if x.ndim != 2 or x.shape[1] != width:
            raise ToolInputError(
                f"endpoint {endpoint!r} expects rows of {width} features {live.deployment.features}, "
                f"got shape {list(x.shape)}"
            )
        return np.asarray(live.model.predict(x))

    def serve(self, host: str = "127.0.0.1", port: int = 0) -> str:
        """Start the HTTP app (uvicorn) in a daemon thread; return its base URL."""
        if self._server is None:
            from .serving_app import UvicornThread, build_app

            self._server = UvicornThread(build_app(self), host, port)
        return str(self.url)

    def close(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
