"""noop: does nothing; the unit of the engine benchmark."""

from pydantic import BaseModel

from genaiops.registry import tool


class NoopInput(BaseModel, defer_build=True):
    value: int = 0


class NoopResult(BaseModel, defer_build=True):
    value: int


@tool()
def noop(args: NoopInput) -> NoopResult:
    """Return the value it was given. Used to measure the engine's own overhead."""
    return NoopResult(value=args.value)
