"""The home's drill serving target (``GENAIOPS_SERVING=drill``, the default): the in-process stand-in whose
endpoints outlive the process that deployed them.

A run that pauses at an approval gate is resumed by another process (``genaiops resume``, the chat desk, a worker)
once someone decides it, often in yet another process. Memory alone would forget the endpoint in between, and
the roll back's verification would find nothing deployed. So each deploy also records what the endpoint serves in
``<root>/<endpoint>/drill.json`` (``root`` = ``GENAIOPS_HOME/serving``, the folder where the process target keeps
its own ``deployment.json`` and ``process.json``): the deployment - model, alias, version, artifact sha256,
features -, never the model itself. The record is written atomically (a temp file renamed over it), so processes
deploying at once leave one whole record, the last.

The record is what the endpoint serves. Every look-up reads it (a small file): a process that holds no model for
the endpoint, or another version than the record names (a roll back decided and run elsewhere), loads the
recorded version from the home's artifact store - hash-checked, allow-listed types, nothing unpickled - before it
answers. No record: nothing is deployed there. A record that cannot be used (not JSON, wrong fields, its artifact
missing or changed) is a ``DrillRecordError`` that names the file and the fix; nothing is served from it.

It stays a stand-in for drills (``drill = True``: scripted approvals may decide it); real endpoints are the
process target's, or another ``ServingTarget``'s.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from genaiops.errors import ToolError, ToolExecutionError
from genaiops.lazy import lazy_module

from .artifacts import ArtifactStore
from .serving import ENDPOINT_NAME, Deployment, LocalServingTarget, endpoint_folder, write_json

np = lazy_module("numpy")  # imported on first use: registering a tool or validating needs none

__all__ = ["RECORD", "DrillRecordError", "DrillServingTarget"]

RECORD = "drill.json"
"""The file, in an endpoint's folder, that says what the drill target serves there."""


class DrillRecordError(ToolExecutionError):
    """An endpoint's drill record cannot be used (unreadable, malformed, or its artifact is gone or changed)."""


class DrillServingTarget(LocalServingTarget):
    """``LocalServingTarget`` whose deployments are recorded under ``root`` and served again by later processes,
    their models loaded from ``artifacts``."""

    drill = True

    def __init__(self, root: str | Path, artifacts: ArtifactStore) -> None:
        super().__init__()
        self._root = Path(root)
        self._artifacts = artifacts

    def deploy(self, deployment: Deployment, model: Any) -> Deployment:
        """Record the deployment (without this process's URL), then serve it from memory here."""
        folder = endpoint_folder(self._root, deployment.endpoint, create=True)
        write_json(folder / RECORD, {"deployment": deployment.model_dump(mode="json", exclude={"url"})})
        return super().deploy(deployment, model)

    def deployment(self, endpoint: str) -> Deployment | None:
        return self._sync(endpoint)

    def deployments(self) -> list[Deployment]:
        """Every recorded endpoint's deployment (read from its record; no model is loaded to list them)."""
        found = (self._read(name) for name in self.recorded())
        return [self._with_url(d) for d in found if d is not None]

    def recorded(self) -> list[str]:
        """The endpoints with a drill record, by name."""
        if not self._root.is_dir():
            return []
        return [f.name for f in sorted(self._root.iterdir()) if ENDPOINT_NAME.match(f.name) and (f / RECORD).is_file()]

    def recorded_deployment(self, endpoint: str) -> Deployment | None:
        """What ``endpoint``'s record says is deployed (None: no record); no model is loaded. A record that
        cannot be used raises ``DrillRecordError``."""
        return self._read(endpoint)

    def forget(self, endpoint: str) -> bool:
        """Delete ``endpoint``'s drill record (a damaged one too): later processes serve nothing there. False: no
        record."""
        if not ENDPOINT_NAME.match(endpoint):
            return False
        try:
            (self._root / endpoint / RECORD).unlink()
        except FileNotFoundError:
            return False
        with self._lock:
            self._live.pop(endpoint, None)
        return True

    def predict(self, endpoint: str, x: np.ndarray) -> np.ndarray:
        self._sync(endpoint)
        return super().predict(endpoint, x)

    # -- helpers -------------------------------------------------------------------------------------------
    def _sync(self, endpoint: str) -> Deployment | None:
        """What ``endpoint`` serves by its record, the recorded model loaded into memory first if it is not there."""
        recorded = self._read(endpoint)
        if recorded is None:
            with self._lock:
                self._live.pop(endpoint, None)
            return None
        held = super().deployment(endpoint)
        if held is None or held.model_copy(update={"url": None}) != recorded:
            super().deploy(recorded, self._load(recorded))
        return super().deployment(endpoint)

    def _with_url(self, recorded: Deployment) -> Deployment:
        """The deployment with this process's URL for it, when this process serves HTTP."""
        return recorded.model_copy(update={"url": f"{self.url}/predict/{recorded.endpoint}" if self.url else None})

    def _read(self, endpoint: str) -> Deployment | None:
        if not ENDPOINT_NAME.match(endpoint):
            return None
        path = self._root / endpoint / RECORD
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise self._damaged(path, exc.strerror or str(exc)) from None
        try:
            recorded = Deployment.model_validate(json.loads(data)["deployment"])
        except (ValueError, KeyError, TypeError) as exc:  # ValidationError, JSON and UTF-8 errors are ValueErrors
            raise self._damaged(path, _reason(exc)) from None
        if recorded.endpoint != endpoint:
            raise self._damaged(path, f"it names endpoint {recorded.endpoint!r}")
        return recorded

    def _load(self, recorded: Deployment) -> Any:
        """The recorded version's model: its artifact hash-checked, then loaded with the type allow-list."""
        from .codec import load_model

        try:
            return load_model(self._artifacts.get(recorded.artifact_sha))
        except ToolError as exc:
            path = self._root / recorded.endpoint / RECORD
            raise self._damaged(
                path, f"v{recorded.version} of {recorded.model_name!r} cannot be loaded: {exc}"
            ) from None

    def _damaged(self, path: Path, reason: str) -> DrillRecordError:
        return DrillRecordError(
            f"the drill serving record {path} cannot be used ({reason}); deploy the model again "
            "(deploy_model, or the scenario's stage step), or delete that file to forget the endpoint"
        )


def _reason(exc: Exception) -> str:
    """What is wrong with a record, in a few words (never its whole content)."""
    if isinstance(exc, ValidationError):
        first = exc.errors()[0]
        where = ".".join(map(str, first["loc"])) or "deployment"
        return f"deployment.{where}: {first['msg']}" + (
            f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
        )
    if isinstance(exc, json.JSONDecodeError):
        return f"not JSON: {exc.msg} at line {exc.lineno}"
    if isinstance(exc, UnicodeDecodeError):
        return "not UTF-8 text"
    if isinstance(exc, KeyError):
        return f"no {exc.args[0]!r} in it"
    return "not a JSON object with a deployment"
