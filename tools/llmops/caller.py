"""Where outputs come from: a ``ModelCaller`` (a configured model, injected) or recorded outputs.

The evaluation asks a caller for one output per (case, sample) through ``ModelCaller.call``. A real model client
is an adapter that implements it (model clients live in ``agents``); ``RecordedOutputs`` implements it from a
file of responses per prompt version, so suites run offline and in CI::

    prompt: support_answer
    version: v2
    template_sha256: 9f2c...            # optional: refuse recordings made with another template text
    responses:
      refund-window:                    # case id (bias-probe variants: "refund-window@gender:female")
        - "You have 30 days."           # sample 0: text only
        - {text: "30 days.", latency_ms: 812, input_tokens: 96, output_tokens: 5}

Latency and token counts are what the caller reports (tools read no clock); a reply without token counts is
costed with an estimate of one token per four characters, and the report says so.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, Protocol, runtime_checkable

from pydantic import BaseModel, ConfigDict, Field, field_validator

from genaiops.errors import SpecError, did_you_mean
from genaiops.yamlfile import Source, load_model, read_yaml

__all__ = [
    "FunctionCaller",
    "ModelCaller",
    "ModelReply",
    "ModelRequest",
    "RecordedOutputs",
    "Recording",
    "recorded_outputs",
]


class ModelRequest(BaseModel, defer_build=True):
    """One output asked of the model: the rendered prompt and where it belongs."""

    model_config = ConfigDict(frozen=True)

    prompt: str
    prompt_name: str
    version: str
    case_id: str
    sample: int = Field(ge=0)
    seed: int
    """Derived from the run's seed, the case and the sample: a seeded model gives the same output again."""


class ModelReply(BaseModel, defer_build=True):
    """What the model answered, and what it cost."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    text: str
    latency_ms: float | None = Field(default=None, ge=0)
    input_tokens: int | None = Field(default=None, ge=0)
    output_tokens: int | None = Field(default=None, ge=0)


@runtime_checkable
class ModelCaller(Protocol):
    """Anything that answers a ``ModelRequest`` (a model client adapter, recorded outputs, a test script)."""

    def call(self, request: ModelRequest) -> ModelReply: ...


class Recording(BaseModel, defer_build=True):
    """A recorded-outputs file: responses per case for one version of one prompt."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    prompt: str = Field(min_length=1)
    version: str = Field(min_length=1)
    template_sha256: str | None = Field(default=None, pattern=r"^[0-9a-f]{64}$")
    model: str = ""
    """What produced the responses (free text, for the report's reader)."""
    responses: dict[str, list[ModelReply]]

    @field_validator("responses", mode="before")
    @classmethod
    def _shorthand(cls, value: Any) -> Any:
        """A response given as a plain string is ``{text: ...}``."""
        if isinstance(value, Mapping):
            return {
                k: [{"text": r} if isinstance(r, str) else r for r in v] if isinstance(v, list) else v
                for k, v in value.items()
            }
        return value


class RecordedOutputs:
    """A ``ModelCaller`` that answers from a ``Recording`` and refuses anything it was not recorded for."""

    def __init__(self, recording: Recording, file: str = "<recorded>"):
        self.recording = recording
        self.file = file

    def check(
        self, prompt_name: str, version: str, template_sha256: str, case_ids: Sequence[str] | None = None
    ) -> None:
        """Raise ``SpecError`` unless these recordings were made for this prompt version (and template text)
        and, ``case_ids`` given, hold responses for every one of them (all missing ids at once, with the
        recorded ids the suite does not have: a renamed case shows as one of each)."""
        rec = self.recording
        if (rec.prompt, rec.version) != (prompt_name, version):
            raise SpecError(
                f"{self.file}: recorded for prompt {rec.prompt!r} version {rec.version!r}, "
                f"but the evaluation is of {prompt_name!r} version {version!r}; pass the recordings of that version"
            )
        if rec.template_sha256 and rec.template_sha256 != template_sha256:
            raise SpecError(
                f"{self.file}: recorded with a template whose sha256 is {rec.template_sha256[:12]}..., but version "
                f"{version!r} now hashes to {template_sha256[:12]}...; a version's text must not change: "
                "record again or make a new version"
            )
        missing = [c for c in case_ids or () if c not in rec.responses]
        if missing:
            known = set(case_ids or ())  # a counterfactual variant (probe_bias) is recorded as CASE@variant
            unknown = [k for k in rec.responses if k not in known and k.partition("@")[0] not in known]
            also = f"; it has responses for ids the suite does not have: {unknown} (renamed?)" if unknown else ""
            raise SpecError(
                f"{self.file}: no recorded responses for {len(missing)} of the suite's {len(case_ids or ())} "
                f"case(s): {missing}{also}; record them under `responses:`"
            )

    def call(self, request: ModelRequest) -> ModelReply:
        replies = self.recording.responses.get(request.case_id)
        if replies is None:
            hint = did_you_mean(request.case_id, self.recording.responses)
            raise SpecError(f"{self.file}: no recorded responses for case {request.case_id!r}{hint}")
        if request.sample >= len(replies):
            raise SpecError(
                f"{self.file}: case {request.case_id!r} has {len(replies)} recorded response(s), but sample "
                f"{request.sample + 1} was asked for; record at least as many responses as the suite's `samples`"
            )
        return replies[request.sample]


class FunctionCaller:
    """A ``ModelCaller`` from a function of the request (a scripted model for tests and demos)."""

    def __init__(self, fn: Callable[[ModelRequest], str | ModelReply]):
        self.fn = fn

    def call(self, request: ModelRequest) -> ModelReply:
        reply = self.fn(request)
        return reply if isinstance(reply, ModelReply) else ModelReply(text=reply)


def recorded_outputs(value: str | Mapping[str, Any] | Recording, file: str = "<recorded>") -> RecordedOutputs:
    """Recorded outputs from YAML/JSON text, an already parsed mapping, or a ``Recording``."""
    if isinstance(value, Recording):
        return RecordedOutputs(value, file)
    source = read_yaml(value, file) if isinstance(value, str) else Source(value, file)
    return RecordedOutputs(load_model(Recording, source, what="recorded outputs (a mapping)"), file)
