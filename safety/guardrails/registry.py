"""The scanner names a pipeline YAML may use, and how their ``params`` become a guardrail.

A new scanner is one module with an immutable class, plus one ``register_scanner`` line here (or in its own
module); the YAML loader and the contract tests pick it up by name.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from typing import Any

from genaiops.safety.guardrails.approval_claims import ApprovalClaims
from genaiops.safety.guardrails.injection import Jailbreak, PromptInjection
from genaiops.safety.guardrails.pii import PII
from genaiops.safety.guardrails.schema import OutputSchema
from genaiops.safety.guardrails.secrets import Secrets
from genaiops.safety.guardrails.topics import BannedSubstrings, BannedTopics
from genaiops.safety.guardrails.toxicity import Toxicity
from genaiops.safety.verdict import Guardrail

__all__ = ["SCANNERS", "build_scanner", "register_scanner", "scanner_params"]

SCANNERS: dict[str, type] = {}


def register_scanner(name: str, cls: type) -> None:
    """Make ``cls`` available to pipeline YAML as ``scanner: name``."""
    SCANNERS[name] = cls


for _name, _cls in (
    ("prompt_injection", PromptInjection),
    ("jailbreak", Jailbreak),
    ("pii", PII),
    ("secrets", Secrets),
    ("toxicity", Toxicity),
    ("banned_substrings", BannedSubstrings),
    ("banned_topics", BannedTopics),
    ("output_schema", OutputSchema),
    ("approval_claims", ApprovalClaims),
):
    register_scanner(_name, _cls)


def scanner_params(name: str) -> list[str]:
    """The parameters a scanner accepts in YAML."""
    cls = SCANNERS[name]
    return [f.name for f in dataclasses.fields(cls) if f.init and not f.name.startswith("_") and f.name != "model"]


def _convert(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(_convert(v) for v in value)
    if isinstance(value, Mapping):
        return {k: _convert(v) for k, v in value.items()}
    return value


def build_scanner(name: str, params: Mapping[str, Any], default_name: str | None = None) -> Guardrail:
    """Instantiate scanner ``name``; raises ``KeyError`` (unknown name) or ``ValueError`` (bad params)."""
    cls: Callable[..., Guardrail] = SCANNERS[name]
    allowed = scanner_params(name)
    unknown = [k for k in params if k not in allowed]
    if unknown:
        raise ValueError(f"unknown parameter {unknown[0]!r} for scanner {name!r}; it accepts {allowed}")
    kwargs = {k: _convert(v) for k, v in params.items()}
    if "entities" in kwargs:
        kwargs["entities"] = frozenset(kwargs["entities"])
    if name == "output_schema" and "json_schema" in kwargs:
        kwargs["json_schema"] = params["json_schema"]
    kwargs.setdefault("name", default_name or name)
    try:
        return cls(**kwargs)
    except (TypeError, ValueError) as exc:
        raise ValueError(f"bad parameters for scanner {name!r}: {exc}") from exc
    except Exception as exc:  # e.g. jsonschema.SchemaError: an invalid schema is a config mistake
        raise ValueError(f"bad parameters for scanner {name!r}: {type(exc).__name__}: {exc}") from exc
