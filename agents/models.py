"""Model clients from settings: the offline model by default, or a real LLM through autogen-ext's own clients.

``ModelSettings`` says which model to use; ``model_client(settings)`` builds a fresh ``ChatCompletionClient`` for it
(cheap: autogen-ext is imported only when a real provider is chosen, and nothing is sent until the first call):

========  ======================================================  =================================================
provider  client                                                  for
========  ======================================================  =================================================
offline   ``OfflineModelClient`` (deterministic, no network)      the default; tests, CI, air-gapped machines
openai    ``autogen_ext.models.openai.OpenAIChatCompletionClient``  OpenAI, or any OpenAI-compatible base URL (vLLM,
                                                                  LM Studio, llama.cpp server, LiteLLM, ...)
azure     ``AzureOpenAIChatCompletionClient``                     an Azure OpenAI deployment
ollama    ``autogen_ext.models.ollama.OllamaChatCompletionClient``  an Ollama server (native ``/api/chat``)
========  ======================================================  =================================================

The API key is a ``SecretStr``: no repr, log line, description or error message of ours contains it. Agents need
tool calls, so a model autogen does not know is described as a tool-calling model of family "unknown"; change
that with ``model_info`` (``GENAIOPS_MODEL_INFO='{"function_calling": false}'``).
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, model_validator

from genaiops.errors import SettingsError, did_you_mean

if TYPE_CHECKING:
    from autogen_core.models import ChatCompletionClient, ModelInfo

__all__ = [
    "PROVIDERS",
    "ModelInfoSpec",
    "ModelSettings",
    "Provider",
    "describe",
    "describe_failure",
    "model_client",
]

Provider = Literal["offline", "openai", "azure", "ollama"]
PROVIDERS: tuple[str, ...] = get_args(Provider)
AZURE_API_VERSION = "2024-10-21"
NO_KEY = "not-needed"  # local OpenAI-compatible servers ignore the key, but the openai client requires one

# Where each field comes from in the environment (the first variable set wins).
ENV: dict[str, tuple[str, ...]] = {
    "provider": ("GENAIOPS_MODEL_PROVIDER",),
    "model": ("GENAIOPS_MODEL_NAME",),
    "base_url": ("GENAIOPS_MODEL_BASE_URL", "OPENAI_BASE_URL"),
    "azure_endpoint": ("GENAIOPS_AZURE_ENDPOINT", "AZURE_OPENAI_ENDPOINT"),
    "azure_deployment": ("GENAIOPS_AZURE_DEPLOYMENT",),
    "azure_api_version": ("GENAIOPS_AZURE_API_VERSION", "OPENAI_API_VERSION"),
    "ollama_host": ("GENAIOPS_OLLAMA_HOST", "OLLAMA_HOST"),
    "timeout": ("GENAIOPS_MODEL_TIMEOUT",),
    "max_retries": ("GENAIOPS_MODEL_MAX_RETRIES",),
    "temperature": ("GENAIOPS_MODEL_TEMPERATURE",),
    "model_info": ("GENAIOPS_MODEL_INFO",),
}
KEY_ENV: dict[str, tuple[str, ...]] = {
    "openai": ("GENAIOPS_MODEL_API_KEY", "OPENAI_API_KEY"),
    "azure": ("GENAIOPS_MODEL_API_KEY", "AZURE_OPENAI_API_KEY"),
    "ollama": ("GENAIOPS_MODEL_API_KEY", "OLLAMA_API_KEY"),
    "offline": ("GENAIOPS_MODEL_API_KEY",),
}


class ModelInfoSpec(BaseModel):
    """Overrides of what autogen believes the model can do; unset fields keep autogen's value (or the default)."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)  # built when a model is configured

    vision: bool | None = None
    function_calling: bool | None = None
    json_output: bool | None = None
    structured_output: bool | None = None
    family: str | None = None
    multiple_system_messages: bool | None = None


class ModelSettings(BaseModel):
    """Which model the agents talk to. ``ModelSettings.from_env()`` reads it from ``GENAIOPS_MODEL_*`` variables."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)  # built when a model is configured

    provider: Provider = "offline"
    model: str | None = Field(default=None, description="Model name (openai, ollama; azure: defaults to deployment).")
    base_url: str | None = Field(default=None, description="OpenAI-compatible base URL, e.g. http://host:8000/v1.")
    api_key: SecretStr | None = Field(default=None, description="Never printed.")
    azure_endpoint: str | None = None
    azure_deployment: str | None = None
    azure_api_version: str = AZURE_API_VERSION
    ollama_host: str | None = Field(default=None, description="Default: the ollama package's (localhost:11434).")
    timeout: float = Field(default=60.0, gt=0, description="Seconds per request.")
    max_retries: int = Field(default=2, ge=0, le=10)
    temperature: float | None = Field(default=None, ge=0, le=2)
    model_info: ModelInfoSpec = ModelInfoSpec.model_construct()  # ModelInfoSpec(): every field unset

    @model_validator(mode="after")
    def _complete(self) -> ModelSettings:
        problems = _missing(self)
        if problems:
            raise SettingsError("; ".join(problems))
        return self

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, *, model: str | None = None) -> ModelSettings:
        """Read the settings from ``environ`` (default ``os.environ``); ``model`` is the CLI's ``--model
        PROVIDER[:NAME]`` and wins over ``GENAIOPS_MODEL_PROVIDER``/``GENAIOPS_MODEL_NAME``."""
        env = os.environ if environ is None else environ
        fields: dict[str, Any] = {f: _first(env, names) for f, names in ENV.items()}
        source = "GENAIOPS_MODEL_PROVIDER"
        if model:
            provider, _, name = model.partition(":")
            fields["provider"], source = provider.strip().lower(), "--model"
            fields["model"] = name.strip() or fields["model"]
        provider = (fields["provider"] or "offline").strip().lower()
        if provider not in PROVIDERS:
            raise SettingsError(
                f"{source}: unknown model provider {provider!r}{did_you_mean(provider, PROVIDERS)}; "
                f"choose one of {', '.join(PROVIDERS)}"
            )
        fields["provider"] = provider
        if provider == "azure" and model and fields.get("model") and not fields.get("azure_deployment"):
            fields["azure_deployment"] = fields["model"]  # --model azure:NAME names the deployment
        fields["api_key"] = _first(env, KEY_ENV[provider])
        if fields["model_info"] is not None:
            fields["model_info"] = _parse_info(fields["model_info"])
        given = {k: v for k, v in fields.items() if v is not None}
        if given == {"provider": "offline"}:  # nothing set: the default, with nothing to validate (a command
            return cls.model_construct(_fields_set={"provider"}, provider="offline")  # that runs no agent: ~28 M)
        try:
            return cls(**given)
        except ValidationError as exc:
            raise SettingsError("bad model setting: " + "; ".join(_explain(e) for e in exc.errors())) from None


def _first(env: Mapping[str, str], names: tuple[str, ...]) -> str | None:
    return next((env[n].strip() for n in names if env.get(n, "").strip()), None)


def _parse_info(text: str) -> ModelInfoSpec:
    try:
        return ModelInfoSpec.model_validate(json.loads(text))
    except ValidationError as exc:
        why = "; ".join(f"{'.'.join(map(str, e['loc'])) or 'value'}: {e['msg']}" for e in exc.errors())
    except ValueError as exc:
        why = f"not JSON: {exc}"
    raise SettingsError(
        f"GENAIOPS_MODEL_INFO: {why} (got {text!r}); give a JSON object of {', '.join(ModelInfoSpec.model_fields)}, "
        "e.g. GENAIOPS_MODEL_INFO='{\"function_calling\": true}'"
    )


def _explain(error: Mapping[str, Any]) -> str:
    field = str(error["loc"][0]) if error["loc"] else "?"
    variable = ENV.get(field, ("GENAIOPS_MODEL_API_KEY",))[0]
    shown = "" if field == "api_key" else f" (got {error.get('input')!r})"
    return f"{variable}: {error['msg']}{shown}"


def _missing(s: ModelSettings) -> list[str]:
    """What the chosen provider still needs, each with the variable that supplies it."""
    problems = []
    if s.provider in ("openai", "ollama") and not s.model:
        example = "gpt-4o-mini" if s.provider == "openai" else "llama3.1"
        problems.append(
            f"GENAIOPS_MODEL_NAME is not set: the {s.provider} provider needs a model name "
            f"(e.g. GENAIOPS_MODEL_NAME={example}, or --model {s.provider}:{example})"
        )
    if s.provider == "openai" and s.api_key is None and s.base_url is None:
        problems.append(
            "GENAIOPS_MODEL_API_KEY is not set: the openai provider needs a key for api.openai.com "
            "(set GENAIOPS_MODEL_API_KEY or OPENAI_API_KEY), or GENAIOPS_MODEL_BASE_URL for a local "
            "OpenAI-compatible server"
        )
    if s.provider == "azure":
        needs = {
            "GENAIOPS_AZURE_ENDPOINT": s.azure_endpoint,
            "GENAIOPS_AZURE_DEPLOYMENT": s.azure_deployment,
            "GENAIOPS_MODEL_API_KEY": s.api_key,
        }
        absent = [name for name, value in needs.items() if not value]
        if absent:
            problems.append(
                f"{', '.join(absent)} not set: the azure provider needs the resource endpoint "
                "(https://NAME.openai.azure.com), the deployment name and a key"
            )
    return problems


def model_client(settings: ModelSettings | None = None) -> ChatCompletionClient:
    """A new client for ``settings`` (default: offline). Real providers go through autogen-ext's clients."""
    settings = settings or ModelSettings()
    if settings.provider == "offline":
        from genaiops.agents.offline_client import OfflineModelClient

        return OfflineModelClient()
    build = {"openai": _openai, "azure": _azure, "ollama": _ollama}[settings.provider]
    return build(settings)


def _key(settings: ModelSettings) -> str | None:
    return settings.api_key.get_secret_value() if settings.api_key is not None else None


def _openai(settings: ModelSettings) -> ChatCompletionClient:
    from autogen_ext.models.openai import OpenAIChatCompletionClient

    extra: dict[str, Any] = {"base_url": settings.base_url} if settings.base_url else {}
    if settings.temperature is not None:
        extra["temperature"] = settings.temperature
    return OpenAIChatCompletionClient(
        model=str(settings.model),
        api_key=_key(settings) or NO_KEY,
        timeout=settings.timeout,
        max_retries=settings.max_retries,
        model_info=_model_info(settings, "openai"),
        **extra,
    )


def _azure(settings: ModelSettings) -> ChatCompletionClient:
    from autogen_ext.models.openai import AzureOpenAIChatCompletionClient

    extra: dict[str, Any] = {} if settings.temperature is None else {"temperature": settings.temperature}
    return AzureOpenAIChatCompletionClient(
        model=settings.model or str(settings.azure_deployment),
        azure_endpoint=str(settings.azure_endpoint),
        azure_deployment=str(settings.azure_deployment),
        api_version=settings.azure_api_version,
        api_key=str(_key(settings)),
        timeout=settings.timeout,
        max_retries=settings.max_retries,
        model_info=_model_info(settings, "openai"),
        **extra,
    )


def _ollama(settings: ModelSettings) -> ChatCompletionClient:
    from autogen_ext.models.ollama import OllamaChatCompletionClient
    from ollama import AsyncClient

    options = {} if settings.temperature is None else {"options": {"temperature": settings.temperature}}
    client = OllamaChatCompletionClient(
        model=str(settings.model), host=settings.ollama_host, model_info=_model_info(settings, "ollama"), **options
    )
    # autogen-ext 0.7.5 hands only `host` to ollama.AsyncClient (no timeout: a hung server would block forever,
    # and no headers); rebuild that inner client with our timeout and key. Pinned by a test.
    headers = {"Authorization": f"Bearer {_key(settings)}"} if settings.api_key is not None else None
    client._client = AsyncClient(host=settings.ollama_host, timeout=settings.timeout, headers=headers)
    return client


def _model_info(settings: ModelSettings, table: Literal["openai", "ollama"]) -> ModelInfo:
    """autogen's entry for a model it knows, else a tool-calling model of family "unknown"; then the overrides."""
    from autogen_core.models import ModelInfo

    info: dict[str, Any] = {
        "vision": False,
        "function_calling": True,
        "json_output": False,
        "structured_output": False,
        "family": "unknown",
    }
    name = settings.model or settings.azure_deployment or ""
    try:  # autogen-ext's tables are private modules; a missing one just means "unknown model"
        if table == "openai":
            from autogen_ext.models.openai._model_info import get_info
        else:
            from autogen_ext.models.ollama._model_info import get_info
        info.update(get_info(name))
    except (ImportError, KeyError, ValueError):
        pass
    info.update(settings.model_info.model_dump(exclude_none=True))
    return ModelInfo(**info)  # type: ignore[typeddict-item]


def _where(settings: ModelSettings) -> str:
    if settings.provider == "azure":
        return f"{settings.azure_endpoint} (deployment {settings.azure_deployment})"
    if settings.provider == "ollama":
        return settings.ollama_host or "http://127.0.0.1:11434"
    return settings.base_url or "https://api.openai.com/v1"


def describe(settings: ModelSettings) -> str:
    """One line for logs and the CLI: provider, model and where it is served (never the key)."""
    if settings.provider == "offline":
        return "offline model (deterministic, no network)"
    model = settings.model or settings.azure_deployment
    key = "key set" if settings.api_key is not None else "no key"
    version = f", api-version {settings.azure_api_version}" if settings.provider == "azure" else ""
    return f"{settings.provider} model {model} at {_where(settings)} ({key}{version}, timeout {settings.timeout:g} s)"


def describe_failure(error: BaseException, settings: ModelSettings) -> str:
    """A model call's failure in one line that says where and what to check (the key is never in it)."""
    kinds = {cls.__name__ for cls in type(error).__mro__}
    where, name = _where(settings), f"{type(error).__name__}: {error}"
    variable = {"azure": "GENAIOPS_AZURE_ENDPOINT", "ollama": "GENAIOPS_OLLAMA_HOST"}.get(
        settings.provider, "GENAIOPS_MODEL_BASE_URL"
    )
    if any("Timeout" in kind for kind in kinds):
        text = (
            f"the {settings.provider} model at {where} did not answer within {settings.timeout:g} s ({name}); "
            "check the server's load, or raise GENAIOPS_MODEL_TIMEOUT"
        )
    elif kinds & {"ConnectionError", "ConnectError", "APIConnectionError"}:
        text = f"cannot reach the {settings.provider} model at {where} ({name}); check {variable} and that it runs"
    else:
        text = f"the {settings.provider} model at {where} failed ({name})"
    key = _key(settings)
    return text.replace(key, "**********") if key else text
