"""check_threshold: is a value within a limit? The result feeds `when` conditions."""

from pydantic import BaseModel

from genaiops.registry import tool


class CheckThresholdInput(BaseModel, defer_build=True):
    value: float
    limit: float
    metric: str = "value"


class CheckThresholdResult(BaseModel, defer_build=True):
    passed: bool
    value: float
    limit: float
    explanation: str


@tool()
def check_threshold(args: CheckThresholdInput) -> CheckThresholdResult:
    """Pass when `value` is at most `limit`; explain the comparison in words."""
    passed = args.value <= args.limit
    ratio = args.value / args.limit if args.limit else float("inf")
    verdict = "within" if passed else "over"
    return CheckThresholdResult(
        passed=passed,
        value=args.value,
        limit=args.limit,
        explanation=f"{args.metric} {args.value:g} is {verdict} its limit {args.limit:g} ({ratio:.2f}x)",
    )
