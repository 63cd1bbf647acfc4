"""echo: hand a value on unchanged (wiring, references and conditions in tests and scenarios)."""

from typing import Any

from pydantic import BaseModel

from genaiops.registry import tool


class EchoInput(BaseModel, defer_build=True):
    value: Any = None


class EchoResult(BaseModel, defer_build=True):
    value: Any = None


@tool()
def echo(args: EchoInput) -> EchoResult:
    """Return `value` as it was given."""
    return EchoResult(value=args.value)
