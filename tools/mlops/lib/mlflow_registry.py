"""An MLflow backend for ``ModelRegistry`` (the ``mlflow`` extra: a local file, or a tracking server at a URL).

MLflow holds what its users look for: a registered model per name, one model version per trained version (its
full genaiops record in the version tag ``genaiops.version``, its artifact id in ``genaiops.artifact_sha``; its
``source`` is a place under its run, as a tracking server demands), aliases, and a run per version with the
parameters and held-out metrics. The model's bytes stay in the genaiops artifact store (GENAIOPS_HOME/artifacts),
hash-checked on every load; they are not uploaded to MLflow. MLflow keeps no history of alias moves, so the
history ("what was champion at time T", roll backs and their reasons) stays in the genaiops store's
``mlops_events`` table. The MLflow database must be a file of its own: its tables (``runs``, ...) would clash
with the genaiops store's.
"""

from __future__ import annotations

import logging
import os
import threading
from datetime import datetime
from pathlib import Path
from typing import Any

from genaiops.errors import NotFoundError, StoreError, ToolInputError, did_you_mean, shorten
from genaiops.store_schema import MLOPS_EVENTS
from genaiops.store_tables import StoreTables

from .model_registry import ModelVersion, RegistryReads, open_tables
from .registry_events import (
    EventKind,
    RegistryEvent,
    check_alias,
    insert_event,
    replay_event,
    stamp,
)

__all__ = ["MlflowModelRegistry", "MlflowUnavailableError", "explain_mlflow_error"]

_BODY, _KEY, _SHA = "genaiops.version", "genaiops.idempotency_key", "genaiops.artifact_sha"
_EXPERIMENT = "genaiops-mlops"


class MlflowUnavailableError(StoreError):
    """MLflow cannot be used: the package is missing, no server answers, or it refuses the credentials."""


_REFUSED = ("UNAUTHENTICATED", "PERMISSION_DENIED")
_UNREACHABLE = ("Connection refused", "NewConnectionError", "Max retries exceeded", "Failed to resolve", "timed out")


def explain_mlflow_error(exc: Exception, uri: str) -> str:
    """What went wrong talking to MLflow at ``uri``, and what to do: refused credentials, no server answering,
    or MLflow's own message (cut short; it never holds the credentials)."""
    code, text = getattr(exc, "error_code", ""), str(exc)
    if code in _REFUSED or "error code 401" in text or "error code 403" in text:
        return (
            f"the MLflow server at {uri} refused the credentials ({code or 'HTTP 401/403'}): set "
            "MLFLOW_TRACKING_TOKEN (or MLFLOW_TRACKING_USERNAME and MLFLOW_TRACKING_PASSWORD) to ones it accepts"
        )
    if any(sign in text for sign in _UNREACHABLE):
        return (
            f"no MLflow server answers at {uri} ({_reason(text)}): start one (mlflow server --host 127.0.0.1 "
            "--port PORT ...) or correct the URI"
        )
    return f"MLflow at {uri} failed: {shorten(text, 300, quote=False)}"


def _deleted(experiment_id: str, uri: str) -> str:
    """A deleted experiment keeps its name (no new one can take it) and takes no runs: how to get it back."""
    return (
        f"the MLflow experiment {_EXPERIMENT!r} (id {experiment_id}) at {uri} is deleted, and genaiops logs its "
        f"training runs there: restore it (MLFLOW_TRACKING_URI={uri} mlflow experiments restore --experiment-id "
        f"{experiment_id}), or remove it for good (mlflow gc) so that a new one is made"
    )


def _reason(text: str) -> str:
    for sign in ("Connection refused", "Failed to resolve", "timed out"):
        if sign in text:
            return sign.lower()
    return "no connection"


def _history(events_url: str) -> StoreTables:
    """The registry's history (``mlops_events``) in the genaiops store at ``events_url``."""
    return open_tables(events_url, MLOPS_EVENTS, "the model registry's history")


def _millis(at: datetime) -> int:
    return int(at.timestamp() * 1000)


class MlflowModelRegistry(RegistryReads):
    """``ModelRegistry`` on an MLflow tracking + model registry store, with the history in ``events``."""

    def __init__(self, client: Any, events: StoreTables, experiment_id: str) -> None:
        self._client = client
        self._events = events
        self._experiment_id = experiment_id
        self._lock = threading.RLock()

    @classmethod
    def open(cls, tracking_uri: str, artifact_location: str | Path | None, events_url: str) -> MlflowModelRegistry:
        """Open MLflow at ``tracking_uri`` (``http://host:port`` for a tracking server, ``sqlite:///<path>`` for a
        local file); history in ``events_url``. ``artifact_location``: where a new experiment keeps run
        artifacts (None: the server's own ``--artifacts-destination``). A missing package, an unreachable server
        or refused credentials are a ``StoreError`` saying which, before anything is written."""
        os.environ.setdefault("MLFLOW_DISABLE_TELEMETRY", "true")
        try:
            from mlflow import MlflowClient
            from mlflow.exceptions import MlflowException
        except ImportError as exc:
            raise MlflowUnavailableError(
                f"the MLflow registry backend needs the mlflow package ({exc}): install the mlflow extra, "
                "pip install 'genaiops[mlflow]'"
            ) from None
        logging.getLogger("mlflow").setLevel(logging.WARNING)  # no "waiting for model version" lines in our output
        client = MlflowClient(tracking_uri=tracking_uri, registry_uri=tracking_uri)
        try:
            experiment = client.get_experiment_by_name(_EXPERIMENT)
            if experiment is not None and experiment.lifecycle_stage == "deleted":
                raise MlflowUnavailableError(_deleted(experiment.experiment_id, tracking_uri))
            if experiment is not None:
                return cls(client, _history(events_url), experiment.experiment_id)
            where = None if artifact_location is None else str(artifact_location)
            experiment_id = client.create_experiment(_EXPERIMENT, artifact_location=where)
        except MlflowException as exc:
            raise MlflowUnavailableError(explain_mlflow_error(exc, tracking_uri)) from None
        return cls(client, _history(events_url), experiment_id)

    @property
    def client(self) -> Any:
        """The ``MlflowClient`` underneath, for MLflow's own API and UI tooling."""
        return self._client

    def close(self) -> None:
        self._events.close()

    # -- reads ---------------------------------------------------------------------------------------------
    def list_models(self) -> list[str]:
        names, token = [], None
        while True:
            page = self._client.search_registered_models(max_results=100, page_token=token)
            names += [m.name for m in page]
            token = page.token
            if not token:
                return sorted(names)

    def _registered(self, name: str) -> Any:
        """MLflow's registered model (one call), or NotFoundError naming the models that exist."""
        from mlflow.exceptions import MlflowException

        try:
            return self._client.get_registered_model(name)
        except MlflowException as exc:
            if exc.error_code != "RESOURCE_DOES_NOT_EXIST":
                raise
        known = self.list_models()
        raise NotFoundError(f"unknown model {name!r}{did_you_mean(name, known)}; registered models: {known}")

    def _require_model(self, name: str) -> None:
        self._registered(name)

    def _exists(self, name: str) -> bool:
        try:
            self._registered(name)
        except NotFoundError:
            return False
        return True

    @staticmethod
    def _parse(mv: Any) -> ModelVersion:
        return ModelVersion.model_validate_json(mv.tags[_BODY]).model_copy(update={"version": int(mv.version)})

    def _mlflow_versions(self, name: str) -> list[Any]:
        return sorted(self._client.search_model_versions(f"name='{name}'"), key=lambda v: int(v.version))

    def list_versions(self, name: str) -> list[ModelVersion]:
        self._require_model(name)
        return [self._parse(v) for v in self._mlflow_versions(name)]

    def get_version(self, name: str, version: int) -> ModelVersion:
        from mlflow.exceptions import MlflowException

        self._require_model(name)
        try:
            return self._parse(self._client.get_model_version(name, str(version)))
        except MlflowException as exc:
            if exc.error_code != "RESOURCE_DOES_NOT_EXIST":
                raise
        known = [int(v.version) for v in self._mlflow_versions(name)]
        raise NotFoundError(f"model {name!r} has no version {version}; its versions are {known}")

    def aliases(self, name: str) -> dict[str, int]:
        return {a: int(v) for a, v in sorted(self._registered(name).aliases.items())}

    # -- writes --------------------------------------------------------------------------------------------
    def _log_run(self, draft: ModelVersion) -> Any:
        from mlflow.entities import Metric, Param

        start = _millis(draft.created_at)
        run = self._client.create_run(
            self._experiment_id,
            start_time=start,
            tags={"mlflow.runName": f"{draft.name}-train", "genaiops.dataset_id": draft.lineage.get("dataset_id", "")},
        )
        run_id = run.info.run_id
        params = [Param(k, str(v)) for k, v in sorted(draft.params.items())] + [Param("estimator", draft.estimator)]
        metrics = [Metric(f"holdout_{k}", v, start, 0) for k, v in sorted(draft.metrics.items())]
        self._client.log_batch(run_id, metrics=metrics, params=params)
        self._client.set_terminated(run_id, end_time=start)
        return run

    def register_version(self, draft: ModelVersion, *, idempotency_key: str | None = None) -> ModelVersion:
        """A new MLflow model version (and its run); a retried key returns the version created before."""
        stamp(draft.created_at)
        with self._lock:
            earlier = []
            if idempotency_key is not None and self._exists(draft.name):
                earlier = [v for v in self._mlflow_versions(draft.name) if v.tags.get(_KEY) == idempotency_key]
            stored = self._parse(earlier[0]) if earlier else self._create_version(draft, idempotency_key)
            self._append(
                draft.name,
                "registered",
                draft.created_at,
                version=stored.version,
                detail={"artifact_sha": stored.artifact_sha, "dataset_id": stored.lineage.get("dataset_id")},
                key=idempotency_key,
            )
        return stored

    def _create_version(self, draft: ModelVersion, key: str | None) -> ModelVersion:
        from mlflow.exceptions import MlflowException

        if not self._exists(draft.name):
            try:
                self._client.create_registered_model(draft.name)
            except MlflowException as exc:
                raise ToolInputError(f"MLflow refuses the model name {draft.name!r}: {exc.message}") from None
        run = self._log_run(draft)
        body = draft.model_dump_json()
        tags = {_BODY: body, _SHA: draft.artifact_sha, **({_KEY: key} if key else {})}
        source = f"{run.info.artifact_uri}/genaiops-model"  # a server accepts only its own kinds of location
        mv = self._client.create_model_version(draft.name, source=source, run_id=run.info.run_id, tags=tags)
        return draft.model_copy(update={"version": int(mv.version)})

    def _append(self, name: str, kind: EventKind, at: datetime, **fields: Any) -> RegistryEvent:
        with self._events.transaction("mlops") as cur:
            return replay_event(cur, fields.get("key")) or insert_event(cur, name, kind, at, **fields)

    def set_alias(
        self,
        name: str,
        alias: str,
        version: int,
        *,
        at: datetime,
        kind: EventKind = "alias_set",
        reason: str = "",
        detail: dict[str, Any] | None = None,
        idempotency_key: str | None = None,
    ) -> RegistryEvent:
        """Move the MLflow alias, then log the move in the history."""
        check_alias(alias)
        stamp(at)
        self.get_version(name, version)
        with self._lock:
            earlier = replay_event(self._events, idempotency_key)
            if earlier is not None:
                return earlier
            previous = self.aliases(name).get(alias)
            self._client.set_registered_model_alias(name, alias, str(version))
            return self._append(
                name, kind, at, version=version, alias=alias, previous=previous, reason=reason, detail=detail,
                key=idempotency_key,
            )  # fmt: skip

    def record_event(
        self,
        name: str,
        kind: EventKind,
        *,
        at: datetime,
        version: int | None = None,
        alias: str | None = None,
        reason: str = "",
        detail: dict[str, Any] | None = None,
        idempotency_key: str | None = None,
    ) -> RegistryEvent:
        self._require_model(name)
        stamp(at)
        with self._lock:
            return self._append(
                name, kind, at, version=version, alias=alias, reason=reason, detail=detail, key=idempotency_key
            )
