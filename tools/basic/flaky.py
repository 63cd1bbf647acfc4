"""flaky: fails its first `failures` attempts, then succeeds (exercises retries with backoff)."""

from pydantic import BaseModel, Field

from genaiops.errors import ToolExecutionError
from genaiops.registry import ToolContext, tool


class FlakyInput(BaseModel, defer_build=True):
    failures: int = Field(default=1, ge=0)


class FlakyResult(BaseModel, defer_build=True):
    attempts: int


@tool()
def flaky(args: FlakyInput, ctx: ToolContext) -> FlakyResult:
    """Raise a transient error on the first `failures` attempts, then report the attempt that succeeded."""
    if ctx.attempt <= args.failures:
        raise ToolExecutionError(f"transient failure on attempt {ctx.attempt} of {args.failures + 1}")
    return FlakyResult(attempts=ctx.attempt)
