"""The prediction service both serving targets run: a FastAPI app on uvicorn, bound to 127.0.0.1.

Routes: ``GET /health`` (``{"status": "ok", "pid": ..., "deployments": [...], "error": ...}``: what is served, and
the last failed reload, if any) and ``POST /predict/<endpoint>`` (``{"instances": [[...], ...]}`` or rows of
``{feature: value}``; answers ``{"model", "version", "predictions"}``; 400 with ``{"error"}`` for bad rows, 404 for
an endpoint that serves nothing). FastAPI and uvicorn are imported only when an app is built.
"""

# no `from __future__ import annotations`: FastAPI reads the route signatures, whose types are imported lazily

import os
import socket
import threading
from typing import Any, Protocol

from genaiops.errors import ToolInputError
from genaiops.lazy import lazy_module

np = lazy_module("numpy")  # imported on first use: registering a tool or validating needs none

__all__ = ["ServedModels", "UvicornThread", "build_app", "rows_of", "uvicorn_server"]


class ServedModels(Protocol):
    """What the app serves from (``LocalServingTarget`` holds the models in memory)."""

    error: str | None

    def deployment(self, endpoint: str) -> Any: ...

    def deployments(self) -> list[Any]: ...

    def predict(self, endpoint: str, x: "np.ndarray") -> "np.ndarray": ...


def rows_of(body: Any, features: list[str]) -> "np.ndarray":
    """The request's rows as a float matrix, in the deployment's feature order."""
    instances = body.get("instances") if isinstance(body, dict) else None
    if not isinstance(instances, list) or not instances:
        raise ToolInputError('the body needs "instances": a non-empty list of rows (lists or {feature: value})')
    if isinstance(instances[0], dict):
        missing = sorted(set(features) - set(instances[0]))
        if missing:
            raise ToolInputError(f"instances lack features {missing}")
        return np.array([[float(r[f]) for f in features] for r in instances], dtype=np.float64)
    return np.array(instances, dtype=np.float64)


def build_app(models: ServedModels) -> Any:
    """The ASGI app serving ``models``."""
    from fastapi import FastAPI, Request
    from fastapi.responses import JSONResponse
    from starlette.concurrency import run_in_threadpool

    app = FastAPI(title="genaiops model serving", docs_url=None, redoc_url=None, openapi_url=None)

    @app.get("/health")
    def health() -> dict[str, Any]:
        served = [d.model_dump(mode="json") for d in models.deployments()]
        return {"status": "ok", "pid": os.getpid(), "deployments": served, "error": models.error}

    @app.post("/predict/{endpoint}")
    async def predict(endpoint: str, request: Request) -> Any:
        live = models.deployment(endpoint)
        if live is None:
            known = [d.endpoint for d in models.deployments()]
            return JSONResponse({"error": f"nothing is deployed at /predict/{endpoint}; served: {known}"}, 404)
        try:
            x = rows_of(await request.json(), live.features)
            preds = await run_in_threadpool(models.predict, endpoint, x)
        except (ToolInputError, ValueError, TypeError, KeyError) as exc:
            return JSONResponse({"error": str(exc)}, 400)
        return {"model": live.model_name, "version": live.version, "predictions": np.asarray(preds).tolist()}

    return app


def uvicorn_server(app: Any) -> Any:
    """A uvicorn server for ``app``, to ``run(sockets=[...])`` on bound sockets (quiet: callers log predictions)."""
    import uvicorn

    return uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off"))


class UvicornThread:
    """``app`` served by uvicorn in a daemon thread of this process (the in-process stand-in's endpoint)."""

    def __init__(self, app: Any, host: str, port: int) -> None:
        self._sock = socket.socket()
        self._sock.bind((host, port))
        self.host, self.port = self._sock.getsockname()[:2]
        self._server = uvicorn_server(app)
        self._thread = threading.Thread(target=self._server.run, kwargs={"sockets": [self._sock]}, daemon=True)
        self._thread.start()
        self._ready = threading.Event()
        while not self._server.started and self._thread.is_alive():
            self._ready.wait(0.01)

    def close(self) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=10)
        self._sock.close()
