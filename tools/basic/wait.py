"""wait: block for a while in a worker thread (exercises timeouts and cancellation)."""

import time

from pydantic import BaseModel, Field

from genaiops.registry import tool


class WaitInput(BaseModel, defer_build=True):
    seconds: float = Field(ge=0, le=3600)


class WaitResult(BaseModel, defer_build=True):
    waited: float


@tool(offload=True, remote=True)
def wait(args: WaitInput) -> WaitResult:
    """Sleep `seconds` (in a worker thread, so the task's timeout and cancellation apply)."""
    time.sleep(args.seconds)
    return WaitResult(waited=args.seconds)
