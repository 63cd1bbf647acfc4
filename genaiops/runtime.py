"""Wiring for the entry points: settings in, a ready ``Engine`` out. Only the CLI and the server import this."""

from __future__ import annotations

import functools
import os
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Mapping, MutableMapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from genaiops.errors import NotFoundError, SettingsError, SpecError, StoreError, ToolError
from genaiops.policy_cache import remember as remember_policy_version

if TYPE_CHECKING:
    from genaiops.data_roots import DataRoots
    from genaiops.graphs import Engine, RunEvent
    from genaiops.registry import ToolSpec
    from genaiops.safety import ApprovalPolicy, Screen
    from genaiops.safety.ledger import Anchor
    from genaiops.secret_refs import SecretStore
    from genaiops.settings import Settings
    from genaiops.store import Store

# Imports of the engine, the policy, the tools, the resources, the store and the settings model happen inside the
# functions that use them: read commands and decisions open only what they need, and validating a graph file opens
# no store (bench/cli.py measures it; tests/test_cli_imports.py pins it).

__all__ = [
    "anchor_ledger",
    "action_environment",
    "auto_anchor",
    "check_resources",
    "configured_resources",
    "data_roots",
    "ledger_key",
    "llmops_resources",
    "load_guardrails",
    "load_policy",
    "mlops_resources",
    "open_engine",
    "open_resources",
    "open_store",
    "read_store",
]


def load_policy(settings: Settings, *, unsafe: bool = False) -> ApprovalPolicy:
    """The home's policy (``<home>/policy.yaml``, else the built-in default), with ``GENAIOPS_POLICY_FILE`` laid
    over it, and the roles' approval defaults for tools the policy has no rule of its own for.

    The per-process file may only tighten the home's policy: a file that would weaken it is a ``SettingsError``
    naming every weakened field, unless ``unsafe`` (``--unsafe-policy``); then the policy carries the list in
    ``unsafe_overrides`` (part of its hash, and ledgered as ``policy_changed`` when an engine first uses it)."""
    from genaiops.agents.roles import with_role_defaults
    from genaiops.safety.policy import ApprovalPolicy, overlay_policy, parse_policy
    from genaiops.safety.tightening import loosened
    from genaiops.yamlfile import file_text

    home = settings.home_policy_file
    raw = _read_policy_bytes(home) if home else None
    base = parse_policy(file_text(raw, home), str(home)) if raw is not None else ApprovalPolicy()
    if settings.policy_file is None:
        from genaiops.graphs.plain_decision import policy_facts  # imported before the cache lists the code

        policy = with_role_defaults(base)
        # for readers and deciders that skip the policy code
        remember_policy_version(settings.home, raw, policy.version, policy_facts(policy))
        return policy
    path = settings.policy_file
    layered = with_role_defaults(overlay_policy(base, _read_policy(path), str(path)))
    weakened = loosened(with_role_defaults(base), layered)
    if not weakened:
        return layered
    if not unsafe:
        raise SettingsError(
            f"GENAIOPS_POLICY_FILE={path} would weaken this home's approval policy ({'; '.join(weakened)}); a "
            "per-process policy may only tighten it. Change $GENAIOPS_HOME/policy.yaml instead, or give "
            "--unsafe-policy (genaiops --unsafe-policy COMMAND ...), which the audit ledger records"
        )
    return layered.model_copy(update={"unsafe_overrides": tuple(weakened)})


def _read_policy(path: Path) -> str:
    """The ``GENAIOPS_POLICY_FILE`` overlay's text; a file it cannot read names the setting and the fix."""
    from genaiops.yamlfile import file_text

    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise SpecError(
            f"GENAIOPS_POLICY_FILE={path}: no such file; point it at a policy file (fields of the home's "
            "policy.yaml, which it may only tighten) or unset GENAIOPS_POLICY_FILE"
        ) from None
    except OSError as exc:
        raise SpecError(
            f"GENAIOPS_POLICY_FILE={path}: cannot read the approval policy ({exc.strerror or exc}); fix the file's "
            "permissions or unset GENAIOPS_POLICY_FILE"
        ) from None
    return file_text(raw, path)


def _read_policy_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise SpecError(f"{path}: cannot read the approval policy: {exc}") from None


def load_guardrails(settings: Settings) -> Screen | None:
    """The guardrail screen the settings name (``tasks``, ``default``, ``off`` or a YAML path)."""
    choice = settings.guardrails.strip()
    if choice.lower() in ("off", "none", ""):
        return None
    from genaiops.safety import guardrails  # loads scanner models: only when guardrails are on

    shipped = {"tasks": Path(guardrails.__file__).parent / "tasks.yaml", "default": guardrails.DEFAULT_CONFIG}
    path = shipped.get(choice.lower(), Path(choice))
    if not path.exists():
        raise SettingsError(
            f"GENAIOPS_GUARDRAILS={choice!r}: no such file; use 'tasks', 'default', 'off' or the path of a YAML file"
        )
    return guardrails.load_screen(path, clock=time.perf_counter)  # a bad file is a SpecError naming its line


class ShippedGuardrails:
    """The shipped default pipelines (``safety/guardrails/default.yaml``), loaded on first use: what review tools
    screen texts with (the ``guardrails`` resource), independent of the task guardrails the settings choose.

    A review runs every scanner: the pipelines' latency budgets guard inline screening, but a reviewer's verdict
    must not depend on how busy the machine is (under load a skipped toxicity check turned an output that needed
    pseudonymising into a withheld one)."""

    def __init__(self) -> None:
        self._screen: Screen | None = None

    def screen(self, direction: str, text: str):  # noqa: ANN201 - a ScreenResult
        if self._screen is None:
            from genaiops.safety import guardrails

            self._screen = guardrails.load_screen(guardrails.DEFAULT_CONFIG, clock=None)
        return self._screen.screen(direction, text)  # type: ignore[arg-type]


def data_roots(settings: Settings) -> DataRoots:
    """The folders tools may read files from: ``GENAIOPS_HOME`` and ``GENAIOPS_DATA_ROOTS`` (each run adds its
    scenario's folder)."""
    from genaiops.data_roots import DataRoots

    return DataRoots.of(settings.home, *settings.data_roots)


class Deferred:
    """A resource built when a tool first asks for it (see ``Resources``)."""

    def __init__(self, build: Callable[[], Any]) -> None:
        self.build = build


class Resources(MutableMapping[str, Any]):
    """What tools act on, by name; a ``Deferred`` entry is built on first access, so a run whose tasks touch no
    model registry or simulated estate never imports numpy for them. ``close()`` closes what was built.

    A first access is built once however many threads ask at the same time (offloaded tool calls of parallel tasks
    do): two gate and sample tasks of one run each opening the home's ``prompts.db`` at once raced on its journal
    mode ("database is locked") and left a second registry open."""

    def __init__(self, entries: Mapping[str, Any], per_run: Mapping[str, Callable[[], Any]] | None = None) -> None:
        self._entries = dict(entries)
        self._building = threading.RLock()  # re-entrant: a resource built from another one
        self._per_run = dict(per_run or {})
        """Resources each run gets its own of (``of_run``), built on its tools' first use: the simulated estate,
        so one run's drill fault is never seen by the next run in a long-lived process (a server)."""
        self._runs: OrderedDict[str, dict[str, Any]] = OrderedDict()

    def of_run(self, run_id: str) -> Mapping[str, Any]:
        """What run ``run_id``'s tools act on: these resources, with its own copy of each per-run one."""
        return _RunResources(self, run_id) if self._per_run else self

    def run_entry(self, run_id: str, name: str) -> Any:
        """Run ``run_id``'s own ``name``, built on first use; the least recently used runs' are dropped past
        ``RUNS_KEPT`` (a run continued later re-creates its estate from its tasks' outputs, as in another process)."""
        with self._building:
            built = self._runs.setdefault(run_id, {})
            self._runs.move_to_end(run_id)
            if name not in built:
                built[name] = self._per_run[name]()
            value = built[name]
            dropped = [self._runs.popitem(last=False)[1] for _ in range(len(self._runs) - RUNS_KEPT)]
        for old in dropped:
            _close_all(old.values())
        return value

    def release_run(self, run_id: str) -> None:
        """Drop run ``run_id``'s own resources (the engine calls this when the run finishes)."""
        with self._building:
            built = self._runs.pop(run_id, {})
        _close_all(built.values())

    def __getitem__(self, name: str) -> Any:
        value = self._entries[name]
        if isinstance(value, Deferred):
            with self._building:
                value = self._entries[name]
                if isinstance(value, Deferred):
                    value = self._entries[name] = value.build()
        return value

    def __setitem__(self, name: str, value: Any) -> None:
        self._entries[name] = value

    def __delitem__(self, name: str) -> None:
        del self._entries[name]

    def __contains__(self, name: object) -> bool:
        return name in self._entries  # without building it

    def __iter__(self) -> Iterator[str]:
        return iter(self._entries)

    def __len__(self) -> int:
        return len(self._entries)

    def close(self) -> None:
        _close_all(self._entries.values())
        with self._building:
            runs, self._runs = list(self._runs.values()), OrderedDict()
        for built in runs:
            _close_all(built.values())


RUNS_KEPT = 64
"""Runs whose own resources (``Resources.of_run``) a process keeps at once: paused runs waiting on people."""


def _close_all(values: Iterable[Any]) -> None:
    for value in values:
        close = getattr(value, "close", None)
        if not isinstance(value, Deferred) and callable(close):
            close()


class _RunResources(Mapping[str, Any]):
    """One run's view of ``Resources``: its own per-run entries, the shared ones otherwise."""

    def __init__(self, shared: Resources, run_id: str) -> None:
        self._shared, self._run_id = shared, run_id

    def __getitem__(self, name: str) -> Any:
        if name in self._shared._per_run:  # noqa: SLF001 - the view belongs to the class
            return self._shared.run_entry(self._run_id, name)
        return self._shared[name]

    def __contains__(self, name: object) -> bool:
        return name in self._shared

    def __iter__(self) -> Iterator[str]:
        return iter(self._shared)

    def __len__(self) -> int:
        return len(self._shared)


def _deferred_group(names: tuple[str, ...], build: Callable[[], Mapping[str, Any]]) -> dict[str, Deferred]:
    """Entries for resources built together (one call of ``build`` gives them all)."""
    built: list[Mapping[str, Any]] = []
    lock = threading.Lock()

    def one(name: str) -> Any:
        with lock:  # two of the group's names asked at once: one build
            if not built:
                built.append(build())
        return built[0][name]

    return {name: Deferred(functools.partial(one, name)) for name in names}


_MLOPS = ("model_registry", "artifacts", "serving", "prediction_log", "data")
"""The resources ``build_mlops_resources`` gives (its ``data_roots`` is replaced by the settings' own)."""


def _memory(settings: Settings) -> Any:
    from genaiops.agents.memory.resource import MemoryResource

    return MemoryResource(settings.home, settings.memory_url, settings.memory_embedding)


def _environment(settings: Settings, secrets: Any) -> Any:
    from genaiops.tools.sre.simulate import build_environment

    return action_environment(settings, build_environment(), secrets)


_LLMOPS = ("template_renderer", "prompt_registry", "screen")


def open_resources(settings: Settings) -> Resources:
    """What tools act on: the idempotent receiver, the shipped guardrails (review tools), the prompt tools' renderer,
    registry and model (``llmops_resources``), agent memory (Chroma, opened on first use), the MLOps
    registry/artifacts/serving/prediction log (in the store's database, or MLflow), the simulated estate the SRE
    tools observe and remediate (the default environment, one per run: a drill's fault stays in its run;
    remediations go to an HTTP target with GENAIOPS_ACTION_URL), the data roots file arguments are confined to, the
    secrets ``secret://NAME`` arguments resolve to, and the real systems the settings configure (``prometheus``:
    ``GENAIOPS_PROMETHEUS_URL``). Those whose libraries are heavy to import are built when a tool first asks for
    them (``Deferred``); the pre-run ``check_resources`` builds those a run's tools act on, so their setting
    mistakes still stop it first."""
    from genaiops.receiver import receiver_for
    from genaiops.secret_refs import SecretStore
    from genaiops.store_backend import backend_for

    backend_for(settings.resolved_store_url)  # a URL the store cannot open fails here, with the store's message
    secrets = SecretStore(os.environ, settings.home / "keys" / "secrets")
    shipped = ShippedGuardrails()
    llmops = (*_LLMOPS, "model_caller") if settings.llmops_model else _LLMOPS
    return Resources(
        {
            "receiver": receiver_for(settings.resolved_store_url, settings.home),
            "guardrails": shipped,
            **_deferred_group(llmops, functools.partial(llmops_resources, settings, shipped)),
            "memory": Deferred(functools.partial(_memory, settings)),
            **_deferred_group(_MLOPS, functools.partial(mlops_resources, settings)),
            "environment": Deferred(functools.partial(_environment, settings, secrets)),
            "data_roots": data_roots(settings),
            "secrets": secrets,
            **_prometheus(settings),
            **_loki(settings),
            **_ray(settings),
            "slos": Deferred(functools.partial(slo_catalogue, settings)),
        },
        per_run={"environment": functools.partial(_environment, settings, secrets)},
    )


def slo_catalogue(settings: Settings) -> Any:
    """The ``slos`` resource: the SLO file (``GENAIOPS_SLO_FILE``, else ``<home>/slos.yaml`` when it exists, else
    no SLOs); a named file that is missing, and a file with problems, are ``SpecError``s at ``file:line``."""
    from genaiops.tools.sre.evaluate_slo import SLOCatalogue
    from genaiops.tools.sre.slo import load_slo_file

    path = settings.slo_file or settings.home / "slos.yaml"
    if settings.slo_file is None and not path.exists():
        return SLOCatalogue(where=f"{path} (no such file)")
    return SLOCatalogue(slos=load_slo_file(path), where=str(path))


def slo_resources(settings: Settings, slo_file: Path | None = None) -> dict[str, Any]:
    """What ``genaiops slo status`` evaluates with: the SLO file (``slo_file`` or the settings'), Prometheus when
    configured, else the simulated estate (read only: no action target, no receiver)."""
    from genaiops.tools.sre.simulate import build_environment

    if slo_file is not None:
        settings = settings.model_copy(update={"slo_file": slo_file})
    return {"slos": slo_catalogue(settings), "environment": build_environment(), **_prometheus(settings)}


def capacity_resources(settings: Settings) -> dict[str, Any]:
    """What ``genaiops capacity forecast`` reads gauges from: Prometheus when configured, else the simulated estate
    (read only)."""
    from genaiops.tools.sre.simulate import build_environment

    return {"environment": build_environment(), **_prometheus(settings)}


def _ray(settings: Settings) -> dict[str, Any]:
    """The ``ray`` resource when ``GENAIOPS_RAY_ADDRESS`` is set: ``@tool(remote=True)`` calls run as Ray tasks
    (the cluster is joined, or started, at the first such call)."""
    if not settings.ray_address:
        return {}
    from genaiops.ray_offload import RayOffload

    return {"ray": RayOffload(settings.ray_address)}


def llmops_resources(settings: Settings, screen: Any) -> dict[str, Any]:
    """What the prompt tools use: Semantic Kernel's template renderer, the home's prompt registry
    (``prompt_registry``), the guardrail ``screen`` for ``guardrail`` assertions and, only with
    ``GENAIOPS_LLMOPS_MODEL=true``, a ``model_caller`` on the configured model (else evaluations run on recorded
    outputs only)."""
    from genaiops.agents.sk_templates import SemanticKernelTemplates  # imports semantic_kernel on first render

    resources = {
        "template_renderer": SemanticKernelTemplates(),
        "prompt_registry": prompt_registry(settings),
        "screen": screen,
    }
    if settings.llmops_model:
        from genaiops.agents.models import ModelSettings
        from genaiops.agents.prompt_caller import ChatModelCaller

        resources["model_caller"] = ChatModelCaller(ModelSettings.from_env())
    return resources


def prompt_registry(settings: Settings, *, create: bool = True) -> Any:
    """The prompt registry: in a PostgreSQL store's database (table ``prompt_releases``: every process on the
    store sees one registry), else the home's own ``<home>/prompts.db``. Without ``create``, a home that never
    released a prompt is a ``NotFoundError`` (a read makes no file)."""
    from genaiops.store_backend import is_postgres
    from genaiops.tools.llmops.prompt_registry import PromptRegistry

    url = settings.resolved_store_url
    if is_postgres(url):
        from genaiops.store_schema import PROMPT_RELEASES
        from genaiops.store_tables import StoreTables

        return PromptRegistry(StoreTables.open(url, PROMPT_RELEASES, label="the prompt registry"))
    path = settings.home / "prompts.db"
    if not create and not path.exists():
        raise NotFoundError(
            f"no prompt was ever released in this home ({path} does not exist): publish one with a run, e.g. "
            "`genaiops scenario run scenarios/llmops/prompt_release.yaml`"
        )
    return PromptRegistry(path)


def action_environment(settings: Settings, observer: Any, secrets: SecretStore) -> Any:
    """The ``environment`` SRE tools observe and remediate: ``observer`` (the simulated estate by default) alone,
    or, with ``GENAIOPS_ACTION_URL`` (``GENAIOPS_KUBERNETES_URL``), observing through it and acting through the
    HTTP action target (the cluster's Deployments): a real system, which scripted approvals never decide. A
    malformed URL or token reference is a ``SettingsError``."""
    if settings.action_url is None and settings.kubernetes_url is None:
        return observer
    from genaiops.tools.sre.environment import TargetedEnvironment, http_target, kubernetes_target

    if settings.action_url is not None and settings.kubernetes_url is not None:
        raise SettingsError(
            "GENAIOPS_ACTION_URL and GENAIOPS_KUBERNETES_URL are both set: remediations go to one target; unset one"
        )
    if settings.action_url is not None:
        target = http_target(settings.action_url, settings.action_token, secrets, settings.action_timeout)
    else:
        target = kubernetes_target(
            settings.kubernetes_url or "",
            settings.kubernetes_namespace,
            settings.kubernetes_token,
            secrets,
            settings.kubernetes_ca_file,
            settings.action_timeout,
        )
    return TargetedEnvironment(observer, target)


# MLflow's client retries a dead server for minutes by default; a command should say so in seconds.
# Nor should it print MLflow's "View run at" links into the command's output.
_MLFLOW_DEFAULTS = {
    "MLFLOW_DISABLE_TELEMETRY": "true",
    "MLFLOW_HTTP_REQUEST_MAX_RETRIES": "2",
    "MLFLOW_HTTP_REQUEST_BACKOFF_FACTOR": "1",
    "MLFLOW_SUPPRESS_PRINTING_URL_TO_STDOUT": "true",
}


def mlops_resources(settings: Settings) -> dict[str, Any]:
    """The MLOps resources: the registry in the store or in MLflow (``GENAIOPS_MLFLOW_URI``), serving in this
    process or in uvicorn processes (``GENAIOPS_SERVING``). MLflow missing, unreachable or refusing the
    credentials is a ``SettingsError`` naming the setting, before anything runs."""
    from genaiops.tools.mlops import build_mlops_resources
    from genaiops.tools.mlops.lib.mlflow_registry import MlflowUnavailableError

    if settings.mlflow_uri:
        for name, value in _MLFLOW_DEFAULTS.items():
            os.environ.setdefault(name, value)
    try:
        return build_mlops_resources(
            settings.home,
            store_url=local_tables_url(settings),
            mlflow_uri=settings.mlflow_uri,
            serving=settings.serving,
            serving_ports=settings.serving_ports,
            env=os.environ,
        )
    except MlflowUnavailableError as exc:
        raise SettingsError(f"GENAIOPS_MLFLOW_URI={settings.mlflow_uri}: {exc}") from None


def model_registry(settings: Settings) -> Any:
    """The MLOps model registry alone (for reading commands): the store's, or MLflow's (``GENAIOPS_MLFLOW_URI``);
    close it after use. MLflow missing or unreachable is a ``SettingsError`` naming the setting."""
    from genaiops.tools.mlops.lib.mlflow_registry import MlflowUnavailableError
    from genaiops.tools.mlops.lib.model_registry import SqlModelRegistry
    from genaiops.tools.mlops.lib.resources import open_mlflow_registry

    if not settings.mlflow_uri:
        return SqlModelRegistry.open(local_tables_url(settings))
    for name, value in _MLFLOW_DEFAULTS.items():
        os.environ.setdefault(name, value)
    try:
        return open_mlflow_registry(settings.home, local_tables_url(settings), settings.mlflow_uri)
    except MlflowUnavailableError as exc:
        raise SettingsError(f"GENAIOPS_MLFLOW_URI={settings.mlflow_uri}: {exc}") from None


def local_tables_url(settings: Settings) -> str:
    """Where the MLOps registry and prediction log live: the store's own database (its SQLite file, or its
    PostgreSQL database: every process on the store then sees one registry)."""
    return settings.resolved_store_url


# --- optional resources: real systems the settings configure (genaiops.resources) -------------------------------


def configured_resources(settings: Settings) -> frozenset[str]:
    """The optional resources (``genaiops.resources.RESOURCE_SETTINGS``) these settings configure: what
    validation checks tasks' needs against. One line per resource."""
    configured = set()
    if settings.prometheus_url:
        configured.add("prometheus")
    if settings.loki_url:
        configured.add("loki")
    if not settings.mlflow_uri and settings.serving == "drill":
        configured.add("drill_mlops")
    return frozenset(configured)


def check_resources(resources: Mapping[str, Any], tools: Iterable[ToolSpec]) -> None:
    """Before a run: every configured real system that ``tools`` use answers (``check()``: Prometheus) and
    every real target they act on (``acts_on``) is reachable and accepts the credentials (``preflight()``: the
    HTTP or Kubernetes action target), so a wrong URL or credentials end the command with a ``SettingsError``
    naming the setting (exit 2) before anything is recorded."""
    tools = list(tools)
    for name in sorted({name for spec in tools for name in spec.uses if name in resources}):
        check = getattr(resources[name], "check", None)
        if check is None:
            continue
        try:
            check()
        except ToolError as exc:
            raise SettingsError(str(exc)) from None
    for name in sorted({name for spec in tools for name in spec.acts_on}):
        preflight = getattr(resources.get(name), "preflight", None)
        if callable(preflight):
            preflight()


def _prometheus(settings: Settings) -> dict[str, Any]:
    """The ``prometheus`` resource when ``GENAIOPS_PROMETHEUS_URL`` is set (README: Real systems: Prometheus)."""
    if not settings.prometheus_url:
        return {}
    from genaiops.secret_refs import SecretStore
    from genaiops.tools.sre.ingest.sources import PrometheusClient

    return {
        "prometheus": PrometheusClient(
            _prometheus_url(settings.prometheus_url),
            timeout=settings.prometheus_timeout,
            headers=_prometheus_headers(settings.prometheus_headers),
            secrets=SecretStore(os.environ, settings.home / "keys" / "secrets"),
            queries=_prometheus_queries(settings.prometheus_queries),
        )
    }


def _prometheus_url(url: str, setting: str = "GENAIOPS_PROMETHEUS_URL", example: str = "http://127.0.0.1:9090") -> str:
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(url.strip())
        parts.port  # noqa: B018 (evaluated for its error: a port that is not a number)
    except ValueError as exc:
        raise SettingsError(f"{setting}: not a URL ({exc}); e.g. {example}") from None
    if "://" not in url:  # host:port alone, as Prometheus' own flags write it
        shown = url.strip().rpartition("@")[2]
        raise SettingsError(
            f"{setting}: {shown!r} has no scheme; write http://{shown} (the server's base URL), e.g. {example}"
        )
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise SettingsError(
            f"{setting}: {parts.scheme}://{parts.hostname or ''} is not an http(s) URL with a host; give the "
            f"server's base URL, e.g. {example}"
        )
    return url.strip()


def _prometheus_headers(
    text: str | None, setting: str = "GENAIOPS_PROMETHEUS_HEADERS", token: str = "PROM_TOKEN"
) -> dict[str, str]:
    """``Name=value,Name2=value2`` -> headers; values are never echoed in errors (they may be credentials)."""
    import re

    headers: dict[str, str] = {}
    for k, pair in enumerate(part for part in (text or "").split(",") if part.strip()):
        name, sep, value = pair.partition("=")
        if not sep or not re.fullmatch(r"[A-Za-z0-9!#$%&'*+.^_`|~-]+", name.strip()) or not value.strip():
            raise SettingsError(
                f"{setting}: entry {k + 1} is not 'Name=value' with a header name and a value; "
                f"write e.g. 'Authorization=Bearer secret://{token}' (entries separated by commas)"
            )
        if not value.strip().isascii() or not value.strip().isprintable():
            raise SettingsError(f"{setting}: the value of {name.strip()} must be printable ASCII")
        headers[name.strip()] = value.strip()
    return headers


def _loki(settings: Settings) -> dict[str, Any]:
    """The ``loki`` resource when ``GENAIOPS_LOKI_URL`` is set (README: Logs): parse_logs' LogQL queries."""
    if not settings.loki_url:
        return {}
    from genaiops.secret_refs import SecretStore
    from genaiops.tools.sre.logs.loki import LokiClient

    return {
        "loki": LokiClient(
            _prometheus_url(settings.loki_url, "GENAIOPS_LOKI_URL", "http://127.0.0.1:3100"),
            timeout=settings.loki_timeout,
            headers=_prometheus_headers(settings.loki_headers, "GENAIOPS_LOKI_HEADERS", "LOKI_TOKEN"),
            secrets=SecretStore(os.environ, settings.home / "keys" / "secrets"),
        )
    }


def _prometheus_queries(path: Path | None):  # noqa: ANN202 - a PromQueries
    """The shipped PromQL templates, with ``GENAIOPS_PROMETHEUS_QUERIES`` (a YAML file, read by the shared
    loader: its size limits and file:line errors) laid over them."""
    from genaiops.tools.sre.ingest.promql import PromQueries, queries_from_yaml
    from genaiops.yamlfile import read_file

    if path is None:
        return PromQueries()
    try:
        source = read_file(path)
        return queries_from_yaml(source.data)
    except (SpecError, ValueError) as exc:
        raise SettingsError(f"GENAIOPS_PROMETHEUS_QUERIES={path}: {exc}") from None


def open_engine(
    settings: Settings,
    on_event: Callable[[RunEvent], None] | None = None,
    *,
    model: str | None = None,
    unsafe_policy: bool = False,
    read_only: bool = False,
    decisions: bool = False,
    create: bool = True,
) -> Engine:
    """An engine wired from the settings; ``close()`` it when done. Role tasks are performed by agents on the
    model the settings (``GENAIOPS_MODEL_*``) or ``model`` (``PROVIDER[:NAME]``) name; offline by default.
    ``unsafe_policy``: accept a per-process policy that weakens the home's (see ``load_policy``).
    ``read_only``: for commands that only read the store (it may be read-only), with no resources, no ledger key
    created, no agents and nothing written (no expiry sweep); without it, a store this process cannot write is
    refused before anything opens. ``decisions``: for deciding (approve, reject, cancel): the writable store,
    the policy and the gate, with expiries swept as for every writing command, but no resources, guardrails,
    tracer or agents (an amendment, which previews and screens the amended call, needs the full engine).
    Tools are imported as tasks name them (``tools_on_demand``). ``create=False`` (a worker): the store must
    exist already."""
    if read_only:
        return _reading_engine(settings, unsafe_policy)
    if decisions:
        return _deciding_engine(settings, unsafe_policy)
    from genaiops.agents.models import ModelSettings
    from genaiops.agents.tasks import AgentTasks
    from genaiops.clock import SystemClock
    from genaiops.graphs import Engine
    from genaiops.graphs.tracing import TraceSettings, build_tracer, combine_observers
    from genaiops.tools import tools_on_demand

    models = ModelSettings.from_env(model=model)  # bad model or trace settings fail before anything opens
    policy = load_policy(settings, unsafe=unsafe_policy)  # so does a bad or weakening policy
    tracing = TraceSettings.from_env(os.environ)
    store = open_store(settings, create=create)
    registry = tools_on_demand()
    clock = SystemClock()
    tracer = build_tracer(tracing, store, registry=registry, clock=clock)  # None when GENAIOPS_TRACE is off
    resources = open_resources(settings)
    if tracer is not None:
        resources["tracer"] = tracer  # closed (flushed) with the engine
    engine = Engine(
        store=store,
        registry=registry,
        policy=policy,
        clock=clock,
        concurrency=settings.concurrency,
        resources=resources,
        screen=load_guardrails(settings),
        on_event=combine_observers(on_event, tracer),
        handler=AgentTasks(models, tracer, settings.model_prices),
        lease=settings.lease_seconds,
    )
    engine.close_expired()  # every command that opens the store closes what expired since (README: Approval policy)
    return engine


def _reading_engine(settings: Settings, unsafe_policy: bool) -> Engine:
    """The store alone, opened read-only, with the policy (what readers compare requests with) and the tools."""
    from genaiops.graphs import Engine
    from genaiops.tools import tools_on_demand

    policy = load_policy(settings, unsafe=unsafe_policy)
    return Engine(store=read_store(settings), registry=tools_on_demand(), policy=policy)


def _deciding_engine(settings: Settings, unsafe_policy: bool) -> Engine:
    """The writable store, the policy and the gate: what recording a decision or a cancellation needs."""
    from genaiops.graphs import Engine
    from genaiops.tools import tools_on_demand

    policy = load_policy(settings, unsafe=unsafe_policy)
    engine = Engine(store=open_store(settings), registry=tools_on_demand(), policy=policy)
    engine.close_expired()  # as for every command that writes (README: Approval policy)
    return engine


def read_store(settings: Settings) -> Store:
    """The settings' store opened read-only (it may be read-only for this process): what commands that only
    read it need (``runs list``, ``audit``), without the engine."""
    from genaiops.store import Store

    store = Store.open(settings.resolved_store_url, read_only=True)
    _settle_key_rotation(settings, store)
    return store


def open_store(settings: Settings, *, create: bool = True) -> Store:
    """The settings' store, open for writing, its ledger entries signed with the home's key (created on first use; but
    a home without one that writes to a PostgreSQL store whose ledger has entries is a ``SettingsError`` saying to
    copy the key from a machine that writes it: every writer of one store signs with one key); a store this process
    cannot write is a ``StoreError`` saying so. Without ``create``, a database that holds no store yet is a
    ``StoreError`` (a worker must not make one of a mistyped URL)."""
    from genaiops.store import Store

    store = Store.open(settings.resolved_store_url, fsync=settings.fsync, create=create)
    if store.read_only:
        store.close()
        store.require_writable()  # raises the StoreError that says the store is read-only, and what to do
    from genaiops.keys import key_file
    from genaiops.safety.ledger import signed_mac

    _settle_key_rotation(settings, store)
    key = ledger_key(settings, create=False)
    if key is None and store.backend_name == "postgresql" and store.ledger_head() is not None:
        store.close()  # a key made here would sign entries that `audit verify` rejects on every other machine
        raise SettingsError(
            f"the store at {store.location} has an audit ledger signed with a key this home ({settings.home}) does "
            f"not have: copy keys/ledger.key (mode 0600) from a machine that writes this store to "
            f"{key_file(settings.home)}, then run the command again"
        )
    if key is not None and store.backend_name == "postgresql":
        _require_the_ledgers_key(settings, store, key)
    store.signer = functools.partial(signed_mac, key or ledger_key(settings, create=True))
    return store


def _require_the_ledgers_key(settings: Settings, store: Store, key: bytes) -> None:
    """A ``SettingsError`` when the store's ledger is signed with a key other than this home's (its newest signed
    entry names another key, or, written before keys had ids, neither its first nor its newest signed entry
    verifies under it): entries this home signed would read as rewritten in every `audit verify`, and an entry
    can never be taken back."""
    import hmac

    from genaiops.keys import key_file
    from genaiops.safety.ledger import entry_mac, key_id, signer_key_id

    ends = store.ledger_signed_ends()
    newest = signer_key_id(ends[-1][2]) if ends else None
    if newest is not None and newest != key_id(key):
        store.close()
        raise SettingsError(
            f"the store at {store.location} has an audit ledger signed with another key than this home's "
            f"{key_file(settings.home)} (key {key_id(key)}; entry #{ends[-1][0]} is signed with key {newest}: the key "
            "was rotated with `audit rotate-key`, or this key is another home's): copy keys/ledger.key and "
            "keys/retired/ (mode 0600) from a machine that writes this store, then run the command again; nothing "
            "was written"
        )
    if newest is not None or not ends:
        return
    if any(hmac.compare_digest(entry_mac(key, digest), mac) for _, digest, mac in ends):
        return
    store.close()
    raise SettingsError(
        f"the store at {store.location} has an audit ledger signed with another key than this home's "
        f"{key_file(settings.home)} (entry #{ends[-1][0]} does not verify under it): copy keys/ledger.key (mode "
        "0600) from a machine that writes this store over it, then run the command again; nothing was written"
    )


# --- the ledger key and anchors ---------------------------------------------------------------------------------


def ledger_key(settings: Settings, *, create: bool) -> bytes | None:
    """The home's ledger key (``GENAIOPS_HOME/keys/ledger.key``), created on first use when ``create``."""
    from genaiops import keys  # with tempfile, shutil and secrets: not for validating a graph file

    return keys.load_key(settings.home, create=create)


def finish_key_rotation(settings: Settings, store: Store) -> str | None:
    """Settle a key rotation a crash interrupted (``keys/ledger.key.next`` left beside the key) from the ledger,
    and say how in one line (None when there was none, or a rotation is under way in another process). An entry
    signed with the staged key means the rotation committed: the staged key becomes ``keys/ledger.key`` (the key
    it replaces kept under ``keys/retired/`` first, if it is not already). No such entry means it never
    committed: the staged file goes, as no entry needs it. No step drops a key that signs a committed entry."""
    import logging

    from genaiops import keys
    from genaiops.safety.ledger import key_id

    current = keys.key_file(settings.home)
    staged = current.with_name(keys.STAGED_KEY_FILE)
    if not staged.exists():
        return None
    with keys.rotation_lock(settings.home, wait=False) as held:
        if not held or not staged.exists():  # a rotation under way: its own process finishes it
            return None
        new_id = key_id(keys.read_key(staged, "new ledger key (of an interrupted rotation)"))
        old = keys.load_key(settings.home, create=False)
        old_id = key_id(old) if old is not None else None
        seq = store.first_entry_signed_by(new_id)
        try:
            if old_id == new_id:  # moved already (a copy of the home, say): the staged file is a spare
                staged.unlink()
                said = f"removed {staged}, a copy of {current} left by an interrupted `genaiops audit rotate-key`"
            elif seq is None:
                staged.unlink()
                said = (
                    f"an interrupted `genaiops audit rotate-key` never committed (no ledger entry is signed with its "
                    f"new key {new_id}): discarded {staged}; key {old_id} ({current}) still signs the ledger"
                )
            else:
                if old is not None:
                    keys.retire_key(settings.home, old, old_id or "")
                os.replace(staged, current)
                said = (
                    f"finished an interrupted `genaiops audit rotate-key`: entry #{seq} is signed with its new key "
                    f"{new_id}, now {current}; the key it retired ({old_id}) is kept in {current.parent / 'retired'}"
                )
        except OSError as exc:
            raise SettingsError(
                f"an interrupted `genaiops audit rotate-key` left {staged}, which could not be settled ({exc}): if "
                f"a ledger entry is signed with key {new_id} (`genaiops audit list`), move it over {current} (mode "
                "0600), else delete it"
            ) from None
    logging.getLogger("genaiops.keys").warning("%s", said)
    return said


def _settle_key_rotation(settings: Settings, store: Store) -> None:
    """``finish_key_rotation`` for a store just opened, closing it when that fails."""
    try:
        finish_key_rotation(settings, store)
    except BaseException:
        store.close()
        raise


def anchor_ledger(settings: Settings, store: Store, at: str) -> tuple[Anchor, Path]:
    """Sign the ledger's head and keep it under ``keys/anchors``; the ledger must verify first (an anchor
    vouches for what it covers)."""
    from genaiops import keys
    from genaiops.graphs.audit import ledger_anchors, store_location
    from genaiops.safety.ledger import sign_anchor, verify_ledger

    key = ledger_key(settings, create=True)
    anchors, bad = ledger_anchors(settings.home, store, key)
    retired = keys.retired_keys(settings.home)
    report = verify_ledger(store.ledger(), store.ledger_head(), key=key, retired=retired, anchors=anchors)
    if bad or not report.ok:
        problem = bad[0] if bad else f"entry #{report.bad_seq}: {report.problem}"
        raise StoreError(f"the ledger does not verify ({problem}); not anchoring it: see `genaiops audit verify`")
    seq, digest = store.ledger_head() or (0, report.head)
    anchor = sign_anchor(key, store=store_location(settings.home, store), seq=seq, hash=digest, at=at)
    return anchor, keys.save_anchor(settings.home, anchor.as_dict())


def auto_anchor(settings: Settings, store: Store, at: str) -> None:
    """After a command that wrote: anchor the new head, if the last anchor still matches the ledger (a ledger
    cut or rewritten below it is left for ``audit verify`` to report, never signed over). Best effort."""
    if store.location == ":memory:" or store.read_only or store.signer is None:
        return
    from genaiops import keys
    from genaiops.graphs.audit import ledger_anchors, store_location
    from genaiops.safety.ledger import sign_anchor

    try:
        head = store.ledger_head()
        key = ledger_key(settings, create=False)
        if head is None or key is None:
            return
        anchors, bad = ledger_anchors(settings.home, store, key)
        last = max(anchors, key=lambda a: a.seq, default=None)
        if bad or (last is not None and (last.seq >= head[0] or store.ledger_entry_hash(last.seq) != last.hash)):
            return
        anchor = sign_anchor(key, store=store_location(settings.home, store), seq=head[0], hash=head[1], at=at)
        keys.save_anchor(settings.home, anchor.as_dict())
    except (OSError, StoreError, SettingsError):
        return  # a full disk or a read-only keys folder: the command's own outcome stands


def planning_catalogue(
    settings: Settings, *, folder: Path, registry: Any, policy: ApprovalPolicy, memory: bool = True
) -> Any:
    """The scenario catalogue the planner works against (``genaiops ask``, ``chat`` and the server's desk): the
    files under ``folder``, loaded as runs load them, retrieved from the home's Chroma memory (unless ``memory`` is
    False), with the services the planner's model knows and the models of the registry and the catalogue."""
    from genaiops.agents.planner.catalogue import Catalogue, known_models
    from genaiops.agents.planner.model import load_model

    mem = None
    if memory:
        from genaiops.agents.memory import open_memory

        mem = open_memory(settings.home, settings.memory_url, settings.memory_embedding)
    catalogue = Catalogue(
        folder=folder,
        registry=registry,
        policy=policy,
        resources=configured_resources(settings),
        roots_for=data_roots(settings).for_scenario,
        memory=mem,
        known={"service": sorted(name for name, slot in load_model().known.items() if slot == "service")},
    )
    tables = None if settings.mlflow_uri else local_tables_url(settings)  # MLflow is not asked while planning
    catalogue.known["model"] = known_models(catalogue, tables)
    return catalogue
