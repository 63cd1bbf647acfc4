"""Serving targets: where a promoted model goes. The default serves it in-process for batch scoring and over a
small local HTTP endpoint (``POST /predict/<endpoint>``), bound to 127.0.0.1.

Another target (a KServe or Seldon deployment, a cloud endpoint) implements ``ServingTarget``; the
``deploy_model`` tool only talks to the protocol.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Protocol

import numpy as np
from pydantic import BaseModel

from genaiops.errors import ToolInputError

__all__ = ["Deployment", "LocalServingTarget", "ServingTarget"]


class Deployment(BaseModel):
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

    def predict(self, endpoint: str, x: np.ndarray) -> np.ndarray: ...


@dataclass
class _Live:
    deployment: Deployment
    model: Any


class LocalServingTarget:
    """Models served from memory; ``serve()`` also opens a local HTTP prediction endpoint."""

    drill = True
    """An in-process stand-in serving target: a drill target for scripted approvals (``graphs/drills.py``)."""

    def __init__(self) -> None:
        self._live: dict[str, _Live] = {}
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str | None:
        if self._server is None:
            return None
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def deploy(self, deployment: Deployment, model: Any) -> Deployment:
        """Swap the endpoint to the new model at once (requests see the old or the new one, never a mix)."""
        url = f"{self.url}/predict/{deployment.endpoint}" if self.url else None
        live = deployment.model_copy(update={"url": url})
        with self._lock:
            self._live[deployment.endpoint] = _Live(live, model)
        return live

    def deployment(self, endpoint: str) -> Deployment | None:
        with self._lock:
            live = self._live.get(endpoint)
        return None if live is None else live.deployment

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
        """Start the HTTP endpoint in a daemon thread; return its base URL."""
        if self._server is None:
            self._server = ThreadingHTTPServer((host, port), _handler(self))
            self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
            self._thread.start()
        return str(self.url)

    def close(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None


def _rows(body: dict[str, Any], features: list[str]) -> np.ndarray:
    instances = body.get("instances")
    if not isinstance(instances, list) or not instances:
        raise ToolInputError('the body needs "instances": a non-empty list of rows (lists or {feature: value})')
    if isinstance(instances[0], dict):
        missing = sorted(set(features) - set(instances[0]))
        if missing:
            raise ToolInputError(f"instances lack features {missing}")
        return np.array([[float(r[f]) for f in features] for r in instances], dtype=np.float64)
    return np.array(instances, dtype=np.float64)


def _handler(target: LocalServingTarget) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:  # quiet: the caller logs predictions
            return

        def _send(self, status: int, payload: dict[str, Any]) -> None:
            data = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:
            if self.path == "/health":
                self._send(200, {"status": "ok"})
            else:
                self._send(404, {"error": f"no route {self.path}; use POST /predict/<endpoint>"})

        def do_POST(self) -> None:
            endpoint = self.path.removeprefix("/predict/")
            live = target.deployment(endpoint) if self.path.startswith("/predict/") else None
            if live is None:
                self._send(404, {"error": f"nothing is deployed at {self.path}"})
                return
            try:
                length = int(self.headers.get("Content-Length") or 0)
                body = json.loads(self.rfile.read(length) or b"{}")
                preds = target.predict(endpoint, _rows(body, live.features))
            except (ToolInputError, ValueError, TypeError) as exc:
                self._send(400, {"error": str(exc)})
                return
            self._send(200, {"model": live.model_name, "version": live.version, "predictions": preds.tolist()})

    return Handler
