"""The LLM planner: the configured model reads the request and answers with the planner's JSON schema
(structured output: ``response_format`` json_schema over OpenAI-compatible chat completions). The answer is
validated; an invalid one is sent back once with the problems to repair; a second invalid one is refused with
the reason. An unreachable model (connection, timeout, HTTP error) falls back to the offline planner, and the
answer says so in ``planner``. Scenario choice and params go through the same ``fill.complete`` as offline."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from genaiops.agents.planner import SLOT_KEYS, Intent, PlannerAnswer
from genaiops.agents.planner.fill import check_text, complete
from genaiops.errors import UserError

if TYPE_CHECKING:
    from genaiops.agents.models import ModelSettings
    from genaiops.agents.planner import Planner
    from genaiops.agents.planner.catalogue import Catalogue

__all__ = ["LLMPlanner", "ModelAnswer", "PlannerRefused"]


class PlannerRefused(UserError):
    """The model's answer did not fit the schema, even after one repair."""


class ModelSlots(BaseModel):
    model_config = ConfigDict(extra="forbid")

    service: str | None = None
    metric: str | None = None
    since: str | None = None
    environment: str | None = None
    model: str | None = None
    dataset: str | None = None
    version: str | None = None
    baseline: str | None = None
    prompt: str | None = None
    feature: str | None = None
    target: str | None = None
    approval_id: str | None = None
    requester: str | None = None
    run_id: str | None = None
    scenario: str | None = None


class ModelAnswer(BaseModel):
    """What the model is asked for (its JSON schema is the ``response_format``)."""

    model_config = ConfigDict(extra="forbid")

    intent: Intent
    slots: ModelSlots = Field(default_factory=ModelSlots)
    scenario: str | None = None
    confidence: float = Field(default=0.5, ge=0.0, le=1.0)


assert tuple(ModelSlots.model_fields) == SLOT_KEYS  # noqa: S101 - the schema names exactly the shared slot keys

SYSTEM = """You route requests for an ML/GenAI operations desk. Answer with JSON only, matching the schema.
intent: one of incident_investigation, model_retraining, model_rollback, prompt_release, prompt_evaluation,
content_safety_review, drift_check, approval_query, run_status_query, out_of_scope. A negated action is not the
intent ("don't roll back yet, first check drift" is drift_check).
slots: copy each value VERBATIM from the request (an exact substring); leave out what the request does not say.
since: the time expression without "since", "in the" or "from". version: the version acted on; baseline: the
version compared against; target: the version or stage a rollback goes to.
scenario: the name of the catalogue scenario to run, or null. Catalogue:
{catalogue}"""


class LLMPlanner:
    """Plans with the model ``settings`` name; ``fallback`` (the offline planner) when it cannot be reached."""

    def __init__(self, settings: ModelSettings, fallback: Planner, catalogue: Catalogue | None = None) -> None:
        self.settings = settings
        self.fallback = fallback
        self.catalogue = catalogue

    def plan(self, text: str, context: dict[str, str] | None = None) -> PlannerAnswer:
        import httpx

        text = check_text(text)
        messages = [{"role": "system", "content": self._system()}, {"role": "user", "content": text}]
        try:
            parsed, problems = self._ask(messages)
            if parsed is None:
                messages += [
                    {"role": "assistant", "content": problems[0]},
                    {"role": "user", "content": "That answer is invalid: " + problems[1] + ". Answer again with "
                     "JSON matching the schema."},
                ]  # fmt: skip
                parsed, again = self._ask(messages)
                if parsed is None:
                    raise PlannerRefused(
                        f"the model ({self._name()}) answered twice with JSON that does not fit the planner's "
                        f"schema ({again[1]}); nothing was planned: try again, or plan offline (without --model)"
                    )
        except (httpx.HTTPError, OSError) as exc:
            answer = self.fallback.plan(text, context)
            reason = _reason(exc)
            notes = [f"the model {self._name()} could not be reached ({reason}); planned offline", *answer.notes]
            return answer.model_copy(update={"planner": f"offline (model unreachable: {reason})", "notes": notes})
        slots = {k: v for k, v in parsed.slots.model_dump().items() if v}
        answer = PlannerAnswer(
            intent=parsed.intent, slots=slots, scenario=parsed.scenario, confidence=parsed.confidence, planner="llm"
        )
        return complete(answer, text, context, self.catalogue)

    def _system(self) -> str:
        entries = self.catalogue.entries() if self.catalogue else []
        lines = [f"- {e.name}: {e.description or '-'}" for e in entries] or ["(none)"]
        return SYSTEM.format(catalogue="\n".join(lines))

    def _name(self) -> str:
        return f"{self.settings.provider}:{self.settings.model or self.settings.azure_deployment or '?'}"

    def _ask(self, messages: list[dict[str, str]]) -> tuple[ModelAnswer | None, tuple[str, str]]:
        """(the validated answer, ("", "")) or (None, (the raw content, what is wrong with it))."""
        content = self._post(messages)
        try:
            return ModelAnswer.model_validate(json.loads(content)), ("", "")
        except json.JSONDecodeError as exc:
            return None, (content, f"not JSON ({exc.msg} at character {exc.pos})")
        except ValidationError as exc:
            why = "; ".join(f"{'.'.join(map(str, e['loc'])) or 'answer'}: {e['msg']}" for e in exc.errors())
            return None, (content, why)

    def _post(self, messages: list[dict[str, str]]) -> str:
        import httpx

        url, headers = _endpoint(self.settings)
        body: dict[str, Any] = {
            "model": self.settings.model or self.settings.azure_deployment,
            "messages": messages,
            "response_format": {
                "type": "json_schema",
                "json_schema": {"name": "planner_answer", "schema": ModelAnswer.model_json_schema()},
            },
        }
        if self.settings.temperature is not None:
            body["temperature"] = self.settings.temperature
        response = httpx.post(url, json=body, headers=headers, timeout=self.settings.timeout)
        response.raise_for_status()
        try:
            return str(response.json()["choices"][0]["message"]["content"] or "")
        except (ValueError, KeyError, IndexError, TypeError) as exc:
            raise httpx.DecodingError(f"not a chat completion ({type(exc).__name__})") from None


def _endpoint(s: ModelSettings) -> tuple[str, dict[str, str]]:
    """The chat-completions URL and headers of an OpenAI-compatible provider (the key only in a header)."""
    key = s.api_key.get_secret_value() if s.api_key else None
    if s.provider == "azure":
        base = (s.azure_endpoint or "").rstrip("/")
        url = f"{base}/openai/deployments/{s.azure_deployment}/chat/completions?api-version={s.azure_api_version}"
        return url, {"api-key": key or ""}
    if s.provider == "ollama":
        host = (s.ollama_host or "http://localhost:11434").rstrip("/")
        return f"{host if host.startswith('http') else 'http://' + host}/v1/chat/completions", {}
    base = (s.base_url or "https://api.openai.com/v1").rstrip("/")
    return f"{base}/chat/completions", {"Authorization": f"Bearer {key}"} if key else {}


def _reason(exc: Exception) -> str:
    import httpx

    if isinstance(exc, httpx.HTTPStatusError):
        return f"HTTP {exc.response.status_code}"
    if isinstance(exc, httpx.TimeoutException):
        return "timed out"
    if isinstance(exc, httpx.ConnectError | OSError):
        return "connection refused or host not found"
    return type(exc).__name__
