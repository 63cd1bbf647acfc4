"""Typed settings, read once at the entry point (env prefix ``GENAIOPS_``) and passed down.

Tools never read settings; the CLI and server build what the run needs from them. The environment is read here
(``environment()``) rather than by pydantic-settings, whose import (asyncio, dotenv, its sources) every CLI command
paid for: ``GENAIOPS_<FIELD>`` in any case, values handed to the field's validation as strings (a structured field
such as ``data_roots`` parses its string in a ``mode="before"`` validator), unknown names ignored, values given to
``Settings(...)`` winning over the environment.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, field_validator

from genaiops.errors import SettingsError

__all__ = ["Settings", "load_settings", "settings_as_set"]


ENV_PREFIX = "GENAIOPS_"


class Settings(BaseModel):
    """Where genaiops keeps its data and how it runs. Every field can be set as ``GENAIOPS_<FIELD>``."""

    # validators built on first validation: a command whose environment sets only the home and the store URL
    # needs none (``settings_as_set``)
    model_config = ConfigDict(extra="ignore", validate_default=True, defer_build=True)

    def __init__(self, /, **values: Any) -> None:
        super().__init__(**{**environment(), **values})

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

    data_roots: tuple[Path, ...] = Field(
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
    notify_interval: float = Field(
        default=5.0,
        ge=0.1,
        le=3600,
        description="Seconds between the server worker's deliveries of due notifications (and retries of failed "
        "ones): how late a message may go out after its event.",
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
    # --- MLflow and model serving (issue 13.1, p-mlflow) ---
    mlflow_uri: str | None = Field(
        default=None,
        description="MLflow tracking + model registry for the MLOps tools: http(s)://HOST:PORT (an `mlflow server`; "
        "credentials in MLFLOW_TRACKING_TOKEN or MLFLOW_TRACKING_USERNAME/PASSWORD) or sqlite:///PATH. Unset: the "
        "registry lives in the genaiops store. Needs the mlflow extra.",
    )
    serving: Literal["drill", "process"] = Field(
        default="drill",
        description="Where deploy_model serves: 'drill' (in the command's own process, each endpoint recorded under "
        "GENAIOPS_HOME/serving so that later commands serve it too; a stand-in that scripted approvals may decide) "
        "or 'process' (a uvicorn process per endpoint on 127.0.0.1 that outlives the command; "
        "`genaiops serving list|stop`).",
    )
    serving_ports: tuple[int, int] | None = Field(
        default=None,
        description="Ports for GENAIOPS_SERVING=process endpoints on 127.0.0.1: PORT or FIRST-LAST. Default: any free.",
    )

    @field_validator("mlflow_uri")
    @classmethod
    def _check_mlflow_uri(cls, value: str | None) -> str | None:
        return None if value is None or not value.strip() else check_mlflow_uri(value.strip())

    @field_validator("serving_ports", mode="before")
    @classmethod
    def _parse_ports(cls, value: Any) -> Any:
        return parse_ports(value) if isinstance(value, str) else value

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

    # --- agents that plan: model prices and the chat's budget (issue 11.4, p-goal; docs/goals.md) ---
    model_prices: dict[str, tuple[float, float]] = Field(
        default_factory=dict,
        description="US dollars per million prompt and completion tokens, by model name: JSON such as "
        '{"gpt-4o-mini": [0.15, 0.6]}. A model without a price costs 0 (its tokens still count).',
    )
    chat_budget_tokens: int | None = Field(default=None, ge=1, description="Token budget of a chat's runs.")
    chat_budget_usd: float | None = Field(default=None, gt=0, description="Cost budget of a chat's runs (USD).")

    @field_validator("model_prices", mode="before")
    @classmethod
    def _prices(cls, value: Any) -> Any:
        if isinstance(value, str):
            try:
                return json.loads(value) if value.strip() else {}
            except ValueError:
                raise ValueError('not JSON; write {"MODEL": [USD_PER_1M_PROMPT, USD_PER_1M_COMPLETION]}') from None
        return value

    @property
    def chat_budget(self) -> dict[str, Any] | None:
        """The budget a chat gives the runs it starts (``BudgetSpec`` fields), or None."""
        if self.chat_budget_tokens is None and self.chat_budget_usd is None:
            return None
        return {"tokens": self.chat_budget_tokens, "usd": self.chat_budget_usd}

    # --- Beyond one machine: workers with leases, Ray offload (issue 15, p-pg; README "Workers and PostgreSQL") ---
    lease_seconds: float = Field(
        default=30.0,
        gt=0.5,
        le=3600,
        description="How long a run's executor holds it without renewing (it renews every third of it): a run "
        "whose lease ran out shows as orphaned and a `genaiops worker` or `genaiops serve` takes it over.",
    )
    worker_poll_seconds: float = Field(
        default=1.0, gt=0, le=60, description="How often an idle `genaiops worker` looks for runs to claim."
    )
    ray_address: str | None = Field(
        default=None,
        description="Run offloadable tools (training, batch detection, evaluation suites, batch scoring) as Ray "
        "tasks: 'local' starts an in-process local cluster, else a Ray address (ray://HOST:10001, or auto). "
        "Needs the ray extra.",
    )
    # --- SLOs and error budgets (issue 16.4, h-slo; docs/slo.md) ---
    slo_file: Path | None = Field(
        default=None,
        description="The SLO file (slos: name, service, objective, target, window, sli) that evaluate_slo and "
        "`genaiops slo status` read; default <home>/slos.yaml, and no SLOs when that file does not exist.",
    )
    # --- Alerts in: the Alertmanager webhook and `genaiops alerts` (issue 16.3, h-alerts; README "Alerts in") ---
    alert_rules_file: Path | None = Field(
        default=None,
        description="Which alerts start which scenario (YAML: rules of match labels -> scenario and params); "
        "default $GENAIOPS_HOME/alert_rules.yaml when it exists. Without rules alerts are stored and grouped only.",
    )
    alert_role: str = Field(
        default="alerts",
        description="The role an account needs to post alerts (the token Alertmanager's http_config sends).",
    )
    alert_max_bytes: int = Field(
        default=1_048_576, ge=1024, le=64 * 1_048_576, description="The largest alert payload taken (bytes): 413 above."
    )
    alert_max_starts: int = Field(
        default=10,
        ge=0,
        le=100_000,
        description="At most this many investigations the alerts of one account start per "
        "GENAIOPS_ALERT_START_WINDOW: the incidents past it are stored and grouped, their start recorded as not "
        "made with the reason, and tried again when Alertmanager repeats a firing alert of them. 0: alerts never "
        "start a run.",
    )
    alert_start_window: float = Field(
        default=3600.0, gt=0, le=7 * 86400, description="The window (seconds) GENAIOPS_ALERT_MAX_STARTS counts in."
    )

    # --- Real systems: Loki (issue 16.1, h-logs; README "Logs"): parse_logs fetches log lines from it ---
    loki_url: str | None = Field(
        default=None,
        description="A Grafana Loki server's base URL (http://127.0.0.1:3100): parse_logs runs a LogQL `query` "
        "through its /loki/api/v1/query_range; unset, parse_logs reads only the log text it is given.",
    )
    loki_headers: str | None = Field(
        default=None,
        description="HTTP headers sent to Loki, 'Name=value' pairs separated by commas, e.g. "
        "'Authorization=Bearer secret://LOKI_TOKEN,X-Scope-OrgID=tenant1' (secret://NAME resolved per request).",
    )
    loki_timeout: float = Field(default=10.0, gt=0, le=300, description="Seconds per Loki request.")

    @field_validator("home")
    @classmethod
    def _expand(cls, value: Path) -> Path:
        return expand_user(value)

    @field_validator("data_roots", mode="before")
    @classmethod
    def _split_roots(cls, value: Any) -> Any:
        if isinstance(value, str):
            return tuple(expand_user(Path(part)) for part in value.split(os.pathsep) if part.strip())
        return value

    @property
    def resolved_store_url(self) -> str:
        return self.store_url or f"sqlite:///{self.home / 'genaiops.db'}"

    @property
    def home_policy_file(self) -> Path | None:
        """The home's own policy (``<home>/policy.yaml``), if it exists: the base no process can weaken."""
        default = self.home / "policy.yaml"
        return default if default.exists() else None


def environment() -> dict[str, str]:
    """The ``GENAIOPS_<FIELD>`` variables of this process by field name; names in any case (of two spellings of
    one name, the later in the environment wins), other names ignored."""
    prefix, fields = ENV_PREFIX.lower(), Settings.model_fields
    found = {}
    for key, value in os.environ.items():
        name = key.lower()
        if name.startswith(prefix) and name[len(prefix) :] in fields:
            found[name[len(prefix) :]] = value
    return found


def load_settings(**overrides: object) -> Settings:
    """Read settings from the environment; a bad value is a ``SettingsError`` naming the variable."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        lines = []
        for err in exc.errors(include_url=False):
            name = "_".join(str(p) for p in err["loc"]).upper()
            lines.append(f"GENAIOPS_{name}: {err['msg']} (got {_shown(name, err.get('input'))})")
        raise SettingsError("bad setting: " + "; ".join(lines)) from None


def settings_as_set(home: Path | None, store_url: str | None) -> Settings:
    """What ``load_settings()`` reads from an environment that sets no ``GENAIOPS_*`` field but the home and the
    store URL (given as read: ``home`` with ``~`` expanded, None when unset), without validating: every other
    field keeps its default, which validation leaves as it is, and building the model's validators was ~27 M
    instructions of a resume (cachegrind). ``tests/test_settings_env.py`` compares it with ``load_settings()``."""
    given = {k: v for k, v in (("home", home), ("store_url", store_url)) if v is not None}
    return Settings.model_construct(_fields_set=set(given), **given)


_SECRET_WORDS = ("TOKEN", "PASSWORD", "SECRET", "KEY")


def _shown(name: str, value: object) -> str:
    """A bad value as an error message may show it: never a token's, and a URL without its password."""
    if any(word in name for word in _SECRET_WORDS):
        return "a value (not shown: it may be a secret)"
    if isinstance(value, str) and "://" in value:
        try:
            parts = urlsplit(value)
            password = parts.password
        except ValueError:  # not a URL at all ('http://[::1'): nothing to hide but what follows the scheme
            return repr(value.split("://", 1)[0] + "://...")
        if password is not None:
            host = parts.netloc.rsplit("@", 1)[-1]
            value = parts._replace(netloc=f"{parts.username}:***@{host}").geturl()
    return repr(value)


_MLFLOW_SCHEMES = ("http", "https", "sqlite", "postgresql", "mysql", "mssql", "file", "databricks")


def check_mlflow_uri(uri: str) -> str:
    """``uri`` if MLflow can use it as a tracking + registry URI; else a ValueError saying what would fit."""
    fit = "use http://HOST:PORT (an mlflow server) or sqlite:///PATH (a local file)"
    try:
        parts = urlsplit(uri)
    except ValueError as exc:  # 'http://[::1': an unclosed IPv6 bracket
        raise ValueError(f"not a URI ({exc}); {fit}") from None
    scheme = parts.scheme.split("+")[0].lower()
    if scheme not in _MLFLOW_SCHEMES or "://" not in uri:
        raise ValueError(f"not an MLflow URI (no known scheme); {fit}")
    if scheme in ("http", "https"):
        try:
            port = parts.port
        except ValueError:
            raise ValueError(f"the port is not a number from 0 to 65535; {fit}") from None
        if not parts.hostname or (port is None and ":" in parts.netloc.rsplit("@", 1)[-1]):
            raise ValueError(f"no host; {fit}")
        if parts.username or parts.password:
            raise ValueError("credentials do not belong in the URI: set MLFLOW_TRACKING_USERNAME/PASSWORD or TOKEN")
    if scheme == "sqlite" and not uri.startswith("sqlite:///"):
        raise ValueError(f"a sqlite URI needs three slashes and a path (sqlite:///PATH); {fit}")
    return uri


def expand_user(path: Path) -> Path:
    """``path`` with a leading ``~`` or ``~NAME`` expanded; a ValueError naming the fix when there is no such
    home (``~nouser/x``: pathlib raises RuntimeError, which read as a bug in genaiops)."""
    try:
        return path.expanduser()
    except RuntimeError:
        head = str(path).split(os.sep, 1)[0]
        raise ValueError(f"{head}: no such user's home directory; write the full path") from None


def parse_ports(text: str) -> tuple[int, int] | None:
    """``"8600"`` -> (8600, 8600), ``"8600-8609"`` -> (8600, 8609), blank -> None; else a ValueError."""
    if not text.strip():
        return None
    first, _, last = text.strip().partition("-")
    try:
        low, high = int(first), int(last or first)
    except ValueError:
        raise ValueError("give a port (8600) or a range (8600-8609)") from None
    if not 1 <= low <= high <= 65535:
        raise ValueError("ports are 1-65535, the first not above the last")
    return low, high
