"""Serving in processes of their own: each endpoint is a detached uvicorn process on 127.0.0.1 running the app of
``serving_app``; it outlives the command that deployed it, until ``stop``.

Under ``root`` (``GENAIOPS_HOME/serving``), one folder per endpoint: ``deployment.json`` (what it serves, and the
artifact store it loads the model from), ``process.json`` (pid and port) and ``server.log``. The parent binds the
port and hands the socket to the child, so a port in use is known before anything starts. A redeploy (a new
version, a roll back) rewrites ``deployment.json`` and signals the process (SIGHUP): it loads the new model
(hash-checked, allow-listed types: nothing is unpickled) and swaps at once; ``deploy`` returns when ``/health``
reports the new version. The child gets no secrets: only the environment variables in ``_PASSED_ENV``.

``python -m genaiops.tools.mlops.lib.serving_main FOLDER FD`` runs ``main``: the child.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import sys
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from genaiops.errors import NotFoundError, ToolExecutionError, ToolInputError, did_you_mean
from genaiops.lazy import lazy_module

from .serving import ENDPOINT_NAME as _NAME
from .serving import Deployment, endpoint_folder, write_json

np = lazy_module("numpy")  # imported on first use: registering a tool or validating needs none

__all__ = ["ProcessServingTarget", "ServedProcess", "ServingError"]

_HOST = "127.0.0.1"
_MODULE = "genaiops.tools.mlops.lib.serving_main"
_PASSED_ENV = ("PATH", "HOME", "LANG", "LC_ALL", "TMPDIR", "PYTHONPATH", "VIRTUAL_ENV")


class ServingError(ToolExecutionError):
    """A serving process that cannot start, swap or answer; the message names the endpoint and where to look."""


@dataclass(frozen=True)
class ServedProcess:
    """An endpoint's record: what it serves, its process, and whether that process is still running."""

    deployment: Deployment
    pid: int
    port: int
    running: bool
    log: Path


class ProcessServingTarget:
    """``ServingTarget`` whose endpoints are uvicorn processes; not a drill target (its endpoints are real)."""

    def __init__(
        self,
        root: str | Path,
        artifacts_root: str | Path,
        *,
        ports: tuple[int, int] | None = None,
        env: Mapping[str, str] | None = None,
        ready_timeout: float = 120.0,
    ) -> None:
        self._root = Path(root)
        self._artifacts = Path(artifacts_root).resolve()
        self._ports = ports
        self._env = {k: v for k, v in (env or {}).items() if k in _PASSED_ENV}
        self._ready_timeout = ready_timeout
        self._children: set[int] = set()

    # -- ServingTarget -------------------------------------------------------------------------------------
    def deploy(self, deployment: Deployment, model: Any) -> Deployment:
        """Serve ``deployment`` (its model is loaded again, from the artifact store, by the process)."""
        del model  # the process loads and checks the artifact itself
        folder = endpoint_folder(self._root, deployment.endpoint, create=True)
        live = self._record(deployment.endpoint)
        running = live is not None and live.running
        sock = None if running else self._bind(deployment.endpoint, live.port if live else None)
        port = live.port if running else sock.getsockname()[1]  # type: ignore[union-attr, index]
        spec = deployment.model_copy(update={"url": f"http://{_HOST}:{port}/predict/{deployment.endpoint}"})
        write_json(
            folder / "deployment.json", {"deployment": spec.model_dump(mode="json"), "artifacts": str(self._artifacts)}
        )
        if running:
            os.kill(live.pid, signal.SIGHUP)  # type: ignore[union-attr]
            pid = live.pid  # type: ignore[union-attr]
        else:
            pid = self._spawn(folder, sock)  # type: ignore[arg-type]
            write_json(folder / "process.json", {"pid": pid, "port": port})
        self._await(spec, pid, port, folder)
        return spec

    def deployment(self, endpoint: str) -> Deployment | None:
        live = self._record(endpoint) if _NAME.match(endpoint) else None
        return live.deployment if live is not None and live.running else None

    def deployments(self) -> list[Deployment]:
        return [p.deployment for p in self.processes() if p.running]

    def predict(self, endpoint: str, x: np.ndarray) -> np.ndarray:
        import httpx

        live = self.deployment(endpoint)
        if live is None:
            known = [d.endpoint for d in self.deployments()]
            raise ToolInputError(f"nothing is deployed at endpoint {endpoint!r}; deployed: {known or 'none'}")
        try:
            reply = httpx.post(str(live.url), json={"instances": x.tolist()}, timeout=60)
        except httpx.HTTPError as exc:
            raise ServingError(
                f"endpoint {endpoint!r} at {live.url} does not answer ({exc}); see {self._log(endpoint)}"
            ) from None
        if reply.status_code == 400:
            raise ToolInputError(f"endpoint {endpoint!r}: {reply.json().get('error')}")
        if reply.status_code != 200:
            raise ServingError(
                f"endpoint {endpoint!r} at {live.url} answered HTTP {reply.status_code}; see {self._log(endpoint)}"
            )
        return np.asarray(reply.json()["predictions"])

    def close(self) -> None:
        """Nothing to close: the processes outlive this object (``stop`` ends one)."""

    # -- operations ----------------------------------------------------------------------------------------
    def processes(self) -> list[ServedProcess]:
        """Every endpoint with a record, running or not, by name."""
        if not self._root.is_dir():
            return []
        found = (self._record(f.name) for f in sorted(self._root.iterdir()) if f.is_dir() and _NAME.match(f.name))
        return [p for p in found if p is not None]

    def stop(self, endpoint: str) -> ServedProcess:
        """End the endpoint's process (SIGTERM, then SIGKILL after 15 s) and forget the endpoint."""
        live = self._record(endpoint) if _NAME.match(endpoint) else None
        if live is None:
            known = [p.deployment.endpoint for p in self.processes()]
            raise NotFoundError(
                f"no served endpoint {endpoint!r}{did_you_mean(endpoint, known)}; endpoints: {known or 'none'} "
                "(genaiops serving list)"
            )
        if live.running:
            _end(live.pid, reap=live.pid in self._children)
        for name in ("process.json", "deployment.json"):
            (self._root / endpoint / name).unlink(missing_ok=True)
        return live

    # -- helpers -------------------------------------------------------------------------------------------
    def _log(self, endpoint: str) -> Path:
        return self._root / endpoint / "server.log"

    def _record(self, endpoint: str) -> ServedProcess | None:
        folder = self._root / endpoint
        try:
            spec = json.loads((folder / "deployment.json").read_text(encoding="utf-8"))
            proc = json.loads((folder / "process.json").read_text(encoding="utf-8"))
            pid, port = int(proc["pid"]), int(proc["port"])
            deployment = Deployment.model_validate(spec["deployment"])
        except (OSError, ValueError, KeyError, TypeError):
            return None
        return ServedProcess(deployment, pid, port, _is_ours(pid, folder), folder / "server.log")

    def _candidates(self, preferred: int | None) -> list[int]:
        """The endpoint's last port first (a restarted endpoint keeps its URL), then the configured range."""
        ports = list(range(self._ports[0], self._ports[1] + 1)) if self._ports else [0]
        return [preferred, *(p for p in ports if p != preferred)] if preferred else ports

    def _bind(self, endpoint: str, preferred: int | None) -> socket.socket:
        busy = []
        for port in self._candidates(preferred):
            sock = socket.socket()
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                sock.bind((_HOST, port))
            except OSError as exc:
                sock.close()
                busy.append(f"{port} ({exc.strerror or exc})")
                continue
            return sock
        span = f"{self._ports[0]}-{self._ports[1]}" if self._ports else "any"
        raise ServingError(
            f"cannot serve endpoint {endpoint!r}: no free port on {_HOST} in the serving ports "
            f"(GENAIOPS_SERVING_PORTS={span}): {', '.join(busy)} in use; stop what listens there, widen the range, "
            "or stop an endpoint (genaiops serving list / stop)"
        )

    def _spawn(self, folder: Path, sock: socket.socket) -> int:
        sock.set_inheritable(True)
        log = str(folder / "server.log")
        actions = [
            (os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0),
            (os.POSIX_SPAWN_OPEN, 1, log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600),
            (os.POSIX_SPAWN_DUP2, 1, 2),
        ]
        argv = [sys.executable, "-m", _MODULE, str(folder.resolve()), str(sock.fileno())]
        try:
            pid = os.posix_spawn(sys.executable, argv, self._env, file_actions=actions, setsid=True)
        finally:
            sock.close()  # the child holds its own copy
        self._children.add(pid)
        return pid

    def _await(self, spec: Deployment, pid: int, port: int, folder: Path) -> None:
        """Wait until the process's /health reports ``spec`` (or it dies, or reports a failed load)."""
        import httpx

        health = f"http://{_HOST}:{port}/health"
        deadline = time.monotonic() + self._ready_timeout
        while time.monotonic() < deadline:
            if not _is_ours(pid, folder, reap=pid in self._children):
                raise ServingError(
                    f"the serving process of {spec.endpoint!r} exited; see {folder / 'server.log'}:\n{_tail(folder)}"
                )
            with contextlib.suppress(httpx.HTTPError, ValueError):
                body = httpx.get(health, timeout=2).json()
                served = {d["endpoint"]: d for d in body["deployments"]}.get(spec.endpoint, {})
                if (served.get("version"), served.get("artifact_sha")) == (spec.version, spec.artifact_sha):
                    return
                if body.get("error"):
                    raise ServingError(f"endpoint {spec.endpoint!r} kept its model: {body['error']}")
            time.sleep(0.1)
        raise ServingError(
            f"endpoint {spec.endpoint!r} did not report v{spec.version} in {self._ready_timeout:.0f} s; "
            f"see {folder / 'server.log'}"
        )


def _tail(folder: Path, lines: int = 12) -> str:
    try:
        return "\n".join((folder / "server.log").read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


def _alive(pid: int, *, reap: bool) -> bool:
    """Is ``pid`` running (a zombie is not; ``reap`` collects our own child's exit status first)?"""
    if reap:
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return False


def _is_ours(pid: int, folder: Path, *, reap: bool = False) -> bool:
    """Is ``pid`` a live serving process for ``folder`` (not a zombie, not a reused pid)?"""
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return False
    return _MODULE.encode() in cmdline and str(folder.resolve()).encode() in cmdline and _alive(pid, reap=reap)


def _end(pid: int, *, reap: bool) -> None:
    """SIGTERM (uvicorn finishes its requests and closes the port), SIGKILL if it is still there after 15 s."""
    for sig, wait in ((signal.SIGTERM, 15.0), (signal.SIGKILL, 5.0)):
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, sig)
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            if not _alive(pid, reap=reap):
                return
            time.sleep(0.05)


# -- the child process ---------------------------------------------------------------------------------------
def _load(folder: Path, models: Any) -> None:
    from .artifacts import LocalArtifactStore
    from .codec import load_model

    spec = json.loads((folder / "deployment.json").read_text(encoding="utf-8"))
    deployment = Deployment.model_validate(spec["deployment"])
    model = load_model(LocalArtifactStore(spec["artifacts"]).get(deployment.artifact_sha))
    models.deploy(deployment, model)
    models.error = None


def _reload(folder: Path, models: Any) -> None:
    try:
        _load(folder, models)
    except Exception as exc:  # noqa: BLE001 - keep serving the old model; report on /health and in the log
        models.error = f"{type(exc).__name__}: {exc}"
        print(f"reload failed: {models.error}", file=sys.stderr, flush=True)


def main(argv: list[str]) -> None:
    """Serve the endpoint recorded in ``argv[0]`` on the inherited socket ``argv[1]``; SIGHUP reloads."""
    from .serving import LocalServingTarget
    from .serving_app import build_app, uvicorn_server

    folder, fd = Path(argv[0]), int(argv[1])
    models = LocalServingTarget()
    signal.signal(signal.SIGHUP, lambda *_: threading.Thread(target=_reload, args=(folder, models)).start())
    _load(folder, models)
    sock = socket.socket(fileno=fd)
    uvicorn_server(build_app(models)).run(sockets=[sock])
