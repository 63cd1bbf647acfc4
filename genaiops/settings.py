"""Typed settings, read once at the entry point (env prefix ``GENAIOPS_``) and passed down.

Tools never read settings; the CLI and server build what the run needs from them.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated, Any

from pydantic import Field, SecretStr, ValidationError, field_validator
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

    # --- notifications and schedules (issue #12.6/7, genaiops/ops) ---
    notifications_file: Path | None = Field(
        default=None,
        description="The notifications file (channels, events, retries); default <home>/notifications.yaml, "
        "and no notifications when that file does not exist.",
    )
    public_url: str | None = Field(
        default=None,
        description="The console's address (https://genaiops.example.com): notifications link to "
        "<public_url>/runs/ID and /approvals/ID. Overrides public_url in the notifications file.",
    )

    # --- the server (`genaiops serve`) and the CLI talking to one (s-api, issue 12) ---
    server_url: str | None = Field(
        default=None,
        description="A genaiops server (http://host:port): with GENAIOPS_TOKEN set, the CLI's approvals and runs "
        "commands talk to it instead of this home's store.",
    )
    token: SecretStr | None = Field(
        default=None, description="An API token for GENAIOPS_SERVER_URL (`genaiops tokens create`), or secret://NAME."
    )
    scenarios_dir: Path = Field(
        default=Path("scenarios"), description="The scenario catalogue the server lists and starts runs from."
    )
    worker_interval: float = Field(
        default=1.0, gt=0, le=3600, description="Seconds between the server worker's sweeps (expiry, resumes)."
    )

    # --- remediation targets and LLMOps wiring (issue 13.1, helper p-targets) ---------------------------------
    action_url: str | None = Field(
        default=None,
        description="An HTTP action target for remediations (an internal deploy API, a webhook): each remediation "
        "is a JSON POST here (README: Real systems). Unset: remediations act on the simulated estate (drills).",
    )
    action_token: str | None = Field(
        default=None,
        description="The action target's bearer token as a secret://NAME reference (GENAIOPS_SECRET_NAME or "
        "GENAIOPS_HOME/keys/secrets/NAME holds the value), never the token itself.",
    )
    action_timeout: float = Field(default=10.0, gt=0, le=600, description="Seconds to wait for the action target.")
    kubernetes_url: str | None = Field(
        default=None,
        description="A Kubernetes API server as the action target instead: restart, scale and roll_back patch the "
        "service's Deployment (README: Real systems).",
    )
    kubernetes_namespace: str = Field(default="default", description="Where the services' Deployments live.")
    kubernetes_token: str | None = Field(
        default=None, description="The API server's bearer token as a secret://NAME reference."
    )
    kubernetes_ca_file: str | None = Field(default=None, description="CA bundle of the API server's TLS certificate.")
    llmops_model: bool = Field(
        default=False,
        description="Prompt evaluation without recorded outputs calls the configured model (GENAIOPS_MODEL_*); "
        "off by default: evaluations run offline on recorded outputs only.",
    )

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
