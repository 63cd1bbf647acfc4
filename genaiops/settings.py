"""Typed settings, read once at the entry point (env prefix ``GENAIOPS_``) and passed down.

Tools never read settings; the CLI and server build what the run needs from them.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated, Any

from pydantic import Field, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from genaiops.errors import SettingsError

__all__ = ["Settings", "load_settings"]


class Settings(BaseSettings):
    """Where genaiops keeps its data and how it runs. Every field can be set as ``GENAIOPS_<FIELD>``."""

    model_config = SettingsConfigDict(env_prefix="GENAIOPS_", extra="ignore")

    home: Path = Field(default=Path(".genaiops"), description="Data directory: store, artifacts, memory.")
    store_url: str | None = Field(
        default=None,
        description="Store URL; default sqlite:///<home>/genaiops.db. ':memory:' for a throwaway.",
    )
    fsync: bool = Field(
        default=False,
        description="fsync on every commit (safe against power loss). Off: safe against a killed process.",
    )
    user: str | None = Field(
        default=None,
        description="A claimed identity, like --as NAME: refused unless the home's policy sets "
        "allow_claimed_identities (a drill home). Unset, the OS user of the process acts.",
    )
    concurrency: int = Field(default=8, ge=1, le=1024, description="Tasks that may run at once.")
    guardrails: str = Field(
        default="tasks",
        description="Guardrails on task inputs and results: 'tasks' (shipped: block injected instructions, "
        "redact secrets in results), 'default' (the full shipped pipelines), 'off', or a YAML file path.",
    )
    policy_file: Path | None = Field(
        default=None,
        description="A per-process approval policy YAML, laid over the home's (<home>/policy.yaml, else built-in): "
        "it may only tighten it, unless the command is given --unsafe-policy (recorded in the ledger).",
    )

    memory_url: str | None = Field(
        default=None, description="A Chroma server (http://host:port) for agent memory; default: embedded under home."
    )
    memory_embedding: str | None = Field(
        default=None,
        description="Memory embedding: 'hashing' (default, model-free) or, with wordllama installed, 'wordllama' or "
        "'hybrid'. Existing collections keep the one they were built with.",
    )

    data_roots: Annotated[tuple[Path, ...], NoDecode] = Field(
        default=(),
        description="Folders whose files tools may read, besides GENAIOPS_HOME and the scenario's folder "
        f"(separated by {os.pathsep!r}; absolute paths, so a run resumed elsewhere reads the same files).",
    )

    # --- Real systems: Prometheus (issue 13.1, p-prom; README "Real systems: Prometheus") ---
    prometheus_url: str | None = Field(
        default=None,
        description="A Prometheus server's base URL (http://127.0.0.1:9090): query_metrics and observe_services "
        "read real metrics through its HTTP API; unset, they read the simulated estate.",
    )
    prometheus_headers: str | None = Field(
        default=None,
        description="HTTP headers sent to Prometheus, 'Name=value' pairs separated by commas, e.g. "
        "'Authorization=Bearer secret://PROM_TOKEN' (a secret://NAME in a value is resolved for each request).",
    )
    prometheus_queries: Path | None = Field(
        default=None, description="A YAML file of PromQL templates laid over the shipped table (see README)."
    )
    prometheus_timeout: float = Field(default=10.0, gt=0, le=300, description="Seconds per Prometheus request.")

    @field_validator("home")
    @classmethod
    def _expand(cls, value: Path) -> Path:
        return value.expanduser()

    @field_validator("data_roots", mode="before")
    @classmethod
    def _split_roots(cls, value: Any) -> Any:
        if isinstance(value, str):
            return tuple(Path(part).expanduser() for part in value.split(os.pathsep) if part.strip())
        return value

    @property
    def resolved_store_url(self) -> str:
        return self.store_url or f"sqlite:///{self.home / 'genaiops.db'}"

    @property
    def home_policy_file(self) -> Path | None:
        """The home's own policy (``<home>/policy.yaml``), if it exists: the base no process can weaken."""
        default = self.home / "policy.yaml"
        return default if default.exists() else None


def load_settings(**overrides: object) -> Settings:
    """Read settings from the environment; a bad value is a ``SettingsError`` naming the variable."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        lines = [
            f"GENAIOPS_{'_'.join(str(p) for p in err['loc']).upper()}: {err['msg']} (got {err.get('input')!r})"
            for err in exc.errors(include_url=False)
        ]
        raise SettingsError("bad setting: " + "; ".join(lines)) from None
