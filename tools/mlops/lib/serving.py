"""Serving targets: where a promoted model goes. ``LocalServingTarget`` serves it from this process's memory for
batch scoring and, once ``serve()`` is called, over the FastAPI app of ``serving_app`` (``POST /predict/<endpoint>``)
on 127.0.0.1. A home's default (``GENAIOPS_SERVING=drill``) is its subclass ``DrillServingTarget``
(``serving_drill``), which also records each endpoint's deployment under ``GENAIOPS_HOME/serving`` so that later
processes serve it too. ``ProcessServingTarget`` (``serving_process``) runs each endpoint as a uvicorn process of
its own that outlives the command (``GENAIOPS_SERVING=process``).

Another target (a KServe or Seldon deployment, a cloud endpoint) implements ``ServingTarget``; the
``deploy_model`` tool only talks to the protocol.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from pydantic import BaseModel

from genaiops.errors import ToolInputError
from genaiops.lazy import lazy_module

if TYPE_CHECKING:  # the app (uvicorn, sockets) is imported when a model is served, not by Deployment's users
    from .serving_app import UvicornThread

np = lazy_module("numpy")  # imported on first use: registering a tool or validating needs none

__all__ = ["ENDPOINT_NAME", "Deployment", "LocalServingTarget", "ServingTarget", "endpoint_folder", "write_json"]

ENDPOINT_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$")
"""An endpoint's name: also the name of its folder under ``GENAIOPS_HOME/serving``."""


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


def endpoint_folder(root: Path, endpoint: str, *, create: bool = False) -> Path:
    """``root/endpoint``, the folder of an endpoint's records; a name that is no safe folder name is refused."""
    if not ENDPOINT_NAME.match(endpoint):
        raise ToolInputError(f"endpoint name {endpoint!r} is not valid: letters, digits, '_', '.', '-'")
    folder = root / endpoint
    if create:
        folder.mkdir(parents=True, exist_ok=True)
    return folder


def write_json(path: Path, data: dict[str, Any]) -> None:
    """Write ``path`` atomically: a temp file of its own beside it, renamed over it (a reader in another process
    sees the old record or the new one, never a mix; two writers never share a temp file)."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, indent=1)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
