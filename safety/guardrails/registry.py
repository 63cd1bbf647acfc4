"""The scanner names a pipeline YAML may use, and how their ``params`` become a guardrail.

A new scanner is one module with an immutable class, plus one ``register_scanner`` line here (or in its own
module); the YAML loader and the contract tests pick it up by name.
"""

from __future__ import annotations

import dataclasses
import importlib
from collections.abc import Callable, Iterator, Mapping, MutableMapping
from typing import Any

from genaiops.safety.verdict import Guardrail

__all__ = ["SCANNERS", "build_scanner", "register_scanner", "scanner_params"]


class _Scanners(MutableMapping[str, type]):
    """Scanner classes by name; a shipped one is imported when first used, so a screen of two scanners does
    not import the PII recognisers and trained models of the others (``"module:Class"`` entries)."""

    def __init__(self, entries: Mapping[str, type | str]) -> None:
        self._entries = dict(entries)

    def __getitem__(self, name: str) -> type:
        entry = self._entries[name]
        if isinstance(entry, str):
            module, _, attr = entry.partition(":")
            entry = self._entries[name] = getattr(importlib.import_module(module), attr)
        return entry

    def __setitem__(self, name: str, cls: type) -> None:
        self._entries[name] = cls

    def __delitem__(self, name: str) -> None:
        del self._entries[name]

    def __contains__(self, name: object) -> bool:
        return name in self._entries

    def __iter__(self) -> Iterator[str]:
        return iter(self._entries)

    def __len__(self) -> int:
        return len(self._entries)


_HERE = "genaiops.safety.guardrails"
SCANNERS: MutableMapping[str, type] = _Scanners(
    {
        "prompt_injection": f"{_HERE}.injection:PromptInjection",
        "jailbreak": f"{_HERE}.injection:Jailbreak",
        "pii": f"{_HERE}.pii:PII",
        "secrets": f"{_HERE}.secrets:Secrets",
        "toxicity": f"{_HERE}.toxicity:Toxicity",
        "banned_substrings": f"{_HERE}.topics:BannedSubstrings",
        "banned_topics": f"{_HERE}.topics:BannedTopics",
        "output_schema": f"{_HERE}.schema:OutputSchema",
        "approval_claims": f"{_HERE}.approval_claims:ApprovalClaims",
    }
)


def register_scanner(name: str, cls: type) -> None:
    """Make ``cls`` available to pipeline YAML as ``scanner: name``."""
    SCANNERS[name] = cls


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
        entities = kwargs["entities"]
        entities = (entities,) if isinstance(entities, str) else entities
        if not isinstance(entities, tuple) or not all(isinstance(e, str) for e in entities):
            raise ValueError(f"scanner {name!r}: entities must be a list of entity names, e.g. [EMAIL_ADDRESS]")
        kwargs["entities"] = frozenset(entities)
    if name == "output_schema" and "json_schema" in kwargs:
        kwargs["json_schema"] = params["json_schema"]
    kwargs.setdefault("name", default_name or name)
    try:
        return cls(**kwargs)
    except (TypeError, ValueError) as exc:
        raise ValueError(f"bad parameters for scanner {name!r}: {exc}") from exc
    except Exception as exc:  # e.g. jsonschema.SchemaError: an invalid schema is a config mistake
        raise ValueError(f"bad parameters for scanner {name!r}: {type(exc).__name__}: {exc}") from exc
