"""Output-schema validation: the text must be JSON that fits a JSON Schema or a pydantic model.

A model answer wrapped in a Markdown code fence (```json ... ```) is unwrapped first. Every schema error is listed
in the reason with its JSON path, so a caller (or a model asked to retry) knows exactly what to fix.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, ValidationError

from genaiops.safety.guardrails.base import Composable, make_verdict
from genaiops.safety.verdict import Outcome, Span, Verdict

__all__ = ["OutputSchema"]

_FENCE = re.compile(r"^\s*```(?:json)?\s*\n(.*?)\n\s*```\s*$", re.DOTALL)


def _unwrap(text: str) -> tuple[str, int]:
    match = _FENCE.match(text)
    return (match.group(1), match.start(1)) if match else (text, 0)


@dataclass(frozen=True)
class OutputSchema(Composable):
    """JSON output that must validate against ``json_schema`` or ``model`` (exactly one of them)."""

    json_schema: Mapping[str, Any] | None = None
    model: type[BaseModel] | None = None
    name: str = "output_schema"
    on_hit: Outcome = "block"
    max_errors: int = 5
    _validator: Any = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if (self.json_schema is None) == (self.model is None):
            raise ValueError("OutputSchema needs exactly one of json_schema= or model=")
        validator = None
        if self.json_schema is not None:
            from jsonschema import validators

            cls = validators.validator_for(dict(self.json_schema))
            cls.check_schema(dict(self.json_schema))
            validator = cls(dict(self.json_schema))
        object.__setattr__(self, "_validator", validator)

    def __hash__(self) -> int:
        return hash((self.name, json.dumps(self.json_schema, sort_keys=True, default=str), self.model))

    def _errors(self, body: str) -> list[str]:
        if self.model is not None:
            try:
                self.model.model_validate_json(body)
            except ValidationError as exc:
                return [f"{'.'.join(map(str, e['loc'])) or '$'}: {e['msg']}" for e in exc.errors()]
            return []
        try:
            value = json.loads(body)
        except json.JSONDecodeError as exc:
            return [f"not JSON: {exc.msg} at line {exc.lineno} column {exc.colno}"]
        found = sorted(self._validator.iter_errors(value), key=lambda e: list(map(str, e.absolute_path)))
        return [f"{e.json_path}: {e.message}" for e in found]

    def check(self, text: str) -> Verdict:
        body, offset = _unwrap(text)
        errors = self._errors(body)
        spans = [Span(start=offset, end=offset + len(body), label="SCHEMA")] if errors else []
        shown = errors[: self.max_errors]
        more = f" (+{len(errors) - len(shown)} more)" if len(errors) > len(shown) else ""
        reason = f"output does not fit the schema: {'; '.join(shown)}{more}"
        return make_verdict(self.name, bool(errors), 1.0 if errors else 0.0, spans, reason, self.on_hit)
