"""verify_remediation: after an action, re-check the metrics and say whether the incident cleared."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field

from genaiops.registry import ToolContext, tool
from genaiops.tools.sre.remediation import VerifyResult, verify_cleared


class VerifyRemediationSpec(BaseModel, defer_build=True):
    services: list[str] = Field(min_length=1, description="the incident's services")
    incident_onset: datetime
    action_at: datetime | None = Field(default=None, description="when the action ran; default: the run's time")
    settle_minutes: int = Field(default=5, ge=0, le=240)
    window_minutes: int = Field(default=10, ge=1, le=240)
    baseline_minutes: int = Field(default=60, ge=5, le=7 * 1440)


@tool()
def verify_remediation(args: VerifyRemediationSpec, ctx: ToolContext) -> VerifyResult:
    """Re-check the incident's services after a remediation: each metric over `window_minutes` starting
    `settle_minutes` after the action is compared with the `baseline_minutes` before the incident began.
    `cleared` is true only when every metric is back; otherwise it names what is still raised. On a live
    estate, run it once that window has passed."""
    return verify_cleared(
        ctx.resource("environment"),
        args.services,
        args.incident_onset,
        args.action_at or ctx.now,
        args.settle_minutes,
        args.window_minutes,
        args.baseline_minutes,
    )
